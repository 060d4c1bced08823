"""One name per thing within an English article.

:class:`Naming` gives every mention of one thing in an article the same ``key``/``name`` (so
:mod:`kg.resolve` makes one node of them) and answers descriptions: ``the Brigade``, an acronym
defined in brackets, ``the monitor``, ``the ministry``, ``the Danish army chief``. People's roles,
which the descriptions are matched against, are read by :mod:`.english_roles`.
"""
from __future__ import annotations

import re

from ..model import Kind
from .english_base_joins import gazetteer_town, other_kind, toponym
from .english_entities import Cand, Finder
from .english_roles import _DET
from .english_text import _ARTICLE_PREFIX, Sentence, low_of

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "junior", "senior"})
_BARE_COALITION_EXTRA = frozenset({"the", "forces", "force", "troops", "military", "s"})
_TOKEN = re.compile(r"[a-z]+")
_LOCATING = frozenset({"in", "near", "outside", "at"})
_LANDMARKS = frozenset({"airport"})
_NEARBY = frozenset({"near", "outside"})
_TOWN_NOUNS = frozenset({"town", "city", "village", "capital", "port"})
_MISSION_WORDS = frozenset({"mission", "force", "operation", "peacekeeping", "peacekeepers", "troops"})


def _surname_keys(t) -> tuple[str, ...]:
    """The keys a surname is found by: ``al-Assadi`` also as ``Assadi`` (news style drops the
    Arabic article on a second mention)."""
    m = _ARTICLE_PREFIX.match(t.text)
    return (t.low, low_of(t.text[m.end() - 1:])) if m else (t.low,)


