#!/bin/sh
# The man pages help2man generated at build time install under share/man/man1, one per shipped program,
# and kioskctl's carries every command's help and the exit codes. Usage: man_pages.sh BUILD_DIR
set -eu
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

cmake --install "$build" --component man --prefix "$tmp" > /dev/null
for program in returns-kiosk kioskctl reference-backend kiosk-datagen mint-return-token policy-sign \
    kiosk-conformance; do
    page=$(find "$tmp" -name "$program.1")
    [ -n "$page" ] || { fail "no $program.1 installed"; continue; }
    grep -q '^\.TH ' "$page" || fail "$program.1 has no title"
    grep -q '^\.SH DESCRIPTION' "$page" || fail "$program.1 has no description"
done
kioskctl=$(find "$tmp" -name kioskctl.1)
for command in check policy cache status sync enrol provision hardware selftest returns reset decode; do
    grep -q "^\.SS kioskctl $command" "$kioskctl" || fail "kioskctl.1 lacks the $command command"
done
grep -q "Exit status" "$kioskctl" || fail "kioskctl.1 does not document the exit codes"
grep -q "half.\{0,2\}written last line" "$kioskctl" || fail "kioskctl.1 lacks cache import's help"

[ "$failures" -eq 0 ] || { echo "man pages: $failures failure(s)" >&2; exit 1; }
echo "man pages: ok"
