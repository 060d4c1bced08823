"""ontology/shapes.ttl through kg.validate.validate_shapes: a small hand-written graph conforms,
and one deliberate break per shape or constraint is reported on the right node."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, URIRef

from kg.validate import ValidationReport, format_report, validate_shapes

PREFIXES = """
@prefix hko: <https://w3id.org/handover-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix bases: <https://w3id.org/handover-kg/id/base/> .
@prefix forces: <https://w3id.org/handover-kg/id/force/> .
@prefix orgs: <https://w3id.org/handover-kg/id/org/> .
@prefix places: <https://w3id.org/handover-kg/id/place/> .
@prefix persons: <https://w3id.org/handover-kg/id/person/> .
@prefix articles: <https://w3id.org/handover-kg/id/article/> .
@prefix handovers: <https://w3id.org/handover-kg/id/handover/> .
@prefix statements: <https://w3id.org/handover-kg/id/statement/> .
@prefix claims: <https://w3id.org/handover-kg/id/claim/> .
@prefix periods: <https://w3id.org/handover-kg/id/period/> .
"""

# Invented data: the coalition hands Camp Example to the Exampleland army on 2021-03-01.
CONFORMING = PREFIXES + """
places:exampleland a hko:Place ;
    rdfs:label "Exampleland"@en , "إكسامبلاند"@ar ;
    hko:countryCode "XE" ;
    hko:demonym "Examplish"@en , "إكسامبلي"@ar .

bases:camp-example a hko:Base ;
    rdfs:label "Camp Example"@en , "معسكر إكسامبل"@ar ;
    skos:altLabel "the camp"@en ;
    hko:shortName "Example"@en ;
    hko:countryCode "XE" ;
    hko:locatedIn places:exampleland ;
    prov:wasDerivedFrom articles:a1 .

forces:coalition a hko:Force ;
    rdfs:label "Example Coalition"@en , "التحالف المثالي"@ar .

forces:example-army a hko:Force ;
    rdfs:label "Exampleland army"@en , "جيش إكسامبلاند"@ar ;
    hko:nationalForceOf places:exampleland .

orgs:ministry a hko:Organization ;
    rdfs:label "Ministry of Examples"@en ;
    hko:locatedIn places:exampleland .

persons:spokesman a hko:Person ;
    rdfs:label "Sam Spokesman"@en ;
    hko:role "spokesman"@en , "المتحدث باسم التحالف"@ar ;
    hko:memberOf forces:coalition .

articles:a1 a hko:Article ;
    rdfs:label "Coalition leaves Camp Example"@en ;
    dcterms:issued "2021-03-02"^^xsd:date ;
    hko:sourcePath "news/a1.txt" ;
    hko:contentHash "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" ;
    hko:language "en" ;
    prov:wasDerivedFrom <https://news.example.org/a1> .

handovers:camp-example-2021-03-01 a hko:Handover ;
    rdfs:label "handover of Camp Example"@en ;
    hko:base bases:camp-example ;
    hko:fromForce forces:coalition ;
    hko:toForce forces:example-army ;
    hko:date "2021-03-01"^^xsd:date ;
    hko:troopsWithdrawn 300 ;
    hko:equipmentValueUSD 1100000.0 ;
    prov:wasDerivedFrom articles:a1 .

statements:a1-120 a hko:Statement ;
    hko:speaker persons:spokesman ;
    hko:quote "We have handed the camp over."@en ;
    hko:quoteKind "direct" ;
    hko:about handovers:camp-example-2021-03-01 ;
    prov:wasDerivedFrom articles:a1 .

claims:c1 a hko:Claim ;
    rdf:subject handovers:camp-example-2021-03-01 ;
    rdf:predicate hko:troopsWithdrawn ;
    rdf:object 300 ;
    hko:qualifier "about" ;
    nif:beginIndex "40"^^xsd:nonNegativeInteger ;
    nif:endIndex "56"^^xsd:nonNegativeInteger ;
    nif:anchorOf "about 300 troops" ;
    prov:wasDerivedFrom articles:a1 .

periods:camp-example-coalition a hko:HoldingPeriod ;
    hko:heldBase bases:camp-example ;
    hko:holder forces:coalition ;
    hko:periodEnd "2021-03-01"^^xsd:date ;
    hko:endedBy handovers:camp-example-2021-03-01 ;
    prov:wasDerivedFrom articles:a1 .

periods:camp-example-example-army a hko:HoldingPeriod ;
    hko:heldBase bases:camp-example ;
    hko:holder forces:example-army ;
    hko:periodStart "2021-03-01"^^xsd:date ;
    hko:startedBy handovers:camp-example-2021-03-01 ;
    prov:wasDerivedFrom articles:a1 .
