"""Check a graph: SHACL shapes (pySHACL) and OWL consistency (Pellet through owlready2).

``validate_shapes(graph)`` checks ``ontology/shapes.ttl``: counts, datatypes, language tags,
value ranges and two timeline rules. ``check_consistency(graph)`` asks Pellet whether the
graph contradicts ``ontology/hko.ttl`` (disjoint classes, domains and ranges, datatypes) and
says why in words. ``format_report(report)`` renders either report for people; the CLI exits
with ``report.exit_code`` (0 conforms / consistent, 1 not) and 2 on :class:`ReasonerError`.

Both functions accept an ``rdflib.Graph`` or a ``Dataset``: a dataset is checked as the union
of its named graphs (an entity's type and its use often sit in different graphs).

Measured here (2 cores shared with other jobs, load 7-10; Java 17, owlready2 0.49, pySHACL 0.40):
- Pellet runs and works on Java 17. One run costs 2.6 s of CPU on a small graph (JVM start-up
  dominates; 7-8 s wall under that load; components.md saw 1 s idle) and 4.4 s of CPU for a
  synthetic 10k-triple graph (8k triples sent, 14 s wall). An inconsistent graph costs a second
  run for ``pellet explain`` unless ``explain=False``. The dev corpus built (6.5k triples):
  6 s wall.
- pySHACL, no inference: 1.7 s of CPU for the dev corpus built; 6.0 s for the synthetic 10k
  graph, 3.4 s of which are the two SPARQL rules (400 handovers, 400 periods).
  ``use_ontology=True`` adds 0.3 s; ``inference="rdfs"`` adds 2.6 s, so it is off by default.
"""
from __future__ import annotations

import contextlib
import io
import re
import tempfile
import time
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from pathlib import Path

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SH, SKOS
from rdflib.term import Node

from .errors import KGError
from .namespace import GEO, HKO, HKR, NIF, SEM
from .resources import ontology_path

__all__ = ["Problem", "ReasonerError", "ReasonerReport", "ValidationReport", "Violation",
           "check_consistency", "format_report", "validate_shapes"]

PREFIXES = {"hko": str(HKO), "hkr": str(HKR), "hks": "https://w3id.org/handover-kg/shapes#",
            "prov": str(PROV), "rdfs": str(RDFS), "rdf": str(RDF), "skos": str(SKOS),
            "xsd": str(XSD), "dcterms": str(DCTERMS), "nif": str(NIF), "geo": str(GEO),
            "sem": str(SEM), "owl": str(OWL), "sh": str(SH)}
SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


class ReasonerError(KGError):
    """The reasoner could not run (no Java, Pellet crashed): neither yes nor no (exit code 2)."""


# -- reports ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which rule (and property path), which value, and why."""
    focus_node: Node
    path: Node | None
    rule: str            # constraint component (``MinCount``) or SPARQL constraint name
    value: Node | None
    message: str
    severity: str        # "Violation", "Warning" or "Info"


@dataclass
class ValidationReport:
    conforms: bool       # True when there is no result of severity Violation
    violations: list[Violation] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        return 0 if self.conforms else 1


@dataclass(frozen=True)
class Problem:
    """One cause of an inconsistency, found by our own checks; ``node`` is None when unknown."""
    node: Node | None
    message: str


@dataclass
class ReasonerReport:
    consistent: bool
    problems: list[Problem] = field(default_factory=list)
    explanation: str = ""   # Pellet's own explanation (local names only) when inconsistent
    seconds: float = 0.0
    triples: int = 0        # triples of the graph given to the reasoner (ontology excluded)

    @property
    def exit_code(self) -> int:
        return 0 if self.consistent else 1


# -- SHACL --------------------------------------------------------------------------------------

def _union(graph: Graph) -> Graph:
    """A plain graph: the graph itself, or the union of a dataset's named graphs."""
    if not getattr(graph, "context_aware", False):
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


