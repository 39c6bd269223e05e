#!/usr/bin/env bash
# Runs the libFuzzer targets of a fuzz build (CMake preset `fuzz`) one at a time (one job each), for SECONDS each or, with
# FUZZ_RUNS set, for that many executions each, seeded from the checked-in corpus; new inputs go to
# BUILD/fuzz/<target>/corpus, a crash's input to BUILD/fuzz/<target>/crash-*. Prints executions, exec/s and
# the result per target; exits non-zero if any target crashed.
# usage: [FUZZ_RUNS=N] run-fuzz.sh BUILD_DIR [SECONDS] [TARGET...]
set -euo pipefail
build=$1
seconds=${2:-60}
shift $(($# < 2 ? $# : 2))
here=$(cd "$(dirname "$0")" && pwd)
targets=(
  "fuzz_codeparser corpus 4096"
  "fuzz_syncprotocol corpus-sync 8192"
  "fuzz_policy corpus-policy 8192"
  "fuzz_kioskconfig corpus-kioskconfig 4096"
  "fuzz_orderjson corpus-orderjson 8192"
  "fuzz_ndjsonimport corpus-ndjsonimport 16384"
  "fuzz_hardwareprofile corpus-hardwareprofile 4096"
  "fuzz_keywedge corpus-keywedge 2048"
  "fuzz_serialscanner corpus-serialscanner 12288"
  "fuzz_scaleline corpus-scaleline 1024"
  "fuzz_printerstatus corpus-printerstatus 64"
  "fuzz_barcodereader corpus-barcodereader 65536"
)
if [[ -n ${FUZZ_RUNS:-} ]]; then
  limit=(-runs="$FUZZ_RUNS")
else
  limit=(-max_total_time="$seconds")
fi
status=0
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for t in "${targets[@]}"; do
  read -r name seeds maxlen <<<"$t"
  if (($#)) && [[ " $* " != *" $name "* ]]; then continue; fi
  binary=$(find "$build" -name "$name" -type f -perm -u+x | head -1)
  if [[ -z $binary ]]; then
    echo "run-fuzz: $name not built in $build" >&2
    exit 2
  fi
  work="$build/fuzz/$name"
  mkdir -p "$work/corpus"
  log="$work/last-run.log"
  echo "run-fuzz: $name, ${limit[0]#-} (log $log)"
  start=$(date +%s)
  if "$binary" "${limit[@]}" -max_len="$maxlen" -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/corpus" "$here/$seeds" >"$log" 2>&1; then
    result=ok
  else
    result="CRASH: $(ls -t "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* 2>/dev/null | head -1 || true)"
    status=1
  fi
  elapsed=$(($(date +%s) - start))
  runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
  speed=$(grep -m1 'stat::average_exec_per_sec' "$log" | awk '{print $2}' || true)
  cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[^ ]+' || true)
  printf 'run-fuzz: %s: %s executions in %d s, %s exec/s, %s, %s\n' "$name" "${runs:-?}" "$elapsed" \
    "${speed:-?}" "$cov" "$result"
done
exit $status
