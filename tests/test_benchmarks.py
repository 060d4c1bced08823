"""The benchmark keeps working: benchmarks/run.py at a tiny size, and the corpus generator.

Speed is measured by the benchmark (benchmarks/results.json), never asserted here."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
sys.path.insert(0, str(BENCH))


def test_benchmarks_generator_is_repeatable_and_bilingual(tmp_path):
    import generate

    a = list(generate.Generator(seed=5).articles(30))
    b = list(generate.Generator(seed=5).articles(30))
    assert a == b                                                  # the same seed, the same bytes
    assert a != list(generate.Generator(seed=6).articles(30))
    langs = {name.rsplit("-", 1)[1] for name, _ in a}
    assert langs == {"ar.txt", "en.txt"}
    sizes = [len(text.encode("utf-8")) for _, text in a]
    assert all(2048 <= n <= 4096 for n in sizes), sizes
    out = generate.write(12, tmp_path / "c", seed=5)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.txt")) == sorted(name for name, _ in a[:12])
    assert (out / a[0][0]).read_text(encoding="utf-8") == a[0][1]


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared development corpus is not here")
def test_benchmarks_generator_uses_no_sentence_of_the_dev_corpus():
    import generate

    dev = {line.strip() for p in DEV.glob("*.txt") for line in p.read_text(encoding="utf-8").splitlines()
           if len(line.strip()) > 40}
    ours = {line.strip() for _, text in generate.Generator(seed=1).articles(200) for line in text.splitlines()
            if len(line.strip()) > 40}
    assert not ours & dev


def test_benchmarks_run_at_a_tiny_size(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, str(BENCH / "run.py"), "--sizes", "20", "--quick", "--jobs", "2",
                        "--extract-sample", "20", "--rdflib-timeout", "5", "--query-timeout", "300",
                        "--work", str(tmp_path / "work"), "--out", str(out)],
                       capture_output=True, text=True, timeout=1200, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-3000:]
    doc = json.loads((out / "results.json").read_text())
    run = doc["runs"]["20"]
    assert run["ingest"]["articles"] == 20 and run["ingest"]["quads"] > 1000
    assert run["ingest"]["peak_rss_mb"] > 0 and run["ingest"]["cpu_seconds"] > 0
    assert run["extraction"]["one_core"]["articles"] == 20
    from kg.query import list_queries

    assert set(run["queries"]) == {q.name for q in list_queries()}
    assert all(q["rows"] is not None and q["runs"] == 1 for q in run["queries"].values())
    assert run["load"]["oxigraph"]["triples"] == run["load"]["rdflib"]["triples"]
    assert {"load_ratio", "query_ms", "query_ratio"} <= set(doc["assessment"])
    table = (out / "results.md").read_text(encoding="utf-8")
    assert "| articles |" in table and "Named queries" in table and "Targets:" in table
