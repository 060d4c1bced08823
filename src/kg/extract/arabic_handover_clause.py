"""Where a handover trigger's clause reaches (rules of
:class:`~kg.extract.arabic_handovers.HandoverFinder`).

A clause ends where another opens: a conjunction of time or place (حيث، بينما، بعدما)، a purpose
verb (ليتوزعوا)، a reporting verb joined by و or a circumstantial participle (وأشار، مشيرا)، or a
verb of going (ثم توجهت القافلة إلى X: X is where it went, never who received). Inside it, a date,
a time word or a VSO subject set between a verb and its object does not count as a word of the
object (نقلت X، أمس، السيطرة على القاعدة إلى Y), and a verbal noun that is a giving verb's first
object or governed by its إلى is no event of its own.
"""
from __future__ import annotations

import bisect

from ..model import Kind
from .arabic_common import AGENTS
from .arabic_handover_bases import masdar

_CLAUSE_WORDS = frozenset({"حيث", "بينما", "فيما", "عندما", "حين", "كي", "لكي", "بعدما", "حينما", "ريثما", "حالما"})
_PURPOSE = frozenset({"لي", "لت", "لن"})


class ClauseRules:
    """A mixin of :class:`~kg.extract.arabic_handovers.HandoverFinder` (it uses the finder's
    document, tags, owners, values and role helpers)."""

    def _clause_break(self, x: int) -> bool:
        """Does a new clause open at token x (a purpose verb ليتوزعوا / لتنتقل, حيث، بينما ...)?"""
        w = self.doc.norm[x]
        if w in _CLAUSE_WORDS or self._motion(x):
            return True
        if self.owner[x] is None and (("SPEECH" in self.tags[x] and w[:1] in "وف") or "PARTICIPLE" in self.tags[x]):
            return True                              # ، وأشار إلى ...، مشيرا إلى: another speaker's clause
        return w[:2] in _PURPOSE and len(w) >= 5 and not self.tags[x] and self.owner[x] is None

    def _motion(self, x: int) -> bool:
        """A verb of going (وتوجهت، ثم عبرت، يعودون، بعد وصول): a clause of its own, its إلى a
        destination. Not when the base or the control of it is what goes (وعادت القاعدة إلى
        السيادة العراقية: a transfer); bare عبر is "across" unless ثم puts it first in a clause."""
        doc, mv = self.doc, self.lex.motion_verbs
        forms = doc.forms(x)
        if self.owner[x] is not None or not any(f in mv for f in forms):
            return False
        if forms[-1] == "عبر" and (x == 0 or doc.norm[x - 1] != "ثم"):
            return False
        y = x + 1
        if y < self.n and not doc.punct_before(y):
            m = self.owner[y]
            if (m is not None and m.kind is Kind.BASE) or set(doc.forms(y)) & self.lex.control_nouns:
                return False
        return True

    def _transferred(self, t0: int, t: int, b: int) -> bool:
        """A verbal noun with the article that is the first object of a giving verb names what is
        handed over, not a second event (نقلت X [يوم ...] السيطرة / المسؤولية على القاعدة إلى Y);
        after إلى / لـ it names who receives (سلّمت X القاعدة إلى السيطرة العراقية)."""
        doc = self.doc
        tr0 = self.lex.profile(doc.norm[t0]).trigger
        tr = self.lex.profile(doc.norm[t]).trigger
        if tr0 is None or tr is None or tr0.type not in ("give", "give_or_receive") or tr.type != "replace":
            return False
        if not doc.defn[t] or not masdar(doc.forms(t)[0]):
            return False
        if self._governed_control(t):
            return not any(doc.hard_punct_before(x) for x in range(t0 + 1, t + 1))
        inserted = self._inserted(t0, b)
        if any(doc.hard_punct_before(x) and x not in inserted and x - 1 not in inserted for x in range(t0 + 1, t + 1)):
            return False                             # نقلت X، أمس، السيطرة: a time set off by commas
        return self._reach(t0, 1, b) == t + 1

    def _inserted(self, t: int, we: int) -> set[int]:
        """The tokens of the dates and time words between token t and token we (أمس، اليوم):
        set into a clause, they stand between a verb and its object."""
        return self._dated(t, we) | {x for x in range(t + 1, we) if "TIME" in self.tags[x]}

    def _dated(self, t: int, we: int) -> set[int]:
        """The tokens of the dates between token t and token we."""
        doc = self.doc
        out: set[int] = set()
        for d in self.values.dates_in(doc.start[t], doc.end[we - 1] if we > t else doc.end[t]):
            out.update(range(bisect.bisect_left(doc.start, d.span.start),
                             bisect.bisect_left(doc.start, d.span.end)))
        return out

    def _reach(self, t: int, words: int, we: int) -> int:
        """The token ``words`` words of the clause after t: what is set into the clause between a
        verb and its object does not count (a date, a bracketed acronym, the subject of a VSO
        clause: نقلت قوة X الفرنسية (Y) يوم الإثنين 13 حزيران 2022 المسؤولية على قاعدة Z)."""
        doc = self.doc
        inserted = self._inserted(t, we)
        x, counted = t + 1, 0
        while x < we and counted < words:
            m = self.owner[x]
            if m is not None and (m.kind in AGENTS or self._can_act(m)) and x == m.a and self._prep(m) == "":
                x = max(m.b, x + 1)                  # the subject (and its acronym) in VSO; a country
                while x < we and doc.defn[x] and not doc.punct_before(x) and self.owner[x] is None \
                        and (self.mf.demonym(x) or "F_GENERIC" in self.tags[x]):
                    x += 1                           # ... and its adjectives (قوة X الفرنسية)
                continue
            if x not in inserted:
                counted += 1
            x += 1
        return max(x, t + words)
