#!/usr/bin/env bash
# The frozen folder build (PyInstaller, packaging/regulars.spec) into dist/regulars/.
#
#   bash packaging/build_frozen.sh [VENV]
#
# VENV: a virtual environment with Regulars installed (.ci/run passes the one where the
# wheel was installed); PyInstaller is installed into it. Default: a fresh one in
# build/frozen-venv, with the wheel built from this checkout and the postgres extra.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${1:-}"
if [ -z "$venv" ]; then
  venv=build/frozen-venv
  rm -rf "$venv" dist/wheel && python3 -m venv "$venv"
  "$venv/bin/pip" wheel -q --no-deps -w dist/wheel .
  wheel="$(ls dist/wheel/regulars-*.whl)"
  "$venv/bin/pip" install -q "$wheel[postgres]"
fi
"$venv/bin/pip" install -q "pyinstaller>=6.10"
rm -rf dist/regulars build/regulars
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build \
  packaging/regulars.spec
echo "built: dist/regulars/ ($(du -sh dist/regulars | cut -f1))"
