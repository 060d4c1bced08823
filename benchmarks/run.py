#!/usr/bin/env python3
"""The benchmark, in one command:

    .venv/bin/python benchmarks/run.py [--sizes 1000,10000,100000] [--quick] [--million]

For each size: a corpus from benchmarks/generate.py (our own templates, fixed seed); the
extraction rate on one core and on all cores; ``kg ingest --jobs J`` into a fresh store (wall
and CPU time, triples/s, peak RSS of the whole process tree); exports to Turtle and N-Quads;
loading the Turtle into Oxigraph (in memory, and bulk into a store on disk) against rdflib's
memory store parsing the same file; every named query on the store (median of ``--repeat``
runs after one warm-up) and, where the graph is small enough for rdflib (``--rdflib-max``), the
same query with the same bindings on rdflib's memory store, as a ratio. ``--million`` adds a
store of about one million triples (the query targets are stated for it).

Results go to benchmarks/results.json (merged: sizes run now replace their earlier entries) and
benchmarks/results.md (the tables for the README, regenerated from the JSON). Scratch space is
benchmarks/work/ (corpora are kept and reused; stores are rebuilt). The machine is shared: the
load average is recorded with every figure, and CPU seconds are given beside wall seconds.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

PROGRESS_LINE = re.compile(r"\[(\d+)/(\d+)\] ")   # kg ingest's "[k/N] added …" lines

TARGETS = {
    "extraction_per_core": 500,          # articles/s on one core
    "ingest_10k_seconds": 60,            # 10,000 articles with --jobs 2
    "ingest_10k_peak_mb": 1024,
    "load_ratio": 10,                    # rdflib parse time / Oxigraph load time
    "query_ms": 200,                     # every named query, 1M triples, median
    "query_ratio": 20,                   # rdflib / kg
    "flat_per_article": 0.20,            # cost per article within ±20% of the smallest size's
}


# --- helpers --------------------------------------------------------------------------------------

def load_avg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def kg_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *map(str, args)]


def run_measured(cmd: list[str], timeout: float | None = None, env: dict | None = None,
                 on_stderr_line=None) -> dict:
    """Run a command; wall and CPU seconds (the whole process tree, from the kernel's accounting
    of waited-for children) and the peak of the tree's summed RSS (sampled every 50 ms).
    With ``on_stderr_line``, standard error is read as it comes (each line handed to it, the
    last 200 kept), so a long, chatty run never blocks on a full pipe."""
    try:
        import psutil
    except ImportError:                      # the peak then is that of the largest single process
        psutil = None
    before = os.times()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, **(env or {})), cwd=ROOT)
    tail: collections.deque[str] = collections.deque(maxlen=200)
    reader = None
    if on_stderr_line is not None:
        def read_stderr() -> None:
            for line in proc.stderr:
                tail.append(line)
                on_stderr_line(line)
        reader = threading.Thread(target=read_stderr, daemon=True)
        reader.start()
    peak = 0
    timed_out = False
    if psutil is not None:
        ps = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
                peak = max(peak, rss)
            except psutil.Error:
                pass
            if timeout and time.perf_counter() - t0 > timeout:
                timed_out = True
                for c in ps.children(recursive=True):
                    c.kill()
                proc.kill()
                break
            time.sleep(0.05)
    if reader is not None:
        if psutil is None:
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
                proc.kill()
        out = proc.stdout.read()
        proc.wait()
        reader.join()
        err = "".join(tail)
    else:
        try:
            out, err = proc.communicate(timeout=None if psutil else timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            proc.kill()
            out, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if psutil is None:
        import resource
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return {"returncode": proc.returncode, "seconds": round(wall, 3), "cpu_seconds": round(cpu, 3),
            "peak_rss_mb": round(peak / 2**20, 1), "stdout": out, "stderr": err, "timed_out": timed_out}


def median_ms(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 2)


# --- extraction -----------------------------------------------------------------------------------

def extraction_worker(corpus: str, limit: int, jobs: int) -> dict:
    """Run in a subprocess: read ``limit`` articles, then extract them on ``jobs`` processes."""
    from itertools import islice

    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.pipeline import extract, extract_stream, extraction_pool

    articles = [a for a in islice((x for x in read_inputs([corpus]) if isinstance(x, Article)), limit)]
    size = sum(len(a.text.encode()) for a in articles)
    with extraction_pool(jobs) as pool:
        if pool is None:
            extract(articles[0])                   # extractors made before the clock starts
        else:
            list(extract_stream(articles[:jobs * 4], lambda a: a, pool=pool))   # workers warmed up
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(1 for _ in extract_stream(articles, lambda a: a, pool=pool))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": n, "jobs": jobs, "seconds": round(wall, 3), "cpu_seconds_this_process": round(cpu, 3),
            "mean_bytes": round(size / max(n, 1)), "articles_per_s": round(n / wall, 1)}


def measure_extraction(corpus: Path, limit: int, jobs: int) -> dict:
    out = {}
    for label, j in (("one_core", 1), ("all_cores", jobs)):
        r = run_measured([sys.executable, str(HERE / "run.py"), "--extraction-worker", str(corpus),
                          "--limit", str(limit), "--jobs", str(j)])
        if r["returncode"] != 0:
            raise SystemExit(f"extraction worker failed:\n{r['stderr'][-3000:]}")
        res = json.loads(r["stdout"].strip().splitlines()[-1])
        res["load_avg"] = load_avg()
        if j == 1:    # one process: its CPU time is the extraction's; articles per CPU second = per core
            res["articles_per_cpu_s"] = round(res["articles"] / max(res["cpu_seconds_this_process"], 1e-9), 1)
        out[label] = res
    return out


# --- ingest, export, load ---------------------------------------------------------------------------

def count_store(store: Path) -> dict:
    from kg.store import open_store

    with open_store(store) as st:
        return {"quads": len(st), "articles": len(st.manifest())}


def measure_ingest(corpus: list[Path], store: Path, jobs: int, timeout: float | None) -> dict:
    shutil.rmtree(store, ignore_errors=True)
    la = load_avg()
    progress: list[list[float]] = []          # [articles written, wall seconds] every 5% of the corpus
    t0 = time.perf_counter()

    def on_line(line: str) -> None:
        m = PROGRESS_LINE.match(line)
        if m:
            done, total = int(m[1]), int(m[2])
            if done == total or done % max(1, total // 20) == 0:
                progress.append([done, round(time.perf_counter() - t0, 2)])

    r = run_measured(kg_cmd("ingest", *corpus, "--store", store, "--jobs", jobs), timeout=timeout,
                     on_stderr_line=on_line)
    if r["returncode"] not in (0, 1) and not r["timed_out"]:
        raise SystemExit(f"kg ingest failed ({r['returncode']}):\n{r['stderr'][-3000:]}")
    counts = count_store(store)
    n = counts["articles"]
    return {"jobs": jobs, "seconds": r["seconds"], "cpu_seconds": r["cpu_seconds"], "peak_rss_mb": r["peak_rss_mb"],
            "articles": n, "quads": counts["quads"], "timed_out": r["timed_out"],
            "triples_per_s": round(counts["quads"] / r["seconds"]),
            "ms_per_article": round(r["seconds"] * 1000 / max(n, 1), 2),
            "cpu_ms_per_article": round(r["cpu_seconds"] * 1000 / max(n, 1), 2),
            "load_avg": [la, load_avg()], "progress": progress,
            "ms_per_article_by_segment": segment_rates(progress)}


def segment_rates(progress: list[list[float]]) -> list[list[float]]:
    """Wall ms per article within each stretch of the progress record: [last article of the
    stretch, ms per article in it]. A flat cost shows as a flat column."""
    out, prev = [], (0, 0.0)
    for done, secs in progress:
        if done > prev[0]:
            out.append([done, round((secs - prev[1]) * 1000 / (done - prev[0]), 2)])
            prev = (done, secs)
    return out


def measure_export(store: Path, work: Path, tag: str) -> dict:
    out = {}
    for fmt, suffix in (("nquads", ".nq"), ("turtle", ".ttl")):
        path = work / f"export-{tag}{suffix}"
        r = run_measured(kg_cmd("export", "--format", fmt, "--store", store, "-o", path))
        if r["returncode"] != 0:
            raise SystemExit(f"kg export failed:\n{r['stderr'][-2000:]}")
        out[fmt] = {"path": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
                    "seconds": r["seconds"], "bytes": path.stat().st_size}
    return out


def oxigraph_load_worker(ttl: str, nq: str, scratch: str) -> dict:
    """Run in a subprocess: load the Turtle into an in-memory Oxigraph store (median of 3), and
    bulk-load the N-Quads into a new store on disk."""
    import pyoxigraph as ox

    times = []
    triples = 0
    for _ in range(3):
        st = ox.Store()
        t0 = time.perf_counter()
        st.load(path=ttl, format=ox.RdfFormat.TURTLE)
        times.append(time.perf_counter() - t0)
        triples = len(st)
        del st
    shutil.rmtree(scratch, ignore_errors=True)
    disk = ox.Store(scratch)
    t0 = time.perf_counter()
    disk.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
    disk.flush()
    bulk = time.perf_counter() - t0
    quads = len(disk)
    del disk
    shutil.rmtree(scratch, ignore_errors=True)
    return {"triples": triples, "memory_turtle_seconds": round(statistics.median(times), 3),
            "disk_bulk_nquads_seconds": round(bulk, 3), "quads": quads}


def measure_bulk_route(corpus: list[Path], work: Path, label: str, jobs: int, timeout: float | None) -> dict:
    """The other way into a store: ``kg extract`` (one shard: the whole corpus, written as
    N-Quads from a store in memory) then ``kg reconcile --load`` (Oxigraph's bulk loader into a new
    store folder, then the holding periods). Not one transaction an article: for a first load."""
    nq, store = work / f"bulk-route-{label}.nq", work / f"bulk-route-store-{label}"
    shutil.rmtree(store, ignore_errors=True)
    la = load_avg()
    ex = run_measured(kg_cmd("extract", *corpus, "--jobs", jobs, "-o", nq, "-q"), timeout=timeout)
    if ex["returncode"] not in (0, 1):
        raise SystemExit(f"kg extract failed ({ex['returncode']}):\n{ex['stderr'][-3000:]}")
    ld = run_measured(kg_cmd("reconcile", "--store", store, "--load", nq, "-q"), timeout=timeout)
    if ld["returncode"] != 0:
        raise SystemExit(f"kg reconcile --load failed:\n{ld['stderr'][-3000:]}")
    counts = count_store(store)
    total = ex["seconds"] + ld["seconds"]
    out = {"extract_seconds": ex["seconds"], "extract_cpu_seconds": ex["cpu_seconds"],
           "extract_peak_rss_mb": ex["peak_rss_mb"], "load_reconcile_seconds": ld["seconds"],
           "load_reconcile_cpu_seconds": ld["cpu_seconds"], "load_reconcile_peak_rss_mb": ld["peak_rss_mb"],
           "seconds": round(total, 3), "quads": counts["quads"], "articles": counts["articles"],
           "triples_per_s": round(counts["quads"] / total), "nquads_bytes": nq.stat().st_size,
           "load_avg": [la, load_avg()]}
    nq.unlink(missing_ok=True)
    shutil.rmtree(store, ignore_errors=True)
    return out


# --- queries ------------------------------------------------------------------------------------------

def query_params(store: Path) -> dict[str, dict[str, str]]:
    """Parameter values that select something in this store, for every named query."""
    import pyoxigraph as ox

    from kg.query import list_queries
    from kg.store import open_store

    hko = "https://w3id.org/handover-kg/ontology#"

    def top(st, query: str) -> str | None:
        rows = list(st.ox.query(query, use_default_graph_as_union=True))
        return rows[0][0].value if rows and rows[0][0] is not None else None

    with open_store(store) as st:
        base = top(st, f"SELECT ?b (COUNT(*) AS ?n) WHERE {{ ?h <{hko}base> ?b }} GROUP BY ?b ORDER BY DESC(?n) ?b LIMIT 1")
        force = top(st, f"SELECT ?f (COUNT(*) AS ?n) WHERE {{ ?h <{hko}toForce> ?f }} GROUP BY ?f ORDER BY DESC(?n) ?f LIMIT 1")
        speaker = top(st, f"SELECT ?s (COUNT(*) AS ?n) WHERE {{ ?x <{hko}speaker> ?s }} GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1")
        handover = top(st, f"SELECT ?h (COUNT(*) AS ?n) WHERE {{ ?h <{hko}base> ?b }} GROUP BY ?h ORDER BY DESC(?n) ?h LIMIT 1")
        dates = [r[0].value for r in st.ox.query(f"SELECT DISTINCT ?d WHERE {{ ?h <{hko}date> ?d }} ORDER BY ?d",
                                                 use_default_graph_as_union=True)]
    mid = dates[len(dates) // 2] if dates else "2020-06-01"
    year = mid[:4]
    key = lambda iri: iri.rstrip("/").rsplit("/", 1)[-1] if iri else "none"   # noqa: E731
    values = {"base": key(base), "force": key(force), "speaker": key(speaker), "handover": handover or "",
              "date": mid, "from": f"{year}-01-01", "to": f"{year}-12-31"}
    out = {}
    for q in list_queries():
        out[q.name] = {p.name: values.get(p.name, p.example) for p in q.params if p.name in values or p.required}
    del ox
    return out


def query_worker(store: str, name: str, values: dict[str, str], repeat: int) -> dict:
    """Run in a subprocess (a query in Oxigraph cannot be interrupted from Python): one named
    query through kg (kg.query.run_local on the open store: what `kg query` does, rows made
    rdflib terms) and through pyoxigraph alone (the engine, same bindings)."""
    import pyoxigraph as ox

    from kg.query import bind, load_query, run_local
    from kg.store import open_store
    from kg.store_terms import to_ox

    with open_store(store) as st:
        q = load_query(name)
        bindings = bind(q, values)
        subst = {ox.Variable("_" + k): to_ox(v) for k, v in bindings.items()}
        t0 = time.perf_counter()
        rows = len(run_local(q, bindings, st).rows)           # warm-up (and the first, cold run)
        first = time.perf_counter() - t0
        kg_times, engine_times = [], []
        if first > SLOW_QUERY:                                 # far off any target: one run of each is enough
            kg_times.append(first)
            repeat = 0
            t0 = time.perf_counter()
            sum(1 for _ in st.ox.query(q.text, substitutions=subst, use_default_graph_as_union=True))
            engine_times.append(time.perf_counter() - t0)
        for _ in range(repeat):
            t0 = time.perf_counter()
            run_local(q, bindings, st)
            kg_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            sum(1 for _ in st.ox.query(q.text, substitutions=subst, use_default_graph_as_union=True))
            engine_times.append(time.perf_counter() - t0)
    return {"params": values, "rows": rows, "first_ms": round(first * 1000, 2), "kg_ms": median_ms(kg_times),
            "engine_ms": median_ms(engine_times), "runs": len(kg_times)}


def measure_queries(store: Path, params: dict[str, dict[str, str]], repeat: int, timeout: float) -> dict:
    """Every named query, each in a subprocess stopped after ``timeout`` seconds."""
    out = {}
    for name, values in params.items():
        r = run_measured([sys.executable, str(HERE / "run.py"), "--query-worker", str(store), name,
                          json.dumps(values), "--repeat", str(repeat)], timeout=timeout)
        if r["timed_out"]:
            out[name] = {"params": values, "timed_out": True, "timeout_s": timeout, "rows": None,
                         "kg_ms": None, "engine_ms": None, "runs": 0}
        elif r["returncode"] != 0:
            raise SystemExit(f"query worker failed on {name}:\n{r['stderr'][-3000:]}")
        else:
            out[name] = json.loads(r["stdout"].strip().splitlines()[-1])
        out[name]["load_avg"] = load_avg()
        print(f"    {name}: {out[name]['kg_ms']} ms", file=sys.stderr, flush=True)
    return out


SLOW_QUERY = 10.0
"""Seconds: a query whose first run takes longer is run once more on the engine alone, not 5 times."""


class _Timeout(Exception):
    pass


def rdflib_worker(nq: str, ttl: str, params_json: str, repeat: int, timeout: float) -> dict:
    """Run in a subprocess: rdflib's memory store parses the Turtle (timed, as the load
    comparison), then the N-Quads into a Dataset whose default graph is the union, and runs
    every named query with the same bindings (each run stopped after ``timeout`` seconds)."""
    import resource

    from rdflib import Dataset, Graph, Variable

    from kg.query import bind, load_query

    out: dict = {}
    g = Graph()
    t0 = time.perf_counter()
    g.parse(ttl, format="turtle")
    out["parse_turtle_seconds"] = round(time.perf_counter() - t0, 3)
    out["triples"] = len(g)
    del g
    ds = Dataset(default_union=True)
    t0 = time.perf_counter()
    ds.parse(nq, format="nquads")
    out["parse_nquads_seconds"] = round(time.perf_counter() - t0, 3)

    def alarm(*_):
        raise _Timeout()

    signal.signal(signal.SIGALRM, alarm)
    queries = {}
    for name, values in json.loads(params_json).items():
        q = load_query(name)
        bindings = {Variable("_" + k): v for k, v in bind(q, values).items()}
        times, rows, timed_out, error = [], None, False, None
        for _ in range(repeat):
            signal.setitimer(signal.ITIMER_REAL, timeout)
            t0 = time.perf_counter()
            try:
                res = ds.query(q.text, initBindings=bindings)
                rows = len(list(res))
                times.append(time.perf_counter() - t0)
            except _Timeout:
                timed_out = True
                break
            except Exception as e:         # rdflib's engine fails on some queries (see results)
                error = f"{type(e).__name__}: {e}"[:200]
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        queries[name] = {"rdflib_ms": median_ms(times) if times else None, "rows": rows, "error": error,
                         "timed_out": timed_out, "timeout_s": timeout, "runs": len(times)}
    out["queries"] = queries
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


# --- one size -------------------------------------------------------------------------------------------

def bench_size(label: str, n: int, args, corpus_dirs: list[Path] | None = None) -> dict:
    import generate

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    say = lambda msg: print(f"[{label}] {msg}", file=sys.stderr, flush=True)   # noqa: E731
    entry: dict = {"articles": n, "started": time.strftime("%Y-%m-%d %H:%M:%S"), "load_avg_start": load_avg()}
    if corpus_dirs is None:
        corpus = work / f"corpus-{n}"
        t0 = time.perf_counter()
        generate.write(n, corpus, seed=args.seed)
        say(f"corpus ready in {time.perf_counter() - t0:.1f} s")
        corpus_dirs = [corpus]
    entry["corpus_bytes"] = sum(p.stat().st_size for d in corpus_dirs for p in d.rglob("*.txt"))
    if not args.skip_extraction:
        say("extraction rate")
        entry["extraction"] = measure_extraction(corpus_dirs[0], min(n, args.extract_sample), args.jobs)
    store = work / f"store-{label}"
    say(f"kg ingest --jobs {args.jobs}")
    entry["ingest"] = measure_ingest(corpus_dirs, store, args.jobs, args.ingest_timeout)
    ing = entry["ingest"]
    say(f"ingest: {ing['articles']} articles, {ing['quads']} quads in {ing['seconds']} s "
        f"({ing['cpu_seconds']} s CPU, peak {ing['peak_rss_mb']} MB)")
    if ing["timed_out"]:
        entry["note"] = f"ingest stopped after {args.ingest_timeout} s; figures are for the articles written by then"
        return entry
    if args.bulk_route:
        say("the bulk route: kg extract, then kg reconcile --load")
        entry["bulk_route"] = measure_bulk_route(corpus_dirs, work, label, args.jobs, args.ingest_timeout)
    params = query_params(store)
    say("queries on the store")
    entry["queries"] = measure_queries(store, params, args.repeat, args.query_timeout)
    if ing["quads"] <= args.rdflib_max:
        say("exports, loads, rdflib")
        entry["export"] = measure_export(store, work, label)
        ttl, nq = ROOT / entry["export"]["turtle"]["path"], ROOT / entry["export"]["nquads"]["path"]
        r = run_measured([sys.executable, str(HERE / "run.py"), "--oxigraph-load-worker", str(ttl), str(nq),
                          str(work / f"bulk-{label}")])
        if r["returncode"] != 0:
            raise SystemExit(f"oxigraph load worker failed:\n{r['stderr'][-3000:]}")
        entry["load"] = {"oxigraph": json.loads(r["stdout"].strip().splitlines()[-1])}
        entry["load"]["oxigraph"]["peak_rss_mb"] = r["peak_rss_mb"]
        r = run_measured([sys.executable, str(HERE / "run.py"), "--rdflib-worker", str(nq), str(ttl),
                          json.dumps(params), "--repeat", str(args.rdflib_repeat),
                          "--timeout", str(args.rdflib_timeout)])
        if r["returncode"] != 0:
            raise SystemExit(f"rdflib worker failed:\n{r['stderr'][-3000:]}")
        rd = json.loads(r["stdout"].strip().splitlines()[-1])
        entry["load"]["rdflib"] = {k: v for k, v in rd.items() if k != "queries"}
        ox_load = entry["load"]["oxigraph"]
        entry["load"]["ratio_memory"] = round(rd["parse_turtle_seconds"] / max(ox_load["memory_turtle_seconds"], 1e-9), 1)
        entry["load"]["ratio_disk_bulk"] = round(rd["parse_turtle_seconds"] / max(ox_load["disk_bulk_nquads_seconds"], 1e-9), 1)
        for name, q in rd["queries"].items():
            mine = entry["queries"][name]
            mine["rdflib_ms"], mine["rdflib_rows"] = q["rdflib_ms"], q["rows"]
            mine["rdflib_timed_out"], mine["rdflib_timeout_s"] = q["timed_out"], q["timeout_s"]
            if q["error"]:
                mine["rdflib_error"] = q["error"]
            if mine["kg_ms"] is None:
                continue                                 # Oxigraph itself was stopped: no ratio
            if q["rdflib_ms"] is not None:
                mine["ratio"] = round(q["rdflib_ms"] / max(mine["kg_ms"], 1e-3), 1)
            elif q["timed_out"]:
                mine["ratio_at_least"] = round(q["timeout_s"] * 1000 / max(mine["kg_ms"], 1e-3), 1)
    else:
        entry["note_rdflib"] = (f"{ing['quads']} quads: above --rdflib-max {args.rdflib_max}; rdflib's memory "
                                "store would need several GB and hours here, so the comparison is made on the "
                                "smaller stores")
    if not args.keep:
        shutil.rmtree(work / f"bulk-{label}", ignore_errors=True)
    entry["load_avg_end"] = load_avg()
    entry["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    return entry


# --- results ------------------------------------------------------------------------------------------

def machine() -> dict:
    from importlib.metadata import version

    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "pyoxigraph": version("pyoxigraph"), "rdflib": version("rdflib"), "oxrdflib": version("oxrdflib")}


def merge(path: Path, runs: dict) -> dict:
    doc = json.loads(path.read_text()) if path.exists() else {}
    doc.setdefault("runs", {}).update(runs)
    doc["machine"] = machine()
    doc["targets"] = TARGETS
    doc["assessment"] = assess(doc["runs"])
    path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    return doc


def _sizes(runs: dict) -> list[str]:
    return sorted((k for k in runs if k.isdigit()), key=int)


def assess(runs: dict) -> dict:
    """Each target: the measured figure and whether it is met."""
    out: dict = {}
    rates = [r["extraction"]["one_core"].get("articles_per_cpu_s") for r in runs.values() if "extraction" in r]
    if rates:
        best = min(rates)
        out["extraction_per_core"] = {"measured": best, "target": TARGETS["extraction_per_core"],
                                      "met": best >= TARGETS["extraction_per_core"]}
    ten = runs.get("10000", {}).get("ingest")
    if ten:
        out["ingest_10k_seconds"] = {"measured": ten["seconds"], "cpu_seconds": ten["cpu_seconds"],
                                     "target": TARGETS["ingest_10k_seconds"],
                                     "met": ten["seconds"] <= TARGETS["ingest_10k_seconds"] and not ten["timed_out"]}
        out["ingest_10k_peak_mb"] = {"measured": ten["peak_rss_mb"], "target": TARGETS["ingest_10k_peak_mb"],
                                     "met": ten["peak_rss_mb"] <= TARGETS["ingest_10k_peak_mb"]}
    loads = [(k, r["load"]) for k, r in runs.items() if "load" in r]
    if loads:
        k, load = max(loads, key=lambda kv: kv[1]["oxigraph"]["triples"])
        out["load_ratio"] = {"store": k, "measured_memory": load["ratio_memory"],
                             "measured_disk_bulk": load["ratio_disk_bulk"], "target": TARGETS["load_ratio"],
                             "met": load["ratio_memory"] >= TARGETS["load_ratio"]}
    big = runs.get("1M") or (runs[_sizes(runs)[-1]] if _sizes(runs) else None)
    if big and "queries" in big:
        qs = big["queries"]
        slow = {n: (q["kg_ms"] if q["kg_ms"] is not None else f"> {q['timeout_s']:.0f} s (stopped)")
                for n, q in qs.items() if q["kg_ms"] is None or q["kg_ms"] > TARGETS["query_ms"]}
        ratios = {n: q.get("ratio", q.get("ratio_at_least")) for n, q in qs.items() if not q.get("rdflib_error")}
        low = {n: r for n, r in ratios.items() if r is not None and r < TARGETS["query_ratio"]}
        done = [q["kg_ms"] for q in qs.values() if q["kg_ms"] is not None]
        out["query_ms"] = {"store_quads": big["ingest"]["quads"], "max_ms": max(done, default=None),
                           "over_target": slow, "met": not slow}
        out["query_ratio"] = {"min": min((r for r in ratios.values() if r is not None), default=None),
                              "under_target": low, "met": bool(ratios) and not low and None not in ratios.values()}
    sizes = [k for k in _sizes(runs) if "ingest" in runs[k] and not runs[k]["ingest"]["timed_out"]]
    if len(sizes) >= 2:
        first = runs[sizes[0]]["ingest"]["cpu_ms_per_article"]
        spread = {k: round(runs[k]["ingest"]["cpu_ms_per_article"] / first - 1, 3) for k in sizes}
        out["flat_per_article"] = {"cpu_ms_per_article": {k: runs[k]["ingest"]["cpu_ms_per_article"] for k in sizes},
                                   "relative_to_smallest": spread,
                                   "met": all(abs(v) <= TARGETS["flat_per_article"] for v in spread.values())}
    return out


def markdown(doc: dict) -> str:
    runs, a, m = doc["runs"], doc.get("assessment", {}), doc["machine"]
    labels = _sizes(runs) + (["1M"] if "1M" in runs else [])
    lines = [f"Measured on {m['cpus']} cores, Python {m['python']}, pyoxigraph {m['pyoxigraph']}, rdflib "
             f"{m['rdflib']}; the machine was shared (load averages below). CPU = seconds of CPU of the whole "
             "process tree (writer and extraction workers).", "",
             "| articles | corpus | extraction, 1 core (art/s per CPU s) | extraction, all cores (art/s) | "
             "ingest --jobs | ingest wall | ingest CPU | quads | triples/s | ms/article (wall / CPU) | peak RSS | load avg |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for k in labels:
        r = runs[k]
        ex = r.get("extraction", {})
        one, allc = ex.get("one_core", {}), ex.get("all_cores", {})
        ing = r.get("ingest")
        if not ing:                      # an entry from --bulk-route-only alone: in the bulk-route table
            continue
        name = k if k != "1M" else f"{r['articles']:,} (~1M store)"
        lines.append(
            f"| {name} | {r.get('corpus_bytes', 0) / 2**20:.0f} MB | "
            f"{one.get('articles_per_cpu_s', '–')} | {allc.get('articles_per_s', '–')} | {ing['jobs']} | "
            f"{ing['seconds']:.1f} s{' (stopped)' if ing['timed_out'] else ''} | {ing['cpu_seconds']:.1f} s | "
            f"{ing['quads']:,} | {ing['triples_per_s']:,} | {ing['ms_per_article']} / {ing['cpu_ms_per_article']} | "
            f"{ing['peak_rss_mb']:.0f} MB | {ing['load_avg'][0][0]}–{ing['load_avg'][1][0]} |")
    curves = [(k, runs[k]["ingest"]["ms_per_article_by_segment"]) for k in labels
              if runs[k].get("ingest", {}).get("ms_per_article_by_segment")]
    if curves:
        lines += ["", "Ingest cost along each run (wall ms per article in each twentieth of the corpus, "
                      "from kg ingest's progress lines: a flat cost is a flat row):", ""]
        for k, seg in curves:
            lines.append(f"- {k}: " + ", ".join(f"{done:,}: {ms}" for done, ms in seg))
    bulk = [(k, runs[k]["bulk_route"]) for k in labels if "bulk_route" in runs[k]]
    if bulk:
        lines += ["", "The bulk route on one machine (`kg extract --jobs 2 -o all.nq`, then `kg reconcile --store S "
                      "--load all.nq`: no transaction per article):", "",
                  "| articles | extract (wall / CPU) | load + reconcile (wall / CPU) | total | quads | triples/s | peak RSS |",
                  "|---:|---:|---:|---:|---:|---:|---:|"]
        for k, b in bulk:
            lines.append(f"| {k} | {b['extract_seconds']:.1f} s / {b['extract_cpu_seconds']:.1f} s | "
                         f"{b['load_reconcile_seconds']:.1f} s / {b['load_reconcile_cpu_seconds']:.1f} s | "
                         f"{b['seconds']:.1f} s | {b['quads']:,} | {b['triples_per_s']:,} | "
                         f"{max(b['extract_peak_rss_mb'], b['load_reconcile_peak_rss_mb']):.0f} MB |")
    loads = [(k, runs[k]["load"]) for k in labels if "load" in runs[k]]
    if loads:
        lines += ["", "Loading the exported Turtle (same file, same run):", "",
                  "| store | triples | rdflib memory store: parse | Oxigraph in memory: load | ratio | "
                  "Oxigraph on disk: bulk load (N-Quads) | ratio | rdflib peak RSS |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for k, ld in loads:
            ox_, rd = ld["oxigraph"], ld["rdflib"]
            lines.append(f"| {k} | {ox_['triples']:,} | {rd['parse_turtle_seconds']:.2f} s | "
                         f"{ox_['memory_turtle_seconds']:.2f} s | {ld['ratio_memory']}× | "
                         f"{ox_['disk_bulk_nquads_seconds']:.2f} s | {ld['ratio_disk_bulk']}× | {rd['peak_rss_mb']:.0f} MB |")
    shown = ["1M"] if "1M" in runs else [k for k in labels if "queries" in runs[k]][-1:]
    for k in shown:
        qs = runs[k].get("queries")
        if not qs:
            continue
        runs_ = max(q["runs"] for q in qs.values())
        lines += ["", f"Named queries on the {k if k != '1M' else '~1M-triple'} store "
                      f"({runs[k]['ingest']['quads']:,} quads; median of {runs_} runs after a warm-up, one run where "
                      f"the first took over {SLOW_QUERY:.0f} s; rdflib: one run, stopped after "
                      f"{_rdflib_timeout(qs)}):", "",
                  "| query | rows | kg query (ms) | engine alone (ms) | runs | rdflib memory store (ms) | ratio |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for name, q in qs.items():
            if q.get("rdflib_ms") is not None:
                rd, ratio = f"{q['rdflib_ms']:,.0f}", f"{q['ratio']}×"
            elif q.get("rdflib_timed_out"):
                rd, ratio = "> timeout", (f"≥ {q['ratio_at_least']}×" if q.get("ratio_at_least") else "–")
            elif q.get("rdflib_error"):
                rd, ratio = "fails (" + q["rdflib_error"].split(":")[0] + ")", "–"
            else:
                rd, ratio = "–", "–"
            if q["kg_ms"] is None:
                lines.append(f"| {name} | – | > {q['timeout_s']:.0f} s (stopped) | – | – | {rd} | – |")
                continue
            lines.append(f"| {name} | {q['rows']:,} | {q['kg_ms']:,.1f} | {q['engine_ms']:,.1f} | {q['runs']} | "
                         f"{rd} | {ratio} |")
    if a:
        lines += ["", "Targets:", "", "| target | measured | met |", "|---|---|---|"]
        names = {"extraction_per_core": "extraction ≥ 500 articles/s per core",
                 "ingest_10k_seconds": "10,000 articles into the store ≤ 60 s (--jobs 2)",
                 "ingest_10k_peak_mb": "peak memory ≤ 1 GB (10,000 articles)",
                 "load_ratio": "loading ≥ 10× faster than rdflib",
                 "query_ms": "every named query ≤ 200 ms (1M triples)",
                 "query_ratio": "every named query ≥ 20× faster than rdflib",
                 "flat_per_article": "cost per article flat (±20%)"}
        for key, v in a.items():
            measured = {k: x for k, x in v.items() if k not in ("met", "target")}
            lines.append(f"| {names.get(key, key)} | {json.dumps(measured, ensure_ascii=False)} | "
                         f"{'yes' if v.get('met') else 'no'} |")
    return "\n".join(lines) + "\n"


def _rdflib_timeout(qs: dict) -> str:
    for q in qs.values():
        if q.get("rdflib_timeout_s"):
            return f"{q['rdflib_timeout_s']:.0f} s"
        if q.get("ratio_at_least"):
            return f"{q['ratio_at_least'] * q['kg_ms'] / 1000:.0f} s"
    return "its timeout"


def million_articles(runs: dict, triples: int, results: Path | None = None) -> int:
    """Articles for a store of about ``triples`` quads, from the quads per article measured in this
    run (or in results.json when this run measured none)."""
    done = dict(runs)
    if not done and results is not None and results.exists():
        done = json.loads(results.read_text())["runs"]
    per = [r["ingest"]["quads"] / r["ingest"]["articles"] for r in done.values()
           if r.get("ingest", {}).get("articles")]
    per_article = statistics.median(per) if per else 330
    return max(100, int(round(triples / per_article, -2)))


def run_million(runs: dict, n: int, args, results: Path, md: Path) -> None:
    runs["1M"] = bench_size("1M", n, args)
    runs["1M"]["target_triples"] = args.million_triples
    doc = merge(results, {"1M": runs["1M"]})
    md.write_text(markdown(doc), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes, comma-separated")
    ap.add_argument("--quick", action="store_true",
                    help="small and fast: sizes 200,1000 unless --sizes is given, 1 query run, no 1M store")
    ap.add_argument("--million", action="store_true", help="also build and query a store of about 1M triples")
    ap.add_argument("--million-triples", type=int, default=1_000_000,
                    help="size of the --million store in triples (smaller only to try the runner out)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="kg ingest --jobs (default: cores)")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each query (median; after one warm-up)")
    ap.add_argument("--rdflib-repeat", type=int, default=3, help="runs of each query on rdflib")
    ap.add_argument("--rdflib-timeout", type=float, default=120, help="seconds before an rdflib query run is stopped")
    ap.add_argument("--rdflib-max", type=int, default=1_500_000, help="largest store (quads) compared with rdflib")
    ap.add_argument("--extract-sample", type=int, default=2000, help="articles whose extraction rate is measured")
    ap.add_argument("--ingest-timeout", type=float, default=None, help="stop an ingest after this many seconds")
    ap.add_argument("--query-timeout", type=float, default=600, help="seconds before a query (all its runs) is stopped")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--skip-extraction", action="store_true")
    ap.add_argument("--work", default=str(HERE / "work"), help="scratch folder (default benchmarks/work)")
    ap.add_argument("--out", default=str(HERE), help="folder for results.json and results.md")
    ap.add_argument("--keep", action="store_true", help="keep the bulk-loaded stores")
    ap.add_argument("--bulk-route", action="store_true",
                    help="also time kg extract + kg reconcile --load (the shard path on one machine)")
    ap.add_argument("--bulk-route-only", action="store_true",
                    help="only time the bulk route for --sizes, added to their existing entries")
    ap.add_argument("--markdown-only", action="store_true", help="rewrite results.md from results.json")
    # internal: the parts that run in subprocesses
    ap.add_argument("--extraction-worker", metavar="CORPUS", help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--oxigraph-load-worker", nargs=3, metavar=("TTL", "NQ", "SCRATCH"), help=argparse.SUPPRESS)
    ap.add_argument("--rdflib-worker", nargs=3, metavar=("NQ", "TTL", "PARAMS"), help=argparse.SUPPRESS)
    ap.add_argument("--timeout", type=float, default=120, help=argparse.SUPPRESS)
    ap.add_argument("--query-worker", nargs=3, metavar=("STORE", "NAME", "PARAMS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.extraction_worker:
        print(json.dumps(extraction_worker(args.extraction_worker, args.limit, args.jobs)))
        return 0
    if args.markdown_only:
        doc = merge(Path(args.out) / "results.json", {})
        (Path(args.out) / "results.md").write_text(markdown(doc), encoding="utf-8")
        return 0
    if args.query_worker:
        store, name, values = args.query_worker
        print(json.dumps(query_worker(store, name, json.loads(values), args.repeat)))
        return 0
    if args.oxigraph_load_worker:
        print(json.dumps(oxigraph_load_worker(*args.oxigraph_load_worker)))
        return 0
    if args.rdflib_worker:
        nq, ttl, params = args.rdflib_worker
        print(json.dumps(rdflib_worker(nq, ttl, params, args.repeat, args.timeout)))
        return 0

    if args.quick:
        if "--sizes" not in (argv if argv is not None else sys.argv[1:]):
            args.sizes = "200,1000"
        args.repeat, args.rdflib_repeat = 1, 1
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    results, md = out / "results.json", out / "results.md"
    runs: dict = {}
    if args.bulk_route_only:
        doc = json.loads(results.read_text()) if results.exists() else {"runs": {}}
        for n in sizes:
            entry = doc["runs"].get(str(n), {"articles": n})
            corpus = Path(args.work) / f"corpus-{n}"
            import generate
            generate.write(n, corpus, seed=args.seed)
            entry["bulk_route"] = measure_bulk_route([corpus], Path(args.work), str(n), args.jobs, args.ingest_timeout)
            print(f"[{n}] bulk route: {entry['bulk_route']['seconds']} s", file=sys.stderr)
            doc = merge(results, {str(n): entry})
        md.write_text(markdown(doc), encoding="utf-8")
        return 0
    # Sizes in order of articles; the ~1M-triple store (its article count from the quads per
    # article measured so far) takes its place among them, so a long largest size comes last.
    million_pending = args.million
    for n in sorted(sizes):
        if million_pending and runs:
            million_n = million_articles(runs, args.million_triples)
            if million_n <= n:
                run_million(runs, million_n, args, results, md)
                million_pending = False
        runs[str(n)] = bench_size(str(n), n, args)
        doc = merge(results, {str(n): runs[str(n)]})
        md.write_text(markdown(doc), encoding="utf-8")
    if million_pending:
        run_million(runs, million_articles(runs, args.million_triples, results), args, results, md)
    print(f"wrote {results} and {md}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
