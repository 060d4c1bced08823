"""The gazetteer (``kg/data/gazetteer/*.ttl``, RDF in our vocabulary) and a matcher that finds
its names in text, tolerant of Arabic clitics and spelling variants.

A name matches when every word of it matches a word of the text in order, each text word being
allowed to carry proclitics (و ف ب ل ك) and the article ال (see :func:`kg.normalise.word_forms`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..model import Kind
from ..normalise import Token, name_key, word_forms

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
HKO = "https://w3id.org/handover-kg/ontology#"
HKR = "https://w3id.org/handover-kg/id/"
_KINDS = {"Base": Kind.BASE, "Force": Kind.FORCE, "Person": Kind.PERSON,
          "Organization": Kind.ORGANIZATION, "Place": Kind.PLACE}


@dataclass
class Entry:
    """One thing the gazetteer knows."""

    kind: Kind
    key: str
    labels: dict[str, str] = field(default_factory=dict)      # lang -> canonical label
    names: list[tuple[str, str]] = field(default_factory=list)  # (surface, lang): denote it alone
    short_names: list[tuple[str, str]] = field(default_factory=list)  # only after a head noun
    demonyms: list[tuple[str, str]] = field(default_factory=list)
    country: str | None = None
    national_force_of: str | None = None                      # place key
    located_in: str | None = None                              # place key
    wkt: str | None = None
    same_as: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.kind.value}/{self.key}"


@dataclass(frozen=True)
class Match:
    entry: Entry
    first: int         # token indices [first, last)
    last: int
    short: bool        # matched through a short name


class Gazetteer:
    def __init__(self, entries: list[Entry]):
        self.entries = {e.id: e for e in entries}
        self._index: dict[str, list[tuple[tuple[str, ...], Entry, bool]]] = {}
        self.demonym_place: dict[str, str] = {}          # normalised adjective -> place key
        self.national_force: dict[str, str] = {}         # place key -> force key
        for e in entries:
            for surface, _ in e.names + [(v, k) for k, v in e.labels.items()]:
                self._add(name_key(surface), e, False)
            for surface, _ in e.short_names:
                self._add(name_key(surface), e, True)
            for surface, _ in e.demonyms:
                nk = name_key(surface)
                if len(nk) == 1:
                    self.demonym_place[nk[0]] = e.key
            if e.national_force_of:
                self.national_force.setdefault(e.national_force_of, e.key)
        for bucket in self._index.values():
            bucket.sort(key=lambda t: -len(t[0]))

    def _add(self, words: tuple[str, ...], entry: Entry, short: bool) -> None:
        if not words:
            return
        bucket = self._index.setdefault(words[0], [])
        if not any(w == words and e is entry and s == short for w, e, s in bucket):
            bucket.append((words, entry, short))

    def get(self, kind: Kind, key: str) -> Entry | None:
        return self.entries.get(f"{kind.value}/{key}")

    def match_at(self, toks: list[Token], i: int, kinds: set[Kind] | None = None,
                 short: bool = True) -> Match | None:
        """The longest name starting at token ``i``."""
        best: Match | None = None
        for form in word_forms(toks[i].norm):
            for words, entry, is_short in self._index.get(form, ()):
                if (kinds and entry.kind not in kinds) or (is_short and not short):
                    continue
                n = len(words)
                if i + n > len(toks) or (best and n <= best.last - best.first):
                    continue
                if all(words[k] in word_forms(toks[i + k].norm) for k in range(1, n)):
                    best = Match(entry, i, i + n, is_short)
        return best

    def find_all(self, toks: list[Token], kinds: set[Kind] | None = None,
                 short: bool = False) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out, i = [], 0
        while i < len(toks):
            m = self.match_at(toks, i, kinds, short)
            if m:
                out.append(m)
                i = m.last
            else:
                i += 1
        return out

    def place_of_demonym(self, word: str) -> str | None:
        """``عراقيه``/``العراقيين``/``iraqi`` -> place key."""
        for form in word_forms(word):
            if form in self.demonym_place:
                return self.demonym_place[form]
        return None


@lru_cache(maxsize=1)
def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """Read every ``*.ttl`` of the gazetteer folder (parsed once per process)."""
    from rdflib import RDF, RDFS, Graph, Literal, URIRef
    from rdflib.namespace import OWL, SKOS

    g = Graph()
    for path in sorted((folder or DATA).glob("*.ttl")):
        g.parse(path, format="turtle")
    h = lambda local: URIRef(HKO + local)  # noqa: E731
    geo_has, geo_wkt = URIRef("http://www.opengis.net/ont/geosparql#hasGeometry"), \
        URIRef("http://www.opengis.net/ont/geosparql#asWKT")

    def key_of(node) -> str | None:
        s = str(node)
        return s[len(HKR):].split("/", 1)[1] if s.startswith(HKR) and "/" in s[len(HKR):] else None

    entries = []
    for s, cls in g.subject_objects(RDF.type):
        kind = _KINDS.get(str(cls)[len(HKO):]) if str(cls).startswith(HKO) else None
        key = key_of(s)
        if kind is None or key is None:
            continue
        e = Entry(kind, key)
        for lab in g.objects(s, RDFS.label):
            if isinstance(lab, Literal):
                e.labels.setdefault(lab.language or "en", str(lab))
        lit = lambda p: [(str(o), o.language or "") for o in g.objects(s, p) if isinstance(o, Literal)]  # noqa: E731
        e.names = lit(SKOS.altLabel)
        e.short_names = lit(h("shortName"))
        e.demonyms = lit(h("demonym"))
        e.country = next((str(o) for o in g.objects(s, h("countryCode"))), None)
        e.national_force_of = next((key_of(o) for o in g.objects(s, h("nationalForceOf"))), None)
        e.located_in = next((key_of(o) for o in g.objects(s, h("locatedIn"))), None)
        for geom in g.objects(s, geo_has):
            e.wkt = next((str(o) for o in g.objects(geom, geo_wkt)), None)
        e.same_as = sorted(str(o) for p in (SKOS.exactMatch, OWL.sameAs) for o in g.objects(s, p))
        entries.append(e)
    entries.sort(key=lambda e: e.id)
    return Gazetteer(entries)


def mention_of(match: Match, toks: list[Token], text: str) -> "Mention":
    """The :class:`~kg.model.Mention` of a gazetteer match (surface exactly as written)."""
    from ..model import Mention, Span

    start, end = toks[match.first].start, toks[match.last - 1].end
    return Mention(match.entry.kind, text[start:end], Span(start, end), key=match.entry.key,
                   name=text[start:end])
