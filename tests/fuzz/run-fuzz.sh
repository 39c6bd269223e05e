#!/usr/bin/env bash
# Runs every libFuzzer target of a fuzz build (CMake preset `fuzz`) for SECONDS each, seeded from the checked-in
# corpus; new inputs go to BUILD/fuzz/<target>/corpus, a crash's input to BUILD/fuzz/<target>/crash-*.
# Prints executions per target; exits non-zero if any target crashed.
# usage: run-fuzz.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=$1
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
targets=(
  "fuzz_codeparser corpus 4096"
  "fuzz_syncprotocol corpus-sync 8192"
)
status=0
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for t in "${targets[@]}"; do
  read -r name seeds maxlen <<<"$t"
  binary=$(find "$build" -name "$name" -type f -perm -u+x | head -1)
  if [[ -z $binary ]]; then
    echo "run-fuzz: $name not built in $build" >&2
    exit 2
  fi
  work="$build/fuzz/$name"
  mkdir -p "$work/corpus"
  log="$work/last-run.log"
  echo "run-fuzz: $name for ${seconds}s (log $log)"
  if "$binary" -max_total_time="$seconds" -max_len="$maxlen" -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus" "$here/$seeds" >"$log" 2>&1; then
    result=ok
  else
    result="CRASH: $(ls -t "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* 2>/dev/null | head -1 || true)"
    status=1
  fi
  runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[^ ]+' || true)
  echo "run-fuzz: $name: ${runs:-?} executions in ${seconds}s, $cov, $result"
done
exit $status
