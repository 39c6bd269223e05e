#!/bin/sh
# kioskctl hardware over a fake /sys and /dev (a USB serial adapter, a USB printer, a Honeywell scanner,
# a GPIO chip): counter-v1 fits and is proposed, network-printer names its missing printer, an empty
# tree fits nothing (exit 10); provision --profile refuses a profile whose device is missing before it
# writes anything. Usage: kioskctl_hardware.sh KIOSKCTL HARDWARE_PROFILE_DIR
set -eu
kioskctl=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Only the shipped profiles, whatever /etc/returns-kiosk holds on this machine; network-printer's printer
# moved to a loopback port nothing listens on (a network may accept connections to any address).
mkdir -p "$tmp/share/hardware"
cp "$2"/*.json "$tmp/share/hardware/"
sed -i -e 's/192\.168\.10\.40/127.0.0.1/g' -e 's/"port": 9100/"port": 9/' "$tmp/share/hardware/network-printer.json"
export KIOSK_CONFIG_DIR="$tmp/share"

root=$tmp/root
sys=$root/sys
dev=$root/dev
usb=$sys/devices/pci0000:00/usb1
mkdir -p "$usb/1-1/1-1:1.0/ttyUSB0" "$usb/1-2/1-2:1.0" "$sys/class/tty/ttyUSB0" "$sys/class/usbmisc/lp0" \
    "$sys/devices/virtual/input/input3/id" "$sys/class/input/event3" "$sys/bus/gpio/devices/gpiochip0" \
    "$dev/usb" "$dev/input/by-id" "$root/empty/sys" "$root/empty/dev"
echo 0403 > "$usb/1-1/idVendor"; echo 6001 > "$usb/1-1/idProduct"; echo "FT232R USB UART" > "$usb/1-1/product"
ln -s "$usb/1-1/1-1:1.0/ttyUSB0" "$sys/class/tty/ttyUSB0/device"
echo 0416 > "$usb/1-2/idVendor"; echo 5011 > "$usb/1-2/idProduct"; echo "POS58 Printer" > "$usb/1-2/product"
ln -s "$usb/1-2/1-2:1.0" "$sys/class/usbmisc/lp0/device"
echo "Honeywell Imaging & Mobility 1900" > "$sys/devices/virtual/input/input3/name"
echo 0c2e > "$sys/devices/virtual/input/input3/id/vendor"; echo 0b61 > "$sys/devices/virtual/input/input3/id/product"
ln -s "$sys/devices/virtual/input/input3" "$sys/class/input/event3/device"
ln -s ../event3 "$dev/input/by-id/usb-Honeywell_Imaging___Mobility_1900-event-kbd"
echo pinctrl-bcm2711 > "$sys/bus/gpio/devices/gpiochip0/label"
touch "$dev/ttyUSB0" "$dev/usb/lp0" "$dev/input/event3" "$dev/gpiochip0"
roots="--sys-root $sys --dev-root $dev --data-dir $tmp/data"

status=0
"$kioskctl" hardware $roots > "$tmp/out" 2> "$tmp/err" || status=$?
[ "$status" -eq 0 ] || fail "hardware: exit $status: $(cat "$tmp/err")"
grep -q "^  serial $dev/ttyUSB0 FT232R USB UART \[0403:6001\]$" "$tmp/out" || fail "hardware: no serial port: $(cat "$tmp/out")"
grep -q "^  usb-printer $dev/usb/lp0 POS58 Printer \[0416:5011\]$" "$tmp/out" || fail "hardware: no printer"
grep -q "^  scanner .*Honeywell.*\[0c2e:0b61\]$" "$tmp/out" || fail "hardware: no scanner"
grep -q "^  gpio $dev/gpiochip0 pinctrl-bcm2711$" "$tmp/out" || fail "hardware: no GPIO chip"
grep -q "^  network-printer 127.0.0.1:9 127.0.0.1 (not answering)$" "$tmp/out" \
    || fail "hardware: the network-printer profile's printer was not probed"
grep -q "^\* counter-v1: fits, proposed " "$tmp/out" || fail "hardware: counter-v1 not proposed: $(cat "$tmp/out")"
grep -q "^  network-printer: missing receipt printer (network-printer \"127.0.0.1\")" "$tmp/out" \
    || fail "hardware: network-printer does not name its missing printer"
grep -q "^chosen: none$" "$tmp/out" || fail "hardware: a choice is reported where none was made"

"$kioskctl" hardware --json $roots > "$tmp/json" 2> "$tmp/err" || fail "hardware --json: exit $?"
python3 - "$tmp/json" <<'PY' || fail "hardware --json: $(cat "$tmp/json")"
import json, sys
report = json.load(open(sys.argv[1]))
assert report["proposed"] == "counter-v1", report["proposed"]
assert report["chosen"] is None
kinds = sorted(d["kind"] for d in report["found"])
assert kinds == ["gpio", "network-printer", "network-printer", "scanner", "serial", "usb-printer"], kinds
fits = {p["profile"]: p["fits"] for p in report["profiles"]}
assert fits == {"counter-v1": True, "network-printer": False}, fits
PY

status=0
"$kioskctl" hardware --sys-root "$root/empty/sys" --dev-root "$root/empty/dev" --data-dir "$tmp/data" \
    > "$tmp/out" 2> "$tmp/err" || status=$?
[ "$status" -eq 10 ] || fail "hardware on an empty tree: exit $status, expected 10"
grep -q "no hardware profile fits" "$tmp/err" || fail "hardware on an empty tree: $(cat "$tmp/err")"
grep -q "^  counter-v1: missing receipt printer (usb-printer)" "$tmp/out" || fail "empty tree: $(cat "$tmp/out")"

for args in "hardware extra" "hardware --frobnicate"; do
    status=0
    "$kioskctl" $args > /dev/null 2>&1 || status=$?
    [ "$status" -eq 2 ] || fail "kioskctl $args: exit $status, expected 2"
done

# provision checks the profile before it enrols: refused, nothing written.
enrol="--code ENROL-AAAA-BBBB-CCCC --backend https://127.0.0.1:9 --pin sha256//AAAA"
status=0
"$kioskctl" provision $enrol --profile network-printer $roots > "$tmp/out" 2> "$tmp/err" || status=$?
[ "$status" -eq 1 ] || fail "provision --profile network-printer: exit $status, expected 1"
grep -q "hardware profile refused: network-printer: missing receipt printer" "$tmp/err" \
    || fail "provision --profile network-printer: $(cat "$tmp/err")"
status=0
"$kioskctl" provision $enrol --profile auto --sys-root "$root/empty/sys" --dev-root "$root/empty/dev" \
    --data-dir "$tmp/data" > "$tmp/out" 2> "$tmp/err" || status=$?
[ "$status" -eq 1 ] || fail "provision --profile auto on an empty tree: exit $status, expected 1"
grep -q "no hardware profile fits the devices found: counter-v1: missing" "$tmp/err" || fail "auto: $(cat "$tmp/err")"
status=0
"$kioskctl" provision $enrol --profile no-such $roots > "$tmp/out" 2> "$tmp/err" || status=$?
grep -q "no hardware profile \"no-such\"" "$tmp/err" || fail "provision --profile no-such: $(cat "$tmp/err")"
[ ! -e "$tmp/data/hardware.json" ] && [ ! -e "$tmp/data/enrolment.json" ] && [ ! -e "$tmp/data/kiosk-key.pem" ] \
    || fail "a refused provision wrote to the data directory: $(ls "$tmp/data")"

[ "$failures" -eq 0 ] || { echo "kioskctl hardware: $failures failure(s)" >&2; exit 1; }
echo "kioskctl hardware: ok"
