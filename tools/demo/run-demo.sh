#!/usr/bin/env bash
# `make demo`: starts the reference backend over TLS (test CA) with the demo orders, then the kiosk
# with simulated hardware talking to it. With a display the kiosk opens its window; without one a
# scripted shopper journey runs offscreen, saves a screenshot of every screen to build/demo/, and
# the script waits until the return has reached the backend; then a technician's first boot of a
# second kiosk from an enrolment QR (firstboot-*.png).
set -euo pipefail
build=${1:-build}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
out=$build/demo
rm -rf "$out"
mkdir -p "$out"
token=demo-device-token
kiosk_id=kiosk-demo-1 # the kioskId of kiosk-config/demo/kiosk.json: the token acts as this kiosk only

# The backend also signs kiosks' certificates (mutual TLS on the same port); this kiosk authenticates with
# its device token. The first-boot segment (tools/demo/first-boot.sh) enrols against a backend of its own,
# so `make bench` can run it alone.
"$build"/tools/reference-backend/reference-backend --listen 127.0.0.1:0 \
  --cert "$build/testca/server.pem" --key "$build/testca/server.key" --db "$out/backend.db" \
  --device-token "$kiosk_id=$token" --orders kiosk-config/demo/orders.json --port-file "$out/backend.port" \
  --kiosk-ca-cert "$build/testca/ca.pem" --kiosk-ca-key "$build/testca/ca.key" \
  --store-config kiosk-config/demo/store.json 2>"$out/backend.log" &
backend=$!
trap 'kill $backend 2>/dev/null || true; wait $backend 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -s $out/backend.port ]] && break; sleep 0.1; done
[[ -s $out/backend.port ]] || { echo "demo: the reference backend did not start:"; cat "$out/backend.log"; exit 1; }
port=$(cat "$out/backend.port")
echo "demo: reference backend on https://127.0.0.1:$port (log: $out/backend.log)"

# The demo kiosk.json: the shipped one plus where the backend is and which CA to trust.
# Relative files in it are made absolute, since the copy lives elsewhere.
sed -e "s|^{|{\n  \"backendUrl\": \"https://127.0.0.1:$port\",\n  \"caBundle\": \"$root/$build/testca/ca.pem\",\n  \"deviceToken\": \"$token\",|" \
  -e "s|\"\.\./policies/|\"$root/kiosk-config/policies/|" \
  -e "s|\"trusted-policy-keys.json\"|\"$root/kiosk-config/demo/trusted-policy-keys.json\"|" \
  kiosk-config/demo/kiosk.json >"$out/kiosk.json"
kiosk_args=(--config "$out/kiosk.json" --data-dir "$out/data" --seed-orders kiosk-config/demo/orders.json
  --clock 2026-11-20T15:00:00Z)

if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} && ${CI:-} != true ]]; then
  echo "demo: opening the kiosk window (orders RK-100001, RK-100002, RK-100003; close the window to stop)"
  "$build"/app/returns-kiosk "${kiosk_args[@]}"
  exit 0
fi

echo "demo: no display: running the scripted shopper journey offscreen"
runtime=$(mktemp -d)
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$runtime} \
  "$build"/tools/kiosk-demo-journey --screenshots "$out" --scan-image "$build/demo-return-qr.png" "${kiosk_args[@]}" 2>"$out/kiosk.log"

echo "demo: a technician's first boot of a second kiosk, from the enrolment sheet's QR"
bash tools/demo/first-boot.sh "$build" "$out"
echo "demo: screenshots:"
ls -1 "$out"/*.png | sed 's/^/  /'
echo "demo: the backend holds $(sqlite3 "$out/backend.db" 'SELECT count(*) FROM returns') return(s) in $out/backend.db"
