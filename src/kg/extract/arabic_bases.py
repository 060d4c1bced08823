"""Bases named in an Arabic article (rules of :class:`~kg.extract.arabic_mentions.MentionFinder`).

A base is a head noun (قاعدة، معسكر، مطار، مقر، نقطة ...) with what names it: a genitive proper
name (قاعدة X)، a quoted or coded name (قاعدة «X»، معسكر (B7))، a located name (النقطة X في بلدة
Y، مقرها في محافظة Y)، a place after a relative clause about it (القاعدة التي كانت تشغلها قوات X في
مدينة Y)، or, after a plural or dual head, a list of names (نقاط X وY، قاعدتين هما X وY). A head
with only adjectives (القاعدة الجوية، ثاني قاعدة) points back to a base named before; a name
given once with its head noun is the same base when it comes back alone."""
from __future__ import annotations

import bisect

from ..model import Kind
from .gazetteer import Match
from .arabic_common import BASE_HEADS, ENUM_LINKS, NOT_BASE_NAME, STOP_LIST, M, conjoined

_DASHES = ("-", "–", "—")
# a participle of belonging after a head, like a relative clause: المجمع العسكري التابع لـX في بلدة Y
_BELONGING = frozenset({"التابع", "التابعه", "التابعين", "التابعتين"})
_POSSESSIVES = ("ها", "هم", "هما")
_COMPASS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})
_NAME_ENDS = frozenset({"FUNC", "TRIGGER", "DEST", "LOCALITY", "TIME"})   # words after a name, never in it


