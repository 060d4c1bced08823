"""Hostile text: articles that look like Turtle, SPARQL, HTML or JavaScript; control characters,
NUL bytes, lone surrogates, bidi overrides, very long lines, names and URLs that are not IRI-safe,
file names no terminal should print. The graph `kg build` writes stays valid Turtle for rdflib,
pyoxigraph and Jena riot (strict), and nothing in the text becomes a triple of its own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.namespace import HKO

# payloads (ours); each article carries all of them in its title, quote and names
TURTLE = '""" ; <https://evil.example/s> <https://evil.example/p> "injected" . @prefix evil: <https://evil.example/> .'
SPARQL = '} ; DROP ALL ; INSERT DATA { GRAPH <https://evil.example/g> { <a> <b> "c" } } #'
HTML_JS = '<script>alert("evil")</script><img src=x onerror=alert(1)> &amp; &lt;b&gt; </p></article>'
ESCAPES = r'C:\temp\new \u0022 \" \\ \n end'
CONTROLS = "a\x00b\x01c\x07d\x1b[31me\x7ff\x85g\x9bh\x0bi\x0cj"
BIDI = "\u202eevil\u202c \u2066iso\u2069 \u202bembed\u202c \u200f\u200e\u061c"
PAYLOADS = [TURTLE, SPARQL, HTML_JS, ESCAPES, CONTROLS, BIDI]

EN = """{p0}

Coalition forces handed over Camp Taji to the Iraqi army on Sunday, May 3, 2020. {p2} {p1}

"The base is ours now {p0} {p1} {p2} {p3} {p4} {p5}," Brig. Gen. Yahya {p5}Rasool, spokesman for the Joint Operations Command, said.
"""
AR = """{p0}

سلّمت قوات التحالف الدولي يوم الأحد 3 أيار 2020 قاعدة التاجي {p1} إلى الجيش العراقي. {p2}

وقال المتحدث باسم قيادة العمليات المشتركة اللواء يحيى {p5}رسول إن "القاعدة أصبحت لنا {p0} {p1} {p2} {p3} {p4} {p5}".
"""
TEMPLATES = {"ar": AR, "en": EN}


def article(lang: str, shift: int = 0) -> str:
    p = PAYLOADS[shift:] + PAYLOADS[:shift]
    return TEMPLATES[lang].format(**{f"p{i}": x for i, x in enumerate(p)})


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd)


