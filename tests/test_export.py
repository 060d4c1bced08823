"""Exports: every format read back by rdflib and by pyoxigraph with the same statements, valid for
Apache Jena's riot in strict mode, named graphs kept where the format allows, stable bytes."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.export import FORMATS, export
from kg.store import MANIFEST, Store, open_store

RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
RIOT_SYNTAX = {"turtle": "Turtle", "ntriples": "N-Triples", "nquads": "N-Quads", "trig": "TriG", "jsonld": "JSON-LD"}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """An on-disk store holding the invented corpus (every kind of node and literal) in its graphs."""
    from support.sample import build

    path = tmp_path_factory.mktemp("export") / "store"
    ds = build()
    with open_store(path, write=True) as st:
        for g in ds.graphs():
            if len(g):
                st.replace_graph(str(g.identifier), g)
    return path


def store_statements(path: Path, named: bool) -> set[tuple]:
    with open_store(path) as st:
        if named:
            return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in st.quads()}
        return {(str(q.subject), str(q.predicate), str(q.object)) for q in st.quads()}


def parsed_by_oxigraph(data: bytes, fmt: str, named: bool) -> set[tuple]:
    quads = ox.parse(data, format=getattr(ox.RdfFormat, FORMATS[fmt][0]))
    if named:
        return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in quads}
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in quads}


def parsed_by_rdflib(data: bytes, fmt: str, named: bool) -> set[tuple]:
    from rdflib import Dataset

    from kg.store_terms import to_ox

    ds = Dataset()
    ds.parse(data=data, format=RDFLIB_FORMAT[fmt])
    out = set()
    for s, p, o, g in ds.quads((None, None, None, None)):
        # to_ox spells terms as Oxigraph does; xsd:integer literals rdflib parsed stay integer
        t = (str(to_ox(s)), str(to_ox(p)), str(to_ox(o)))
        out.add(t + (str(to_ox(g.identifier if hasattr(g, "identifier") else g)),) if named else t)
    return out


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_reads_back_the_same_statements(store_path, fmt):
    named = FORMATS[fmt][1]
    data = export(fmt, store=store_path)
    expected = store_statements(store_path, named)
    assert len(expected) > 100
    assert parsed_by_oxigraph(data, fmt, named) == expected
    assert parsed_by_rdflib(data, fmt, named) == expected
    assert MANIFEST not in data.decode("utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig"])
def test_export_is_valid_for_riot_strict(store_path, fmt, tmp_path, riot):
    out = tmp_path / f"graph{FORMATS[fmt][2]}"
    export(fmt, store=store_path, output=out)
    r = riot.validate(out, RIOT_SYNTAX[fmt])
    assert r.returncode == 0, r.stderr + r.stdout
    count = riot.count(out, RIOT_SYNTAX[fmt])
    assert count.returncode == 0
    # riot counts what it read: as many statements as the store has (named graphs kept or not)
    counted = (count.stdout + count.stderr).strip().rsplit("=", 1)[-1].strip()
    assert counted == str(len(store_statements(store_path, FORMATS[fmt][1])))


@pytest.mark.slow
def test_export_riot_rejects_a_broken_file(tmp_path, riot):
    """The strict check can fail: a wrong datatype lexical form is reported with line and column."""
    bad = tmp_path / "bad.ttl"
    bad.write_text('<http://x/a> <http://x/p> "three"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    r = riot.validate(bad, "Turtle")
    assert r.returncode != 0 and "line: 1" in (r.stderr + r.stdout)


def test_export_prefixes_and_named_graphs(store_path):
    ttl = export("turtle", store=store_path).decode()
    for prefix in ("hko", "hkr", "prov", "skos", "nif", "rdfs", "xsd"):
        assert f"@prefix {prefix}: <" in ttl
    trig = export("trig", store=store_path).decode()
    assert "hkr:graph\\/reference {" in trig or "<https://w3id.org/handover-kg/id/graph/reference> {" in trig
    nq = export("nquads", store=store_path).decode().splitlines()
    assert all(line.endswith("> .") for line in nq)
    assert len({line.rsplit(" ", 2)[-2] for line in nq}) >= 4          # article graphs, reference, derived


def test_export_is_stable(store_path, tmp_path):
    """Same graph, same bytes: in separate processes, and after a round trip through a file."""
    digests = set()
    for _ in range(2):
        r = subprocess.run([sys.executable, "-m", "kg", "export", "--store", str(store_path), "-f", "trig"],
                           capture_output=True, timeout=120)
        assert r.returncode == 0, r.stderr
        digests.add(hashlib.sha256(r.stdout).hexdigest())
    assert len(digests) == 1
    for fmt in FORMATS:
        out = tmp_path / f"round{FORMATS[fmt][2]}"
        first = export(fmt, store=store_path, output=out)
        assert export(fmt, graph_file=out) == first, fmt


def test_export_cli(store_path, tmp_path):
    out = tmp_path / "graph.nq"
    r = subprocess.run([sys.executable, "-m", "kg", "export", "--store", str(store_path), "-o", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "nquads" in r.stderr
    assert out.read_bytes() == export("nquads", store=store_path)
    r = subprocess.run([sys.executable, "-m", "kg", "export", "--graph", str(tmp_path / "missing.ttl")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "missing.ttl: no such file" in r.stderr
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://x/a> <http://x/p> .\n")
    r = subprocess.run([sys.executable, "-m", "kg", "export", "--graph", str(broken)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "not valid Turtle" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_export_of_a_build_keeps_build_output(examples_build, tmp_path):
    """A Turtle file from kg build converts to every format without losing a triple."""
    from kg.pipeline import write_turtle

    path = write_turtle(examples_build.graph, tmp_path / "graph.ttl")
    with Store.from_file(path) as st:
        n = len({(q.subject, q.predicate, q.object) for q in st.quads()})
    for fmt in FORMATS:
        assert len(parsed_by_oxigraph(export(fmt, graph_file=path), fmt, False)) == n
