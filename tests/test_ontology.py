"""ontology/hko.ttl: parses, declares the contract and the decision records' terms, speaks
English and Arabic, aligns with PROV/GeoSPARQL/SEM, and stays in step with kg.namespace."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg import namespace as ns
from kg.namespace import HKO
from kg.resources import ontology_path

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = ROOT.parent / "shared" / "contract" / "vocabulary.md"
DECISIONS = [ROOT / "docs" / "decisions" / "0001-graph-shape.md",
             ROOT / "docs" / "decisions" / "0002-gazetteer.md"]
HKO_NS = str(HKO)
ARABIC = re.compile(r"[\u0600-\u06FF]")
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path("hko.ttl"), format="turtle")


def _hko_names(path: Path) -> set[str]:
    return set(re.findall(r"\bhko:([A-Za-z]\w*)", path.read_text(encoding="utf-8")))


def _hko_terms(graph: Graph) -> list[URIRef]:
    return sorted(t for kind in KINDS for t in graph.subjects(RDF.type, kind)
                  if isinstance(t, URIRef) and str(t).startswith(HKO_NS))


def _declared(graph: Graph, term: URIRef) -> bool:
    return any((term, RDF.type, kind) in graph for kind in KINDS + (OWL.AnnotationProperty,))


def test_ontology_parses_with_rdflib(ontology):
    assert len(ontology) > 300
    assert (URIRef("https://w3id.org/handover-kg/ontology"), RDF.type, OWL.Ontology) in ontology


def test_ontology_declares_every_contract_term(ontology):
    if not VOCABULARY.exists():
        pytest.skip(f"{VOCABULARY} not available")
    names = _hko_names(VOCABULARY)
    assert {"Force", "Base", "Handover", "base", "fromForce", "date"} <= names
    missing = sorted(n for n in names if not _declared(ontology, HKO[n]))
    assert not missing, f"contract terms not declared in hko.ttl: {missing}"
    for external in (PROV.wasDerivedFrom, DCTERMS.issued, SKOS.altLabel):
        assert _declared(ontology, external), external


@pytest.mark.parametrize("record", DECISIONS, ids=lambda p: p.name)
def test_ontology_declares_every_decision_record_term(ontology, record):
    names = _hko_names(record)
    assert names
    missing = sorted(n for n in names if not _declared(ontology, HKO[n]))
    assert not missing, f"{record.name} names terms not declared in hko.ttl: {missing}"


def test_ontology_every_hko_term_has_english_and_arabic_label_and_comment(ontology):
    problems = []
    for term in _hko_terms(ontology):
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language: str(o) for o in ontology.objects(term, prop)}
            if not langs.get("en"):
                problems.append(f"{term} has no English {prop}")
            if not ARABIC.search(langs.get("ar", "")):
                problems.append(f"{term} has no Arabic {prop}")
    assert not problems, "\n".join(problems)
    assert len(_hko_terms(ontology)) >= 37


@pytest.mark.parametrize("child, parent", [
    (HKO.Force, PROV.Agent), (HKO.Person, PROV.Agent), (HKO.Organization, PROV.Agent),
    (HKO.Base, ns.GEO.Feature), (HKO.Place, ns.GEO.Feature),
    (HKO.Handover, PROV.Activity), (HKO.Handover, ns.SEM.Event),
    (HKO.Statement, PROV.Entity), (HKO.Article, PROV.Entity), (HKO.Claim, PROV.Entity),
    (HKO.Claim, RDF.Statement), (HKO.HoldingPeriod, PROV.Entity),
])
def test_ontology_class_alignment(ontology, child, parent):
    assert (child, RDFS.subClassOf, parent) in ontology


@pytest.mark.parametrize("child, parent", [
    (HKO.base, ns.SEM.hasPlace), (HKO.fromForce, ns.SEM.hasActor), (HKO.toForce, ns.SEM.hasActor),
    (HKO.date, ns.SEM.hasTimeStamp), (HKO.periodStart, ns.SEM.hasBeginTimeStamp),
    (HKO.periodEnd, ns.SEM.hasEndTimeStamp),
])
def test_ontology_property_alignment(ontology, child, parent):
    assert (child, RDFS.subPropertyOf, parent) in ontology


def test_ontology_contract_classes_are_pairwise_disjoint(ontology):
    groups = [set(ontology.items(ontology.value(g, OWL.members)))
              for g in ontology.subjects(RDF.type, OWL.AllDisjointClasses)]
    contract = {HKO.Force, HKO.Base, HKO.Person, HKO.Organization, HKO.Handover, HKO.Statement,
                HKO.Article, HKO.Place, HKO.Claim, HKO.HoldingPeriod}
    assert any(contract <= g for g in groups)


@pytest.mark.parametrize("prop, kind", [
    (HKO.toForce, OWL.ObjectProperty), (HKO.speaker, OWL.ObjectProperty),
    (HKO.date, OWL.DatatypeProperty), (HKO.quote, OWL.DatatypeProperty),
    (URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex"),
     OWL.DatatypeProperty),
])
def test_ontology_property_kinds(ontology, prop, kind):
    assert (prop, RDF.type, kind) in ontology


def test_ontology_union_range_for_force_or_organization(ontology):
    rng = ontology.value(HKO.toForce, RDFS.range)
    assert set(ontology.items(ontology.value(rng, OWL.unionOf))) == {HKO.Force, HKO.Organization}


def test_ontology_has_no_owl_imports(ontology):
    assert not list(ontology.triples((None, OWL.imports, None)))


def _generator():
    spec = importlib.util.spec_from_file_location("gen_namespace", ROOT / "tools" / "gen_namespace.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_namespace_in_sync_with_ontology():
    generated = _generator().render(ontology_path("hko.ttl"))
    current = (ROOT / "src" / "kg" / "namespace.py").read_text(encoding="utf-8")
    assert generated == current, "src/kg/namespace.py is stale: run python tools/gen_namespace.py"


def test_namespace_generation_is_deterministic():
    gen = _generator()
    assert gen.render(ontology_path("hko.ttl")) == gen.render(ontology_path("hko.ttl"))


def test_namespace_is_closed(ontology):
    assert HKO.base == URIRef(HKO_NS + "base")
    with pytest.raises(AttributeError):
        HKO.Misspelled  # noqa: B018
    for term in _hko_terms(ontology):
        assert term in HKO


def test_ontology_opens_in_owlready2(ontology, tmp_path):
    owlready2 = pytest.importorskip("owlready2")
    path = tmp_path / "hko.nt"
    ontology.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    try:
        world.get_ontology(path.as_uri()).load()
        base = world[HKO_NS + "Base"]
        assert base is not None
        assert world[HKO_NS + "toForce"] is not None
        assert world[HKO_NS + "Force"] in list(base.disjoints())[0].entities
    finally:
        world.close()
