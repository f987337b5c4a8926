#!/usr/bin/env bash
# Sitemap benchmark: at N paragraphs (default 1M), every file of /sitemap.xml with its number of URLs,
# its size (plain and gzipped) and the time to answer it (the first request and the median of five),
# and the web process's resident memory before and after. Sitemaps are written as they go, not cached.
# Usage: bench/sitemap.sh [paragraphs]   (WEB_PORT picks the port; default 18081)
source "$(dirname "$0")/lib.sh"
need curl:curl gzip:gzip
n="${1:-1000000}"

machine
build_release
data="$(data_for "$n")"
trap stop_web EXIT

echo "## sitemaps ($n paragraphs, $(grep -c '"url": ' "$data/catalog.json") transcripts)"
start_web "$data"
wait_ready
echo "resident memory after start: $(rss_mb "$WEB_PID")"
base="http://127.0.0.1:$WEB_PORT"

# time_ms URL: the time to the last byte of one request, in milliseconds.
time_ms() { curl -fs -o /dev/null -w '%{time_total}' "$1" | awk '{printf "%.1f", $1 * 1000}'; }
median5() {
    for _ in 1 2 3 4 5; do time_ms "$1"; echo; done | sort -n | sed -n 3p
}

echo "load before the requests: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
echo
echo "| file | URLs | bytes | gzip bytes | ms, first | ms, median of 5 |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
total=0
files=$(curl -fs "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g; s|^http://[^/]*||')
for path in /sitemap.xml $files; do
    first=$(time_ms "$base$path")
    curl -fs "$base$path" >"$WORK/sitemap-file.xml"
    urls=$(grep -o '<loc>' "$WORK/sitemap-file.xml" | wc -l)
    bytes=$(wc -c <"$WORK/sitemap-file.xml")
    gz=$(gzip -c "$WORK/sitemap-file.xml" | wc -c)
    [[ "$path" != /sitemap.xml ]] && total=$((total + urls))
    echo "| $path | $urls | $bytes | $gz | $first | $(median5 "$base$path") |"
done
echo
echo "URLs in all files: $total; largest file allowed: 50,000 URLs"
echo "resident memory after the sitemaps: $(rss_mb "$WEB_PID")"
