#!/usr/bin/env python3
"""How large a graph the graph page (kg viz) handles: build and load times at several sizes.

    .venv/bin/python benchmarks/viz_scale.py 1000 5000 10000

For each size: a synthetic graph shaped like a real build (tests/support/vizdata.py), then
  build  - seconds to read the view and write the page (default policy, and forced full);
  pyvis  - seconds pyvis 0.3.2's own add_node/add_edge take for the same nodes and edges;
  load   - seconds from navigation to the first drawing, and to the end of the layout, in
           headless Chromium (tests/support/browser.py); redraw = ms per full redraw.
Figures go to stdout as a Markdown table (docs/decisions/0004-viz.md quotes them).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.browser import Browser, find_chromium
from support.vizdata import synthetic_graph


def stock_pyvis_seconds(html_nodes, html_edges) -> float:
    from pyvis.network import Network

    net = Network(directed=True)
    t = time.perf_counter()
    for n in html_nodes:
        net.add_node(n["id"], label=n["label"])
    for e in html_edges:
        net.add_edge(e["from"], e["to"])
    return time.perf_counter() - t


def load(browser: Browser, path: Path) -> tuple[float, float, float, int]:
    page = browser.new_page()
    try:
        t = time.perf_counter()
        page.open(path, timeout=300)
        page.wait_for("window.kgView && kgView.ready", 300, 0.05)
        first = time.perf_counter() - t
        page.wait_for("kgView.stabilized", 600, 0.1)
        done = time.perf_counter() - t
        redraw = page.evaluate("(function(){var n=kgView.network,t=performance.now();"
                               "for(var i=0;i<5;i++){n.redraw();}return (performance.now()-t)/5})()")
        assert not page.console_errors, page.console_errors
        return first, done, redraw, page.evaluate("kgView.nodes.length")
    finally:
        page.close()


def main(sizes: list[int]) -> int:
    import json
    import re

    from kg.viz import MAX_NODES, graph_page
    from kg.viz_data import read_view

    exe = find_chromium()
    browser = Browser(exe) if exe else None
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="kg-viz-scale-"))
    if browser:                                   # warm up: the first page pays for start-up
        warm = tmp / "warm.html"
        warm.write_text(graph_page(synthetic_graph(50))[0], encoding="utf-8")
        load(browser, warm)
    for n in sizes:
        g = synthetic_graph(n)
        t = time.perf_counter()
        view = read_view(g)
        t_view = time.perf_counter() - t
        for mode, max_nodes in (("default", MAX_NODES), ("full", 10 ** 9)):
            t = time.perf_counter()
            html, rep = graph_page(g, max_nodes=max_nodes)
            t_build = time.perf_counter() - t
            path = tmp / f"g{n}-{mode}.html"
            path.write_text(html, encoding="utf-8")
            data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.DOTALL).group(1))
            t_pyvis = stock_pyvis_seconds(data["nodes"], data["edges"]) if mode == "full" else float("nan")
            first = done = redraw = float("nan")
            if browser:
                first, done, redraw, _ = load(browser, path)
            rows.append((len(view.nodes), mode, rep.nodes, rep.edges, "on" if rep.physics else "off",
                         t_view, t_build, t_pyvis, len(html) / 1e6, first, done, redraw))
            print(*rows[-1], sep="\t", file=sys.stderr, flush=True)
    if browser:
        browser.close()
    print("| graph nodes | policy | drawn nodes | links | physics | read view s | build page s | "
          "stock pyvis add s | page MB | first draw s | layout done s | redraw ms |")
    print("|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print("| " + " | ".join(f"{v:.2f}" if isinstance(v, float) else str(v) for v in r) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or [1000, 5000, 10000]))
