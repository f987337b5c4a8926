#!/usr/bin/env bash
# Replicas behind nginx: 1, then 2 copies of the site on loopback, on the same data folder, behind
# nginx (deploy/nginx-archive.conf without TLS); requests/s for searches and for pages with each;
# then, under load, a data update (a new import switched in: every replica notices it by itself) and
# a rolling restart (one replica at a time, SIGTERM, wait for /readyz), drained by nginx reloads and then
# without them (docs/deploy.md), counting failed requests.
# The machine has 2 cores shared with other work: figures are noisy, and a second replica can add
# throughput only where one process leaves a core idle.
# Usage: bench/replicas.sh        (SKIP_BUILD=1 to reuse the last Release build)
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl nginx:nginx-light
BASE_PORT="${REPLICAS_PORT:-51730}"   # nginx; replicas on BASE+1, BASE+2
R="$WORK/replicas"
# Throughput and failed requests, not load shedding (bench/overload.sh measures that): wrk is one client to the
# replicas (nginx's address), and its 16 connections of searches would otherwise meet the per-client limit and
# the search limiter's short queue, and count their 429s as errors.
export Archive__Limits__ClientBurst=0 Archive__Limits__SearchQueue=64
NGINX_DIR="$R/nginx"

machine
build_release
mkdir -p "$R" "$NGINX_DIR"
# The data: a kremlin corpus (REPLICAS_CORPUS, default kremlin-en-html; import A: every other file;
# B: all of them).
corpus="${REPLICAS_CORPUS:-kremlin-en-html}"
if [[ "$(cat "$R/content-b/.done" 2>/dev/null)" != "$corpus" ]]; then
    rm -rf "$R/content-a" "$R/content-b" && mkdir -p "$R/content-a/news" "$R/content-b"
    cp -r "$CORPUS/$corpus/news" "$R/content-b/"
    find "$R/content-b" -name '*.html' | sort | awk 'NR % 2' | xargs -I{} cp {} "$R/content-a/news/"
    echo "$corpus" >"$R/content-b/.done"
fi
data="$R/site"
dotnet "$IMPORTER" "$R/content-a" "$data" --keep-going --keep 1 >"$R/import.log" 2>&1 || true
echo "data: $(grep -o '"transcripts": [0-9]*\|"paragraphs": [0-9]*' "$data/manifest.json" | tr '\n' ' ')"

