"""The gazetteer (``kg/data/gazetteer/*.ttl``, RDF in our vocabulary) and a matcher that finds
its names in text, tolerant of Arabic clitics and spelling variants.

A name matches when every word of it matches a word of the text in order, each text word being
allowed to carry proclitics (و ف ب ل ك) and the article ال (see :func:`kg.normalise.word_forms`);
the longest name wins, and short names (``hko:shortName``) only where the caller asks for them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..model import Kind
from ..normalise import Token, fold, name_key, word_forms

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
    active: tuple[int | None, int | None] = (None, None)     # years from/until (hko:activeFrom/Until)

    def active_in(self, year: int) -> bool:
        start, end = self.active
        return (start is None or start <= year) and (end is None or year <= end)

    @property
    def id(self) -> str:
        return f"{self.kind.value}/{self.key}"


_ARABIC_NISBA_PLURALS = ("ين", "ون")     # عراقي -> عراقيين (genitive / accusative), عراقيون (nominative)


def _nisba_plurals(word: str) -> tuple[str, ...]:
    """The sound masculine plurals of an Arabic relative adjective (folded, ending in ي): a
    nationality names its people and troops in the plural too (العراقيين، الجنود البريطانيون), and
    the gazetteer lists such plurals for some countries only. A listed plural gives its other case."""
    if not word or not ("\u0621" <= word[0] <= "\u064a"):
        return ()
    if word.endswith(("يين", "يون")) and len(word) > 5:
        return (word[:-2] + "ين", word[:-2] + "ون")
    if word.endswith("ي") and len(word) >= 4:
        return tuple(word + s for s in _ARABIC_NISBA_PLURALS)
    return ()


@dataclass(frozen=True)
class Match:
    entry: Entry
    first: int         # token indices [first, last)
    last: int
    short: bool        # matched through a short name


class Gazetteer:
    """The known entries, with their names in a word trie: a name is looked up by walking its
    words from any token of a text, each token standing for its clitic-peeled forms, so finding
    every name of a few-kilobyte article costs microseconds per token."""

    def __init__(self, entries: list[Entry]):
        self.entries = {e.id: e for e in entries}
        self.trie: dict = {}       # word -> child node; key None -> [(entry, short)] names ending here
        self.demonym_place: dict[str, str] = {}          # normalised adjective -> place key
        self.national_force: dict[str, str] = {}         # place key -> force key
        with_article: dict[str, str] = {}
        for e in entries:
            for surface, _ in e.names + [(v, k) for k, v in e.labels.items()]:
                self._add(name_key(surface), e, False)
            for surface, _ in e.short_names:
                self._add(name_key(surface), e, True)
            for surface, _ in e.demonyms:
                nk = name_key(surface)
                if len(nk) == 1:
                    for form in _nisba_plurals(nk[0]):
                        self.demonym_place.setdefault(form, e.key)
                    self.demonym_place[nk[0]] = e.key
                    # name_key reads a stem's own ال as the article (ألماني -> ماني), while a text
                    # word with the article before it peels only that one (الألماني -> الماني)
                    for word in re.findall(r"\w+", fold(surface))[-1:]:
                        for form in (word, *_nisba_plurals(word)):
                            with_article.setdefault(form, e.key)
            if e.national_force_of:
                self.national_force.setdefault(e.national_force_of, e.key)
        for form, place in with_article.items():
            self.demonym_place.setdefault(form, place)

    def _add(self, words: tuple[str, ...], entry: Entry, short: bool) -> None:
        if not words:
            return
        node = self.trie
        for w in words:
            node = node.setdefault(w, {})
        ends = node.setdefault(None, [])
        if not any(e is entry and s == short for e, s in ends):
            ends.append((entry, short))

    def get(self, kind: Kind, key: str) -> Entry | None:
        return self.entries.get(f"{kind.value}/{key}")

    def entries_named(self, name: str) -> list[Entry]:
        """Every entry that has exactly this name (its words in the text's forms, clitics peeled)."""
        words = re.findall(r"\w+", fold(name))
        words = words[1:] if words[:1] == ["the"] else words
        found = self.candidates(lambda k: word_forms(fold(words[k])), len(words), 0) if words else []
        return [e for length, e, _ in found if length == len(words)]

    def starts_name(self, word: str) -> bool:
        """Does some name begin with this (normalised, clitic-peeled) word?"""
        return word in self.trie

    def candidates(self, forms, n: int, i: int) -> list[tuple[int, Entry, bool]]:
        """Every name starting at token ``i`` of ``n`` tokens, ``forms(k)`` giving token k's
        clitic-peeled forms: (length in tokens, entry, short name?), shorter names first."""
        trie = self.trie
        frontier = [(node, i + 1) for f in forms(i) if (node := trie.get(f)) is not None]
        if not frontier:
            return []
        out = []
        while frontier:
            nxt = []
            for node, j in frontier:
                ends = node.get(None)
                if ends:
                    for e, s in ends:
                        out.append((j - i, e, s))
                if j < n and len(node) > (ends is not None):      # a node with words after it
                    for f in forms(j):
                        child = node.get(f)
                        if child is not None:
                            nxt.append((child, j + 1))
            frontier = nxt
        return out

    def match_at(self, toks: list[Token], i: int, kinds: set[Kind] | None = None,
                 short: bool = True) -> Match | None:
        """The longest name starting at token ``i``."""
        best = None
        for length, e, is_short in self.candidates(lambda k: word_forms(toks[k].norm), len(toks), i):
            if (kinds and e.kind not in kinds) or (is_short and not short):
                continue
            if best is None or length > best[0]:
                best = (length, e, is_short)
        return Match(best[1], i, i + best[0], best[2]) if best else None

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


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_PROPS = {
    "http://www.w3.org/2000/01/rdf-schema#label": "label",
    "http://www.w3.org/2004/02/skos/core#altLabel": "names",
    HKO + "shortName": "short_names",
    HKO + "demonym": "demonyms",
    HKO + "countryCode": "country",
    HKO + "nationalForceOf": "national_force_of",
    HKO + "locatedIn": "located_in",
    HKO + "activeFrom": "active_from",
    HKO + "activeUntil": "active_until",
    "http://www.opengis.net/ont/geosparql#hasGeometry": "geometry",
    "http://www.opengis.net/ont/geosparql#asWKT": "wkt",
    "http://www.w3.org/2004/02/skos/core#exactMatch": "same_as",
    "http://www.w3.org/2002/07/owl#sameAs": "same_as",
}


def _key_of(iri: str) -> str | None:
    rest = iri[len(HKR):] if iri.startswith(HKR) else ""
    return rest.split("/", 1)[1] if "/" in rest else None


def _year(value: str, key: str, field_: str, path: Path) -> int:
    """The year of a gazetteer period (``hko:activeFrom``/``activeUntil``, an xsd:gYear)."""
    if not re.fullmatch(r"\d{4}", value.strip()):
        prop = "hko:activeFrom" if field_ == "active_from" else "hko:activeUntil"
        raise InputError(str(path), f"{prop} of {key} is {value!r}, not a year",
                         'write a four-digit year, as in "2014"^^xsd:gYear')
    return int(value)


@lru_cache(maxsize=1)
def load_gazetteer(folder: Path | None = None) -> Gazetteer:
    """Read every ``*.ttl`` of the gazetteer folder, once per process. Parsed with Oxigraph's
    parser (about 30 ms for the whole gazetteer; rdflib's takes over a second)."""
    from pyoxigraph import BlankNode, Literal, RdfFormat, parse

    facts: dict[str, list[tuple[str, object]]] = {}
    source: dict[str, Path] = {}
    for path in sorted((folder or DATA).glob("*.ttl")):
        try:
            triples = list(parse(path=str(path), format=RdfFormat.TURTLE))
        except SyntaxError as err:
            raise InputError(str(path), f"the gazetteer file is not valid Turtle: {err}",
                             "fix the syntax at that line", line=err.lineno) from err
        for t in triples:
            s = t.subject.value if not isinstance(t.subject, BlankNode) else "_:" + t.subject.value
            o = t.object
            val = (o.value, o.language or "") if isinstance(o, Literal) else \
                ("_:" + o.value if isinstance(o, BlankNode) else o.value)
            facts.setdefault(s, []).append((t.predicate.value, val))
            source.setdefault(s, path)

    entries = []
    for s, pairs in facts.items():
        kinds = [_KINDS.get(o[len(HKO):]) for p, o in pairs if p == RDF_TYPE and isinstance(o, str) and o.startswith(HKO)]
        kind, key = next((k for k in kinds if k), None), _key_of(s)
        if kind is None or key is None:
            continue
        e = Entry(kind, key)
        for p, o in pairs:
            field_ = _PROPS.get(p)
            if field_ == "label":
                e.labels.setdefault(o[1] or "en", o[0])
            elif field_ in ("names", "short_names", "demonyms"):
                getattr(e, field_).append(o)
            elif field_ == "country":
                e.country = o[0]
            elif field_ in ("national_force_of", "located_in"):
                setattr(e, field_, _key_of(o))
            elif field_ == "geometry":
                e.wkt = next((w[0] for q, w in facts.get(o, ()) if _PROPS.get(q) == "wkt"), None)
            elif field_ == "same_as":
                e.same_as.append(o)
            elif field_ in ("active_from", "active_until"):
                year = _year(o[0], key, field_, source[s])
                e.active = (year, e.active[1]) if field_ == "active_from" else (e.active[0], year)
        e.same_as.sort()
        entries.append(e)
    entries.sort(key=lambda e: e.id)
    return Gazetteer(entries)


def mention_of(match: Match, toks: list[Token], text: str) -> "Mention":
    """The :class:`~kg.model.Mention` of a gazetteer match (surface exactly as written)."""
    from ..model import Mention, Span

    start, end = toks[match.first].start, toks[match.last - 1].end
    return Mention(match.entry.kind, text[start:end], Span(start, end), key=match.entry.key,
                   name=text[start:end])
