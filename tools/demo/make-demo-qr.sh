#!/usr/bin/env bash
# Makes the demo's return QR: a return code for order RK-100003 (line 2) signed with the demo token key
# (kiosk-config/demo/keys, demo only), as a phone would show it, framed like a 1280x720 camera image.
set -euo pipefail
out=$1
mint=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
key=$(base64 -d <"$root/kiosk-config/demo/keys/demo-return-token-2026.key" | od -An -tx1 | tr -d ' \n')
token=$("$mint" --key "$key" --retailer northwind --key-id demo-return-token-2026 --token-id DEMO100003 \
  --order RK-100003 --expires 2030-01-01T00:00:00Z --line 2:1)
tmp=$(mktemp --suffix=.png)
trap 'rm -f "$tmp"' EXIT
qrencode -s 8 -m 4 -o "$tmp" "https://returns.example.com/r/$token"
convert "$tmp" -background '#6b6f75' -gravity center -extent 1280x720 "$out"
