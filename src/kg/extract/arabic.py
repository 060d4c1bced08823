"""The Arabic extractor: rules over normalised tokens, language knowledge in
``data/lang/ar/lexicon.json`` and the gazetteer.

Stages, one module each (and a mixin module or two where a stage has many rules):

- :mod:`.arabic_text`: tokens with what folding hides (the article as written, ى / ي), sentences,
  page furniture;
- :mod:`.arabic_mentions`: the finder of forces, bases, bodies and places (gazetteer names
  through :class:`~kg.extract.gazetteer.Gazetteer`'s word trie), with :mod:`.arabic_forces` and
  :mod:`.arabic_bases` for how Arabic names each;
- :mod:`.arabic_persons`: people, their roles and the body they belong to;
- :mod:`.arabic_statements`: quotes and reported speech, with :mod:`.arabic_speakers` for who
  speaks;
- :mod:`.arabic_handovers`: handover triggers, with :mod:`.arabic_handover_bases` for which
  bases a trigger governs, :mod:`.arabic_handover_clause` for where its clause ends,
  :mod:`.arabic_handover_mood` for whether it was done,
  :mod:`.arabic_roles` for who gives and receives, :mod:`.arabic_troops` for troop figures and
  :mod:`.arabic_claims` for dates and values (from :mod:`.arabic_values`) and one claim per base;
- here: one identity per real thing within the article, and the :class:`~kg.model.Extraction`.

Word lists and word shapes (conjugations, verbal nouns) are compiled by :mod:`.arabic_lex`.
"""
from __future__ import annotations

import re

from ..model import Article, Extraction, Kind, Mention, Span
from . import Resources, register_extractor
from .arabic_handovers import HandoverFinder
from .arabic_lex import ArabicLexicon
from .arabic_mentions import M, MentionFinder
from .arabic_persons import PersonFinder
from .arabic_statements import StatementFinder
from .arabic_text import Doc, mark_furniture
from .arabic_values import Values

_OUTPUT_KINDS = (Kind.FORCE, Kind.BASE, Kind.PERSON, Kind.ORGANIZATION)
_ALNUM = re.compile(r"[^\W_]")


@register_extractor("arabic-rules")
class ArabicExtractor:
    languages = frozenset({"ar"})
    needs = frozenset({"gazetteer", "lexicon:ar"})
    gives = frozenset({"mentions", "handovers", "statements", "published"})

    def __init__(self, resources: Resources):
        self.gaz = resources.get("gazetteer")
        self.raw = resources.get("lexicon:ar")
        self.lex = ArabicLexicon(self.raw)

    def __call__(self, article: Article) -> Extraction:
        text = article.text
        doc = Doc(text)
        mark_furniture(doc, self.lex.boilerplate, self.lex.short_line)
        values = Values(text, self.raw)
        mf = MentionFinder(doc, self.lex, self.gaz)
        ents = mf.find()
        persons = PersonFinder(mf, ents).find()
        ms = sorted(ents + persons, key=lambda m: (m.a, -m.b))
        _bare_coalitions(ms, doc)
        sf = StatementFinder(mf, ms)
        statements = sf.find()
        groups0 = _identities(ms, mf.gaz.national_force)
        hf = HandoverFinder(mf, ms, values, sf,
                            lambda m: id(groups0[id(m)]) if id(m) in groups0 else id(m))
        handovers = hf.find()
        _bodies_as_parties(handovers, groups0)
        if hf.created:
            ms = sorted(ms + hf.created, key=lambda m: (m.a, -m.b))
        groups = _identities(ms, mf.gaz.national_force)   # again: the handovers resolved anaphors
        conv = _Converter(text, groups)
        ex = Extraction(article)
        for m in ms:
            if doc.junk_line[doc.line[m.a]]:
                continue
            mention = conv.mention(m)
            if mention is not None:
                ex.mentions.append(mention)
        ex.statements = [s.to_claim(conv) for s in statements]
        ex.statements = [s for s in ex.statements if s is not None]
        ex.handovers = [h.to_claim(conv) for h in handovers]
        ex.handovers = [h for h in ex.handovers if h is not None]
        if values.published is not None and values.published.iso:
            ex.published = values.published
        return ex


_COALITION = "تحالف"


def _bare_coalitions(ms: list[M], doc: Doc) -> None:
    """التحالف alone (or قوات التحالف) is the coalition the article names in full (التحالف العربي،
    تحالف دعم الشرعية): the last one named before it, else the first named after it. Only when
    the article names none does it stay the gazetteer's coalition it matched."""
    def coalition(m: M) -> bool:
        return m.kind is Kind.FORCE and any(_COALITION in doc.forms(k) for k in range(m.a, m.b))

    named = [m for m in ms if coalition(m) and m.ident and m.cat in ("gaz", "named")]
    if not named:
        return
    for m in ms:
        if coalition(m) and not m.ident and m.cat == "gaz":
            before = [x for x in named if x.a < m.a]
            full = before[-1] if before else named[0]
            if full.key != m.key:
                m.key = full.key
                m.extra["alias_of"] = full


