"""Fuzzing with hypothesis: reading and extracting never raise on arbitrary input, and every graph
the tool writes round-trips through Turtle, N-Triples, N-Quads, TriG and JSON-LD unchanged."""
from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from rdflib import XSD, Dataset, Graph, Literal
from rdflib.compare import graph_diff, isomorphic

from kg.errors import InputError
from kg.html_text import html_to_text
from kg.ingest import decode, read_file
from kg.model import Article, Extraction
from kg.pipeline import extract, resolve_and_build

# words that make the extractors work (bases, forces, triggers, dates, numbers, quotes, titles)
WORDS = {
    "ar": ["قاعدة", "التاجي", "معسكر", "سلّمت", "سلم", "تسلم", "انسحبت", "غادرت", "قوات", "التحالف", "الدولي",
           "الجيش", "العراقي", "إلى", "من", "يوم", "الأحد", "3", "أيار", "آذار", "2020", "٢٠٢٠", "نحو", "300",
           "جندي", "مليون", "دولار", "وقال", "المتحدث", "باسم", "اللواء", "العميد", "إن", "«", "»", '"', "،", ".",
           "K1", "عين", "الأسد", "كركوك", "الأنبار", "\n\n"],
    "en": ["Camp", "Taji", "base", "K1", "Ain", "al-Asad", "handed", "over", "withdrew", "from", "left", "to",
           "Coalition", "forces", "the", "Iraqi", "army", "on", "Sunday", ",", "May", "3", "2020", "March", "about",
           "300", "troops", "$", "1.5", "million", "worth", "of", "equipment", '"', "“", "”", "said", "Brig.", "Gen.",
           "spokesman", "for", "Joint", "Operations", "Command", "U.S.", ".", "\n\n"],
}
ODD = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),      # Arabic block (letters, harakat, digits)
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),      # presentation forms
    st.sampled_from(list("\"'«»“”‘’`.,;:!?()[]{}<>-–—/\\@#%&*_=+^|~ \n\t\r0123456789٠١٢٣٤٥٦٧٨٩")),
    st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"]),  # controls, bidi, spaces, combining marks
    st.characters(),                                                 # anything, lone surrogates included
)


def texts(lang: str):
    piece = st.one_of(st.sampled_from(WORDS[lang]), st.text(ODD, max_size=6))
    return st.lists(piece, max_size=60).map(" ".join) | st.text(ODD, max_size=200)


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_extract_never_raises_on_arbitrary_text(lang):
    @FUZZ
    @given(texts(lang))
    @example("")
    @example("\x00" * 5)
    @example('"' * 9 + "«" * 3)
    def run(text):
        ex = extract(Article(source="fuzz", text=text, lang=lang))
        assert isinstance(ex, Extraction)
        for m in ex.mentions:                 # every span points into the text
            assert 0 <= m.span.start <= m.span.end <= len(text)
    run()


@FUZZ
@given(st.binary(max_size=400) | st.text(ODD, max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_ingest_decode_never_raises_but_input_error(data):
    try:
        text, enc = decode(data, "fuzz.txt")
    except InputError as e:
        assert e.reason and e.fix
        return
    assert isinstance(text, str) and enc
    text.encode("utf-8", "surrogatepass")


@FUZZ
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<article>",
                                  "<nav>", "</nav>", "<!--", "-->", "&amp;", "&#0;", "&#xD800;", "&", "<", ">",
                                  "<p class='cookie'>", "<pre>", "</pre>", "<![CDATA[", "]]>"]) | st.text(ODD, max_size=8),
                max_size=80).map("".join))
def test_html_text_never_raises(html):
    title, text = html_to_text(html)
    assert title is None or isinstance(title, str)
    assert "\x00" not in text and "\n\n\n" not in text


# --- round trips ------------------------------------------------------------------------------

