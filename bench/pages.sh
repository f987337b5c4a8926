#!/usr/bin/env bash
# Pages benchmark: requests per second and latency for a transcript page, a month page and a search
# page of the site, and for nginx serving the same transcript page's bytes as a static file, with the
# same wrk settings in the same run. Also the web process's resident memory and start-up time.
# Then the same transcript pages compressed, as browsers ask for them, against nginx with gzip on; with
# BEFORE_WEB_DLL (a published older site) the same compressed rows for it too, in the same run.
# Usage: bench/pages.sh [paragraphs]   (default: 1000000; DATA=<imported folder> serves that instead)
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl nginx:nginx-light
n="${1:-1000000}"

machine
build_release
data="${DATA:-$(data_for "$n")}"

NGINX_DIR="$WORK/nginx"
stop_all() {
    stop_web
    [[ -f "$NGINX_DIR/nginx.pid" ]] && kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true
}
trap stop_all EXIT

echo "## web process ($n paragraphs)"
start_web "$data"
wait_ready
echo "resident memory after start (and one search): $(rss_mb "$WEB_PID")"

# Transcript pages: the one of median length (a typical page) and the longest (the worst case).
grep -o '"url": "[^"]*"\|"paragraphs": [0-9]*' "$data/catalog.json" | paste - - | sort -t: -k3 -n | cut -d'"' -f4 >"$WORK/by-length.txt"
median=$(sed -n "$(( ($(wc -l <"$WORK/by-length.txt") + 1) / 2 ))p" "$WORK/by-length.txt")
longest=$(tail -1 "$WORK/by-length.txt")
# The month page: the month with the most transcripts.
month=$(grep -o '"date": "[0-9]*-[0-9]*' "$data/catalog.json" | cut -d'"' -f4 | sort | uniq -c | sort -n | tail -1 | awk '{split($2, d, "-"); print "/" d[1] "/" d[2] " (" $1 " transcripts)"}')
month_path="${month%% *}"
search="/search?q=foreign+policy"
grep -v '^#' "$BENCH/queries.tsv" | awk -F'\t' '$3 == "" {gsub(/ /, "+", $2); gsub(/"/, "%22", $2); print "/search?q=" $2}' >"$WORK/search-paths.txt"
echo "transcript page, median length: $median ($(curl -fs "http://127.0.0.1:$WEB_PORT$median" | wc -c) bytes)"
echo "transcript page, longest:       $longest ($(curl -fs "http://127.0.0.1:$WEB_PORT$longest" | wc -c) bytes)"
echo "month page:                     $month"
echo "search page:                    $search; and every unfiltered query of queries.tsv"
# The stylesheet as the build precompressed it: bytes sent for each Accept-Encoding, and its caching.
css=$(curl -fs "http://127.0.0.1:$WEB_PORT$median" | grep -o 'href="/css/[^"]*"' | head -1 | cut -d'"' -f2)
sizes=""
for encoding in identity gzip br; do
    sizes+=" $encoding $(curl -fs -H "Accept-Encoding: $encoding" -o /dev/null -w '%{size_download}' "http://127.0.0.1:$WEB_PORT$css") bytes;"
done
echo "stylesheet:                     $css:$sizes $(curl -fsI "http://127.0.0.1:$WEB_PORT$css" | grep -i '^cache-control' | tr -d '\r')"
echo "$median" >"$WORK/median-path.txt"
echo "$longest" >"$WORK/longest-path.txt"
echo "$month_path" >"$WORK/month-path.txt"

# nginx serves the very bytes of the transcript pages.
mkdir -p "$NGINX_DIR/root"
curl -fs "http://127.0.0.1:$WEB_PORT$median" >"$NGINX_DIR/root/median.html"
curl -fs "http://127.0.0.1:$WEB_PORT$longest" >"$NGINX_DIR/root/longest.html"
cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http {
    access_log $NGINX_DIR/access.log;
    sendfile on;
    default_type text/html;
    # gzip as commonly switched on: the default level (1) and types (text/html), compressed per request.
    gzip on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $NGINX_DIR/root;
    }
}
CONF
nginx -c "$NGINX_DIR/nginx.conf"

