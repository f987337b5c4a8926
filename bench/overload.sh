#!/usr/bin/env bash
# Overload: 1,024 connections of heavy searches the output cache cannot answer, for 30 s (wrk, bench/overload.lua),
# while a probe on one connection fetches a cached year page and a cached transcript page in turn. Prints the
# probe's latency (goal: p99 at most 50 ms), the load's answers by status (goal: no 5xx; past capacity, 429),
# and the site's resident memory before and after.
# Usage: bench/overload.sh [content folder]   (default: ../shared/corpus/kremlin-en-html, imported once)
WEB_PORT="${WEB_PORT:-51800}"
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl
CONNECTIONS="${CONNECTIONS:-1024}"
DURATION="${DURATION:-30}"
content="${1:-$CORPUS/kremlin-en-html}"
# 1,024 connections need as many descriptors in wrk and in the site, and more.
(( $(ulimit -n) >= 4096 )) || ulimit -n 4096

machine
build_release
data="$WORK/overload-$(basename "$content")-$KEY"
if [[ ! -f "$data/manifest.json" ]]; then
    echo "importing $content into $data"
    # With --keep-going the importer exits 1 when it skipped a file (the corpus has two it cannot read) but still writes the rest.
    dotnet "$IMPORTER" "$content" "$data" --keep-going >"$WORK/overload-import.log" 2>&1 || [[ -f "$data/manifest.json" ]] || { tail "$WORK/overload-import.log"; exit 1; }
fi
trap stop_web EXIT

# The load comes through "a proxy" at 127.0.0.1 that names 4,096 clients, so the per-client limit keys on them
# (as behind nginx) and the search limiter is what sheds the load.
export Archive__Proxies__0=127.0.0.1
echo "## site over $data ($(grep -c '"id"' "$data/catalog.json") transcripts); limits as configured by default on $(nproc) cores"
start_web "$data"
web="http://127.0.0.1:$WEB_PORT"
year="/$(grep -m1 -o '"date": "[0-9]*' "$data/catalog.json" | cut -d'"' -f4)"
transcript=$(grep -o '"url": "[^"]*"' "$data/catalog.json" | sed -n 100p | cut -d'"' -f4)
for path in "$year" "$transcript"; do
    curl -fs -o /dev/null "$web$path"
    echo "probe page $path: $(curl -fs -o /dev/null -w '%{size_download} bytes' "$web$path"), answered from the output cache: $(curl -fs -D - -o /dev/null "$web$path" | grep -qi '^age:' && echo yes || echo no)"
done
echo "resident memory before the load: $(rss_mb "$WEB_PID")"
echo "idle probe: $(wrk -t1 -c1 -d5s -s "$BENCH/rotate.lua" "$web" -- paths "$year" "$transcript" | grep '^RESULT')"
echo
echo "## $CONNECTIONS connections of heavy searches for ${DURATION} s, and the probe on one connection for the $((DURATION - 2)) s within them"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$BENCH/overload.lua" "$web" >"$WORK/overload-load.out" 2>&1 &
load_pid=$!
sleep 1
wrk -t1 -c1 -d"$((DURATION - 2))s" --timeout 10s -s "$BENCH/rotate.lua" "$web" -- paths "$year" "$transcript" >"$WORK/overload-probe.out" 2>&1
wait "$load_pid"
echo "load:  $(grep '^LOAD' "$WORK/overload-load.out" || cat "$WORK/overload-load.out")"
echo "probe: $(grep '^RESULT' "$WORK/overload-probe.out" || cat "$WORK/overload-probe.out")"
echo "resident memory after the load: $(rss_mb "$WEB_PID")"
echo "5xx in the site's log: $(grep -c 'responded 5[0-9][0-9]' "$WORK/web.log" || true)"
