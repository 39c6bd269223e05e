#!/bin/sh
# kioskctl selftest: exit 0 and a passing JSON report on the simulated hardware; exit 10 naming each
# failed part on a profile whose devices are not there; exit 2 for an unknown part or a bad option; the
# run journaled in the data directory. Usage: kioskctl_selftest.sh KIOSKCTL
set -eu
kioskctl=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
run() { status=0; "$kioskctl" selftest --config "$tmp/kiosk.json" "$@" > "$tmp/out" 2> "$tmp/err" || status=$?; }
json() { python3 -c "import json, sys; r = json.load(open('$tmp/out')); print($1)"; }

echo '{"kioskId": "kiosk-selftest-1", "retailerId": "northwind", "storeName": "Test store"}' > "$tmp/kiosk.json"
mkdir "$tmp/data"

# The simulated kiosk passes; skipped parts say so; no backend configured: skipped.
run --hardware sim --data-dir "$tmp/data" --json --skip chute --scan-seconds 5
[ "$status" -eq 0 ] || fail "sim: exit $status ($(cat "$tmp/err"))"
[ "$(json "r['passed']")" = True ] || fail "sim: report not passed: $(cat "$tmp/out")"
[ "$(json "[x['outcome'] for x in r['results']]")" = "['passed', 'skipped', 'passed', 'passed', 'passed', 'skipped']" ] \
    || fail "sim: outcomes $(json "[x['outcome'] for x in r['results']]")"
[ "$(json "r['results'][1]['message']")" = "Chute: skipped on request" ] || fail "sim: skip message"
[ -s "$tmp/err" ] && fail "sim: stderr: $(cat "$tmp/err")"

# Plain text: one line per part.
run --hardware sim --data-dir "$tmp/data"
[ "$status" -eq 0 ] || fail "sim text: exit $status"
grep -q "^passed  Chute: opened and closed" "$tmp/out" || fail "sim text: $(cat "$tmp/out")"
grep -q "^self-test passed" "$tmp/out" || fail "sim text has no verdict"
[ "$(grep -c "^hold the test page's barcode (RKTEST-[0-9]*) to the scanner" "$tmp/out")" -eq 1 ] \
    || fail "sim text: the barcode is not asked for once: $(cat "$tmp/out")"

# Devices that are not there: each part fails by name, with what to check; exit 10.
cat > "$tmp/missing.json" <<'JSON'
{
  "printer": {"type": "usb", "device": "/nonexistent/returns-kiosk/printer"},
  "chute": {"type": "gpio", "chip": "gpiochip-none", "lockLine": 17, "barrierLine": 27, "flapClosedLine": 22},
  "scale": {"type": "serial", "port": "/nonexistent/returns-kiosk/scale", "baud": 9600},
  "indicator": {"type": "gpio", "chip": "gpiochip-none", "greenLine": 5, "redLine": 6}
}
JSON
run --hardware "$tmp/missing.json" --data-dir "$tmp/data"
[ "$status" -eq 10 ] || fail "missing devices: exit $status, expected 10"
for line in "printer: Printer: offline" "chute: Chute: the lock does not answer" "scale: Scale: not answering" \
    "light: Light: cannot be switched on"; do
    grep -q "^$line" "$tmp/err" || fail "missing devices: stderr lacks '$line': $(cat "$tmp/err")"
done
grep -q "check: Check the chute lock's cable and power." "$tmp/out" || fail "missing devices: no check for the chute"
grep -q "^skipped Scanner: none in this hardware profile" "$tmp/out" || fail "no scanner: $(cat "$tmp/out")"
run --hardware "$tmp/missing.json" --data-dir "$tmp/data" --json
[ "$status" -eq 10 ] || fail "missing devices --json: exit $status"
[ "$(json "r['passed']")" = False ] || fail "missing devices --json: passed"
[ "$(json "[x['part'] for x in r['results'] if x['outcome'] == 'failed']")" = "['printer', 'chute', 'scale', 'light']" ] \
    || fail "missing devices --json: failed parts $(json "[x['part'] for x in r['results'] if x['outcome'] == 'failed']")"

# A backend that does not answer: named, with what to check, over the kiosk's own HTTPS client.
echo '{"kioskId": "kiosk-selftest-1", "retailerId": "northwind", "backendUrl": "https://127.0.0.1:9"}' > "$tmp/kiosk.json"
run --hardware sim --data-dir "$tmp/data" --skip chute --skip light --json
[ "$status" -eq 10 ] || fail "unreachable backend: exit $status"
grep -q "^backend: Backend: cannot be reached" "$tmp/err" || fail "unreachable backend: $(cat "$tmp/err")"
[ "$(json "r['results'][5]['check'].startswith('Check the network cable or Wi-Fi and that https://127.0.0.1:9 can be reached')")" = True ] \
    || fail "unreachable backend: check $(json "r['results'][5]")"

# Every run was journaled for the backend: selftest.completed, by the technician, from kioskctl.
python3 - "$tmp/data/journal.db" <<'PY' || fail "journal: selftest.completed events missing"
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = [json.loads(p) for (p,) in db.execute("SELECT payload FROM outbox")]
events = [e for e in rows if e.get("type") == "selftest.completed"]
assert len(events) == 5, rows
assert all(e["payload"]["origin"] == "kioskctl" and e["payload"]["by"] == "technician" for e in events), events
assert [e["payload"]["passed"] for e in events] == [True, True, False, False, False], events
PY

# Usage errors.
run --skip nozzle
[ "$status" -eq 2 ] || fail "unknown part: exit $status"
grep -q 'no part "nozzle"' "$tmp/err" || fail "unknown part: $(cat "$tmp/err")"
run --scan-seconds 0
[ "$status" -eq 2 ] || fail "--scan-seconds 0: exit $status"
run --hardware "$tmp/nowhere.json"
[ "$status" -eq 1 ] || fail "unreadable profile: exit $status"

[ "$failures" -eq 0 ] || { echo "kioskctl selftest: $failures failure(s)" >&2; exit 1; }
echo "kioskctl selftest: ok"
