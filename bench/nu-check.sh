#!/usr/bin/env bash
# The Nu Html Checker (vnu.jar, the W3C validator's engine) over every page type of a running site, and over
# a seeded sample of the pages its sitemap lists (transcripts of both collections, dates, venues, speakers:
# the pages the feeds link to). Prints the checker's errors; exits 1 if there are any. docs/accessibility.md.
#
#   bench/nu-check.sh http://127.0.0.1:5080 [sample size, default 120]
#
# Needs java 17+ (Debian: default-jre-headless) and vnu-jar from npm, installed in a scratch folder outside
# the repository (NU_DIR, default /tmp/nu-check): `npm install --prefix /tmp/nu-check vnu-jar`.
set -euo pipefail

BASE="${1:?usage: bench/nu-check.sh BASE_URL [SAMPLE]}"
SAMPLE="${2:-120}"
NU_DIR="${NU_DIR:-/tmp/nu-check}"
JAR="$NU_DIR/node_modules/vnu-jar/build/dist/vnu.jar"
[[ -f "$JAR" ]] || { echo "no $JAR: npm install --prefix $NU_DIR vnu-jar" >&2; exit 2; }
command -v java >/dev/null || { echo "no java: apt-get install -y default-jre-headless" >&2; exit 2; }

PAGES="$(mktemp -d)"
trap 'rm -rf "$PAGES"' EXIT

# Every page type, and the states a page can be in (a search with hits, none, a quotation, a note, facets, a
# second page; a transcript searched within, with a paragraph's tools open); the error pages (404, 400).
longest=/2019/06/20/direct-line-with-vladimir-putin
short="$(curl -fsS "$BASE$longest" | grep -o 'class="short-link" href="/d/[0-9a-z]*"' | sed 's/.*href="\/d\///; s/"//')"
fixed=(
    / /years /2019 /2019/06 /2019/06/20 "$longest" "$longest?q=inflation" "$longest?p=7"
    /search '/search?q=inflation' '/search?q=%22economic+growth%22' '/search?q=zzzqqq' '/search?q=%28'
    '/search?q=inflation&page=2' '/search?q=inflation&year=2019' '/search?q=inflation&group=transcript'
    "/cite/$short" "/cite/$short/7" /venues /venues/moscow /speakers /speakers/vladimir-putin
    /collections /collections/kremlin /collections/miller-center /about /help/search /help/api
    /downloads /downloads/record-format /no/such/page /2019/02/30 '/venues/moscow?page=x'
)

# The sitemap's pages, every n-th, so that both collections and every kind of page the feeds name are in it.
urls="$(curl -fsS "$BASE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g' |
    while read -r map; do curl -fsS "$map" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g'; done)"
total="$(wc -l <<<"$urls")"
step=$((total / SAMPLE > 0 ? total / SAMPLE : 1))
sampled="$(awk -v s="$step" 'NR % s == 1' <<<"$urls" | sed "s#^[a-z]*://[^/]*##")"

n=0
while read -r path; do
    [[ -n "$path" ]] || continue
    n=$((n + 1))
    # 4xx pages are pages too: keep the body whatever the status.
    curl -sS -o "$PAGES/$(printf '%04d' "$n").html" "$BASE$path"
    echo "$(printf '%04d' "$n") $path" >>"$PAGES/index.txt"
done < <(printf '%s\n' "${fixed[@]}" "$sampled")

echo "checking $n pages (${#fixed[@]} of every type and state, $((n - ${#fixed[@]})) from the sitemap's $total)"
if java -jar "$JAR" --errors-only "$PAGES"/*.html 2>"$PAGES/errors.txt"; then
    echo "0 errors"
else
    # Name each page by its address, not its scratch file.
    while read -r file path; do sed -i "s#file:$PAGES/$file.html#$path#" "$PAGES/errors.txt"; done <"$PAGES/index.txt"
    cat "$PAGES/errors.txt"
    echo "$(grep -c 'error:' "$PAGES/errors.txt") errors"
    exit 1
fi
