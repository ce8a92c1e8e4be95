#!/usr/bin/env bash
# Type-checks the program for macOS (x86_64-apple-darwin) on Linux, the way the Windows build is
# made (scripts/windows-env.sh: Debian's Rust 1.96 builds the standard library from source with
# -Zbuild-std). There is no macOS SDK here, so nothing is linked: the C parts (SQLite of the
# database importers, and `alloca`) are compiled by a stand-in that makes an empty object file —
# type-checking needs their build scripts to succeed, not their code. Linking and running need
# a Mac: the CI workflow's macOS job.
#   scripts/macos-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/windows-env.sh
export CARGO_TARGET_DIR="${ZWEIFAKTOR_MACOS_TARGET_DIR:-$PWD/target-macos}"
target=x86_64-apple-darwin

stand_in=$(mktemp -d)
trap 'rm -rf "$stand_in"' EXIT
cat >"$stand_in/cc" <<'STANDIN'
#!/bin/sh
# Any compile: an empty (Linux) object file where the output was asked for. The cc crate takes
# a compiler that prints nothing for its family check for MSVC and passes the output as
# -Fo<path>; a C compiler's -o <path> is understood too.
out=
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out=$2; shift ;;
    -Fo*) out=${1#-Fo} ;;
  esac
  shift
done
[ -n "$out" ] && exec cc -c -x c /dev/null -o "$out"
exit 0
STANDIN
chmod +x "$stand_in/cc"
export CC_x86_64_apple_darwin="$stand_in/cc" CXX_x86_64_apple_darwin="$stand_in/cc" AR_x86_64_apple_darwin=ar
# The cc crate asks for an SDK path on Apple targets; there is none here.
export SDKROOT=/nonexistent MACOSX_DEPLOYMENT_TARGET=10.15

cargo check -Zbuild-std=std,panic_abort --target "$target" --locked --bins --lib
echo "macOS type-check passed"
