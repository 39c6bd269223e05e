#!/bin/sh
# kioskctl check --select: the shopper's ReturnOffer on a cache imported from a small data set, under the
# signed example policies. Pins figures, order-wide limits over the selection only, and every refusal with
# its exit code and message. Usage: kioskctl_offer.sh KIOSKCTL CONFIG_DIR
set -eu
kioskctl=$1
config=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# TECH-1: a $400.00 laptop (electronics: 15% restocking fee on computers for changed_mind, waived when
# defective). STYLE-1 (apparel: keep-it for beauty up to $10.00, staff above $500.00 per return, 10%
# store-credit bonus): a $600 coat, a $20 scarf, an $8 lip balm, 3 pairs of socks, 3 shirts (1 returned).
cat > "$tmp/orders.json" <<'JSON'
{"generatedAt": "2026-11-20T12:00:00Z",
 "orders": [
 {"id": "TECH-1", "currency": "USD", "customerRef": "C-T1", "placedAt": "2026-11-15T10:00:00Z",
  "deliveredAt": "2026-11-17T10:00:00Z", "paymentMethods": ["card"],
  "lines": [{"lineNo": 1, "sku": "LAP-1", "title": "Laptop", "category": "computers", "unitPrice": 40000,
             "quantity": 1}]},
 {"id": "STYLE-1", "currency": "USD", "customerRef": "C-S1", "placedAt": "2026-11-10T10:00:00Z",
  "deliveredAt": "2026-11-12T10:00:00Z", "paymentMethods": ["card"],
  "lines": [{"lineNo": 1, "sku": "COAT-1", "title": "Wool coat", "category": "outerwear", "unitPrice": 60000,
             "quantity": 1},
            {"lineNo": 2, "sku": "SCARF-1", "title": "Scarf", "category": "accessories", "unitPrice": 2000,
             "quantity": 1},
            {"lineNo": 3, "sku": "LIP-1", "title": "Lip balm", "category": "beauty", "unitPrice": 800,
             "quantity": 1},
            {"lineNo": 4, "sku": "SOCK-1", "title": "Socks", "category": "apparel", "unitPrice": 500,
             "quantity": 3},
            {"lineNo": 5, "sku": "TEE-1", "title": "T-shirt", "category": "apparel", "unitPrice": 1500,
             "quantity": 3, "quantityReturned": 1}]}
]}
JSON
"$kioskctl" cache import "$tmp/orders.json" --cache "$tmp/cache.db" > "$tmp/import.txt" 2>&1 \
    || { cat "$tmp/import.txt" >&2; echo "FAIL: cache import" >&2; exit 1; }

common="--cache $tmp/cache.db --at 2026-11-20T15:00:00Z --tz America/Chicago --trust $config/demo/trusted-policy-keys.json"
tech="--order TECH-1 --policy $config/policies/electronics.policy.json $common"
style="--order STYLE-1 --policy $config/policies/apparel.policy.json $common"

# run NAME EXPECTED_STATUS ARGS...: runs kioskctl with ARGS, output in $tmp/NAME.out and .err.
run() {
    name=$1 expected=$2
    shift 2
    status=0
    # shellcheck disable=SC2086
    "$kioskctl" "$@" > "$tmp/$name.out" 2> "$tmp/$name.err" || status=$?
    [ "$status" -eq "$expected" ] || fail "$name: exit $status, expected $expected: $(cat "$tmp/$name.err")"
}
# has NAME out|err TEXT: that stream of the last run of NAME holds TEXT as a whole line.
has() {
    grep -qxF -- "$3" "$tmp/$1.$2" || fail "$1: no line '$3' in std$2:
$(cat "$tmp/$1.$2")"
}

# The restocking fee follows the return reason.
# shellcheck disable=SC2086
run defective 0 check $tech --select 1:1:defective
has defective out "  line 1 x1: eligible  eligible.within_window [window.standard]  reason defective  refund 400.00  fee 0.00  bonus 0.00  bin SECURE"
has defective out "  totals going back (USD): value 400.00  restocking fee 0.00  refund 400.00  bonus 0.00  store credit 400.00"
has defective out "  total 400.00 as refund (none chosen)"
has defective out "  staff not needed"
# shellcheck disable=SC2086
run changed_mind 0 check $tech --select 1:1:changed_mind --resolution refund
has changed_mind out "  line 1 x1: eligible  eligible.within_window [window.standard]  reason changed_mind  refund 340.00  fee 60.00  bonus 0.00  bin SECURE"
has changed_mind out "  totals going back (USD): value 400.00  restocking fee 60.00  refund 340.00  bonus 0.00  store credit 340.00"
has changed_mind out "  total 340.00 as refund"
has changed_mind out "  resolutions offered: refund, storeCredit"
# The policy's default reason (changed_mind) when none is given; both questions still open.
# shellcheck disable=SC2086
run default_reason 0 check $tech --select 1
has default_reason out "  line 1 x1: eligible  eligible.within_window [window.standard]  reason changed_mind  refund 340.00  fee 60.00  bonus 0.00  bin SECURE"
has default_reason out "    not answered: question.unopened, question.all_accessories"

