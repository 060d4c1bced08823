"""How an Arabic base is named (helpers of :class:`~kg.extract.arabic_bases.BaseRules`): the words
that may be a base's name, the place a base is located by (في [منطقة] X), a person it is named
after, a numbered unit whose seat it is, a base's own number, a quoted code name after the kind
of base (قاعدة الدوريات «X»), the kind of site a common noun names (محطة الرادار ... في X), and
the mention a named base becomes."""
from __future__ import annotations

import bisect

from ..model import Kind
from .arabic_common import NOT_BASE_NAME, M, conjoined

_DASHES = ("-", "–", "—")
_NAME_ENDS = frozenset({"FUNC", "TRIGGER", "DEST", "LOCALITY", "TIME"})   # words after a name, never in it
# The words these rules know (possessive pronouns, compass words, the adjectives of the armed
# services) are data: the ``base_names`` section of ``data/lang/ar/lexicon.json``, read through
# the finder's ArabicLexicon (``self.lex``).


class BaseNameRules:
    """Name helpers of the base rules (a mixin of :class:`~kg.extract.arabic_mentions.MentionFinder`)."""

    def _skip(self, k: int, tags: set[str]) -> int:
        while k < self.n and not self.punct(k) and (self.tags[k] & tags or self._nationality_adjective(k)
                                                     or ("B_ADJ" in tags and self._base_adj(k))):
            k += 1
        return k

    def _nationality_adjective(self, k: int) -> bool:
        """A nationality describing the noun before it (القاعدة الأمريكية). Behind a preposition
        (للعراقيين، بالأفغان) it is a noun of its own, the people or their forces: an adjective
        agrees with its noun and takes no preposition."""
        return bool(self.demonym(k)) and not self._prepositional(k)

    def _base_adj(self, k: int) -> bool:
        """An adjective of a base: a listed one, or a definite participle / verbal noun by its
        shape (القواعد المنقولة، القاعدة المدمرة), or a relative adjective agreeing with the head."""
        t = self.tags[k]
        return "B_ADJ" in t or ("VN" in t and self.defn[k]) or self._agreeing_nisba(k)

    def _agreeing_nisba(self, k: int) -> bool:
        """An indefinite relative adjective in -ية right after an indefinite feminine head or its
        adjective (قاعدة مركزية، نقطة حدودية لوجستية): it describes the base, it does not name it.
        A stem of four letters at least (قونية، a town, has three), no gazetteer name, and no
        definite adjective after it (an indefinite adjective takes none)."""
        doc = self.doc
        if k < 1 or k >= self.n or self.punct(k) or self.defn[k] or self.defn[k - 1] or self.tags[k]:
            return False
        w, prev = doc.norm[k], doc.norm[k - 1]
        if not (w.endswith("يه") and len(w) >= 6 and prev.endswith("ه")) or self.demonym(k):
            return False
        if not (self.tags[k - 1] & {"BH_SING", "B_ADJ"} or self._agreeing_nisba(k - 1)):
            return False
        if k + 1 < self.n and not self.punct(k + 1) and self.defn[k + 1] and self._base_adj(k + 1):
            return False                             # قاعدة أنطاكية الجوية: a name, then its definite adjective
        return self.gaz_at(k) is None

    def _conjunction_after_article(self, k: int) -> bool:
        """An indefinite word opening with و after a definite word of a name (قاعدة الصقر وعبرت،
        معسكر النخيل ويتجه): و links a new clause or item; a name goes on after a definite word
        only with another definite one, while و inside a name follows a bare one (كي وان)."""
        w = self.doc.norm[k]
        return w[:1] == "و" and len(w) > 3 and self.defn[k - 1] and not self.defn[k]

    def _number_ends_name(self, k: int) -> int:
        """A name may end in a number (معسكر الكتيبة 43، مطار الفرقة 17): token k when it is one,
        written in digits, short (not a year) and not the day of a date (29 آذار)."""
        doc, n = self.doc, self.n
        if k < n and not self.punct(k) and doc.norm[k].isdigit() and len(doc.norm[k]) <= 3 \
                and not (k + 1 < n and "TIME" in self.tags[k + 1]):
            return k + 1
        return k

    def _described_by_region(self, i: int, j: int, k: int) -> M | None:
        """An unnamed base told by its kind and region (قاعدة عسكرية رئيسية في غرب البلاد): a base of
        its own, not one named before; its words are its name. Only with an adjective and a
        compass word (شمال، غرب ...) after في."""
        doc, n = self.doc, self.n
        if k == j or "BH_WEAK" in self.tags[i] or doc.norm[k] != "في" or k + 2 >= n:
            return None
        x = k + 1
        if self.punct(x) or "B_LOC" not in self.tags[x] or doc.forms(x)[0] not in self.lex.compass or self.punct(x + 1):
            return None
        e = x + 2
        return M(Kind.BASE, i, e, doc.start[i], doc.end[e - 1], "named", name=doc.surface(i, e),
                 head=doc.forms(i)[0], ident=self._lazy(j, e))

    @staticmethod
    def _located(m: M) -> M:
        """Mark a base named by where it is (القاعدة الجوية في X): X alone later is the town, not
        the base, unless a base head stands right before it (مقر X)."""
        if m.key is None:
            m.extra["located"] = True
        return m

    def _named_base_before(self, i: int) -> bool:
        """Is a base named earlier in token i's sentence?"""
        sent = self.doc.sent[i]
        return any(m.kind is Kind.BASE and m.cat in ("named", "gaz") and self.doc.sent[m.a] == sent
                   for m in getattr(self, "found", ()))

    def _numbered_unit(self, k: int) -> bool:
        """A military unit known by its number or ordinal (اللواء 93، الفرقة السابعة) at token k:
        a base head in construct with it names the unit's seat or camp."""
        if k >= self.n or self.punct(k) or "FH_UNIT" not in self.tags[k] or not self.defn[k]:
            return False
        u = self._unit(k)
        return u is not None and u.b > k + 1 and (self.doc.norm[k + 1].isdigit() or "ORDINAL_ADJ" in self.tags[k + 1])

    def _command_of_unit(self, k: int) -> bool:
        """An indefinite generic complement (قيادة، عمليات) in construct with a numbered unit after a
        base head: مقر قيادة اللواء 8 is the seat of that unit's command."""
        return k + 1 < self.n and "B_GENERIC" in self.tags[k] and not self.defn[k] and not self.punct(k) \
            and self._numbered_unit(k + 1)

    def _possessed(self, k: int) -> bool:
        """An indefinite noun with a possessive pronoun right after a base head (مقر قيادتها،
        موقع فريقه): the head's complement, not a name (a name takes no pronoun). ه counts only
        as written (a folded ة is no pronoun)."""
        doc = self.doc
        if k >= self.n or self.punct(k) or self.defn[k] or self.tags[k] & (NOT_BASE_NAME - {"B_GENERIC", "POSS"}):
            return False
        w = doc.forms(k)[-1]
        sufs = self.lex.possessives + (("ه",) if doc.last_letter[k] == "ه" else ())
        return any(w.endswith(s) and len(w) - len(s) >= 3 for s in sufs)

    def _dash_joined(self, k: int) -> int:
        """A compound name joined by a dash (قاعدة X - Y الجوية: a base named after two towns):
        the words after the dash, up to two, are the name's when they are name words and the
        name ends there (a base adjective, punctuation or a function word follows)."""
        doc, n = self.doc, self.n
        if k >= n or doc.gap[k].strip() not in _DASHES or "\n" in doc.gap[k]:
            return k
        e = k
        while e < n and e < k + 2 and (e == k or not self.punct(e)) and self._base_name_word(e) \
                and not self.tags[e] and not (e > k and conjoined(doc.norm[e])):
            e += 1
        if e == k or (e < n and not self.punct(e) and not self._base_adj(e) and not self.tags[e] & _NAME_ENDS):
            return k
        return e

    def _eponym(self, j: int) -> int | None:
        """After a base head in construct, a definite rank or title (الجنرال، الملك، الشهيد) and a
        personal name: the base is named after that person (قاعدة الجنرال X، معسكر الشهيد X Y).
        The end of the name, or None."""
        doc, n = self.doc, self.n
        if j >= n or self.punct(j) or not self.defn[j] or not (
                self.tags[j] & {"RANK", "TITLE"} or set(doc.forms(j)) & self.lex.eponym_titles):
            return None
        if "RANK_AMBIG" in self.tags[j] or self.tags[j] & {"ROLE"}:
            return None                              # مقر اللواء 93: a unit; مقر الرئيس: his office
        k = j + 1
        while k < n and k < j + 5 and not self.punct(k):
            t = self.tags[k]
            w = doc.norm[k]
            if "PARTICLE" in t or ("GIVEN" in t and not t & {"FUNC", "NOT_NAME"}):
                k += 1
                continue
            if t or self.demonym(k) or w.isdigit() or len(w) < 2 or w.startswith(("وال", "فال", "بال", "لل")):
                break
            if self.defn[k] and k == j + 1:
                break
            if self.gaz_at(k) is not None:
                break
            k += 1
        return k if k > j + 1 else None

    def _lineage_name(self, j: int) -> int | None:
        """After a base head in construct, a personal name joined by a particle of lineage (معسكر
        X بن Y، قاعدة أبو X): the base is named after that person, with no title before the name.
        The end of the name, or None. A given name alone is no proof (معسكر النصر، قاعدة سالم)."""
        doc, n = self.doc, self.n

        def name_word(x: int) -> bool:
            t = self.tags[x]
            return not self.punct(x) and not doc.norm[x].isdigit() and not self.demonym(x) and \
                (not t or t <= {"GIVEN"}) and self.gaz_at(x, (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE)) is None

        if j >= n or self.punct(j) or self.defn[j]:
            return None
        k = j if "PARTICLE" in self.tags[j] else j + 1   # أبو X؛ X بن Y
        if k == j + 1 and not ("GIVEN" in self.tags[j] and name_word(j)):
            return None
        e = None
        while k + 1 < n and "PARTICLE" in self.tags[k] and not self.tags[k] & {"FUNC"} and not self.punct(k) \
                and name_word(k + 1):
            e = k = k + 2
        return e

    def _base_name_word(self, k: int) -> bool:
        if self._prepositional(k) or self.doc.accusative_indefinite(k) or self._agreeing_nisba(k):
            return False                             # قاعدة بالمعنى ...، قاعدة لأي ...، المعسكر «قليل جداً»
        t = self.tags[k]
        if self.defn[k] and "GIVEN" in t:
            t = t - {"GIVEN"}                        # النصر، الحسن: with the article, not a person's name
        if t & NOT_BASE_NAME or self.demonym(k) or self.doc.norm[k].isdigit():
            return False
        g = self.gaz_at(k, (Kind.FORCE, Kind.ORGANIZATION))
        return g is None

    def _prepositional(self, k: int) -> bool:
        """A preposition joined to the article (بالمعنى، للقوات) or to a function word (لأي، بما):
        a prepositional phrase opens there; a genitive name takes no preposition."""
        w = self.doc.norm[k]
        if self.defn[k] and w.startswith(("بال", "لل", "كال")):
            return True
        return w[:1] in ("ل", "ب") and len(w) > 2 and "FUNC" in self.lex.profile(w[1:]).tags

    def _quoted_base_name(self, q) -> bool:
        """After a definite head (المعسكر «...»، القاعدة "...") quotation marks carry words said about
        the base more often than its name: its words must all read as a name (no tanwin, no
        preposition, no listed word)."""
        qa, qb, _ = q
        return all(self._base_name_word(k) and not self.tags[k] and not self.doc.norm[k][:1] in ("ب", "ل")
                   for k in range(qa, qb))

    def _counted(self, i: int) -> bool:
        """A number right before a singular head counts bases (14 قاعدة في الإقليم، نحو 30 موقعاً):
        how many, not which one. A year ends a date (سلّمت في أكتوبر 2013 معسكرها ...), and so
        does a weekday (تسلّم اليوم الأحد قاعدة X: أحد is "one" too)."""
        if i < 1 or self.punct(i) or self.defn[i] or "NUMBER" not in self.tags[i - 1]:
            return False
        w = self.doc.norm[i - 1]
        if w.isdigit():
            return len(w) != 4
        return not self.defn[i - 1] and "TIME" not in self.tags[i - 1]   # اليوم الأحد قاعدة X: a weekday

    def _located_name(self, k: int, near: bool = False):
        """``في [منطقة] NAME`` at token k: (first, last, end offset, gazetteer match) of NAME. With
        ``near``, a seat told by what it is beside (قرب مدينة X، بالقرب من X) is placed there too."""
        doc, n = self.doc, self.n
        if k >= n or (self.punct(k) and (doc.gap[k].strip(' "“”»') or not doc.gap[k][-1:].isspace())):
            return None                          # a closing quotation mark may come before في
        w = doc.norm[k]
        if w == "في":
            x = k + 1
        elif near and "ADJACENT" in self.tags[k] and not doc.norm[k].startswith("ال"):
            x = k + 2 if k + 1 < n and doc.norm[k + 1] == "من" else k + 1
        elif w.startswith("ب") and "LOCALITY" in self.tags[k]:
            x = k                                # ببلدة X
        else:
            return None
        locality = False
        if x < n and not self.punct(x) and "LOCALITY" in self.tags[x] and not self.defn[x]:
            x += 1
            locality = True
        elif x < n and x != k and "LOCALITY" in self.tags[x] and doc.norm[x].startswith("ب"):
            x += 1
            locality = True
        if x >= n:
            return None
        q = self._quoted_at(x)
        if q:
            return q[0], q[1], q[2], None
        if self.punct(x) and x != k + 1:
            return None
        gm = self.gaz_at(x, (Kind.BASE, Kind.PLACE), short=True)
        if gm is not None:
            if gm.entry.kind is Kind.PLACE and not gm.entry.located_in:
                return None                      # a base in a country: the country is not its name
            return gm.first, gm.last, doc.end[gm.last - 1], gm
        if self.defn[x] and not locality and "LOCALITY" in self.tags[x]:
            named = self._town_named_before(x)   # معسكرها في المدينة: the town the sentence named
            if named is not None:
                return named[0], named[1], doc.end[x], named[2]
        town_head = locality and self._town_head(x)
        if (self.defn[x] and not locality) or not (self._base_name_word(x) or town_head) or self.has(x, "B_ADJ"):
            return None                          # في المنطقة: no name; في قرية X: a name
        y = x
        while y < n and y < x + 3 and (y == x or not self.punct(y) and not conjoined(doc.norm[y])) \
                and (self._base_name_word(y) or (y == x and town_head)) \
                and (y == x or not self.defn[y] or self.defn[x]) and "LOCALITY" not in self.tags[y]:
            y += 1
        if y == x:
            return None
        return x, y, doc.end[y - 1], None

    def _landform_name(self, x: int) -> bool:
        """After a base head in construct, a locality or landform noun (جبل، تلة، منطقة) and a name
        word no list knows: the base's name opens with the noun (معسكر جبل X). Not a province or
        other administrative division (مطار محافظة X is the province's airport)."""
        y = x + 1
        return y < self.n and "LOCALITY" in self.tags[x] and not self.tags[x] & {"ADMIN", "FUNC"} \
            and not self.defn[x] and not self.punct(x) and not self.punct(y) and not self.defn[y] \
            and not self.tags[y] and not self.demonym(y) and self._base_name_word(y)

    def _town_head(self, x: int) -> bool:
        """After a locality noun in construct (مدينة، بلدة، قرية) the next word opens the town's name
        even when it is a noun of sites (مدينة قلعة X، بلدة برج X، قرية حصن X), if a name word follows."""
        n = self.n
        return x + 1 < n and bool(self.tags[x] & {"BH_SING"}) and not self.defn[x] and not self.punct(x + 1) \
            and self._base_name_word(x + 1) and not self.tags[x] & {"FUNC", "B_ADJ"}

    def _town_named_before(self, x: int):
        """المدينة at token x, after مدينة X earlier in the sentence: (first, last, gazetteer match)
        of X."""
        doc = self.doc
        noun = doc.forms(x)[-1]
        a, _ = doc.sentence_of(x)
        for y in range(x - 2, a - 1, -1):
            if doc.forms(y)[-1] == noun and not self.defn[y] and y + 1 < x and not self.punct(y + 1):
                gm = self.gaz_at(y + 1, (Kind.BASE, Kind.PLACE), short=True)
                if gm is not None:
                    return gm.first, gm.last, gm
                if self._base_name_word(y + 1):
                    return y + 1, y + 2, None
                return None
        return None

    def _base_named(self, i: int, na: int, nb: int, end: int | None, gm=None) -> M:
        doc, n = self.doc, self.n
        b = nb
        if end is None:
            end = doc.end[nb - 1]
            while b < n and not self.punct(b) and (self._base_adj(b) or self._nationality_adjective(b)):
                b += 1
            end = doc.end[b - 1]
        else:
            b = max(nb, self._tok_after(end))
        key = None
        name = doc.text[doc.start[na]:doc.end[nb - 1]]
        if gm is not None and gm.entry.kind is Kind.BASE:
            key = gm.entry.key
        elif gm is None:
            g2 = self.gaz_at(na, (Kind.BASE,), short=True)
            if g2 is not None and g2.last == nb:
                key = g2.entry.key
        return M(Kind.BASE, i, b, doc.start[i], end, "gaz" if key else "named", key=key, name=name,
                 head=doc.forms(i)[0], ident=self._lazy(na, nb))

    def _base_number(self, k: int) -> str | None:
        """A number of up to three digits (الـ201 with the article) right after a definite or
        possessed base head and its adjectives: the base's number, unless it counts what follows
        (القاعدة 300 جندي: an indefinite noun no list knows) or is the day of a date."""
        doc, n = self.doc, self.n
        if k >= n or self.punct(k):
            return None
        w = doc.norm[k]
        w = w[2:] if w.startswith("ال") else w
        if not (w.isdigit() and len(w) <= 3):
            return None
        x = k + 1
        if x < n and not self.punct(x) and ("TIME" in self.tags[x] or (not self.defn[x] and not self.tags[x])
                                            or self.tags[x] & {"TROOP_NOUN", "NUMBER"}):
            return None
        return w

    def _numbered_base(self, i: int, k: int) -> M:
        """A base known by its number (القاعدة العسكرية الروسية 102): named with its head and
        adjectives, identified by the number alone, so القاعدة 102 later is the same base."""
        doc = self.doc
        return M(Kind.BASE, i, k + 1, doc.start[i], doc.end[k], "named", name=doc.surface(i, k + 1),
                 head=doc.forms(i)[0], ident=frozenset({self._base_number(k)}))

    def _descriptive_complement(self, j: int) -> int:
        """After an indefinite base head, what kind of site it is, in construct (محطة الرادار
        الكندية، مقر الحكم العسكري، محطة الاتصالات البحرية): up to two indefinite nouns and a
        definite one that no list knows as a head, a body, a rank or a name, then their definite
        adjectives and nationalities, one of them military or a nationality (مقر الشركة في X is
        no military site). The token after it (where في may name the place the base is known
        by), or j when no such complement follows."""
        doc, n = self.doc, self.n

        def noun(x: int) -> bool:
            return x < n and not self.punct(x) and not self.tags[x] - {"VN", "B_GENERIC", "F_GENERIC"} \
                and not self.demonym(x) and self.gaz_at(x) is None and not conjoined(doc.norm[x]) \
                and not self._prepositional(x) and not doc.norm[x].isdigit()

        k = j
        while k < j + 2 and noun(k) and not self.defn[k]:
            k += 1
        if not (noun(k) and self.defn[k]):
            return j
        k += 1
        # a nationality makes a military site only of what is military by its use (محطة الرادار
        # الكندية); محطة الكهرباء التركية is a power station
        military_use = any(f in self.lex.military_site_nouns for x in range(j, k) for f in doc.forms(x))
        e, military = k, False
        while e < n and e < j + 6 and not self.punct(e) and self.defn[e] and (self.demonym(e) or self._base_adj(e)):
            military = military or bool(self.demonym(e)) and military_use or doc.forms(e)[0] in self.lex.armed_service_adjectives
            e += 1
        return e if military else j                  # مقر الشركة في X: no military site

    def _kind_plural(self, j: int) -> bool:
        """A definite plural in -ات alone after a head (مهبط الطائرات، مستودع الآليات، قاعدة
        الدوريات): what the site is for, a common noun, never its name. With an adjective of
        bases after it (قاعدة الجبلات الجوية) it may be one."""
        doc, n = self.doc, self.n
        return self.defn[j] and doc.forms(j)[0].endswith("ات") and len(doc.forms(j)[0]) >= 5 \
            and self.gaz_at(j) is None and (j + 1 >= n or self.punct(j + 1) or not (
                self._base_name_word(j + 1) or self._base_adj(j + 1)))

    def _quoted_after_kind(self, i: int, j: int):
        """After an indefinite base head, the kind of base in construct (a definite complement and
        its adjectives: قاعدة الدوريات، نقطة المراقبة المتقدمة، قاعدة العمليات الرئيسية), then
        a short quoted name (a code name, a transliterated one, maybe ending in a number): the
        quotation names the base. (first, last, end offset) of the quotation, or None. What is
        quoted must read as a name: no tanwin, no preposition, no listed word; and after أن it
        must not end the clause (أن قاعدة الإمداد «...».: the quotation is what is said of it)."""
        doc, n = self.doc, self.n
        k = j
        while k < n and k < j + 4 and not self.punct(k) and self.defn[k] and not conjoined(doc.norm[k]) \
                and not self._prepositional(k) and self.gaz_at(k) is None \
                and not self.demonym(k) \
                and (k == j or self._base_adj(k) or not self.tags[k]
                     or self.tags[k] & {"B_GENERIC", "B_ADJ", "F_GENERIC"}):
            k += 1
        if k == j or k >= n:
            return None
        q = self._quoted_at(k)
        if not q or q[1] - q[0] > 3:
            return None
        qa, qb, qend = q
        if self._clause_subject(i) and doc.hard_punct_before(qb):
            return None
        last = qb - 1 if qb - qa > 1 and doc.norm[qb - 1].isdigit() and len(doc.norm[qb - 1]) <= 3 else qb
        if not all(self._base_name_word(x) and not self.tags[x] and not self.defn[x]
                   and not (doc.norm[x][:1] in ("ب", "ل") and self.lex.known(doc.norm[x][1:]))   # بحاجة، لحين
                   for x in range(qa, last)):
            return None
        return qa, qb, qend

    def _tok_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.doc.start, offset)

    def _known_as_antecedent(self, i: int) -> M | None:
        """A base head with ب right after «المعروفة [أيضا]» (or المسماة، المعروفة سابقا) that
        follows a named base: قاعدة X، المعروفة أيضا بمطار Y العسكري. The second name is another
        name of the base before it, in the same sentence."""
        doc = self.doc
        if not doc.norm[i].startswith("ب") or i < 2:
            return None
        k = i - 1
        if doc.forms(k)[0] in self.lex.known_as_fillers:
            k -= 1
        if doc.forms(k)[0] not in self.lex.known_as or any(self.punct(x) for x in range(k + 1, i + 1)):
            return None
        before = [m for m in getattr(self, "found", ()) if m.kind is Kind.BASE and m.cat in ("named", "gaz")
                  and m.b <= k and doc.sent[m.a] == doc.sent[k] and k - m.b <= 1]
        return before[-1] if before else None