class Naming:
    """One key/name per real thing within an article; descriptions resolved to named things."""

    def __init__(self, finder: Finder):
        self.finder = finder
        self.gi = finder.gi
        self.bases: dict[str, Cand] = {}        # toponym -> first base mention
        self.forces: list[Cand] = []
        self.orgs: list[Cand] = []
        self.persons: list[Cand] = []
        self.acronyms: dict[str, Cand] = {}
        self.longforms: list[tuple[Cand, frozenset]] = []   # "(ACRONYM)" and the words spelling it out
        self.named_bases: list[Cand] = []       # bases named by a proper name, in article order
        self.base_places: dict[str, dict[tuple, Cand]] = {}   # town -> the named bases said to lie there
        self.described_bases: list[Cand] = []   # "the base near X", "X base": descriptions by a town
        self.gazetteer_towns: dict[str, Cand] = {}   # town -> the known base the gazetteer places there

    # -- names ------------------------------------------------------------------------------
    def _demonym_of(self, place: str, fallback: str) -> str:
        entry = self.gi.gaz.get(Kind.PLACE, place) if self.gi.gaz is not None else None
        if entry:
            dem = next((d for d, lang in entry.demonyms if lang in ("en", "")), None)
            if dem:
                return dem
            if entry.labels.get("en"):
                return entry.labels["en"]
        return fallback

    def name(self, c: Cand) -> bool:
        """Give ``c`` its article-wide key and name; False when it denotes nothing known."""
        if c.kind is Kind.BASE:
            return self._base(c)
        if c.kind is Kind.FORCE:
            return self._force(c)
        if c.kind is Kind.ORGANIZATION:
            return self._org(c)
        if c.kind is Kind.PERSON:
            words = (c.name or c.surface).split()
            if len(words) == 1 and c.key is None:
                # a surname alone: the person named in full before
                full = self.by_surname(c.sent.toks[c.b - 1].low)
                if full is not None:
                    c.key, c.name = full.key, full.name
                    if full.role and c.role is None:
                        c.role = None
            self.persons.append(c)
            return True
        return True

    def by_surname(self, low: str) -> Cand | None:
        """The person last named in full whose surname is ``low`` (generational suffixes and
        initials are no surnames: ``Col. John A. Smith Jr.`` is Smith)."""
        for p in reversed(self.persons):
            toks = p.sent.toks
            words = [t for t in toks[p.a:p.b] if t.word]
            if len(words) < 2:
                continue
            while len(words) > 1 and (words[-1].low in _SUFFIXES or len(words[-1].low) == 1):
                words.pop()
            if len(words) > 1 and low in _surname_keys(words[-1]):
                return p
        return None

    def _strip_det(self, text: str) -> str:
        for det in ("the ", "The ", "a ", "A ", "an ", "An "):
            if text.startswith(det):
                return text[len(det):]
        return text

    def _base(self, c: Cand) -> bool:
        if c.head is None:
            # a gazetteer name: its toponym is the first capitalised word that is no head noun
            lex = self.finder.lex
            toks = c.sent.toks
            c.head = next((t.low for t in toks[c.a:c.b] if t.word and (t.cap or t.text[:1].isdigit())
                           and t.low not in lex.base_words and t.low not in self.gi.demonym
                           and t.low not in lex.particles), toks[c.a].low)
        if c.key is None and self.gi.index:
            # a gazetteer short name after a head noun: "the Tindar air base", "the base in Tindar"
            toks = c.sent.toks
            for k in range(c.a, c.b):
                if toks[k].low == c.head:
                    m = self.gi.base_named(toks, k)
                    if m and m[0] <= c.b:
                        c.key = m[1].key
                    break
        head = c.head = toponym(c.sent.toks, c.a, c.b, c.head, self.finder.lex.particles)
        if self._described(c):
            self.described_bases.append(c)
            owner = self._base_at(c)
            if owner is not None:
                c.key, c.name = owner.key, owner.name
                self.bases.setdefault(head, owner)
                return True
        prior = self.bases.get(head)
        if prior is not None and not other_kind(c, prior):
            c.key, c.name = prior.key, prior.name
            return True
        if c.key is None and not c.name:
            c.name = self._strip_det(c.surface)
        self.bases[head] = c
        if not self._described(c):
            self.named_bases.append(c)
            self._note_place(c)
        return True

    # -- a base described by its town ---------------------------------------------------------
    def _described(self, c: Cand) -> bool:
        """Is the base mention a description by its town (``the base near X``, ``X base``), no name
        of its own (``X Air Base``, ``Camp Y``)?"""
        if c.key is not None:
            return False
        if "by_place" in c.flags:
            return True
        last = c.sent.toks[c.b - 1]
        if last.low in _LANDMARKS:
            return False                               # "X airport": the town's airport, a landmark
        return c.b - c.a == 2 and (not last.cap or c.sent.title) and last.low in self.finder.lex.base_common \
            and c.head == c.sent.toks[c.a].low

    def _town_at(self, toks, k: int) -> int | None:
        """The token a town's name opens at after ``in`` / ``near`` / ``outside`` at ``k`` (``near the
        town of X``), when it names a town, not a country or region."""
        if k >= len(toks) or toks[k].low not in _LOCATING:
            return None
        j = k + 1
        if j + 1 < len(toks) and toks[j].low == "the" and toks[j + 1].low in _TOWN_NOUNS:
            j += 2
            if j < len(toks) and toks[j].low == "of":
                j += 1
        if j >= len(toks) or not self.finder.capword(toks[j]) or toks[j].text in self.finder.lex.name_stop:
            return None
        if j + 1 < len(toks) and toks[j + 1].low in self.finder.lex.base_words:
            return None                                # "near Tindar airport": placed by a landmark, no town
        place = self.gi.place_of(toks[j].low)
        if place and self.gi.place_kind.get(place) in ("country", "region"):
            return None
        ent = self.gi.match(toks, j)
        if ent and (ent[1].kind is not Kind.PLACE or self.gi.place_kind.get(ent[1].key) in ("country", "region")):
            return None
        return j

    def _note_place(self, c: Cand) -> None:
        """``Camp X outside Tindar``: Tindar is where the named base lies, so ``the Tindar base`` and
        ``the base near Tindar`` name it again."""
        j = self._town_at(c.sent.toks, c.b)
        nearby_only = j is None
        if j is None:
            # the gazetteer's town, for "the base near/outside X" only (not "a base in X", which
            # may be any base of a city)
            town = gazetteer_town(self.gi, c, self.finder.lex.particles)
            if town is not None:
                self.gazetteer_towns.setdefault(town, c)
        else:
            town = toponym(c.sent.toks, j, len(c.sent.toks), c.sent.toks[j].low, self.finder.lex.particles)
            owners = self.base_places.setdefault(town, {})
            owners.setdefault((c.key, c.name), c)
            if len(owners) != 1:
                return
        if town is None:
            return
        # a description met before the name (a headline's "X base" against the body's "Camp Y
        # outside X") is that base too
        for d in self.described_bases:
            if d.head == town and d.key is None and d is not c and not (
                    nearby_only and not any(t.low in _NEARBY for t in d.sent.toks[d.a:d.b])):
                d.key, d.name = c.key, c.name
                self.bases[town] = c

    def _base_at(self, c: Cand) -> Cand | None:
        """The named base a town description stands for: the one base the article places in that
        town; else, for ``the base near/outside X`` (how news describes again a base it has named),
        the one base the article has named so far, when nothing places it elsewhere. Not when two
        named bases lie in the town, nor for ``a base near X`` / ``another base``, which bring in
        a new one."""
        toks = c.sent.toks
        owners = self.base_places.get(c.head, {})
        if len(owners) == 1:
            return next(iter(owners.values()))
        if not owners and c.head in self.gazetteer_towns and any(t.low in _NEARBY for t in toks[c.a:c.b]):
            return self.gazetteer_towns[c.head]
        if owners or "by_place" not in c.flags or c.a == 0 or toks[c.a - 1].low != "the":
            return None
        if not any(t.low in _NEARBY for t in toks[c.a:c.b]):
            return None
        named = {(b.key, b.name): b for b in self.named_bases}
        if len(named) != 1:
            return None
        owner = next(iter(named.values()))
        if any(owner.key == o.key and owner.name == o.name for os in self.base_places.values() for o in os.values()):
            return None                                # placed in another town already
        self.base_places.setdefault(c.head, {})[(owner.key, owner.name)] = owner
        return owner

    def _register_acronym(self, c: Cand) -> None:
        for f in c.flags:
            if f.startswith("acronym:"):
                self.acronyms.setdefault(f[8:], c)

    def _force(self, c: Cand) -> bool:
        head = c.head
        low = c.surface.lower()
        if c.key is None and head is None:
            pass
        elif c.key is None and head[0] == "national":
            place = head[1]
            c.key = self.gi.national.get(place)
            c.name = f"{self._demonym_of(place, c.sent.toks[c.a].text)} forces"
        elif c.key is None and head[0] == "word":
            c.name = f"{head[1]} forces"
        elif c.key is None and head[0] == "anaphor":
            prior = next((f for f in reversed(self.forces)
                          if (f.name or "").lower().split()[-1:] == [head[1]]), None)
            if prior is None:
                return False
            c.key, c.name = prior.key, prior.name
            return True
        elif c.key is None and head[0] == "named":
            words = self._strip_det(head[1]).split()
            c.name = " ".join(words)
            if words and words[-1].lower() in ("force", "forces") and len(words) >= 2 and "named-suffix" not in c.flags:
                c.name = " ".join(words[:-1] + ["forces"])
            for f in reversed(self.forces):                # "rebel forces" after "northern rebel forces"
                fn = (f.name or "").lower().split()
                cn = c.name.lower().split()
                if f is not c and len(cn) < len(fn) and fn[-len(cn):] == cn:
                    c.key, c.name = f.key, f.name
                    break
        if "irregulars" in c.flags:
            # "SLA militiamen" after "the South Lebanon Army (SLA)": the group named before
            group = low.rsplit(" ", 1)[0]
            prior = self.acronyms.get(group) or next(
                (f for f in reversed(self.forces) if group in ((f.name or "").lower(), f.surface.lower())), None)
            if prior is not None:
                c.key, c.name = prior.key, prior.name
        ac = self.acronyms.get(low)
        if ac is not None and ac is not c:
            c.key, c.name = ac.key, ac.name
        self._register_acronym(c)
        self.forces.append(c)
        return True

    def _org(self, c: Cand) -> bool:
        head = c.head
        if c.key is None and head:
            if head[0] == "org":
                words = self._strip_det(c.surface)
                c.name = words
            else:
                c.name = self._strip_det(head[1])
        ac = self.acronyms.get(c.surface.lower())
        if ac is not None and ac is not c:
            c.key, c.name = ac.key, ac.name
        self._register_acronym(c)
        self.orgs.append(c)
        return True

    # -- descriptions -----------------------------------------------------------------------
    def unify_suffixes(self) -> None:
        """``the Defence Forces`` in an article naming the ``Irish Defence Forces`` (before or after):
        a force named only by the last words of one other force's full name is that force, when
        exactly one force of the article has such a name."""
        def words(text: str) -> list[str]:
            ws = self._strip_det(text).lower().replace("defense", "defence").split()
            return ws[:-1] + ["forces"] if ws and ws[-1] == "force" else ws

        full: dict[tuple, list[str]] = {}
        for f in self.forces:
            if f.key is None:
                continue
            entry = self.gi.gaz.get(Kind.FORCE, f.key) if self.gi.gaz is not None else None
            label = entry.labels.get("en") if entry else None
            full.setdefault((f.key, f.name), words(label or f.name or f.surface))
        for c in self.forces:
            if c.key is not None or not c.head or c.head[0] != "named":
                continue
            cn = words(c.name or c.surface)
            if len(cn) < 2 or not all(w[:1].isalpha() for w in cn):
                continue
            hits = {k for k, fn in full.items() if len(cn) < len(fn) and fn[-len(cn):] == cn}
            if len(hits) == 1:
                c.key, c.name = next(iter(hits))

    def unify_missions(self) -> None:
        """``UN mission`` in a headline and ``the UN peacekeeping mission in Chad`` in the body: the
        missions one body deploys in an article are one force (the one named most fully)."""
        by_body: dict[str, list[Cand]] = {}
        for c in self.forces:
            body = next((f[11:] for f in c.flags if f.startswith("mission_of:")), None)
            if body is not None:
                by_body.setdefault(body, []).append(c)
        for body, group in by_body.items():
            keyed = {c.key for c in group if c.key}
            if len(keyed) > 1:
                continue
            if not keyed:
                # "UN peacekeepers" in an article naming "MINUSMA": the one mission of that body named
                known = {f.key for f in self.forces if f.key and self._mission_of(f.key, body)}
                if len(known) == 1:
                    key = known.pop()
                    best = next(f for f in self.forces if f.key == key)
                    for c in group:
                        c.key, c.name = best.key, best.name
                    continue
                # "UN peacekeepers" in a headline, "the UN Multidimensional … Mission in Mali" (a name
                # the gazetteer lacks) in the body: the one mission of that body the article names
                named = {(f.name or f.surface).lower(): f for f in self.forces
                         if f.key is None and f not in group and self._named_mission_of(f, body)}
                if len(named) == 1:
                    best = next(iter(named.values()))
                    for c in group:
                        c.key, c.name = best.key, best.name
                    continue
            best = max(group, key=lambda c: (c.key is not None, len(c.name or c.surface)))
            for c in group:
                c.key, c.name = best.key, best.name

    def unify_coalitions(self) -> None:
        """``the coalition`` alone (or ``coalition forces``) is the coalition the article names in
        full (``the Saudi-led coalition``): the last one named before it, else the first named after
        it. Only when the article names none does it stay the gazetteer's coalition it matched."""
        def tokens(c: Cand) -> set[str]:
            return set(_TOKEN.findall(c.surface.lower()))

        def bare(c: Cand) -> bool:
            return tokens(c) - _BARE_COALITION_EXTRA == {"coalition"}

        named = [c for c in self.forces if c.key and not bare(c) and "coalition" in tokens(c)]
        if not named:
            return
        for c in self.forces:
            if c.key and bare(c):
                before = [n for n in named if (n.sent.index, n.a) < (c.sent.index, c.a)]
                full = before[-1] if before else named[0]
                c.key, c.name = full.key, full.name

    def _mission_of(self, force_key: str, body_key: str) -> bool:
        """Is the gazetteer's force a mission of the body (``UN mission in Mali`` of the ``UN``): one
        of its names opens with one of the body's and holds a mission word?"""
        gaz = self.gi.gaz
        if gaz is None:
            return False
        force = gaz.get(Kind.FORCE, force_key)
        body = gaz.get(Kind.ORGANIZATION, body_key) or gaz.get(Kind.FORCE, body_key)
        if force is None or body is None:
            return False
        def names(e):
            return [tuple(n.lower().split()) for n in [x for x, lang in e.names if lang != "ar"]
                    + [v for k, v in e.labels.items() if k != "ar"]]
        heads = [n for n in names(body) if n]
        return any(n[:len(h)] == h and not _MISSION_WORDS.isdisjoint(n[len(h):])
                   for n in names(force) for h in heads)

    def _named_mission_of(self, f: Cand, body_key: str) -> bool:
        """Is the force, named outside the gazetteer, a mission of the body: its name opens with one
        of the body's names and holds a mission word (``UN … Mission in Mali`` of the ``UN``)?"""
        body = self.gi.gaz.get(Kind.ORGANIZATION, body_key) if self.gi.gaz is not None else None
        if body is None:
            return False
        words = (f.name or f.surface).lower().split()
        if words[:1] == ["the"]:
            words = words[1:]
        heads = [tuple(n.lower().split()) for n in [x for x, lang in body.names if lang != "ar"]
                 + [v for k, v in body.labels.items() if k != "ar"]]
        return any(h and tuple(words[:len(h)]) == h and not _MISSION_WORDS.isdisjoint(words[len(h):]) for h in heads)

    def mission(self, at: tuple[int, int]) -> Cand | None:
        """The mission ``the mission`` / ``the peacekeepers`` stands for at ``at`` (sentence index,
        token): the one peacekeeping or stabilisation mission the article has named before."""
        found = [f for f in self.forces if (f.sent.index, f.a) < at and self._is_mission(f)]
        ids = {f.key or (f.name or f.surface).lower() for f in found}
        return found[-1] if len(ids) == 1 else None

    def _is_mission(self, c: Cand) -> bool:
        if any(f.startswith("mission_of:") for f in c.flags):
            return True
        words = set((c.name or c.surface).lower().split())
        if c.key and self.gi.gaz is not None:
            e = self.gi.gaz.get(Kind.FORCE, c.key)
            if e is not None:
                words |= {w for n in [x for x, lang in e.names if lang != "ar"] + [e.labels.get("en", "")]
                          for w in n.lower().split()}
        return "mission" in words or "peacekeeping" in words

    def note_longforms(self, s: Sentence, chosen: list[Cand]) -> None:
        """``the Vale mission in Chad (VMC)``: the words before a bracketed name spell out what it is
        (``the mission`` may stand for it later)."""
        toks = s.toks
        for c in chosen:
            if c.kind in (Kind.FORCE, Kind.ORGANIZATION) and c.a > 1 and c.b < len(toks) \
                    and toks[c.a - 1].text == "(" and toks[c.b].text == ")":
                k = c.a - 2
                words = []
                while k >= 0 and c.a - k <= 9 and toks[k].word and toks[k].low not in _DET:
                    words.append(toks[k].low)
                    k -= 1
                if words:
                    self.longforms.append((c, frozenset(words)))

    def acronym_cands(self, s: Sentence, chosen: list[Cand], after: bool = False) -> None:
        """Standalone uses of an acronym defined earlier in brackets (``the Vale Brigade (VB)`` … ``VB``)."""
        if not self.acronyms:
            return
        taken = set()
        for c in chosen:
            taken.update(range(c.a, c.b))
        for i, t in enumerate(s.toks):
            if i in taken or not t.word:
                continue
            src = self.acronyms.get(t.low)
            if src is not None and after and not (src.sent is s and i > src.b):
                continue
            if src is not None and t.text[:1].isupper() and not (i > 0 and s.toks[i - 1].text == "("):
                c = Cand(src.kind, s, i, i + 1, key=src.key, name=src.name, prio=3, place=src.place, head=src.head)
                chosen.append(c)
        chosen.sort(key=lambda c: c.a)

    def describe(self, words: list[str], at: tuple[int, int] = (10 ** 9, 0)) -> Cand | None:
        """The named thing a description stands for, among those named before ``at`` (sentence
        index, token): ``the monitor`` -> the Observatory, ``the ministry`` -> the ministry named
        last, ``the Danish army chief`` -> the person whose role says so, ``the minister`` -> the
        one person whose role is a minister."""
        ws = [w for w in words if w not in ("the", "a", "an", "this", "that")]
        if not ws:
            return None
        indefinite = bool(words) and words[0] in ("a", "an")

        def before(c: Cand) -> bool:
            return (c.sent.index, c.a) < at

        desc = self.finder.lex.descriptors
        for n in (2, 1):
            tail = tuple(ws[-n:])
            if tail in desc:
                targets = desc[tail]
                bodies = sorted(self.orgs + self.forces, key=lambda c: (c.sent.index, c.a))
                # "the ministry": the one named last; "a monitor said …": it introduces one named later
                ordered = [c for c in bodies if not before(c)] + list(reversed([c for c in bodies if before(c)])) \
                    if indefinite else list(reversed([c for c in bodies if before(c)]))
                spelled = {id(c): w for c, w in self.longforms}
                for c in ordered:
                    # the words the article used count as well as the name given ("the Danish army",
                    # named "Danish forces", is "the army")
                    nm = f"{(c.name or c.surface).lower()} | {c.surface.lower()}"
                    if any(t in nm for t in targets) or any(t in spelled.get(id(c), ()) for t in targets):
                        return c
        wanted = set(ws)
        seen: dict[str, Cand] = {}
        # a rank written short in the role ("Gen. X") is the rank a description names ("the general")
        ranks = self.finder.lex.raw.get("rank_abbreviations", {})
        for p in reversed(self.persons):
            if not p.role or not before(p):
                continue
            rw = {ranks.get(w.rstrip("."), w.rstrip(".")) for w in
                  p.role.lower().replace(",", " ").replace("’s", " ").replace("'s", " ").split()}
            if wanted <= rw:
                if len(wanted) >= 2:
                    return p
                seen.setdefault(p.name or p.surface, p)
        if len(seen) == 1 and ws[-1] in self.finder.lex.role_nouns:
            return next(iter(seen.values()))       # one person holds that role in the article so far
        return None
