#!/usr/bin/env python3
"""Times searches over HTTP one at a time (one keep-alive connection), each URL new, and prints their latency.

Usage: timed_searches.py BASE_URL QUERIES_TSV COUNT TAG [SEED]
The queries of every class of QUERIES_TSV are shuffled together (SEED) and taken in turn until COUNT
searches have been made; each URL gets a parameter no page reads (fresh=TAG-i) so that the output cache
neither answers nor keeps it. Prints one RESULT line (p50, p95, p99, max in ms; the p99 of the first 100
too) and, with TIMES_OUT set, writes every latency to that file, one a line, in order.
"""
import http.client
import os
import random
import sys
import time
import urllib.parse


def main():
    base, tsv, count, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    paths = []
    for line in open(tsv, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t") + [""] * 5
        query = {"q": cells[1]}
        for name, cell in (("from", cells[2]), ("to", cells[3]), ("venue", cells[4])):
            if cell:
                query[name] = cell
        paths.append("/api/search?" + urllib.parse.urlencode(query))
    random.Random(seed).shuffle(paths)
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    times, failed = [], 0
    for i in range(count):
        path = paths[i % len(paths)] + "&fresh=" + tag + "-" + str(i)
        start = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        times.append((time.perf_counter() - start) * 1000)
        if response.status != 200:
            failed += 1
    connection.close()
    if os.environ.get("TIMES_OUT"):
        with open(os.environ["TIMES_OUT"], "w", encoding="utf-8") as out:
            out.writelines(f"{t:.3f}\n" for t in times)

    def pct(values, p):
        ordered = sorted(values)
        rank = max(1, -(-len(ordered) * p // 100))
        return ordered[int(rank) - 1]

    print(f"RESULT p50={pct(times, 50):.2f} p95={pct(times, 95):.2f} p99={pct(times, 99):.2f} max={max(times):.2f} "
          f"first100p99={pct(times[:100], 99):.2f} total_s={sum(times) / 1000:.1f} failed={failed}")


main()