def _write(folder: Path) -> dict[str, int]:
    """The hostile inputs; returns how many articles each should give."""
    expect = {}
    for lang in ("ar", "en"):
        for shift in range(len(PAYLOADS)):
            f = folder / f"{lang}-{shift}.txt"
            f.write_bytes(article(lang, shift).encode("utf-8"))
            expect[f.name] = 1
        # a URL header that is not IRI-safe, and one that is
        (folder / f"{lang}-bad-url.txt").write_text(f"url: https://evil.example/a<b>\"c{{d}}\n\n{article(lang, 1)}x",
                                                    encoding="utf-8")
        (folder / f"{lang}-good-url.txt").write_text(f"url: https://news.example/{lang}/2020/taji?id=1\n\n"
                                                     f"{article(lang, 2)}y", encoding="utf-8")
        # very long line: about 1 MB without a line break
        (folder / f"{lang}-long-line.txt").write_text(article(lang).replace("\n", " ") + " ستة" * 50_000
                                                      if lang == "ar" else article(lang).replace("\n", " ") + " six" * 70_000,
                                                      encoding="utf-8")
        # the payloads as an HTML page's text (entities included)
        (folder / f"{lang}-page.html").write_text(
            "<html><body><article>" + "".join(f"<p>{x.replace('&', '&amp;').replace('<', '&lt;')}</p>"
                                              for x in article(lang, 3).split("\n\n"))
            + "<p>&#0;&#xD800;&#x202E;&#1;&#xFFFF;</p></article></body></html>", encoding="utf-8")
        expect.update({f"{lang}-bad-url.txt": 1, f"{lang}-good-url.txt": 1, f"{lang}-long-line.txt": 1,
                       f"{lang}-page.html": 1})
    # JSON Lines: lone surrogates, control escapes, URLs and titles that are not IRI-safe
    records = [
        {"url": "https://evil.example/\u202e/x", "title": TURTLE, "date": "2020-05-03",
         "text": article("en", 4) + " \ud800 \udfff \ud83d\ude00 \u0000"},
        {"url": "javascript:alert(1)", "title": "\ud800" + SPARQL, "text": article("ar", 5) + " \udbff"},
        {"url": "https://news.example/x y", "title": HTML_JS, "text": article("en", 0) + "\u2028\u2029"},
    ]
    lines = [json.dumps(r) for r in records]   # ensure_ascii keeps "\ud800" as an escape, as scrapers write it
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expect["records.jsonl"] = 3
    # NUL bytes inside an otherwise-text file
    (folder / "nul.txt").write_bytes(b"Coalition forces handed over Camp Taji\x00\x00 to the Iraqi army."
                                     + b"\x00" * 8 + b"\nThe base is theirs.")
    expect["nul.txt"] = 1
    # file names: quotes, angle brackets, braces, bidi override, a newline, bytes that are not UTF-8
    for raw in (b'a"b<c>{d}|^`\\.txt', "\u202etxt.exe.txt".encode(), b"line\nbreak.txt", b"caf\xe9-\xff.txt"):
        with open(os.path.join(os.fsencode(folder), raw), "wb") as fh:
            fh.write(article("ar" if raw[:1] == b"c" else "en", 2).encode() + raw.replace(b"\n", b" ")[:5])
        expect[os.fsdecode(raw)] = 1
    return expect


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    expect = _write(folder)
    out = folder.parent / f"{folder.name}.ttl"
    run = kg("build", str(folder), "-o", str(out))
    return folder, expect, out, run


@pytest.fixture(scope="module")
def hostile_build(hostile):
    """The same inputs built in process (kg.pipeline.build): the dataset with its named graphs."""
    from kg.pipeline import build

    return build([hostile[0]])


@pytest.fixture(scope="module")
def hostile_graph(hostile):
    return Graph().parse(hostile[2], format="turtle")


def test_hostile_build_reads_every_input(hostile, hostile_graph):
    folder, expect, out, run = hostile
    assert run.returncode == 0, run.stderr
    assert len(set(hostile_graph.subjects(None, HKO.Article))) == sum(expect.values())
    for line in run.stderr.splitlines():    # one line per message, whatever the file names hold
        assert line.startswith(("note ", "wrote ")), line


def test_hostile_turtle_parses_in_pyoxigraph(hostile, hostile_graph):
    n = sum(1 for _ in ox.parse(path=str(hostile[2]), format=ox.RdfFormat.TURTLE))
    assert n == len(hostile_graph)


def test_hostile_turtle_is_valid_for_jena_riot(hostile, strict_riot):
    r = strict_riot.validate(hostile[2])
    assert r.returncode == 0, r.stderr[-2000:]
    assert "WARN" not in r.stderr and "ERROR" not in r.stderr, r.stderr[-2000:]


@pytest.mark.parametrize("fmt,syntax,suffix", [("trig", "TriG", ".trig"), ("nquads", "N-Quads", ".nq"),
                                               ("nt", "N-Triples", ".nt")])
def test_hostile_named_graphs_are_valid_for_jena_riot(tmp_path, strict_riot, hostile_build, fmt, syntax, suffix):
    result = hostile_build
    assert not result.errors
    f = tmp_path / f"out{suffix}"
    (result.graph if fmt == "nt" else result.dataset).serialize(f, format=fmt, encoding="utf-8")
    r = strict_riot.validate(f, syntax=syntax)
    assert r.returncode == 0 and "WARN" not in r.stderr, r.stderr[-2000:]


