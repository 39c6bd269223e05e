#!/bin/sh
# kioskctl --help, help and --version print to stdout and exit 0 on every command and at the top level;
# unknown commands and options still exit 2 with a message on stderr. Usage: kioskctl_help.sh KIOSKCTL
set -eu
kioskctl=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# expect STATUS FIRST_LINE_PREFIX ARGS...: exit status, and the first line of stdout (0) or stderr (else).
expect() {
    expected=$1 prefix=$2
    shift 2
    status=0
    "$kioskctl" "$@" > "$tmp/out" 2> "$tmp/err" || status=$?
    [ "$status" -eq "$expected" ] || fail "kioskctl $*: exit $status, expected $expected"
    if [ "$expected" -eq 0 ]; then
        [ -s "$tmp/err" ] && fail "kioskctl $*: stderr: $(cat "$tmp/err")"
        stream="$tmp/out"
    else
        [ -s "$tmp/out" ] && fail "kioskctl $*: stdout: $(cat "$tmp/out")"
        stream="$tmp/err"
    fi
    case "$(head -n 1 "$stream")" in
    "$prefix"*) ;;
    *) fail "kioskctl $*: first line '$(head -n 1 "$stream")', expected '$prefix...'" ;;
    esac
}

for args in --help -h help; do
    expect 0 "Usage: kioskctl <command> [options]" $args
    for command in check simulate policy cache status migrate sync enrol provision hardware selftest returns reset decode; do
        grep -q "^  $command  " "$tmp/out" || fail "kioskctl $args does not list $command"
    done
done
expect 0 "kioskctl 0." --version
expect 0 "Usage: kioskctl <command> [options]" --help
for code in "0  done" "1  failed" "2  usage error" "3  partial" "9  refused" "10 selftest"; do
    grep -q "^  $code" "$tmp/out" || fail "kioskctl --help does not explain exit $code"
done

for command in check simulate policy cache status migrate sync enrol provision hardware selftest returns reset decode; do
    expect 0 "Usage: kioskctl $command " $command --help
    expect 0 "Usage: kioskctl $command " $command -h
    expect 0 "Usage: kioskctl $command " help $command
done
# Help wins over everything else on the line, even what would be an error or would start work.
expect 0 "Usage: kioskctl check " check --order X --select x --help
expect 0 "Usage: kioskctl sync " sync --help
grep -q -- "--once" "$tmp/out" || fail "sync --help does not list --once"
expect 0 "Usage: kioskctl check " check --help
for option in --select --answer --resolution --json; do
    grep -q -- "$option" "$tmp/out" || fail "check --help does not mention $option"
done
grep -q "unasked-answer" "$tmp/out" || fail "check --help does not explain unasked answers"

expect 2 "usage: kioskctl <check|simulate|policy|cache|status|migrate|sync|enrol|provision|hardware|selftest|returns|reset|decode> [options]"
expect 2 "usage: kioskctl <check|simulate|policy|cache|status|migrate|sync|enrol|provision|hardware|selftest|returns|reset|decode> [options]" frobnicate
expect 2 "usage: kioskctl <check|simulate|policy|cache|status|migrate|sync|enrol|provision|hardware|selftest|returns|reset|decode> [options]" help frobnicate
expect 2 "usage: kioskctl <check|simulate|policy|cache|status|migrate|sync|enrol|provision|hardware|selftest|returns|reset|decode> [options]" --frobnicate
expect 2 "Unknown option 'frobnicate'." status --frobnicate
expect 2 "usage: kioskctl check " check --frobnicate

[ "$failures" -eq 0 ] || { echo "kioskctl help: $failures failure(s)" >&2; exit 1; }
echo "kioskctl help: ok"
