#!/usr/bin/env bash
# A technician's first boot, RUNS times: a backend that enrols kiosks with the test CA (one one-time code
# per run), and for each run a fresh data dir whose kiosk reads its enrolment sheet's QR through the camera
# pipeline, enrols, confirms the hardware, self-tests and starts on attract (kiosk-demo-journey
# --firstboot). `make demo` runs it once for its firstboot-*.png; `make bench` runs it 5 times and prints
# the touches and seconds against the enrolled kiosk's restart in the same runs.
# Usage: first-boot.sh BUILD_DIR OUT_DIR [RUNS]
set -euo pipefail
[[ $# -ge 2 ]] || { echo "usage: $0 BUILD_DIR OUT_DIR [RUNS]" >&2; exit 2; }
build=$(cd "$1" && pwd) out=$2 runs=${3:-1}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mkdir -p "$out"

# One-time codes: 11 base32 characters and their Luhn mod 32 check character (docs/codes.md).
mapfile -t codes < <(python3 - "$runs" <<'EOF'
import sys
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
for run in range(int(sys.argv[1])):
    body = "FIRSTBOOT" + alphabet[run // 32] + alphabet[run % 32]
    factor, total = 2, 0
    for c in reversed(body):
        addend = factor * alphabet.index(c)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    full = body + alphabet[(32 - total % 32) % 32]
    print(f"ENROL-{full[0:4]}-{full[4:8]}-{full[8:12]}")
EOF
)
code_args=()
for code in "${codes[@]}"; do code_args+=(--enrolment-code "$code"); done

rm -f "$out/enrolment-backend.port" "$out/enrolment-backend.db" "$out/firstboot-runs.txt"
"$build"/tools/reference-backend/reference-backend --listen 127.0.0.1:0 \
  --cert "$build/testca/server.pem" --key "$build/testca/server.key" --db "$out/enrolment-backend.db" \
  --orders kiosk-config/demo/orders.json --port-file "$out/enrolment-backend.port" "${code_args[@]}" \
  --kiosk-ca-cert "$build/testca/ca.pem" --kiosk-ca-key "$build/testca/ca.key" \
  --store-config kiosk-config/demo/store.json >"$out/enrolment-backend.log" 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null || true; wait $backend 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -s $out/enrolment-backend.port ]] && break; sleep 0.1; done
[[ -s $out/enrolment-backend.port ]] || { echo "first boot: the backend did not start:"; cat "$out/enrolment-backend.log"; exit 1; }
port=$(cat "$out/enrolment-backend.port")

# A kiosk.json that requires provisioning; relative files in it made absolute, since the copy lives elsewhere.
sed -e "s|^{|{\n  \"provisioning\": {\"required\": true},|" \
  -e "s|\"\.\./policies/|\"$root/kiosk-config/policies/|" \
  -e "s|\"trusted-policy-keys.json\"|\"$root/kiosk-config/demo/trusted-policy-keys.json\"|" \
  kiosk-config/demo/kiosk.json >"$out/firstboot-kiosk.json"
convert -size 1280x720 xc:'#6b6f75' "$out/camera-empty.png"
runtime=$(mktemp -d)
for run in $(seq "$runs"); do
  qr=$out/camera-enrolment-qr-$run.png
  bash tools/demo/make-enrolment-qr.sh "https://127.0.0.1:$port" "${codes[run - 1]}" "$build/testca/server.pem" \
    northwind "$qr"
  rm -rf "$out/firstboot-data"
  QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$runtime} \
    "$build"/tools/kiosk-demo-journey --screenshots "$out" --firstboot --config "$out/firstboot-kiosk.json" \
    --data-dir "$out/firstboot-data" --camera-frames "$out/camera-empty.png" --camera-frames "$qr" \
    2>"$out/firstboot.log" | tee -a "$out/firstboot-runs.txt"
done
rm -rf "$runtime"
[[ $runs -gt 1 ]] || exit 0
python3 - "$out/firstboot-runs.txt" "$runs" <<'EOF'
import re, statistics, sys
pattern = re.compile(r"first boot complete: provisioned to attract in (\d+) touches, ([\d.]+) s: enrolment, "
                     r"hardware and self-test ([\d.]+) s, the enrolled kiosk's restart to attract ([\d.]+) s")
runs = [tuple(map(float, m.groups())) for m in map(pattern.search, open(sys.argv[1])) if m]
if len(runs) != int(sys.argv[2]):
    sys.exit(f"first boot: {int(sys.argv[2]) - len(runs)} of {sys.argv[2]} runs failed (see {sys.argv[1]})")
touches, total, first, restart = (sorted(column) for column in zip(*runs))
median = statistics.median
print(f"\nfirst boot from an enrolment QR, {len(runs)} runs           median    max")
print(f"  touches                                     {median(touches):6.0f} {touches[-1]:6.0f}   target < 10")
print(f"  QR to attract, s                            {median(total):6.1f} {total[-1]:6.1f}   target < 300")
print(f"    enrolment, hardware and self-test, s      {median(first):6.1f} {first[-1]:6.1f}")
print(f"  baseline: the enrolled kiosk's restart, s   {median(restart):6.1f} {restart[-1]:6.1f}")
print(f"  first boot / restart                        {median(total) / median(restart):6.1f}x")
EOF
