"""A country's own services, and the party a country takes part through, in an Arabic article
(rules of :class:`~kg.extract.arabic_mentions.MentionFinder`, split from :mod:`.arabic_forces`).

A country's police, peacekeepers, gendarmerie and national guard are forces apart from its army
(lexicon ``own_services``); its military police is the army's. A country that takes part only
through its authorities, its peacekeepers or its contingent in a mission (السلطات X، قوات حفظ
السلام X، الكتيبة X) is that party wherever the article names the country bare (see
:func:`kg.extract.arabic._stand_ins`)."""
from __future__ import annotations

from ..model import Kind
from .arabic_common import M

_MILITARY = frozenset({"عسكريه", "العسكريه"})


class ServiceRules:
    """A mixin of :class:`~kg.extract.arabic_mentions.MentionFinder` (through :class:`ForceRules`)."""

    def _own_service(self, a: int, b: int) -> str | None:
        """A country's service that is a force apart from its army (its police, peacekeepers,
        gendarmerie, national guard: lexicon ``own_services``), named in tokens [a, b): the
        service's words, or None. Its military police (الشرطة العسكرية X) is part of the army."""
        forms = {f for k in range(a, b) for f in self.doc.forms(k)}
        if forms & _MILITARY:
            return None
        for words in self.lex.own_services:
            if forms.issuperset(words):
                return " ".join(sorted(words))
        return None

    def _service(self, a: int, b: int, place: str, service: str, head: str) -> M:
        """A country's own service (قوات حفظ السلام الروسية): known by the country and the
        service together, so it never joins the country's army nor a bare mention of the country."""
        doc = self.doc
        extra = {"fixed_ident": True, "service": service}
        if service in self.lex.services_abroad:
            extra["stands_for"] = place              # peacekeepers: the country's troops abroad
        return M(Kind.FORCE, a, b, doc.start[a], doc.end[b - 1], "named", name=doc.surface(a, b), head=head,
                 ident=frozenset({"#" + place, service}), extra=extra)

    def _unit_of_service(self, i: int, j: int, head: str) -> M | None:
        """A unit noun before a country's service and nationality (وحدة حفظ السلام الروسية): the
        unit is how the article names that service."""
        doc, n = self.doc, self.n
        if j >= n or self.punct(j) or doc.norm[j][:1] in "لب":
            return None                               # الكتيبة للشرطة X: given to the police, no name
        k = j
        while k < n and k < j + 4 and not self.punct(k) and self.has(k, "F_GENERIC"):
            k += 1
        if k == j or k >= n or self.punct(k) or not self.demonym(k):
            return None
        svc = self._own_service(j, k)
        return self._force_tail(self._service(i, k + 1, self.demonym(k), svc, head)) if svc else None


def stands_for_country(lex, head: str, ident: frozenset[str], unit: bool = False) -> str | None:
    """The country a body or a unit named by its nationality alone stands for (السلطات الإستونية:
    estonia; الكتيبة البرازيلية: a country's contingent in a mission, brazil)."""
    if len(ident) != 1 or not head:
        return None
    if not unit and not any(head in w for w in lex.stand_for_country_heads):
        return None
    (w,) = ident
    return w[1:] if w.startswith("#") else None
