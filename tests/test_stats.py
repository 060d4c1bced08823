"""kg stats: counts, rankings, centrality and components, on the hand-written sample graph."""
from __future__ import annotations

import json

import pytest
from support.vizdata import SAMPLE_COUNTS, SAMPLE_NODES, sample_graph, synthetic_graph

from kg.cli import main
from kg.stats import format_table, graph_stats, handover_network


@pytest.fixture(scope="module")
def stats():
    return graph_stats(sample_graph())


def test_stats_counts_per_class(stats):
    assert stats["classes"] == SAMPLE_COUNTS
    assert stats["triples"] == len(sample_graph())


def test_stats_forces_by_handovers(stats):
    rows = [(f["label"], f["from"], f["to"], f["handovers"]) for f in stats["forces"]]
    assert rows == [("Northern Coalition", 3, 0, 3), ("National Army", 1, 1, 2),
                    ("Border Guard", 0, 1, 1), ("Ministry of Defence", 0, 1, 1)]
    assert stats["forces"][0]["label_ar"] == "التحالف الشمالي"


def test_stats_bases_by_transfers(stats):
    assert [(b["label"], b["transfers"]) for b in stats["bases"]] == [
        ("Camp Alpha", 2), ("Harbor Air Base", 1), ("Ridge Station", 1)]


def test_stats_centrality(stats):
    c = stats["centrality"]
    assert c["network"] == {"nodes": 7, "edges": 6, "approximate": False}
    forces = {f["label"]: f for f in c["forces"]}
    # the coalition left all three bases: it links to 3 of the 6 other nodes
    assert forces["Northern Coalition"]["degree"] == pytest.approx(3 / 6)
    assert c["forces"][0]["label"] == "Northern Coalition"
    assert forces["Northern Coalition"]["betweenness"] > forces["National Army"]["betweenness"] == 0
    bases = {b["label"]: b for b in c["bases"]}
    assert bases["Camp Alpha"]["degree"] == pytest.approx(3 / 6)
    assert bases["Ridge Station"]["betweenness"] == 0


def test_stats_components(stats):
    assert stats["components"] == {"nodes": SAMPLE_NODES, "edges": 51, "count": 1, "isolated": 0,
                                   "sizes": [SAMPLE_NODES]}


def test_stats_components_count_islands():
    from rdflib import RDF, RDFS, Literal

    from kg.namespace import HKO, HKR

    g = sample_graph()
    g.add((HKR["base/lonely"], RDF.type, HKO.Base))
    g.add((HKR["base/lonely"], RDFS.label, Literal("Lonely Outpost", lang="en")))
    comp = graph_stats(g)["components"]
    assert (comp["count"], comp["isolated"], comp["sizes"]) == (2, 1, [SAMPLE_NODES, 1])


def test_stats_handover_network_weights():
    net = handover_network(sample_graph())
    alpha = "https://w3id.org/handover-kg/id/base/alpha"
    army = "https://w3id.org/handover-kg/id/force/army"
    from rdflib import URIRef

    assert net.edges[URIRef(army), URIRef(alpha)]["weight"] == 2     # received it, then handed it on


def test_stats_betweenness_is_estimated_on_large_networks(monkeypatch):
    import kg.stats

    monkeypatch.setattr(kg.stats, "EXACT_BETWEENNESS_MAX", 20)
    s = graph_stats(synthetic_graph(600), top=3)
    assert s["centrality"]["network"]["approximate"] and len(s["forces"]) == 3
    assert "betweenness estimated" in format_table(s)


def test_stats_table(stats):
    text = format_table(stats)
    assert "Nodes per class" in text and "Northern Coalition" in text
    line = next(ln for ln in text.splitlines() if ln.startswith("Camp Alpha") and ln.split()[-1] == "2")
    assert line.split() == ["Camp", "Alpha", "2"]


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_cli_stats(fmt, tmp_path, capsys):
    path = tmp_path / "g.ttl"
    sample_graph().serialize(path, format="turtle")
    assert main(["stats", str(path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert json.loads(out)["classes"]["Handover"] == 4
    else:
        assert "Bases by number of transfers" in out


def test_cli_stats_graph_option_and_top(tmp_path, capsys):
    path = tmp_path / "g.nt"
    sample_graph().serialize(path, format="nt", encoding="utf-8")
    assert main(["stats", "--graph", str(path), "--format", "json", "--top", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["forces"]) == len(data["bases"]) == 1


def test_stats_examples(examples_graph):
    s = graph_stats(examples_graph)
    assert s["classes"]["Article"] == 6
    assert sum(b["transfers"] for b in s["bases"]) == s["classes"]["Handover"]
