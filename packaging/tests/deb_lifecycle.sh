#!/usr/bin/env bash
# The Debian packages' life on this machine (root only; it installs, upgrades, removes and purges
# returns-kiosk): build an older and the current version with CPack; install the older one with apt and
# record a return; upgrade (migrations run, nothing lost); check the layout, modes, Depends and that no
# source-tree path is in a binary; run the installed --self-test and kioskctl status; the start-up
# refusals (data directory mode, unreadable and missing config, full disk) in the service's words and
# status's; systemd-analyze verify on the units; cage headless running the installed app full-screen
# and a grim screenshot; remove (data kept); purge (data gone).
# Usage: deb_lifecycle.sh BUILD_DIR PACKAGING_TESTS_DIR. Exit 77 (skipped) when not root.
set -uo pipefail
build=$1
here=$2
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: packaging_deb installs the packages onto this machine; run it as root (as CI does)"
    exit 77
fi
export DEBIAN_FRONTEND=noninteractive
state=/var/lib/returns-kiosk
conf=/etc/returns-kiosk/kiosk.json
work=$(mktemp -d /tmp/kiosk-deb.XXXXXX)
chmod 0755 "$work"
cage_pid=
cleanup() {
    [ -n "$cage_pid" ] && kill "$cage_pid" 2>/dev/null
    mountpoint -q "$state" && umount "$state"
    dpkg --purge returns-kiosk returns-kiosk-reference-backend >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
step() { echo "== $*"; }
as_kiosk() { runuser -u returns-kiosk -- env QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$@"; }

step "building the packages (0.0.9 to upgrade from, and this build)"
dpkg --purge returns-kiosk returns-kiosk-reference-backend >/dev/null 2>&1
(cd "$build" && cpack -G DEB -D CPACK_PACKAGE_VERSION=0.0.9 -D CPACK_PACKAGE_DIRECTORY="$work/old" >"$work/cpack-old.log" 2>&1) \
    || { cat "$work/cpack-old.log"; fail "cpack (old)"; exit 1; }
(cd "$build" && cpack -G DEB -D CPACK_PACKAGE_DIRECTORY="$work/new" >"$work/cpack-new.log" 2>&1) \
    || { cat "$work/cpack-new.log"; fail "cpack"; exit 1; }
old=$(ls "$work"/old/returns-kiosk_*.deb)
new=$(ls "$work"/new/returns-kiosk_*.deb)
backend=$(ls "$work"/new/returns-kiosk-reference-backend_*.deb)
for deb in "$new" "$backend"; do
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "$(basename "$deb"): Depends: $depends"
    case "$depends" in *libqt6core6*libc6* | *libc6*libqt6core6*) ;; *) fail "$deb: Depends not from dpkg-shlibdeps" ;; esac
done

step "install 0.0.9 with apt, record a return"
apt-get install -y -qq "$old" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install $old"; exit 1; }
as_kiosk /usr/bin/kioskctl status >/dev/null 2>&1 # no journal yet: fine
as_kiosk /usr/bin/returns-kiosk --self-test >"$work/selftest-old.log" 2>&1 || { cat "$work/selftest-old.log"; fail "0.0.9 --self-test"; }
as_kiosk sqlite3 "$state/journal.db" "INSERT INTO returns (id, kiosk_id, order_id, created_at, resolution, currency,
    refund_total) VALUES ('r-upgrade-1', 'kiosk-demo-1', 'NW-1001', 1764900000000, 'refund', 'USD', 4200);
    INSERT INTO return_items (return_id, line_no, sku, quantity, reason, refund) VALUES ('r-upgrade-1', 1, 'SKU-1', 1,
    'too_small', 4200);
    INSERT INTO outbox (kind, ref_id, payload, created_at) VALUES ('return', 'r-upgrade-1', '{}', 1764900000000);" \
    || fail "populating the journal"
before=$(sqlite3 "$state/journal.db" "SELECT count(*) FROM returns; SELECT count(*) FROM outbox WHERE delivered_at IS NULL;" | tr '\n' ' ')
inode=$(stat -c %i "$state/journal.db")

