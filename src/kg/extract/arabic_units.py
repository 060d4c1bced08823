"""Military units named in an Arabic article (rules of
:class:`~kg.extract.arabic_mentions.MentionFinder`, split from :mod:`.arabic_forces`).

A unit noun (لواء، فرقة، فيلق، كتيبة ...) names a force with a quoted name, a number or an ordinal,
the adjectives after it, its arm (مشاة، لمشاة البحرية) and the formation it belongs to; a military
region (المنطقة العسكرية الثانية، المنطقة العسكرية الوسطى) is a command of its own.
"""
from __future__ import annotations

from ..model import Kind
from .arabic_common import BASE_HEADS, M, conjoined

# The words these rules know (the arms, their qualifiers, the adjectives of belonging, the unit
# nouns that are no rank, a military region's words ...) are data: the ``military_units`` section
# of ``data/lang/ar/lexicon.json``, read through the finder's ArabicLexicon (``self.lex``).


class UnitRules:
    """A mixin of :class:`~kg.extract.arabic_mentions.MentionFinder` (through
    :class:`~kg.extract.arabic_forces.ForceRules`)."""

    def _unit(self, i: int, arm: bool = True) -> M | None:
        """A military unit: لواء / فرقة / فيلق ... with a quoted name, a number, an ordinal (and
        the adjectives after it, and its arm unless ``arm`` is false: a base's rules read the arm
        themselves) or, both definite, a nationality (الكتيبة الأردنية). A unit noun before a
        personal name is a rank (اللواء X)."""
        doc, n = self.doc, self.n
        head = doc.forms(i)[0]
        j = i + 1
        if j >= n:
            return None
        q = self._quoted_at(j)
        if q:
            qa, qb, qend = q
            return M(Kind.FORCE, i, qb, doc.start[i], qend, "named", name=doc.text[doc.start[i]:qend],
                     head=head, ident=self._lazy(qa, qb))
        if self.punct(j):
            return None
        if self.defn[i] and self.defn[j] and self.demonym(j):
            k = j + 1
            if "RANK_AMBIG" in self.tags[i] and k < n and not self.punct(k) and not self.defn[k] \
                    and (not self.tags[k] or "GIVEN" in self.tags[k]) and doc.norm[k][:1] != "و" \
                    and not doc.norm[k].isdigit():
                return None                            # اللواء الكيني X: a rank, its nationality, a name
            return M(Kind.FORCE, i, j + 1, doc.start[i], doc.end[j], "named", name=doc.surface(i, j + 1),
                     head=head, ident=self._lazy(i, j + 1))   # الكتيبة الأردنية: a national unit
        if not self.defn[i] and head in self.lex.named_units and "ORDINAL_ADJ" not in self.tags[j]:
            e = self._construct_chain(j) or (j + 1 if self.defn[j] and doc.norm[j].startswith("ال")
                                             and not self.tags[j] and not self.demonym(j) else None)
            if e:                                      # كتيبة حماية المطار، كتيبة الفاروق
                return self._named(i, i, e, head)
        if doc.norm[j].isdigit() or ("ORDINAL_ADJ" in self.tags[j] and self.defn[j] == self.defn[i]):
            fem = head.endswith("ه")
            b = j + 1
            if "ORDINAL_ADJ" in self.tags[j] and b < n and not self.punct(b) and doc.norm[b] in self.lex.teens:
                b += 1                                 # الفرقة الحادية عشرة
            while b < n and not self.punct(b) and self.defn[b] and not self.demonym(b) \
                    and agreeing_adjective(doc.forms(b)[0], fem) and doc.forms(b)[0] not in self.lex.belonging:
                b += 1
            b = self._parent_formation(self._arm_of_unit(b) if arm else b)
            return M(Kind.FORCE, i, b, doc.start[i], doc.end[b - 1], "named", name=doc.surface(i, b),
                     head=head, ident=self._lazy(i, b))
        return None

    def _arm_of_unit(self, b: int) -> int:
        """A numbered unit named with its arm (the branch it fights in): an indefinite arm noun
        and its qualifier (الفرقة 21 مشاة، اللواء 35 مدرع، الفوج الثاني مشاة بحرية) or the arm
        after لـ with its definite adjectives and nationality (الكتيبة السادسة لمشاة البحرية
        الفرنسية، الفوج الأول للمظليين). The end of the name: b when no arm follows."""
        doc, n = self.doc, self.n
        if b >= n or self.punct(b) or not set(doc.forms(b)) & self.lex.arms:
            return b
        w = doc.norm[b]
        if doc.forms(b)[0] in self.lex.arms and not self.defn[b]:
            e = b + 1                                  # مشاة، مدرع
            if e < n and not self.punct(e) and not self.defn[e] and doc.norm[e] in self.lex.arm_qualifiers:
                e += 1                                 # مشاة بحرية
            return e
        if w[:1] != "ل":
            return b
        e = b + 1                                      # لمشاة، للمظليين
        while e < n and e < b + 4 and not self.punct(e) and self.defn[e] and not conjoined(doc.norm[e]) \
                and (self.demonym(e) or doc.forms(e)[0] in self.lex.arm_qualifiers):
            e += 1                                     # البحرية الفرنسية
        return e

    def _parent_formation(self, b: int) -> int:
        """A numbered unit named with the formation it belongs to (الكتيبة الأولى من فوج X): the
        end of the formation's name after من + an indefinite unit noun, or b when none follows."""
        doc, n = self.doc, self.n
        formation = self._formation_in(b)
        if formation is not None:
            return formation
        if b + 2 >= n or self.punct(b) or doc.norm[b] != "من" or self.punct(b + 1) or self.punct(b + 2) \
                or "FH_UNIT" not in self.tags[b + 1] or self.defn[b + 1]:
            return b
        e = b + 2
        while e < n and e < b + 6 and (e == b + 2 or not self.punct(e)) and not doc.norm[e].isdigit() \
                and not (self.tags[e] & (BASE_HEADS | _CLAUSE_TAGS)) and not conjoined(doc.norm[e]):
            e += 1
        return e if e > b + 2 else b

    def _formation_in(self, b: int) -> int | None:
        """The formation a numbered unit serves in, after في or an adjective of belonging (see
        :meth:`_formation_belonged`) (اللواء الثالث في فرقة الفرسان الأولى،
        الكتيبة 12 في اللواء الخامس): a unit named by its words and an ordinal or a number. The end
        of its name, which closes the unit's; None after في + a place (اللواء الثالث في الموصل:
        where it is) or an army (الفرقة التاسعة في الجيش X: two forces, whose chain the roles
        read, see :meth:`~kg.extract.arabic_roles.RoleRules._chain_head`)."""
        doc, n = self.doc, self.n
        x = b + 1
        if x < n and not self.punct(b) and self.lex.belonging_adjective(doc.norm[b]):
            return self._formation_belonged(x)
        if x >= n or self.punct(b) or self.punct(x) or doc.norm[b] != "في" or "FH_UNIT" not in self.tags[x]:
            return None
        if self.defn[x]:
            u = self._unit(x, arm=False)               # في اللواء الخامس
            if u is None:
                return None
            return self._without_object_base(x, u.b)
        e = x + 1                                      # في فرقة الفرسان الأولى، في لواء المظليين 82
        while e < n and e < x + 4 and not self.punct(e) and self.defn[e] and not self.demonym(e) \
                and not (self.tags[e] & (BASE_HEADS | _CLAUSE_TAGS)) and not conjoined(doc.norm[e]):
            e += 1
            if "ORDINAL_ADJ" in self.tags[e - 1]:
                if e < n and not self.punct(e) and "NUMBER" in self.tags[e]:
                    e += 1                             # فرقة المشاة الحادية عشرة
                break                                  # the ordinal closes the name
        if e < n and not self.punct(e) and doc.norm[e].isdigit() and len(doc.norm[e]) <= 4:
            e += 1
        last = e - 1
        if e == x + 1 or not (self.tags[last] & {"ORDINAL_ADJ", "NUMBER"} or doc.norm[last].isdigit()):
            return None
        return e

    def _formation_belonged(self, x: int) -> int | None:
        """The numbered formation after an adjective of belonging (اللواء الثالث التابع للفيلق
        205، الكتيبة 4 التابعة لـ"الفرقة 9"): the end of its name, which closes the unit's. An army
        or a body after it (التابعة للجيش X) stays a force of its own."""
        doc, n = self.doc, self.n
        if x < n and doc.norm[x] == "ل":
            x += 1                                     # التابعة لـ الفرقة: the preposition on its own
        elif x >= n or not doc.norm[x].startswith("لل"):
            return None
        if x >= n or self.punct(x) and not self._quoted_at(x) or "FH_UNIT" not in self.tags[x] or not self.defn[x]:
            return None
        u = self._unit(x, arm=False)
        return self._without_object_base(x, u.b) if u is not None and u.a == x else None

    def _without_object_base(self, x: int, e: int) -> int:
        """The end of a formation's name at x without a base noun after it (... اللواء الخامس
        المعسكر: the base is the verb's object)."""
        while e > x + 2 and self.tags[e - 1] & BASE_HEADS:
            e -= 1
        return e

    def _number_after_name(self, i: int) -> M | None:
        """A singular unit or task force in construct with its name, then its number (فيلق النمر
        208، قوة المهام 151، لواء الحسم 12): the number closes the name. One to three name words
        (a definite complement, its adjectives, or a word no list knows, not shaped like a verb in
        the present), and a number of up to four digits that is no year, no day of a date and
        counts no troops (قوة تضم 300 جندي)."""
        doc, n = self.doc, self.n
        if self.defn[i] or "POSS" in self.tags[i] or doc.norm[i][-1:] in ("ت",) or doc.norm[i].endswith("ات"):
            return None
        k = i + 1
        while k < n and k < i + 4 and not self.punct(k) and not doc.norm[k].isdigit():
            w, t = doc.norm[k], self.tags[k]
            if self.demonym(k) or self.gaz_at(k) is not None or conjoined(w) \
                    or t - {"F_GENERIC", "B_GENERIC", "B_ADJ"} or doc.accusative_indefinite(k):
                return None
            if not self.defn[k] and (k > i + 1 or w[:1] in self.lex.present_prefixes):
                return None                            # قوة تضم ...: a verb, no name
            k += 1
        if k == i + 1 or k >= n or self.punct(k) or not doc.norm[k].isdigit():
            return None
        num = doc.norm[k]
        if len(num) > 4 or (len(num) == 4 and num[:2] in ("19", "20")):
            return None
        if k + 1 < n and not self.punct(k + 1) and self.tags[k + 1] & {"TIME", "TROOP_NOUN", "NUMBER"}:
            return None                                # 14 آذار؛ 300 جندي
        e = k + 1
        return M(Kind.FORCE, i, e, doc.start[i], doc.end[e - 1], "named", name=doc.surface(i, e),
                 head=doc.forms(i)[0], ident=self._lazy(i, e))

    def _region_head(self, i: int) -> bool:
        """المنطقة before العسكرية: it may open a military region's name (the finder starts a
        mention there, though المنطقة alone is no head)."""
        region, military = self.lex.military_region
        return i + 1 < self.n and self.doc.forms(i)[-1] == region and self.doc.forms(i + 1)[0] == military

    def _military_region(self, i: int) -> M | None:
        """A military region, the command of an army's forces in a part of the country (المنطقة
        العسكرية الثانية، المنطقة العسكرية 4، المنطقة العسكرية الوسطى، بالمنطقة العسكرية
        الشمالية الغربية): a force named by its ordinal, number or region adjective. Indefinite
        (منطقة عسكرية: any military zone) or without such a word after it, it names none."""
        doc, n = self.doc, self.n
        region, military = self.lex.military_region
        j = i + 1
        if j + 1 >= n or not self.defn[i] or doc.forms(i)[-1] != region or self.punct(j) \
                or doc.forms(j)[0] != military or not self.defn[j] or self.punct(j + 1):
            return None
        k = j + 1
        if doc.norm[k].isdigit() and len(doc.norm[k]) <= 2:
            e = k + 1
        elif "ORDINAL_ADJ" in self.tags[k] and self.defn[k]:
            e = k + 1
            if e < n and not self.punct(e) and doc.norm[e] in self.lex.teens:
                e += 1                                 # المنطقة العسكرية الحادية عشرة
        else:
            e = k
            while e < n and e < k + 2 and (e == k or not self.punct(e)) and self.defn[e] \
                    and doc.forms(e)[0] in self.lex.region_adjectives:
                e += 1
            if e == k:
                return None
        return M(Kind.FORCE, i, e, doc.start[i], doc.end[e - 1], "named", name=doc.surface(i, e),
                 head=region, ident=self._lazy(i, e))


_CLAUSE_TAGS = frozenset({"TRIGGER", "SPEECH", "FUNC", "TIME", "COMPL", "NEG", "MODAL", "FUTURE_VERB", "PASSIVE"})


def agreeing_adjective(word: str, fem: bool) -> bool:
    """Could a definite word (article off) be an adjective agreeing with a head of this gender?
    Feminine: it ends in ta marbuta (الدائمة، المنتشرة); masculine: a relative adjective in -ي
    (الدائمي) or a participle (المشترك). Plural or dual endings never agree here."""
    if len(word) < 4 or word.endswith(("ات", "ين", "ون", "ان")):
        return False
    if fem:
        return word.endswith("ه")
    return word.endswith("ي") or (word[0] == "م" and not word.endswith("ه"))
