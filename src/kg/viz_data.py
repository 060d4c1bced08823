"""What the pages show, read off an RDF graph: nodes by class, the links between them, and for
each node the plain data its tooltip is built from (labels, facts, source articles, quoted words).

No markup is made here: every string stays plain text, and the pages decide how to show it
(the graph page builds DOM text nodes in its own JavaScript; the timeline escapes everything).
``hko:Claim`` nodes are provenance records: they never become nodes, their words go into the
tooltip of the node they are about.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .errors import KGError
from .namespace import HKO, NIF

# class name -> (label, colour, vis-network shape); the order is the legend's and decides a
# node's class when it has several.
CLASSES: dict[str, tuple[str, str, str]] = {
    "Force": ("Force", "#d62728", "triangle"),
    "Organization": ("Organization", "#9467bd", "hexagon"),
    "Base": ("Base", "#1f77b4", "square"),
    "Handover": ("Handover", "#2ca02c", "star"),
    "HoldingPeriod": ("Holding period", "#e377c2", "diamond"),
    "Statement": ("Statement", "#8c564b", "triangleDown"),
    "Person": ("Person", "#ff7f0e", "dot"),
    "Place": ("Place", "#17becf", "dot"),
    "Article": ("Article", "#7f7f7f", "square"),
}
# Classes folded into their neighbours' tooltips when a graph is too large to draw in full.
FOLDABLE = ("Statement", "Article", "HoldingPeriod")

# object properties drawn as edges: property -> edge label ("" = unlabelled, dashed)
EDGE_PROPS: dict[URIRef, str] = {
    HKO.base: "base", HKO.fromForce: "from", HKO.toForce: "to",
    HKO.heldBase: "held", HKO.holder: "holder", HKO.startedBy: "started by", HKO.endedBy: "ended by",
    HKO.speaker: "speaker", HKO.about: "about", HKO.memberOf: "member of",
    HKO.locatedIn: "in", HKO.nationalForceOf: "forces of", PROV.wasDerivedFrom: "",
}
# how the predicate of a claim is named next to its quoted words
PRED_NAMES = {"base": "base", "fromForce": "from", "toForce": "to", "date": "date", "troopsWithdrawn": "troops",
              "equipmentValueUSD": "equipment (USD)", "speaker": "speaker", "altLabel": "named", "role": "role",
              "issued": "published", "about": "about", "memberOf": "member of", "quote": "quote"}
MAX_SOURCES = 8          # articles listed in one tooltip
MAX_WORDS = 6            # quoted passages per article in one tooltip
MAX_TEXT = 400           # characters of one quoted passage
MAX_LABEL = 42           # characters of a label drawn on the canvas


def short(term) -> str:
    """The local name of an IRI (after the last '#' or '/')."""
    s = str(term).rstrip("/")
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _iso(text: str) -> str:
    """Text in a first-strong bidi isolate (FSI ... PDI), so an Arabic run keeps its direction
    next to Latin text, numbers and punctuation on the canvas."""
    return "\u2068" + text + "\u2069"


def number(value) -> str:
    """A number as people read it: 1,100,000 (not 1100000.0); anything else as it is."""
    try:
        f = float(str(value))
    except ValueError:
        return str(value)
    return f"{f:,.0f}" if f == int(f) else f"{f:,.2f}"


def has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc"
               for ch in text)


def quoted(text: str) -> str:
    """Quoted words for a canvas label or a tooltip line: English quotes around English; an
    Arabic quotation goes whole into an isolate with straight quotes, which read the same both ways."""
    return _iso(f'"{text}"') if has_arabic(text) else f"“{text}”"


def clip(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# -- loading ---------------------------------------------------------------------------------

def load_graph(path: str | Path | None = None, store: str | Path | None = None) -> Graph:
    """The union graph of an RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD) or of a
    persistent store folder (kg.store, opened for reading). Raises KGError (or StoreError)."""
    if store is not None:
        return _from_store(Path(store))
    from rdflib.util import guess_format

    p = Path(path or "exports/graph.ttl")
    if not p.is_file():
        raise KGError(f"{p}: no such file (build one first: kg build examples/ -o {p}, or pass --store DIR)")
    fmt = guess_format(str(p)) or "turtle"
    try:
        if fmt in ("nquads", "trig"):
            ds = Dataset()
            ds.parse(p, format=fmt)
            from .build import union
            return union(ds)
        g = Graph()
        g.parse(p, format=fmt)
        return g
    except Exception as e:  # rdflib raises many kinds
        raise KGError(f"{p}: not valid {fmt} ({str(e).splitlines()[0][:200] if str(e) else type(e).__name__})") from e


def _from_store(path: Path) -> Graph:
    """The union of a store's data graphs (kg.store: opened read-only, under a shared lock)."""
    from .store import open_store
    from .store_terms import from_ox

    g = Graph()
    with open_store(path) as st:
        for q in st.quads():
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return g


