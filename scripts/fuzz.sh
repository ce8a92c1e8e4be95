#!/usr/bin/env bash
# Builds the fuzz targets in fuzz/ and runs them with libFuzzer.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]      e.g. scripts/fuzz.sh otpauth_uri 600
#
# Without TARGET (or with "all") every target runs, one after the other, SECONDS each
# (default 60). Each starts from its corpus in fuzz/corpus/TARGET (kept between runs) and from
# seeds built afresh from ../shared/testdata in fuzz/seeds/TARGET (never committed). A crash,
# a failed assertion, a timeout or an out-of-memory is written to fuzz/artifacts/TARGET/ and
# makes the script exit 1 after the remaining targets have run; replay one with
# `fuzz/target/x86_64-unknown-linux-gnu/release/TARGET fuzz/artifacts/TARGET/crash-…`.
# Logs: fuzz/logs/TARGET.log. FUZZ_ARGS adds libFuzzer options; to go on after a finding and
# collect them all: FUZZ_ARGS="-fork=1 -ignore_crashes=1 -ignore_ooms=1 -ignore_timeouts=1".
#
# No cargo-fuzz and no nightly toolchain: the stable compiler instruments the code with the
# same sanitizer-coverage passes cargo-fuzz uses (without AddressSanitizer, which needs
# nightly; the core forbids unsafe code anyway). The explicit --target keeps the flags off
# build scripts and proc macros, which must not be instrumented.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

only=${1:-all}
seconds=${2:-60}
case $seconds in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [TARGET|all] [SECONDS]" >&2; exit 2 ;;
esac
testdata=${ZWEIFAKTOR_TESTDATA:-$root/../shared/testdata}
if [ ! -d "$testdata/import" ]; then
  echo "fuzz: $testdata/import is missing (the seeds come from there)" >&2
  exit 1
fi

fuzz=$root/fuzz
triple=$(rustc -vV | sed -n 's/^host: //p')
mapfile -t all_targets < <(sed -n 's/^name = "\([a-z0-9_]*\)"$/\1/p' "$fuzz/Cargo.toml")
if [ "$only" = all ]; then
  targets=("${all_targets[@]}")
elif printf '%s\n' "${all_targets[@]}" | grep -qx "$only"; then
  targets=("$only")
else
  echo "fuzz: unknown target $only; targets: ${all_targets[*]}" >&2
  exit 2
fi

# cargo-fuzz's instrumentation (its `build` without a sanitizer): edge coverage with inline
# counters and the PC table libFuzzer's feature counts need, comparison tracing (so that the
# fuzzer learns magic bytes and keywords), stack depth, and `cfg(fuzzing)` for the crates that
# skip checksums under it.
export RUSTFLAGS="-Cpasses=sancov-module \
-Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
-Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares \
-Cllvm-args=-sanitizer-coverage-stack-depth \
--cfg fuzzing ${RUSTFLAGS:-}"
# The fuzz workspace's lock file starts as the root's (the core's dependencies at exactly the
# versions the program is built and tested with); cargo adds libfuzzer-sys to it. Generated,
# never committed, so that it cannot go stale when the core's dependencies change.
cp "$root/Cargo.lock" "$fuzz/Cargo.lock"
build_args=(--manifest-path "$fuzz/Cargo.toml" --release --target "$triple")
if [ "$only" = all ]; then
  build_args+=(--bins)
else
  build_args+=(--bin "$only")
fi
echo "fuzz: building ${targets[*]}" >&2
nice -n 19 cargo build "${build_args[@]}"
bin_dir=${CARGO_TARGET_DIR:-$fuzz/target}/$triple/release

# Seeds -----------------------------------------------------------------------------------

# One seed file per line of the given files that starts with PREFIX.
seed_lines() {
  local dir=$1 prefix=$2
  shift 2
  local n=0 line
  for file in "$@"; do
    while IFS= read -r line || [ -n "$line" ]; do
      line=${line%$'\r'}
      case $line in
        "$prefix"*) n=$((n + 1)); printf '%s' "$line" > "$dir/line-$n" ;;
      esac
    done < "$file"
  done
}