declare -A PIDS
start_replica() { # start_replica N
    local port=$((BASE_PORT + $1))
    (cd "$(dirname "$WEB_DLL")" && exec dotnet "$WEB_DLL" --data "$data" --urls "http://127.0.0.1:$port" >"$R/web-$1.log" 2>&1) &
    PIDS[$1]=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do
        kill -0 "${PIDS[$1]}" 2>/dev/null || { tail -20 "$R/web-$1.log"; exit 1; }
        sleep 0.05
    done
}
stop_replica() { # stop_replica N: SIGTERM, as systemd stops it; waits for the exit
    kill -TERM "${PIDS[$1]}" 2>/dev/null || true
    wait "${PIDS[$1]}" 2>/dev/null || true
}
nginx_for() { # nginx_for N [D]: nginx in front of replicas 1..N, replica D marked down (drained); reloaded if running
    local servers=""
    for ((i = 1; i <= $1; i++)); do
        servers+="        server 127.0.0.1:$((BASE_PORT + i)) max_fails=1 fail_timeout=2s$([[ "${2:-}" == "$i" ]] && echo " down" || true);"$'\n'
    done
    cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    upstream archive {
$servers        least_conn;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$BASE_PORT;
        location / {
            proxy_pass http://archive;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
            proxy_connect_timeout 2s;
        }
    }
}
CONF
    if [[ -f "$NGINX_DIR/nginx.pid" ]] && kill -0 "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null; then
        nginx -c "$NGINX_DIR/nginx.conf" -s reload
        sleep 1
    else
        nginx -c "$NGINX_DIR/nginx.conf"
    fi
}
cleanup() {
    for n in "${!PIDS[@]}"; do stop_replica "$n"; done
    [[ -f "$NGINX_DIR/nginx.pid" ]] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# Pages: every transcript of import A (from the output cache once rendered) and the year pages.
grep -o '"url": "[^"]*"' "$data/catalog.json" | cut -d'"' -f4 >"$R/pages.txt"
grep -o '"date": "[0-9]*' "$data/catalog.json" | cut -d'"' -f4 | sort -u | sed 's|^|/|' >>"$R/pages.txt"
site="http://127.0.0.1:$BASE_PORT"

echo
echo "## requests/s through nginx: wrk $WRK_ARGS (searches: queries.tsv's common words, each made new, so never from the cache)"
echo "| replicas | target | requests/s | p50 ms | p95 ms | p99 ms | requests | errors |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in 1 2; do
    start_replica "$n"
    nginx_for "$n"
    load "search, common words" "$site" queries "$BENCH/queries.tsv" common-word /search fresh | sed "s/^|/| $n |/"
    load "transcript and year pages" "$site" file "$R/pages.txt" | sed "s/^|/| $n |/"
done

echo
echo "## a data update under load: 2 replicas, wrk -t2 -c16 over pages and searches, from 5 s before the import of B until 5 s after both replicas switched"
awk 'NR % 3 == 0' "$R/pages.txt" >"$R/mixed.txt"
grep -v '^#' "$BENCH/queries.tsv" | awk -F'\t' '$3 == "" {gsub(/ /, "+", $2); gsub(/"/, "%22", $2); print "/search?q=" $2}' >>"$R/mixed.txt"
before=$(curl -fs "http://127.0.0.1:$((BASE_PORT + 1))/healthz" | sed -n 2p | cut -d: -f1)
wrk -t2 -c16 -d600s --timeout 10s -s "$BENCH/rotate.lua" "$site" -- file "$R/mixed.txt" >"$R/wrk-update.out" 2>&1 &
wrk_pid=$!
sleep 5
dotnet "$IMPORTER" "$R/content-b" "$data" --keep-going --keep 1 >>"$R/import.log" 2>&1 || true
for n in 1 2; do
    until [[ "$(curl -fs "http://127.0.0.1:$((BASE_PORT + n))/healthz" | sed -n 2p | cut -d: -f1)" != "$before" ]]; do sleep 0.2; done
done
echo "before: $before; after, on each replica: $(for n in 1 2; do curl -fs "http://127.0.0.1:$((BASE_PORT + n))/healthz" | sed -n 2p; done | tr '\n' ' ')"
sleep 5
kill -INT "$wrk_pid"   # wrk stops and prints its summary
wait "$wrk_pid" || true
grep -E 'requests in|Non-2xx|Socket errors|RESULT' "$R/wrk-update.out"

echo
echo "## a rolling restart under load (a new build), the old way: wrk -t2 -c16, from 3 s before until 3 s after; each replica"
echo "## in turn drained (marked down in nginx, reload), stopped (SIGTERM: requests in flight finish), started, ready, put back"
wrk -t2 -c16 -d600s --timeout 10s -s "$BENCH/rotate.lua" "$site" -- file "$R/mixed.txt" >"$R/wrk-restart.out" 2>&1 &
wrk_pid=$!
sleep 3
for n in 1 2; do
    nginx_for 2 "$n"
    t0=$(date +%s%N)
    stop_replica "$n"
    t1=$(date +%s%N)
    start_replica "$n"
    nginx_for 2
    echo "replica $n: stopped in $(((t1 - t0) / 1000000)) ms, ready again in $((($(date +%s%N) - t1) / 1000000)) ms"
done
sleep 3
kill -INT "$wrk_pid"
wait "$wrk_pid" || true
grep -E 'requests in|Non-2xx|Socket errors|RESULT' "$R/wrk-restart.out"

echo
echo "## a rolling restart under load without reloading nginx (docs/deploy.md): wrk -t2 -c16, from 3 s before until 3 s after;"
echo "## each replica in turn stopped (SIGTERM), started and ready; meanwhile nginx retries its refused connections on the other"
echo "## (proxy_next_upstream error) and leaves it out for fail_timeout (2 s); the next is stopped once that has passed"
: >"$NGINX_DIR/error.log"
wrk -t2 -c16 -d600s --timeout 10s -s "$BENCH/rotate.lua" "$site" -- file "$R/mixed.txt" >"$R/wrk-restart2.out" 2>&1 &
wrk_pid=$!
sleep 3
for n in 1 2; do
    t0=$(date +%s%N)
    stop_replica "$n"
    t1=$(date +%s%N)
    start_replica "$n"
    echo "replica $n: stopped in $(((t1 - t0) / 1000000)) ms, ready again in $((($(date +%s%N) - t1) / 1000000)) ms"
    sleep 3   # nginx's fail_timeout, so that it has taken the replica back before the other stops
done
kill -INT "$wrk_pid"
wait "$wrk_pid" || true
grep -E 'requests in|Non-2xx|Socket errors|RESULT' "$R/wrk-restart2.out"
echo "nginx's error log meanwhile: $(grep -c 'no live upstreams' "$NGINX_DIR/error.log" || true) times no live replica, $(grep -c 'connect() failed' "$NGINX_DIR/error.log" || true) refused connections (retried on the other)"