# Keep it: a cheap beauty item does not go in the chute; store credit adds the 10% bonus.
# shellcheck disable=SC2086
run keep_it 0 check $style --select 3 --resolution credit
has keep_it out "  line 3 x1: eligible  eligible.keep_it [keepit.cheap_beauty]  reason changed_mind  refund 8.00  fee 0.00  bonus 0.80  keep it"
has keep_it out "  total 8.80 as storeCredit"

# The value limit counts only what is selected.
# shellcheck disable=SC2086
run scarf_only 0 check $style --select 2
has scarf_only out "  line 2 x1: eligible  eligible.within_window [window.standard]  reason changed_mind  refund 20.00  fee 0.00  bonus 2.00  bin SOFT"
has scarf_only out "  staff not needed"
# shellcheck disable=SC2086
run coat_and_scarf 0 check $style --select 1 --select 2
has coat_and_scarf out "  line 1 x1: needsStaff  limit.value_needs_staff [limits.customer]  reason changed_mind  refund 600.00  fee 0.00  bonus 60.00  bin SOFT"
has coat_and_scarf out "  line 2 x1: needsStaff  limit.value_needs_staff [limits.customer]  reason changed_mind  refund 20.00  fee 0.00  bonus 2.00  bin SOFT"
has coat_and_scarf out "  resolutions offered: none"
has coat_and_scarf out '  staff needed: line 1 limit.value_needs_staff {"limit":50000}'
# shellcheck disable=SC2086
run coat_and_scarf_json 0 check $style --select 1 --select 2 --json
python3 - "$tmp/coat_and_scarf_json.out" <<'PY' || fail "coat_and_scarf_json: $(cat "$tmp/coat_and_scarf_json.out")"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["needsStaff"] is True and d["orderId"] == "STYLE-1" and d["policyVersion"] == 5, d
assert [l["reasonCode"] for l in d["lines"]] == ["limit.value_needs_staff"] * 2, d
assert d["at"] == "2026-11-20T15:00:00Z" and d["timeZone"] == "America/Chicago", d
assert "problem" not in d, d
PY

# Units: 2 of 3 pairs; the third of three shirts is already returned.
# shellcheck disable=SC2086
run two_of_three 0 check $style --select 4:2:wrong_size --json
python3 - "$tmp/two_of_three.out" <<'PY' || fail "two_of_three: $(cat "$tmp/two_of_three.out")"
import json, sys
d = json.load(open(sys.argv[1]))
line, = d["lines"]
assert line["lineNo"] == 4 and line["quantity"] == 2 and line["decision"] == "eligible", line
assert line["returnReason"] == "wrong_size" and line["refund"] == 1000 and line["bonus"] == 100, line
assert d["totals"]["refund"] == 1000 and d["totals"]["storeCredit"] == 1100 and d["unitsToDrop"] == 2, d
PY
# shellcheck disable=SC2086
run all_three 0 check $style --select 4:3
has all_three out "  line 4 x3: eligible  eligible.within_window [window.standard]  reason changed_mind  refund 15.00  fee 0.00  bonus 1.50  bin SOFT"

# Answers go to the selected lines the policy asks them of (the scarf, not the lip balm).
# shellcheck disable=SC2086
run answered 0 check $style --select 2 --select 3 --answer question.tags_attached=yes
grep -q "not answered" "$tmp/answered.out" && fail "answered: tags_attached still open: $(cat "$tmp/answered.out")"
# shellcheck disable=SC2086
run answered_no 0 check $style --select 2 --answer question.tags_attached=no
has answered_no out "  line 2 x1: needsStaff  condition.failed [question.tags_attached]  reason changed_mind  refund 0.00  fee 0.00  bonus 0.00"
has answered_no out '  staff needed: line 2 condition.failed {"question":"question.tags_attached"}'

