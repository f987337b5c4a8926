#!/usr/bin/env bash
# Overload: 1,024 connections of heavy searches the output cache cannot answer, for 30 s (wrk, bench/overload.lua),
# while a probe on one connection fetches a cached year page and a cached transcript page in turn. Prints the
# probe's latency (goal: p99 at most 50 ms), the load's answers by status (goal: no 5xx; past capacity, 429),
# the load average and the site's resident memory; first against the site alone, then behind nginx.
# Usage: bench/overload.sh [content folder]   (default: ../shared/corpus/kremlin-en-html, imported once)
WEB_PORT="${WEB_PORT:-51800}"
NGINX_PORT="${NGINX_PORT:-51801}"
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
wait_ready
web="http://127.0.0.1:$WEB_PORT"
year="/$(grep -m1 -o '"date": "[0-9]*' "$data/catalog.json" | cut -d'"' -f4)"
transcript=$(grep -o '"url": "[^"]*"' "$data/catalog.json" | sed -n 100p | cut -d'"' -f4)
for path in "$year" "$transcript"; do
    curl -fs -o /dev/null "$web$path"
    echo "probe page $path: $(curl -fs -o /dev/null -w '%{size_download} bytes' "$web$path"), answered from the output cache: $(curl -fs -D - -o /dev/null "$web$path" | grep -qi '^age:' && echo yes || echo no)"
done
echo "resident memory before the load: $(rss_mb "$WEB_PID")"

# overload URL: the load and the probe through URL; prints the load's answers, the probe's latency, the load average.
overload() {
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "idle probe: $(wrk -t1 -c1 -d5s -s "$BENCH/rotate.lua" "$1" -- paths "$year" "$transcript" | grep '^RESULT')"
    # The flood and the probe each in a session of their own, as an attacker's machine and a reader's are, and
    # as the site and nginx are: otherwise the probe's own client waits for the cores behind the flood's.
    setsid wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$BENCH/overload.lua" "$1" >"$WORK/overload-load.out" 2>&1 &
    local load_pid=$!
    sleep 1
    setsid wrk -t1 -c1 -d"$((DURATION - 2))s" --timeout 10s -s "$BENCH/rotate.lua" "$1" -- paths "$year" "$transcript" >"$WORK/overload-probe.out" 2>&1
    wait "$load_pid"
    echo "load:  $(grep '^LOAD' "$WORK/overload-load.out" || cat "$WORK/overload-load.out")"
    echo "probe: $(grep '^RESULT' "$WORK/overload-probe.out" || cat "$WORK/overload-probe.out")"
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); resident memory: $(rss_mb "$WEB_PID")"
}

echo
echo "## 1. the site alone: $CONNECTIONS connections of heavy searches for ${DURATION} s, and the probe on one connection for the $((DURATION - 2)) s within them"
overload "$web"

# 2. The same behind nginx with deploy/nginx-archive.conf's limits (TLS aside): searches past what the site takes
# on at once are refused by nginx itself, so the flood never reaches the site's threads. nginx is told the client
# by "a CDN" at 127.0.0.1 (set_real_ip_from), as the site is; the probe, without X-Forwarded-For, is 127.0.0.1.
need nginx:nginx-light
N="$WORK/overload-nginx"
mkdir -p "$N"
searches=$(( $(nproc) > 1 ? 2 * ($(nproc) - 1) : 2 ))   # the site's default Searches + SearchQueue
sed -e "s|@PORT@|$WEB_PORT|; s|@NGINX_PORT@|$NGINX_PORT|; s|@DIR@|$N|g; s|@SEARCHES@|$searches|" "$BENCH/overload-nginx.conf" >"$N/nginx.conf"
nginx -c "$N/nginx.conf"
trap 'stop_web; kill "$(cat "$N/nginx.pid")" 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$year"; do sleep 0.1; done
echo
echo "## 2. behind nginx (bench/overload-nginx.conf: deploy/nginx-archive.conf's limits, at most $searches searches passed on at once): the same load and probe"
overload "http://127.0.0.1:$NGINX_PORT"
# /readyz answers 503 until the site is ready (wait_ready polls it before the load): not the load's.
echo "5xx in the site's log: $(grep 'responded 5[0-9][0-9]' "$WORK/web.log" | grep -vc 'GET /readyz ' || true)"

# 3. The floor: the same nginx, but every search refused by nginx itself (429), none passed on to the site.
kill "$(cat "$N/nginx.pid")"
while [[ -f "$N/nginx.pid" ]]; do sleep 0.1; done
sed -e 's|^\( *\)limit_conn searches .*|\1return 429;|' "$N/nginx.conf" >"$N/nginx-floor.conf"
nginx -c "$N/nginx-floor.conf"
until curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT$year"; do sleep 0.1; done
[[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT/api/search?q=people")" == 429 ]] || { echo "the floor's nginx passed a search on"; exit 1; }
echo
echo "## 3. the floor: behind nginx refusing every search itself (the site does no search work), the same load and probe"
overload "http://127.0.0.1:$NGINX_PORT"