HOSTILE = ['""" ; <https://evil.example/s> <https://evil.example/p> "x" .', "} ; DROP ALL ; INSERT DATA { <a> <b> <c> }",
           "<script>alert(1)</script>", "\\u0022 \\n \\\\", "\x00\x01\x1b[0m\x7f", "\u202e\u2066\u200f", "\ud800",
           "@prefix : <x> .", "^^xsd:int", '@en "', "\ufeff", "\ufffd", "\U0001F600"]
TEMPLATE = {
    "ar": "{t}\n\nسلّمت قوات التحالف الدولي {a} يوم الأحد {d} أيار 2020 قاعدة التاجي {b} إلى الجيش العراقي {c}.\n\n"
          "وقال المتحدث باسم قيادة العمليات المشتركة اللواء {n} إن \"{q}\".",
    "en": "{t}\n\nCoalition forces {a} handed over Camp Taji {b} to the Iraqi army {c} on Sunday, May {d}, 2020.\n\n"
          "\"{q},\" Brig. Gen. {n}, spokesman for the Joint Operations Command, said.",
}


@st.composite
def hostile_article_bytes(draw):
    lang = draw(st.sampled_from(["ar", "en"]))
    frag = st.one_of(st.sampled_from(HOSTILE), st.text(ODD, max_size=12))
    parts = {k: draw(frag) for k in "tabcqn"}
    parts["d"] = draw(st.integers(min_value=0, max_value=40))
    text = TEMPLATE[lang].format(**parts)
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "surrogates-jsonl"]))
    if encoding == "surrogates-jsonl":      # a lone surrogate can only come from a JSON escape
        import json
        return "jsonl", json.dumps({"url": draw(st.sampled_from(["https://news.example/a?b=1", "https://x/\u202e",
                                                                 "javascript:x", "https://h/a b"])),
                                    "title": draw(frag), "text": text}).encode()
    return "txt", text.encode(encoding, "surrogatepass")


def _read(files: list[tuple[str, bytes]]) -> list[Article]:
    """The articles ingest reads from these files (the same text twice is one article, as in build)."""
    with tempfile.TemporaryDirectory() as d:
        arts = []
        for i, (suffix, data) in enumerate(files):
            f = Path(d) / f"{i}.{suffix}"
            f.write_bytes(data)
            arts += [a for a in read_file(f) if isinstance(a, Article)]
    return list({a.id: a for a in reversed(arts)}.values())[::-1]


def _build(arts: list[Article]) -> Dataset:
    _, ds = resolve_and_build([extract(a) for a in arts])
    return ds


def _graphs(ds: Dataset) -> dict[str, Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            copy = Graph()
            for t in g:
                copy.add(t)
            out[str(g.identifier)] = copy
    return out


def _same(a: Graph, b: Graph, what: str) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(a, b)
        pytest.fail(f"{what} changed in the round trip:\n- {sorted(only_a)[:5]}\n+ {sorted(only_b)[:5]}")


def _union(ds: Dataset) -> Graph:
    from kg.build import union
    return union(ds)


ROUND = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND
@given(st.lists(hostile_article_bytes(), min_size=1, max_size=3))
def test_build_graph_round_trips_through_every_format(files):
    arts = _read(files)
    assume(arts)
    ds = _build(arts)
    graph = _union(ds)
    for fmt in ("turtle", "nt", "json-ld"):             # the union, as kg build writes it
        data = graph.serialize(format=fmt, encoding="utf-8")
        _same(graph, Graph().parse(data=data, format=fmt), f"the graph in {fmt}")
    for fmt in ("trig", "nquads", "json-ld"):           # the named graphs
        data = ds.serialize(format=fmt, encoding="utf-8")
        back = Dataset()
        back.parse(data=data, format=fmt)
        want, got = _graphs(ds), _graphs(back)
        assert set(want) == set(got), f"{fmt}: graph names differ"
        for name, g in want.items():
            _same(g, got[name], f"graph {name} in {fmt}")
    turtle = graph.serialize(format="turtle", encoding="utf-8")   # and another parser reads it as well
    assert sum(1 for _ in ox.parse(turtle, format=ox.RdfFormat.TURTLE)) == len(graph)


def _export():
    try:
        from kg.export import export
    except ImportError:
        return None
    return export


EXPORTS = [("turtle", "turtle", False), ("ntriples", "nt", False), ("nquads", "nquads", True),
           ("trig", "trig", True), ("jsonld", "json-ld", True)]


@pytest.fixture(scope="module")
def hostile_dataset() -> Dataset:
    """Articles carrying every hostile fragment, Arabic and English, built once."""
    files = []
    for lang in ("ar", "en"):
        for i, frag in enumerate(HOSTILE):
            parts = {k: HOSTILE[(i + j) % len(HOSTILE)] for j, k in enumerate("tabcqn")}
            parts["d"] = 3 + i
            text = TEMPLATE[lang].format(**parts)
            files.append(("txt", text.encode("utf-8", "surrogatepass")))
    arts = _read(files)
    assert len(arts) == len(files)
    return _build(arts)


_INTEGERS = {XSD[t] for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                               "negativeInteger", "long", "int", "short", "byte", "unsignedLong", "unsignedInt",
                               "unsignedShort", "unsignedByte")}


