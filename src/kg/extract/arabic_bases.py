"""Bases named in an Arabic article: a head noun (قاعدة، معسكر، مطار، مقر، نقطة ...) with a
genitive proper name (قاعدة القيارة)، a quoted or coded name (قاعدة "قصر يلدا"، معسكر (K1))، a
located name (النقطة التركية في بلدة مورك، مقرها في محافظة نينوى)، a description that points back
(القاعدة الجوية، ثاني قاعدة)، or, after a plural or dual head, a list of names (نقاط مورك وشير
مغار، قاعدتين هما X وY، القواعد ... التي تنتهي في X وY وZ)."""
from __future__ import annotations

import bisect

from ..model import Kind
from .arabic_common import (BASE_HEADS, ENUM_LINKS, NOT_BASE_NAME, STOP_LIST, M, conjoined,
                            latin)
from .arabic_lex import definite


class BaseRules:
    """The base rules of :class:`~kg.extract.arabic_mentions.MentionFinder` (a mixin: they use
    its predicates ``has``, ``punct``, ``gaz_at``, ``demonym`` and helpers)."""

    def _typo_confirmed(self, i: int) -> bool:
        """A misspelt head counts when what follows is what follows that head: an adjective of
        bases (القاعد العسكرية) or a known force name / nationality (قوت برخان)."""
        j = i + 1
        if j >= self.n or self.punct(j):
            return False
        if "BH_SING" in self.tags[i] and self.has(j, "B_ADJ") and definite(self.doc.norm[j]) == definite(self.doc.norm[i]):
            return True
        if "FH_STRONG" in self.tags[i]:
            return self.gaz_at(j, (Kind.FORCE,)) is not None or bool(self.demonym(j))
        return False

    def _ordinal_base(self, i: int) -> bool:
        return "ORDINAL" in self.tags[i] and i + 1 < self.n and bool(self.tags[i + 1] & BASE_HEADS)

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
        is_def = definite(w)
        j = i + 1
        if plural or dual:
            return self._base_list(i, dual)
        # (K1), "قصر يلدا"
        pe = self._paren_end(j)
        if pe and not self.punct(j + 0) or pe:
            pa, pb = self._paren_tokens(j)
            if pb - pa <= 3 and all(latin(doc.norm[k]) for k in range(pa, pb)):
                return self._base_named(i, pa, pb, pe)
        q = self._quoted_at(j)
        if q and q[1] - q[0] <= 6:
            return self._base_named(i, q[0], q[1], q[2])
        # a gazetteer base / place right after the head
        if j < n and not self.punct(j):
            gm = self.gaz_at(j, (Kind.BASE, Kind.PLACE), short=True)
            if gm is not None and not (gm.entry.kind is Kind.PLACE and not gm.entry.located_in):
                return self._base_named(i, j, gm.last, None, gm)
        # a genitive proper name: قاعدة تيساليت، قاعدة القيارة، مطار كيسمايو القديم
        if not is_def and j < n and not self.punct(j) and self._base_name_word(j):
            k = j
            while k < n and k < j + 3 and (k == j or not self.punct(k) and not conjoined(doc.norm[k])) \
                    and self._base_name_word(k):
                k += 1
            if in_list or not (weak and "LOCALITY" not in self.tags[j] and not self._proper(j)):
                return self._base_named(i, j, k, None)
        if in_list and not is_def and j < n and not self.punct(j) and self.has(j, "ORG_HEAD"):
            k = j + 1
            while k < n and k < j + 3 and not self.punct(k) and definite(doc.norm[k]) and not self.has(k, "FUNC") \
                    and not doc.norm[k].startswith("و"):
                k += 1
            return self._base_named(i, j, k, None)             # مقر البرلمان
        # head + adjectives ... في + name: القاعدة الجوية في قندهار، مقرها في محافظة نينوى
        k = j
        while k < n and k < j + 5 and not self.punct(k) and (
                self.tags[k] & {"B_ADJ", "B_GENERIC", "B_LOC"} or self.demonym(k)
                or (self.has(k, "F_GENERIC") and definite(doc.norm[k]))):
            if self.has(k, "B_LOC") and doc.forms(k)[0] in ("تي", "ذي") :
                break
            k += 1
        loc = self._located_name(k)
        if loc:
            la, lb, lend, gm = loc
            return self._base_named(i, la, lb, lend, gm)
        if is_def or doc.norm[i - 1:i] and i > 0 and doc.forms(i - 1)[0] in ("هذا", "هذه", "ذلك", "تلك"):
            b = self._skip(j, {"B_ADJ"})
            if weak and b == j:
                return None
            return M(Kind.BASE, i, b, doc.start[i], doc.end[b - 1], "anaphor", head=head)
        return None

    def _coordinated(self, first: M) -> list[M]:
        """Bases coordinated with a named one: قاعدة "X" و"Y" ...، وصولاً إلى "Z" و"W".
        Only quoted names or head-noun names count; place phrases between them are skipped."""
        doc, n = self.doc, self.n
        out: list[M] = []
        k = first.b
        while k < n and len(out) < 12:
            if doc.sent[k] != doc.sent[first.a]:
                break
            w = doc.norm[k]
            if w == "في" or (w[:1] == "ب" and "LOCALITY" in self.tags[k]):
                k = self._skip_modifier(k)          # في جبل عبد العزيز بريف الحسكة الشرقي،
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
        while k < self.n and not self.punct(k) and (self.tags[k] & tags or self.demonym(k)):
            k += 1
        return k

    def _base_name_word(self, k: int) -> bool:
        t = self.tags[k]
        if t & NOT_BASE_NAME or self.demonym(k) or self.doc.norm[k].isdigit():
            return False
        g = self.gaz_at(k, (Kind.FORCE, Kind.ORGANIZATION))
        return g is None

    def _located_name(self, k: int):
        """``في [منطقة] NAME`` at token k: (first, last, end offset, gazetteer match) of NAME."""
        doc, n = self.doc, self.n
        if k >= n or self.punct(k):
            return None
        w = doc.norm[k]
        if w == "في":
            x = k + 1
        elif w.startswith("ب") and "LOCALITY" in self.tags[k]:
            x = k                                # ببلدة تل بيدر
        else:
            return None
        locality = False
        if x < n and not self.punct(x) and "LOCALITY" in self.tags[x] and not definite(doc.norm[x]):
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
                return None                      # قاعدة في سوريا: a country is not a base's name
            return gm.first, gm.last, doc.end[gm.last - 1], gm
        if (definite(doc.norm[x]) and not locality) or not self._base_name_word(x) or self.has(x, "B_ADJ"):
            return None                          # في المنطقة: no name; في قرية الزعفرانة: a name
        y = x
        while y < n and y < x + 3 and (y == x or not self.punct(y) and not conjoined(doc.norm[y])) \
                and self._base_name_word(y) \
                and (y == x or not definite(doc.norm[y]) or definite(doc.norm[x])) and "LOCALITY" not in self.tags[y]:
            y += 1
        if y == x:
            return None
        return x, y, doc.end[y - 1], None

    def _base_named(self, i: int, na: int, nb: int, end: int | None, gm=None) -> M:
        doc, n = self.doc, self.n
        b = nb
        if end is None:
            end = doc.end[nb - 1]
            while b < n and not self.punct(b) and (self.has(b, "B_ADJ") or self.demonym(b)):
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
        """نقاط مورك وشير مغار ...، معسكري (K1) في كركوك والقيارة، القواعد التي تنتهي في X وY."""
        doc, n = self.doc, self.n
        j = i + 1
        # the items may follow directly (construct), after في, or after هي/هما/:
        k = j
        while k < n and k < j + 5 and not self.punct(k) and (
                self.tags[k] & {"B_ADJ", "B_GENERIC"} or self.demonym(k) or doc.norm[k].isdigit()
                or (definite(doc.norm[k]) and self.has(k, "F_GENERIC"))
                or (doc.norm[k][:1] == "و" and definite(doc.norm[k]) and k + 1 < n and doc.norm[k + 1] == "في"
                    and not self.gaz_at(k))):
            k += 1                                     # المرافق والمساكن في ...
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
            if start < n and "LOCALITY" in self.tags[start] and not definite(doc.norm[start]):
                start += 1
                after_in = doc.forms(start - 1)[0][-1:] not in ("ي", "ن")   # منطقتي X وY: two names
        elif k < n and ("LIST_OPEN" in self.tags[k] or doc.gap[k].strip().endswith(":")):
            start = k + 1 if "LIST_OPEN" in self.tags[k] else k
        elif (k == j and not self.punct(j) and not definite(doc.norm[i])) or \
                (i > 0 and "LIST_OPEN" in self.tags[i - 1] and k < n and not self.punct(k)):
            start = k                                  # نقاط مورك وشير مغار; تشمل القواعد ... X وY
        if start is None or start >= n:
            return None
        items = self._list_items(start, dual)
        if not items:
            return None
        if after_in and (len(items) < 2 or (any(it.extra.get("place") for it in items)
                                            and not any(it.key for it in items))):
            return None                                # قواعد في العراق، في حماة وإدلب: regions
        if start == j and not (i > 0 and "LIST_OPEN" in self.tags[i - 1] and len(items) >= 2) \
                and not (dual and len(items) == 2):
            it = items[0]
            if it.key is None and not it.extra.get("quoted") and not it.extra.get("coded") \
                    and not self._proper(it.a):
                return None                            # مواقع أقل: an adjective, not a name
        for it in items:
            it.items = len(items)
            it.list_id = i
        first = items[0]
        first.extra["list_head"] = (i, doc.start[i])
        return items

    def _list_items(self, k: int, dual: bool) -> list[M]:
        doc, n = self.doc, self.n
        items: list[M] = []
        limit = k + 40
        while k < n and k < limit:
            if items:
                g = doc.gap[k]
                if "\n" in g or any(c in g for c in ".!?؟"):
                    break
            w = doc.norm[k]
            if w == "و" and items:
                k += 1                                  # "و معرحطاط": a detached conjunction
                continue
            conjoined = w.startswith("و") and len(w) > 2 and w not in ("وهي", "وهما")
            if items and not conjoined:
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
        name_like = bool(t) and t <= {"RANK", "GIVEN", "RANK_MOD", "TITLE"} and (not first or not definite(doc.norm[k]))
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
            if all(latin(doc.norm[x]) for x in range(pa, pb)):
                it = self._list_base(k, pa, pb, pe)
                it.extra["coded"] = True
                return it
        full = self.gaz_at(k, (Kind.BASE,), short=True)
        if full is not None:
            return self._list_base(k, full.first, full.last, None, full)
        if t & {"BH_SING"} and not probe:
            m = self._base(k, in_list=True)
            if isinstance(m, M) and m.cat != "anaphor":
                return m
            if isinstance(m, M) and definite(doc.norm[k]) and m.b > k + 1:
                return self._list_base(k, k, m.b, None)   # والمطار القديم: named by its adjective
        gm = self.gaz_at(k, (Kind.BASE, Kind.PLACE, Kind.FORCE, Kind.ORGANIZATION), short=True)
        if gm is not None:
            if gm.entry.kind is Kind.FORCE:
                return None
            if gm.entry.kind is Kind.ORGANIZATION:
                return self._list_base(k, gm.first, gm.last, None)   # مقر البرلمان، البرلمان
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
        while e < n and not self.punct(e) and "B_ADJ" in self.tags[e] and definite(doc.norm[e]):
            e += 1                                  # والمطار القديم
        return self._list_base(k, k, e, None)

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
        if doc.norm[na].startswith("و") and na == k and gm is None and len(doc.norm[na]) > 2:
            name = name[1:].lstrip()                 # وشير مغار -> شير مغار
        e = end if end is not None else doc.end[nb - 1]
        b = nb if end is None else max(nb, self._tok_after(end))
        return M(Kind.BASE, k, b, doc.start[k], e, "gaz" if key else "named", key=key, name=name,
                 head="", ident=self._lazy(na, nb, strip_conj=(na == k)))