# -- the view model --------------------------------------------------------------------------

@dataclass
class VNode:
    iri: URIRef
    cls: str
    en: str = ""
    ar: str = ""
    facts: list[tuple[str, str, str]] = field(default_factory=list)   # (name, value, lang)
    sources: list[dict] = field(default_factory=list)
    more_sources: int = 0
    forces: set[URIRef] = field(default_factory=set)
    d0: str | None = None        # earliest date it concerns (ISO), None = undated
    d1: str | None = None        # latest date; for open periods '9999-12-31' / '0000-01-01'
    caption: str = ""            # text drawn on the canvas

    def tooltip(self) -> dict:
        return {"key": self.cls, "cls": CLASSES[self.cls][0], "iri": str(self.iri), "en": self.en, "ar": self.ar,
                "facts": self.facts, "sources": self.sources, "more": self.more_sources}


@dataclass
class View:
    nodes: dict[URIRef, VNode]
    edges: list[tuple[URIRef, URIRef, str, int]]       # (from, to, label, weight)
    folded: dict[str, int] = field(default_factory=dict)  # class -> nodes folded away


class _Reader:
    def __init__(self, g: Graph):
        self.g = g
        self.cls: dict[URIRef, str] = {}
        for name in CLASSES:
            for s in g.subjects(RDF.type, HKO[name]):
                if isinstance(s, URIRef):
                    self.cls.setdefault(s, name)
        self._labels: dict[URIRef, tuple[str, str]] = {}
        self._articles: dict[URIRef, dict] = {}

    def labels(self, node) -> tuple[str, str]:
        """(English, Arabic) labels: rdfs:label, else the first skos:altLabel, per language."""
        if node not in self._labels:
            out = {}
            for prop in (RDFS.label, SKOS.altLabel):
                for lit in sorted(self.g.objects(node, prop), key=str):
                    if isinstance(lit, Literal):
                        lang = (lit.language or "").split("-")[0]
                        key = "ar" if lang == "ar" else "en"
                        out.setdefault(key, " ".join(str(lit).split()))
            self._labels[node] = (out.get("en", ""), out.get("ar", ""))
        return self._labels[node]

    def name(self, node) -> str:
        en, ar = self.labels(node)
        return en or ar or short(node)

    def dates(self, node, prop) -> list[str]:
        return sorted({str(v)[:10] for v in self.g.objects(node, prop)})

    def article(self, a: URIRef) -> dict:
        if a not in self._articles:
            g = self.g
            en, ar = self.labels(a)
            lang = next((str(v) for v in g.objects(a, HKO.language)), "")
            self._articles[a] = {
                "label": ar if (lang == "ar" and ar) else (en or ar or short(a)),
                "lang": lang, "path": next((str(v) for v in g.objects(a, HKO.sourcePath)), ""),
                "date": next(iter(self.dates(a, DCTERMS.issued)), ""), "words": []}
        return self._articles[a]

    def sources(self, node) -> tuple[list[dict], int]:
        """The articles a node comes from, each with the words the claims about it quote."""
        g = self.g
        words: dict[URIRef, list] = defaultdict(list)
        for c in g.subjects(RDF.subject, node):
            if (c, RDF.type, HKO.Claim) not in g:
                continue
            anchor = next(iter(g.objects(c, NIF.anchorOf)), None)
            if anchor is None:
                continue
            pred = short(next(iter(g.objects(c, RDF.predicate)), ""))
            pred = PRED_NAMES.get(pred, pred)
            qual = next((str(q) for q in g.objects(c, HKO.qualifier)), "")
            begin = next((int(b) for b in g.objects(c, NIF.beginIndex) if str(b).isdigit()), 0)
            for a in g.objects(c, PROV.wasDerivedFrom):
                words[a].append((begin, pred + (f" ({qual})" if qual else ""), clip(anchor, MAX_TEXT)))
        arts = {a for a in g.objects(node, PROV.wasDerivedFrom) if self.cls.get(a) == "Article"}
        arts |= {a for a in words if self.cls.get(a) == "Article"}
        out = []
        for a in sorted(arts, key=lambda a: (self.article(a)["date"], str(a)))[:MAX_SOURCES]:
            src = dict(self.article(a))
            preds: dict[str, list[str]] = {}          # the same words backing several facts: once
            for _, pred, text in sorted(words.get(a, [])):
                if pred not in preds.setdefault(text, []):
                    preds[text].append(pred)
            src["words"] = [[", ".join(ps), text] for text, ps in preds.items()][:MAX_WORDS]
            out.append(src)
        return out, max(0, len(arts) - MAX_SOURCES)


