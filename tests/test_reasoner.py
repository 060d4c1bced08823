"""kg.validate.check_consistency: Pellet (owlready2 0.49, Java) over ontology + a small graph,
and the words it finds for a contradiction."""
from __future__ import annotations

import shutil

import pytest
from rdflib import Graph, URIRef

from kg.validate import Problem, ReasonerReport, check_consistency, format_report

pytest.importorskip("owlready2")
pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Pellet needs a Java runtime")

PREFIXES = """
@prefix hko: <https://w3id.org/handover-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix geo: <http://www.opengis.net/ont/geosparql#> .
@prefix bases: <https://w3id.org/handover-kg/id/base/> .
@prefix forces: <https://w3id.org/handover-kg/id/force/> .
@prefix persons: <https://w3id.org/handover-kg/id/person/> .
@prefix articles: <https://w3id.org/handover-kg/id/article/> .
@prefix handovers: <https://w3id.org/handover-kg/id/handover/> .
@prefix statements: <https://w3id.org/handover-kg/id/statement/> .
@prefix periods: <https://w3id.org/handover-kg/id/period/> .
"""

# Invented data: the coalition hands Camp Example to the Exampleland army.
CONSISTENT = PREFIXES + """
bases:camp-example a hko:Base ; rdfs:label "Camp Example"@en , "معسكر إكسامبل"@ar ;
    hko:countryCode "XE" ;
    geo:hasGeometry [ a geo:Geometry ; geo:asWKT "POINT(10.0 20.0)"^^geo:wktLiteral ] .
forces:coalition a hko:Force ; rdfs:label "Example Coalition"@en .
forces:example-army a hko:Force ; rdfs:label "Exampleland army"@en .
persons:spokesman a hko:Person ; hko:role "spokesman"@en ; hko:memberOf forces:coalition .
articles:a1 a hko:Article ; dcterms:issued "2021-03-02"^^xsd:date .
handovers:h1 a hko:Handover ; hko:base bases:camp-example ;
    hko:fromForce forces:coalition ; hko:toForce forces:example-army ;
    hko:date "2021-03-01"^^xsd:date ; hko:troopsWithdrawn 300 ; hko:equipmentValueUSD 1100000.0 ;
    prov:wasDerivedFrom articles:a1 .
statements:s1 a hko:Statement ; hko:speaker persons:spokesman ; hko:quote "We left."@en ;
    hko:about handovers:h1 ; prov:wasDerivedFrom articles:a1 .
periods:p1 a hko:HoldingPeriod ; hko:heldBase bases:camp-example ; hko:holder forces:example-army ;
    hko:periodStart "2021-03-01"^^xsd:date ; hko:startedBy handovers:h1 .
"""

CAMP = URIRef("https://w3id.org/handover-kg/id/base/camp-example")


def _graph(extra: str = "") -> Graph:
    return Graph().parse(data=CONSISTENT + extra, format="turtle")


def test_reasoner_consistent_graph_passes():
    report = check_consistency(_graph())
    assert report.consistent, format_report(report)
    assert report.exit_code == 0
    assert report.problems == []
    assert report.triples > 20
    assert "consistent" in format_report(report)


def test_reasoner_base_that_is_also_a_force_is_named():
    report = check_consistency(_graph("bases:camp-example a hko:Force ."))
    assert not report.consistent
    assert report.exit_code == 1
    assert [p.node for p in report.problems] == [CAMP]
    message = report.problems[0].message
    assert "hkr:base/camp-example" in message and "Base" in message and "Force" in message
    text = format_report(report)
    assert "contradicts the ontology" in text and "hkr:base/camp-example" in text
    assert "camp-example type Force" in report.explanation  # Pellet's own words, local names


@pytest.mark.parametrize("extra, node, words", [
    ("statements:s1 hko:speaker bases:camp-example .", CAMP, "hko:speaker of hkr:statement/s1"),
    ('handovers:h1 hko:date "soon" .', URIRef("https://w3id.org/handover-kg/id/handover/h1"),
     "not a valid xsd:date"),
    ('periods:p1 hko:periodStart "2021-03-02"^^xsd:date .', URIRef("https://w3id.org/handover-kg/id/period/p1"),
     "can have only one"),
], ids=["range", "datatype", "functional"])
def test_reasoner_explains_other_contradictions(extra, node, words):
    report = check_consistency(_graph(extra), explain=False)
    assert not report.consistent
    assert any(p.node == node and words in p.message for p in report.problems), format_report(report)
    assert report.explanation == ""


def test_reasoner_format_report_without_a_culprit():
    report = ReasonerReport(False, [Problem(None, "The graph contradicts the ontology.")], "1) x type Y")
    text = format_report(report)
    assert "(graph)" in text and "x type Y" in text
