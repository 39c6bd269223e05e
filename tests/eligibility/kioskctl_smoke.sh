#!/bin/sh
# kioskctl end to end on generated data: datagen determinism, cache import (with a bad row), check --json,
# policy validate exit codes, policy migrate. Usage: kioskctl_smoke.sh KIOSKCTL DATAGEN CONFIG_DIR POLICY_SIGN
set -eu
kioskctl=$1
datagen=$2
config=$3
policysign=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$datagen" --orders 200 --seed 3 --now 2026-11-20T12:00:00Z --out "$tmp/a.json"
"$datagen" --orders 200 --seed 3 --now 2026-11-20T12:00:00Z --out "$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/b.json" || fail "datagen is not deterministic"

trust="$config/demo/trusted-policy-keys.json"
"$kioskctl" cache import "$tmp/a.json" --cache "$tmp/cache.db" > "$tmp/import.txt" || fail "import"
grep -q "imported 200, rejected 0" "$tmp/import.txt" || fail "import report: $(cat "$tmp/import.txt")"

cat > "$tmp/bad.json" <<'JSON'
{"orders": [
 {"id": "BAD-1", "currency": "USD", "placedAt": "2026-11-01T10:00:00Z",
  "lines": [{"lineNo": 1, "sku": "S", "title": "T", "category": "spaceships//", "unitPrice": 100, "quantity": 1}]},
 {"id": "GOOD-1", "currency": "USD", "placedAt": "2026-11-01T10:00:00Z", "deliveredAt": "2026-11-03T10:00:00Z",
  "paymentMethods": ["card"],
  "lines": [{"lineNo": 1, "sku": "S", "title": "T", "category": "books", "unitPrice": 2500, "quantity": 1}]}
]}
JSON
status=0
"$kioskctl" cache import "$tmp/bad.json" --cache "$tmp/cache.db" > "$tmp/bad.txt" || status=$?
[ "$status" -eq 3 ] || fail "partial import should exit 3, got $status"
grep -q 'category: must be a category path' "$tmp/bad.txt" || fail "bad row not reported: $(cat "$tmp/bad.txt")"

"$kioskctl" check --trust "$trust" --order GOOD-1 --at 2026-12-03T23:30:00-05:00 --tz America/New_York --cache "$tmp/cache.db" \
    --policy "$config/policies/department-holiday.policy.json" --json > "$tmp/check.json" 2>/dev/null
python3 - "$tmp/check.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
line = d["lines"][0]
# Bought 1 Nov: the holiday extension (returnable until 31 Jan 2027) decides, 3 Dec is fine.
assert d["policyId"] == "fabrikam-department" and d["policyVersion"] == 12, d
assert line["decision"] == "eligible" and line["ruleId"] == "holiday.2026", line
assert line["reasonCode"] == "eligible.holiday_window" and line["lastDay"] == "2027-01-31", line
assert line["refund"] == 2500 and line["bin"] == "GEN" and line["resolutions"][0] == "refund", line
PY

# The same policy migrated to format 2, signed, decides the same.
"$kioskctl" policy migrate "$config/policies/src/department-holiday.json" > "$tmp/v2.json" || fail "migrate"
grep -q '"schemaVersion": 2' "$tmp/v2.json" || fail "migrate printed no format 2 document"
"$policysign" --key "$config/demo/keys/demo-policy-2026.key" --key-id demo-policy-2026 --out "$tmp/v2.policy.json" \
    "$tmp/v2.json" > /dev/null || fail "sign the migrated policy"
"$kioskctl" policy validate --trust "$trust" "$tmp/v2.policy.json" > /dev/null || fail "migrated bundle refused"
"$kioskctl" check --trust "$trust" --order GOOD-1 --at 2026-12-03T23:30:00-05:00 --tz America/New_York --cache "$tmp/cache.db" \
    --policy "$tmp/v2.policy.json" --json > "$tmp/check-v2.json" 2>/dev/null || fail "check with the v2 bundle"
