#!/usr/bin/env bash
# Index-writing experiments: the product's IndexBuilder against copies of it with one change each
# (no ForceMerge, text_stem without positions, folding before analysis instead of a char filter,
# two writer threads, a 64 MB RAM buffer, and all four speed changes together). Prints wall and CPU time.
# Usage: bench/index-variants.sh [paragraphs]   (default: 100000; the records are held in memory)
source "$(dirname "$0")/lib.sh"
n="${1:-100000}"

machine
build_release
data="$(data_for "$n")"
echo "## index variants ($n paragraphs, records already in memory)"
echo "| variant | paragraphs | wall s | CPU s | index MB |"
echo "| --- | ---: | ---: | ---: | ---: |"
for v in product copy no-force-merge stem-without-positions folded-before-analysis two-threads ram-buffer-64 all-four; do
    dotnet "$ROOT/bench/Archive.Bench.Index/bin/Release/net10.0/Archive.Bench.Index.dll" "$data" "$v" "$WORK/index-variants"
done
