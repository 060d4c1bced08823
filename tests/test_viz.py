"""kg viz without a browser: what the pages contain (tests/test_browser.py opens them for real)."""
from __future__ import annotations

import json
import re

import pytest
from support.vizdata import SAMPLE_COUNTS, SAMPLE_NODES, XSS_IMG, XSS_SCRIPT, sample_graph, synthetic_graph, xss_graph

from kg.cli import main
from kg.namespace import HKO
from kg.viz import graph_page
from kg.viz_data import CLASSES, read_view
from kg.viz_timeline import timeline_page


def page_data(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL).group(1))


def drawable(g) -> int:
    """Nodes of the drawn classes in a graph, counted independently of kg.viz_data."""
    values = " ".join(f"<{HKO[c]}>" for c in CLASSES)
    q = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c VALUES ?c {{ {values} }} FILTER(isIRI(?s)) }}"
    return int(next(iter(g.query(q)))[0])


@pytest.fixture(scope="module")
def sample_html():
    return graph_page(sample_graph())


def test_viz_page_loads_nothing_from_elsewhere(sample_html):
    html, _ = sample_html
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", html, re.IGNORECASE)
    for host in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "unpkg.com", "bootstrap"):
        assert host not in html
    assert "vis.Network" in html and "vis-network" in html        # vis-network itself is inline
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("style-src")[0]


def test_viz_page_has_every_node_but_claims(sample_html):
    html, report = sample_html
    data = page_data(html)
    assert report.nodes == len(data["nodes"]) == SAMPLE_NODES == drawable(sample_graph())
    counts = {c["key"]: c["count"] for c in data["classes"]}
    assert counts == {k: v for k, v in SAMPLE_COUNTS.items() if k != "Claim"}
    assert not any("/claim/" in i["iri"] for i in data["info"])
    assert report.warnings == [] and report.physics


def test_viz_page_claims_become_tooltip_words(sample_html):
    data = page_data(sample_html[0])
    info = next(i for i in data["info"] if i["iri"].endswith("handover/alpha-2021-03-10"))
    words = {w[1] for s in info["sources"] for w in s["words"]}
    assert "about $1.1 million" in words and "تسلم الجيش الوطني معسكر ألفا" in words
    assert {s["path"] for s in info["sources"]} == {"samples/en-alpha.txt", "samples/ar-alpha.txt"}
    assert ("equipment (USD)", "1,100,000", "") in [tuple(f) for f in info["facts"]]


@pytest.mark.parametrize("iri, en, ar", [
    ("base/alpha", "Camp Alpha", "معسكر ألفا"),
    ("force/border", "Border Guard", "حرس الحدود"),
])
def test_viz_labels_in_both_languages_with_isolated_arabic(sample_html, iri, en, ar):
    data = page_data(sample_html[0])
    k = next(k for k, i in enumerate(data["info"]) if i["iri"].endswith(iri))
    assert (data["info"][k]["en"], data["info"][k]["ar"]) == (en, ar)
    assert data["nodes"][k]["label"] == f"{en}\n\u2068{ar}\u2069"    # FSI ... PDI around the Arabic


def test_viz_nodes_carry_filters_and_size(sample_html):
    data = page_data(sample_html[0])
    by_iri = {i["iri"].rsplit("id/", 1)[1]: (n, i) for n, i in zip(data["nodes"], data["info"])}
    coalition = by_iri["force/coalition"][0]["id"]
    n, _ = by_iri["handover/alpha-2021-03-10"]
    assert n["d0"] == n["d1"] == "2021-03-10" and coalition in n["forces"] and n["group"] == "Handover"
    period, _ = by_iri["period/alpha-border-2022-06-01"]
    assert (period["d0"], period["d1"]) == ("2022-06-01", "9999-12-31")        # open end
    assert by_iri["base/alpha"][0]["value"] > by_iri["base/ridge"][0]["value"]   # size = links
    assert data["dates"] == ["2021-03-10", "2022-06-02"]
    assert [f[1] for f in data["forces"]] == ["Border Guard", "Ministry of Defence", "National Army",
                                              "Northern Coalition"]


def test_viz_xss_payloads_never_reach_the_markup():
    g = xss_graph()
    for html in (graph_page(g)[0], timeline_page(g)[0]):
        assert XSS_SCRIPT not in html and "<img" not in html and "onerror=\"window" not in html
    html = timeline_page(g)[0]
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in html
    data = page_data(graph_page(g)[0])                      # the JSON still holds the exact text
    assert any(i["en"] == f"{XSS_SCRIPT} {XSS_IMG}" for i in data["info"])


def test_viz_size_policy_folds_then_aggregates_then_stops_physics():
    g = sample_graph()
    _, full = graph_page(g, max_nodes=SAMPLE_NODES)
    assert full.nodes == SAMPLE_NODES and not full.warnings
    html, folded = graph_page(g, max_nodes=20)
    assert folded.nodes == SAMPLE_NODES - 3 - 3 - 5 and folded.physics
    assert folded.folded == {"Statement": 3, "Article": 3, "HoldingPeriod": 5}
    assert "folded" in page_data(html)["warnings"][0]
    _, agg = graph_page(g, max_nodes=10)
    assert agg.nodes == 7 and agg.physics and "only forces, organisations and bases" in agg.warnings[0]
    html, static = graph_page(g, max_nodes=5)
    assert not static.physics and len(static.warnings) == 2
    data = page_data(html)
    assert data["options"]["physics"] == {"enabled": False} and all("x" in n for n in data["nodes"])