"""

H = "handovers:camp-example-2021-03-01"
S = "statements:a1-120"
P_OLD = "periods:camp-example-coalition"
P_NEW = "periods:camp-example-example-army"

# (id, triples to remove, triples to add, expected focus node, expected path or rule)
CASES = [
    ("handover-without-base", f"{H} hko:base bases:camp-example .", "", H, "hko:base"),
    ("handover-with-two-bases", "", f"{H} hko:base bases:other . bases:other a hko:Base .", H, "MaxCount"),
    ("handover-base-is-a-place", f"{H} hko:base bases:camp-example .", f"{H} hko:base places:exampleland .",
     H, "Class"),
    ("handover-without-source", f"{H} prov:wasDerivedFrom articles:a1 .", "", H, "MinCount"),
    ("handover-source-not-article", "", f"{H} prov:wasDerivedFrom <https://news.example.org/a1> .", H, "Class"),
    ("handover-from-organization", f"{H} hko:fromForce forces:coalition .", f"{H} hko:fromForce orgs:ministry .",
     H, "hko:fromForce"),
    ("handover-to-itself", f"{H} hko:toForce forces:example-army .", f"{H} hko:toForce forces:coalition .",
     H, "Disjoint"),
    ("handover-to-person", f"{H} hko:toForce forces:example-army .", f"{H} hko:toForce persons:spokesman .",
     H, "Or"),
    ("handover-date-untyped", f'{H} hko:date "2021-03-01"^^xsd:date .', f'{H} hko:date "2021-03-01" .',
     H, "Datatype"),
    ("troops-negative", f"{H} hko:troopsWithdrawn 300 .", f"{H} hko:troopsWithdrawn -5 .", H, "MinInclusive"),
    ("troops-not-integer", f"{H} hko:troopsWithdrawn 300 .", f"{H} hko:troopsWithdrawn 12.5 .", H, "Datatype"),
    ("equipment-negative", f"{H} hko:equipmentValueUSD 1100000.0 .", f"{H} hko:equipmentValueUSD -1.0 .",
     H, "MinInclusive"),
    ("equipment-double", f"{H} hko:equipmentValueUSD 1100000.0 .", f"{H} hko:equipmentValueUSD 1.1e6 .",
     H, "Datatype"),
    ("statement-without-speaker", f"{S} hko:speaker persons:spokesman .", "", S, "MinCount"),
    ("statement-speaker-is-base", f"{S} hko:speaker persons:spokesman .", f"{S} hko:speaker bases:camp-example .",
     S, "Or"),
    ("statement-without-quote", f'{S} hko:quote "We have handed the camp over."@en .', "", S, "hko:quote"),
    ("statement-quote-untagged", f'{S} hko:quote "We have handed the camp over."@en .',
     f'{S} hko:quote "We have handed the camp over." .', S, "Datatype"),
    ("statement-without-source", f"{S} prov:wasDerivedFrom articles:a1 .", "", S, "prov:wasDerivedFrom"),
    ("statement-quote-kind-unknown", f'{S} hko:quoteKind "direct" .', f'{S} hko:quoteKind "rumour" .', S, "In"),
    ("statement-about-person", "", f"{S} hko:about persons:spokesman .", S, "Or"),
    ("base-label-untagged", "", 'bases:camp-example rdfs:label "Camp Example" .', "bases:camp-example", "Datatype"),
    ("base-altlabel-untagged", "", 'bases:camp-example skos:altLabel "Example camp" .', "bases:camp-example",
     "skos:altLabel"),
    ("base-shortname-untagged", "", 'bases:camp-example hko:shortName "Example" .', "bases:camp-example",
     "hko:shortName"),
    ("base-country-code-lowercase", 'bases:camp-example hko:countryCode "XE" .',
     'bases:camp-example hko:countryCode "xe" .', "bases:camp-example", "Pattern"),
    ("base-located-in-force", "", "bases:camp-example hko:locatedIn forces:coalition .", "bases:camp-example",
     "hko:locatedIn"),
    ("person-role-untagged", "", 'persons:spokesman hko:role "general" .', "persons:spokesman", "hko:role"),
    ("person-member-of-person", "", "persons:spokesman hko:memberOf persons:spokesman .", "persons:spokesman",
     "Or"),
    ("place-demonym-untagged", "", 'places:exampleland hko:demonym "Examplish" .', "places:exampleland",
     "hko:demonym"),
    ("force-national-force-of-base", "", "forces:example-army hko:nationalForceOf bases:camp-example .",
     "forces:example-army", "hko:nationalForceOf"),
    ("entity-source-not-article", "", "forces:coalition prov:wasDerivedFrom persons:spokesman .",
     "forces:coalition", "Class"),
    ("article-two-publication-dates", "", 'articles:a1 dcterms:issued "2021-03-03"^^xsd:date .', "articles:a1",
     "MaxCount"),
    ("article-publication-datetime", 'articles:a1 dcterms:issued "2021-03-02"^^xsd:date .',
     'articles:a1 dcterms:issued "2021-03-02T10:00:00"^^xsd:dateTime .', "articles:a1", "Datatype"),
    ("article-bad-content-hash", "articles:a1 hko:contentHash "
     '"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" .',
     'articles:a1 hko:contentHash "not-a-hash" .', "articles:a1", "Pattern"),
    ("article-language-unknown", 'articles:a1 hko:language "en" .', 'articles:a1 hko:language "fr" .',
     "articles:a1", "In"),
    ("claim-without-subject", "claims:c1 rdf:subject handovers:camp-example-2021-03-01 .", "", "claims:c1",
     "rdf:subject"),
    ("claim-from-two-articles", "", "claims:c1 prov:wasDerivedFrom articles:a2 . articles:a2 a hko:Article .",
     "claims:c1", "MaxCount"),
    ("claim-offset-negative", 'claims:c1 nif:endIndex "56"^^xsd:nonNegativeInteger .',
     "claims:c1 nif:endIndex -56 .", "claims:c1", "MinInclusive"),
    ("claim-offset-a-string", 'claims:c1 nif:endIndex "56"^^xsd:nonNegativeInteger .',
     'claims:c1 nif:endIndex "56" .', "claims:c1", "Or"),
    ("claim-begins-after-end", 'claims:c1 nif:beginIndex "40"^^xsd:nonNegativeInteger .',
     'claims:c1 nif:beginIndex "60"^^xsd:nonNegativeInteger .', "claims:c1", "LessThanOrEquals"),
    ("claim-qualifier-unknown", 'claims:c1 hko:qualifier "about" .', 'claims:c1 hko:qualifier "roughly" .',
     "claims:c1", "In"),
    ("period-without-base", f"{P_NEW} hko:heldBase bases:camp-example .", "", P_NEW, "hko:heldBase"),
    ("period-base-is-a-force", f"{P_NEW} hko:heldBase bases:camp-example .",
     f"{P_NEW} hko:heldBase forces:coalition .", P_NEW, "Class"),
    ("period-without-holder", f"{P_NEW} hko:holder forces:example-army .", "", P_NEW, "hko:holder"),
    ("period-holder-is-person", f"{P_NEW} hko:holder forces:example-army .",
     f"{P_NEW} hko:holder persons:spokesman .", P_NEW, "Or"),
    ("period-two-starts", "", f'{P_NEW} hko:periodStart "2021-03-02"^^xsd:date .', P_NEW, "MaxCount"),
    ("period-start-untyped", f'{P_NEW} hko:periodStart "2021-03-01"^^xsd:date .',
     f'{P_NEW} hko:periodStart "2021-03-01" .', P_NEW, "Datatype"),
    ("period-starts-after-end", "", f'{P_NEW} hko:periodEnd "2020-01-01"^^xsd:date .', P_NEW,
     "LessThanOrEquals"),
    ("period-started-by-article", "", f"{P_NEW} hko:startedBy articles:a1 .", P_NEW, "hko:startedBy"),
    # SPARQL: the coalition's period no longer ends at the handover, so both hold the camp.
    ("periods-overlap", f'{P_OLD} hko:periodEnd "2021-03-01"^^xsd:date . '
     f"{P_OLD} hko:endedBy {H} .", "", P_OLD, "NoOverlappingHolders"),
    # SPARQL: a second handover of the camp by the coalition, which left it in 2021.
    ("from-force-did-not-hold-base", "", """
        handovers:camp-example-2022 a hko:Handover ; hko:base bases:camp-example ;
            hko:fromForce forces:coalition ; hko:toForce orgs:ministry ;
            hko:date "2022-06-01"^^xsd:date ; prov:wasDerivedFrom articles:a1 .""",
     "handovers:camp-example-2022", "FromForceHeldBase"),
]


def _graph(text: str) -> Graph:
    return Graph().parse(data=text, format="turtle")


def _iri(name: str) -> URIRef:
    prefix, local = name.split(":", 1)
    return _graph(PREFIXES).namespace_manager.expand_curie(f"{prefix}:{local}")


@pytest.fixture(scope="module")
def conforming() -> Graph:
    return _graph(CONFORMING)


def test_shapes_conforming_graph_conforms(conforming):
    report = validate_shapes(conforming)
    assert report.conforms, format_report(report)
    assert report.violations == []
    assert report.exit_code == 0


def test_shapes_dataset_is_validated_as_union(conforming):
    ds = Dataset()
    for i, triple in enumerate(conforming):
        ds.graph(URIRef(f"https://w3id.org/handover-kg/id/graph/g{i % 2}")).add(triple)
    assert validate_shapes(ds).conforms


@pytest.mark.parametrize("remove, add, focus, rule", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_shapes_reports_violation_on_focus_node(conforming, remove, add, focus, rule):
    graph = Graph()
    graph += conforming
    to_remove = _graph(PREFIXES + remove)
    assert len(to_remove) or not remove
    for triple in to_remove:
        assert triple in graph, f"test bug: {triple} is not in the conforming graph"
        graph.remove(triple)
    graph += _graph(PREFIXES + add)
    report = validate_shapes(graph)
    assert not report.conforms
    assert report.exit_code == 1
    path = _iri(rule) if ":" in rule else None
    hits = [v for v in report.violations if v.focus_node == _iri(focus) and v.severity == "Violation"
            and (v.rule == rule or (path is not None and v.path == path))]
    assert hits, format_report(report)
    assert all(v.message and "\n" not in v.message for v in report.violations)


def test_shapes_warning_does_not_break_conformance(conforming):
    graph = Graph()
    graph += conforming
    graph += _graph(PREFIXES + 'bases:camp-example rdfs:label "Example Camp"@en .')
    report = validate_shapes(graph)
    assert report.conforms
    assert [(v.severity, v.rule) for v in report.violations] == [("Warning", "UniqueLang")]


@pytest.mark.parametrize("remove, add", [
    # periods that meet at a handover whose date is unknown do not overlap
    (f'{P_OLD} hko:periodEnd "2021-03-01"^^xsd:date . {P_NEW} hko:periodStart "2021-03-01"^^xsd:date .', ""),
    # a later handover by the former holder, but undated: the from-force rule cannot judge
    ("", """handovers:camp-example-later a hko:Handover ; hko:base bases:camp-example ;
            hko:fromForce forces:coalition ; prov:wasDerivedFrom articles:a1 ."""),
    # a handover by a holder whose own period has unknown dates: the benefit of the doubt
    ("", """forces:militia a hko:Force .
        handovers:camp-example-2022 a hko:Handover ; hko:base bases:camp-example ;
            hko:fromForce forces:militia ; hko:toForce forces:coalition ;
            hko:date "2022-06-01"^^xsd:date ; prov:wasDerivedFrom articles:a1 .
        periods:camp-example-militia a hko:HoldingPeriod ; hko:heldBase bases:camp-example ;
            hko:holder forces:militia ; hko:startedBy handovers:camp-example-2021-03-01 ;
            hko:endedBy handovers:camp-example-2022 ."""),
    # two forces hand the camp over together: co-holders closed by the same handover
    ("", f"""forces:ally a hko:Force . {H} hko:fromForce forces:ally .
        periods:camp-example-ally a hko:HoldingPeriod ; hko:heldBase bases:camp-example ;
            hko:holder forces:ally ; hko:periodEnd "2021-03-01"^^xsd:date ; hko:endedBy {H} ."""),
], ids=["periods-meet-at-undated-handover", "undated-handover", "holder-period-dates-unknown",
        "joint-handover"])
def test_shapes_timeline_rules_need_evidence(conforming, remove, add):
    graph = Graph()
    graph += conforming
    for triple in _graph(PREFIXES + remove):
        assert triple in graph
        graph.remove(triple)
    graph += _graph(PREFIXES + add)
    report = validate_shapes(graph)
    assert report.conforms, format_report(report)


def test_shapes_format_report_lists_node_rule_value_message(conforming):
    graph = Graph()
    graph += conforming
    graph += _graph(PREFIXES + f"{H} hko:troopsWithdrawn -5 .")
    text = format_report(validate_shapes(graph))
    assert "does not conform" in text
    assert "hkr:handover/camp-example-2021-03-01" in text
    assert "hko:troopsWithdrawn (MinInclusive)" in text
    assert '"-5"^^xsd:integer' in text
    assert "zero or more" in text
    report = ValidationReport(True)
    assert format_report(report).startswith("SHACL: the graph conforms")
