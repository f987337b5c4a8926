# Shared by the bench scripts: source it, don't run it.
# Everything generated goes to bench/work/ (git-ignored); servers bind to 127.0.0.1 only.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="${BENCH_WORK:-$BENCH/work}"
CORPUS="${CORPUS:-$ROOT/../shared/corpus}"
WEB_PORT="${WEB_PORT:-18081}"
NGINX_PORT="${NGINX_PORT:-18082}"
FTS5_PORT="${FTS5_PORT:-18083}"
# The same load for every target: 2 threads, 16 connections, 15 seconds.
WRK_ARGS="${WRK_ARGS:--t2 -c16 -d15s}"
mkdir -p "$WORK"

# Installs the Debian packages named when a command is missing (the scripts run as root).
need() {
    local missing=()
    for pair in "$@"; do
        local cmd="${pair%%:*}" pkg="${pair##*:}"
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        echo "installing ${missing[*]}"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

machine() {
    echo "## machine"
    echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "host:    $(uname -srm)"
    echo "cpu:     $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
    echo "memory:  $(free -g | awk '/^Mem:/ {print $2 " GB total, " $7 " GB available"}')"
    echo "disk:    $(df -h "$WORK" | awk 'NR==2 {print $4 " free on " $6}')"
    echo "dotnet:  $(dotnet --version)"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min); other processes using CPU now:"
    ps -eo pcpu,comm --sort=-pcpu | awk 'NR>1 && $1>5 {print "         " $1 "% " $2}' | head -5
    echo "commit:  $(git -C "$ROOT" rev-parse --short HEAD) ($(git -C "$ROOT" branch --show-current))"
    echo
}

# Prints a command, then runs it.
run() {
    echo "\$ $*"
    "$@"
}

build_release() {
    [[ -n "${SKIP_BUILD:-}" ]] && return 0
    echo "building Release (import of content/ skipped); the site published as a deployment would be (ReadyToRun)"
    dotnet build "$ROOT/Archive.sln" -c Release -p:SkipContentImport=true -v q -nologo >"$WORK/build.log" 2>&1 \
        || { tail -30 "$WORK/build.log"; exit 1; }
    rm -rf "$WORK/web-publish"
    dotnet publish "$ROOT/src/Archive.Web" -c Release -r linux-x64 --self-contained false -p:SkipContentImport=true \
        -o "$WORK/web-publish" -v q -nologo >>"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
    # The comparator's server, published the same way.
    rm -rf "$WORK/fts5-publish"
    dotnet publish "$ROOT/bench/Archive.Bench.Fts5Web" -c Release -r linux-x64 --self-contained false \
        -o "$WORK/fts5-publish" -v q -nologo >>"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
}

IMPORTER="$ROOT/src/Archive.Import/bin/Release/net10.0/Archive.Import.dll"
SCALER="$ROOT/bench/Archive.Bench.Scaler/bin/Release/net10.0/Archive.Bench.Scaler.dll"
SEARCH_BENCH="$ROOT/bench/Archive.Bench.Search/bin/Release/net10.0/Archive.Bench.Search.dll"
WEB_DLL="${WEB_DLL:-$WORK/web-publish/Archive.Web.dll}"
FTS5_DLL="$WORK/fts5-publish/Archive.Bench.Fts5Web.dll"

# Generated folders are keyed by the last commit of the code that writes them (records, search, import:
# not the site), so a new reader or importer makes new ones.
KEY="$(git -C "$ROOT" log -1 --format=%h -- src/Archive.Records src/Archive.Search src/Archive.Import)-$(git -C "$ROOT" rev-parse --short HEAD:bench/Archive.Bench.Scaler)"

# The sources of real text for the scaler: the records of the real corpora as imported by whatever
# readers have landed, plus the Miller Center .txt files read directly if no reader took them.
scaler_sources() {
    local real="$WORK/real-$KEY"
    if [[ ! -f "$real/manifest.json" ]]; then
        dotnet "$IMPORTER" "$CORPUS" "$real" --keep-going >"$WORK/real-import.log" 2>&1 || true
    fi
    if [[ -f "$real/manifest.json" ]] && [[ -s "$real/records.jsonl" ]]; then
        echo "--records $real"
        grep -q '"file":"miller-center-txt/' "$real/records.jsonl" || echo "--miller $CORPUS/miller-center-txt/data"
    else
        echo "--miller $CORPUS/miller-center-txt/data"
    fi
}

# content_for N: a scaled content folder of N paragraphs (made once per KEY, then reused).
content_for() {
    local n="$1" dir="$WORK/content-$1-$KEY"
    if [[ ! -d "$dir/transcripts" ]]; then
        rm -rf "$dir"
        local sources
        sources="$(scaler_sources | tr '\n' ' ')"
        echo "\$ dotnet Archive.Bench.Scaler.dll --paragraphs $n --out $dir $sources" >&2
        # shellcheck disable=SC2086
        dotnet "$SCALER" --paragraphs "$n" --out "$dir" $sources >&2
        cp -r "$ROOT/content/pages" "$dir/pages"
    fi
    echo "$dir"
}