def test_viz_aggregated_links_sum_handovers():
    html, _ = graph_page(sample_graph(), max_nodes=10)
    data = page_data(html)
    names = {n["id"]: i["en"] for n, i in zip(data["nodes"], data["info"])}
    links = {(names[e["from"]], names[e["to"]], e.get("label")) for e in data["edges"]}
    assert ("Northern Coalition", "Camp Alpha", "left") in links
    assert ("Camp Alpha", "Border Guard", "to") in links


def test_viz_synthetic_graph_above_the_limit_is_reduced():
    g = synthetic_graph(3000)
    html, rep = graph_page(g)
    assert rep.graph_nodes == drawable(g) > 2000 >= rep.nodes
    assert len(page_data(html)["nodes"]) == rep.nodes and rep.warnings


def test_viz_examples_graph(examples_graph):
    html, rep = graph_page(examples_graph)
    assert rep.nodes == drawable(examples_graph) == len(page_data(html)["nodes"])


# -- timeline -----------------------------------------------------------------------------------

def test_timeline_rows_bars_marks():
    html, rep = timeline_page(sample_graph())
    assert (rep.bases, rep.periods, rep.handovers, rep.undated) == (3, 5, 4, 1)
    assert html.count('class="bar') == 5
    assert html.count('class="bar open-start"') == 2 and html.count('class="bar open-end"') == 2
    assert html.count('class="mark"') == 3 and 'class="undated" href="#h4"' in html
    assert '<bdi dir="rtl" lang="ar">معسكر ألفا</bdi>' in html
    assert "<script" not in html and "default-src 'none'" in html
    assert "about $1.1 million" in html and "samples/ar-alpha.txt" in html


def test_timeline_empty_graph():
    from rdflib import Graph

    html, rep = timeline_page(Graph())
    assert rep.bases == 0 and "no handovers or holding periods" in html


# -- the commands ---------------------------------------------------------------------------------

@pytest.fixture
def sample_ttl(tmp_path):
    path = tmp_path / "sample.ttl"
    sample_graph().serialize(path, format="turtle")
    return path


def test_cli_viz_writes_both_pages(sample_ttl, tmp_path, capsys):
    out = tmp_path / "out" / "graph.html"
    assert main(["viz", str(sample_ttl), "-o", str(out)]) == 0
    assert out.is_file() and (out.parent / "timeline.html").is_file()
    err = capsys.readouterr().err
    assert f"({SAMPLE_NODES} nodes" in err and "4 handovers, 1 undated" in err


def test_cli_viz_timeline_only_and_no_timeline(sample_ttl, tmp_path):
    assert main(["viz", str(sample_ttl), "--timeline", "-o", str(tmp_path / "t.html"), "-q"]) == 0
    assert [p.name for p in tmp_path.glob("*.html")] == ["t.html"]
    assert main(["viz", str(sample_ttl), "--no-timeline", "-o", str(tmp_path / "g" / "g.html"), "-q"]) == 0
    assert [p.name for p in (tmp_path / "g").iterdir()] == ["g.html"]


def test_cli_viz_warns_on_stderr_when_reduced(sample_ttl, tmp_path, capsys):
    assert main(["viz", str(sample_ttl), "-o", str(tmp_path / "g.html"), "--max-nodes", "5", "-q"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("kg viz: warning: ") for line in err)


@pytest.mark.parametrize("argv, message", [
    (["viz", "missing.ttl"], "no such file"),
    (["viz", "a.ttl", "--store", "st"], "not both"),
    (["stats", "--store", "no-store-here"], "no store at"),
    (["viz", "--max-nodes", "0"], "at least 1"),
])
def test_cli_viz_errors_exit_2(argv, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_cli_viz_bad_turtle(tmp_path, capsys):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    assert main(["viz", str(bad)]) == 2
    assert "not valid turtle" in capsys.readouterr().err


def test_cli_viz_from_store(tmp_path, capsys):
    import pyoxigraph as ox

    from kg.store import open_store
    from kg.store_terms import to_ox

    with open_store(tmp_path / "st", write=True) as st:
        g = sample_graph()
        name = ox.NamedNode("https://w3id.org/handover-kg/id/article/a1")
        st.ox.extend([ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in g])
    out = tmp_path / "g.html"
    assert main(["viz", "--store", str(tmp_path / "st"), "-o", str(out), "--no-timeline"]) == 0
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == SAMPLE_NODES


def test_read_view_edges_only_between_drawn_nodes():
    view = read_view(sample_graph())
    assert all(s in view.nodes and o in view.nodes for s, o, *_ in view.edges)
    assert ("https://w3id.org/handover-kg/id/handover/alpha-2021-03-10", "from") in {
        (str(s), label) for s, o, label, _ in view.edges if str(o).endswith("force/coalition")}


def test_viz_title_is_text(tmp_path):
    title = "<b>K1</b> & co"
    html, _ = graph_page(sample_graph(), title=title)
    assert "<title>&lt;b&gt;K1&lt;/b&gt; &amp; co</title>" in html and "<b>K1" not in html
    html, _ = timeline_page(sample_graph(), title=title)
    assert "<title>&lt;b&gt;K1&lt;/b&gt; &amp; co</title>" in html and "<b>K1" not in html