# Usage errors: exit 2, nothing on stdout.
usage() {
    name=$1 message=$2
    shift 2
    run "$name" 2 "$@"
    has "$name" err "$message"
    [ -s "$tmp/$name.out" ] && fail "$name printed on stdout: $(cat "$tmp/$name.out")"
    true
}
# shellcheck disable=SC2086
{
usage select_nan "kioskctl: --select 'x': LINE must be an order line number" check $style --select x
usage select_qty0 "kioskctl: --select '2:0': QTY must be a whole number of at least 1" check $style --select 2:0
usage select_qtyneg "kioskctl: --select '2:-1': QTY must be a whole number of at least 1" check $style --select 2:-1
usage select_qtynan "kioskctl: --select '2:two': QTY must be a whole number of at least 1" check $style --select 2:two
usage select_noreason "kioskctl: --select '2:1:': REASON is empty (leave it out for the policy's default)" \
    check $style --select 2:1:
usage select_parts "kioskctl: --select '2:1:defective:x': expected LINE[:QTY[:REASON]]" \
    check $style --select 2:1:defective:x
usage answer_noeq "kioskctl: --answer 'question.tags_attached': expected KEY=yes|no, e.g. question.unopened=yes" \
    check $style --select 2 --answer question.tags_attached
usage answer_maybe "kioskctl: --answer 'question.tags_attached=maybe': expected KEY=yes|no, e.g. question.unopened=yes" \
    check $style --select 2 --answer question.tags_attached=maybe
usage answer_twice "kioskctl: --answer question.tags_attached is given twice" \
    check $style --select 2 --answer question.tags_attached=yes --answer question.tags_attached=no
usage resolution_cash "kioskctl: unknown --resolution 'cash': refund, credit or exchange" \
    check $style --select 2 --resolution cash
usage answer_alone "kioskctl: --answer and --resolution need --select" check $style --answer question.tags_attached=yes
usage select_and_line "kioskctl: --select replaces --line and --reason: give LINE:QTY:REASON" \
    check $style --select 2 --line 2
}

# Selections the offer refuses: exit 1 with its problem code and detail.
refused() {
    name=$1 message=$2
    shift 2
    run "$name" 1 "$@"
    has "$name" err "$message"
}
# shellcheck disable=SC2086
{
refused unknown_line "kioskctl: unknown-line: line 9 is not in order STYLE-1" check $style --select 9
refused duplicate_line "kioskctl: duplicate-line: line 2 is selected twice" check $style --select 2 --select 2:1
refused qty_exceeds "kioskctl: quantity-exceeds: line 4 has 3 unit(s) left to return, 4 selected" \
    check $style --select 4:4
refused qty_returned "kioskctl: quantity-exceeds: line 5 has 2 unit(s) left to return, 3 selected" \
    check $style --select 5:3
refused unknown_reason "kioskctl: unknown-reason: line 2: reason 'bored' is not in policy northwind-apparel" \
    check $style --select 2:1:bored
refused unasked "kioskctl: unasked-answer: line 3: question 'question.tags_attached' is not asked for it" \
    check $style --select 3 --answer question.tags_attached=yes
refused not_offered \
    "kioskctl: resolution-not-allowed: exchange is not offered for this selection (offered: refund, storeCredit)" \
    check $style --select 3 --resolution exchange
refused unknown_order "kioskctl: order NOPE-1 is not in $tmp/cache.db" \
    check --order NOPE-1 --policy "$config/policies/apparel.policy.json" $common --select 1
}
# With --json a refused selection still prints the offer with its problem.
# shellcheck disable=SC2086
run refused_json 1 check $style --select 4:4 --json
has refused_json err "kioskctl: quantity-exceeds: line 4 has 3 unit(s) left to return, 4 selected"
python3 - "$tmp/refused_json.out" <<'PY' || fail "refused_json: $(cat "$tmp/refused_json.out")"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["problem"] == {"code": "quantity-exceeds", "line": 4,
                        "detail": "line 4 has 3 unit(s) left to return, 4 selected"}, d
assert "lines" not in d and d["timeZone"] == "America/Chicago", d
PY

# Without --select the output is what it always was: each line on its own terms.
# shellcheck disable=SC2086
run legacy 0 check $tech
has legacy out "order TECH-1 under contoso-electronics v7 at 2026-11-20T09:00:00-06:00"
has legacy out "  line 1 x1: eligible  eligible.within_window [window.standard]  refund 340.00  bin SECURE"
[ "$(wc -l < "$tmp/legacy.out")" -eq 2 ] || fail "legacy: $(cat "$tmp/legacy.out")"

[ "$failures" -eq 0 ] || { echo "kioskctl offer: $failures failure(s)" >&2; exit 1; }
echo "kioskctl offer: ok"
