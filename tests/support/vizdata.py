"""Graphs for the viz and stats tests: a small hand-written one (invented bases, forces and
articles) and a synthetic generator of any size (for the size limits of the graph page).

    python tests/support/vizdata.py 5000 -o /tmp/g5k.ttl    # a synthetic graph of ~5000 nodes
"""
from __future__ import annotations

import random

from rdflib import Graph

SAMPLE_TTL = """
@prefix hko: <https://w3id.org/handover-kg/ontology#> .
@prefix hkr: <https://w3id.org/handover-kg/id/> .
@prefix hb: <https://w3id.org/handover-kg/id/base/> .
@prefix hf: <https://w3id.org/handover-kg/id/force/> .
@prefix ho: <https://w3id.org/handover-kg/id/org/> .
@prefix hp: <https://w3id.org/handover-kg/id/person/> .
@prefix hpl: <https://w3id.org/handover-kg/id/place/> .
@prefix ha: <https://w3id.org/handover-kg/id/article/> .
@prefix hh: <https://w3id.org/handover-kg/id/handover/> .
@prefix hc: <https://w3id.org/handover-kg/id/claim/> .
@prefix hs: <https://w3id.org/handover-kg/id/statement/> .
@prefix hpr: <https://w3id.org/handover-kg/id/period/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

# --- entities (invented) ---
hb:alpha a hko:Base ; rdfs:label "Camp Alpha"@en , "معسكر ألفا"@ar ;
    skos:altLabel "Alpha camp"@en , "قاعدة ألفا"@ar ; hko:locatedIn hpl:eastport .
hb:harbor a hko:Base ; rdfs:label "Harbor Air Base"@en , "قاعدة المرفأ الجوية"@ar .
hb:ridge a hko:Base ; rdfs:label "Ridge Station"@en .
hf:coalition a hko:Force ; rdfs:label "Northern Coalition"@en , "التحالف الشمالي"@ar .
hf:army a hko:Force ; rdfs:label "National Army"@en , "الجيش الوطني"@ar .
hf:border a hko:Force ; rdfs:label "Border Guard"@en , "حرس الحدود"@ar .
ho:mod a hko:Organization ; rdfs:label "Ministry of Defence"@en , "وزارة الدفاع"@ar .
hp:reyes a hko:Person ; rdfs:label "Dana Reyes"@en , "دانا رييس"@ar ;
    hko:role "colonel"@en , "العقيد"@ar ; hko:memberOf hf:coalition .
hpl:eastport a hko:Place ; rdfs:label "Eastport"@en , "الميناء الشرقي"@ar .

# --- articles ---
ha:a1 a hko:Article ; rdfs:label "Coalition hands Camp Alpha to the army"@en ;
    hko:language "en" ; hko:sourcePath "samples/en-alpha.txt" ; dcterms:issued "2021-03-10"^^xsd:date .
ha:a2 a hko:Article ; rdfs:label "الجيش الوطني يتسلم معسكر ألفا"@ar ;
    hko:language "ar" ; hko:sourcePath "samples/ar-alpha.txt" ; dcterms:issued "2021-03-11"^^xsd:date .
ha:a3 a hko:Article ; rdfs:label "Border Guard takes over Camp Alpha; harbor base handed to ministry"@en ;
    hko:language "en" ; hko:sourcePath "samples/en-border.txt" ; dcterms:issued "2022-06-02"^^xsd:date .

# --- handovers ---
hh:alpha-2021-03-10 a hko:Handover ; rdfs:label "handover of Camp Alpha"@en ;
    hko:base hb:alpha ; hko:fromForce hf:coalition ; hko:toForce hf:army ;
    hko:date "2021-03-10"^^xsd:date ; hko:troopsWithdrawn 250 ;
    hko:equipmentValueUSD 1000000.0 , 1100000.0 ;
    prov:wasDerivedFrom ha:a1 , ha:a2 .
hh:alpha-2022-06-01 a hko:Handover ; rdfs:label "handover of Camp Alpha"@en ;
    hko:base hb:alpha ; hko:fromForce hf:army ; hko:toForce hf:border ;
    hko:date "2022-06-01"^^xsd:date ; prov:wasDerivedFrom ha:a3 .
hh:harbor-2021-09-15 a hko:Handover ; rdfs:label "handover of Harbor Air Base"@en ;
    hko:base hb:harbor ; hko:fromForce hf:coalition ; hko:toForce ho:mod ;
    hko:date "2021-09-15"^^xsd:date ; prov:wasDerivedFrom ha:a3 .
hh:ridge-a3 a hko:Handover ; rdfs:label "handover of Ridge Station"@en ;
    hko:base hb:ridge ; hko:fromForce hf:coalition ; prov:wasDerivedFrom ha:a3 .

# --- claims (provenance: the words each fact was read from) ---
hc:c1 a hko:Claim ; rdf:subject hh:alpha-2021-03-10 ; rdf:predicate hko:base ;
    rdf:object hb:alpha ; prov:wasDerivedFrom ha:a1 ;
    nif:beginIndex 40 ; nif:endIndex 95 ; nif:anchorOf "handed over Camp Alpha to the National Army" .
hc:c2 a hko:Claim ; rdf:subject hh:alpha-2021-03-10 ; rdf:predicate hko:equipmentValueUSD ;
    rdf:object 1100000.0 ; prov:wasDerivedFrom ha:a1 ; hko:qualifier "about" ;
    nif:beginIndex 120 ; nif:endIndex 140 ; nif:anchorOf "about $1.1 million" .
hc:c3 a hko:Claim ; rdf:subject hh:alpha-2021-03-10 ; rdf:predicate hko:base ;
    rdf:object hb:alpha ; prov:wasDerivedFrom ha:a2 ;
    nif:beginIndex 10 ; nif:endIndex 40 ; nif:anchorOf "تسلم الجيش الوطني معسكر ألفا" .
hc:c4 a hko:Claim ; rdf:subject hb:alpha ; rdf:predicate skos:altLabel ;
    rdf:object "قاعدة ألفا"@ar ; prov:wasDerivedFrom ha:a2 ;
    nif:beginIndex 50 ; nif:endIndex 60 ; nif:anchorOf "قاعدة ألفا" .

# --- statements ---
hs:a1-200 a hko:Statement ; hko:speaker hp:reyes ;
    hko:quote "The army is ready to secure the camp on its own."@en ; hko:quoteKind "direct" ;
    hko:about hh:alpha-2021-03-10 ; prov:wasDerivedFrom ha:a1 .
hs:a2-150 a hko:Statement ; hko:speaker hp:reyes ;
    hko:quote "الجيش جاهز لتأمين المعسكر بمفرده"@ar ; hko:quoteKind "direct" ;
    hko:about hh:alpha-2021-03-10 ; prov:wasDerivedFrom ha:a2 .
hs:a3-80 a hko:Statement ; hko:speaker ho:mod ;
    hko:quote "The ministry now controls the harbor base."@en ; hko:quoteKind "reported" ;
    hko:about hb:harbor ; prov:wasDerivedFrom ha:a3 .

# --- holding periods (as kg.timeline derives them) ---
hpr:alpha-coalition-open a hko:HoldingPeriod ; hko:heldBase hb:alpha ;
    hko:holder hf:coalition ; hko:periodEnd "2021-03-10"^^xsd:date ;
    hko:endedBy hh:alpha-2021-03-10 ; prov:wasDerivedFrom ha:a1 , ha:a2 .
hpr:alpha-army-2021-03-10 a hko:HoldingPeriod ; hko:heldBase hb:alpha ;
    hko:holder hf:army ; hko:periodStart "2021-03-10"^^xsd:date ; hko:periodEnd "2022-06-01"^^xsd:date ;
    hko:startedBy hh:alpha-2021-03-10 ; hko:endedBy hh:alpha-2022-06-01 ;
    prov:wasDerivedFrom ha:a1 , ha:a2 , ha:a3 .
hpr:alpha-border-2022-06-01 a hko:HoldingPeriod ; hko:heldBase hb:alpha ;
    hko:holder hf:border ; hko:periodStart "2022-06-01"^^xsd:date ;
    hko:startedBy hh:alpha-2022-06-01 ; prov:wasDerivedFrom ha:a3 .
hpr:harbor-coalition-open a hko:HoldingPeriod ; hko:heldBase hb:harbor ;
    hko:holder hf:coalition ; hko:periodEnd "2021-09-15"^^xsd:date ;
    hko:endedBy hh:harbor-2021-09-15 ; prov:wasDerivedFrom ha:a3 .
hpr:harbor-mod-2021-09-15 a hko:HoldingPeriod ; hko:heldBase hb:harbor ;
    hko:holder ho:mod ; hko:periodStart "2021-09-15"^^xsd:date ;
    hko:startedBy hh:harbor-2021-09-15 ; prov:wasDerivedFrom ha:a3 .
"""