@lru_cache(maxsize=64)
def _prepared(text: str, namespaces: tuple):
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text, initNs=dict(namespaces))


class _PreparedQueryGraph(Graph):
    """A graph that parses each SPARQL text once per process.

    pySHACL re-sends the text of an ``sh:sparql`` constraint for every focus node; rdflib parses
    it each time (0.14 s for ours, against 2-3 ms to evaluate it), which made 10k triples take
    a minute or more. Parsing once removes that cost.
    """

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # noqa: N803
              initBindings=None, use_store_provided=True, **kwargs):  # noqa: N803
        if isinstance(query_object, str) and processor == "sparql" and not kwargs:
            namespaces = initNs if initNs is not None else dict(self.namespaces())
            query_object = _prepared(query_object, tuple(sorted((k, str(v)) for k, v in namespaces.items())))
        return super().query(query_object, processor, result, initNs, initBindings,
                             use_store_provided, **kwargs)


def _shacl_data(graph: Graph, extra: Graph | None) -> _PreparedQueryGraph:
    """The data for pySHACL: ``graph`` (plus ``extra``) as a :class:`_PreparedQueryGraph`.

    A plain in-memory graph with nothing to add is shared, not copied.
    """
    if (extra is None and not getattr(graph, "context_aware", False)
            and type(graph.store).__name__ in ("Memory", "SimpleMemory")):
        return _PreparedQueryGraph(store=graph.store, identifier=graph.identifier,
                                   namespace_manager=graph.namespace_manager)
    data = _PreparedQueryGraph()
    for triple in _union(graph):
        data.add(triple)
    for triple in extra or ():
        data.add(triple)
    return data


def validate_shapes(graph: Graph, *, shapes: Path | None = None, use_ontology: bool = False,
                    inference: str = "none") -> ValidationReport:
    """Validate ``graph`` (a Graph or Dataset) against ``ontology/shapes.ttl``.

    ``use_ontology`` mixes ``hko.ttl`` into (a copy of) the data so that ``sh:class`` sees
    subclass axioms (not needed while data states the contract classes itself); ``inference``
    is pySHACL's ("none", "rdfs", "owlrl", "both"), run on a copy. Warnings do not make the
    graph non-conforming. The caller's graph is never modified.
    """
    import pyshacl

    shacl = Graph().parse(shapes or ontology_path("shapes.ttl"), format="turtle")
    ont = Graph().parse(ontology_path("hko.ttl"), format="turtle") if use_ontology else None
    start = time.perf_counter()
    copy = use_ontology or inference not in (None, "none")
    data = _shacl_data(graph, ont if ont is not None else (Graph() if copy else None))
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shacl, inference=inference,
                                            allow_warnings=True, inplace=copy)
    violations = sorted(_violations(results), key=lambda v: (
        SEVERITY_ORDER.get(v.severity, 9), str(v.focus_node), str(v.path), v.rule, str(v.value)))
    return ValidationReport(bool(conforms), violations, time.perf_counter() - start)


def _local(iri: Node | None) -> str:
    text = str(iri or "")
    return re.split(r"[#/]", text)[-1]


def _violations(results: Graph):
    for r in results.subjects(RDF.type, SH.ValidationResult):
        component = _local(results.value(r, SH.sourceConstraintComponent))
        constraint = results.value(r, SH.sourceConstraint)
        if component == "SPARQLConstraintComponent" and isinstance(constraint, URIRef):
            rule = _local(constraint)
        else:
            rule = component.removesuffix("ConstraintComponent")
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        yield Violation(
            focus_node=results.value(r, SH.focusNode),
            path=results.value(r, SH.resultPath),
            rule=rule,
            value=results.value(r, SH.value),
            message=" ".join(messages) or f"fails {rule}",
            severity=_local(results.value(r, SH.resultSeverity)) or "Violation")


# -- OWL consistency ----------------------------------------------------------------------------

