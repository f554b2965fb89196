#!/usr/bin/env python3
"""news-index / news-search side by side with Xapian Omega (omindex, scriptindex, quest) and
SQLite FTS5, on one generated corpus. See docs/benchmarks.md.

  bench/run.sh --size 10000            indexing (median of 3, interleaved), no-op re-index,
                                       queries in-process and whole-process, cold first query
  bench/run.sh --smoke                 CI smoke: 1000 articles, offline sentences, one round,
                                       no timing assertions; missing peers are skipped

Results: WORK/results-N.json and WORK/results-N.md (WORK defaults to /tmp/news-bench).
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def note(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def disk_bytes(path):
    if os.path.isfile(path):
        return os.stat(path).st_blocks * 512
    total = 0
    for d, _, files in os.walk(path):
        for f in files:
            total += os.lstat(os.path.join(d, f)).st_blocks * 512
    return total


def remove(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


def measure(cmd, stdin=None, env=None):
    """Runs `cmd`; returns wall seconds, CPU seconds (user+sys) and peak RSS in MB of it."""
    stdin_f = open(stdin, "rb") if stdin else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=stdin_f, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    # wait4 gives this child's own rusage (what /usr/bin/time -v reports), whatever else runs.
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if stdin:
        stdin_f.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024}


def median_of(runs, key):
    return statistics.median(r[key] for r in runs)


# ---- the tools ----------------------------------------------------------------------------

class Tool:
    name = ""
    def available(self):
        return True
    def index_cmd(self, corpus, out):
        raise NotImplementedError
    def stdin(self, corpus):
        return None


class NewsIndex(Tool):
    name = "news-index"
    def __init__(self, binary, threads=None):
        self.binary = binary
        self.threads = threads
    def available(self):
        return os.access(self.binary, os.X_OK)
    def index_cmd(self, corpus, out):
        return [self.binary, "--db", out, os.path.join(corpus, "articles")]


class Omindex(Tool):
    name = "omindex"
    def available(self):
        return shutil.which("omindex") is not None
    def index_cmd(self, corpus, out):
        return ["omindex", "--db", out, "--url", "/", os.path.join(corpus, "articles")]


class Scriptindex(Tool):
    name = "scriptindex"
    def available(self):
        return shutil.which("scriptindex") is not None
    def index_cmd(self, corpus, out):
        return ["scriptindex", out, os.path.join(HERE, "index.script"),
                os.path.join(corpus, "fields.scriptindex")]


class Fts5(Tool):
    name = "sqlite-fts5"
    def available(self):
        return shutil.which("sqlite3") is not None
    def index_cmd(self, corpus, out):
        return ["sqlite3", out]
    def stdin(self, corpus):
        script = os.path.join(corpus, "load-fts5.sql")
        with open(script, "w") as f:
            f.write("CREATE VIRTUAL TABLE articles USING fts5(path UNINDEXED, title, "
                    "date UNINDEXED, url UNINDEXED, source, speakers, body, "
                    "tokenize = 'porter unicode61');\n"
                    "BEGIN;\n"
                    f".import --csv {os.path.join(corpus, 'fields.csv')} articles\n"
                    "COMMIT;\n")
        return script


# ---- steps --------------------------------------------------------------------------------

def generate(args, corpus):
    meta_path = os.path.join(corpus, "meta.json")
    if os.path.exists(meta_path):
        with open(meta_path) as f:
            meta = json.load(f)
        offline = meta["queries"]["source"] != "npm"
        if meta.get("size") == args.size and meta.get("seed") == args.seed and offline == args.offline:
            return meta
    remove(corpus)
    cmd = [sys.executable, os.path.join(HERE, "gen_corpus.py"), "--size", str(args.size),
           "--out", corpus, "--seed", str(args.seed)]
    if args.offline:
        cmd.append("--offline")
    if args.fallback:
        cmd += ["--fallback", args.fallback]
    subprocess.run(cmd, check=True)
    with open(meta_path) as f:
        return json.load(f)


def bench_indexing(args, tools, corpus, work, meta):
    if args.reuse:  # indexes of an earlier run are queried; only the missing ones are built
        tools = [t for t in tools if not os.path.exists(os.path.join(work, f"idx-{t.name}"))]
    runs = {t.name: [] for t in tools}
    for rep in range(args.repeat if tools else 0):
        order = tools[rep % len(tools):] + tools[:rep % len(tools)]  # interleaved, rotated
        for tool in order:
            out = os.path.join(work, f"idx-{tool.name}")
            remove(out)
            r = measure(tool.index_cmd(corpus, out), stdin=tool.stdin(corpus))
            r["disk_mb"] = disk_bytes(out) / 1e6
            runs[tool.name].append(r)
            note(f"round {rep + 1}: {tool.name} {r['wall']:.2f} s wall, {r['cpu']:.2f} s CPU, "
                 f"{r['rss_mb']:.0f} MB RSS, {r['disk_mb']:.0f} MB")
    results = {}
    for name, rs in runs.items():
        wall = median_of(rs, "wall")
        results[name] = {"wall_s": wall, "cpu_s": median_of(rs, "cpu"),
                         "peak_rss_mb": max(r["rss_mb"] for r in rs),
                         "disk_mb": rs[-1]["disk_mb"], "docs_per_s": args.size / wall,
                         "mb_per_s": meta["bytes"] / 1e6 / wall,
                         "runs_wall_s": [r["wall"] for r in rs]}
    return results


def bench_noop(args, tools, corpus, work):
    """Re-index the unchanged corpus into the index the last round left."""
    out = {}
    for tool in tools:
        if tool.name not in ("news-index", "omindex"):
            continue  # scriptindex and FTS5 have no change detection of their own
        idx = os.path.join(work, f"idx-{tool.name}")
        rs = [measure(tool.index_cmd(corpus, idx)) for _ in range(args.repeat)]
        out[tool.name] = {"wall_s": median_of(rs, "wall"), "cpu_s": median_of(rs, "cpu"),
                          "peak_rss_mb": max(r["rss_mb"] for r in rs)}
        note(f"no-op re-index: {tool.name} {out[tool.name]['wall_s']:.2f} s")
    return out


def query_set(meta):
    """kind -> (news-search query, quest/Xapian query, FTS5 MATCH, extra SQL condition)."""
    q = meta["queries"]
    common, rare, (a, b), (c, d, e) = q["common"], q["rare"], q["and2"][:2], q["and3"][:3]
    p1, p2 = q["phrase"].split()
    spk = q["speaker_surname"]
    return {
        "rare": (rare, rare, rare, ""),
        "common": (common, common, common, ""),
        "and2": (f"{a} {b}", f"{a} AND {b}", f"{a} AND {b}", ""),
        "and3": (f"{c} {d} {e}", f"{c} AND {d} AND {e}", f"{c} AND {d} AND {e}", ""),
        "phrase": (f'"{p1} {p2}"', f'"{p1} {p2}"', f'"{p1} {p2}"', ""),
        "speaker": (f"{common} speaker:{spk}", f"{common} speaker:{spk}",
                    f"{common} AND speakers:{spk}", ""),
        "date": (f"{common} date:2018-01..2018-06", f"{common} date:20180101..20180630", common,
                 "AND date BETWEEN '2018-01-01' AND '2018-06-30'"),
        "faceted": (common, common, common, ""),
    }


def build_query_bench(args, work):
    lib = os.path.join(args.build, "common", "libnews_common.a")
    out = os.path.join(work, "query_bench")
    if not os.path.exists(lib):
        note(f"no {lib}: in-process query benchmark skipped")
        return None
    source = ROOT  # the headers must be those the library was built from
    with open(os.path.join(args.build, "CMakeCache.txt")) as f:
        for line in f:
            if line.startswith("CMAKE_HOME_DIRECTORY:INTERNAL="):
                source = line.split("=", 1)[1].strip()
    cmd = ["g++", "-O2", "-std=c++20", "-o", out, os.path.join(HERE, "query_bench.cc"),
           "-I", os.path.join(source, "common", "include"), "-I", "/usr/include/xapian-1.4", lib,
           "-lxapian", "-licui18n", "-licuuc", "-lxml2", "-lbenchmark", "-lsqlite3", "-pthread"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        note("query_bench did not build, in-process queries skipped:\n" + proc.stderr[-3000:])
        return None
    return out


def bench_queries_in_process(args, work, meta, have):
    binary = build_query_bench(args, work)
    if not binary:
        return {}
    qfile = os.path.join(work, "queries.tsv")
    with open(qfile, "w") as f:
        for kind, (n, x, s, extra) in query_set(meta).items():
            f.write("\t".join([kind, n, x, s, extra]) + "\n")
    cmd = [binary, "--queries", qfile, "--repetitions", str(args.query_reps),
           "--benchmark_format=json"]
    if "news-index" in have:
        cmd += ["--news", os.path.join(work, "idx-news-index")]
    if "scriptindex" in have:
        cmd += ["--xapian", os.path.join(work, "idx-scriptindex")]
    elif "news-index" in have:  # the same prefixes and date slot: plain Xapian on our database
        cmd += ["--xapian", os.path.join(work, "idx-news-index")]
    if "sqlite-fts5" in have:
        cmd += ["--sqlite", os.path.join(work, "idx-sqlite-fts5")]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        note("query_bench failed:\n" + proc.stderr[-3000:])
        return {}
    out = {}
    for b in json.loads(proc.stdout)["benchmarks"]:
        if b.get("run_type") != "aggregate" or b["aggregate_name"] not in ("p50", "p99"):
            continue
        engine, kind = b["run_name"].split("/")[:2]
        per = out.setdefault(kind, {}).setdefault(engine, {})
        per[b["aggregate_name"] + "_ms"] = b["real_time"]
        # The CPU time of the same percentile: on a shared machine the real time also measures
        # waiting for a core.
        per[b["aggregate_name"] + "_cpu_ms"] = b["cpu_time"]
    return out


def process_commands(args, work, meta, have):
    q = query_set(meta)["common"]
    cmds = {}
    if "news-index" in have:
        cmds["news-search"] = [args.news_search, "--db", os.path.join(work, "idx-news-index"), q[0]]
        help_text = subprocess.run([args.news_search, "--help"], capture_output=True, text=True).stdout
        if "--estimate" in help_text:  # totals and facets estimated: what quest does
            cmds["news-search --estimate"] = cmds["news-search"][:-1] + ["--estimate", q[0]]
    if shutil.which("quest") and have & {"scriptindex", "news-index"}:
        if "scriptindex" in have:
            cmds["quest"] = ["quest", "-d", os.path.join(work, "idx-scriptindex"), q[1]]
        else:  # the same database as news-search, so the same term: its stem, stemming off
            db = os.path.join(work, "idx-news-index")
            cmds["quest"] = ["quest", "-d", db, "-s", "none", stem_all_term(db, q[1])]
    if "sqlite-fts5" in have:
        cmds["sqlite3"] = ["sqlite3", os.path.join(work, "idx-sqlite-fts5"),
                           "SELECT path, title, snippet(articles, 6, '[', ']', '…', 24) FROM "
                           f"articles WHERE articles MATCH '{q[2]}' ORDER BY rank LIMIT 10"]
    return cmds


def stem_all_term(db, word):
    """The term news-index (index format 3: every word one unprefixed stem, STEM_ALL) holds for
    `word`. quest has no stemming-strategy option: its default STEM_SOME would look for the
    Z-prefixed stem, which that format does not write. Its parser shows the stem."""
    out = subprocess.run(["quest", "-d", db, "-m", "0", word], capture_output=True, text=True).stdout
    m = re.search(r"Query\(Z([^@) ]+)@", out)
    return m.group(1) if m else word


def bench_whole_process(args, work, meta, have):
    cmds = process_commands(args, work, meta, have)
    out = {}
    if shutil.which("hyperfine") and not args.smoke:
        export = os.path.join(work, "hyperfine.json")
        cmd = ["hyperfine", "-N", "--warmup", "3", "--runs", str(args.process_runs),
               "--export-json", export, "--style", "none"]
        names = list(cmds)
        for name in names:
            cmd += ["-n", name, " ".join(shlex_quote(a) for a in cmds[name])]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        with open(export) as f:
            for name, r in zip(names, json.load(f)["results"]):
                times = sorted(r["times"])
                out[name] = {"p50_ms": statistics.median(times) * 1e3,
                             "p99_ms": times[min(len(times) - 1, int(0.99 * len(times)))] * 1e3,
                             "mean_ms": r["mean"] * 1e3}
    else:
        if not args.smoke:
            note("hyperfine not installed: whole-process timing by a plain loop")
        for name, cmd in cmds.items():
            times = sorted(measure(cmd)["wall"] for _ in range(3 if args.smoke else args.process_runs))
            out[name] = {"p50_ms": statistics.median(times) * 1e3, "p99_ms": times[-1] * 1e3}
    return out


def shlex_quote(s):
    import shlex
    return shlex.quote(s)


def bench_cold(args, work, meta, have):
    """The first query after dropping the page cache, per tool (needs root and a writable
    /proc/sys/vm/drop_caches; reported as not permitted otherwise)."""
    out = {}
    for name, cmd in process_commands(args, work, meta, have).items():
        try:
            os.sync()
            with open("/proc/sys/vm/drop_caches", "w") as f:
                f.write("3\n")
        except OSError as e:
            return {"not_permitted": str(e)}
        out[name] = {"ms": measure(cmd)["wall"] * 1e3}
    return out


# ---- report -------------------------------------------------------------------------------

def table(lines, title, header, rows):
    """Appends a Markdown table: `header` names the columns, the first left-aligned."""
    lines.append(title)
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|---|" + "---:|" * (len(header) - 1))
    lines.extend("| " + " | ".join(str(c) for c in row) + " |" for row in rows)


def markdown(results):
    lines = []
    meta = results["corpus"]
    lines.append(f"Corpus: {meta['size']} articles, {meta['bytes'] / 1e6:.1f} MB "
                 f"({meta['sentences']} sentences from {meta['queries']['source']}), "
                 f"{results['repeat']} interleaved rounds, medians.\n")
    idx = results["indexing"]
    base = idx.get("news-index")
    table(lines, "", ["tool", "wall s", "docs/s", "MB/s", "CPU s", "peak RSS MB", "disk MB",
                      "peer wall / news-index wall"],
          [[name, f"{r['wall_s']:.2f}", f"{r['docs_per_s']:.0f}", f"{r['mb_per_s']:.2f}",
            f"{r['cpu_s']:.2f}", f"{r['peak_rss_mb']:.0f}", f"{r['disk_mb']:.0f}",
            f"{r['wall_s'] / base['wall_s']:.2f}x" if base and name != "news-index" else ""]
           for name, r in idx.items()])
    if results.get("noop"):
        table(lines, "\nNo-op re-index of the unchanged corpus:\n",
              ["tool", "wall s", "CPU s", "peak RSS MB"],
              [[name, f"{r['wall_s']:.2f}", f"{r['cpu_s']:.2f}", f"{r['peak_rss_mb']:.0f}"]
               for name, r in results["noop"].items()])
    if results.get("queries"):
        engines = ["news", "xapian", "fts5"]
        table(lines, "\nIn-process query latency, top 10, ms (p50 / p99 real time; p50 CPU time):\n",
              ["query"] + engines,
              [[kind] + [f"{per[e]['p50_ms']:.3f} / {per[e]['p99_ms']:.3f}; "
                         f"{per[e].get('p50_cpu_ms', float('nan')):.3f}" if e in per else "n/a"
                         for e in engines] for kind, per in results["queries"].items()])
    if results.get("process"):
        table(lines, "\nWhole process, plain one-word query, ms:\n", ["command", "p50", "p99"],
              [[name, f"{r['p50_ms']:.1f}", f"{r['p99_ms']:.1f}"]
               for name, r in results["process"].items()])
    if results.get("cold"):
        cold = results["cold"]
        if "not_permitted" in cold:
            lines.append(f"\nFirst query after dropping the page cache: not permitted here "
                         f"({cold['not_permitted']}).")
        else:
            lines.append("\nFirst query after dropping the page cache, ms: " +
                         ", ".join(f"{k} {v['ms']:.0f}" for k, v in cold.items()))
    for n in results.get("notes", []):
        lines.append(f"\nNote: {n}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=20211217)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", default="/tmp/news-bench")
    ap.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--news-index")
    ap.add_argument("--news-search")
    ap.add_argument("--tools", default="news-index,omindex,scriptindex,sqlite-fts5")
    ap.add_argument("--no-queries", action="store_true")
    ap.add_argument("--no-noop", action="store_true",
                    help="skip the no-op re-index (with --reuse of an index of part of the corpus)")
    ap.add_argument("--reuse", action="store_true",
                    help="keep the indexes WORK/N/idx-* of an earlier run instead of rebuilding")
    ap.add_argument("--query-reps", type=int, default=200)
    ap.add_argument("--process-runs", type=int, default=30)
    ap.add_argument("--offline", action="store_true", help="sentences from corpus/ only")
    ap.add_argument("--fallback", help="folder of articles to take sentences from instead of corpus/")
    ap.add_argument("--smoke", action="store_true", help="CI: small, offline, one round")
    args = ap.parse_args()
    if args.smoke:
        args.size = 1000 if args.size == 10000 else args.size
        args.repeat, args.offline, args.no_queries = 1, True, True
    args.news_index = args.news_index or os.path.join(args.build, "indexer", "news-index")
    args.news_search = args.news_search or os.path.join(args.build, "searcher", "news-search")

    work = os.path.join(args.work, str(args.size))
    os.makedirs(work, exist_ok=True)
    corpus = os.path.join(work, "corpus")
    meta = generate(args, corpus)

    all_tools = {"news-index": NewsIndex(args.news_index), "omindex": Omindex(),
                 "scriptindex": Scriptindex(), "sqlite-fts5": Fts5()}
    tools, notes = [], []
    for name in args.tools.split(","):
        tool = all_tools[name]
        if tool.available():
            tools.append(tool)
        else:
            msg = f"{name} is not installed: skipped"
            note(msg)
            notes.append(msg)
    have = {t.name for t in tools}

    results = {"corpus": meta, "size": args.size, "repeat": args.repeat, "notes": notes,
               "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "machine": machine()}
    results["indexing"] = bench_indexing(args, tools, corpus, work, meta)
    results["noop"] = {} if args.no_noop else bench_noop(args, tools, corpus, work)
    if not args.no_queries:
        results["queries"] = bench_queries_in_process(args, work, meta, have)
    results["process"] = bench_whole_process(args, work, meta, have)
    if not args.smoke:
        results["cold"] = bench_cold(args, work, meta, have)

    with open(os.path.join(args.work, f"results-{args.size}.json"), "w") as f:
        json.dump(results, f, indent=1)
    text = markdown(results)
    with open(os.path.join(args.work, f"results-{args.size}.md"), "w") as f:
        f.write(text)
    print(text)


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {os.uname().sysname} {os.uname().release}"


if __name__ == "__main__":
    main()
