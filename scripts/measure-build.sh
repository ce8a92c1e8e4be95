#!/usr/bin/env bash
# Measures one build-time figure of docs/workspace.md from scratch: a commit exported into a
# folder of its own, built with a fresh CARGO_TARGET_DIR (nothing shared with your target/ but
# the downloaded crates), under `nice` and `/usr/bin/time -v` — whose user+sys CPU seconds
# depend far less on a busy machine than the wall time it reports too.
#
#   scripts/measure-build.sh NAME COMMIT COMMAND...
#   scripts/measure-build.sh before-test 6c78ddd xvfb-run -a cargo test --no-fail-fast
#   scripts/measure-build.sh after-core HEAD cargo test -p zweifaktor-core --no-run
#
# The folders go to $MEASURE_DIR (default: the folder above this checkout; a debug build of
# the whole window takes several GB) and are deleted afterwards. What `time` says lands in
# $MEASURE_DIR/NAME.err (its last ~25 lines), the start, end and load in NAME.info. Run one
# measurement at a time: two at once share the cores and both wall times mean nothing.
#
# Needs (Debian/Ubuntu): time (for /usr/bin/time), xvfb for the window's tests.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
name=$1
commit=$2
shift 2
out=${MEASURE_DIR:-$(dirname "$repo")}
src=$out/measure-src-$name
target=$out/measure-target-$name
rm -rf "$src" "$target"
mkdir -p "$src"
trap 'rm -rf "$src" "$target"' EXIT
git -C "$repo" archive "$commit" | tar -x -C "$src"
cd "$src"
echo "commit $(git -C "$repo" rev-parse --short "$commit"); cmd: $*; start $(date -Is);" \
    "load $(cut -d' ' -f1-3 /proc/loadavg)" >"$out/$name.info"
status=0
CARGO_TARGET_DIR=$target nice -n 10 /usr/bin/time -v "$@" >"$out/$name.out" 2>"$out/$name.err" ||
    status=$?
echo "rc $status; end $(date -Is); load $(cut -d' ' -f1-3 /proc/loadavg);" \
    "target size $(du -sh "$target" | cut -f1)" >>"$out/$name.info"
