#!/bin/sh
# kioskctl cache import: NDJSON one order per line and the JSON document form, bad lines reported by line
# number with the orders around them kept, a half-written last line, a broken JSON document importing
# nothing, and the summary on stderr. Usage: kioskctl_import.sh KIOSKCTL KIOSK_DATAGEN
set -eu
kioskctl=$1
datagen=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
now=2026-11-20T15:00:00Z

# import FILE EXPECTED_STATUS: imports FILE into a fresh cache; stdout in $tmp/out, stderr in $tmp/err.
import() {
    rm -f "$tmp/cache.db" "$tmp/cache.db-wal" "$tmp/cache.db-shm"
    status=0
    "$kioskctl" cache import "$1" --cache "$tmp/cache.db" > "$tmp/out" 2> "$tmp/err" || status=$?
    [ "$status" -eq "$2" ] || fail "import $(basename "$1"): exit $status, expected $2: $(cat "$tmp/out" "$tmp/err")"
}
orders() { sqlite3 "$tmp/cache.db" 'SELECT count(*) FROM orders'; }
expect_line() { grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks '$2': $(cat "$1")"; }

"$datagen" --orders 40 --seed 5 --now $now --out "$tmp/orders.ndjson" 2> /dev/null
"$datagen" --orders 40 --seed 5 --now $now --out "$tmp/orders.json" 2> /dev/null
[ "$(wc -l < "$tmp/orders.ndjson")" -eq 41 ] || fail "datagen: the NDJSON file is not a header and 40 lines"
head -n 1 "$tmp/orders.ndjson" | grep -qx "{\"generatedAt\": \"$now\"}" || fail "datagen: no generatedAt line"

# Both forms import every order, refreshed at generatedAt; the summary goes to stderr, progress does not
# when stderr is no terminal.
for file in orders.ndjson orders.json; do
    import "$tmp/$file" 0
    expect_line "$tmp/out" "imported 40, rejected 0"
    [ "$(orders)" -eq 40 ] || fail "$file: $(orders) orders in the cache"
    [ "$(sqlite3 "$tmp/cache.db" "SELECT value FROM meta WHERE key = 'last_full_refresh'")" = 1795186800000 ] \
        || fail "$file: the refresh time is not generatedAt"
    [ "$(grep -c '^cache import:' "$tmp/err")" -eq 1 ] || fail "$file: more than the summary: $(cat "$tmp/err")"
    expect_line "$tmp/err" "cache import: 40 orders imported, 0 rejected in "
done

# A half-written last line: reported with its line number, the 39 orders before it kept; exit 3.
head -c -40 "$tmp/orders.ndjson" > "$tmp/cut.ndjson"
import "$tmp/cut.ndjson" 3
expect_line "$tmp/out" "imported 39, rejected 1"
expect_line "$tmp/out" "line 41: half-written last line (no newline at its end"
expect_line "$tmp/out" "the orders before it are kept"
[ "$(orders)" -eq 39 ] || fail "cut.ndjson: $(orders) orders kept"

# Bad lines in the middle: each named by its line, the rest imported. No header: line 1 is an order.
{
    sed -n 2,4p "$tmp/orders.ndjson"
    echo '{"id": "RK-BROKEN", "lines": [}'
    echo
    echo '[1, 2]'
    sed -n 5p "$tmp/orders.ndjson" | sed 's/"unitPrice":[0-9]*/"unitPrice":-1/'
    sed -n 6,7p "$tmp/orders.ndjson"
} > "$tmp/bad.ndjson"
import "$tmp/bad.ndjson" 3
expect_line "$tmp/out" "imported 5, rejected 3"
expect_line "$tmp/out" "line 4: invalid JSON at column"
expect_line "$tmp/out" "line 6: not a JSON object"
expect_line "$tmp/out" "line 7 RK-"
[ "$(orders)" -eq 5 ] || fail "bad.ndjson: $(orders) orders"

# A header that is not a time with an offset fails the file before anything is imported.
{ echo '{"generatedAt": "yesterday"}'; sed -n 2,3p "$tmp/orders.ndjson"; } > "$tmp/badtime.ndjson"
import "$tmp/badtime.ndjson" 1
expect_line "$tmp/err" "line 1: generatedAt is not an ISO 8601 time with offset"

# The JSON document form is checked whole first: cut short, it imports nothing.
head -c -100 "$tmp/orders.json" > "$tmp/cut.json"
import "$tmp/cut.json" 1
[ "$(orders)" -eq 0 ] || fail "cut.json: $(orders) orders imported from a broken document"

# On a terminal progress lines come about once a second; a small file is done before the first, so only
# the summary shows there too.
if command -v script > /dev/null; then
    script -qec "'$kioskctl' cache import '$tmp/orders.ndjson' --cache '$tmp/tty.db' > /dev/null" /dev/null \
        > "$tmp/tty" || fail "import on a terminal failed: $(cat "$tmp/tty")"
    expect_line "$tmp/tty" "cache import: 40 orders imported"
fi

[ "$failures" -eq 0 ] || { echo "kioskctl import: $failures failure(s)" >&2; exit 1; }
echo "kioskctl import: ok"
