#!/usr/bin/env bash
# Pages benchmark: requests per second and latency for a transcript page, a month page and a search
# page of the site, and for nginx serving the same transcript page's bytes as a static file, with the
# same wrk settings in the same run. Also the web process's resident memory and start-up time.
# Usage: bench/pages.sh [paragraphs]   (default: 1000000)
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl nginx:nginx-light
n="${1:-1000000}"

machine
build_release
data="$(data_for "$n")"

NGINX_DIR="$WORK/nginx"
stop_all() {
    stop_web
    [[ -f "$NGINX_DIR/nginx.pid" ]] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
}
trap stop_all EXIT

echo "## web process ($n paragraphs)"
start_web "$data"
echo "resident memory after start (and one search): $(rss_mb "$WEB_PID")"

# The transcript page: the longest transcript's, so the page is a real worst case, not the seed.
transcript=$(grep -o '"url": "[^"]*"\|"paragraphs": [0-9]*' "$data/catalog.json" | paste - - | sort -t: -k3 -n | tail -1 | cut -d'"' -f4)
# The month page: the month with the most transcripts.
month=$(grep -o '"date": "[0-9]*-[0-9]*' "$data/catalog.json" | cut -d'"' -f4 | sort | uniq -c | sort -n | tail -1 | awk '{split($2, d, "-"); print "/" d[1] "/" d[2] " (" $1 " transcripts)"}')
month_path="${month%% *}"
search="/search?q=foreign+policy"
echo "transcript page: $transcript ($(curl -fs "http://127.0.0.1:$WEB_PORT$transcript" | wc -c) bytes)"
echo "month page:      $month"
echo "search page:     $search"

# nginx serves the very bytes of the transcript page.
mkdir -p "$NGINX_DIR/root"
curl -fs "http://127.0.0.1:$WEB_PORT$transcript" >"$NGINX_DIR/root/transcript.html"
cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http {
    access_log $NGINX_DIR/access.log;
    sendfile on;
    default_type text/html;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $NGINX_DIR/root;
    }
}
CONF
nginx -c "$NGINX_DIR/nginx.conf"

echo
echo "## pages under load: wrk $WRK_ARGS"
echo "| target | requests/s | p50 ms | p95 ms | p99 ms | requests | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
load "nginx, static copy of the transcript page" "http://127.0.0.1:$NGINX_PORT" paths /transcript.html
load "transcript page" "http://127.0.0.1:$WEB_PORT" paths "$transcript"
load "month page" "http://127.0.0.1:$WEB_PORT" paths "$month_path"
load "search page" "http://127.0.0.1:$WEB_PORT" paths "$search"
echo
echo "web process resident memory after the load: $(rss_mb "$WEB_PID")"