def read_view(g: Graph) -> View:
    """Every node of the drawn classes with its tooltip data, and the links between them."""
    r = _Reader(g)
    nodes: dict[URIRef, VNode] = {}
    for iri, cls in r.cls.items():
        en, ar = r.labels(iri)
        nodes[iri] = VNode(iri, cls, en, ar)
    edges = []
    for prop, label in EDGE_PROPS.items():
        for s, o in g.subject_objects(prop):
            if s in nodes and o in nodes and s != o:
                edges.append((s, o, label, 1))
    edges.sort(key=lambda e: (str(e[0]), str(e[1]), e[2]))
    for n in nodes.values():
        _describe(r, n, nodes)
    _associate_forces(g, r, nodes)
    return View(nodes, edges)


def _describe(r: _Reader, n: VNode, nodes: dict) -> None:
    g, iri, facts = r.g, n.iri, n.facts

    def add(name, value, lang=""):
        if value not in (None, ""):
            facts.append((name, str(value), lang))

    def lang_of(lit):
        return (getattr(lit, "language", None) or "").split("-")[0]

    if n.cls == "Handover":
        ds = r.dates(iri, HKO.date)
        n.d0, n.d1 = (ds[0], ds[-1]) if ds else (None, None)
        add("date", " / ".join(ds) or "not stated")
        for prop, name in ((HKO.base, "base"), (HKO.fromForce, "from"), (HKO.toForce, "to")):
            for o in sorted(g.objects(iri, prop)):
                add(name, r.name(o))
        for v in sorted({str(v) for v in g.objects(iri, HKO.troopsWithdrawn)}):
            add("troops withdrawn", v)
        for v in sorted({number(v) for v in g.objects(iri, HKO.equipmentValueUSD)}):
            add("equipment (USD)", v)
        n.caption = _iso(clip(n.en or n.ar or short(iri), MAX_LABEL)) + (f"\n{ds[0]}" if ds else "")
    elif n.cls == "HoldingPeriod":
        start = next(iter(r.dates(iri, HKO.periodStart)), None)
        end = next(iter(r.dates(iri, HKO.periodEnd)), None)
        n.d0, n.d1 = start or "0000-01-01", end or "9999-12-31"
        holder = next(iter(sorted(g.objects(iri, HKO.holder))), None)
        base = next(iter(sorted(g.objects(iri, HKO.heldBase))), None)
        add("holder", holder is not None and r.name(holder))
        add("base", base is not None and r.name(base))
        add("from", start or "open (not known)")
        add("until", end or "open (still held, as far as the sources tell)")
        who = r.name(holder) if holder is not None else "?"
        n.caption = f"{_iso(clip(who, 24))}\n{start or '…'} – {end or '…'}"
    elif n.cls == "Statement":
        for q in sorted(g.objects(iri, HKO.quote), key=str):
            add("quote", clip(q, MAX_TEXT * 2), lang_of(q))
        add("kind", next((str(v) for v in g.objects(iri, HKO.quoteKind)), ""))
        for o in sorted(g.objects(iri, HKO.speaker)):
            add("speaker", r.name(o))
        for o in sorted(g.objects(iri, HKO.about)):
            add("about", r.name(o))
        first = next(iter(sorted(g.objects(iri, HKO.quote), key=str)), "")
        n.caption = quoted(clip(first, 28)) if first else "statement"
    elif n.cls == "Article":
        a = r.article(iri)
        add("file", a["path"])
        add("language", a["lang"])
        add("published", a["date"])
        n.d0 = n.d1 = a["date"] or None
        n.caption = _iso(clip(a["label"], MAX_LABEL))
    else:
        for o in sorted(g.objects(iri, HKO.role), key=str):
            add("role", o, lang_of(o))
        for o in sorted(g.objects(iri, HKO.memberOf)):
            add("member of", r.name(o))
        for o in sorted(g.objects(iri, HKO.locatedIn)):
            add("located in", r.name(o))
        add("country", next((str(v) for v in g.objects(iri, HKO.countryCode)), ""))
        alts = sorted({" ".join(str(v).split()) for v in g.objects(iri, SKOS.altLabel)} - {n.en, n.ar})
        for alt in alts[:6]:
            add("also named", alt, "ar" if has_arabic(alt) else "")
        if len(alts) > 6:
            add("also named", f"… and {len(alts) - 6} more")
        if n.cls == "Base":
            hs = sorted(((next(iter(r.dates(h, HKO.date)), "date not stated"), h) for h in g.subjects(HKO.base, iri)),
                        key=lambda x: (x[0], str(x[1])))
            for d, h in hs[:10]:
                who = [", ".join(_iso(r.name(o)) for o in sorted(g.objects(h, p))) or "?"
                       for p in (HKO.fromForce, HKO.toForce)]
                add("handover", f"{d}: {who[0]} → {who[1]}")
            if len(hs) > 10:
                add("handover", f"… and {len(hs) - 10} more")
            for p in sorted(g.subjects(HKO.heldBase, iri)):
                h = next(iter(g.objects(p, HKO.holder)), None)
                s = next(iter(r.dates(p, HKO.periodStart)), "…")
                e = next(iter(r.dates(p, HKO.periodEnd)), "…")
                add("held by", f"{r.name(h) if h is not None else '?'} ({s} – {e})")
    # statements about this node, shown with it (and kept when statements are folded away)
    if n.cls in ("Handover", "Base"):
        for s in sorted(g.subjects(HKO.about, iri))[:5]:
            q = next(iter(sorted(g.objects(s, HKO.quote), key=str)), None)
            if q is not None:
                who = next((r.name(o) for o in g.objects(s, HKO.speaker)), "unattributed")
                # isolates keep the quote and the speaker's name whole whatever their directions
                add("statement", f"{quoted(clip(q, MAX_TEXT))} ({_iso(clip(who, 60))})")
    if not n.caption:
        lines = [clip(n.en, MAX_LABEL)] if n.en else []
        if n.ar:
            lines.append(_iso(clip(n.ar, MAX_LABEL)))
        n.caption = "\n".join(lines) or clip(short(iri), MAX_LABEL)
    n.sources, n.more_sources = r.sources(iri)
    if n.cls == "Statement" and n.d0 is None:
        ds = sorted(s["date"] for s in n.sources if s["date"])
        n.d0, n.d1 = (ds[0], ds[-1]) if ds else (None, None)