step "upgrade to this build (dpkg -i)"
dpkg -i "$new" >"$work/upgrade.log" 2>&1 || { cat "$work/upgrade.log"; fail "dpkg -i $new (upgrade)"; exit 1; }
grep -q "journal.db: schema" "$work/upgrade.log" || { cat "$work/upgrade.log"; fail "postinst did not run kioskctl migrate"; }
after=$(sqlite3 "$state/journal.db" "SELECT count(*) FROM returns; SELECT count(*) FROM outbox WHERE delivered_at IS NULL;" | tr '\n' ' ')
[ "$before" = "$after" ] || fail "returns/pending before the upgrade '$before', after '$after'"
[ "$(stat -c %i "$state/journal.db")" = "$inode" ] || fail "the journal file was replaced by the upgrade"
dpkg -i "$backend" >>"$work/upgrade.log" 2>&1 || fail "dpkg -i $backend"

step "layout and permissions"
expect_mode() { # PATH OWNER:GROUP MODE
    local got
    got=$(stat -c '%U:%G %a' "$1" 2>/dev/null) || { fail "$1 missing"; return; }
    [ "$got" = "$2 $3" ] || fail "$1 is $got, expected $2 $3"
}
expect_mode /usr/bin/returns-kiosk root:root 755
expect_mode /usr/bin/kioskctl root:root 755
expect_mode /usr/libexec/returns-kiosk/reference-backend root:root 755
[ -x /usr/bin/returns-kiosk-reference-backend ] || fail "/usr/bin/returns-kiosk-reference-backend missing"
expect_mode "$state" returns-kiosk:returns-kiosk 700
expect_mode "$state/journal.db" returns-kiosk:returns-kiosk 600
expect_mode "$conf" root:returns-kiosk 640
for f in /usr/share/returns-kiosk/hardware/counter-v1.json /usr/share/returns-kiosk/kiosk.json \
    /usr/share/returns-kiosk/policies/apparel.policy.json /usr/share/returns-kiosk/demo/trusted-policy-keys.json \
    /lib/systemd/system/returns-kiosk.service /lib/systemd/system/returns-kiosk-reference-backend.service \
    /usr/lib/sysusers.d/returns-kiosk.conf /lib/udev/rules.d/60-returns-kiosk.rules \
    /usr/share/doc/returns-kiosk/operations.md; do
    [ -f "$f" ] || fail "$f not installed"
done
[ -z "$(find /usr/share/returns-kiosk -name '*.key')" ] || fail "a private key is installed"
grep -q '^/etc/returns-kiosk/kiosk.json$' /var/lib/dpkg/info/returns-kiosk.conffiles || fail "kiosk.json is not a conffile"
src=$(cd "$here/../.." && pwd)
for bin in /usr/bin/returns-kiosk /usr/bin/kioskctl /usr/libexec/returns-kiosk/reference-backend; do
    grep -qaF -e "$src" -e "$build" "$bin" && fail "$bin contains a source or build tree path"
done

step "the installed --self-test and kioskctl status"
as_kiosk /usr/bin/returns-kiosk --self-test >"$work/selftest.log" 2>&1 || { cat "$work/selftest.log"; fail "--self-test"; }
/usr/bin/kioskctl status >"$work/status.log" 2>&1 || { cat "$work/status.log"; fail "kioskctl status: exit $?"; }
grep -q "returns recorded:  1" "$work/status.log" || { cat "$work/status.log"; fail "status does not show the recorded return"; }

step "start-up refusals, in the service's words and kioskctl status's"
refused() { # WHAT EXPECTED_WORDS: the app exits 1 saying them, status exits 8 saying them
    local out
    out=$(as_kiosk /usr/bin/returns-kiosk 2>&1) && fail "$1: the app started"
    grep -qF "$2" <<<"$out" || fail "$1: the app said '$out', expected '$2'"
    echo "  app: $(grep -F "$2" <<<"$out" | head -n 1)"
    out=$(/usr/bin/kioskctl status 2>&1)
    local code=$?
    [ "$code" = 8 ] || fail "$1: kioskctl status exit $code, expected 8"
    grep -qF "$2" <<<"$out" || fail "$1: status said '$out', expected '$2'"
}
chmod 0755 "$state"
refused "data dir mode" "it must be owned by returns-kiosk with mode 0700"
chmod 0700 "$state"
chown root "$state"
refused "data dir owner" "is owned by root with mode 0700"
chown returns-kiosk "$state"
chmod 0600 "$conf"; chgrp root "$conf"
refused "unreadable config" "cannot be read by returns-kiosk: run 'chown root:returns-kiosk"
chmod 0644 "$conf"; chgrp returns-kiosk "$conf"
refused "config readable by anyone" "others can read or change it; it must be mode 0640 owned by root and group returns-kiosk"
chmod 0660 "$conf"
refused "config writable by the group" "run 'chown root:returns-kiosk $conf && chmod 0640 $conf'"
chmod 0640 "$conf"
mv "$conf" "$work/kiosk.json.saved"
refused "missing config" "the kiosk config /etc/returns-kiosk/kiosk.json is missing"
mv "$work/kiosk.json.saved" "$conf"
cp -a "$state" "$work/state.saved"
if mount -t tmpfs -o size=2M,mode=0700,uid=returns-kiosk,gid=returns-kiosk tmpfs "$state" 2>/dev/null; then
    head -c 2M /dev/zero >"$state/filler" 2>/dev/null
    refused "full disk" "the disk is full"
    umount "$state"