def test_hostile_text_never_becomes_triples(hostile_graph):
    """Every subject is ours, every predicate from a vocabulary we use; the only foreign IRIs are
    the articles' own URLs (prov:wasDerivedFrom)."""
    ours = "https://w3id.org/handover-kg/id/"
    vocabularies = ("https://w3id.org/handover-kg/ontology#", "http://www.w3.org/", "http://purl.org/dc/terms/",
                    "http://www.opengis.net/ont/geosparql#", "http://persistence.uni-leipzig.org/nlp2rdf/")
    assert {str(s) for s in hostile_graph.subjects() if not str(s).startswith(ours)} == set()
    assert {str(p) for p in hostile_graph.predicates() if not str(p).startswith(vocabularies)} == set()
    foreign = {(p, o) for s, p, o in hostile_graph
               if isinstance(o, URIRef) and "example" in str(o)}
    assert foreign and all(p == PROV.wasDerivedFrom for p, _ in foreign)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_hostile_quotes_keep_the_payload_as_text(hostile_graph, lang):
    """The quoted words (with their Turtle/SPARQL look-alikes) survive as literal text."""
    quotes = [str(o) for o in hostile_graph.objects(None, HKO.quote) if getattr(o, "language", None) == lang]
    labels = [str(o) for o in hostile_graph.objects(None, None) if isinstance(o, Literal)]
    for needle in ("DROP ALL", '"""', "@prefix", "<script>", "onerror"):
        assert any(needle in q for q in quotes) or any(needle in x for x in labels), needle
    for text in labels:
        assert not any(ch in text for ch in "\x00\x01\x07\x1b\x7f\u202e\u2066\ud800"), repr(text[:80])


def test_hostile_urls_become_iris_only_when_safe(hostile_graph):
    derived = {str(o): o for o in hostile_graph.objects(None, PROV.wasDerivedFrom)
               if "example" in str(o) or str(o).startswith("javascript")}
    assert isinstance(derived["https://news.example/ar/2020/taji?id=1"], URIRef)
    assert isinstance(derived["https://news.example/en/2020/taji?id=1"], URIRef)
    for bad in ('https://evil.example/a<b>"c{d}', "javascript:alert(1)", "https://news.example/x y",
                "https://evil.example/ /x"):      # the last had a bidi override (RFC 3987 forbids it)
        assert isinstance(derived[bad], Literal), bad
    assert not [o for o in derived.values() if isinstance(o, URIRef) and "evil" in str(o)]


def test_hostile_file_names_are_printable_source_paths(hostile, hostile_graph):
    sources = {str(o) for o in hostile_graph.objects(None, HKO.sourcePath)}
    assert all(s.isprintable() for s in sources)
    names = {Path(s.split("#")[0]).name for s in sources}
    assert "line\\nbreak.txt" in names
    assert "caf\\xe9-\\xff.txt" in names
    assert "\\u202etxt.exe.txt" in names
    assert 'a"b<c>{d}|^`\\.txt' in names


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_hostile_jsonl_lone_surrogates_are_replaced(hostile_graph, lang):
    labels = [str(o) for s in hostile_graph.subjects(HKO.sourcePath, None)
              for o in hostile_graph.objects(s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))]
    assert labels and all("\ud800" not in x and "\udbff" not in x for x in labels)


def test_hostile_build_notes_what_was_removed(hostile):
    lines = hostile[3].stderr.splitlines()
    assert any(ln.endswith("removed 10 control character(s)") and "nul.txt" in ln for ln in lines), lines
    assert any("records.jsonl#1" in ln and "lone surrogate" in ln for ln in lines)
    assert any("bidi" in ln for ln in lines)


def test_hostile_dataset_graphs_parse_back_in_pyoxigraph(hostile_build):
    ds: Dataset = hostile_build.dataset
    for fmt, oxfmt in (("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS)):
        data = ds.serialize(format=fmt, encoding="utf-8")
        assert sum(1 for _ in ox.parse(data, format=oxfmt)) == len(list(ds.quads((None, None, None, None))))
