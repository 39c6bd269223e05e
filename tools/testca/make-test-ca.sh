#!/usr/bin/env bash
# Creates the throw-away test PKI the reference backend and the TLS tests use:
#   ca.pem/ca.key                  test root CA (the only thing test clients trust)
#   server.pem/server.key          signed by the CA, SAN DNS:localhost, IP:127.0.0.1
#   expired.pem/expired.key        signed by the CA, same SAN, validity ended in 2020
#   wronghost.pem/wronghost.key    signed by the CA, SAN DNS:wrong.example only
#   selfsigned.pem/selfsigned.key  not signed by the CA, SAN DNS:localhost, IP:127.0.0.1
#   client.pem/client.key          signed by the CA, CN kiosk-test, client authentication (mTLS)
# Usage: make-test-ca.sh OUTDIR. Idempotent: does nothing when OUTDIR already holds every file.
# Never use these keys for anything but tests.
set -euo pipefail

if (($# != 1)); then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi
out=$1
names=(ca server expired wronghost selfsigned client)

complete=1
for n in "${names[@]}"; do
  [[ -s "$out/$n.pem" && -s "$out/$n.key" ]] || complete=0
done
if ((complete)); then
  exit 0
fi

mkdir -p "$out"
work=$(mktemp -d "$out/.work.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

newkey() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key" 2>/dev/null; }

newkey ca
openssl req -x509 -new -key ca.key -out ca.pem -days 3650 -sha256 \
  -subj "/O=Returns Kiosk/CN=Returns Kiosk Test Root CA" \
  -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash"

cat >ca.cnf <<'CNF'
[ca]
default_ca = testca
[testca]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
default_days = 825
policy = anything
unique_subject = no
copy_extensions = none
[anything]
commonName = supplied
[localhost_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
authorityKeyIdentifier = keyid
[wronghost_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:wrong.example
authorityKeyIdentifier = keyid
[client_ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid
CNF
: >index.txt
openssl rand -hex 16 >serial

# sign NAME CN EXTENSIONS [extra openssl ca options...]
sign() {
  local name=$1 cn=$2 ext=$3
  shift 3
  newkey "$name"
  openssl req -new -key "$name.key" -out "$name.csr" -subj "/CN=$cn"
  openssl ca -batch -notext -config ca.cnf -cert ca.pem -keyfile ca.key \
    -extensions "$ext" -in "$name.csr" -out "$name.pem" "$@" 2>/dev/null
}
sign server localhost localhost_ext
sign wronghost wrong.example wronghost_ext
sign expired localhost localhost_ext -startdate 20200101000000Z -enddate 20200201000000Z
sign client kiosk-test client_ext

newkey selfsigned
openssl req -x509 -new -key selfsigned.key -out selfsigned.pem -days 825 -sha256 \
  -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost, IP:127.0.0.1" \
  -addext "extendedKeyUsage=serverAuth"

openssl verify -CAfile ca.pem server.pem wronghost.pem client.pem >/dev/null
chmod 600 ./*.key
# Keys and certificates move in before the CA so an interrupted run is never taken as complete.
for n in server expired wronghost selfsigned client ca; do
  mv -f "$n.key" "$out/$n.key"
  mv -f "$n.pem" "$out/$n.pem"
done
