"""Forces, bases and organisations named in an Arabic article.

Names come from the gazetteer, or from how Arabic names things: a head noun (قوات، جيش، قاعدة،
معسكر، وزارة ...) followed by a nationality adjective (القوات العراقية -> the national force),
a genitive proper name (قوات الأسد، قاعدة القيارة), a quoted or parenthesised name (قاعدة
"قصر يلدا"، معسكر (K1)), a located name (النقطة التركية في بلدة مورك) or, after a plural or dual
head, a list of names (نقاط مورك وشير مغار). Page furniture that names nothing (news agencies,
anonymous sources) is kept apart so that it never becomes a speaker.
"""
from __future__ import annotations

from ..model import Kind
from .arabic_bases import BaseRules
from .arabic_common import (ANCHORS, BASE_HEADS, BLOCKERS, FORCE_HEADS, NAME_LIKE_WEAK, NOT_NAME_TAGS,
                            STOP_IN_FORCE, STOP_IN_ORG, M, latin)
from .arabic_gazindex import GazIndex
from .arabic_lex import ArabicLexicon, definite
from .arabic_text import QUOTE_MARKS, Doc, find_closing, is_opening
from .gazetteer import Match

__all__ = ["M", "MentionFinder"]

_DEMONYMS: dict[tuple[int, str], str | None] = {}     # (gazetteer, word) -> place key


