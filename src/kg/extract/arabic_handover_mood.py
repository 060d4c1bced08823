"""Whether a handover trigger reports a handover done (rules of
:class:`~kg.extract.arabic_handovers.HandoverFinder`).

A trigger word is a handover unless it is stative (المعسكرات التي تسيطر عليها X), planned, future,
negated, conditional or a purpose (ستنسحب، تنوي إخلاء، لم يسلّم، لاستكمال الانسحاب); a pluperfect
(وكان X قد سلّم) is a handover told as before the news. A new clause (حيث، بينما، a purpose verb)
ends what a trigger governs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Kind
from .arabic_common import AGENTS, KANA, RELATIVES
from .arabic_handover_bases import masdar

if TYPE_CHECKING:
    from .arabic_claims import Claim


class MoodRules:
    """A mixin of :class:`~kg.extract.arabic_handovers.HandoverFinder` (it uses the finder's
    document, tags and owners)."""

    def _valid(self, i: int, b: int) -> bool:
        tr = self.lex.profile(self.doc.norm[i]).trigger
        if tr is None or (self.owner[i] is not None and self.owner[i].kind is not None
                          and self.owner[i].cat not in ("anaphor",)):
            return False
        if tr.needs_next:
            return self._place_noun(i, b) is not None or \
                (tr.base_subject and self._base_subject_at(i, b))
        if tr.needs_before and not self._governed_by(i, tr.needs_before):
            return False
        return not self._stative(i) and not self._place_spelt_as_verb(i) and not self._redone(i, b)

    def _base_subject_at(self, i: int, b: int) -> bool:
        """Is a base the subject of the verb at i, right after it or right before it (وتعود القاعدة
        إلى، القاعدة تعود إلى، عودة المعسكر إلى)? Troops returning to a base are no such thing."""
        doc = self.doc
        if i + 1 < b and not doc.punct_before(i + 1):
            m = self.owner[i + 1]
            if m is not None and m.kind is Kind.BASE and m.a == i + 1:
                return True
        if i > 0 and not doc.punct_before(i):
            m = self.owner[i - 1]
            return m is not None and m.kind is Kind.BASE and m.b == i
        return False

    def _governor(self, t: int, a: int) -> int | None:
        """The word a verbal noun is the object of, past a VSO subject, a time phrase, an adverb
        and من (حاولت X اقتحام، لم تتمكن X من اقتحام، أنهى X أمس الثلاثاء رسميا وجوده): None when
        it opens its clause."""
        doc = self.doc
        x = t - 1
        while x > a and t - x <= 10 and not doc.punct_before(x + 1):
            o = self.owner[x]
            if not (o is not None and o.kind in AGENTS or doc.norm[x] in self.lex.verb_object_gap
                    or self.tags[x] & {"TIME"} or self._in_date(x)):
                return x
            x -= 1
        return None

    def _governed_by(self, i: int, verbs: frozenset[str]) -> bool:
        """Is the noun at i the object of one of ``verbs`` (أنهت X وجودها، إنهاء الوجود)?"""
        g = self._governor(i, -1)
        return g is not None and any(f in verbs for f in self.doc.forms(g))

    def _in_date(self, x: int) -> bool:
        doc = self.doc
        return bool(self.values.dates_in(doc.start[x], doc.end[x])) or \
            bool(self.values.weekdays_in(doc.start[x], doc.end[x]))

    def _redone(self, i: int, b: int) -> bool:
        """A verb of giving back before the verbal noun of another action, past its subject (أعادت X
        نشر قواتها، إعادة تسمية القاعدة، أُعيد فتح المطار): that action done again, not a handover."""
        doc = self.doc
        if not any(f in self.lex.redo_verbs for f in doc.forms(i)):
            return False
        x = i + 1
        while x < b and x < i + 8 and self.owner[x] is not None and self.owner[x].kind is not Kind.BASE \
                and not doc.hard_punct_before(x):
            x = self.owner[x].b                      # the subject of a VSO clause
        return x < b and not doc.hard_punct_before(x) and any(f in self.lex.redo_nouns for f in doc.forms(x))

    def _place_spelt_as_verb(self, i: int) -> bool:
        """A bare three-letter verb with the article, governed by a preposition of place (في الخرج،
        من الخرج، إلى الخرج): a verb never takes ال, so it is a name, not "left"; its clause
        goes on past it."""
        doc = self.doc
        if not doc.defn[i] or len(doc.forms(i)[0]) != 3 or i == 0 or doc.punct_before(i):
            return False
        return doc.norm[i - 1] in self.lex.place_spelt_preps or "LOCALITY" in self.tags[i - 1]   # مدينة الخرج

    def _stative(self, i: int) -> bool:
        """A present control / stationing verb after a relative pronoun or a form of كان (المعسكرات
        التي تسيطر عليها X، الذي تنتشر فيه X، كانت X تسيطر على ...), or a noun of control after
        تحت (تحت سيطرة X): who holds it, not a handover."""
        doc = self.doc
        if i > 0 and doc.norm[i - 1] == "تحت" and not doc.punct_before(i):
            return True                              # تحت سيطرة X: under X's control, a state
        if "STATIVE" not in self.tags[i]:
            return False
        for x in range(i + 1, min(self.n, i + 10)):   # تنتشر X في المطار منذ 2019: a state since then
            if doc.hard_punct_before(x) or self.tags[x] & {"TRIGGER", "SPEECH", "COMPL"}:
                break
            if doc.norm[x] == "منذ":
                return True
        for x in range(i - 1, max(-1, i - 5), -1):
            if doc.punct_before(x + 1):
                return False
            if doc.norm[x] in RELATIVES or any(f in KANA for f in doc.forms(x)):
                return True
        return False

    def _modal(self, t: int, a: int, we: int) -> bool:
        """Is the trigger planned, future, negated, conditional or a purpose (not done)?"""
        doc = self.doc
        tr = self.lex.profile(doc.norm[t]).trigger
        if tr.future:
            return True
        w = doc.norm[t]
        if (w.startswith("لل") or (w[:1] == "ل" and doc.forms(t)[-1] != w)) and tr.form[:1] not in "ل":
            return True                              # للانسحاب، لإخلاء: in order to withdraw
        g = self._governor(t, a) if tr.needs_before or masdar(tr.form) else None
        if g is not None and any(self.tags[x] & {"MODAL", "NEG", "FUTURE_VERB"} for x in range(max(a, g - 3), g + 1)):
            return True                              # لم تتمكن X من اقتحام، تنوي X إنهاء وجودها: the verb's mood
        for x in range(max(a, t - 3), t):
            if self.tags[x] & {"MODAL", "NEG", "FUTURE_VERB"}:
                return True
            v = doc.norm[x]
            if v[:1] == "ل" and len(v) > 4 and "VN" in self.tags[x]:
                return True                          # لاستكمال الانسحاب: a purpose
        for x in range(max(a, t - 4), t):
            v = doc.forms(x)[-1]
            if v[:1] == "س" and v[1:2] in ("ي", "ت", "ن") and len(v) > 4 and not v.endswith(("ه", "ات", "ين")) \
                    and not self.tags[x] and not any(doc.punct_before(y) for y in range(x + 1, t + 1)):
                return True                          # ستواصل X نقل، سيبدأ انسحاب: a future verb's object
        if t > a and doc.norm[t - 1] == "قد" and doc.forms(t)[-1][:1] == "ي" and not doc.punct_before(t):
            return True                              # قد يتسلم: may (قد before a present verb), not done
        if t > a and "IMMINENT" in self.tags[t - 1] and not doc.punct_before(t):
            return True                              # عن قرب انسحاب: about to happen
        if t + 1 < we and "MODAL_AFTER" in self.tags[t + 1]:
            return True                              # الانسحاب المرتقب
        for x in range(t + 1, min(we, t + 14)):
            if "FUTURE_VERB" in self.tags[x]:
                return True                          # ... سيبدأ بعد
        if t > 0 and doc.forms(t - 1)[0] in ("سيتم", "ستتم", "سيجري"):
            return True
        return any("DENIAL" in self.tags[x] for x in range(a, t))   # what is denied was not done

    def _pluperfect(self, t: int, a: int) -> bool:
        """وكان X قد سلّم / وكانت القوات قد انسحبت: a form of كان, then قد right before the verb
        (the subject between them), in one clause: told as having happened before the news."""
        doc = self.doc
        if t < 2 or doc.norm[t - 1] not in ("قد", "لقد") or doc.punct_before(t) or doc.punct_before(t - 1):
            return False
        for x in range(t - 2, max(a, t - 12) - 1, -1):
            if any(f in KANA for f in doc.forms(x)):
                return True
            if doc.hard_punct_before(x) or self.tags[x] & {"TRIGGER", "SPEECH", "COMPL"}:
                return False
        return False

    def _consequence(self, t: int, a: int, prev: list) -> "Claim | None":
        """لـ + a present receiving verb right after a handover done in the same sentence, with the
        base as its object pronoun or حلّ محلها (انسحبت X من القاعدة، لتدخلها بعد ساعات قوات Y):
        what followed, not a purpose. The claim of the handover it follows, else None."""
        doc = self.doc
        tr = self.lex.profile(doc.norm[t]).trigger
        w, stem = doc.norm[t], doc.forms(t)[-1]
        if tr.type not in ("receive", "replace") or not (tr.pronoun or tr.needs_next) or tr.future:
            return None
        if w[:1] != "ل" or w.startswith("لل") or stem == w or stem[:1] not in ("ت", "ي"):
            return None
        last = next((c for c in reversed(prev) if a <= c.t < t), None)
        if last is None or not last.factual or last.base is None or last.type not in ("leave", "give", "close"):
            return None
        if any(self.tags[x] & {"MODAL", "NEG", "FUTURE_VERB", "TRIGGER"} for x in range(last.t + 1, t)):
            return None
        return last