# what the sample holds, per class (the tests compare the pages and the stats with these)
SAMPLE_COUNTS = {"Base": 3, "Force": 3, "Organization": 1, "Person": 1, "Place": 1, "Article": 3,
                 "Handover": 4, "Statement": 3, "HoldingPeriod": 5, "Claim": 4}
SAMPLE_NODES = sum(v for k, v in SAMPLE_COUNTS.items() if k != "Claim")

XSS_SCRIPT = "<script>window.__pwned=1</script>"
XSS_IMG = '"><img src=x onerror="window.__pwned=2">'


def sample_graph() -> Graph:
    g = Graph()
    g.parse(data=SAMPLE_TTL, format="turtle")
    return g


def xss_graph() -> Graph:
    """The sample with the two payloads in every string a page shows: labels (both languages),
    quotes, quoted words, file names."""
    bad = (XSS_SCRIPT + " " + XSS_IMG).replace("\\", "\\\\").replace('"', '\\"')
    extra = f"""
@prefix hko: <https://w3id.org/handover-kg/ontology#> .
@prefix hkr: <https://w3id.org/handover-kg/id/> .
@prefix hb: <https://w3id.org/handover-kg/id/base/> .
@prefix hf: <https://w3id.org/handover-kg/id/force/> .
@prefix ho: <https://w3id.org/handover-kg/id/org/> .
@prefix hp: <https://w3id.org/handover-kg/id/person/> .
@prefix hpl: <https://w3id.org/handover-kg/id/place/> .
@prefix ha: <https://w3id.org/handover-kg/id/article/> .
@prefix hh: <https://w3id.org/handover-kg/id/handover/> .
@prefix hc: <https://w3id.org/handover-kg/id/claim/> .
@prefix hs: <https://w3id.org/handover-kg/id/statement/> .
@prefix hpr: <https://w3id.org/handover-kg/id/period/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ha:evil a hko:Article ; rdfs:label "{bad}"@en ; hko:language "en" ;
    hko:sourcePath "{bad}.txt" ; prov:wasDerivedFrom "{bad}" .
hb:evil a hko:Base ; rdfs:label "{bad}"@en , "قاعدة {bad}"@ar ; prov:wasDerivedFrom ha:evil .
hf:evil a hko:Force ; rdfs:label "{bad}"@en .
hh:evil a hko:Handover ; rdfs:label "{bad}"@en ; hko:base hb:evil ;
    hko:fromForce hf:evil ; hko:toForce hf:army ; hko:date "2023-01-01"^^xsd:date ;
    prov:wasDerivedFrom ha:evil .
hs:evil a hko:Statement ; hko:quote "{bad}"@en ; hko:speaker hf:evil ;
    hko:about hh:evil ; prov:wasDerivedFrom ha:evil .
hc:evil a hko:Claim ; rdf:subject hh:evil ; rdf:predicate hko:base ;
    rdf:object hb:evil ; prov:wasDerivedFrom ha:evil ; nif:beginIndex 0 ;
    nif:endIndex 10 ; nif:anchorOf "{bad}" .
hpr:evil a hko:HoldingPeriod ; hko:heldBase hb:evil ; hko:holder hf:army ;
    hko:periodStart "2023-01-01"^^xsd:date ; hko:startedBy hh:evil ; rdfs:label "{bad}"@en .
"""
    g = sample_graph()
    g.parse(data=extra, format="turtle")
    return g


