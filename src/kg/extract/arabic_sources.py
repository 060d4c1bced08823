"""Who is no speaker, or speaks for someone else (rules of
:class:`~kg.extract.arabic_statements.StatementFinder`, through
:class:`~kg.extract.arabic_speakers.SpeakerRules`).

News outlets, unnamed postings and anonymous sources report nobody's words (مصدر مطلع، مصادر،
صفحات إخبارية، وسائل إعلام); an indefinite role noun standing alone (ضابط أسترالي) is someone
unnamed. An unnamed official or source of a named body (مسؤول في وزارة X، مصدراً في قيادة X)
speaks for the body; an addressee (قال لـ«الصحيفة») is never the subject.
"""
from __future__ import annotations

from functools import lru_cache

from ..model import Kind
from .arabic_common import M
from .arabic_lex import _set
from .lexicon import load_lexicon

_OPENING_AUXILIARIES = frozenset({"كان", "كانت", "وكان", "وكانت", "قد", "وقد", "لقد", "ولقد"})


@lru_cache(maxsize=None)
def speech_words(key: str) -> frozenset[str]:
    """A list of the lexicon's speech section, folded as the text's words are looked up."""
    return _set(load_lexicon("ar")["speech"].get(key, ()))


class SourceRules:
    """A mixin of :class:`~kg.extract.arabic_statements.StatementFinder`."""

    def _report_source(self, x: int) -> bool:
        """Unnamed outlets or postings (حسابات، صفحات إخبارية، منصات، وسائل إعلام، تقارير): like a
        news outlet, nobody to credit with what they report."""
        m = self.owner[x]
        if m is not None and m.cat not in ("media", "anon"):
            return False
        return any(f in speech_words("report_sources") for f in self.doc.forms(x)[:2])

    def reported_by_outlets(self, a: int, b: int) -> bool:
        """Does the sentence [a, b) open with unnamed outlets as its subject (وكانت صفحات إخبارية
        قد زعمت أن ...، وكانت حسابات على مواقع التواصل تداولت صوراً قالت إنها ...)? Its verbs
        without a subject of their own then speak for them, for no earlier speaker."""
        doc = self.doc
        for k in range(a, min(b, a + 3)):
            if doc.norm[k] in _OPENING_AUXILIARIES:
                continue
            return "MEDIA" in self.tags[k] and (self.owner[k] is None or self.owner[k].cat == "media") \
                or self._report_source(k)
        return False

    def _body_of_official(self, x: int) -> M | None:
        """The named body unnamed officials at x speak for (مسؤولون في وزارة X، مسؤولين عسكريين في
        قيادة X): one of the body_officials (plural: one official stays anonymous), indefinite, up
        to two adjectives (عسكريون، رفيعو المستوى), then في / من / لدى and a force or body; None
        for officials of no body (مسؤولون في بغداد) or close to it (مقرّبون من X)."""
        doc = self.doc
        if doc.defn[x]:
            return None
        w = doc.forms(x)[0]
        officials = speech_words("body_officials")
        if w not in officials and not (w.endswith("ا") and w[:-1] in officials):
            return None
        y = x + 1
        while y < self.n and y - x <= 3 and not doc.punct_before(y) and self.owner[y] in (None, self.owner[x]) \
                and self._official_modifier(y):
            y += 1                                   # مصدر أمني، مسؤولون عسكريون، رفيع المستوى
        if y + 1 >= self.n or doc.punct_before(y) or doc.norm[y] not in ("في", "من", "لدي") or doc.punct_before(y + 1):
            return None
        m = self.starting(y + 1)
        if m is None or m.kind not in (Kind.FORCE, Kind.ORGANIZATION) or not self.actor(m) \
                or m.cat in ("media", "anon", "fanaphor"):
            return None
        return m

    def _anonymous(self, x: int) -> bool:
        """An indefinite anonymous source (مصدر، مسؤول ...), also in the accusative with its
        tanween alef (لكنّ مصدراً في الوزارة نفى ...); a source stays anonymous with the article
        (وأضافت المصادر، وقال المصدر)."""
        if self.doc.defn[x]:
            return any(f in speech_words("definite_sources") for f in self.doc.forms(x)[:2]) \
                and self.owner[x] is None
        if "ANON" in self.tags[x]:
            return True
        w = self.doc.norm[x]
        return w.endswith("ا") and len(w) > 3 and "ANON" in self.mf.lex.profile(w[:-1]).tags

    def _addressee_end(self, x: int) -> int:
        """The token after an addressee governed by لـ at x (لـ«النهار»، لوكالة الأنباء الرسمية،
        لـ X): a verb of saying is told to a medium or a person, who is never its subject; x
        when what follows the لـ is no name."""
        doc = self.doc
        y = x + 1 if doc.norm[x] == "ل" else x
        if y >= self.n:
            return x
        m = self.owner[y]
        if m is not None and m.a == y:
            z = m.b
            while z < self.n and not doc.punct_before(z) and self.owner[z] is not None \
                    and self.owner[z].a == z and self.owner[z].cat == "media":
                z = self.owner[z].b                  # لوكالة + الأنباء الرسمية: one medium in two pieces
            return z
        g = doc.gap[y]
        if y > x and any(c in g for c in "\"«“"):     # لـ«الصحيفة»: a quoted name
            z = y
            while z + 1 < self.n and z - y < 4 and not any(c in doc.gap[z + 1] for c in "\"»”"):
                z += 1
            return z + 1 if z + 1 < self.n and z - y < 4 else x
        if "MEDIA" in self.tags[y]:
            z = y + 1
            while z < self.n and z - y < 4 and not doc.punct_before(z) and doc.defn[z] and "COMPL" not in self.tags[z]:
                z += 1                               # لوكالة الأنباء الرسمية
            return z
        return x

    def _commanded_force(self, x: int) -> M | None:
        """The force whose command a noun at x names (قيادة القوات المسلحة X، رئاسة أركان الجيش X،
        هيئة الأركان العامة لـ X): up to two command nouns or adjectives, then the force's mention."""
        doc = self.doc
        nouns = speech_words("command_nouns")
        if self.owner[x] is not None or not any(f in nouns for f in doc.forms(x)[:2]):
            return None
        y = x + 1
        while y < self.n and y - x <= 3 and not doc.punct_before(y) and self.owner[y] is None \
                and (any(f in nouns for f in doc.forms(y)[:2]) or doc.norm[y] in ("العامه", "العليا", "المركزيه")):
            y += 1                                   # رئاسة أركان، هيئة الأركان العامة
        m = self.starting(y) if y < self.n and not doc.punct_before(y) else None
        if m is None and y < self.n and doc.norm[y].startswith("ل") and self.owner[y] is not None:
            m = self.owner[y] if self.owner[y].a == y else None     # هيئة الأركان للجيش X
        return m if m is not None and m.kind is Kind.FORCE and self.actor(m) and m.cat != "fanaphor" else None

    def _official_modifier(self, y: int) -> bool:
        """An adjective of an official or a source: a nisba (أمني، عسكريون، حكومية) or رفيع المستوى."""
        w = self.doc.norm[y]
        if w in ("رفيع", "المستوي"):
            return True
        return not self.doc.defn[y] and w.endswith(("ي", "يا", "يه", "ين", "يون")) and w not in ("في", "لدي")

    def _unnamed_holder(self, x: int) -> bool:
        """An indefinite role noun standing alone as the subject (ضابط أسترالي، دبلوماسي، ضابط في
        الجيش): an unnamed holder of the role. A role noun in construct (وزير الدفاع، رئيس البعثة) is
        definite by its genitive and points back to the one who holds it."""
        doc = self.doc
        if "ROLE" not in self.tags[x] or doc.defn[x] or self.owner[x] is not None or self._own_role(x):
            return False
        y = x + 1
        return y >= self.n or doc.punct_before(y) or not doc.defn[y] and doc.norm[y] != "باسم" \
            and self.owner[y] is None and not self.tags[y] & {"COMPL", "SPEECH"}