def _bodies_as_parties(handovers, groups: dict) -> None:
    """A body that gives or receives a base in a reported handover (تسلّمت السلطات X القاعدة،
    سلّمتها إلى حكومة ولاية Y) is a party holding the base: it is output as a force, under all
    its names in the article. A body that only speaks stays a body."""
    for c in handovers:
        if not c.factual or c.base is None:
            continue
        for m in (c.frm, c.to):
            if m is None or m.kind is not Kind.ORGANIZATION:
                continue
            g = groups.get(id(m))
            for x in (g.members if g is not None else [m]):
                if x.kind is Kind.ORGANIZATION:
                    x.kind = Kind.FORCE


# -- one identity per real thing within the article ---------------------------------------------------

class _Group:
    __slots__ = ("kind", "key", "members", "idents", "name", "place")

    def __init__(self, m: M):
        self.kind = m.kind
        self.key = m.key
        self.place = m.place
        self.members = [m]
        self.idents = [m.ident] if m.ident else []
        self.name = None


def _fuzzy_eq(a: str, b: str) -> bool:
    """Two spellings of one transliterated word, one letter apart (a long vowel written or not,
    a doubled letter)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1 or a[:2] != b[:2]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    s, t = (a, b) if len(a) < len(b) else (b, a)
    return any(t[:k] + t[k + 1:] == s for k in range(len(t)))


def _only_country(ident: frozenset[str]) -> bool:
    """An identity of a country's marks alone (قوات الحكومة السورية: #syria): the words that name
    a force of that country are missing, so it is no part of a named force of it (الجيش الوطني السوري)."""
    return bool(ident) and all(w.startswith("#") for w in ident)


def _ident_match(a: frozenset[str], b: frozenset[str], fuzzy: bool) -> bool:
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    if fuzzy and len(a) == len(b):
        return all(any(_fuzzy_eq(x, y) for y in b) for x in a)
    return False


def _same_body(m: M, g: _Group) -> bool:
    """Bodies under different head nouns are different bodies, even of one country (وزارة الدفاع
    X is not السلطات X); one head may stand in the other's name (الخارجية X = وزارة الخارجية X)."""
    if m.kind is not Kind.ORGANIZATION or not m.head:
        return True
    heads = {x.head for x in g.members if x.head and x.cat not in ("anaphor", "fanaphor")}
    if not heads or m.head in heads:
        return True
    return any(h in m.ident for h in heads) or any(m.head in x for x in g.idents)


def _same_service(m: M, g: _Group, armies: frozenset[str]) -> bool:
    """A country's own service (its police, its peacekeepers) and its army are two forces, and
    so are a service and the country's authorities (السلطات X، known by the country alone): a
    service never joins a group of either, nor a mention of either a service's group."""
    def army(x: M) -> bool:
        return x.cat == "national" or (x.key is not None and x.key in armies)

    def country_only(x: M) -> bool:                 # السلطات X: known by its country alone
        return not x.extra.get("service") and _only_country(x.ident)

    named = [x for x in g.members if x.cat not in ("anaphor", "fanaphor")]
    if m.extra.get("service"):
        return not any(army(x) and not x.extra.get("service") or country_only(x) for x in named)
    return not ((army(m) or country_only(m)) and any(x.extra.get("service") for x in named))


def _code_named(m: M) -> bool:
    """A base known by a quoted code name after its kind (قاعدة الدوريات «X Y»): the whole name
    identifies it; a town among its words (X) does not make it the base named after that town."""
    return m.kind is Kind.BASE and bool(m.extra.get("code_name"))


