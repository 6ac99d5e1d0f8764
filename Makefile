# Wuqing eco plugin: two commands for a newcomer (`make demo`, `make test`), and the developer's tools.
SHELL := /bin/bash
PLUGIN := wuqing_eco_plugin
PY_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
TS := resources/i18n/wuqing_eco_zh_CN.ts
QM := $(TS:.ts=.qm)
ZIP := dist/$(PLUGIN)-$(VERSION).zip
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
HEADLESS := QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/runtime-$(shell id -u)
APT_PACKAGES := python3-qgis qgis-providers qgis python3-gdal python3-numpy python3-venv python3-shapely xvfb xauth \
	fonts-wqy-microhei poppler-utils qttools5-dev-tools pyqt5-dev-tools imagemagick xdotool zip unzip \
	postgresql-15 postgresql-15-postgis-3 postgresql-15-postgis-3-scripts python3-psycopg2 qttranslations5-l10n
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help deps venv demo test unit qgis-tests bench package deploy lint ts qm screenshot clean

help:
	@echo "make demo     build the sample GeoPackage, QGIS project and overview map into out/demo"
	@echo "make test     run every test (installs Debian packages and the venv when missing)"
	@echo "make package  build $(ZIP)"
	@echo "make deploy   install the zip into the QGIS profile $(QGIS_PROFILE)"
	@echo "make bench    run the benchmarks (benchmarks/bench_*.py)"
	@echo "make lint     ruff"
	@echo "make ts       refresh the translation source $(TS) from the code"
	@echo "make screenshot  start QGIS under Xvfb with the packaged plugin and take docs/screenshot.png"

# Debian packages: installed only when one is missing.
deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(VENV)/.installed: requirements-dev.txt | deps
	$(PY_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

venv: deps $(VENV)/.installed

$(QM): $(TS) | deps
	lrelease -silent $(TS) -qm $(QM)

qm: $(QM)

ts: deps
	pylupdate5 -noobsolete $$(find $(PLUGIN) -name '*.py' -o -name '*.ui' | sort) -ts $(TS)

demo: venv qm
	$(HEADLESS) $(PY) -m $(PLUGIN) demo --out out/demo

unit: venv
	$(PY) -m pytest tests/unit -p no:pytest_qgis -q

qgis-tests: venv qm
	$(HEADLESS) $(PY) -m pytest tests/qgis -q

test: unit qgis-tests

# Benchmarks: every benchmarks/bench_*.py in turn (speed is measured here, never in timed tests).
bench: venv qm
	@set -e; for b in $$(ls benchmarks/bench_*.py 2>/dev/null); do echo "== $$b"; $(HEADLESS) $(PY) $$b; done

package: qm
	$(PY_SYS) scripts/package.py --out $(ZIP)

deploy: package
	$(PY_SYS) scripts/deploy.py $(ZIP) --profile "$(QGIS_PROFILE)"

lint: venv
	$(PY) -m ruff check $(PLUGIN) tests scripts benchmarks

screenshot: package demo
	scripts/screenshot.sh $(ZIP) docs/screenshot.png

clean:
	rm -rf build dist out $(QM) .pytest_cache
