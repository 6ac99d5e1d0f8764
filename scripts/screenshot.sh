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
userLocale=zh_CN

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
# QGIS needs time to start, load the plugin and render the project.
sleep "${SCREENSHOT_WAIT:-25}"
mkdir -p "$(dirname "$out")"
DISPLAY=$display import -window root "$out"
echo "$out"
