#!/usr/bin/env python3
"""Plots the results of bench/bench.py with gnuplot: indexing throughput per CPU second per
tool and corpus size, and in-process query latency (p50) per query kind at the largest size.

  bench/plot.py [--work /tmp/news-bench] [--out docs]
writes OUT/benchmarks-indexing.png and OUT/benchmarks-queries.png.
"""

import argparse
import glob
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = ["news-index", "omindex", "scriptindex", "sqlite-fts5"]
ENGINES = ["news", "xapian", "fts5"]


def gnuplot(script):
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


def histogram(png, title, ylabel, data, columns, xlabel=""):
    """A clustered log-scale histogram of `data` (a header row, then one row per x tick)."""
    xlabel_line = f"set xlabel '{xlabel}'\n" if xlabel else ""
    gnuplot(f"""
set terminal pngcairo size 900,500 font 'DejaVu Sans,11'
set output '{png}'
set title '{title}'
set ylabel '{ylabel}'
{xlabel_line}set logscale y
set xtics rotate by -30
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set key top left
set grid ytics
plot for [i=2:{columns + 1}] '{data}' using i:xtic(1) title columnheader(i)
""")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", default="/tmp/news-bench")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(HERE), "docs"))
    args = ap.parse_args()
    results = []
    for path in glob.glob(os.path.join(args.work, "results-*.json")):
        with open(path) as f:
            results.append(json.load(f))
    results.sort(key=lambda r: r["size"])
    if not results:
        raise SystemExit(f"no results-*.json in {args.work}")

    # Only the tools some run measured: gnuplot refuses a column with no value at all.
    tools = [t for t in TOOLS if any(t in r.get("indexing", {}) for r in results)]
    data = os.path.join(args.work, "indexing.dat")
    with open(data, "w") as f:
        f.write("size " + " ".join(tools) + "\n")
        for r in results:
            if not r.get("indexing"):  # a run that only queried indexes built elsewhere
                continue
            # Per CPU second: on a shared machine wall time measures the other users too.
            row = [str(r["size"] / r["indexing"][t]["cpu_s"]) if t in r["indexing"] else "NaN"
                   for t in tools]
            f.write(f"{r['size']} " + " ".join(row) + "\n")
    histogram(os.path.join(args.out, "benchmarks-indexing.png"),
              "Indexing cost: articles per CPU second (user + system), median of rounds",
              "articles per CPU second (log scale)", data, len(tools),
              xlabel="corpus size (articles)")

    biggest = next((r for r in reversed(results) if r.get("queries")), None)
    if biggest:
        qdata = os.path.join(args.work, "queries.dat")
        with open(qdata, "w") as f:
            f.write("query " + " ".join(ENGINES) + "\n")
            for kind, per in biggest["queries"].items():
                # The CPU time where the results have it: on a shared machine the real
                # time also measures waiting for a core.
                f.write(kind + " " + " ".join(
                    str(per[e].get("p50_cpu_ms", per[e]["p50_ms"])) if e in per else "NaN"
                    for e in ENGINES) + "\n")
        histogram(os.path.join(args.out, "benchmarks-queries.png"),
                  f"In-process query latency, top 10, p50 CPU time, "
                  f"{biggest.get('indexed_articles', biggest['size'])} articles",
                  "milliseconds (log scale)", qdata, len(ENGINES))


if __name__ == "__main__":
    main()