class BaseRules:
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
        doc, n = self.doc, self.n
        if self._ordinal_base(i):
            h = i + 1
            b = self._skip(h + 1, {"B_ADJ"})
            return M(Kind.BASE, i, b, doc.start[i], doc.end[b - 1], "anaphor", head=doc.forms(h)[0], extra={"ordinal": True})
        t = self.tags[i]
        w = doc.norm[i]
        head = doc.forms(i)[0]
        plural = "BH_PLUR" in t
        dual = "BH_DUAL" in t
        weak = "BH_WEAK" in t
        is_def = self.defn[i]
        j = i + 1
        if plural or dual:
            return self._base_list(i, dual)
        # a coded name in brackets (B7) or a quoted one
        pe = self._paren_end(j)
        if pe and not self.punct(j + 0) or pe:
            pa, pb = self._paren_tokens(j)
            if pb - pa <= 3 and all(self.latin[k] for k in range(pa, pb)):
                return self._base_named(i, pa, pb, pe)
        q = self._quoted_at(j)
        if q and q[1] - q[0] <= 6 and (not is_def or self._quoted_name_ok(i, q)):
            return self._base_named(i, q[0], q[1], q[2])
        poss = "POSS" in t            # مقرها، قاعدته: a noun with a possessive takes no genitive name
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
            e = self._eponym(j)
            if e:
                return self._base_named(i, j, e, None)
        # the seat or camp of a numbered unit: مقر اللواء 93، معسكر الفرقة السابعة
        if not is_def and not poss and self._numbered_unit(j):
            return self._base_named(i, j, self._unit(j).b, None)
        # a genitive proper name, maybe with adjectives: قاعدة X، مطار X القديم
        if not is_def and not poss and j < n and not self.punct(j) and self._base_name_word(j):
            k = j
            while k < n and k < j + 3 and (k == j or not self.punct(k) and not conjoined(doc.norm[k])) \
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
            if self.has(k, "B_LOC") and doc.forms(k)[0] in ("تي", "ذي") or doc.norm[k] in _BELONGING:
                break
            k += 1
        loc = self._located_name(k)
        if loc and is_def and i > 0 and "LOC_VERB" in self.tags[i - 1] and not self.punct(i):
            loc = None                               # وتقع القاعدة في منطقة X: where it lies
        if loc and poss and self._named_base_before(i):
            return M(Kind.BASE, i, max(loc[1], self._tok_after(loc[2])), doc.start[i], loc[2], "anaphor", head=head)
            # «X» ... يتسلّم مقره في بغداد: its seat is X, told where it is
        if loc:
            la, lb, lend, gm = loc
            return self._located(self._base_named(i, la, lb, lend, gm))
        if is_def and k < n and (doc.norm[k] in ("التي", "الذي") or doc.norm[k] in _BELONGING) \
                and not self.punct(k):
            named = self._named_after_relative(i, k)
            if named is not None:
                return named
        if not is_def and not poss and k < n and not self.punct(k):
            named = self._named_after_owner(i, k) or self._described_by_region(i, j, k)
            if named is not None:
                return named
        if is_def or poss or doc.norm[i - 1:i] and i > 0 and doc.forms(i - 1)[0] in ("هذا", "هذه", "ذلك", "تلك"):
            b = self._skip(j, {"B_ADJ"})
            if weak and b == j:
                return None
            return M(Kind.BASE, i, b, doc.start[i], doc.end[b - 1], "anaphor", head=head)
        return None

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
        loc = self._located_name(owner.b)
        if loc is None:
            return None
        la, lb, lend, lgm = loc
        doc = self.doc
        key = lgm.entry.key if lgm is not None and lgm.entry.kind is Kind.BASE else None
        return M(Kind.BASE, i, max(lb, self._tok_after(lend)), doc.start[i], lend, "gaz" if key else "named", key=key,
                 name=doc.text[doc.start[la]:doc.end[lb - 1]], head=doc.forms(i)[0], ident=self._lazy(la, lb),
                 extra={"owner": owner, "located": True})

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
                    if m.b <= k and e <= n and not any(taken[x] for x in range(k, e)) and \
                            all(words[j] in doc.forms(k + j) for j in range(len(words))) and \
                            (e >= n or not self.defn[e] or self.punct(e)):
                        p = places.get(k)
                        if p is not None and p.b != e:
                            continue
                        if p is not None:
                            out.remove(p)
                        found.append(M(Kind.BASE, k, e, doc.start[k], doc.end[e - 1], m.cat, key=m.key, name=m.name,
                                       ident=self._lazy(k, e, strip_conj=True), extra={"same_as": m}))
                        last = e - 1
                        break
        return found

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

    def _skip(self, k: int, tags: set[str]) -> int:
        while k < self.n and not self.punct(k) and (self.tags[k] & tags or self.demonym(k)
                                                     or ("B_ADJ" in tags and self._base_adj(k))):
            k += 1
        return k

    def _base_adj(self, k: int) -> bool:
        """An adjective of a base: a listed one, or a definite participle / verbal noun by its
        shape (القواعد المنقولة، القاعدة المدمرة)."""
        t = self.tags[k]
        return "B_ADJ" in t or ("VN" in t and self.defn[k])

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
        if self.punct(x) or "B_LOC" not in self.tags[x] or doc.forms(x)[0] not in _COMPASS or self.punct(x + 1):
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

    def _possessed(self, k: int) -> bool:
        """An indefinite noun with a possessive pronoun right after a base head (مقر قيادتها،
        موقع فريقه): the head's complement, not a name (a name takes no pronoun). ه counts only
        as written (a folded ة is no pronoun)."""
        doc = self.doc
        if k >= self.n or self.punct(k) or self.defn[k] or self.tags[k] & (NOT_BASE_NAME - {"B_GENERIC", "POSS"}):
            return False
        w = doc.forms(k)[-1]
        sufs = _POSSESSIVES + (("ه",) if doc.last_letter[k] == "ه" else ())
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

    def _base_name_word(self, k: int) -> bool:
        t = self.tags[k]
        if self.defn[k] and "GIVEN" in t:
            t = t - {"GIVEN"}                        # النصر، الحسن: with the article, not a person's name
        if t & NOT_BASE_NAME or self.demonym(k) or self.doc.norm[k].isdigit():
            return False
        g = self.gaz_at(k, (Kind.FORCE, Kind.ORGANIZATION))
        return g is None

    def _located_name(self, k: int):
        """``في [منطقة] NAME`` at token k: (first, last, end offset, gazetteer match) of NAME."""
        doc, n = self.doc, self.n
        if k >= n or (self.punct(k) and (doc.gap[k].strip(' "“”»') or not doc.gap[k][-1:].isspace())):
            return None                          # a closing quotation mark may come before في
        w = doc.norm[k]
        if w == "في":
            x = k + 1
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
        if (self.defn[x] and not locality) or not self._base_name_word(x) or self.has(x, "B_ADJ"):
            return None                          # في المنطقة: no name; في قرية X: a name
        y = x
        while y < n and y < x + 3 and (y == x or not self.punct(y) and not conjoined(doc.norm[y])) \
                and self._base_name_word(y) \
                and (y == x or not self.defn[y] or self.defn[x]) and "LOCALITY" not in self.tags[y]:
            y += 1
        if y == x:
            return None
        return x, y, doc.end[y - 1], None

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
            while b < n and not self.punct(b) and (self._base_adj(b) or self.demonym(b)):
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

    def _tok_after(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.doc.start, offset)

    def _base_list(self, i: int, dual: bool) -> list[M] | None:
        """A list after a plural or dual head: نقاط X وY، معسكري (B7) في X وY، القواعد التي تقع في X وY."""
        doc, n = self.doc, self.n
        j = i + 1
        if dual and self._construct_dual(i) and self._genitive_name(j):
            items = self._list_items(j, dual, genitive=True)   # معسكري مسلح وX: a construct takes no adjective
            if len(items) == 2:
                for it in items:
                    it.items, it.list_id = 2, i
                items[0].extra["list_head"] = (i, doc.start[i])
                return items
        # the items may follow directly (construct), after في, or after هي/هما/:
        k = j
        while k < n and k < j + 5 and not self.punct(k) and (
                self.tags[k] & {"B_ADJ", "B_GENERIC"} or self.demonym(k) or doc.norm[k].isdigit() or self._base_adj(k)
                or (self.defn[k] and self.has(k, "F_GENERIC"))
                or (doc.norm[k][:1] == "و" and self.defn[k] and k + 1 < n and doc.norm[k + 1] == "في"
                    and not self.gaz_at(k))):
            k += 1                                     # adjectives, and nouns joined to the head
        start = None
        after_in = False
        if k < n and doc.norm[k] in ("التي", "الذي") and k + 2 < n and doc.norm[k + 2] == "في":
            k += 2
        for x in range(k, min(n, k + 4)):              # قاعدتين تم إغلاقهما هما X وY
            if x > k and self.punct(x) and doc.gap[x].strip() not in ("،", ","):
                break
            if "LIST_OPEN" in self.tags[x] and doc.forms(x)[0] in ("هي", "هما", "وهي", "وهما"):
                if all(self.tags[y] & {"PASSIVE", "TRIGGER", "FUNC"} or doc.norm[y] in ("التي", "الذي", "قد")
                       for y in range(k, x)):
                    k = x
                break
        if k < n and doc.norm[k] == "في" and not self.punct(k):
            start, after_in = k + 1, True
            if start < n and "LOCALITY" in self.tags[start] and not self.defn[start]:
                start += 1
                after_in = doc.forms(start - 1)[0][-1:] not in ("ي", "ن") or "ADMIN" in self.tags[start - 1]
                # منطقتي X وY: two sites named; إقليمي X وY: two provinces the bases are in
        elif k < n and ("LIST_OPEN" in self.tags[k] or doc.gap[k].strip().endswith(":")):
            start = k + 1 if "LIST_OPEN" in self.tags[k] else k
        elif (k == j and not self.punct(j) and not self.defn[i]) or \
                (i > 0 and "LIST_OPEN" in self.tags[i - 1] and k < n and not self.punct(k)):
            start = k                                  # نقاط X وY; تشمل القواعد ... X وY
        if start is None or start >= n:
            return None
        items = self._list_items(start, dual)
        if not items:
            return None
        admin = start > 0 and "ADMIN" in self.tags[start - 1]
        places = [it for it in items if it.extra.get("place")]
        towns = [it for it in places if not it.key]     # a place, not a base's short name
        if after_in and (len(items) < 2 or ((admin or places)
                                            and not any(it.key and (not it.extra.get("place") or not towns)
                                                        for it in items))):
            return None                                # bases in a country or in provinces: regions
            # (a base's short name among provinces is the city: مواقع في كركوك ونينوى والأنبار)
        if start == j and not (i > 0 and "LIST_OPEN" in self.tags[i - 1] and len(items) >= 2) \
                and not (dual and len(items) == 2):
            it = items[0]
            if it.key is None and not it.extra.get("quoted") and not it.extra.get("coded") \
                    and not self._proper(it.a) and not self._conjoined_names(items, dual):
                return None                            # an indefinite adjective, not a name
        for it in items:
            it.items = len(items)
            it.list_id = i
        first = items[0]
        first.extra["list_head"] = (i, doc.start[i])
        return items

    def _construct_dual(self, i: int) -> bool:
        """A dual head in the construct state (قاعدتي، معسكري، مطارا: no article, no final ن):
        the next word is its genitive, never an adjective (an adjective would agree, in the dual)."""
        w = self.doc.forms(i)[0]
        return not self.defn[i] and w[-1:] in ("ي", "ا") and not w.endswith(("ين", "ان"))

    def _genitive_name(self, k: int) -> bool:
        """After a construct dual: an indefinite singular word that is only an adjective in form
        (مسلح، جديد) and is followed by a second name joined with و names the first base."""
        doc, n = self.doc, self.n
        if k + 1 >= n or self.punct(k) or self.punct(k + 1) or self.defn[k]:
            return False
        t = self.tags[k]
        if not t or not t <= {"F_GENERIC", "B_ADJ", "B_GENERIC"}:
            return False
        w = doc.norm[k]
        if w.endswith(("ين", "ان", "تين", "تان")) or self.demonym(k):
            return False                               # a dual adjective agrees: no name
        nxt = doc.norm[k + 1]
        return nxt.startswith("و") and len(nxt) > 2 and not (self.tags[k + 1] & STOP_LIST)

    def _conjoined_names(self, items: list[M], dual: bool) -> bool:
        """A plural head in construct with two or more names joined by و (قواعد X وY وZ): the
        head is not followed by an adjective (those agree with it and are no names), and each
        later item starts with the conjunction."""
        doc = self.doc
        if dual or len(items) < 2:
            return False
        return all(doc.norm[it.a].startswith("و") or doc.norm[it.a - 1] == "و" for it in items[1:])

    def _list_items(self, k: int, dual: bool, genitive: bool = False) -> list[M]:
        doc, n = self.doc, self.n
        items: list[M] = []
        if genitive:                                    # the construct's first genitive, one word
            items.append(self._list_base(k, k, k + 1, None))
            k += 1
        limit = k + 40
        while k < n and k < limit:
            if items:
                g = doc.gap[k]
                if "\n" in g or any(c in g for c in ".!?؟"):
                    break
            w = doc.norm[k]
            if w == "و" and items:
                k += 1                                  # "و X": a detached conjunction
                continue
            conjoined = w.startswith("و") and len(w) > 2 and w not in ("وهي", "وهما")
            if items and not conjoined:
                if "DEST" in self.tags[k] and self._dest_ends_list(k):
                    break                               # ... إلى الجيش X، ضمن ...: the destination closes it
                # a modifier (من قوات ...، في ريف ...): skip it up to the next separator
                if w in ("في", "من") or w.startswith("ب") and "LOCALITY" in self.tags[k] \
                        or "DEST" in self.tags[k]:
                    k = self._skip_modifier(k)
                    continue
                separated = doc.gap[k].strip() in ("،", ",", "؛", ";", "–", "-") or doc.norm[k - 1] == "و"
                if not (separated and self._item_start_ok(k)):
                    break
            it = self._item(k, first=not items)
            if it is None:
                break
            items.append(it)
            k = it.b
            k = self._skip_parenthesis(k)
            if dual and len(items) == 2:
                break
        return items

    def _dest_ends_list(self, k: int) -> bool:
        """A destination (إلى / نحو + a force or a body) is where the objects go: the list of
        bases before it is complete, and what follows its separator is a new phrase."""
        x = k + 1
        if x < self.n and not self.punct(x):
            if self.gaz_at(x, (Kind.FORCE, Kind.ORGANIZATION)) is not None:
                return True
            if self.tags[x] & {"FH_WEAK", "FH_STRONG", "ORG_HEAD"}:
                return True
        return False

    def _item_start_ok(self, k: int) -> bool:
        return not (self.tags[k] & STOP_LIST)

    def _skip_parenthesis(self, k: int) -> int:
        pe = self._paren_end(k)
        if pe:
            return self._paren_tokens(k)[1]
        return k

    def _skip_modifier(self, k: int) -> int:
        doc, n = self.doc, self.n
        x = k + 1
        while x < n and x < k + 12:
            g = doc.gap[x].strip()
            if g in ("،", ",", "؛", ";") or doc.norm[x] == "و" or doc.norm[x].startswith("و") \
                    and len(doc.norm[x]) > 2 and self._item(x, first=False, probe=True):
                return x
            if "\n" in doc.gap[x] or any(c in g for c in ".!?؟"):
                return x
            x += 1
        return x

    def _item(self, k: int, first: bool, probe: bool = False) -> M | None:
        """One list item at token k (a leading و is a conjunction)."""
        doc, n = self.doc, self.n
        if k >= n:
            return None
        t = self.tags[k]
        w = doc.norm[k]
        if not first and w[:1] == "و" and len(w) > 2 and "FUNC" in self.lex.profile(w[1:]).tags \
                and self.gaz_at(k, (Kind.BASE,), short=True) is None and self._conjoined_gaz_base(k) is None:
            return None                                 # وقد، ولم، وكان: a new clause, not a name
        if doc.text[doc.start[k]:doc.end[k]].endswith(("اً", "ًا", "ً")):
            return None                                 # واسعاً: an indefinite accusative, never a name
        name_like = bool(t) and t <= {"RANK", "GIVEN", "RANK_MOD", "TITLE"} and (not first or not self.defn[k])
        if t & (STOP_LIST - {"ORG_HEAD"}) and not (t & BASE_HEADS) and not name_like:
            return None
        q = self._quoted_at(k)
        if q:
            it = self._list_base(k, q[0], q[1], doc.end[q[1] - 1])
            it.extra["quoted"] = True
            return it
        pe = self._paren_end(k)
        if pe:
            pa, pb = self._paren_tokens(k)
            if all(self.latin[x] for x in range(pa, pb)):
                it = self._list_base(k, pa, pb, pe)
                it.extra["coded"] = True
                return it
        full = self.gaz_at(k, (Kind.BASE,), short=True)
        if full is None and not first:
            full = self._conjoined_gaz_base(k)
        if full is not None:
            it = self._list_base(k, full.first, full.last, None, full)
            if full.short:
                it.extra["place"] = True             # كركوك alone: the city, unless a head names the base
            return it
        if t & {"BH_SING"} and not probe:
            m = self._base(k, in_list=True)
            if isinstance(m, M) and m.cat != "anaphor":
                return m
            if isinstance(m, M) and self.defn[k] and m.b > k + 1:
                return self._list_base(k, k, m.b, None)   # والمطار القديم: named by its adjective
        gm = self.gaz_at(k, (Kind.BASE, Kind.PLACE, Kind.FORCE, Kind.ORGANIZATION), short=True)
        if gm is not None:
            if gm.entry.kind is Kind.FORCE:
                return None
            if gm.entry.kind is Kind.ORGANIZATION:
                return self._list_base(k, gm.first, gm.last, None)   # a body's seat, named by the body
            if gm.entry.kind is Kind.PLACE and not gm.entry.located_in:
                return None
            it = self._list_base(k, gm.first, gm.last, None, gm)
            if gm.entry.kind is Kind.PLACE:
                it.extra["place"] = True
            return it
        if not self._base_name_word(k) and not name_like and not (
                first is False and doc.norm[k].startswith("و") and self._base_name_word_stripped(k)):
            return None
        if "B_ADJ" in t or "B_GENERIC" in t:
            return None
        e = k + 1
        while e < n and e < k + 3 and not self.punct(e) and (self._base_name_word(e) or
                                                              self.tags[e] <= {"RANK", "GIVEN", "RANK_MOD"}) \
                and not (doc.norm[e].startswith("و") and len(doc.norm[e]) > 2) and "DEST" not in self.tags[e]:
            e += 1
        while e < n and not self.punct(e) and self._base_adj(e) and self.defn[e]:
            e += 1                                  # والمطار القديم
        return self._list_base(k, k, e, None)

    def _conjoined_gaz_base(self, k: int):
        """A gazetteer base behind the conjunction of a short first word (وكي وان): the folded
        forms keep و on words it would leave with two letters."""
        doc = self.doc
        w = doc.norm[k]
        if not (w.startswith("و") and 2 <= len(w) - 1 <= 3):
            return None
        bare = w[1:]
        best = None
        for length, e, _ in self.gaz.candidates(lambda x: (bare,) if x == k else doc.forms(x), self.n, k):
            if e.kind is Kind.BASE and (best is None or length > best[0]):
                best = (length, e)
        return Match(best[1], k, k + best[0], True) if best else None

    def _base_name_word_stripped(self, k: int) -> bool:
        w = self.doc.norm[k][1:]
        prof = self.lex.profile(w)
        return not (prof.tags & NOT_BASE_NAME)

    def _list_base(self, k: int, na: int, nb: int, end: int | None, gm=None) -> M:
        doc = self.doc
        key = gm.entry.key if gm is not None and gm.entry.kind is Kind.BASE else None
        if key is None and gm is None:
            g2 = self.gaz_at(na, (Kind.BASE,), short=True)
            if g2 is not None and g2.last == nb:
                key = g2.entry.key
        name = doc.text[doc.start[na]:doc.end[nb - 1]]
        if doc.norm[na].startswith("و") and na == k and len(doc.norm[na]) > 2 and \
                (gm is None or not self.gaz.starts_name(doc.forms(na)[0])):
            name = name[1:].lstrip()                 # وX -> X: the conjunction is not the name's
        e = end if end is not None else doc.end[nb - 1]
        b = nb if end is None else max(nb, self._tok_after(end))
        return M(Kind.BASE, k, b, doc.start[k], e, "gaz" if key else "named", key=key, name=name,
                 head="", ident=self._lazy(na, nb, strip_conj=(na == k)))