class MentionFinder(BaseRules):
    """Finds the entity mentions of one :class:`Doc` (forces, bases, organisations, places,
    and the news outlets / anonymous sources that must not become speakers)."""

    def __init__(self, doc: Doc, lex: ArabicLexicon, gaz, index: GazIndex):
        self.doc, self.lex, self.gaz = doc, lex, gaz
        self.index = index
        cache, profile = lex._cache, lex.profile
        self.tags = [(cache.get(w) or profile(w)).tags for w in doc.norm]
        self.n = len(doc.norm)
        keys = index.root.keys()
        self.gaz_start = [not keys.isdisjoint(fs) for fs in doc._forms]
        self._gaz_cache: dict[tuple, object] = {}

    # -- small predicates ----------------------------------------------------------------------
    def has(self, i: int, tag: str) -> bool:
        return 0 <= i < self.n and tag in self.tags[i]

    def punct(self, i: int) -> bool:
        """Punctuation (not only spaces) right before token i."""
        return i >= self.n or self.doc.punct[i]

    def gaz_at(self, i: int, kinds=None, short: bool = False):
        """The longest gazetteer name (of these kinds) starting at token i."""
        if i >= self.n or not self.gaz_start[i]:
            return None
        found = self._gaz_cache.get(i)
        if found is None:
            found = self._gaz_cache[i] = self.index.candidates(self.doc.forms, self.n, i)
        best = None
        for length, e, is_short in found:
            if (kinds and e.kind not in kinds) or (is_short and not short):
                continue
            if best is None or length > best[0]:
                best = (length, e, is_short)
        return Match(best[1], i, i + best[0], best[2]) if best else None

    def demonym(self, i: int) -> str | None:
        """Place key (or ``~stem`` when the gazetteer does not know it) of a nationality
        adjective at token i."""
        if i >= self.n:
            return None
        w = self.doc.norm[i]
        p = _DEMONYMS.get((id(self.gaz), w), False)
        if p is False:
            p = self.gaz.place_of_demonym(w)
            if len(_DEMONYMS) > 100000:
                _DEMONYMS.clear()
            _DEMONYMS[(id(self.gaz), w)] = p
        return p

    def word_ok(self, i: int) -> bool:
        """Could token i be part of a proper name?"""
        t = self.tags[i]
        return not (t & NOT_NAME_TAGS) and not self.doc.norm[i].isdigit()

    # -- main ----------------------------------------------------------------------------------
    def find(self) -> list[M]:
        out: list[M] = []
        i = 0
        n = self.n
        covered: dict[int, int] = {}                 # list items found ahead: start -> end
        while i < n:
            if i in covered:
                i = covered[i]
                continue
            if not self.gaz_start[i] and not (self.tags[i] & ANCHORS):
                i += 1
                continue
            cands = [c for c in self._candidates(i) if c is not None]
            if not cands:
                i += 1
                continue
            best = max(cands, key=lambda c: (c[0].b if isinstance(c, list) else c.b))
            if isinstance(best, M) and best.kind is Kind.BASE and best.cat in ("named", "gaz"):
                more = self._coordinated(best)
                if more:
                    best = [best] + more
            if isinstance(best, list):
                out.extend(best)
                for it in best[1:]:
                    covered[it.a] = it.b
                i = best[0].b                       # the words between the items are read too
            else:
                out.append(best)
                i = best.b
        out += [m.extra["enemy"] for m in out if "enemy" in m.extra]
        out.sort(key=lambda m: (m.a, -m.b))
        self._acronyms(out)
        for m in out:
            m.end = self._balanced_end(m.start, m.end)
            self._drop_conjunction(m)
            if m.kind in (Kind.FORCE, Kind.ORGANIZATION) and m.cat != "national":
                m.ident = self._actor_ident(m)
                if m.cat == "fanaphor":
                    m.extra["generic_head"] = m.head in self.lex.sets["FH_GENERIC_HEAD"]
            elif isinstance(m.ident, tuple):
                m.ident = self._ident(*m.ident[1:])
        return out

    def _actor_ident(self, m: M) -> frozenset[str]:
        """The words that identify a force or body: its name without head nouns, function words,
        nationality adjectives, places and a location tail (قوة الأمم المتحدة العاملة في مالي ->
        الأمم المتحدة العاملة), so that it never merges with a national force by a place name."""
        doc = self.doc
        out = set()
        for k in range(m.a, min(m.b, self.n)):
            tk = self.tags[k]
            if doc.norm[k] == "في" and k > m.a + 1:
                break
            if tk & (FORCE_HEADS | {"ORG_HEAD", "FUNC"}) or self.demonym(k) or "(" in doc.gap[k] \
                    or self.gaz_at(k, (Kind.PLACE,)) is not None:
                continue
            out.add(doc.forms(k)[0])
        return frozenset(out)

    def _drop_conjunction(self, m: M) -> None:
        """A mention does not begin with the conjunction و/ف glued to its first word
        (وقوريلو -> قوريلو), unless the word itself begins with that letter (وزارة، واشنطن)."""
        doc = self.doc
        w = doc.norm[m.a]
        if w[:1] not in "وف" or len(w) < 3 or self.lex.known(w) or w in self.index:
            return
        rest = w[1:]
        if not (self.lex.known(rest) or rest.startswith("ال") or rest in self.index
                or m.cat in ("named", "national") or m.kind is Kind.BASE):
            return
        text = doc.text
        k = m.start + 1
        while k < m.end and not text[k].isalnum():
            k += 1                                  # diacritics on the conjunction
        if k < m.end:
            m.start = k

    def _balanced_end(self, start: int, end: int) -> int:
        """Take in the closing bracket or quotation mark of a name that opened one: معسكر (K1)."""
        text = self.doc.text
        frag = text[start:end]
        for o, c in (("(", ")"), ("«", "»")):
            if frag.count(o) > frag.count(c) and text[end:end + 1] == c:
                return end + 1
        if sum(frag.count(q) for q in '"“”') % 2 == 1 and text[end:end + 1] in '"“”':
            return end + 1
        return end

    def _candidates(self, i: int):
        t = self.tags[i]
        if "TYPO" in t and not self._typo_confirmed(i):
            yield self._gazetteer(i)
            return
        yield self._gazetteer(i)
        if t & FORCE_HEADS:
            yield self._force(i)
        if t & BASE_HEADS or self._ordinal_base(i):
            yield self._base(i)
        if "ORG_HEAD" in t:
            yield self._org(i)
        if t & BLOCKERS:
            yield self._blocker(i)

    # -- gazetteer names -----------------------------------------------------------------------
    def _gazetteer(self, i: int) -> M | None:
        m = self.gaz_at(i)
        if m is None:
            return None
        e = m.entry
        a, b = m.first, m.last
        end = self._paren_end(b) or self.doc.end[b - 1]
        if e.kind is Kind.PLACE:
            return M(None, a, b, self.doc.start[a], self.doc.end[b - 1], "place", key=e.key, place=e.key,
                     country=not e.located_in, ident=self._lazy(a, b))
        kind = e.kind
        mm = M(kind, a, b, self.doc.start[a], self.doc.end[b - 1], "gaz", key=e.key,
               ident=self._lazy(a, b))
        if kind is Kind.FORCE:
            mm = self._force_tail(mm)
        elif end != self.doc.end[b - 1]:
            mm.end = end
        return mm

    # -- forces -----------------------------------------------------------------------------------
    def _force(self, i: int) -> M | None:
        doc, n = self.doc, self.n
        t = self.tags[i]
        head = doc.forms(i)[0]
        j = i + 1
        for comp in self.lex.force_compounds.get(head, ()):
            if i + len(comp) <= n and all(doc.forms(i + k)[0] == w for k, w in enumerate(comp)):
                j = i + len(comp)
                break
        is_def = definite(doc.norm[i])
        if "POSS" in t:
            return None                               # قواتها: its forces, not a name
        if "FH_PLACE" in t and not (t & {"FH_STRONG", "FH_WEAK"}):
            gm = self.gaz_at(j, (Kind.PLACE,), short=True) if not self.punct(j) else None
            if gm is None or not gm.entry.located_in:
                return None
            return self._named(i, j, gm.last, head)   # عمليات نينوى: a command named by its place
        demonym_only = "FH_DEM" in t and not (t & {"FH_STRONG", "FH_WEAK"})
        if j < n and "FH_STRONG" in self.tags[j] and not self.punct(j) and "FH_DEM" not in t \
                and j == i + 1 and "FH_WEAK" in t and not self._quoted_at(j):
            return None                               # قيادة القوات الأمريكية: the inner force
        # a quoted name: قوات "برخان"
        q = self._quoted_at(j)
        if q and not demonym_only:
            qa, qb, qend = q
            gm = self.gaz_at(qa, (Kind.FORCE, Kind.ORGANIZATION))
            key = gm.entry.key if gm and gm.last == qb else None
            return self._force_tail(M(Kind.FORCE, i, qb, doc.start[i], qend, "gaz" if key else "named",
                                      key=key, name=doc.text[doc.start[qa]:doc.end[qb - 1]], head=head,
                                      ident=self._lazy(qa, qb)))
        # a gazetteer force / organisation / place right after the head
        gm = self.gaz_at(j, (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE), short=True) if not self.punct(j) else None
        if gm is not None and not demonym_only:
            e = gm.entry
            if e.kind is Kind.FORCE:
                if "FH_WEAK" in t and head not in NAME_LIKE_WEAK:
                    return None                       # عمليات داعش: the gazetteer force alone
                return self._force_tail(M(Kind.FORCE, i, gm.last, doc.start[i], doc.end[gm.last - 1], "gaz",
                                          key=e.key, head=head, ident=self._lazy(j, gm.last)))
            if e.kind is Kind.ORGANIZATION and "FH_STRONG" in t:
                # بعثة الاتحاد الأفريقي [الانتقالية] [في الصومال]، قوة الأمم المتحدة العاملة في مالي
                b = gm.last
                while b < n and b < gm.last + 2 and not self.punct(b) and definite(doc.norm[b]) \
                        and self.word_ok(b) or (b < n and self.has(b, "F_GENERIC") and not self.punct(b)
                                                and definite(doc.norm[b]) and b < gm.last + 2):
                    b += 1
                if b < n and doc.norm[b] == "في" and not self.punct(b):
                    g2 = self.gaz_at(b + 1, (Kind.PLACE,), True)
                    if g2 is not None and not self.punct(b + 1):
                        b = g2.last
                return self._force_tail(self._named(i, i, b, head))   # the head is part of the name
            if e.kind is Kind.PLACE and not self._demonym_ahead(gm.last, 2):
                nxt = gm.last
                if e.located_in is None and not (nxt < n and definite(doc.norm[nxt]) and self.word_ok(nxt)
                                                 and not self.punct(nxt) and not self.has(nxt, "F_GENERIC")):
                    return self._national(i, gm.last, e.key, head)      # قوات العراق
                if e.located_in is not None and "FH_WEAK" in t:
                    return self._named(i, j, gm.last, head)             # عمليات نينوى
        # head ... nationality adjective: القوات العراقية، قوات الأمن العراقية، جيش الاحتلال التركي
        k = j
        found = None
        while k < n and k < j + 5:
            if k > j and self.punct(k):
                break
            if k == j and self.punct(k) and not self._quoted_at(k):
                break
            p = self.demonym(k)
            if p:
                found = (k, p)
                break
            tk = self.tags[k]
            if tk & STOP_IN_FORCE or doc.norm[k].isdigit():
                break
            if "FH_STRONG" in tk or tk & BASE_HEADS:
                break
            k += 1
        if found:
            k, p = found
            end = k + 1
            while end < n and not self.punct(end) and self.has(end, "F_GENERIC") and definite(doc.norm[end]) \
                    and not self.demonym(end):
                end += 1                                               # القوات الصومالية الخاصة
            return self._national(i, end, p, head)
        if demonym_only:
            return None
        if j >= n or self.punct(j):
            return None
        w = doc.norm[j]
        tj = self.tags[j]
        # الجيش النظامي، الجيش الوطني
        if "F_NAMED_ADJ" in tj:
            return self._named(i, i, j + 1, head)
        if is_def:
            # القوات الخاصة ... التابعة لـ X
            return self._belonging(i, j, head)
        # construct: قوات الأسد، جهاز مكافحة الإرهاب، حركة الشباب المجاهدين
        if not definite(w) and "FH_WEAK" not in t and "FH_WEAK" not in tj:
            return None                               # قوات إضافية: an adjective, not a name
        name_end = j
        while name_end < n and name_end < j + 3 and self.word_ok(name_end) and not (
                name_end > j and self.punct(name_end)) and not self.demonym(name_end):
            tk = self.tags[name_end]
            if name_end > j and (tk & BASE_HEADS or "FH_STRONG" in tk or "GIVEN" in tk):
                break
            if name_end > j and definite(doc.norm[name_end - 1]) and not definite(doc.norm[name_end]):
                break                                   # الأمن الوقائي | اعتقال: the name has ended
            name_end += 1
        if name_end == j:
            return None
        if "FH_WEAK" in t:
            while name_end > j and not (definite(doc.norm[name_end - 1]) or self._proper(name_end - 1)):
                name_end -= 1
            if name_end == j:
                return None
        if all(self.has(k, "F_GENERIC") or self.has(k, "NOT_NAME") for k in range(j, name_end)):
            return self._belonging(i, j, head)
        return self._force_tail(self._named(i, j, name_end, head))

    def _proper(self, i: int) -> bool:
        """A word the gazetteer knows as a place / name, or a Latin word."""
        return latin(self.doc.norm[i]) or self.gaz_at(i, (Kind.PLACE,), True) is not None

    def _demonym_ahead(self, k: int, span: int) -> bool:
        return any(self.demonym(x) for x in range(k, min(self.n, k + span)) if not self.punct(x))

    def _national(self, a: int, b: int, place: str, head: str) -> M:
        doc = self.doc
        key = self.gaz.national_force.get(place) if place else None
        mm = M(Kind.FORCE, a, b, doc.start[a], doc.end[b - 1], "national", key=key, place=place, head=head,
               ident=frozenset({"@" + place}))
        return self._force_tail(mm)

    def _named(self, a: int, na: int, nb: int, head: str) -> M:
        doc = self.doc
        return M(Kind.FORCE, a, nb, doc.start[a], doc.end[nb - 1], "named",
                 name=doc.surface(a if na == a else na, nb) if na > a else doc.surface(a, nb),
                 head=head, ident=self._lazy(na, nb))

    def _belonging(self, i: int, j: int, head: str) -> M | None:
        """القوات ... التابعة لـ X: the force is X."""
        doc, n = self.doc, self.n
        k = j
        while k < n and k < j + 3 and not self.punct(k) and (self.has(k, "F_GENERIC") or definite(doc.norm[k])):
            w = doc.forms(k)[0]
            if w in ("تابعه", "تابع") and k + 1 < n:
                x = k + 1
                if doc.norm[x] in ("ل",) or self.punct(x) and doc.norm[x - 1] == "ل":
                    x += 1
                q = self._quoted_at(x)
                if q:
                    gm = self.gaz_at(q[0], (Kind.FORCE,))
                    key = gm.entry.key if gm else None
                    return M(Kind.FORCE, i, q[1], doc.start[i], q[2], "gaz" if key else "named", key=key,
                             name=doc.text[doc.start[q[0]]:doc.end[q[1] - 1]], head=head,
                             ident=self._lazy(q[0], q[1]))
                gm = self.gaz_at(x, (Kind.FORCE,), True)
                if gm:
                    return M(Kind.FORCE, i, gm.last, doc.start[i], doc.end[gm.last - 1], "gaz",
                             key=gm.entry.key, head=head, ident=self._lazy(x, gm.last))
                return None
            k += 1
        # no name of its own: البعثة الأممية، قوات الاحتلال refer back to a force named before
        # (kept only if the article's identities find one, see kg.extract.arabic)
        k = j
        while k < n and k < j + 3 and not self.punct(k) and self.has(k, "F_GENERIC") and definite(doc.norm[k]):
            k += 1
        return M(Kind.FORCE, i, k, doc.start[i], doc.end[k - 1], "fanaphor", head=head)

    def _force_tail(self, mm: M) -> M:
        """Extend a force name with its enemy (التحالف الدولي ضد داعش) and a parenthesised
        acronym (بعثة ... (أتميس))."""
        doc, n = self.doc, self.n
        b = mm.b
        if b < n and "F_ENEMY" in self.tags[b] and not self.punct(b):
            x = b + 1
            if x < n and self.has(x, "FH_WEAK"):
                x += 1
            gm = self.gaz_at(x, (Kind.FORCE,))
            if gm and not self.punct(x):
                b = gm.last
                while b < n and not self.punct(b) and definite(doc.norm[b]) and self.has(b, "F_GENERIC"):
                    b += 1
                # the enemy is a force of its own, named inside this name
                mm.extra["enemy"] = M(Kind.FORCE, x, b, doc.start[x], doc.end[b - 1], "gaz",
                                      key=gm.entry.key, ident=self._lazy(x, b), extra={"nested": True})
                mm.b, mm.end = b, doc.end[b - 1]
        pe = self._paren_end(mm.b)
        if pe:
            mm.extra["acronym"] = (mm.b, self._paren_tokens(mm.b))
            mm.b, mm.end = self._paren_tokens(mm.b)[1], pe
        return mm

    # -- organisations ----------------------------------------------------------------------------
    def _org(self, i: int) -> M | None:
        doc, n = self.doc, self.n
        head = doc.forms(i)[0]
        j = i + 1
        b = j
        saw_name = False
        gm = None
        while b < n and b < j + 6 and not self.punct(b):
            tb = self.tags[b]
            if doc.norm[b] == "في" and saw_name:
                g = self.gaz_at(b + 1, (Kind.PLACE,), True)
                if g and not self.punct(b + 1):
                    b = g.last
                    saw_name = True
                break
            if tb & STOP_IN_ORG:
                break
            g = self.gaz_at(b, (Kind.ORGANIZATION, Kind.PLACE, Kind.FORCE), True)
            if g is not None:
                gm = gm or g
                b = g.last
                saw_name = True
                continue
            if self.demonym(b):
                b += 1
                saw_name = True
                if b < n and not self.punct(b) and doc.norm[b] == "في":
                    continue                           # السفارة البريطانية في طرابلس
                if b < n and not self.punct(b) and not (doc.norm[b][:1] in "لب" and definite(doc.norm[b])):
                    break                              # الحكومة الصومالية [المدعومة ...]
                continue
            w = doc.norm[b]
            if definite(w) or (not saw_name and b == j and self.word_ok(b) and not definite(doc.norm[i])):
                b += 1
                saw_name = saw_name or definite(w)
                continue
            break
        if not saw_name or b == j:
            return None
        # the name ends on a definite word, a demonym or a gazetteer name
        while b > j and not (definite(doc.norm[b - 1]) or self.demonym(b - 1) or self._proper(b - 1)):
            b -= 1
        if b == j:
            return None
        key = None
        if gm is not None and gm.entry.kind is Kind.ORGANIZATION and gm.first == i:
            key = gm.entry.key
        mm = M(Kind.ORGANIZATION, i, b, doc.start[i], doc.end[b - 1], "named", key=key,
               name=doc.surface(i, b), head=head, ident=self._lazy(i, b))
        pe = self._paren_end(b)
        if pe:
            pa, pb = self._paren_tokens(b)
            mm.extra["acronym"] = (pa, (pa, pb))
            mm.b, mm.end = pb, pe
        return mm

    # -- news outlets and anonymous sources (never speakers) ----------------------------------------
    def _blocker(self, i: int) -> M | None:
        doc, n = self.doc, self.n
        t = self.tags[i]
        cat = "media" if "MEDIA" in t else "anon"
        if cat == "anon" and definite(doc.norm[i]):
            return None                                # المسؤولَين: the officials just named
        if cat == "media" and "BH_WEAK" in t and not (i + 1 < n and self._quoted_at(i + 1)):
            return None                                # موقع: a site, unless a quoted name follows
        b = i + 1
        q = self._quoted_at(b)
        if q:
            b = q[1]
        while b < n and b < i + 5 and not self.punct(b) and not (self.tags[b] & STOP_IN_ORG) \
                and doc.norm[b] not in ("في",):
            b += 1
        return M(None, i, max(b, i + 1), doc.start[i], doc.end[max(b, i + 1) - 1], cat)

    # -- helpers ----------------------------------------------------------------------------------
    def _quoted_at(self, j: int):
        """A short quoted name starting at token j: (first, last, end offset incl. the mark)."""
        doc = self.doc
        if j >= self.n:
            return None
        g = doc.gap[j]
        if not g or g[-1] not in QUOTE_MARKS and not (len(g) > 1 and g.rstrip()[-1:] in QUOTE_MARKS):
            return None
        pos = (doc.end[j - 1] if j else 0) + len(g.rstrip()) - 1
        if doc.text[pos] not in QUOTE_MARKS or not is_opening(doc.text, pos) and g.strip() not in QUOTE_MARKS:
            return None
        close = find_closing(doc.text, pos, min(len(doc.text), doc.start[j] + 80))
        if close is None:
            return None
        k = j
        while k < self.n and doc.end[k] <= close:
            k += 1
        if k == j or k - j > 6:
            return None
        return j, k, close + 1

    def _paren_end(self, j: int) -> int | None:
        """Original offset just after ``)`` when tokens from j are in parentheses."""
        if j >= self.n:
            return None
        g = self.doc.gap[j]
        if "(" not in g:
            return None
        k = j
        while k < self.n and k < j + 5:
            after = self.doc.gap_after(k)
            if ")" in after:
                return self.doc.end[k] + after.index(")") + 1
            if after.strip():
                return None
            k += 1
        return None

    def _paren_tokens(self, j: int) -> tuple[int, int]:
        k = j
        while k < self.n and ")" not in self.doc.gap_after(k):
            k += 1
        return j, k + 1

    @staticmethod
    def _lazy(a: int, b: int, strip_conj: bool = False) -> tuple:
        """An identity computed only for the mentions that are kept (see :meth:`find`)."""
        return ("lazy", a, b, strip_conj)

    def _ident(self, a: int, b: int, strip_conj: bool = False) -> frozenset[str]:
        out = set()
        for k in range(a, b):
            w = self.doc.forms(k)[0]
            if strip_conj and k == a and w.startswith("و") and len(w) > 2 and not self.gaz_at(k):
                w = w[1:]
                w = w[2:] if w.startswith("ال") and len(w) > 3 else w
            tk = self.tags[k]
            if tk & (FORCE_HEADS | BASE_HEADS | {"ORG_HEAD"}) and k == a:
                continue
            if tk & {"FUNC"}:
                continue
            out.add(w)
        return frozenset(out)

    def _acronyms(self, out: list[M]) -> None:
        """``NAME (ACR)``: later bare ACR tokens are the same thing."""
        doc = self.doc
        acr: dict[str, M] = {}
        for m in out:
            if "acronym" in m.extra:
                pa, pb = m.extra["acronym"][1]
                if pb - pa == 1:
                    acr[doc.norm[pa]] = m
        if not acr:
            return
        taken = set()
        for m in out:
            taken.update(range(m.a, m.b))
        for k, w in enumerate(doc.norm):
            src = acr.get(w) or acr.get(doc.forms(k)[-1])
            if src is not None and k not in taken:
                out.append(M(src.kind, k, k + 1, doc.start[k], doc.end[k], src.cat, key=src.key,
                             name=src.name, place=src.place, head=src.head, ident=src.ident,
                             extra={"alias_of": src}))
        out.sort(key=lambda m: m.a)


