#!/usr/bin/env bash
# Makes an enrolment sheet's QR as the kiosk's camera sees it (1280x720): `RKENROL1:` and the base64url of
# {"v":1,"url":...,"code":...,"pin":...,"retailer":...} (docs/codes.md, "Enrolment QR"), the pin being the
# SHA-256 of the backend certificate's public key, as libcurl pins it.
# Usage: make-enrolment-qr.sh BACKEND_URL ENROL-CODE SERVER_CERT.pem RETAILER OUT.png
set -euo pipefail
[[ $# -eq 5 ]] || { echo "usage: $0 BACKEND_URL ENROL-CODE SERVER_CERT.pem RETAILER OUT.png" >&2; exit 2; }
url=$1 code=$2 cert=$3 retailer=$4 out=$5
pin="sha256//$(openssl x509 -pubkey -noout -in "$cert" | openssl pkey -pubin -outform der |
  openssl dgst -sha256 -binary | base64)"
payload=$(python3 -c 'import base64, json, sys
doc = {"v": 1, "url": sys.argv[1], "code": sys.argv[2], "pin": sys.argv[3], "retailer": sys.argv[4]}
print(base64.urlsafe_b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("="))' \
  "$url" "$code" "$pin" "$retailer")
tmp=$(mktemp --suffix=.png)
trap 'rm -f "$tmp"' EXIT
qrencode -s 6 -m 4 -o "$tmp" "RKENROL1:$payload"
convert "$tmp" -background '#6b6f75' -gravity center -extent 1280x720 "$out"