python3 - "$tmp/check.json" "$tmp/check-v2.json" <<'PY'
import json, sys
v1, v2 = (json.load(open(p))["lines"][0] for p in sys.argv[1:3])
for key in ("decision", "reasonCode", "ruleId", "lastDay", "refund", "storeCredit", "bin", "resolutions"):
    assert v1[key] == v2[key], (key, v1[key], v2[key])
assert "holiday.2026" in v2["ruleIds"], v2
PY
status=0
"$kioskctl" policy migrate "$tmp/v2.json" > /dev/null 2> "$tmp/migrate-v2.txt" || status=$?
[ "$status" -eq 1 ] || fail "migrating a format 2 document should exit 1, got $status"
grep -q 'only a policy of format 1' "$tmp/migrate-v2.txt" || fail "migrate v2: $(cat "$tmp/migrate-v2.txt")"

"$kioskctl" check --trust "$trust" --order RK-1000007 --at 2026-11-20T12:00:00Z --tz America/New_York --cache "$tmp/cache.db" \
    --offline --json > "$tmp/offline.json" 2>/dev/null || fail "check RK-1000007"
grep -q '"offline": true' "$tmp/offline.json" || fail "offline flag missing"

"$kioskctl" policy validate --trust "$trust" "$config/policies/apparel.policy.json" 2>/dev/null || fail "valid policy refused"
if "$kioskctl" policy validate --trust "$trust" "$config/policies/src/apparel.json" > "$tmp/unsigned.txt" 2>/dev/null; then
    fail "unsigned policy accepted"
fi
grep -q 'unsigned policy document' "$tmp/unsigned.txt" || fail "unsigned not explained"
# No demo key unless asked for: without --trust (and no retailer keys installed) nothing verifies.
status=0
"$kioskctl" policy validate "$config/policies/apparel.policy.json" > "$tmp/nokeys.txt" 2>&1 || status=$?
[ "$status" -ne 0 ] || fail "a policy verified without trusted keys"
grep -q "no trusted policy keys" "$tmp/nokeys.txt" || fail "missing keys not explained: $(cat "$tmp/nokeys.txt")"
if "$kioskctl" check --trust "$trust" --order NOPE --cache "$tmp/cache.db" 2>/dev/null; then fail "unknown order exit 0"; fi
echo "kioskctl smoke: ok"

# check --code: a scanned return code is verified exactly as the kiosk does; garbage is refused.
status=0
"$kioskctl" check --trust "$trust" --code "%%COUPON%%" --cache "$tmp/cache.db" > /dev/null 2> "$tmp/code.txt" || status=$?
[ "$status" -eq 1 ] || fail "a garbage code should exit 1, got $status"
grep -q "the code was refused: not-recognised" "$tmp/code.txt" || fail "garbage code: $(cat "$tmp/code.txt")"
"$kioskctl" check --trust "$trust" --code "RK-1000007" --at 2026-11-20T12:00:00Z --tz America/New_York --cache "$tmp/cache.db" \
    --json > "$tmp/code.json" 2>/dev/null || fail "check --code with an order number"
grep -q '"orderId": "RK-1000007"' "$tmp/code.json" || fail "check --code did not decide RK-1000007"

# check --code with a paper receipt's barcode: the cache maps it to its order (demo RK-100001).
"$kioskctl" cache import "$config/demo/orders.json" --cache "$tmp/demo.db" > /dev/null || fail "demo import"
"$kioskctl" check --trust "$trust" --code 00420030042172611087 --at 2026-11-20T12:00:00Z --cache "$tmp/demo.db" --json \
    > "$tmp/receipt.json" 2>/dev/null || fail "check --code with a receipt"
grep -q '"orderId": "RK-100001"' "$tmp/receipt.json" || fail "receipt did not lead to RK-100001"
status=0
"$kioskctl" check --trust "$trust" --code 00420030042182611084 --cache "$tmp/demo.db" > /dev/null 2> "$tmp/receipt.txt" || status=$?
[ "$status" -eq 1 ] || fail "an unknown receipt should exit 1, got $status"
grep -q "has this receipt" "$tmp/receipt.txt" || fail "unknown receipt: $(cat "$tmp/receipt.txt")"