echo
echo "## pages under load: wrk $WRK_ARGS"
echo "(\"rendered each time\": every URL carries a new parameter no page reads, which the output cache neither answers nor keeps)"
echo "| target | requests/s | p50 ms | p95 ms | p99 ms | requests | errors |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
web="http://127.0.0.1:$WEB_PORT"
load "nginx: static copy of the median transcript page" "http://127.0.0.1:$NGINX_PORT" paths /median.html
load "transcript page, median" "$web" paths "$median"
load "transcript page, median, rendered each time" "$web" file "$WORK/median-path.txt" fresh
load "nginx: static copy of the longest transcript page" "http://127.0.0.1:$NGINX_PORT" paths /longest.html
load "transcript page, longest" "$web" paths "$longest"
load "transcript page, longest, rendered each time" "$web" file "$WORK/longest-path.txt" fresh
load "month page" "$web" paths "$month_path"
load "month page, rendered each time" "$web" file "$WORK/month-path.txt" fresh
load "search page, one query" "$web" paths "$search"
load "search page, 25 queries, searched each time" "$web" file "$WORK/search-paths.txt" fresh
# A crawler: 3,000 transcript pages of every length in turn, each rendered and kept on its first visit,
# more than the output cache holds, so the cache fills and pages are pushed out.
awk -v k="$(( ($(wc -l <"$WORK/by-length.txt") + 2999) / 3000 ))" 'NR % k == 0' "$WORK/by-length.txt" >"$WORK/crawl-paths.txt"
load "transcript pages, $(wc -l <"$WORK/crawl-paths.txt") of every length in turn (a crawler)" "$web" file "$WORK/crawl-paths.txt"
echo
echo "web process resident memory after the load: $(rss_mb "$WEB_PID") ($(awk '/^(Anonymous|Rss|Pss_Shmem):/ {v[$1] = $2} END {printf "anonymous %.0f MB, mapped files %.0f MB, shared memory (JIT code) %.0f MB", v["Anonymous:"] / 1024, (v["Rss:"] - v["Anonymous:"] - v["Pss_Shmem:"]) / 1024, v["Pss_Shmem:"] / 1024}' "/proc/$WEB_PID/smaps_rollup"))"

# Compression: the bytes each page costs on the wire in each coding, then the load as a browser sends it.
BROWSER_ENCODING="gzip, deflate, br, zstd"
echo
echo "## compression: the transcript pages as a browser asks for them"
echo "| page | coding | site bytes | nginx bytes |"
echo "| --- | --- | ---: | ---: |"
for page in median longest; do
    path=$([[ $page == median ]] && echo "$median" || echo "$longest")
    for encoding in identity gzip br; do
        site_bytes=$(curl -fs -H "Accept-Encoding: $encoding" -o /dev/null -w '%{size_download}' "$web$path")
        nginx_bytes=$(curl -fs -H "Accept-Encoding: $encoding" -o /dev/null -w '%{size_download}' "http://127.0.0.1:$NGINX_PORT/$page.html")
        echo "| $page | $encoding | $site_bytes | $nginx_bytes |"
    done
done
compressed_rows() {
    local who="$1"
    load "$who transcript page, median" "$web" paths "$median"
    load "$who transcript page, median, rendered each time" "$web" file "$WORK/median-path.txt" fresh
    load "$who transcript page, longest" "$web" paths "$longest"
    load "$who transcript page, longest, rendered each time" "$web" file "$WORK/longest-path.txt" fresh
}
echo
echo "wrk $WRK_ARGS, every request with \"Accept-Encoding: $BROWSER_ENCODING\" (the site answers Brotli, nginx gzip)"
echo "| target | requests/s | p50 ms | p95 ms | p99 ms | requests | errors | bytes/response |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
export ACCEPT_ENCODING="$BROWSER_ENCODING"
load "nginx, gzip on: median transcript page" "http://127.0.0.1:$NGINX_PORT" paths /median.html
load "nginx, gzip on: longest transcript page" "http://127.0.0.1:$NGINX_PORT" paths /longest.html
compressed_rows "site:"
if [[ -n "${BEFORE_WEB_DLL:-}" ]]; then
    stop_web
    WEB_DLL="$BEFORE_WEB_DLL"
    echo "before: $BEFORE_WEB_DLL"
    start_web "$data"
    wait_ready
    compressed_rows "before:"
fi
unset ACCEPT_ENCODING
