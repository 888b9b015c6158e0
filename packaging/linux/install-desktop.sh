#!/usr/bin/env bash
# Put Regulars in the desktop's application menu for this user: the icon in every size
# into ~/.local/share/icons/hicolor, and packaging/linux/regulars.desktop into
# ~/.local/share/applications with Exec pointing at the program.
#
#   bash packaging/linux/install-desktop.sh                       # the `regulars` on PATH (pip install)
#   bash packaging/linux/install-desktop.sh /opt/regulars/regulars  # the frozen folder build
#
# Undo: rm ~/.local/share/applications/regulars.desktop ~/.local/share/icons/hicolor/*/apps/regulars.png
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../../resources/icons"
program="${1:-$(command -v regulars || true)}"
if [ -z "$program" ] || [ ! -x "$program" ]; then
  echo "install-desktop: give the path of the regulars program (none found on PATH)" >&2
  exit 2
fi
program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
for png in "$icons"/regulars-*.png; do
  size="$(basename "$png" .png)"; size="${size#regulars-}"
  install -D -m 644 "$png" "$data/icons/hicolor/${size}x${size}/apps/regulars.png"
done
install -D -m 644 "$icons/regulars.svg" "$data/icons/hicolor/scalable/apps/regulars.svg"
# Exec: the absolute path, quoted as the desktop entry spec asks (a folder may have spaces)
mkdir -p "$data/applications"
sed "s|^Exec=.*|Exec=\"$program\"|" "$here/regulars.desktop" > "$data/applications/regulars.desktop.tmp"
mv "$data/applications/regulars.desktop.tmp" "$data/applications/regulars.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "Regulars is in the application menu: $data/applications/regulars.desktop (runs $program)"