def _associate_forces(g: Graph, r: _Reader, nodes: dict[URIRef, VNode]) -> None:
    """For the force filter: which forces (or receiving bodies) each node concerns."""
    agents = {i for i, n in nodes.items() if n.cls in ("Force", "Organization")}
    for i in agents:
        nodes[i].forces.add(i)
    for i, n in nodes.items():
        if n.cls == "Handover":
            n.forces |= {o for p in (HKO.fromForce, HKO.toForce) for o in g.objects(i, p) if o in agents}
        elif n.cls == "HoldingPeriod":
            n.forces |= {o for o in g.objects(i, HKO.holder) if o in agents}
        elif n.cls == "Person":
            n.forces |= {o for o in g.objects(i, HKO.memberOf) if o in agents}
    for i, n in nodes.items():
        if n.cls == "Base":
            for p, prop in ((HKO.base, "h"), (HKO.heldBase, "p")):
                for x in g.subjects(p, i):
                    if x in nodes:
                        n.forces |= nodes[x].forces
    for i, n in nodes.items():
        if n.cls == "Statement":
            for o in list(g.objects(i, HKO.speaker)) + list(g.objects(i, HKO.about)):
                if o in nodes:
                    n.forces |= nodes[o].forces
    for i, n in nodes.items():
        if n.cls == "Article":
            for x in g.subjects(PROV.wasDerivedFrom, i):
                if x in nodes and nodes[x].cls in ("Handover", "Statement"):
                    n.forces |= nodes[x].forces


