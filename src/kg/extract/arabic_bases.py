"""Bases named in an Arabic article (rules of :class:`~kg.extract.arabic_mentions.MentionFinder`).

A base is a head noun (قاعدة، معسكر، مطار، مقر، نقطة ...) with what names it: a genitive proper
name (قاعدة X)، a quoted or coded name (قاعدة «X»، معسكر (B7))، a located name (النقطة X في بلدة
Y، مقرها في محافظة Y)، a place after a relative clause about it (القاعدة التي كانت تشغلها قوات X في
مدينة Y)، or, after a plural or dual head, a list of names (نقاط X وY، قاعدتين هما X وY). A head
with only adjectives (القاعدة الجوية، ثاني قاعدة) points back to a base named before; a name
given once with its head noun is the same base when it comes back alone."""
from __future__ import annotations

from ..model import Kind
from .arabic_common import BASE_HEADS, ENUM_LINKS, M, conjoined
from .arabic_base_lists import BaseListRules
from .arabic_base_names import BaseNameRules
from .arabic_base_sites import BaseSiteRules

# a head that names a base only with a generic complement after it (lexicon: _doc_weak_center)
_COMPLEMENT_HEADS = frozenset({"مركز"})


class BaseRules(BaseListRules, BaseNameRules, BaseSiteRules):
    """The base rules of :class:`~kg.extract.arabic_mentions.MentionFinder` (a mixin: they use
    its predicates ``has``, ``punct``, ``gaz_at``, ``demonym`` and helpers)."""

    def _typo_confirmed(self, i: int) -> bool:
        """A misspelt head counts when what follows is what follows that head: an adjective of
        bases (a head with a letter dropped, then العسكرية) or a known force name / nationality."""
        j = i + 1
        if j >= self.n or self.punct(j):
            return False
        if "BH_SING" in self.tags[i] and self.has(j, "B_ADJ") and self.defn[j] == self.defn[i]:
            return True
        if "FH_STRONG" in self.tags[i]:
            return self.gaz_at(j, (Kind.FORCE,)) is not None or bool(self.demonym(j))
        return False

    def _ordinal_base(self, i: int) -> bool:
        """ثاني قاعدة، أكبر معسكر: an ordinal or superlative in construct with a base head (never
        across punctuation, never with the article: الأحد is a weekday)."""
        return "ORDINAL" in self.tags[i] and i + 1 < self.n and bool(self.tags[i + 1] & BASE_HEADS) \
            and not self.defn[i] and not self.punct(i + 1)

    def _base(self, i: int, in_list: bool = False):
        m = self._base_at(i, in_list)
        if isinstance(m, M) and m.cat in ("named", "gaz"):
            ante = self._known_as_antecedent(i)
            if ante is not None:
                m.extra["same_as"] = ante            # قاعدة X، المعروفة أيضا بمطار Y: one base
        return m

    def _base_at(self, i: int, in_list: bool = False):
        doc, n = self.doc, self.n
        if self._ordinal_base(i):
            h = i + 1
            b = self._skip(h + 1, {"B_ADJ"})
            return M(Kind.BASE, i, b, doc.start[i], doc.end[b - 1], "anaphor", head=doc.forms(h)[0], extra={"ordinal": True})
        t = self.tags[i]
        if "BH_SING" in t and self._counted(i):
            return None
        if doc.forms(i)[0] in _COMPLEMENT_HEADS and not (i + 1 < n and not self.punct(i + 1)
                                                        and "B_GENERIC" in self.tags[i + 1]):
            return None               # المركز الأول، مركز الولاية: no base without مركز المراقبة / التنصت
        w = doc.norm[i]
        head = doc.forms(i)[0]
        plural = "BH_PLUR" in t
        dual = "BH_DUAL" in t
        weak = "BH_WEAK" in t
        is_def = self.defn[i]
        j = i + 1
        if self._site_only_head(i):
            return None if is_def or "POSS" in t else self._institution_seat(i, j)
        if dual and j < n and not self.punct(j) and doc.norm[j][:1] == "ل" \
                and (doc.norm[j].startswith("لل") or self.tags[j]):
            return None               # اتخذها مقرا لقيادتها: an accusative singular; a dual takes no لـ
        if plural or dual:
            listed = self._base_list(i, dual)
            if listed or "BH_ONE_PLUR" not in t or j >= n or self.punct(j) or self.defn[j] or self.tags[j]:
                return listed         # ثكنات الجيش العراقي: barracks of a force, no name
        # a coded name in brackets (B7) or a quoted one
        pe = self._paren_end(j)
        if pe and not self.punct(j + 0) or pe:
            pa, pb = self._paren_tokens(j)
            if pb - pa <= 3 and all(self.latin[k] for k in range(pa, pb)):
                return self._base_named(i, pa, pb, pe)
        q = self._quoted_at(j)
        if q and q[1] - q[0] <= 6 and (not is_def or (self._quoted_name_ok(i, q) and self._quoted_base_name(q))):
            return self._base_named(i, q[0], q[1], q[2])
        poss = "POSS" in t            # مقرها، قاعدته: a noun with a possessive takes no genitive name
        if not is_def and not poss:
            coded = self._quoted_after_kind(i, j)
            if coded is not None:     # قاعدة العمليات المتقدمة «X»: the kind of base, then its name
                m = self._base_named(i, coded[0], coded[1], coded[2])
                m.extra["code_name"] = True
                return m
        if not poss and not is_def and self._possessed(j):
            loc = self._located_name(self._skip(j + 1, {"B_ADJ"}))
            if loc:                   # مقر قطاعها في مدينة X: the site of its unit, named by where it is
                la, lb, lend, gm = loc
                return self._located(self._base_named(i, la, lb, lend, gm))
        # a gazetteer base / place right after the head
        if j < n and not self.punct(j) and not poss:
            gm = self.gaz_at(j, (Kind.BASE, Kind.PLACE), short=True)
            if gm is not None and is_def and gm.last == j + 1 and self.has(j, "FUNC"):
                gm = None             # القاعدة كانت ...: a definite head, then its verb (not Kant)
            if gm is not None and not (gm.entry.kind is Kind.PLACE and not gm.entry.located_in):
                return self._base_named(i, j, gm.last, None, gm)
        # a base named after a person, by rank or title: قاعدة الجنرال X، معسكر الشهيد X
        if not is_def and not poss:
            e = self._eponym(j) or self._lineage_name(j)
            if e:
                return self._base_named(i, j, e, None)
        # the seat or camp of a numbered unit: مقر اللواء 93، معسكر الفرقة السابعة
        if not is_def and not poss and self._numbered_unit(j):
            return self._seat_of_unit(i, j, j, self._unit(j, arm=False).b)
        if not is_def and not poss and self._command_of_unit(j):
            return self._seat_of_unit(i, j, j + 1, self._unit(j + 1, arm=False).b)   # مقر قيادة الفرقة السادسة عشرة
        if not is_def and not poss:
            seat = self._seat_of_bare_unit(i, j)
            if seat is not None:
                return seat
        # a name that opens with a landform or locality noun: معسكر جبل X، قاعدة تلة X
        if not is_def and not poss and self._landform_name(j):
            k = j + 1
            while k < n and k < j + 3 and not self.punct(k) and not conjoined(doc.norm[k]) and self._base_name_word(k) \
                    and not self.defn[k] and not self.tags[k]:
                k += 1
            if k > j + 1:
                return self._base_named(i, j, k, None)
        # a genitive proper name, maybe with adjectives: قاعدة X، مطار X القديم
        if not is_def and not poss and j < n and not self.punct(j) and self._base_name_word(j) \
                and not self._kind_plural(j):
            k = j
            while k < n and k < j + 3 and (k == j or not self.punct(k) and not conjoined(doc.norm[k])
                                           and not self._conjunction_after_article(k)) \
                    and self._base_name_word(k):
                k += 1
            k = self._number_ends_name(k)
            k = self._dash_joined(k)
            if in_list or not (weak and "LOCALITY" not in self.tags[j] and not self._proper(j)):
                return self._base_named(i, j, k, None)
        if in_list and not is_def and j < n and not self.punct(j) and self.has(j, "ORG_HEAD"):
            k = j + 1
            while k < n and k < j + 3 and not self.punct(k) and self.defn[k] and not self.has(k, "FUNC") \
                    and not doc.norm[k].startswith("و"):
                k += 1
            return self._base_named(i, j, k, None)             # the seat of a body (مقر + its name)
        # head + adjectives ... في + name: القاعدة الجوية في X، مقرها في محافظة X
        k = j
        while k < n and k < j + 5 and not self.punct(k) and (
                self.tags[k] & {"B_ADJ", "B_GENERIC", "B_LOC"} or self.demonym(k) or self._base_adj(k)
                or (self.has(k, "F_GENERIC") and self.defn[k])):
            if self.has(k, "B_LOC") and doc.forms(k)[0] in ("تي", "ذي") or self.lex.belonging_adjective(doc.norm[k]):
                break
            k += 1
        if (is_def or poss) and self._base_number(k):
            return self._numbered_base(i, k)         # القاعدة الجوية 101، قاعدتها العسكرية الـ201
        loc = self._located_name(k)
        if loc is None and self._complement_adjective(j, k):
            k += 1
            loc = self._located_name(k)
        if loc is None and k == j and not is_def and not poss:
            loc = self._located_name(self._descriptive_complement(j))   # محطة الرادار الكندية في X
        if loc and is_def and i > 0 and "LOC_VERB" in self.tags[i - 1] and not self.punct(i):
            loc = None                               # وتقع القاعدة في منطقة X: where it lies
        if loc is None and (poss or weak) and k < n and doc.norm[k] == "في" and not self.punct(k):
            inner = self._site_in(k + 1)
            if inner is not None:                    # مقرها في قلعة X: its seat is the site named there
                return self._located(self._base_named(i, k + 1, inner, None))
        if loc and poss and self._named_base_before(i):
            return M(Kind.BASE, i, max(loc[1], self._tok_after(loc[2])), doc.start[i], loc[2], "anaphor", head=head)
            # «X» ... يتسلّم مقره في بغداد: its seat is X, told where it is
        if loc:
            la, lb, lend, gm = loc
            return self._located(self._base_named(i, la, lb, lend, gm))
        if is_def and k < n and (doc.norm[k] in ("التي", "الذي") or self.lex.belonging_adjective(doc.norm[k])) \
                and not self.punct(k):
            named = self._named_after_relative(i, k)
            if named is not None:
                return named
        if not is_def and not poss and k < n and not self.punct(k):
            named = self._named_after_owner(i, k) or self._described_by_region(i, j, k)
            if named is not None:
                return named
        if not is_def and not poss:
            seat = self._institution_seat(i, j)
            if seat is not None:
                return seat
        if is_def or poss or doc.norm[i - 1:i] and i > 0 and doc.forms(i - 1)[0] in ("هذا", "هذه", "ذلك", "تلك"):
            b = self._skip(j, {"B_ADJ"})
            if weak and b == j:
                return None
            return M(Kind.BASE, i, b, doc.start[i], doc.end[b - 1], "anaphor", head=head)
        return None

    def _seat_of_unit(self, i: int, j: int, u: int, e: int) -> M:
        """The seat of a numbered unit [u, e) (مقر [قيادة] الفرقة 21): with its arm (مشاة، مدرعة: one
        indefinite word) and where it is (في X) when they follow. It is known by the unit's number
        alone, so مقر الفرقة 16 مشاة في X and مقر قيادة الفرقة السادسة عشرة are one seat."""
        n = self.n
        k = e
        if k < n and not self.punct(k) and not self.defn[k] and not self.doc.norm[k].isdigit() \
                and (not self.tags[k] or self.doc.forms(k)[0] in self.lex.arms):
            k += 1                                   # الفرقة 16 مشاة
        loc = self._located_name(k)
        if loc is None:
            m = self._base_named(i, j, e, None)
        else:
            m = self._base_named(i, j, k, loc[2])
            m.extra["located"] = True
        m.ident = self._lazy(u, e)
        return m

    def _seat_of_bare_unit(self, i: int, j: int) -> M | None:
        """The seat of a unit the article names by its noun alone (مقر قيادة الوحدة في مدينة X،
        مقر الفرقة في X): no unit name to know it by, so it is named by where it is."""
        n = self.n
        k = j + 1 if j < n and self.has(j, "B_GENERIC") and not self.defn[j] and not self.punct(j) else j
        if k >= n or self.punct(k):
            return None
        if not self.defn[k] and any(f in self.lex.seat_bodies for f in self.doc.forms(k)):
            e = self._body_complement(k + 1)
            if e is None:
                return None
        elif not self.defn[k] or "FH_UNIT" not in self.tags[k] or self._unit(k) is not None:
            return None
        else:
            e = k + 1
        loc = self._located_name(e, near=True)
        if loc is None:
            return None
        la, lb, lend, gm = loc
        key = gm.entry.key if gm is not None and gm.entry.kind is Kind.BASE else None
        doc = self.doc
        return M(Kind.BASE, i, max(lb, self._tok_after(lend)), doc.start[i], lend, "gaz" if key else "named",
                 key=key, name=doc.text[doc.start[la]:doc.end[lb - 1]], head=doc.forms(i)[0],
                 ident=self._lazy(la, lb), extra={"located": True})

    def _body_complement(self, x: int) -> int | None:
        """The end of what names a team or sector by its job or area (قطاع الغرب، فريق إعادة
        الإعمار، بعثة المراقبة الدولية): definite words in construct, at most three, none a place
        link or a function word; None when there is none."""
        doc, n = self.doc, self.n
        e = x
        while e < n and e < x + 3 and not self.punct(e) and doc.norm[e] != "في" \
                and not self.tags[e] & {"FUNC", "ADJACENT", "LOCALITY"} and doc.norm[e] not in ("التي", "الذي") \
                and (self.defn[e] or (e == x and e + 1 < n and self.defn[e + 1])) and not conjoined(doc.norm[e]):
            e += 1
        return e if e > x and self.defn[e - 1] else None

    def _site_in(self, x: int) -> int | None:
        """A site named after في (قلعة X، مطار X، معسكر X: an indefinite base head and a proper name
        or a town): the end of its name, or None."""
        n = self.n
        if x + 1 >= n or self.punct(x) or self.punct(x + 1) or self.defn[x] or "BH_SING" not in self.tags[x] \
                or "FUNC" in self.tags[x]:
            return None
        gm = self.gaz_at(x + 1, (Kind.BASE, Kind.PLACE), short=True)
        if gm is not None:
            return gm.last if gm.entry.kind is Kind.BASE or gm.entry.located_in else None
        ok = self._base_name_word(x + 1) and not self.tags[x + 1] and not self.defn[x + 1]
        return x + 2 if ok else None                 # a name no list knows: a transliterated place

    def _complement_adjective(self, j: int, k: int) -> bool:
        """A definite word no list knows after a head's generic complement and its nationalities
        (قاعدة الدعم المتقدم، مركز المراقبة المشترك): the complement's adjective, agreeing with it in the article, when
        where the base is follows it (في ...)."""
        n = self.n
        c = k - 1
        while c > j and self.demonym(c) and self.defn[c]:
            c -= 1                                   # مركز المراقبة الروسي التركي المشترك: nationalities between
        return j < k < n - 1 and self.tags[c] & {"B_GENERIC", "F_GENERIC"} and self.defn[c] \
            and self.defn[k] and not self.tags[k] and not self.punct(k) and not self.demonym(k) \
            and self.gaz_at(k) is None and self.doc.norm[k + 1] == "في"

    def _named_after_relative(self, i: int, k: int) -> M | None:
        """A base named by where it is, after a relative clause about it (القاعدة العسكرية التي
        كانت تشغلها قوات X في مدينة Y): the base is Y's. Its mention keeps the head and its
        adjectives only, so the clause's own mentions stay theirs."""
        doc, n = self.doc, self.n
        y = k + 1
        while y < n and y < k + 9 and not (self.punct(y) and doc.gap[y].strip(' "“”«»-–')):
            if doc.norm[y] == "في" or (doc.norm[y][:1] == "ب" and "LOCALITY" in self.tags[y]):
                loc = self._located_name(y)
                if loc is None:
                    return None
                la, lb, _, gm = loc
                key = gm.entry.key if gm is not None and gm.entry.kind is Kind.BASE else None
                return M(Kind.BASE, i, k, doc.start[i], doc.end[k - 1], "gaz" if key else "named", key=key,
                         name=doc.text[doc.start[la]:doc.end[lb - 1]], head=doc.forms(i)[0],
                         ident=self._lazy(la, lb), extra={"located": True})
            if self.tags[y] & {"TRIGGER", "SPEECH", "COMPL"} and y > k + 1 and "HOLDER" not in self.tags[y]:
                return None
            y += 1
        return None

    def _named_after_owner(self, i: int, k: int) -> M | None:
        """A base in construct with the force that holds it, then where it is (معسكر التحالف في
        البريقة، مقر قيادة القوات الفرنسية في مدينة X): the base is the place's. The force inside
        stays a mention of its own (``owner``)."""
        if not (self.gaz_start[k] or "FH_STRONG" in self.tags[k]):
            return None
        command = k > i + 1 and self.has(k - 1, "B_GENERIC") and not self.punct(k)
        forces = [c for c in self._candidates(k) if isinstance(c, M) and c.kind is Kind.FORCE
                  and (c.cat != "fanaphor" or command)]   # مقر قيادة القوة في X: the force's command
        if not forces:
            return None
        owner = max(forces, key=lambda c: c.b)
        if owner.b >= self.n or self.punct(owner.b):
            return None
        loc = self._located_name(owner.b, near=True)
        if loc is None:
            return None
        la, lb, lend, lgm = loc
        doc = self.doc
        key = lgm.entry.key if lgm is not None and lgm.entry.kind is Kind.BASE else None
        return M(Kind.BASE, i, max(lb, self._tok_after(lend)), doc.start[i], lend, "gaz" if key else "named", key=key,
                 name=doc.text[doc.start[la]:doc.end[lb - 1]], head=doc.forms(i)[0], ident=self._lazy(la, lb),
                 extra={"owner": owner, "located": True})

    def _drop_landmarks(self, out: list[M]) -> None:
        """A site told as where a named base lies (قاعدة X الملاصقة لمطار Y، معسكر X قرب مطار Y،
        الواقع داخل حرم مطار Y) only places it: Y is no base of the article there. After an unnamed
        head (القاعدة الجوية قرب مطار Y) the site is what names the base, and it stays."""
        named = [m for m in out if m.kind is Kind.BASE and m.cat in ("named", "gaz")]
        out[:] = [m for m in out if not (m.kind is Kind.BASE and m.cat != "anaphor" and self._landmark_of(m.a, named))]

    def _landmark_of(self, a: int, named: list[M]) -> bool:
        """Whether the words before token a place it beside a named base (a base read up to or
        over those words: its span may hold the adjacency word)."""
        doc, words = self.doc, self.lex.base_landmark_words
        k = a - 1
        beside = False
        while k >= 0 and k >= a - 4 and doc.sent[k] == doc.sent[a]:
            forms = doc.forms(k)
            if "ADJACENT" in self.tags[k] or any(f in words for f in forms):
                beside = True
            elif not any(f in self.lex.base_landmark_fillers for f in forms):
                break
            if beside and any(p.a < k <= p.b <= a for p in named):
                return True
            k -= 1
        return False

    def _named_again(self, out: list[M]) -> list[M]:
        """A base named with its head noun (قاعدة X) is the same base when X comes back alone
        later in the article (غادروا X): the bare name, matched word for word."""
        doc, n = self.doc, self.n
        names: dict[str, list[tuple[tuple[str, ...], M]]] = {}
        taken = [False] * n
        places: dict[int, M] = {}
        for m in out:
            if m.kind is None and m.cat == "place" and not m.country:
                places[m.a] = m                      # a town a base is named after: the base, here
                continue
            for k in range(m.a, min(m.b, n)):
                taken[k] = True
            if m.kind is Kind.BASE and m.cat in ("named", "gaz") and isinstance(m.ident, tuple):
                _, na, nb, _ = m.ident
                while na < nb and self.tags[na] & BASE_HEADS:
                    na += 1                          # معسكر X: the name is X
                while nb > na and self._base_adj(nb - 1):
                    nb -= 1                          # X الجوية
                words = tuple(doc.forms(k)[0] for k in range(na, nb))
                if words and all(self._base_name_word(k) and not self.tags[k] for k in range(na, nb)):
                    names.setdefault(words[0], []).append((words, m))
        if not names:
            return []
        found = []
        last = -1
        for k in doc.positions(names):
            if taken[k] or k <= last:
                continue
            cands = [c for f in doc.forms(k) for c in names.get(f, ())]
            if cands:
                for words, m in cands:
                    if m.extra.get("located") and not (k > 0 and self.tags[k - 1] & BASE_HEADS
                                                       and not self.punct(k)):
                        continue                     # في وسط X: the town a base was named after
                    e = k + len(words)
                    if self._surname_at(k):
                        continue
                    if m.b <= k and e <= n and not any(taken[x] for x in range(k, e)) and \
                            all(words[j] in doc.forms(k + j) for j in range(len(words))) and \
                            (e >= n or not self.defn[e] or self.punct(e)):
                        p = places.get(k)
                        if p is not None and p.b != e:
                            continue
                        if p is not None:
                            out.remove(p)
                        found.append(M(Kind.BASE, k, e, doc.start[k], doc.end[e - 1], m.cat, key=m.key, name=m.name,
                                       ident=self._lazy(k, e, strip_conj=words[0] != doc.forms(k)[0]),
                                       extra={"same_as": m}))   # ويلسون again keeps its و
                        last = e - 1
                        break
        return found

    def _surname_at(self, k: int) -> bool:
        """Bases are named after people (ثكنات كامبل): the bare name right after a given name, or
        after a rank and one name word (الفريق دونالد كامبل), is that person's surname."""
        if k == 0 or self.punct(k) or self.defn[k - 1]:
            return False
        if "GIVEN" in self.tags[k - 1]:
            return True
        return k > 1 and not self.punct(k - 1) and not self.tags[k - 1] and bool(self.tags[k - 2] & {"RANK", "TITLE"})

    def _coordinated(self, first: M) -> list[M]:
        """Bases coordinated with a named one: قاعدة «X» و«Y» ...، وصولاً إلى «Z»؛ معسكر X ومعسكر Y.
        Only quoted names or head-noun names count; place phrases between them are skipped."""
        doc, n = self.doc, self.n
        out: list[M] = []
        k = first.b
        while k < n and len(out) < 12:
            if doc.sent[k] != doc.sent[first.a]:
                break
            w = doc.norm[k]
            if w == "في" or (w[:1] == "ب" and "LOCALITY" in self.tags[k]):
                k = self._skip_modifier(k)          # where the last one is (في منطقة ... بريف ...)
                continue
            x = k
            if w == "و" or (w in ENUM_LINKS):
                x = k + 1
                if x < n and doc.norm[x] in ("الي", "الى", "ب") and not self.punct(x) is False:
                    x += 1
                elif x < n and doc.norm[x] in ("الي", "الى"):
                    x += 1
            elif not (w[:1] == "و" and len(w) > 2 and self.tags[k] & {"BH_SING"}):
                break
            q = self._quoted_at(x)
            if q and x != first.b:
                it = self._list_base(x, q[0], q[1], doc.end[q[1] - 1])
                it.extra["quoted"] = True
            elif self.tags[x] & {"BH_SING"} and x != first.b:
                it = self._base(x)
                if not isinstance(it, M) or it.cat == "anaphor":
                    break
            else:
                break
            out.append(it)
            k = max(it.b, self._tok_after(it.end))
        if out:
            first.list_id = first.a
        for it in out:
            it.list_id = first.a
            it.items = len(out) + 1
        first.items = len(out) + 1 if out else first.items
        return out