def _identities(ms: list[M], national: dict | None = None) -> dict[int, _Group]:
    """Group the article's mentions: a gazetteer key, a national force's country, or the words of
    a name (a shorter name joins the longer one it is part of: التحالف -> التحالف الدولي)."""
    groups: list[_Group] = []
    of: dict[int, _Group] = {}
    armies = frozenset((national or {}).values())
    by_key: dict[tuple, _Group] = {}
    for m in ms:
        if m.kind not in _OUTPUT_KINDS:
            continue
        if m.cat in ("anaphor", "fanaphor") and "antecedent" not in m.extra and m.kind is Kind.BASE:
            continue
        ante = m.extra.get("antecedent") or m.extra.get("same_as") or m.extra.get("alias_of")
        if ante is not None and id(ante) in of:
            g = of[id(ante)]
            g.members.append(m)
            of[id(m)] = g
            continue
        g = None
        if m.key:
            g = by_key.get((m.kind, "key", m.key))
        elif m.cat == "national" and m.place:
            g = by_key.get((m.kind, "place", m.place))
        if g is None and m.ident:
            fuzzy = m.kind in (Kind.BASE, Kind.PERSON)
            for cand in reversed(groups):
                if cand.kind is not m.kind:
                    continue
                if m.key and cand.key and cand.key != m.key:
                    continue
                if _only_country(m.ident) and cand.key and not m.key and m.kind is Kind.FORCE and \
                        cand.key not in {(national or {}).get(w[1:]) for w in m.ident}:
                    continue                          # forces of Syria (#syria) are not a named Syrian force
                if m.extra.get("generic_ident") and not any(x.head == m.head for x in cand.members):
                    continue                          # الجماعات المسلحة: no name, only under its own head
                if m.kind is Kind.FORCE and not _same_service(m, cand, armies):
                    continue                          # الشرطة الأذربيجانية is not الجيش الأذربيجاني
                if _code_named(m) or any(_code_named(x) for x in cand.members):
                    if m.ident in cand.idents:        # «X Y» is a base of its own, not the one in X
                        g = cand
                        break
                    continue
                if any(_ident_match(m.ident, x, fuzzy) for x in cand.idents) and _same_body(m, cand):
                    g = cand
                    break
        if g is None and m.cat == "fanaphor" and not m.extra.get("generic_head"):
            for cand in reversed(groups):             # البعثة -> the last بعثة named
                if cand.kind is m.kind and any(x.head == m.head and x.cat != "fanaphor" for x in cand.members):
                    g = cand
                    break
        if g is None:
            if m.cat == "fanaphor":
                continue
            g = _Group(m)
            groups.append(g)
        else:
            g.members.append(m)
            if m.ident:
                g.idents.append(m.ident)
            if m.key and not g.key:
                g.key = m.key
        if m.key:
            by_key[(m.kind, "key", m.key)] = g
        if m.cat == "national" and m.place:
            by_key[(m.kind, "place", m.place)] = g
        of[id(m)] = g
    groups = _stand_ins(groups, of)
    for g in groups:
        named = [m for m in g.members if m.cat not in ("anaphor", "fanaphor")]
        first = named[0] if named else g.members[0]
        g.name = first.name or first.extra.get("surface")
        for m in g.members:
            if m.key is None and g.key:
                m.key = g.key
    return of


_SIDE_HEADS = frozenset({"", "جانب", "طرف"})      # روسيا، الروس، الجانب الروسي: the country, no force named


def _stand_ins(groups: list[_Group], of: dict[int, _Group]) -> list[_Group]:
    """A country that takes part only through one body or service (السلطات الإستونية تسلمت
    القاعدة؛ قوات حفظ السلام الروسية): its bare mentions in the article (إستونيا، الجانب
    الإستوني، الروس) are that party, not a national army the article never names."""
    def named(g: _Group) -> list[M]:
        return [x for x in g.members if x.cat not in ("anaphor", "fanaphor")]

    def side_only(h: _Group, place: str) -> bool:
        return bool(named(h)) and all(x.cat == "national" and x.place == place and x.head in _SIDE_HEADS
                                      for x in named(h))

    def stand_in_of(g: _Group) -> str | None:
        countries = {x.extra.get("stands_for") for x in named(g)}
        if g.kind is not Kind.FORCE or g.key or len(countries) != 1 or None in countries:
            return None
        return next(iter(countries))

    stand_ins = [(g, stand_in_of(g)) for g in groups]
    dropped = set()
    for g, place in stand_ins:
        if place is None or sum(p == place for _, p in stand_ins) > 1 or any(
                h is not g and h.kind is Kind.FORCE and not side_only(h, place)
                and any(x.place == place for x in named(h)) for h in groups):
            continue                                 # the country has another party or force named: no guess
        for h in groups:
            if h is g or id(h) in dropped or h.kind is not Kind.FORCE or not named(h) or any(
                    x.cat != "national" or x.place != place or x.head not in _SIDE_HEADS for x in named(h)):
                continue
            for x in h.members:
                x.key = None
                g.members.append(x)
                of[id(x)] = g
            dropped.add(id(h))
    return [g for g in groups if id(g) not in dropped]


class _Converter:
    """Internal mentions -> :class:`~kg.model.Mention` (one object per internal mention)."""

    def __init__(self, text: str, groups: dict[int, _Group]):
        self.text = text
        self.groups = groups
        self.cache: dict[int, Mention | None] = {}

    def group(self, m: M) -> _Group | None:
        return self.groups.get(id(m))

    def mention(self, m: M | None) -> Mention | None:
        if m is None:
            return None
        if id(m) in self.cache:
            return self.cache[id(m)]
        g = self.groups.get(id(m))
        out = None
        if g is not None and m.kind in _OUTPUT_KINDS:
            surface = self.text[m.start:m.end]
            name = g.name or m.name or surface
            if not _ALNUM.search(name):
                name = surface
            aff = self.mention(m.aff) if m.aff is not None else None
            out = Mention(m.kind, surface, Span(m.start, m.end), key=g.key, name=name,
                          role=m.role, affiliation=aff)
        self.cache[id(m)] = out
        return out
