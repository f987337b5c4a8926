#!/usr/bin/env bash
# Faults in publishing: kills the importer at each of its crash points (ARCHIVE_IMPORT_CRASH_AT, a
# test hook: src/Archive.Import/Publishing/CrashPoint.cs) while it replaces a good import with a new
# one, and prints for each that the live output is intact (the old import or the new, whole) and that
# a rerun publishes files identical to an import never interrupted. Then a wrk run against the site
# that spans a switch to a new import, which must see 0 failed requests.
# Content: the 300 pages of kremlin-en-html-short (import A: the first 150 files, import B: all).
# Usage: bench/faults.sh        (SKIP_BUILD=1 to reuse the last Release build)
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl
WEB_PORT="${FAULTS_WEB_PORT:-51710}"

machine
build_release
F="$WORK/faults"
rm -rf "$F" && mkdir -p "$F/content-a/news" "$F/content-b"
src="$CORPUS/kremlin-en-html-short/news"
cp -r "$src" "$F/content-b/news"
find "$src" -name '*.html' | sort | head -150 | xargs -I{} cp {} "$F/content-a/news/"
out="$F/out"

# The files of an import, hashed: all but the two that carry the time they were written (the
# manifest's builtAt line, and Lucene's segment-info files, *.si, whose diagnostics hold a timestamp).
hashes() {
    (cd "$1" && find . -type f ! -name '*.si' ! -name manifest.json -print0 | sort -z | xargs -0 sha256sum
     sed '/"builtAt"/d' manifest.json | sha256sum | sed 's/-$/.\/manifest.json (without builtAt)/') | sha256sum | cut -c1-16
}
import() { # import CONTENT [crash point]
    # In a subshell of its own, so that bash does not report the kill.
    (ARCHIVE_IMPORT_CRASH_AT="${2:-}" exec dotnet "$IMPORTER" "$1" "$out" --keep-going --keep 1 >>"$F/import.log" 2>&1) 2>/dev/null
}
debris() {
    local left
    left=$(find "$out.imports" -maxdepth 1 -name '.*' ! -name "$(basename "$out.imports")" -printf '%f ' 2>/dev/null)
    echo "${left:-none}"
}

echo "## reference imports"
dotnet "$IMPORTER" "$F/content-b" "$F/reference-b" --keep-going >>"$F/import.log" 2>&1 || true
import "$F/content-a" || true
ref_a=$(hashes "$out")
ref_b=$(hashes "$F/reference-b")
echo "import A: $(grep -o '"transcripts": [0-9]*' "$out/manifest.json"), files $ref_a"
echo "import B: $(grep -o '"transcripts": [0-9]*' "$F/reference-b/manifest.json"), files $ref_b"
echo
failures=0
if [[ -z "${SKIP_KILLS:-}" ]]; then
echo "## the importer killed (SIGKILL) at each point while B replaces A"
echo "| point | exit | live output after the kill | debris left | rerun | debris after rerun |"
echo "| --- | ---: | --- | --- | --- | --- |"
for point in locked staging building indexed built versioned linked switched pruning pruned; do
    import "$F/content-a" || true                    # back to A, published whole
    # (A imported after B is not byte-identical to A imported first: the permalink ledger it carries
    # remembers B's transcripts. So "old" is what is live now.)
    old=$(hashes "$out")
    set +e; import "$F/content-b" "$point"; code=$?; set -e
    live=$(hashes "$out" 2>/dev/null || echo missing)
    case "$live" in
        "$old") state="intact: A (old)" ;;
        "$ref_b") state="intact: B (new)" ;;
        *) state="BROKEN ($live)"; failures=$((failures + 1)) ;;
    esac
    left=$(debris)
    import "$F/content-b" || true
    if [[ "$(hashes "$out")" == "$ref_b" ]]; then rerun="byte-identical to B"; else rerun="DIFFERS"; failures=$((failures + 1)); fi
    after=$(debris)
    [[ "$after" == none ]] || failures=$((failures + 1))
    [[ "$code" == 137 ]] || { state="$state (NOT KILLED)"; failures=$((failures + 1)); }
    echo "| $point | $code | $state | $left | $rerun | $after |"
done
echo "versions kept (--keep 1): $(ls "$out.imports" | tr '\n' ' ')"
echo "failures: $failures"
fi

echo
echo "## wrk spanning a switch from A to B (site on 127.0.0.1:$WEB_PORT)"
import "$F/content-a" || true
trap stop_web EXIT
start_web "$out"
before=$(curl -fs "http://127.0.0.1:$WEB_PORT/healthz" | sed -n 2p)
# Every transcript of A, the year pages and searches: pages from the output cache and rendered, searches of every kind.
grep -o '"url": "[^"]*"' "$out/catalog.json" | cut -d'"' -f4 >"$F/paths.txt"
grep -o '"date": "[0-9]*' "$out/catalog.json" | cut -d'"' -f4 | sort -u | sed 's|^|/|' >>"$F/paths.txt"
grep -v '^#' "$BENCH/queries.tsv" | awk -F'\t' '$3 == "" {gsub(/ /, "+", $2); gsub(/"/, "%22", $2); print "/search?q=" $2; print "/api/search?q=" $2}' | head -60 >>"$F/paths.txt"
echo "$(wc -l <"$F/paths.txt") paths; wrk -t2 -c16, from 5 s before the import of B begins until 5 s after the site switched"
wrk -t2 -c16 -d600s --timeout 10s -s "$BENCH/rotate.lua" "http://127.0.0.1:$WEB_PORT" -- file "$F/paths.txt" >"$F/wrk.out" 2>&1 &
wrk_pid=$!
sleep 5
start=$(date +%s%N)
import "$F/content-b" || true
echo "import of B published after $(( ($(date +%s%N) - start) / 1000000 )) ms"
until [[ "$(curl -fs "http://127.0.0.1:$WEB_PORT/healthz" | sed -n 2p)" != "$before" ]]; do sleep 0.1; done
echo "site switched $(( ($(date +%s%N) - start) / 1000000 )) ms after the import began"
sleep 5
kill -INT "$wrk_pid"   # wrk stops and prints its summary
wait "$wrk_pid" || true
echo "before: $before"
echo "after:  $(curl -fs "http://127.0.0.1:$WEB_PORT/healthz" | sed -n 2p)"
grep -E 'requests in|Non-2xx|Socket errors|RESULT' "$F/wrk.out"
grep -o 'errors=[0-9]*' "$F/wrk.out" | grep -qx 'errors=0' && echo "failed requests: 0" || { echo "FAILED REQUESTS"; failures=$((failures + 1)); }
grep -c 'Serving the new import' "$WORK/web.log" | sed 's/^/switches logged: /'
exit $((failures > 0))