def fold(view: View, classes=FOLDABLE) -> View:
    """The same view without the nodes of these classes (their data stays in neighbours' tooltips)."""
    drop = {i for i, n in view.nodes.items() if n.cls in classes}
    folded: dict[str, int] = defaultdict(int)
    for i in drop:
        folded[view.nodes[i].cls] += 1
    nodes = {i: n for i, n in view.nodes.items() if i not in drop}
    edges = [e for e in view.edges if e[0] in nodes and e[1] in nodes]
    return View(nodes, edges, dict(folded))


def aggregate(view: View, g: Graph) -> View:
    """Only forces, organisations and bases; each handover becomes two weighted links,
    force -> base ("left") and base -> force ("to"), summed over handovers."""
    keep = {i: n for i, n in view.nodes.items() if n.cls in ("Force", "Organization", "Base")}
    weights: dict[tuple, int] = defaultdict(int)
    for h in g.subjects(RDF.type, HKO.Handover):
        for b in g.objects(h, HKO.base):
            if b not in keep:
                continue
            for f in g.objects(h, HKO.fromForce):
                if f in keep:
                    weights[(f, b, "left")] += 1
            for f in g.objects(h, HKO.toForce):
                if f in keep:
                    weights[(b, f, "to")] += 1
    folded = dict(view.folded)
    for n in view.nodes.values():
        if n.iri not in keep:
            folded[n.cls] = folded.get(n.cls, 0) + 1
    edges = [(s, o, f"{label} ×{w}" if w > 1 else label, w)
             for (s, o, label), w in sorted(weights.items(), key=lambda x: tuple(map(str, x[0])))]
    return View(keep, edges, folded)


def agents_in_handovers(g: Graph) -> set[URIRef]:
    """Forces and bodies that hand over, receive or hold a base."""
    out = set()
    for p in (HKO.fromForce, HKO.toForce, HKO.holder):
        out |= {o for o in g.objects(None, p) if isinstance(o, URIRef)}
    return out
