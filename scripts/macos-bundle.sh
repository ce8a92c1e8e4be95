#!/usr/bin/env bash
# Makes Zweifaktor.app (and a disk image to hand out) from a release build on a Mac:
#   scripts/macos-bundle.sh BINARY OUT_DIR
# BINARY is the `zweifaktor` program (the workflow joins the Apple-silicon and Intel builds into
# one with lipo). The bundle: Contents/Info.plist (packaging/macos, with the version of
# Cargo.toml), Contents/MacOS/zweifaktor, Contents/Resources/zweifaktor.icns (scripts/icons.sh).
# It is not signed: macOS asks once whether to open an app from an unidentified developer.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?usage: scripts/macos-bundle.sh BINARY OUT_DIR}
out=${2:?usage: scripts/macos-bundle.sh BINARY OUT_DIR}

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
app="$out/Zweifaktor.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist > "$app/Contents/Info.plist"
cp "$binary" "$app/Contents/MacOS/zweifaktor"
chmod 755 "$app/Contents/MacOS/zweifaktor"
cp assets/icons/zweifaktor.icns "$app/Contents/Resources/zweifaktor.icns"
printf 'APPL????' > "$app/Contents/PkgInfo"

if command -v plutil >/dev/null 2>&1; then
  plutil -lint "$app/Contents/Info.plist"
fi
# An ad-hoc signature: Apple-silicon Macs run no unsigned code at all; this is not an identity.
if command -v codesign >/dev/null 2>&1; then
  codesign --force --deep --sign - "$app"
fi
if command -v hdiutil >/dev/null 2>&1; then
  rm -f "$out/Zweifaktor-$version.dmg"
  hdiutil create -volname Zweifaktor -srcfolder "$app" -ov -format UDZO "$out/Zweifaktor-$version.dmg"
fi
echo "$app"