else
    echo "  (full disk not tried: cannot mount a tmpfs here)"
fi
diff -r "$work/state.saved" "$state" >/dev/null || fail "the refusals changed the data directory"

step "systemd-analyze verify"
systemd-analyze verify /lib/systemd/system/returns-kiosk.service \
    /lib/systemd/system/returns-kiosk-reference-backend.service >"$work/verify.log" 2>&1 \
    || { cat "$work/verify.log"; fail "systemd-analyze verify"; }

step "cage (headless) runs the installed app; grim takes the screenshot"
runtime="$work/runtime"
install -d -m 0700 -o returns-kiosk -g returns-kiosk "$runtime"
shot="${KIOSK_SCREENSHOT:-$build/packaging/cage-attract.png}"
runuser -u returns-kiosk -- env -i PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$runtime" WLR_BACKENDS=headless \
    WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland \
    cage -d -- /usr/bin/returns-kiosk --fullscreen >"$work/cage.log" 2>&1 &
cage_pid=$!
shot_ok=
for _ in $(seq 1 60); do
    sleep 0.5
    if [ -S "$runtime/wayland-0" ] && runuser -u returns-kiosk -- env XDG_RUNTIME_DIR="$runtime" \
        WAYLAND_DISPLAY=wayland-0 grim "$runtime/shot.png" 2>/dev/null; then
        # the attract screen has painted once the kiosk's background shows below the white header
        corner=$(convert "$runtime/shot.png" -format '%[hex:p{2,200}]' info: 2>/dev/null)
        if [ "${corner:0:6}" = F4F5F7 ]; then shot_ok=1; break; fi
    fi
done
cp "$runtime/shot.png" "$shot" 2>/dev/null
if [ -z "$shot_ok" ]; then
    tail -n 5 "$work/cage.log"
    fail "no attract screen under headless cage within 30 s (last screenshot: $shot)"
else
    size=$(identify -format '%wx%h' "$shot")
    bottom=$(convert "$shot" -format "%[hex:p{2,$(($(identify -format '%h' "$shot") - 3))}]" info:)
    echo "  screenshot $shot: $size, background ${corner:0:6} at y=200 / ${bottom:0:6} at the bottom"
    # the window fills the screen: its white footer (the accessibility button's band) is at the bottom
    [ "${bottom:0:6}" = FFFFFF ] || fail "the bottom of the screen is not the kiosk's footer (${bottom:0:6})"
fi
kill "$cage_pid" 2>/dev/null; wait "$cage_pid" 2>/dev/null; cage_pid=

step "remove: data kept"
dpkg -r returns-kiosk >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "dpkg -r"; }
[ -e /usr/bin/returns-kiosk ] && fail "/usr/bin/returns-kiosk left after remove"
after=$(sqlite3 "$state/journal.db" "SELECT count(*) FROM returns; SELECT count(*) FROM outbox WHERE delivered_at IS NULL;" | tr '\n' ' ')
[ "$before" = "$after" ] || fail "remove lost data: '$before' before, '$after' after"
expect_mode "$state" returns-kiosk:returns-kiosk 700

step "purge: data gone"
dpkg --purge returns-kiosk returns-kiosk-reference-backend >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "dpkg --purge"; }
[ -e "$state" ] && fail "$state left after purge"
[ -e "$conf" ] && fail "$conf left after purge"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "packaging_deb: all checks passed"
