"""Forces and bodies named in an Arabic article (rules of
:class:`~kg.extract.arabic_mentions.MentionFinder`).

Arabic names an armed force or a body by a head noun and what follows it:
- a nationality adjective: the country's national force (قوات أردنية، الجيش الأردني، قوات الأمن
  الأردنية);
- a gazetteer name (قوات التحالف، بعثة الأمم المتحدة ...), a quoted name (قوات «الفجر») or a genitive
  proper name (قوات الفجر، جهاز الأمن الوقائي);
- for a unit noun (لواء، فرقة، فيلق، كتيبة): a quoted name, a number or an ordinal;
- for a head that has no name of its own (القوات الخاصة، البعثة الأممية): nothing it can be known
  by, unless it belongs to one (التابعة لـ X); it then points back to a force named before.
Bodies that are not armed forces (وزارة، سفارة، لجنة، مجلس ...) are named the same way. News outlets
and anonymous sources are found too, to be kept from ever speaking.
"""
from __future__ import annotations

from ..model import Kind
from .arabic_common import BASE_HEADS, NAME_LIKE_WEAK, STOP_IN_FORCE, M, conjoined
from .arabic_force_descriptions import DescribedForceRules
from .arabic_orgs import OrgRules
from .arabic_services import ServiceRules
from .arabic_units import UnitRules, agreeing_adjective

_POLICE = "شرطه"


