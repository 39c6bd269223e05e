#!/bin/sh
# Every program answers --help (usage on stdout, exit 0) and --version ("NAME VERSION" on stdout, exit 0),
# as kioskctl does (kioskctl_help.sh). Usage: programs_help.sh PROGRAM...
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for program in "$@"; do
    name=$(basename "$program")
    status=0
    "$program" --help > "$tmp/out" 2> "$tmp/err" < /dev/null || status=$?
    [ "$status" -eq 0 ] || fail "$name --help: exit $status ($(head -n 1 "$tmp/err"))"
    grep -q "^Usage: " "$tmp/out" || fail "$name --help: no 'Usage:' line on stdout"
    status=0
    "$program" --version > "$tmp/out" 2> "$tmp/err" < /dev/null || status=$?
    [ "$status" -eq 0 ] || fail "$name --version: exit $status ($(head -n 1 "$tmp/err"))"
    grep -q "^$name [0-9]" "$tmp/out" || fail "$name --version: '$(head -n 1 "$tmp/out")', expected '$name VERSION'"
done

[ "$failures" -eq 0 ] || { echo "programs --help/--version: $failures failure(s)" >&2; exit 1; }
echo "programs --help/--version: ok ($# programs)"
