#!/bin/sh
# kioskctl simulate: a policy against another over a generated cache.db and over a data set file. Pins the
# totals' arithmetic (outcomes add up to the lines, changed lines listed one by one and counted, a policy
# against itself changes nothing, the same orders from a file and from the cache give the same figures),
# the rule ids on both sides of a change, and the usage and input errors with their exit codes.
# Usage: kioskctl_simulate.sh KIOSKCTL KIOSK_DATAGEN CONFIG_DIR
set -eu
kioskctl=$1
datagen=$2
config=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

trust="--trust $config/demo/trusted-policy-keys.json"
a="$config/policies/apparel.policy.json"
b="$config/policies/department-holiday.policy.json"
at="--at 2026-11-20T15:00:00Z --tz America/New_York"
"$datagen" --orders 400 --seed 3 --now 2026-11-20T15:00:00Z --out "$tmp/cache.db" > /dev/null
"$datagen" --orders 400 --seed 3 --now 2026-11-20T15:00:00Z --out "$tmp/orders.ndjson" > /dev/null

"$kioskctl" simulate --policy "$a" --against "$b" --cache "$tmp/cache.db" $at $trust --json \
    > "$tmp/ab.json" 2> "$tmp/ab.err" || fail "simulate A against B: exit $? $(cat "$tmp/ab.err")"
python3 - "$tmp/ab.json" <<'PY' || fail "A against B figures"
import json, sys
d = json.load(open(sys.argv[1]))
a, b = d["a"], d["b"]
assert a["orders"] == 400 and b["orders"] == 400, (a["orders"], b["orders"])
for t in (a, b):
    assert sum(t["outcomes"].values()) == t["lines"], t
    assert sum(t["reasons"].values()) == t["lines"], t
    assert t["keepIt"] <= t["refund"] and t["fee"] >= 0, t
assert d["policyA"] == {"policyId": "northwind-apparel", "version": 5}, d["policyA"]
assert d["policyB"]["policyId"] == "fabrikam-department", d["policyB"]
changes = d["changes"]
assert len(changes) == d["changedLines"] > 0, (len(changes), d["changedLines"])
for c in changes:
    assert c["a"] != c["b"], c
    assert c["a"]["ruleIds"] or c["b"]["ruleIds"], c
# each policy's own rules name its side
assert any("window.standard" in c["a"]["ruleIds"] for c in changes)
assert any("window.home" in c["b"]["ruleIds"] or "holiday.2026" in c["b"]["ruleIds"] for c in changes)
PY

# A policy against itself: nothing changes.
"$kioskctl" simulate --policy "$a" --against "$a" --cache "$tmp/cache.db" $at $trust --json > "$tmp/aa.json" \
    || fail "simulate A against A"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["changes"]==[] and d["changedLines"]==0 and d["a"]==d["b"], d["changedLines"]' \
    "$tmp/aa.json" || fail "A against itself changed lines"

# The same orders from the NDJSON file decide the same (no return history in either).
"$kioskctl" simulate --policy "$a" --orders "$tmp/orders.ndjson" $at $trust --json > "$tmp/file.json" \
    || fail "simulate --orders"
python3 - "$tmp/ab.json" "$tmp/file.json" <<'PY' || fail "file and cache disagree"
import json, sys
cache, file = json.load(open(sys.argv[1]))["a"], json.load(open(sys.argv[2]))["a"]
assert cache == file, (cache, file)
PY

# Text: the summary with both columns, every change on its line with the rule ids of both sides.
"$kioskctl" simulate --policy "$a" --against "$b" --cache "$tmp/cache.db" $at $trust > "$tmp/ab.txt" \
    || fail "simulate text"
grep -q "^simulated 400 orders at 2026-11-20T15:00:00Z (America/New_York)" "$tmp/ab.txt" || fail "text header"
grep -q "^lines decided differently: " "$tmp/ab.txt" || fail "text change count"
grep -q " -> \| ->  " "$tmp/ab.txt" || fail "text change lines"
grep -q "^  refund " "$tmp/ab.txt" || fail "text refund row"

# A draft (unsigned document) simulates too; the demo data set as a JSON document.
"$kioskctl" simulate --policy "$config/policies/v2/fashion.json" --orders "$config/demo/orders.json" $at \
    > "$tmp/draft.txt" || fail "simulate a draft policy over the demo orders"
grep -q "^simulated 3 orders" "$tmp/draft.txt" || fail "demo orders: $(head -n 1 "$tmp/draft.txt")"

# expect STATUS MESSAGE ARGS...: exit status and a line of stderr.
expect() {
    expected=$1 message=$2
    shift 2
    status=0
    "$kioskctl" simulate "$@" > "$tmp/out" 2> "$tmp/err" || status=$?
    [ "$status" -eq "$expected" ] || fail "simulate $*: exit $status, expected $expected"
    grep -qF -- "$message" "$tmp/err" || fail "simulate $*: stderr lacks '$message': $(cat "$tmp/err")"
}
expect 2 "--policy is required" --cache "$tmp/cache.db" $at
expect 2 "give exactly one of --orders and --cache" --policy "$a" $at
expect 2 "give exactly one of --orders and --cache" --policy "$a" --cache "$tmp/cache.db" --orders x $at
expect 2 "--at is required" --policy "$a" --cache "$tmp/cache.db"
expect 2 "--at needs an ISO 8601 time with an offset" --policy "$a" --cache "$tmp/cache.db" --at 2026-11-20
expect 2 "Unknown option 'frobnicate'" --frobnicate
expect 1 "cannot open $tmp/none.db" --policy "$a" --cache "$tmp/none.db" $at $trust
expect 1 "$tmp/none.ndjson" --policy "$a" --orders "$tmp/none.ndjson" $at $trust
python3 - "$config/policies/v2/fashion.json" "$tmp/bad.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["offlineLimits"]["maxRefundPerReturn"] = {"minorUnits": 100, "currency": "USD"}
json.dump(d, open(sys.argv[2], "w"))
PY
expect 1 "$tmp/bad.json: \$.offlineLimits.maxRefundPerReturn" --policy "$a" --against "$tmp/bad.json" \
    --cache "$tmp/cache.db" $at $trust

[ "$failures" -eq 0 ] || { echo "kioskctl simulate: $failures failure(s)" >&2; exit 1; }
echo "kioskctl simulate: ok"
