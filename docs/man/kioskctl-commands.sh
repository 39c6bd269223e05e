#!/bin/sh
# Writes a help2man include file with a COMMANDS section: every kioskctl command's --help, as printed.
# Usage: kioskctl-commands.sh KIOSKCTL OUT
set -eu
kioskctl=$1
out=$2
{
    echo '[COMMANDS]'
    for command in check simulate policy cache status sync enrol provision hardware selftest returns reset decode; do
        echo ".SS kioskctl $command"
        echo '.nf'
        # roff: a backslash is written \e, and a line may not start with a control character.
        "$kioskctl" "$command" --help | sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"
        echo '.fi'
    done
} > "$out.tmp"
mv "$out.tmp" "$out"
