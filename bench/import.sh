#!/usr/bin/env bash
# Import benchmark: wall time, paragraphs per second, peak memory, index and records size.
# Usage: bench/import.sh [paragraphs ...]   (default: 10000 100000 1000000)
source "$(dirname "$0")/lib.sh"
need /usr/bin/time:time bc:bc
sizes=("$@")
((${#sizes[@]})) || sizes=(10000 100000 1000000)

machine
build_release
echo "## import"
echo "(CPU s is user + system time: on a machine shared with other work it says more than the wall time)"
echo "| paragraphs | transcripts | wall s | CPU s | paragraphs/s | peak RSS MB | index MB | records MB | catalog MB |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
rows=()
for n in "${sizes[@]}"; do
    content="$(content_for "$n")"
    out="$WORK/import-out-$n"
    rm -rf "$out"
    sync
    echo "\$ /usr/bin/time -v dotnet Archive.Import.dll $content $out" >&2
    /usr/bin/time -v -o "$WORK/import-time-$n.txt" dotnet "$IMPORTER" "$content" "$out" >"$WORK/import-bench-$n.log" 2>&1 \
        || { tail "$WORK/import-bench-$n.log"; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2, t, ":"); s=0; for (i=1;i<=n;i++) s=s*60+t[i]; print s}' "$WORK/import-time-$n.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$WORK/import-time-$n.txt")
    rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$WORK/import-time-$n.txt")
    paragraphs=$(grep -o '"paragraphs": [0-9]*' "$out/manifest.json" | grep -o '[0-9]*$')
    transcripts=$(grep -o '"transcripts": [0-9]*' "$out/manifest.json" | grep -o '[0-9]*$')
    mb() { du -sm "$1" | cut -f1; }
    rows+=("$(printf '| %s | %s | %.1f | %.1f | %.0f | %s | %s | %s | %.1f |' "$paragraphs" "$transcripts" "$wall" "$cpu" \
        "$(echo "$paragraphs / $wall" | bc -l)" "$rss" "$(mb "$out/index")" "$(mb "$out/records.jsonl")" \
        "$(echo "$(stat -c %s "$out/catalog.json") / 1048576" | bc -l)")")
    echo "${rows[-1]}"
    rm -rf "$out"
done
echo
echo "goal: 1,000,000 paragraphs in at most 45 s with at most 1,024 MB peak memory"
