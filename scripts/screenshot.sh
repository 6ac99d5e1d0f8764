#!/usr/bin/env bash
# Start the real QGIS desktop under Xvfb, with the plugin installed from its zip into a fresh profile
# (Chinese locale) and the demo project open, and take a screenshot: what a user sees.
# usage: scripts/screenshot.sh PLUGIN_ZIP OUT_PNG [PROJECT]
set -euo pipefail
zip=$1; out=$2; project=${3:-out/demo/wuqing_eco.qgz}
root=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$project" ] || { echo "no $project: run make demo first" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $qgis_pid $xvfb_pid 2>/dev/null || true; rm -rf "$work"' EXIT
profile=$work/profiles/default
/usr/bin/python3 "$root/scripts/deploy.py" "$zip" --profile "$profile" >/dev/null
cat >> "$profile/QGIS/QGIS3.ini" <<INI

[locale]
overrideFlag=true
userLocale=zh-Hans

[qgis]
checkVersion=false
showTips%20322=false
allowVersionCheck=false
INI
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 2
DISPLAY=$display qgis --noversioncheck --nologo --profiles-path "$work" "$project" >"$work/qgis.log" 2>&1 &
qgis_pid=$!
# QGIS needs time to start, load the plugin and render the project. There is no window manager
# under Xvfb to maximise the main window, so size it to the screen.
sleep "${SCREENSHOT_WAIT:-20}"
for wid in $(DISPLAY=$display xdotool search --onlyvisible --name 'QGIS' 2>/dev/null); do
  DISPLAY=$display xdotool windowmove "$wid" 0 0 windowsize "$wid" 1600 1000 || true
done
sleep 6
# Open the plugin's menu (Alt+Q) so the picture shows what it offers.
if [ "${SCREENSHOT_MENU:-1}" = 1 ]; then
  main=$(DISPLAY=$display xdotool search --onlyvisible --name 'QGIS' | head -n 1)
  DISPLAY=$display xdotool windowfocus --sync "$main" key --window "$main" alt+q || true
  sleep 2
fi
mkdir -p "$(dirname "$out")"
DISPLAY=$display import -window root "$out"
echo "$out"
