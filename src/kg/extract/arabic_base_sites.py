"""Bases that are the seat of an institution (a helper of :class:`~kg.extract.arabic_bases.BaseRules`).

News tells the sites forces seize, hold and hand over as buildings and compounds of the state's
command, ministries, embassies and palaces: مبنى وزارة الدفاع السابق، مجمع السفارة الأمريكية،
مقر القيادة الشمالية الشرقية، مبنى القيادة العامة للقوات المسلحة، مجمع قصر X. The head with
the institution and what names it (its adjectives and genitives) is the base's name."""
from __future__ import annotations

from ..model import Kind
from .arabic_common import M, conjoined

_NAME_ENDS = frozenset({"FUNC", "TRIGGER", "DEST", "LOCALITY", "TIME", "SPEECH", "COMPL"})
_MAX_NAME_WORDS = 4


class BaseSiteRules:
    """Institution-seat helpers of the base rules (a mixin of :class:`~kg.extract.arabic_mentions.MentionFinder`)."""

    def _site_only_head(self, i: int) -> bool:
        """A building noun (مبنى) that is a base only as an institution's seat."""
        return any(f in self.lex.site_only_heads for f in self.doc.forms(i))

    def _institution_seat(self, i: int, j: int) -> M | None:
        """Head i in construct with an institution at j (قيادة، وزارة، سفارة، قصر ...) and at least
        one word naming which (القيادة العامة، وزارة الدفاع، قصر X): a base named by all of it.
        The name runs over definite words and a genitive with لل (للقوات المسلحة), indefinite
        ones only in a construct chain (قيادة فرقة X), and ends at punctuation, a conjunction, a
        place link (في) or a function or verb word."""
        doc, n = self.doc, self.n
        if j >= n or self.punct(j) or conjoined(doc.norm[j]) \
                or not any(f in self.lex.institution_seats for f in doc.forms(j)):
            return None
        if self._force_command(j):
            return None                       # مقر قيادة قوات X: a force's seat, told by where it is
        e = j + 1
        while e < n and e < j + 1 + _MAX_NAME_WORDS and not self.punct(e) and not conjoined(doc.norm[e]) \
                and doc.norm[e] not in ("في", "التي", "الذي") and not self.tags[e] & _NAME_ENDS \
                and (self._definite_or_genitive(e) or not self._definite_or_genitive(e - 1)):
            e += 1                            # an indefinite word only goes on a construct chain
        while e > j + 1 and not self._definite_or_genitive(e - 1) and self.tags[e - 1] and not self.latin[e - 1]:
            e -= 1                            # مقر قيادة فرقة ...: a chain ends on its genitive, not a common noun
        if e == j + 1:
            return None                       # مقر القيادة، مبنى الوزارة: which one is not told
        return M(Kind.BASE, i, e, doc.start[i], doc.end[e - 1], "named", name=doc.surface(i, e),
                 head=doc.forms(i)[0], ident=self._lazy(i, e))

    def _definite_or_genitive(self, k: int) -> bool:
        return self.defn[k] or self.doc.norm[k].startswith("لل")

    def _force_command(self, j: int) -> bool:
        """A command in construct with a force or unit (قيادة مجموعة القوات، قيادة فرقة X، قيادة
        التحالف): the seat is that force's, and the base rules before name it by its place."""
        x = j + 1
        if x >= self.n or self.punct(x) or not self.has(j, "B_GENERIC"):
            return False
        return bool(self.tags[x] & {"FH_STRONG", "FH_WEAK", "FH_UNIT"}) or self.gaz_at(x, (Kind.FORCE,)) is not None \
            or any(f in self.lex.seat_bodies or f in self.lex.force_group_nouns for f in self.doc.forms(x))
