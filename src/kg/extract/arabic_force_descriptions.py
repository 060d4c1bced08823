"""Forces named by a description rather than a name, in an Arabic article (rules of
:class:`~kg.extract.arabic_mentions.MentionFinder`, split from :mod:`.arabic_forces`).

A head noun and adjectives can name a force when they say what it is made of (القوات متعددة
الجنسيات), whom it belongs to (القوة المشتركة للحركات المسلحة) or which region a command of a
known force covers (قيادة الجيش X الجنوبية); an indefinite adjective after an indefinite head
(قوة إقليمية) only describes forces of that kind. A force named by its make-up keeps its head
noun in its identity, so that it never joins the army of a country named in it.
"""
from __future__ import annotations

from .arabic_common import M, conjoined
from .arabic_units import agreeing_adjective


class DescribedForceRules:
    """A mixin of :class:`~kg.extract.arabic_mentions.MentionFinder` (through
    :class:`~kg.extract.arabic_forces.ForceRules`): it uses the finder's predicates and helpers."""

    def _indefinite_adjective(self, j: int) -> bool:
        """An indefinite adjective right after an indefinite head (جماعات مرتبطة، جماعات بيئية،
        قوة محايدة، قيادة إقليمية): a relative adjective in -ية or a feminine participle in م-...-ة
        that no list knows but as an adjective, with no definite word after it (مكافحة الإرهاب: a
        verbal noun in construct)."""
        doc, n = self.doc, self.n
        w = doc.norm[j]
        if len(w) < 5 or self.tags[j] - {"VN", "B_ADJ"} or self.demonym(j) or self.gaz_at(j) is not None:
            return False
        if not (w.endswith("يه") or (w[0] == "م" and w.endswith("ه"))):
            return False
        return j + 1 >= n or self.punct(j + 1) or not self.defn[j + 1]

    def _owners_described(self, k: int) -> int | None:
        """After a joint or government force (القوة المشتركة): لـ + the bodies it belongs to, named
        by a plural or a body's head noun and its adjectives (للحركات المسلحة، للفصائل
        الموقعة): the end of that description, or None (للمرة الأولى، للسيطرة على: no owner)."""
        doc, n = self.doc, self.n
        w = doc.norm[k] if k < n and not self.punct(k) else ""
        if not w.startswith("لل") or len(w) < 6 or self.demonym(k) or self.gaz_at(k) is not None:
            return None
        t = self.tags[k]
        if not (t & {"ORG_HEAD", "FH_STRONG", "FH_WEAK", "PARTITIVE"} or not t and self._persons_plural(w[2:])):
            return None                               # للتحصينات الخلفية: things, not owners
        e = k + 1
        while e < n and e < k + 3 and not self.punct(e) and self.defn[e] and not self.demonym(e) \
                and not conjoined(doc.norm[e]) and any(agreeing_adjective(doc.forms(e)[0], f) for f in (True, False)):
            e += 1                                    # either gender: a broken plural agrees in the feminine
        return e

    @staticmethod
    def _persons_plural(w: str) -> bool:
        """A plural of persons with no list of its own: a nisba plural (الجنوبيين، الكرديون) or a
        participle's sound plural (المتمردين، المقاتلون); a plural in ات names things as often."""
        if w.startswith("ال"):
            w = w[2:]
        return len(w) >= 5 and (w.endswith(("يين", "يون")) or w[0] == "م" and w.endswith(("ين", "ون")))

    def _region_adjective(self, k: int) -> bool:
        """A definite adjective of where a command lies (الجنوبية، الجنوبي، الوسطى) at token k, in
        either gender: after the command's head and the force it serves, it names the command."""
        if k >= self.n or self.punct(k) or not self.doc.norm[k].startswith("ال"):
            return False
        w = self.doc.forms(k)[0]
        return w in self.lex.region_adjectives or w + "ه" in self.lex.region_adjectives

    def _adjective_construct(self, j: int) -> int | None:
        """An adjective in construct with a definite noun (متعددة الجنسيات: "of many nationalities"),
        the improper annexation Arabic names a force's make-up with: the end of the pair, or None."""
        doc, n = self.doc, self.n
        e = j + 1
        if j >= n or self.punct(j) or e >= n or self.punct(e) or not self.has(j, "F_NAMED_ADJ"):
            return None
        if not self.defn[e] or self.tags[e] or self.demonym(e) or self.gaz_at(e) is not None:
            return None
        if doc.norm[j].startswith("ال") and not doc.norm[e].startswith("ال"):
            return None
        return e + 1

    def _made_up(self, i: int, e: int, head: str) -> M:
        """A force named only by its head and make-up (القوات / فرقة متعددة الجنسيات، فصائل
        عراقية): its head noun is part of what identifies it, so the force and a unit of it stay
        two, and militias of a country never join its army."""
        m = self._named(i, i, e, head)
        m.ident = frozenset(self.doc.forms(k)[0] for k in range(i, e))
        m.extra["fixed_ident"] = True
        return self._force_tail(m)