def synthetic_graph(n_nodes: int, seed: int = 7) -> Graph:
    """A graph shaped like a real build (invented names) with about ``n_nodes`` drawn nodes:
    per article one handover, two statements, six claims; bases, forces and people shared."""
    from rdflib import RDF, RDFS, XSD, Dataset, Literal
    from rdflib.namespace import DCTERMS, PROV

    from kg.build import DERIVED, set_holding_periods, union
    from kg.namespace import HKO, HKR, NIF
    from kg.timeline import holding_periods

    rnd = random.Random(seed)
    units = max(1, round((n_nodes - 18) / 6.4))
    n_bases, n_people, n_places = max(2, units // 3), max(1, units // 4), max(1, units // 10)
    ds = Dataset()
    g = ds.graph(HKR["graph/synthetic"])

    def ent(kind, i, cls, en, ar):
        node = HKR[f"{kind}/s{i}"]
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(en, lang="en")))
        g.add((node, RDFS.label, Literal(ar, lang="ar")))
        return node

    forces = [ent("force", i, HKO.Force, f"Force {i}", f"القوة {i}") for i in range(12)]
    orgs = [ent("org", i, HKO.Organization, f"Ministry {i}", f"الوزارة {i}") for i in range(6)]
    places = [ent("place", i, HKO.Place, f"Town {i}", f"البلدة {i}") for i in range(n_places)]
    bases = [ent("base", i, HKO.Base, f"Base {i}", f"القاعدة {i}") for i in range(n_bases)]
    people = [ent("person", i, HKO.Person, f"Officer {i}", f"الضابط {i}") for i in range(n_people)]
    for b in bases:
        g.add((b, HKO.locatedIn, rnd.choice(places)))
    for p in people:
        g.add((p, HKO.memberOf, rnd.choice(forces)))
    for u in range(units):
        a = HKR[f"article/s{u}"]
        d = f"20{rnd.randint(14, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        g.add((a, RDF.type, HKO.Article))
        g.add((a, RDFS.label, Literal(f"Article {u} about a handover", lang="en")))
        g.add((a, HKO.sourcePath, Literal(f"corpus/{u}.txt")))
        g.add((a, HKO.language, Literal(rnd.choice(["ar", "en"]))))
        g.add((a, DCTERMS.issued, Literal(d, datatype=XSD.date)))
        h = HKR[f"handover/s{u}"]
        base = rnd.choice(bases)
        f1, f2 = rnd.sample(forces + orgs[:2], 2)
        for s, p, o in ((h, RDF.type, HKO.Handover), (h, HKO.base, base), (h, HKO.fromForce, f1),
                        (h, HKO.toForce, f2), (h, HKO.date, Literal(d, datatype=XSD.date)),
                        (h, PROV.wasDerivedFrom, a), (h, RDFS.label, Literal(f"handover {u}", lang="en"))):
            g.add((s, p, o))
        for k, (s, p, o) in enumerate(((h, HKO.base, base), (h, HKO.fromForce, f1), (h, HKO.toForce, f2))):
            c = HKR[f"claim/s{u}-{k}"]
            for t in ((c, RDF.type, HKO.Claim), (c, RDF.subject, s), (c, RDF.predicate, p), (c, RDF.object, o),
                      (c, PROV.wasDerivedFrom, a), (c, NIF.anchorOf, Literal(f"words {u}.{k} of the article"))):
                g.add(t)
        for k in range(2):
            st = HKR[f"statement/s{u}-{k}"]
            for t in ((st, RDF.type, HKO.Statement), (st, HKO.quote, Literal(f"quote {u}.{k}", lang="en")),
                      (st, HKO.speaker, rnd.choice(people)), (st, HKO.about, h), (st, PROV.wasDerivedFrom, a)):
                g.add(t)
    set_holding_periods(ds, holding_periods(union(ds)))
    assert ds.graph(DERIVED) is not None
    return union(ds)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("nodes", type=int)
    ap.add_argument("-o", "--output", required=True)
    ns = ap.parse_args()
    synthetic_graph(ns.nodes).serialize(ns.output, format="turtle")
