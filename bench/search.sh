#!/usr/bin/env bash
# Search benchmark: p50, p95, p99 per query class, in process against SQLite FTS5 (bm25) on the same
# paragraphs, then over HTTP under load (/api/search, one wrk run per class rotating its queries).
# Usage: bench/search.sh [paragraphs]   (default: 1000000)
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl
n="${1:-1000000}"

machine
build_release
data="$(data_for "$n")"
trap stop_web EXIT

echo "## search in process ($n paragraphs)"
run dotnet "$SEARCH_BENCH" --data "$data" --queries "$BENCH/queries.tsv" --sqlite "$data.fts5.db" --rounds "${ROUNDS:-100}"
echo

echo "## search over HTTP under load ($n paragraphs): wrk $WRK_ARGS, /api/search, queries of one class rotating,"
echo "## each URL new (a parameter no page reads, which the output cache neither answers nor keeps), so every request is searched"
start_web "$data"
echo "| class | requests/s | p50 ms | p95 ms | p99 ms | requests | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for class in $(grep -v '^#' "$BENCH/queries.tsv" | cut -f1 | uniq); do
    load "$class" "http://127.0.0.1:$WEB_PORT" queries "$BENCH/queries.tsv" "$class" /api/search fresh
done
echo "web process resident memory after the load: $(rss_mb "$WEB_PID")"
