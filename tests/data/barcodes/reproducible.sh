#!/usr/bin/env bash
# Checks that generate.sh is byte-reproducible: generates its first round again (every kind and kind of
# frame, a third of the set) into a fresh folder and compares the sha256 of every file with the set the
# build generated earlier in REFERENCE_DIR. Prints each file that differs; exit 1 if any does.
# usage: reproducible.sh GENERATE_SH MINT_RETURN_TOKEN REFERENCE_DIR
set -euo pipefail
generate=$1
mint=$2
reference=$3
if [[ ! -d $reference ]]; then
  echo "reproducible.sh: no reference set at $reference (build the barcode-images target)" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$generate" "$tmp/again" "$mint" 1 >/dev/null
cd "$tmp/again"
find . -type f | LC_ALL=C sort >"$tmp/files"
count=$(wc -l <"$tmp/files")
if ((count < 100)); then
  echo "reproducible.sh: only $count files generated" >&2
  exit 1
fi
xargs -d '\n' sha256sum <"$tmp/files" >"$tmp/sums"
if ! (cd "$reference" && sha256sum --quiet --check "$tmp/sums"); then
  echo "reproducible.sh: generate.sh wrote different bytes than in $reference (files above)" >&2
  exit 1
fi
echo "reproducible.sh: $count files byte-identical to $reference"
