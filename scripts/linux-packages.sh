#!/usr/bin/env bash
# The Linux package: builds the release program (unless --no-build), checks the desktop entry
# and the AppStream metainfo with the freedesktop tools, and makes the .deb with cargo-deb
# (target/debian/zweifaktor_<version>-1_<arch>.deb). The Flatpak manifest
# (packaging/flatpak) is built by flatpak-builder with network access, not here.
# Needs: cargo-deb (`cargo install cargo-deb`), desktop-file-utils, appstream.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
  cargo build --release --locked --bin zweifaktor
fi
desktop-file-validate assets/zweifaktor.desktop
# --no-net: the screenshot addresses point at the published repository.
appstreamcli validate --no-net packaging/linux/io.github.zweifaktor.Zweifaktor.metainfo.xml
cargo deb --no-build --package zweifaktor
deb=$(ls -t target/debian/zweifaktor_*.deb | head -n 1)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
echo "$deb"
