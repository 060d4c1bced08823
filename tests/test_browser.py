"""The pages in a real browser: headless Chromium opens them from disk (file://) with no network.

Each test asserts that the page requested nothing but itself and logged no console error; the
screenshots land in tests/artifacts/ (gitignored) for a person to look at.
"""
from __future__ import annotations

import json
import time

import pytest
from support.vizdata import SAMPLE_NODES, XSS_IMG, XSS_SCRIPT, sample_graph, xss_graph
from test_viz import drawable

from kg.viz import write_graph_page, write_timeline_page

pytestmark = pytest.mark.slow

XSS_ARTICLE = f"""{XSS_SCRIPT} Coalition hands over K1 air base {XSS_IMG}

KIRKUK, Iraq, March 29, 2020 - Coalition forces handed over K1 air base to the Iraqi army on Sunday, the coalition said in a statement.

"The base {XSS_SCRIPT} is ready," said Brig. Gen. Vincent Barker, a coalition commander.

"Our partners {XSS_IMG} will secure it," the coalition said.
"""


def open_graph(page, path, timeout=120):
    url = page.open(path)
    page.wait_for("window.kgView && kgView.ready && kgView.stabilized", timeout)
    return url


def assert_clean(page, *urls):
    assert page.foreign_requests(*urls) == [], "the page fetched something"
    assert page.console_errors == [], "the page logged errors"


def node_index(page, iri_suffix: str) -> int:
    k = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).info"
                      f".findIndex(function (i) {{ return i.iri.endsWith({json.dumps(iri_suffix)}); }})")
    assert k >= 0, iri_suffix
    return k


def hover_node(page, iri_suffix: str) -> dict:
    """Move the real mouse onto a node (centred and zoomed first) and read the tooltip."""
    k = node_index(page, iri_suffix)
    page.hover(5, 5)                                    # off any node: hides an earlier tooltip
    x, y = page.evaluate(f"""(function () {{
        var n = kgView.network; n.focus({k}, {{scale: 1.6, animation: false}});
        var p = n.canvasToDOM(n.getPositions([{k}])[{k}]);
        var r = document.getElementById('kg-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }})()""")
    page.hover(x, y)
    page.wait_for("document.getElementById('kg-tip').style.display === 'block'", 10)
    return page.evaluate("""(function () { var t = document.getElementById('kg-tip');
        return {text: t.textContent, iri: t.querySelector('.kg-iri').textContent,
                elements: Array.from(t.querySelectorAll('*')).map(function (e) { return e.tagName; }),
                rtl: Array.from(t.querySelectorAll('[dir=rtl]')).map(function (e) { return e.textContent; })}; })()""")


def test_browser_examples_graph_page(page, examples_graph, tmp_path, artifacts_dir):
    path = tmp_path / "graph.html"
    rep = write_graph_page(examples_graph, path)
    url = open_graph(page, path)
    expected = drawable(examples_graph)
    assert page.evaluate("kgView.nodes.length") == rep.nodes == expected
    assert page.evaluate("kgView.network.body.nodeIndices.length") == expected       # all drawn
    assert page.evaluate("kgView.edges.length") == rep.edges
    page.screenshot(artifacts_dir / "graph-examples.png")
    assert_clean(page, url)


def test_browser_sample_graph_page_and_tooltip(page, tmp_path, artifacts_dir):
    path = tmp_path / "graph.html"
    write_graph_page(sample_graph(), path)
    url = open_graph(page, path)
    assert page.evaluate("kgView.nodes.length") == SAMPLE_NODES
    page.screenshot(artifacts_dir / "graph-sample.png")
    tip = hover_node(page, "handover/alpha-2021-03-10")
    assert tip["iri"].endswith("handover/alpha-2021-03-10")
    assert "about $1.1 million" in tip["text"] and "samples/ar-alpha.txt" in tip["text"]
    assert "تسلم الجيش الوطني معسكر ألفا" in tip["rtl"]            # the Arabic source's words, RTL
    page.screenshot(artifacts_dir / "graph-sample-tooltip.png")
    tip = hover_node(page, "base/alpha")
    assert "معسكر ألفا" in tip["rtl"] and "Camp Alpha" in tip["text"]
    assert_clean(page, url)


def test_browser_filters(page, tmp_path):
    path = tmp_path / "graph.html"
    write_graph_page(sample_graph(), path)
    url = open_graph(page, path)
    shown = "kgView.view.length"

    def control(js):
        page.evaluate(js)
        time.sleep(0.05)
        return page.evaluate(shown)

    assert control("document.querySelector('#kg-legend input[value=Statement]').click()") == SAMPLE_NODES - 3
    assert page.evaluate("kgView.network.body.nodeIndices.length") == SAMPLE_NODES - 3
    assert control("document.getElementById('kg-reset').click()") == SAMPLE_NODES
    border = node_index(page, "force/border")
    n = control(f"""(function () {{ var s = document.getElementById('kg-force'); s.value = '{border}';
                   s.dispatchEvent(new Event('change')); }})()""")
    # the Border Guard itself, its handover, its period, Camp Alpha, and the article a3
    assert n == 5
    control("document.getElementById('kg-reset').click()")
    n = control("""(function () { var f = document.getElementById('kg-from'); f.value = '2022-01-01';
                  f.dispatchEvent(new Event('change')); })()""")
    # dated nodes before 2022 go: 2 handovers, 2 closed periods ending 2021, 2 articles, 2 statements
    assert n == SAMPLE_NODES - 8
    assert_clean(page, url)


