"""The persistent store: ingest, re-ingest, changed articles, one writer, kill -9 mid-ingest."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import DERIVED, MANIFEST, REFERENCE, open_store
from kg.store_ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]


def graphs(path) -> dict[str, set[str]]:
    """Every named graph of a store (manifest included) as a set of N-Triples lines."""
    with open_store(path) as st:
        out: dict[str, set[str]] = {}
        for q in st.ox:
            out.setdefault(str(q.graph_name), set()).add(f"{q.subject} {q.predicate} {q.object}")
        return out


def kg(*args, cwd=None, env=None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          env=dict(os.environ, **(env or {})), timeout=300, **kw)


@pytest.fixture()
def corpus(tmp_path, examples_dir) -> Path:
    """A copy of the examples in a folder next to the store (so sources are recorded relatively)."""
    folder = tmp_path / "articles"
    shutil.copytree(examples_dir, folder, ignore=shutil.ignore_patterns("README.md"))
    return folder


def test_store_ingest_examples(tmp_path, corpus):
    r = ingest([corpus], tmp_path / "store")
    assert len(r.added) == 6 and not r.errors and r.quads > 0
    assert sorted(r.added)[0].startswith("articles/")     # relative to the store's folder
    with open_store(tmp_path / "store") as st:
        manifest = st.manifest()
        assert set(manifest) == set(r.added)
        assert sorted(e.article for e in manifest.values()) == st.article_graphs()
        assert REFERENCE in st.graph_names()
        assert len(st) == r.quads == sum(1 for _ in st.quads())
        assert 0 < len(st.dataset) <= r.quads           # rdflib's view: the union, each triple once


def test_store_matches_one_shot_build(tmp_path, corpus, monkeypatch):
    """Ingesting a folder in one go gives the graphs `kg build` makes (article graphs and derived)."""
    from kg.pipeline import build
    from kg.store_terms import to_ox

    ingest([corpus], tmp_path / "store")
    stored = graphs(tmp_path / "store")
    monkeypatch.chdir(tmp_path)
    ds = build(["articles"]).dataset
    for ctx in ds.graphs():
        name = str(ctx.identifier)
        if not name.startswith("https://"):
            continue
        expected = {f"{to_ox(s)} {to_ox(p)} {to_ox(o)}" for s, p, o in ctx}
        # Oxigraph keeps values, not spellings: nonNegativeInteger is stored as integer
        expected = {t.replace("#nonNegativeInteger>", "#integer>") for t in expected}
        got = stored.get(f"<{name}>", set())
        if name == REFERENCE:
            assert expected <= got
        else:
            assert got == expected, name


def test_store_reingest_unchanged_changes_nothing(tmp_path, corpus):
    store = tmp_path / "store"
    ingest([corpus], store)
    before = graphs(store)
    r = ingest([corpus], store)
    assert len(r.unchanged) == 6 and not (r.added or r.replaced or r.aliased) and not r.changed
    assert graphs(store) == before
    assert not (store / "INTERRUPTED").exists()


def test_store_changed_article_replaces_only_its_graph(tmp_path, corpus):
    store = tmp_path / "store"
    ingest([corpus], store)
    before = graphs(store)
    with open_store(store) as st:
        old = st.manifest()["articles/en-k1-2020-03-29.txt"].article
    path = corpus / "en-k1-2020-03-29.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nA spokesman added that the move was planned.\n",
                    encoding="utf-8")
    r = ingest([corpus], store)
    assert r.replaced == ["articles/en-k1-2020-03-29.txt"] and len(r.unchanged) == 5 and not r.added
    after = graphs(store)
    with open_store(store) as st:
        new = st.manifest()["articles/en-k1-2020-03-29.txt"].article
    assert new != old
    assert f"<{old}>" not in after and f"<{new}>" in after
    for name, triples in before.items():
        if name.startswith("<https://w3id.org/handover-kg/id/article/") and name != f"<{old}>":
            assert after[name] == triples, f"{name} changed"
    manifest_objects = " ".join(after[f"<{MANIFEST}>"])
    assert old not in manifest_objects and new in manifest_objects


def test_store_same_text_under_two_paths_is_one_article(tmp_path, corpus):
    shutil.copy(corpus / "en-k1-2020-03-29.txt", corpus / "zz-copy-of-k1.txt")
    r = ingest([corpus], tmp_path / "store")
    assert len(r.added) == 6 and r.aliased == ["articles/zz-copy-of-k1.txt"]
    with open_store(tmp_path / "store") as st:
        m = st.manifest()
        assert m["articles/zz-copy-of-k1.txt"].article == m["articles/en-k1-2020-03-29.txt"].article
        assert len(st.article_graphs()) == 6


def test_store_derived_graph_is_recomputed(tmp_path):
    """Holding periods come from every handover in the store, written by kg.build.set_holding_periods."""
    from rdflib import URIRef

    from kg.store_reconcile import reconcile
    from kg.store_terms import to_ox
    from support.sample import build

    ds = build()
    store = tmp_path / "store"
    ingest([], store)                                  # an empty store
    with open_store(store, write=True) as st:
        for ctx in ds.graphs():
            if str(ctx.identifier) != DERIVED:
                st.replace_graph(str(ctx.identifier), ctx)
        reconcile(st)
        assert not st.replace_graph(DERIVED, ds.graph(URIRef(DERIVED)))   # already what build derives
    got = graphs(store)[f"<{DERIVED}>"]
    expected = {f"{to_ox(s)} {to_ox(p)} {to_ox(o)}" for s, p, o in ds.graph(URIRef(DERIVED))}
    assert got == expected and len(got) > 10


def test_store_second_writer_gets_a_clear_error(tmp_path, corpus):
    store = tmp_path / "store"
    ingest([corpus], store)
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from kg.store import open_store\n"
                               f"st = open_store({str(store)!r}, write=True)\nprint('ready', flush=True)\n"
                               "time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        r = kg("ingest", corpus, "--store", store)
        assert r.returncode == 2
        assert f"is being written by process {holder.pid}" in r.stderr
        assert "wait for it to finish or use another --store" in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1
        q = kg("query", "articles", "--store", store)            # readers are told too
        assert q.returncode == 2 and f"process {holder.pid}" in q.stderr
    finally:
        holder.kill()
        holder.wait()
    before = graphs(store)
    assert kg("ingest", corpus, "--store", store).returncode == 0   # the lock went with the process
    assert graphs(store) == before


def test_store_writer_is_refused_while_a_reader_reads(tmp_path, corpus):
    store = tmp_path / "store"
    ingest([corpus], store)
    with open_store(store):
        r = kg("ingest", corpus, "--store", store)
    assert r.returncode == 2 and "open for reading by another process" in r.stderr


def test_store_errors_are_one_line(tmp_path):
    r = kg("query", "articles", "--store", tmp_path / "nothing-here")
    assert r.returncode == 2 and "no store at" in r.stderr and "kg ingest" in r.stderr
    (tmp_path / "notastore").mkdir()
    (tmp_path / "notastore" / "x.txt").write_text("x")
    r = kg("ingest", ROOT / "examples", "--store", tmp_path / "notastore")
    assert r.returncode == 2 and "is not a kg store" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_store_cli_ingest_reports_and_skips(tmp_path, corpus):
    (corpus / "empty.txt").write_text("")
    r = kg("ingest", corpus, "--store", tmp_path / "store")
    assert r.returncode == 1, r.stderr
    assert "skipped" in r.stderr and "empty.txt" in r.stderr and "6 added" in r.stderr
    r = kg("ingest", corpus, "--store", tmp_path / "store")
    assert r.returncode == 1 and "6 unchanged" in r.stderr


def test_store_default_location_from_env(tmp_path, corpus):
    r = kg("ingest", corpus, cwd=tmp_path, env={"KG_STORE": str(tmp_path / "elsewhere")})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "elsewhere" / "oxigraph").is_dir() and not (tmp_path / "store").exists()
    r = kg("ingest", corpus, cwd=tmp_path, env={"KG_STORE": ""})
    assert r.returncode == 0 and (tmp_path / "store" / "oxigraph").is_dir()


# --- kill -9 during an ingest -----------------------------------------------------------------------

def _many_articles(folder: Path, examples_dir: Path, n: int) -> list[Path]:
    """n distinct articles: the examples with a numbered closing line (so each text is new)."""
    folder.mkdir()
    texts = sorted(p for p in examples_dir.iterdir() if p.suffix in (".txt", ".html"))
    out = []
    for i in range(n):
        src = texts[i % len(texts)]
        body = src.read_text(encoding="utf-8")
        extra = f"\n<p>Report {i}.</p>\n" if src.suffix == ".html" else f"\nReport {i}.\n"
        dst = folder / f"{i:03d}-{src.name}"
        dst.write_text(body.replace("</body>", extra + "</body>") if src.suffix == ".html" else body + extra,
                       encoding="utf-8")
        out.append(dst)
    return out


@pytest.mark.slow
def test_store_kill_9_leaves_whole_articles(tmp_path, examples_dir):
    articles = tmp_path / "articles"
    files = _many_articles(articles, examples_dir, 48)
    reference = graphs(_ingested(tmp_path / "reference", articles))
    rng = random.Random(20260101)
    for attempt in range(4):
        store = tmp_path / f"killed-{attempt}"
        proc = subprocess.Popen([*KG, "ingest", str(articles), "--store", str(store)],
                                stderr=subprocess.PIPE, text=True)
        if attempt == 0:
            time.sleep(rng.uniform(0.3, 2.5))          # anywhere, even before the first write
        else:
            target = rng.randint(1, len(files) - 1)     # in the middle of the writes
            for line in proc.stderr:
                if line.startswith(f"[{target}/"):
                    break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not (store / "oxigraph").exists():
            continue
        got = graphs(store)                            # it opens
        manifest = got.get(f"<{MANIFEST}>", set())
        in_manifest = {line.split()[0][1:-1] for line in manifest}
        article_graphs = {g[1:-1] for g in got if g.startswith("<https://w3id.org/handover-kg/id/article/")}
        assert in_manifest == article_graphs           # every article with its entry, no entry without it
        for g in article_graphs:                       # and each one whole: as the full ingest wrote it
            assert got[f"<{g}>"] == reference[f"<{g}>"], f"{g} is not whole after kill -9 ({attempt})"
        assert got.get(f"<{REFERENCE}>", set()) <= reference[f"<{REFERENCE}>"]
        r = kg("ingest", articles, "--store", store)   # the next ingest finishes the work
        assert r.returncode == 0, r.stderr
        final = graphs(store)
        assert {g for g in final if "/article/" in g} == {g for g in reference if "/article/" in g}
        assert not (store / "INTERRUPTED").exists()
        if attempt > 0:
            assert "finished an interrupted ingest" in r.stderr


def test_store_whose_creation_was_killed_reads_as_empty_until_the_next_ingest(tmp_path, corpus):
    """Killed while RocksDB made its files, a store has its database folder and the INTERRUPTED
    marker but not a whole database (here: none of its files). Readers see no articles and are
    told why; the next ingest creates what is missing and stores everything."""
    store = tmp_path / "store"
    (store / "oxigraph").mkdir(parents=True)
    (store / "INTERRUPTED").touch()
    assert graphs(store) == {}
    r = kg("query", "handovers", "--store", store)
    assert r.returncode == 0, r.stderr
    assert "(0 rows)" in r.stdout
    assert "created it was stopped before it stored any article" in r.stderr and "kg ingest" in r.stderr
    r = kg("ingest", corpus, "--store", store)
    assert r.returncode == 0, r.stderr
    assert not (store / "INTERRUPTED").exists()
    reference = graphs(_ingested(tmp_path / "reference", corpus))
    assert {g for g in graphs(store) if "/article/" in g} == {g for g in reference if "/article/" in g}


def test_store_with_a_damaged_database_and_no_creation_marker_is_an_error(tmp_path, corpus):
    """Without the marker an unreadable database is not a creation that was stopped: no empty view."""
    store = tmp_path / "store"
    (store / "oxigraph").mkdir(parents=True)
    r = kg("query", "handovers", "--store", store)
    assert r.returncode != 0
    assert f"store {store}" in r.stderr and "(0 rows)" not in r.stdout


def _ingested(store: Path, folder: Path) -> Path:
    """An uninterrupted ingest, in a process of its own like the ones that get killed."""
    r = kg("ingest", folder, "--store", store)
    assert r.returncode == 0 and " added" in r.stderr, r.stderr
    return store
