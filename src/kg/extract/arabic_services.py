"""A country's own services, the party a country takes part through, and forces loyal to a
country or body (a proxy: فصائل موالية لإيران), in an Arabic article
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

    def _proxy(self, i: int) -> M | None:
        """A force the article introduces by whom it is loyal to or backed by (فصائل مسلحة موالية
        لإيران، ميليشيات مدعومة من تركيا، قوات يمنية موالية لها): the indefinite head, up to three
        adjectives or nationalities agreeing with it, the participle (lexicon ``proxy_links``) and
        its لـ / من phrase. It is a force of its own: never the army of a country named in it.
        Definite (الفصائل الموالية لأنقرة) it describes a force the article knows by its name."""
        doc, n = self.doc, self.n
        if self.defn[i]:
            return None
        k = i + 1
        while k < n and k < i + 4 and not self.punct(k) and self.lex.proxy_links.isdisjoint(doc.forms(k)):
            if self.defn[k] != self.defn[i] or not self.demonym(k) and (
                    self.tags[k] - {"F_GENERIC"} or doc.norm[k][:1] == "و"):
                return None                           # no adjective of the head: a clause goes on
            k += 1
        x = k + 1
        if x >= n or self.punct(k) or self.punct(x) or self.defn[k] != self.defn[i] \
                or self.lex.proxy_links.isdisjoint(doc.forms(k)) or doc.norm[k][:1] in "وف":
            return None                               # والموالية لـ: a second force, joined
        if doc.norm[x] == "من" and x + 1 < n and not self.punct(x + 1):
            x += 1                                    # مدعومة من X
        elif doc.norm[x][:1] != "ل" or len(doc.norm[x]) < 3:
            return None
        gm = self.gaz_at(x, short=True)
        e = gm.last if gm is not None else x + 1
        return M(Kind.FORCE, i, e, doc.start[i], doc.end[e - 1], "named", name=doc.surface(i, e),
                 head=doc.forms(i)[0], ident=("lazy", i, e, False))

    def _soldiers_counted(self, i: int) -> bool:
        """Are the soldiers at token i counted (مئات الجنود، 500 من العسكريين، ألف من الجنود)?"""
        doc = self.doc
        x = i - 1
        if x >= 0 and doc.norm[x] == "من" and not self.punct(i):
            x -= 1
        if x < 0 or self.punct(x + 1):
            return False
        return doc.norm[x].isdigit() or "NUMBER" in self.tags[x] \
            or not self.lex.nation_troops_counts.isdisjoint(doc.forms(x))

    def _nation_troops(self, i: int) -> M | None:
        """A country's soldiers, definite, with its nationality (الجنود الأمريكيون، آخر العسكريين
        الروس، للعناصر الفرنسية): the country's force as a party, as its bare people are (الروس).
        No head noun is kept, so where the country takes part through one service they are that
        service (see :func:`kg.extract.arabic._stand_ins`). Indefinite (جنود روس) or counted (مئات
        الجنود الروس) they are men, maybe a contingent of another party."""
        doc, n = self.doc, self.n
        j = i + 1
        if j >= n or self.punct(j) or not self.defn[i] or not self.defn[j] \
                or self.lex.nation_troops.isdisjoint(doc.forms(i)):
            return None
        place = self.demonym(j)
        if not place or self._soldiers_counted(i):
            return None
        end = j + 1
        if end < n and not self.punct(end) and self.defn[end] and self.demonym(end) == place:
            end += 1                                  # الجنوب إفريقيين: a two-word nationality
        return self._national(i, end, place, "")


def stands_for_country(lex, head: str, ident: frozenset[str], unit: bool = False) -> str | None:
    """The country a body or a unit named by its nationality alone stands for (السلطات الإستونية:
    estonia; الكتيبة البرازيلية: a country's contingent in a mission, brazil)."""
    if len(ident) != 1 or not head:
        return None
    if not unit and not any(head in w for w in lex.stand_for_country_heads):
        return None
    (w,) = ident
    return w[1:] if w.startswith("#") else None