class _Axioms:
    """What our own checks need from the ontology: classes, disjointness, domains, ranges."""

    def __init__(self, ont: Graph):
        self.ont = ont
        self.classes = {c for c in ont.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
        self.obj_props = set(ont.subjects(RDF.type, OWL.ObjectProperty))
        self.data_props = set(ont.subjects(RDF.type, OWL.DatatypeProperty))
        self.functional = set(ont.subjects(RDF.type, OWL.FunctionalProperty))
        self.disjoint: set[frozenset] = set()
        for group in ont.subjects(RDF.type, OWL.AllDisjointClasses):
            members = list(ont.items(ont.value(group, OWL.members)))
            self.disjoint |= {frozenset((a, b)) for a in members for b in members if a != b}
        for a, b in ont.subject_objects(OWL.disjointWith):
            self.disjoint.add(frozenset((a, b)))
        self.atoms = {c for pair in self.disjoint for c in pair}

    def supers(self, cls: Node) -> set[Node]:
        return set(self.ont.transitive_objects(cls, RDFS.subClassOf))

    def atoms_of(self, cls: Node) -> frozenset:
        """The disjoint classes that ``cls`` is or falls under (empty: unconstrained)."""
        if isinstance(cls, URIRef):
            return frozenset(self.supers(cls) & self.atoms)
        members = self.ont.value(cls, OWL.unionOf)
        if members is None:
            return frozenset()
        parts = [self.atoms_of(m) for m in self.ont.items(members)]
        return frozenset() if any(not p for p in parts) else frozenset().union(*parts)

    def _sets(self, prop: Node, axiom: Node) -> list[frozenset]:
        found = [self.atoms_of(c) for p in self.ont.transitive_objects(prop, RDFS.subPropertyOf)
                 for c in self.ont.objects(p, axiom)]
        return [f for f in found if f]

    def domains(self, prop: Node) -> list[frozenset]:
        return self._sets(prop, RDFS.domain)

    def ranges(self, prop: Node) -> list[frozenset]:
        return self._sets(prop, RDFS.range) if prop in self.obj_props else []

    def datatype(self, prop: Node) -> Node | None:
        return next(iter(self.ont.objects(prop, RDFS.range)), None) if prop in self.data_props else None

    def name(self, cls: Node) -> str:
        label = next((str(x) for x in self.ont.objects(cls, RDFS.label) if x.language == "en"), None)
        return label or _local(cls)

    def names(self, atoms: frozenset) -> str:
        words = sorted(self.name(a) for a in atoms)
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _reasoner_input(data: Graph, ax: _Axioms) -> Graph:
    """Only the triples the ontology speaks about; labels, geometry and claims cannot contradict it."""
    kept = Graph()
    for s, p, o in data:
        if ((p == RDF.type and o in ax.classes)
                or (p in ax.obj_props and not isinstance(o, Literal))
                or (p in ax.data_props and isinstance(o, Literal))
                or (p in (OWL.sameAs, OWL.differentFrom) and not isinstance(o, Literal))):
            kept.add((s, p, o))
    return kept


def check_consistency(graph: Graph, *, explain: bool = True) -> ReasonerReport:
    """Run Pellet over ontology + ``graph`` (a Graph or Dataset) in a fresh owlready2 World.

    Returns a report; when inconsistent, ``problems`` name the nodes at fault as far as our own
    checks can tell, and ``explanation`` holds Pellet's (``explain=False`` skips that second run).
    Raises :class:`ReasonerError` when Java or Pellet cannot run.
    """
    try:
        import owlready2
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise ReasonerError("owlready2 is not installed (pip install owlready2==0.49)") from e

    ont = Graph().parse(ontology_path("hko.ttl"), format="turtle")
    ax = _Axioms(ont)
    data = _reasoner_input(_union(graph), ax)
    start = time.perf_counter()
    explanation = ""
    with tempfile.TemporaryDirectory(prefix="kg-reasoner-") as tmp:
        path = Path(tmp) / "input.nt"   # owlready2 reads N-Triples, not Turtle
        with open(path, "wb") as out:
            ont.serialize(out, format="nt", encoding="utf-8")
            data.serialize(out, format="nt", encoding="utf-8")
        world = owlready2.World()
        try:
            world.get_ontology(path.as_uri()).load()
            with contextlib.redirect_stderr(io.StringIO()):
                owlready2.sync_reasoner_pellet(world, infer_property_values=False,
                                               debug=2 if explain else 0)
            consistent = True
        except owlready2.OwlReadyInconsistentOntologyError as e:
            consistent = False
            explanation = _pellet_explanation(str(e))
        except owlready2.OwlReadyJavaError as e:
            lines = [ln for ln in str(e).splitlines() if ln.strip()]
            raise ReasonerError("Pellet failed: " + " ".join(lines[1:4])[:400]) from e
        except owlready2.OwlReadyError as e:
            raise ReasonerError(f"owlready2 could not load the graph: {str(e)[:300]}") from e
        except FileNotFoundError as e:
            raise ReasonerError(f"Java was not found ({e}); install a Java runtime (Java 17 works)"
                                " or run without the reasoner") from e
        finally:
            world.close()
    seconds = time.perf_counter() - start
    if consistent:
        return ReasonerReport(True, [], "", seconds, len(data))
    problems = _diagnose(data, ax) or [Problem(None, (
        "The graph contradicts the ontology, but our checks could not pin it on one node; "
        "see Pellet's explanation."))]
    return ReasonerReport(False, problems, explanation, seconds, len(data))


def _pellet_explanation(error: str) -> str:
    marker = "Explanation(s):"
    text = error.split(marker, 1)[1] if marker in error else ""
    return "\n".join(ln.rstrip() for ln in text.strip("\n").splitlines() if ln.strip())


INTEGERS = {XSD[t] for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                             "positiveInteger", "nonPositiveInteger", "negativeInteger",
                             "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
STRINGS = {XSD.string, XSD.normalizedString, XSD.token}


def _fits(lit: Literal, datatype: Node) -> bool:
    """Whether OWL would accept ``lit`` as a value of ``datatype`` (the checks Pellet makes)."""
    if lit.language or getattr(lit, "ill_typed", False):
        return False
    dt = lit.datatype or XSD.string
    if datatype == XSD.string:
        return dt in STRINGS
    if datatype == XSD.decimal:
        return dt in INTEGERS | {XSD.decimal}
    if datatype == XSD.integer:
        return dt in INTEGERS
    if datatype == XSD.nonNegativeInteger:
        return dt in INTEGERS and int(lit.toPython()) >= 0
    return dt == datatype


def _diagnose(data: Graph, ax: _Axioms) -> list[Problem]:
    """Find, with rdflib, the usual causes of an inconsistency and say them in words."""
    problems: list[Problem] = []
    needs: dict[Node, dict[frozenset, str]] = {}

    def need(node: Node, atoms: frozenset, reason: str) -> None:
        if atoms:
            needs.setdefault(node, {}).setdefault(atoms, reason)

    for s, o in sorted(data.subject_objects(RDF.type), key=lambda so: tuple(map(str, so))):
        need(s, ax.atoms_of(o), f"typed as {_a(ax.name(o))}")
    for s, p, o in sorted(data, key=lambda t: tuple(map(str, t))):
        for atoms in ax.domains(p):
            need(s, atoms, f"the subject of {_short(p)}, which only {_a(ax.names(atoms))} can have")
        for atoms in ax.ranges(p):
            need(o, atoms, f"the {_short(p)} of {_short(s)}, which must be {_a(ax.names(atoms))}")
        datatype = ax.datatype(p)
        if isinstance(o, Literal) and datatype is not None and not _fits(o, datatype):
            problems.append(Problem(s, f"{_short(s)} has {_short(p)} {_short(o)}, which is not "
                                       f"a valid {_short(datatype)} value ({_short(p)} takes "
                                       f"{_short(datatype)})."))
    for node, reasons in needs.items():
        if _satisfiable(list(reasons), ax):
            continue
        pair = next(((a, b) for a in reasons for b in reasons
                     if a != b and not _satisfiable([a, b], ax)), None)
        shown = [reasons[a] for a in pair] if pair else list(reasons.values())
        problems.append(Problem(node, f"{_short(node)} is " + " and ".join(shown) + "; the "
                                "ontology declares these classes disjoint, so nothing can be both."))
    for prop in sorted(ax.functional & ax.data_props):
        for s in sorted(set(data.subjects(prop, None)), key=str):
            values = sorted(set(data.objects(s, prop)), key=str)
            if len(values) > 1:
                problems.append(Problem(s, f"{_short(s)} has {len(values)} different {_short(prop)} "
                                           f"values ({', '.join(map(_short, values))}), but it "
                                           "can have only one."))
    return sorted(problems, key=lambda p: (str(p.node), p.message))


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _satisfiable(requirements: list[frozenset], ax: _Axioms) -> bool:
    """Can one node meet every requirement (each a union of classes) without a disjoint pair?"""
    for choice in product(*[sorted(r) for r in requirements]):
        if not any(frozenset((a, b)) in ax.disjoint for a in choice for b in choice if a != b):
            return True
    return False


# -- rendering ----------------------------------------------------------------------------------

def _short(term: Node | None) -> str:
    """A term as people read it: ``hkr:base/k1``, ``hko:base``, ``"2020-01-01"^^xsd:date``."""
    if term is None:
        return "-"
    if isinstance(term, Literal):
        text = f'"{term}"'
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^{_short(term.datatype)}" if term.datatype else text
    text = str(term)
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return f"<{text}>" if isinstance(term, URIRef) else f"_:{text}"


def _shorten_text(text: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        text = re.sub(re.escape(ns) + r"(?=[^\s,;)]+)", prefix + ":", text)
    return text


def _format_shapes(report: ValidationReport) -> str:
    counts: dict[str, int] = {}
    for v in report.violations:
        counts[v.severity] = counts.get(v.severity, 0) + 1
    tally = ", ".join(f"{n} {sev.lower()}{'' if n == 1 else 's'}"
                      for sev, n in sorted(counts.items(), key=lambda kv: SEVERITY_ORDER.get(kv[0], 9)))
    verdict = "the graph conforms" if report.conforms else "the graph does not conform"
    lines = [f"SHACL: {verdict}" + (f" ({tally})" if tally else "") + f" [{report.seconds:.2f} s]"]
    for v in report.violations:
        rule = f"{_short(v.path)} ({v.rule})" if v.path is not None else v.rule
        lines += ["", f"{v.severity}: {_short(v.focus_node)}",
                  f"  rule:    {rule}",
                  f"  value:   {_short(v.value)}",
                  f"  message: {_shorten_text(v.message)}"]
    return "\n".join(lines)


def _format_reasoner(report: ReasonerReport) -> str:
    if report.consistent:
        return (f"Reasoner (Pellet): the graph is consistent with the ontology "
                f"[{report.triples} triples, {report.seconds:.2f} s]")
    lines = [f"Reasoner (Pellet): the graph contradicts the ontology "
             f"[{report.triples} triples, {report.seconds:.2f} s]"]
    for p in report.problems:
        lines += ["", f"Inconsistent: {_short(p.node) if p.node is not None else '(graph)'}",
                  f"  message: {p.message}"]
    if report.explanation:
        lines += ["", "Pellet's explanation (local names):"]
        lines += [f"  {ln}" for ln in report.explanation.splitlines()[:40]]
    return "\n".join(lines)


def format_report(report: ValidationReport | ReasonerReport) -> str:
    """Render a shapes report or a reasoner report for people: node, rule, value, message."""
    if isinstance(report, ReasonerReport):
        return _format_reasoner(report)
    return _format_shapes(report)
