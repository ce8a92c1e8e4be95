#!/usr/bin/env bash
# Draws the icon files the packages need from assets/zweifaktor.svg (the one drawing): PNGs in the
# sizes of the freedesktop hicolor theme, the Windows .ico (embedded into the .exe by build.rs and
# used by the MSI) and the macOS .icns (the .app bundle). The results are committed, so building
# needs none of the tools; run this after changing the SVG.
# Needs: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/.."

svg=assets/zweifaktor.svg
out=assets/icons
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$svg" --output "$work/$size.png"
done
for size in 16 24 32 48 64 128 256 512; do
  # -strip: no timestamps in the files, so that drawing them again changes nothing.
  convert "$work/$size.png" -strip "$out/zweifaktor-$size.png"
done
# Windows picks the size it shows from these (Explorer up to 256, the taskbar 16–48).
convert "$work"/{16,24,32,48,64,256}.png "$out/zweifaktor.ico"
# macOS wants 16–1024; png2icns reads the size from each file.
png2icns "$out/zweifaktor.icns" "$work"/{16,32,48,128,256,512,1024}.png >/dev/null
ls -l "$out"