def _canonical(g: Graph) -> Graph:
    """Typed numbers as Oxigraph keeps them (integer subtypes as xsd:integer, decimals normalised)."""
    out = Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype in _INTEGERS:
            o = Literal(str(int(str(o))), datatype=XSD.integer)
        elif isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
        out.add((s, p, o))
    return out


_OXIGRAPH_NUMBERS = pytest.mark.xfail(
    strict=True, reason="kg.export loads the file into an Oxigraph store, which canonicalises literals: "
                        "xsd:nonNegativeInteger becomes xsd:integer (nif:beginIndex/endIndex), '1.50' "
                        "becomes '1.5' - reported to the export/store owner")


@pytest.mark.skipif(_export() is None, reason="src/kg/export.py with export() is not there yet")
@pytest.mark.parametrize("canon", [pytest.param(_canonical, id="up-to-numbers"),
                                   pytest.param(lambda g: g, id="exact", marks=_OXIGRAPH_NUMBERS)])
@pytest.mark.parametrize("fmt,rdflib_fmt,named", EXPORTS, ids=[e[0] for e in EXPORTS])
def test_export_keeps_hostile_text_and_graphs(tmp_path, hostile_dataset, fmt, rdflib_fmt, named, canon):
    """kg.export reads what build wrote (TriG) and writes each format; rdflib reads it back
    unchanged, up to how Oxigraph writes numbers (the "exact" variant, an expected failure)."""
    ds = hostile_dataset
    src = tmp_path / "built.trig"
    src.write_bytes(ds.serialize(format="trig", encoding="utf-8"))
    data = _export()(fmt, graph_file=src)
    if named:
        back = Dataset()
        back.parse(data=data, format=rdflib_fmt)
        want, got = _graphs(ds), _graphs(back)
        assert set(want) == set(got), f"export {fmt}: graph names differ"
        for name, g in want.items():
            _same(canon(g), canon(got[name]), f"export {fmt}, graph {name}")
    else:
        _same(canon(_union(ds)), canon(Graph().parse(data=data, format=rdflib_fmt)), f"export {fmt}")


def test_fuzzed_graphs_are_valid_for_jena_riot(strict_riot, tmp_path):
    """Many generated hostile articles in one graph; riot (strict) reads the Turtle and TriG clean."""
    from kg.build import union

    arts: list[Article] = []

    @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(hostile_article_bytes(), min_size=1, max_size=4))
    def collect(files):
        arts.extend(_read(files))
    collect()
    arts = list({a.id: a for a in arts}.values())
    assert len(arts) > 20
    ds = _build(arts)
    for fmt, suffix, syntax in (("turtle", ".ttl", "Turtle"), ("trig", ".trig", "TriG")):
        f = tmp_path / f"fuzz{suffix}"
        (union(ds) if fmt == "turtle" else ds).serialize(f, format=fmt, encoding="utf-8")
        r = strict_riot.validate(f, syntax=syntax)
        assert r.returncode == 0 and "WARN" not in r.stderr, r.stderr[-2000:]