# The password the testdata folder's encrypted files use (its README's index); the index into
# PASSWORDS in fuzz/src/lib.rs.
password_index() {
  case $1 in
    aegis | 2fas | andotp | freeotp | stratum) echo 1 ;;
    authy) echo 2 ;;
    authenticator-plus) echo 3 ;;
    totp-authenticator) echo 4 ;;
    *) echo 0 ;;
  esac
}

# A vault file by hand: header (magic, version 1, FLAGS, Argon2id 8 KiB/1 pass/1 lane, salt,
# nonce, clear list) and a body that is no seal (it only has to be long enough for a tag).
vault_seed() {
  local flags=$1 list=$2
  printf 'ZWEIFAKT\001\000%b\000\001\010\000\000\000\001\000\000\000\001\000\000\000' "$flags"
  head -c 40 /dev/zero
  printf "%b" "$(printf '\\%03o' $((${#list} & 255)) $((${#list} >> 8 & 255)) 0 0)"
  printf '%s' "$list"
  head -c 48 /dev/zero | tr '\0' '\252'
}

make_seeds() {
  local target=$1 dir=$fuzz/seeds/$1
  rm -rf "$dir"
  mkdir -p "$dir"
  local import_files=()
  mapfile -t import_files < <(find "$testdata/import" -type f ! -name README.md | sort)
  case $target in
    base32_secret)
      grep -ho '"secret": *"[^"]*"' "$testdata"/import/*/expected.json |
        sed 's/.*: *"\(.*\)"/\1/' | sort -u | split -l 1 -a 3 - "$dir/secret-"
      printf '%s' 'jbsw y3dp ehpk 3pxp' > "$dir/grouped"
      printf '%s' 'JBSWY3DPEHPK3PXP====' > "$dir/padded"
      ;;
    otpauth_uri)
      seed_lines "$dir" 'otpauth://' "$testdata"/import/*/*.txt
      ;;
    migration_link)
      seed_lines "$dir" 'otpauth-migration://' "$testdata"/import/google-authenticator/*.txt
      # And each link's payload itself (the target Base64-encodes its input too): data=…
      # percent-decoded, then Base64-decoded.
      local link data
      for link in "$dir"/line-*; do
        data=$(sed -n 's/.*[?&]data=\([^&]*\).*/\1/p' "$link")
        printf '%b' "${data//%/\\x}" | base64 -d > "$link.payload" 2>/dev/null || true
      done
      ;;
    qr_content)
      seed_lines "$dir" 'otpauth' "$testdata"/import/*/*.txt
      cp "$testdata/import/otpauth-uri-list/plain.txt" "$dir/several-accounts"
      cp "$testdata/import/google-authenticator/example_export.txt" "$dir/several-transfers"
      ;;
    import_detect)
      local i=0
      for file in "${import_files[@]}"; do
        i=$((i + 1))
        cp "$file" "$dir/$i-$(basename "$file")"
      done
      ;;
    import_format)
      # Every file for every format (the first byte; the count is the registry's length, read
      # from its source), with no password and with its folder's.
      local formats
      formats=$(grep -c '^ *format::<' "$root/crates/zweifaktor-core/src/import/mod.rs" || true)
      [ "${formats:-0}" -gt 0 ] || formats=32
      local i=0 f pw folder
      for file in "${import_files[@]}"; do
        i=$((i + 1))
        folder=$(basename "$(dirname "$file")")
        for pw in 0 "$(password_index "$folder")"; do
          for ((f = 0; f < formats; f++)); do
            { printf "%b" "$(printf '\\%03o\\%03o' "$f" "$pw")"; cat "$file"; } \
              > "$dir/$i-$f-$pw-$(basename "$file")"
          done
        done
      done
      ;;
    vault_file)
      local list='[{"id":"9b2f3c1e-5d4a-4f6b-8c7d-0e1f2a3b4c5d","name":"VPN","issuer":"ACME","url":"https://vpn.example.org","type":"totp"}]'
      vault_seed '\000' "$list" > "$dir/file-names-shown"
      vault_seed '\001' '' > "$dir/file-names-hidden"
      vault_seed '\002' "$list" > "$dir/file-erased"
      # The sealed form: flags, clear list, NUL, body.
      local body='{"procedures":[{"id":"9b2f3c1e-5d4a-4f6b-8c7d-0e1f2a3b4c5d","name":"VPN","issuer":"ACME","account":"jane","secret":"JBSWY3DPEHPK3PXP","url":"https://vpn.example.org","otp":{"kind":{"totp":{"period":30}},"algorithm":"sha1","digits":6},"created":1717200000,"modified":1717200000},{"id":"0c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f","name":"Steam","secret":"JRZCL47CMXVOQMNPZR2F7J4RGI","otp":{"kind":"steam","algorithm":"sha1","digits":5},"created":0,"modified":0,"needs_reenrollment":false},{"id":"1c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f","name":"Bank","secret":"KUVJJOM753IHTNDSZVCNKL7GII","otp":{"kind":{"hotp":{"counter":50}},"algorithm":"sha256","digits":7},"created":0,"modified":0}]}'
      { printf '\000%s\000%s' "$list" "$body"; } > "$dir/sealed-names-shown"
      { printf '\001\000%s' "$body"; } > "$dir/sealed-names-hidden"
      ;;
    *)
      echo "fuzz: no seeds for $target" >&2
      ;;
  esac
}

# Runs ------------------------------------------------------------------------------------

mkdir -p "$fuzz/logs"
failed=()
summary=()
for target in "${targets[@]}"; do
  make_seeds "$target"
  mkdir -p "$fuzz/corpus/$target" "$fuzz/artifacts/$target"
  log=$fuzz/logs/$target.log
  echo "fuzz: $target for ${seconds}s ($(find "$fuzz/seeds/$target" -type f | wc -l) seeds, log $log)" >&2
  status=0
  touch "$log.start"
  # -timeout: one input may take the import formats' real key derivations (Argon2id 64 MiB,
  # scrypt, PBKDF2) without counting as a hang; 20 s is far beyond any of them.
  # shellcheck disable=SC2086
  nice -n 19 "$bin_dir/$target" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$fuzz/artifacts/$target/" ${FUZZ_ARGS:-} \
    "$fuzz/corpus/$target" "$fuzz/seeds/$target" > "$log" 2>&1 || status=$?
  # The last status line, "#EXECS … cov: N ft: N corp: N/SIZE …" (in -fork mode "#EXECS: …").
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<< "$last")
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")
  corp=$(sed -n 's/.* corp: \([0-9a-zA-Z/]*\).*/\1/p' <<< "$last")
  findings=$(find "$fuzz/artifacts/$target" -type f -newer "$log.start" | wc -l)
  # With -fork and -ignore_crashes (see FUZZ_ARGS) libFuzzer goes on after a finding.
  if [ "$status" -eq 0 ] && [ "$findings" -eq 0 ]; then
    result=ok
  else
    result="FAILED (exit $status, $findings new in fuzz/artifacts/$target)"
    failed+=("$target")
    grep -E 'panicked at|ERROR|Test unit written|SUMMARY' -A1 "$log" | head -n 12 >&2 || true
  fi
  summary+=("$(printf '%-16s %6ss %12s %7s %8s %14s  %s' "$target" "$seconds" "${execs:-?}" \
    "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result")")
done

printf '%-16s %7s %12s %7s %8s %14s  %s\n' target time executions cov ft corpus result
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (fuzz/artifacts/)" >&2
  exit 1
fi
