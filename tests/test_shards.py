"""Beyond one machine, small: shards of generated articles (kg extract --shard I/N), concatenated,
loaded into a store (kg reconcile --load, or Virtuoso's bulk loader), give the same answers to
every named query as one kg ingest of the same articles. Also: the scaled ingest itself
(parallel extraction, batches) against the plain one."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.store import open_store
from kg.store_ingest import ingest
from support.crash import graphs

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]
sys.path.insert(0, str(ROOT / "benchmarks"))


def kg(*args, cwd=None) -> subprocess.CompletedProcess:
    r = subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=600,
                       env=dict(os.environ))
    assert r.returncode == 0, f"kg {' '.join(map(str, args))}: {r.stderr[-2000:]}"
    return r


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Sixteen generated articles whose speakers all come from the gazetteer (their IRIs are then
    the same wherever an article is resolved)."""
    import generate

    work = tmp_path_factory.mktemp("shards")
    generate.write(16, work / "corpus", seed=3, invented_persons=False)
    return work / "corpus"


def answers(where: list[str], params: dict[str, dict[str, str]]) -> dict[str, str]:
    """Every named query's SPARQL JSON results (rows sorted), on a store or an endpoint."""
    out = {}
    for name, values in params.items():
        args = [a for k, v in values.items() for a in ("--param", f"{k}={v}")]
        doc = json.loads(kg("query", name, *args, "--format", "json", *where).stdout)
        doc["results"]["bindings"].sort(key=lambda b: json.dumps(b, sort_keys=True, ensure_ascii=False))
        out[name] = json.dumps(doc, sort_keys=True, ensure_ascii=False)
    return out


def params_for(store: Path) -> dict[str, dict[str, str]]:
    from run import query_params

    return query_params(store)


@pytest.fixture(scope="module")
def direct(corpus) -> Path:
    store = corpus.parent / "direct"
    kg("ingest", "corpus", "--store", store, cwd=corpus.parent)
    return store


@pytest.fixture(scope="module")
def shards(corpus) -> list[Path]:
    out = []
    for i in (1, 2):
        path = corpus.parent / f"shard-{i}.nq"
        kg("extract", "corpus", "--shard", f"{i}/2", "-o", path, *(["--jobs", "2"] if i == 2 else []),
           cwd=corpus.parent)
        out.append(path)
    return out


def test_shards_partition_the_articles(corpus, shards, direct):
    from kg.store import ARTICLE_PREFIX

    names = []
    for path in shards:
        text = path.read_text(encoding="utf-8")
        graphs_here = {line.rsplit(" ", 2)[-2] for line in text.splitlines() if line.strip()}
        names.append({g for g in graphs_here if g.startswith(f"<{ARTICLE_PREFIX}")})
        assert "<https://w3id.org/handover-kg/id/graph/derived>" not in graphs_here   # reconcile's job
    assert names[0] and names[1] and not names[0] & names[1]
    with open_store(direct) as st:
        assert names[0] | names[1] == {f"<{g}>" for g in st.article_graphs()}


def test_shards_merged_answer_every_named_query_like_one_ingest(corpus, shards, direct):
    merged = corpus.parent / "merged"
    everything = corpus.parent / "all.nq"
    everything.write_bytes(b"".join(p.read_bytes() for p in shards))          # cat shard-*.nq > all.nq
    kg("reconcile", "--store", merged, "--load", everything)
    params = params_for(direct)
    assert params["base-history"]["base"] != "none"
    assert answers(["--store", str(merged)], params) == answers(["--store", str(direct)], params)
    # the same article graphs, holding periods and manifest (an article graph's own triples can
    # differ where resolution depends on what else is resolved with it: the README, "Performance and scale")
    got, want = graphs(merged), graphs(direct)
    assert {g for g in got if "/article/" in g} == {g for g in want if "/article/" in g}
    for name in ("<https://w3id.org/handover-kg/id/graph/derived>", "<https://w3id.org/handover-kg/id/graph/manifest>"):
        assert got[name] == want[name], name


def test_shards_merged_store_takes_further_ingests(corpus, shards, direct):
    """A store made of shards is a kg store: ingesting the same folder again changes nothing."""
    merged = corpus.parent / "merged-2"
    kg("reconcile", "--store", merged, "--load", *shards)                       # several files, no cat
    before = graphs(merged)
    r = kg("ingest", "corpus", "--store", merged, cwd=corpus.parent)
    assert "16 unchanged" in r.stderr and "0 added" in r.stderr
    assert graphs(merged) == before


@pytest.mark.slow
def test_shards_bulk_loaded_into_virtuoso(corpus, shards, direct, virtuoso_server):
    """The README's path: shards -> Virtuoso's bulk loader -> kg reconcile --endpoint -> kg query --endpoint."""
    v = virtuoso_server
    v.clear()
    folder = v.workdir / "db"                                                  # a DirsAllowed folder
    shutil.copy(shards[0], folder / "shard-1.nq")
    shutil.copy(shards[1], folder / "shard-2.nq")
    v.isql(f"ld_dir('{folder}', 'shard-*.nq', 'https://w3id.org/handover-kg/id/graph/loaded');")
    v.isql("rdf_loader_run();")
    v.isql("checkpoint;")
    auth = ["--user", v.user, "--password", v.password]
    kg("reconcile", "--endpoint", v.endpoint, *auth)
    params = params_for(direct)
    remote = answers(["--endpoint", v.endpoint], params)
    local = answers(["--store", str(direct)], params)
    assert remote == local
    v.clear()


# --- the scaled ingest against the plain one -------------------------------------------------------

def test_shards_parallel_ingest_writes_what_one_process_writes(corpus, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    ingest([corpus], one)
    r = ingest([corpus], two, jobs=2)
    assert len(r.added) == 16 and not r.errors
    assert graphs(two) == graphs(one)


def test_shards_known_view_is_what_resolution_reads_from_the_store(direct):
    """The in-memory view batches resolve against equals kg.resolve.known_from_graph of the store
    (except that gazetteer entities stay marked as such)."""
    from kg.resolve import known_from_graph
    from kg.store_known import _Known

    with open_store(direct) as st:
        want = known_from_graph(st.dataset)
        got = _Known(st).known()
    assert [e.id for e in got.entities] == [e.id for e in want.entities]
    assert got.entities == want.entities and got.events == want.events and len(got.events) > 5


def test_shards_batches_resolve_as_successive_ingests_would(corpus, tmp_path):
    """Batches of 5 in one ingest give the store that four ingests of 5, 5, 5 and 1 articles give
    (each of those reads what it knows from the store afresh): the view batches resolve against
    is kept up to date as articles are written."""
    files = sorted(p for p in corpus.rglob("*.txt"))
    successive = tmp_path / "successive"
    for i in range(0, len(files), 5):
        ingest(files[i:i + 5], successive)
    batched = tmp_path / "batched"
    r = ingest([corpus], batched, batch=5)
    assert len(r.added) == 16
    assert graphs(batched) == graphs(successive)
    again = ingest([corpus], batched, batch=5)
    assert len(again.unchanged) == 16 and not again.added
