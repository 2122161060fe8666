#!/bin/sh
# Builds the libFuzzer targets (with AddressSanitizer) and runs each for SECONDS, both at once, on its seed corpus
# fuzz/corpus/<target>/. Inputs libFuzzer finds go to fuzz/.work/<target>/, crashes to fuzz/artifacts/, the logs to
# fuzz/.work/<target>.log. Exits 1 if a target crashed.
set -eu
seconds=${1:?usage: fuzz/run.sh SECONDS}
cd "$(dirname "$0")"
# SwiftPM renames an executable's main, so libFuzzer is entered through LLVMFuzzerRunDriver (FuzzSupport); gold
# fails on these binaries, lld links them. -enable-testing lets FuzzMatcher reach the scanner's internals.
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld
mkdir -p .work artifacts

# The matcher's dictionary: every keyword of the built-in rules, so that inputs reach PCRE2 and the validators.
grep -rh '^ *keywords:' ../patterns/rules \
    | sed 's/^ *keywords: *\[//; s/\] *$//' | tr ',' '\n' \
    | sed "s/^ *//; s/ *\$//; s/^'\(.*\)'\$/\1/; s/[\\\"]/\\\\&/g; s/.*/\"&\"/" | sort -u > .work/FuzzMatcher.dict
# The loader's: the pack's fields and kinds, and YAML's syntax.
{
    grep -o '"[a-z_]*"' ../Sources/DredgeKit/Matching/PatternPackLoader.swift
    printf '"%s"\n' rules: '- id: ' kind severity credential private_key file critical high medium low '(?<secret>' \
        '---' '&a' '*a' '!!str' '? ' '|' '>-' '[' ']' '{' '}' "'" '#' '\x0a  '
} | sort -u > .work/FuzzPackLoader.dict

pids=""
for target in FuzzPackLoader FuzzMatcher FuzzPackReader; do
    mkdir -p ".work/$target"
    LSAN_OPTIONS=suppressions=lsan.supp ".build/release/$target" -max_total_time="$seconds" -timeout=30 \
        -dict=".work/$target.dict" -artifact_prefix="artifacts/$target-" -print_final_stats=1 \
        ".work/$target" "corpus/$target" > ".work/$target.log" 2>&1 &
    pids="$pids $!"
done
status=0
for pid in $pids; do wait "$pid" || status=1; done
for target in FuzzPackLoader FuzzMatcher FuzzPackReader; do
    echo "== $target"
    grep 'cov:' ".work/$target.log" | tail -n 1
    grep -E '^(stat::|==[0-9]+==ERROR|SUMMARY)' ".work/$target.log" || tail -n 5 ".work/$target.log"
done
exit $status
