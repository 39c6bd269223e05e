#!/usr/bin/env bash
# Reads the ELF files of built executables and fails naming each missing protection: PIE (type DYN), full
# RELRO (GNU_RELRO segment and BIND_NOW), stack protector (__stack_chk_fail) and FORTIFY_SOURCE. FORTIFY
# leaves a copy of unknown size alone, so an executable may have no *_chk call at all; it is missing when a
# printf-family function, which FORTIFY_SOURCE=2 always replaces, is imported plain, or when none of the
# executables has a *_chk function. Exits 77 (ctest: skipped) with the reason when the build is not a
# hardened one.
# usage: check-hardening.sh yes|"no: REASON" ELF...
set -euo pipefail
if [[ $1 != yes ]]; then
  echo "check-hardening: skipped, not a hardened build: ${1#no: }"
  exit 77
fi
shift
status=0
fortified=no
for elf in "$@"; do
  missing=()
  header=$(readelf -hW "$elf")
  segments=$(readelf -lW "$elf")
  dynamic=$(readelf -dW "$elf")
  symbols=$(readelf --dyn-syms -W "$elf")
  imports=$(awk '$7 == "UND" { sub(/@.*/, "", $8); print $8 }' <<<"$symbols")
  grep -qE '^ *Type: +DYN' <<<"$header" || missing+=("PIE (ELF type is not DYN)")
  grep -q 'GNU_RELRO' <<<"$segments" || missing+=("RELRO (no GNU_RELRO segment)")
  grep -qE '\(BIND_NOW\)|\(FLAGS(_1)?\) .*\bNOW\b' <<<"$dynamic" || missing+=("BIND_NOW (lazy binding)")
  grep -q ' __stack_chk_fail' <<<"$symbols" || missing+=("stack protector (no __stack_chk_fail)")
  grep -qE '^__[a-z0-9_]+_chk$' <<<"$(grep -vx __stack_chk_fail <<<"$imports")" && fortified=yes
  plain=$(grep -xE 'v?(f|d|s|sn)?printf' <<<"$imports" | tr '\n' ' ' || true)
  [[ -z $plain ]] || missing+=("FORTIFY_SOURCE (plain ${plain% } imported)")
  if ((${#missing[@]})); then
    for m in "${missing[@]}"; do echo "check-hardening: $(basename "$elf"): missing $m"; done
    status=1
  else
    echo "check-hardening: $(basename "$elf"): PIE, full RELRO, stack protector, no plain printf-family call"
  fi
done
if [[ $fortified != yes ]]; then
  echo "check-hardening: missing FORTIFY_SOURCE (no __*_chk function in any of $*)"
  status=1
fi
exit $status
