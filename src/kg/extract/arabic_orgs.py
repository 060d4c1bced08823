"""Bodies that are not armed forces, named in an Arabic article (rules of
:class:`~kg.extract.arabic_mentions.MentionFinder`, split from :mod:`.arabic_forces`): a head
(وزارة، سفارة، لجنة، مجلس ...) with the definite words, nationality adjectives and known names
after it; and the blockers (news outlets, anonymous sources) that must never speak."""
from __future__ import annotations

from ..model import Kind
from .arabic_common import STOP_IN_ORG, M

_COUNCIL_HEADS = frozenset({"مجلس"})              # a council of a named place ...
_ARMED_ADJECTIVES = frozenset({"عسكري"})           # ... that is military: the armed force of that place
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})
_DASHES = ("–", "—", " - ")                        # between a dateline's place and its outlet


class OrgRules:
    """A mixin of :class:`~kg.extract.arabic_mentions.MentionFinder` (through :class:`ForceRules`)."""

    # -- organisations ----------------------------------------------------------------------------
    def _org(self, i: int) -> M | None:
        """A body: its head and the definite words, nationality adjectives and known names after
        it, with the place it is in (السفارة X في Y، لجنة ... بالبرلمان X)."""
        doc, n, defn = self.doc, self.n, self.defn
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
            if self.lex.belonging_adjective(doc.norm[b]):
                owner = self._owner_end(b + 1)         # لجنة الدفاع التابعة لمجلس الوزراء: known by its owner
                b = owner if owner is not None and saw_name else b
                break                                  # (else the adjective ends the name)
            if tb & STOP_IN_ORG:
                break
            if b == j and "ADMIN" in tb and not defn[b] and b + 1 < n and not self.punct(b):
                c = b + 1                              # حكومة ولاية (شمال) X، سلطات محافظة X
                if doc.norm[c] in _DIRECTIONS and c + 1 < n and not self.punct(c):
                    c += 1
                g = self.gaz_at(c, (Kind.PLACE,), True)
                if g is not None:
                    b, saw_name = g.last, True
                    continue
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
                    continue                           # ... in a city
                if b < n and not self.punct(b) and not (doc.norm[b][:1] in "لب" and defn[b]):
                    break                              # the name ends at its nationality
                continue
            if defn[b] or (not saw_name and b == j and self.word_ok(b) and not defn[i]):
                b += 1
                saw_name = saw_name or defn[b - 1]
                continue
            break
        if not saw_name or b == j:
            return None
        while b > j and not (defn[b - 1] or self.demonym(b - 1) or self._proper(b - 1)):
            b -= 1                                     # the name ends on a definite or known word
        if b == j:
            return None
        key = None
        if gm is not None and gm.entry.kind is Kind.ORGANIZATION and gm.first == i:
            key = gm.entry.key
        armed = key is None and head in _COUNCIL_HEADS and not defn[i] and b > j + 1 and (not defn[j] or self._proper(j)) \
            and doc.forms(b - 1)[0] in _ARMED_ADJECTIVES   # مجلس X العسكري: a town's military council
        mm = M(Kind.FORCE if armed else Kind.ORGANIZATION, i, b, doc.start[i], doc.end[b - 1], "named", key=key,
               name=doc.surface(i, b), head=head, ident=self._lazy(i, b))
        pe = self._paren_end(b)
        if pe:
            pa, pb = self._paren_tokens(b)
            mm.extra["acronym"] = (pa, (pa, pb))
            mm.b, mm.end = pb, pe
        return mm

    def _owner_end(self, x: int) -> int | None:
        """The end of the owner after an adjective of belonging (التابعة لمجلس الوزراء، لحكومة
        الوحدة الوطنية، لـ«X»): a known name, or a body's or force's head and the definite words
        after it; None when no owner follows (العائدة من: returning)."""
        doc, n = self.doc, self.n
        if x < n and doc.norm[x] == "ل":
            x += 1                                     # لـ X: the preposition on its own
        elif x >= n or doc.norm[x][:1] != "ل" or len(doc.norm[x]) < 3:
            return None
        if x >= n or self.punct(x) and not self._quoted_at(x):
            return None
        g = self.gaz_at(x, (Kind.ORGANIZATION, Kind.FORCE, Kind.PLACE), True)
        if g is not None:
            return g.last
        if not self.tags[x] & {"ORG_HEAD", "FH_STRONG", "FH_WEAK"}:
            return None
        e = x + 1
        g = self.gaz_at(e, (Kind.PLACE,), True) if not self.punct(e) else None
        if g is not None:
            return g.last                              # لحكومة X: a place's
        while e < n and e < x + 4 and not self.punct(e) and self.defn[e] and not self.tags[e] & STOP_IN_ORG:
            e += 1
        return e

    # -- news outlets and anonymous sources (never speakers) ----------------------------------------
    def _blocker(self, i: int) -> M | None:
        doc, n = self.doc, self.n
        t = self.tags[i]
        cat = "media" if "MEDIA" in t else "anon"
        if cat == "anon" and self.defn[i]:
            return None                                # the officials just named
        if cat == "anon" and "ROLE" in t and self._named_after_comma(i):
            return None                                # مسؤول X في Y، NAME،: an official, named
        if cat == "media" and i > 0 and not self.punct(i) and self.tags[i - 1] & {"ROLE", "TITLE"}:
            return None                                # وزير الإعلام، مدير الإعلام: an office, not an outlet
        if cat == "media" and not self.defn[i] and i + 1 < n and not self.punct(i + 1) and self.defn[i + 1] \
                and "F_GENERIC" in self.tags[i + 1] and not self.tags[i + 1] & {"MEDIA", "FUNC"}:
            return self._org(i)                        # وكالة الدفاع / الأمن: a body of state, no outlet
        if cat == "media" and "BH_WEAK" in t and not (i + 1 < n and self._quoted_at(i + 1)):
            return None                                # a site, unless a quoted name follows
        b = i + 1
        q = self._quoted_at(b)
        if q:
            b = q[1]
        while b < n and b < i + 5 and not self.punct(b) and not (self.tags[b] & STOP_IN_ORG) \
                and doc.norm[b] not in ("في",) and not self.gaz_start[b] and not (self.tags[b] & {"FH_WEAK", "ORG_HEAD"}):
            b += 1                                     # up to a named force: مقاتلو حركة X
        return M(None, i, max(b, i + 1), doc.start[i], doc.end[max(b, i + 1) - 1], cat)

    def _named_after_comma(self, i: int) -> bool:
        """After a role noun that can stand for an unnamed source (مسؤول), its phrase, a comma and
        a name between commas (مسؤول الملف في الحركة، أبو X الفلاني، قال ...): a given name, a
        particle, a rank or a word no list knows opens a short run closed by a comma."""
        doc, n = self.doc, self.n
        x = i + 1
        while x < n and x < i + 10 and not self.punct(x):
            x += 1
        if x >= n or x == i + 1 or doc.gap[x].strip(' "«»“”') not in ("،", ","):
            return False
        t = self.tags[x]
        if not (t & {"GIVEN", "PARTICLE", "RANK"} or (not t and not self.defn[x] and not self.demonym(x)
                                                       and self.gaz_at(x) is None)):
            return False
        y = x + 1
        while y < n and y < x + 5 and not self.punct(y):
            y += 1
        return x + 1 < y < n and doc.gap[y].strip() in ("،", ",")

    # -- the outlet a dateline names ------------------------------------------------------------------
    def _dateline_outlets(self, out: list[M]) -> list[M]:
        """A dateline at the head of the article (عنب بلدي – حمص، بغداد – واع) names the outlet on
        the side of its dash that is no place, date or desk word (خاص، وكالات). Named again in the
        body (قال لعنب بلدي، قال لـ"X"، أفادت X) it is that outlet: never a person, a base or a
        speaker. Words the lexicon knows (الوحدة، خاص) are too common to be read as the outlet."""
        doc, n = self.doc, self.n
        names = set()
        for a, b in doc.lines[:3]:
            if not 1 < b - a <= 8:
                continue
            for k in range(a + 1, b):
                if not any(d in doc.gap[k] for d in _DASHES):
                    continue
                for x0, x1 in ((a, k), (k, b)):
                    if 0 < x1 - x0 <= 3 and self._outlet_words(x0, x1):
                        names.add(tuple(doc.norm[x0:x1]))
                break
        if not names:
            return []
        taken = {k for m in out for k in range(m.a, m.b)}
        extra = []
        for x in range(n):
            for words in names:
                e = x + len(words)
                if e > n or any(k in taken for k in range(x, e)) or words[0] not in doc.forms(x) \
                        or tuple(doc.norm[x + 1:e]) != words[1:] or any(self.punct(k) for k in range(x + 1, e)):
                    continue
                # لـ + the outlet after a speech verb is whom the speaker told (قال لعنب بلدي):
                # no speaker, but no block on the speaker named before it either
                addressee = (doc.norm[x] != words[0] and doc.norm[x][:1] == "ل") \
                    or (x > 0 and doc.norm[x - 1] == "ل" and doc.gap[x].strip() in ("", '"', "«", "“"))
                extra.append(M(None, x, e, doc.start[x], doc.end[e - 1], "addressee" if addressee else "media"))
                taken.update(range(x, e))
        return extra

    def _outlet_words(self, a: int, b: int) -> bool:
        """Could tokens a..b of a dateline be an outlet's name (no place, number, known word)?"""
        doc = self.doc
        if self.tags[a] or any(self.punct(k) for k in range(a + 1, b)):
            return False
        return not any(doc.norm[k].isdigit() or self.gaz_at(k, short=True) is not None
                       or self.demonym(k) or "TIME" in self.tags[k] for k in range(a, b))