@pytest.mark.parametrize("which", ["examples", "sample"])
def test_browser_timeline_page(which, page, examples_graph, tmp_path, artifacts_dir):
    g = examples_graph if which == "examples" else sample_graph()
    path = tmp_path / "timeline.html"
    rep = write_timeline_page(g, path)
    url = page.open(path)
    assert page.evaluate("document.querySelectorAll('.bar').length") == rep.periods
    assert page.evaluate("document.querySelectorAll('#handovers + table tbody tr').length") == rep.handovers
    assert page.evaluate("document.querySelectorAll('bdi[dir=rtl]').length") > 0
    page.screenshot(artifacts_dir / f"timeline-{which}.png", full_page=True)
    assert_clean(page, url)


def test_browser_reduced_page_warns(page, tmp_path, artifacts_dir):
    path = tmp_path / "graph.html"
    rep = write_graph_page(sample_graph(), path, max_nodes=5)
    url = open_graph(page, path)
    assert page.evaluate("kgView.nodes.length") == rep.nodes == 7
    warning = page.evaluate("document.getElementById('kg-warning').innerText")
    assert "only forces, organisations and bases" in warning and "physics off" in warning
    page.screenshot(artifacts_dir / "graph-reduced.png")
    assert_clean(page, url)


# -- XSS: article text is never markup --------------------------------------------------------------

def _assert_inert(page, tip):
    assert XSS_SCRIPT in tip["text"] or XSS_IMG in tip["text"], tip["text"]
    assert not {"SCRIPT", "IMG"} & set(tip["elements"])
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_browser_xss_from_an_article(page, tmp_path, artifacts_dir):
    from kg.pipeline import build

    src = tmp_path / "in" / f'evil-{XSS_IMG.replace("/", "")}.txt'
    src.parent.mkdir()
    src.write_text(XSS_ARTICLE, encoding="utf-8")
    g = build([src.parent]).graph
    path = tmp_path / "graph.html"
    write_graph_page(g, path)
    url = open_graph(page, path)
    article = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).info"
                            ".filter(function (i) { return i.key === 'Article'; })[0].iri")
    tip = hover_node(page, article)
    assert f"{XSS_SCRIPT} Coalition hands over K1 air base {XSS_IMG}" in tip["text"]
    _assert_inert(page, tip)
    quotes = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).info.filter("
                           "function (i) { return JSON.stringify(i.facts).indexOf('__pwned') >= 0 && "
                           "i.key === 'Statement'; }).map(function (i) { return i.iri; })")
    for iri in quotes:                                 # statements whose quote holds a payload
        _assert_inert(page, hover_node(page, iri))
    page.screenshot(artifacts_dir / "graph-xss-article.png")
    # the timeline of the same graph
    tl = tmp_path / "timeline.html"
    write_timeline_page(g, tl)
    url2 = page.open(tl)
    assert page.evaluate("document.images.length + document.scripts.length") == 0
    assert XSS_SCRIPT in page.evaluate("document.body.innerText")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert_clean(page, url, url2)


def test_browser_xss_everywhere_in_the_graph(page, tmp_path, artifacts_dir):
    g = xss_graph()
    path = tmp_path / "graph.html"
    write_graph_page(g, path)
    url = open_graph(page, path)
    for iri in ("handover/evil", "base/evil", "statement/evil", "article/evil", "period/evil", "force/evil"):
        tip = hover_node(page, iri)
        _assert_inert(page, tip)
    tip = hover_node(page, "handover/evil")
    assert f"{XSS_SCRIPT} {XSS_IMG}" in tip["text"]
    page.screenshot(artifacts_dir / "graph-xss-tooltip.png")
    # clicking keeps the card in the side panel: still text
    k = node_index(page, "handover/evil")
    px, py = page.evaluate(f"""(function () {{ var n = kgView.network;
        var p = n.canvasToDOM(n.getPositions([{k}])[{k}]);
        var r = document.getElementById('kg-network').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }})()""")
    page.click(px, py)
    details = page.wait_for("document.getElementById('kg-details').textContent", 10)
    assert XSS_SCRIPT in details
    assert page.evaluate("document.querySelectorAll('#kg-details img, #kg-details script').length") == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert_clean(page, url)


def test_browser_empty_graph(page, tmp_path):
    from rdflib import Graph

    path = tmp_path / "graph.html"
    write_graph_page(Graph(), path)
    url = open_graph(page, path, timeout=20)
    assert page.evaluate("kgView.nodes.length") == 0
    assert page.evaluate("document.getElementById('kg-progress').textContent") == ""
    assert_clean(page, url)