# data_for N: the imported folder of N paragraphs (imported once per KEY, then reused).
data_for() {
    local n="$1" dir="$WORK/data-$1-$KEY"
    if [[ ! -f "$dir/manifest.json" ]]; then
        local content
        content="$(content_for "$n")"
        dotnet "$IMPORTER" "$content" "$dir" >"$WORK/import-$n.log" 2>&1 || { tail "$WORK/import-$n.log" >&2; exit 1; }
    fi
    echo "$dir"
}

WEB_PID=""
# start_web DATA: starts the site, waits for its first successful search, and prints how long that took.
start_web() {
    local data="$1"
    local start now
    start=$(date +%s%N)
    # From the published folder, as a deployment runs it (its wwwroot holds the precompressed assets), and in
    # a session of its own (setsid), as a service is: Linux shares the cores between sessions first (autogroups),
    # so the site does not share one with the load generator (nginx, once it daemonizes, has its own too).
    (cd "$(dirname "$WEB_DLL")" && exec setsid dotnet "$WEB_DLL" --data "$data" --urls "http://127.0.0.1:$WEB_PORT" >"$WORK/web.log" 2>&1) &
    WEB_PID=$!
    until answers_200 "$WEB_PORT" "/api/search?q=government"; do
        kill -0 "$WEB_PID" 2>/dev/null || { tail -20 "$WORK/web.log"; exit 1; }
        pause 0.01
    done
    now=$(date +%s%N)
    echo "start to first successful search: $(((now - start) / 1000000)) ms"
}

# answers_200 PORT PATH: whether http://127.0.0.1:PORT/PATH answers 200, asked with bash's own /dev/tcp: a poll
# every 10 ms that started curl each time (and sleep) took a share of the two cores from the site starting up.
answers_200() {
    local status
    { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3
    IFS= read -r -t 5 status <&3 || status=""
    exec 3<&- 3>&-
    [[ "$status" == *" 200 "* ]]
}

# pause SECONDS: sleep without starting a process (a read that times out on a pipe no one writes to).
exec {PAUSE_FD}<> <(:)
pause() { read -r -t "$1" -u "$PAUSE_FD" || true; }

# wait_ready [PORT]: waits until the site reports ready (/readyz 200: its warm-up searches done), so that a load
# measured next is not sharing the cores with them.
wait_ready() {
    until answers_200 "${1:-$WEB_PORT}" /readyz; do pause 0.1; done
}

stop_web() {
    if [[ -n "$WEB_PID" ]]; then
        kill "$WEB_PID" 2>/dev/null || true
        wait "$WEB_PID" 2>/dev/null || true
        WEB_PID=""
    fi
}

FTS5_PID=""
# start_fts5 DATA: starts SQLite FTS5 behind the same HTTP stack (bench/Archive.Bench.Fts5Web) over the
# same records, building its database beside DATA first if it is not there, and waits for its first search.
start_fts5() {
    local data="$1"
    shift
    # In a session of its own, as the site is (start_web).
    (cd "$(dirname "$FTS5_DLL")" && exec setsid dotnet "$FTS5_DLL" --data "$data" --sqlite "$data.fts5.db" \
        --urls "http://127.0.0.1:$FTS5_PORT" "$@" >"$WORK/fts5.log" 2>&1) &
    FTS5_PID=$!
    until answers_200 "$FTS5_PORT" "/api/search?q=government"; do
        grep -q "responded 500" "$WORK/fts5.log" && { grep -m1 -A5 Exception "$WORK/fts5.log"; exit 1; }
        kill -0 "$FTS5_PID" 2>/dev/null || { tail -20 "$WORK/fts5.log"; exit 1; }
        pause 0.1
    done
}

stop_fts5() {
    if [[ -n "$FTS5_PID" ]]; then
        kill "$FTS5_PID" 2>/dev/null || true
        wait "$FTS5_PID" 2>/dev/null || true
        FTS5_PID=""
    fi
}

rss_mb() {
    awk '/^VmRSS:/ {printf "%.0f MB", $2 / 1024}' "/proc/$1/status"
}

# load NAME URL wrk-script-args...: one bounded wrk run; prints a table row from rotate.lua's RESULT line.
# With ACCEPT_ENCODING set, every request sends it (and the row ends with the bytes received per response,
# headers included).
load() {
    local name="$1" url="$2"
    shift 2
    local header=()
    [[ -n "${ACCEPT_ENCODING:-}" ]] && header=(-H "Accept-Encoding: $ACCEPT_ENCODING")
    # A short unreported warm-up first: the figures are the steady state (start-up is measured on its own).
    wrk -t1 -c2 -d3s "${header[@]}" -s "$BENCH/rotate.lua" "$url" -- "$@" >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    wrk $WRK_ARGS "${header[@]}" --timeout 10s -s "$BENCH/rotate.lua" "$url" -- "$@" >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out"; return 1; }
    awk -v name="$name" -v bytes="${ACCEPT_ENCODING:+1}" '/^RESULT/ {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "| %s | %s | %s | %s | %s | %s | %s |%s\n", name, v["requests/s"], v["p50"], v["p95"], v["p99"], v["requests"], v["errors"], bytes ? " " v["bytes"] " |" : ""
    }' "$WORK/wrk.out"
}