class ForceRules(DescribedForceRules, UnitRules, ServiceRules, OrgRules):
    """A mixin of :class:`~kg.extract.arabic_mentions.MentionFinder`: it uses the finder's
    predicates (``has``, ``punct``, ``gaz_at``, ``demonym``, ``word_ok``) and helpers."""

    # -- forces -----------------------------------------------------------------------------------
    def _force(self, i: int) -> M | None:
        doc, n, defn = self.doc, self.n, self.defn
        t = self.tags[i]
        head = self.head_form(i)
        j = i + 1
        for comp in self.lex.force_compounds.get(head, ()):
            if i + len(comp) <= n and all(doc.forms(i + k)[0] == w for k, w in enumerate(comp)):
                j = i + len(comp)
                break
        if head in self.lex.arms and j == i + 1:
            return None                               # مشاة alone: an arm, named by its unit (مشاة البحرية: a force)
        if "POSS" in t:
            return None                               # its forces: not a name
        if self._led_by(i):
            return None                               # قوة بقيادة X: X leads the force before, X is no force
        if "FH_GEN_ONLY" in t and j == i + 1 and j < n and not self.punct(j) and self.demonym(j):
            return None                               # السلاح الفلسطيني: the weapons, not a force
        named_q = self._head_quoted(i, t)
        if named_q is not None:
            return named_q
        proxy = self._proxy(i) if t & {"FH_STRONG", "FH_WEAK"} else None
        if proxy is not None:
            return proxy                              # فصائل موالية لإيران: a force of its own
        if t & {"FH_UNIT", "FH_STRONG"}:
            numbered = self._number_after_name(i)
            if numbered is not None:                  # فيلق النمر 208، قوة المهام 151
                return numbered
        if "FH_UNIT" in t and not (t & {"FH_STRONG", "FH_WEAK"}):
            svc = self._unit_of_service(i, j, head)
            if svc is not None:                       # وحدة حفظ السلام الروسية: the service, not a unit of its own
                return svc
            e = self._adjective_construct(j)
            if e:                                     # فرقة متعددة الجنسيات: a unit named by its make-up
                return self._made_up(i, e, head)
            return self._unit(i)
        if "FH_PLACE" in t and not (t & {"FH_STRONG", "FH_WEAK"}):
            gm = self.gaz_at(j, (Kind.PLACE,), short=True) if not self.punct(j) else None
            if gm is None or not gm.entry.located_in:
                return None
            return self._named(i, j, gm.last, head)   # an operations command named by its place
        demonym_only = "FH_DEM" in t and not (t & {"FH_STRONG", "FH_WEAK"})
        if j < n and "FH_STRONG" in self.tags[j] and not self.punct(j) and "FH_DEM" not in t \
                and j == i + 1 and "FH_WEAK" in t and not self._quoted_at(j):
            inner = self._force(j) if self._own_service(j, j + 1) else None
            if inner is not None and inner.cat == "named" and inner.extra.get("service"):
                inner.a, inner.start = i, doc.start[i]
                return inner                          # جهاز المخابرات X: the service, its head noun with it
            inner = self._force(j)
            if inner is not None and inner.cat in ("gaz", "national") and self._region_adjective(inner.b):
                return self._made_up(i, inner.b + 1, head)   # قيادة الجيش X الجنوبية: a command of its own
            return None                               # the command of a force: the inner force names it
        q = self._quoted_at(j)
        if q and defn[i] and not self._quoted_name_ok(i, q):
            q = None                                  # أن البعثة «ستواصل ...»: words said, not a name
        if q and not demonym_only:
            qa, qb, qend = q
            gm = self.gaz_at(qa, (Kind.FORCE, Kind.ORGANIZATION))
            key = gm.entry.key if gm and gm.last == qb else None
            return self._force_tail(M(Kind.FORCE, i, qb, doc.start[i], qend, "gaz" if key else "named",
                                      key=key, name=doc.text[doc.start[qa]:doc.end[qb - 1]], head=head,
                                      ident=self._lazy(qa, qb)))
        # a gazetteer force / organisation / place right after the head
        gm = self.gaz_at(j, (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE), short=True) \
            if not self.punct(j) and not conjoined(doc.norm[j]) else None   # الجيش والدعم السريع: two forces
        if gm is not None and not demonym_only:
            e = gm.entry
            if e.kind is Kind.FORCE:
                if "FH_WEAK" in t and head not in NAME_LIKE_WEAK:
                    if self._region_adjective(gm.last):
                        return self._made_up(i, gm.last + 1, head)   # قيادة التحالف الجنوبية: a command
                    return None                       # the operations of a known force: that force alone
                return self._force_tail(M(Kind.FORCE, i, gm.last, doc.start[i], doc.end[gm.last - 1], "gaz",
                                          key=e.key, head=head, ident=self._lazy(j, gm.last)))
            if e.kind is Kind.ORGANIZATION and "FH_STRONG" in t:
                # a mission or force of a body: the head is part of the name, with the adjectives
                # that agree with the head and where it serves (في / ب + place)
                return self._force_tail(self._named(i, i, self._agreeing_tail(i, gm.last), head))
            if e.kind is Kind.PLACE and not self._demonym_ahead(gm.last, 2) and not defn[i] \
                    and not (head in self.lex.irregular_heads and self.demonym(j)):
                # (فصائل سورية، عصابات سورية: the feminine adjective, read below, not the country)
                # (a head with the article is never in construct: دخلت القوات الصومال: the country
                # is the verb's object, not the forces' owner)
                nxt = gm.last
                if e.located_in is None and not (nxt < n and defn[nxt] and self.word_ok(nxt)
                                                 and not self.punct(nxt) and not self.has(nxt, "F_GENERIC")):
                    svc = self._own_service(i, gm.last)
                    if svc:                                             # استخبارات سوريا: its service
                        return self._force_tail(self._service(i, gm.last, e.key, svc, head))
                    return self._national(i, gm.last, e.key, head)      # the forces of a country
                if e.located_in is not None and "FH_WEAK" in t:
                    return self._named(i, j, gm.last, head)             # a command named by its place
                if e.located_in is not None and "FH_STRONG" in t and not defn[i] \
                        and (not self.has(i, "FH_GENERIC_HEAD") or head == _POLICE):
                    # ثوار مصراتة: a town's fighters; شرطة كركوك: a province's or city's police, a
                    # body of its own (قوات كركوك is only forces there)
                    return self._force_tail(self._named(i, i, gm.last, head))
        # head ... nationality adjective: the national force
        k = j
        found = None
        while k < n and k < j + 5:
            if k > j and self.punct(k):
                break
            if k == j and self.punct(k) and not self._quoted_at(k):
                break
            p = self.demonym(k)
            if p and defn[i] and not defn[k]:
                break                                 # الشرطة ماليا: an adverb; an adjective would agree
            if p:
                found = (k, p)
                break
            tk = self.tags[k]
            if tk & STOP_IN_FORCE or doc.norm[k].isdigit() or (doc.norm[k],) in self.lex.led_by:
                break                                 # قوات X بقيادة فرنسية: the leader's nationality
            if "FH_STRONG" in tk or tk & BASE_HEADS:
                break
            k += 1
        if found:
            k, p = found
            end = k + 1
            if end < n and not self.punct(end) and self.demonym(end) == p and self.defn[k] and not defn[end]:
                end += 1                              # الجنوب إفريقية: a two-word nationality
            while end < n and not self.punct(end) and self.has(end, "F_GENERIC") and defn[end] \
                    and not self.demonym(end):
                end += 1                              # ... الخاصة after the demonym
            svc = self._own_service(i, end)
            if svc:
                return self._force_tail(self._service(i, end, p, svc, head))
            if head in self.lex.irregular_heads:
                return self._made_up(i, end, head)    # فصائل مسلحة عراقية: a group of Iraq, not its army
            return self._national(i, end, p, head)
        if not demonym_only and defn[i] and (j >= n or self.punct(j)) and t & {"FH_STRONG", "FH_WEAK"}:
            return M(Kind.FORCE, i, j, doc.start[i], doc.end[j - 1], "fanaphor", head=head)   # الهيئة.
        if demonym_only or j >= n or self.punct(j):
            return None
        if not defn[i] and not defn[j] and (self._possessed(j) or self._indefinite_adjective(j)):
            return None                               # جماعات مرتبطة بـ، تنظيم وجودها: no name follows
        w = doc.norm[j]
        tj = self.tags[j]
        if "F_NAMED_ADJ" in tj:
            e = self._adjective_construct(j)
            if e and not defn[i] and head.endswith("ات"):
                return None                           # قوات متعددة الجنسيات: forces of that kind, no name
            if e:
                return self._made_up(i, e, head)      # القوات متعددة الجنسيات
            return self._named(i, i, j + 1, head)     # the regular / national army of the text
        if defn[i] and defn[j] and "FH_GENERIC_HEAD" in t and not self.lex.generic_named_adjectives.isdisjoint(doc.forms(j)) \
                and not conjoined(w):
            owner = self._belonging(i, j, head)
            if owner is not None and owner.cat == "gaz":
                return owner                          # القوات المشتركة للتحالف: the coalition's
            e = self._owners_described(j + 1)
            if e is not None:                         # القوة المشتركة للحركات المسلحة: named by its owners
                return self._made_up(i, e, head)
            return self._named(i, i, j + 1, head)     # القوات الحكومية، القوات المشتركة: of the text
        if defn[i]:
            return self._belonging(i, j, head)
        if "LOCALITY" in tj and not defn[j] and j + 1 < n and not self.punct(j + 1) and \
                (self._proper(j + 1) or (not self.tags[j + 1] and not defn[j + 1])):
            return self._force_tail(self._named(i, j, j + 2, head))   # قوات ولاية X، قوات إقليم X
        if not defn[j] and doc.norm[j][:1] == "ل" and len(doc.forms(j)) > 1:
            return None                               # وحدات لمعالجة المياه: a purpose, not a name
        if not defn[i] and defn[j] and "FH_STRONG" in t and "ORG_HEAD" in tj and not doc.norm[j].startswith("و"):
            e = self._body_tail(j)                    # قوات المجلس الانتقالي: known by the body's words
            m = self._named(i, i, e, head)
            m.ident = frozenset(doc.forms(k)[-1] for k in range(j, e))
            m.extra["fixed_ident"] = True
            return self._force_tail(m)
        # construct with a proper name; an indefinite word after the head is an adjective
        if not defn[j] and "FH_WEAK" not in t and "FH_WEAK" not in tj:
            e = self._construct_chain(j)
            return self._force_tail(self._named(i, j, e, head)) if e and "FH_STRONG" in t else None
        name_end = j
        while name_end < n and name_end < j + 3 and self.word_ok(name_end) and not (
                name_end > j and self.punct(name_end)) and not self.demonym(name_end) \
                and not self._imperfect_verb(name_end):
            tk = self.tags[name_end]
            if name_end > j and (tk & BASE_HEADS or "FH_STRONG" in tk or "GIVEN" in tk):
                break
            if name_end > j and defn[name_end - 1] and not defn[name_end]:
                break                                 # a definite name, then something else
            name_end += 1
        if name_end == j:
            return None
        if "FH_WEAK" in t:
            while name_end > j and not (defn[name_end - 1] or self._proper(name_end - 1)
                                        or (not self.tags[name_end - 1] and len(doc.norm[name_end - 1]) > 3)):
                name_end -= 1                         # ... a definite, known or transliterated last word
            if name_end == j:
                return None
        if all(self.has(k, "F_GENERIC") or self.has(k, "NOT_NAME") or self.has(k, "FH_UNIT") for k in range(j, name_end)):
            return self._belonging(i, j, head)        # قيادة الوحدة: a unit noun alone names nothing
        return self._force_tail(self._named(i, j, name_end, head))

    def _led_by(self, i: int) -> bool:
        """A head noun in the phrase that means "led by" (بقيادة، تحت قيادة): what follows is the
        leader of the force named before it (a person, a country), not a force of its own."""
        doc = self.doc
        w = doc.norm[i]
        return (w,) in self.lex.led_by or (i > 0 and not self.punct(i) and (doc.norm[i - 1], w) in self.lex.led_by)

    def _head_quoted(self, i: int, t) -> M | None:
        """A force's whole name in quotation marks, its head noun inside them (القيادي في «كتائب
        X» فلان، أعلنت "سرايا X"): the quotation, when it is short and holds no clause."""
        doc = self.doc
        if "FH_STRONG" not in t or i + 1 >= self.n or self.demonym(i + 1):
            return None
        q = self._quoted_at(i)
        if not q or q[0] != i or not (i + 2 <= q[1] <= i + 4):
            return None
        qa, qb, qend = q
        if any(self.tags[k] & {"TRIGGER", "SPEECH", "FUTURE_VERB", "MODAL", "NEG", "COMPL", "FUNC"}
               or doc.norm[k].isdigit() or doc.accusative_indefinite(k) for k in range(qa + 1, qb)):
            return None                               # «القوة العسكرية أولاً»: a slogan, not a name
        gm = self.gaz_at(qa, (Kind.FORCE, Kind.ORGANIZATION))
        key = gm.entry.key if gm and gm.last == qb else None
        return M(Kind.FORCE, i, qb, doc.start[i], qend, "gaz" if key else "named", key=key,
                 name=doc.text[doc.start[qa]:doc.end[qb - 1]], head=doc.forms(i)[0],
                 ident=self._lazy(qa, qb))

    def _quoted_name_ok(self, i: int, q) -> bool:
        """Can the quotation after a definite head be its name? Not when it holds a clause (a
        verb opens it, or more than three words) or the head is the subject of a reported clause
        (أن القوات «...»)."""
        qa, qb, _ = q
        if qb - qa > 3 or self._clause_subject(i):
            return False
        w = self.doc.norm[qa]
        if self.tags[qa] & {"TRIGGER", "SPEECH", "FUTURE_VERB", "MODAL", "NEG", "FUNC", "COMPL", "PASSIVE"}:
            return False
        return not (w[:1] == "س" and w[1:2] in ("ي", "ت", "ن") and len(w) > 4)

    def _clause_subject(self, i: int) -> bool:
        """Is the head at token i in the subject of a reported clause that has no predicate yet
        (أن القوات «...»، إن التنسيق مع التحالف «...»)? A quotation after it is that predicate."""
        doc = self.doc
        for x in range(i - 1, max(-1, i - 5), -1):
            if "COMPL" in self.tags[x]:
                return True
            w = doc.norm[x]
            if x == i - 1 and not doc.punct_before(i) and not self.defn[x] and "TRIGGER" in self.tags[x] and (
                    "VN" in self.tags[x] or (len(w) == 5 and w[0] == "ت" and w[3] == "ي")):
                continue                              # أن تسليم القاعدة «...»: a verbal noun heads the subject
            if doc.punct_before(x + 1) or self.tags[x] & {"TRIGGER", "SPEECH", "FUTURE_VERB", "MODAL", "NEG"}:
                return False
        return False

    def _elided_heads(self, out: list[M]) -> list[M]:
        """A second nationality joined to a national force, its head noun left out (القوات
        البريطانية والأمريكية): the second country's force too."""
        doc, n = self.doc, self.n
        taken = {k for m in out for k in range(m.a, m.b)}
        extra = []
        for m in out:
            e = m.b
            if m.kind is not Kind.FORCE or e >= n or e in taken or self.punct(e):
                continue
            first = m.place or self.demonym(e - 1)
            if first and doc.norm[e][:1] == "و" and self.defn[e] == self.defn[e - 1]:
                p = self.demonym(e)
                if p and p != first:
                    extra.append(self._national(e, e + 1, p, m.head))
        return extra

    def _construct_chain(self, j: int) -> int | None:
        """An indefinite noun in construct with a definite word after a force head: the name of
        the force (ثوار الزنتان، حماية المطار، حفظ السلام). The end of the name, or None: the
        first word is no adjective, particle, figure or nationality; the second carries the
        article itself (not لل / بال: a prepositional phrase) and is no nationality or time word."""
        doc, n = self.doc, self.n
        k = j + 1
        if k >= n or self.punct(k) or self.punct(j) or self.defn[j] or self.demonym(j) \
                or not self.tags[j] <= {"FH_STRONG", "FH_GENERIC_HEAD"}:   # كتائب ثوار X: a head in construct
            return None
        w0 = doc.norm[j]
        if w0.isdigit() or len(w0) < 3 or w0[:1] in "وف" and self.lex.known(w0[1:]) or w0.endswith(("ها", "هم", "هما")) \
                or self._imperfect_verb(j):
            return None
        if w0.startswith(("مت", "مست", "من")) and w0.endswith("ه"):
            return None                                # متعددة الجنسيات: an adjective agreeing with the head
        w = doc.norm[k]
        g = self.gaz_at(k, (Kind.PLACE,), True)
        if g is not None and g.entry.located_in:
            return g.last                              # ثوار مصراتة: a town's
        if not w.startswith("ال") or self.demonym(k) or self.tags[k] & (STOP_IN_FORCE | {"TIME", "FUNC"}) \
                or "ORDINAL_ADJ" in self.tags[k]:
            return None
        return k + 1

    def _imperfect_verb(self, k: int) -> bool:
        """Is token k shaped like a verb in the present, third person, with its subject or object
        after it (يعبر الحدود، يقاتل الجيش، يقودها): ي and three to five letters, unknown to the
        lexicon and the gazetteer, then a definite word or an object pronoun? A force's name
        takes a noun after its head (استخبارات الجيش), never a verb (ضابط استخبارات يعبر الحدود);
        a name of that shape alone (حركة يقين) stays a name."""
        w, n = self.doc.norm[k], self.n
        if w[:1] != "ي" or not 4 <= len(w) <= 7 or self.tags[k] or self.defn[k] or self.latin[k] \
                or self.gaz_at(k, short=True) is not None:
            return False
        if len(w) >= 5 and w.endswith(("ها", "هم")):
            return True                               # يقودها، يدربهم
        return len(w) <= 6 and k + 1 < n and not self.punct(k + 1) and self.defn[k + 1]

    def _agreeing_tail(self, head: int, b: int) -> int:
        """Extend a name from token b over adjectives that agree with the head noun (feminine with
        a feminine head: بعثة X الدائمة، قوة X المنتشرة), a purpose (لحفظ السلام، للدعم) and then
        ``في / ب`` + a known place."""
        doc, n = self.doc, self.n
        fem = doc.forms(head)[0].endswith(("ه", "ات"))       # plurals of things agree in the feminine
        while b < n and b < head + 12 and not self.punct(b) and self.defn[b] and not self.demonym(b) \
                and not (self.tags[b] & STOP_IN_FORCE) and agreeing_adjective(doc.forms(b)[0], fem):
            b += 1
        w = doc.norm[b] if b < n and not self.punct(b) else ""
        if w.startswith("لل"):
            b += 1                                     # its purpose: للدعم، للاستقرار
        elif w[:1] == "ل" and len(w) > 3 and b + 1 < n and self.defn[b + 1] and not self.punct(b + 1) \
                and not (self.tags[b] & STOP_IN_FORCE):
            b += 2                                     # لحفظ السلام، لتحقيق الاستقرار
        if b < n and not self.punct(b) and (doc.norm[b] == "في" or doc.norm[b][:1] == "ب"):
            x = b + 1 if doc.norm[b] == "في" else b
            g = self.gaz_at(x, (Kind.PLACE,), True)
            if g is not None and not self.punct(x):
                b = g.last
        return b

    def _body_tail(self, j: int) -> int:
        """After a body's head noun at token j (الحكومة، المجلس): the adjectives that agree with
        it (الحكومة الشرعية، المجلس الانتقالي الجنوبي). A force of a body is named by them."""
        doc, n = self.doc, self.n
        fem = doc.forms(j)[0].endswith("ه")
        b = j + 1
        while b < n and b < j + 4 and not self.punct(b) and self.defn[b] and not self.demonym(b) \
                and not (self.tags[b] & (STOP_IN_FORCE - {"TROOP_NOUN"})) and agreeing_adjective(doc.forms(b)[0], fem):
            b += 1                                     # (العسكري with the article: an adjective)
        return b

    def _proper(self, i: int) -> bool:
        """A word the gazetteer knows as a place / name, or a Latin word."""
        return self.latin[i] or self.gaz_at(i, (Kind.PLACE,), True) is not None

    def _demonym_ahead(self, k: int, span: int) -> bool:
        return any(self.demonym(x) for x in range(k, min(self.n, k + span)) if not self.punct(x))

    def _national(self, a: int, b: int, place: str, head: str) -> M:
        doc = self.doc
        key = self.gaz.national_force.get(place) if place else None
        mm = M(Kind.FORCE, a, b, doc.start[a], doc.end[b - 1], "national", key=key, place=place, head=head,
               ident=frozenset({"@" + place}))
        return self._force_tail(mm)

    def _named(self, a: int, na: int, nb: int, head: str) -> M:
        doc = self.doc
        while nb - 1 > max(a, na) and (doc.forms(nb - 1)[0] in self.lex.belonging or doc.accusative_indefinite(nb - 1)):
            nb -= 1                                   # قوات X التابعة للشرطة: "belonging to" opens what follows;
                                                      # «القوة العسكرية أولاً»: an adverb is no word of a name
        name = doc.surface(na, nb) if na > a else doc.surface(a, nb)
        w = doc.norm[na]
        if w[:1] == "و" and len(w) > 3 and self.lex.known(w[1:]) and not self.lex.known(w):
            name = name[1:].lstrip()                  # وقوات X: the conjunction is not the name's
        return M(Kind.FORCE, a, nb, doc.start[a], doc.end[nb - 1], "named", name=name,
                 head=head, ident=self._lazy(na, nb))

    def _belonging(self, i: int, j: int, head: str) -> M | None:
        """A definite head with no name of its own: the force it belongs to (التابعة لـ X), or an
        anaphor of a force named before (kept only if the article's identities find one)."""
        doc, n = self.doc, self.n
        k = j
        while k < n and k < j + 3 and not self.punct(k) and (self.has(k, "F_GENERIC") or self.defn[k]) \
                and not conjoined(doc.norm[k]):
            w = doc.forms(k)[0]
            if w in self.lex.belonging and k + 1 < n and doc.norm[k + 1][:1] == "ل":   # (العائدة من: returning)
                x = k + 1
                if doc.norm[x] in ("ل",) or self.punct(x) and doc.norm[x - 1] == "ل":
                    x += 1
                q = self._quoted_at(x)
                if q:
                    gm = self.gaz_at(q[0], (Kind.FORCE,))
                    key = gm.entry.key if gm else None
                    return M(Kind.FORCE, i, q[1], doc.start[i], q[2], "gaz" if key else "named", key=key,
                             name=doc.text[doc.start[q[0]]:doc.end[q[1] - 1]], head=head,
                             ident=self._lazy(q[0], q[1]))
                gm = self.gaz_at(x, (Kind.FORCE,), True)
                if gm:
                    return M(Kind.FORCE, i, gm.last, doc.start[i], doc.end[gm.last - 1], "gaz",
                             key=gm.entry.key, head=head, ident=self._lazy(x, gm.last))
                return None
            k += 1
        k = j
        while k < n and k < j + 3 and not self.punct(k) and self.has(k, "F_GENERIC") and self.defn[k] \
                and not conjoined(doc.norm[k]):
            k += 1                                    # (والدعم السريع: a second force, not an adjective)
        if k < n and not self.punct(k) and doc.norm[k][:1] == "ل":
            gm = self.gaz_at(k, (Kind.FORCE,), True)
            if gm is not None:                        # هيئة الأركان العامة لجيش X: X's own
                return M(Kind.FORCE, i, gm.last, doc.start[i], doc.end[gm.last - 1], "gaz", key=gm.entry.key,
                         head=head, ident=self._lazy(k, gm.last))
        return M(Kind.FORCE, i, k, doc.start[i], doc.end[k - 1], "fanaphor", head=head)

    def _force_tail(self, mm: M) -> M:
        """Extend a force name with the enemy it is named by (a coalition against X: X is a force
        of its own, named inside) and a parenthesised acronym."""
        doc, n = self.doc, self.n
        b = mm.b
        if b < n and "F_ENEMY" in self.tags[b] and not self.punct(b):
            x = b + 1
            if x < n and self.has(x, "FH_WEAK"):
                x += 1
            gm = self.gaz_at(x, (Kind.FORCE,))
            if gm and not self.punct(x):
                b = gm.last
                while b < n and not self.punct(b) and self.defn[b] and self.has(b, "F_GENERIC"):
                    b += 1
                mm.extra["enemy"] = M(Kind.FORCE, x, b, doc.start[x], doc.end[b - 1], "gaz",
                                      key=gm.entry.key, ident=self._lazy(x, b), extra={"nested": True})
                mm.b, mm.end = b, doc.end[b - 1]
        b = mm.b
        if b + 1 < n and not self.punct(b) and not self.punct(b + 1) and (doc.norm[b],) in self.lex.led_by:
            gm = self.gaz_at(b + 1, (Kind.PLACE,))
            e = gm.last if gm is not None and not gm.entry.located_in else None
            if e is None and self.demonym(b + 1) and not self.defn[b + 1]:
                e = b + 2                             # بقيادة بريطانية
            if e is not None:                         # قوة ... بقيادة الولايات المتحدة: the leading country
                mm.b, mm.end = e, doc.end[e - 1]      # is part of the force's description, no force itself
        pe = self._paren_end(mm.b)
        if pe:
            mm.extra["acronym"] = (mm.b, self._paren_tokens(mm.b))
            mm.b, mm.end = self._paren_tokens(mm.b)[1], pe
        return mm
