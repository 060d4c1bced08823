"""Lists of Arabic bases after a plural or dual head (helpers of
:class:`~kg.extract.arabic_bases.BaseRules`): نقاط X وY، معسكري (B7) في X وY، قاعدتين هما X وY،
القواعد التي تقع في X وY. Each item is a base of its own, sharing the list's id."""
from __future__ import annotations

from ..model import Kind
from .gazetteer import Match
from .arabic_common import BASE_HEADS, NOT_BASE_NAME, STOP_LIST, M


class BaseListRules:
    """List helpers of the base rules (a mixin of :class:`~kg.extract.arabic_mentions.MentionFinder`)."""

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
        if k + 1 < n and doc.norm[k] in ("من", "ومن") and "LIST_OPEN" in self.tags[k + 1] and not self.punct(k + 1):
            k += 1                                     # معسكرات أخرى، من بينها X وY: the opener's preposition
        if k < n and doc.norm[k] == "في" and not self.punct(k):
            start, after_in = k + 1, True
            if start < n and "LOCALITY" in self.tags[start] and not self.defn[start]:
                start += 1
                after_in = doc.forms(start - 1)[0][-1:] not in ("ي", "ن") or "ADMIN" in self.tags[start - 1]
                # منطقتي X وY: two sites named; إقليمي X وY: two provinces the bases are in
        elif k < n and ("LIST_OPEN" in self.tags[k] or doc.gap[k].strip().endswith(":")):
            start = k + 1 if "LIST_OPEN" in self.tags[k] else k
        elif (k == j and (not self.punct(j) or self._quoted_at(j)) and not self.defn[i]) or \
                (i > 0 and "LIST_OPEN" in self.tags[i - 1] and k < n and not self.punct(k)):
            start = k                                  # نقاط X وY، قاعدتي "X" و"Y"; تشمل القواعد ... X وY
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
        return all(doc.norm[it.a].startswith("و") or doc.norm[it.a - 1] == "و" or self._connective(it.a - 2)
                   for it in items[1:])

    def _list_items(self, k: int, dual: bool, genitive: bool = False) -> list[M]:
        doc, n = self.doc, self.n
        items: list[M] = []
        if genitive:                                    # the construct's first genitive, one word
            items.append(self._list_base(k, k, k + 1, None))
            k += 1
        limit = k + 40
        linked = -1
        while k < n and k < limit:
            if items:
                g = doc.gap[k]
                if "\n" in g or any(c in g for c in ".!?؟"):
                    break
            w = doc.norm[k]
            if w == "و" and items:
                k += 1                                  # "و X": a detached conjunction
                continue
            if items and self._connective(k):
                k += 2                                  # ...، إضافة إلى X، فضلا عن Y: one more item
                linked = k
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
                separated = doc.gap[k].strip() in ("،", ",", "؛", ";", "–", "-") or doc.norm[k - 1] == "و" or linked == k
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

    def _connective(self, k: int) -> bool:
        """A link adding one more item to a list (إضافة إلى، فضلا عن، علاوة على)."""
        w = self.doc.norm[k]
        return (w in self.lex.list_connectives or w[:1] == "و" and w[1:] in self.lex.list_connectives) \
            and k + 1 < self.n and self.doc.norm[k + 1] in ("الي", "الى", "عن", "على", "علي") and not self.punct(k + 1)

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
            named_place = "LOCALITY" in self.tags[x - 1] and not self.punct(x)   # في مدينة وونجو: its name
            if g in ("،", ",", "؛", ";") or doc.norm[x] == "و" or doc.norm[x].startswith("و") \
                    and len(doc.norm[x]) > 2 and not named_place and self._item(x, first=False, probe=True):
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
        if w in self.lex.list_connectives or w[:1] == "و" and w[1:] in self.lex.list_connectives:
            return None                                 # إضافة إلى، فضلا عن: a link, not a name
        if doc.accusative_indefinite(k) or ("NUMBER" in t and not w.isdigit()):
            return None                                 # واسعاً، واحدة: an indefinite accusative or a number
                                                        # word (واحدة تلو الأخرى), never a name
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
        return self._list_base(k, k, e, None, conj=not first)

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

    def _list_base(self, k: int, na: int, nb: int, end: int | None, gm=None, conj: bool = True) -> M:
        """A list item named by tokens [na, nb). A leading و is the conjunction only where one may
        stand (``conj``): the first item in construct with its head (قاعدتي وارنر وX) takes none,
        so there و is the name's own first letter."""
        doc = self.doc
        key = gm.entry.key if gm is not None and gm.entry.kind is Kind.BASE else None
        if key is None and gm is None:
            g2 = self.gaz_at(na, (Kind.BASE,), short=True)
            if g2 is not None and g2.last == nb:
                key = g2.entry.key
        name = doc.text[doc.start[na]:doc.end[nb - 1]]
        if conj and doc.norm[na].startswith("و") and na == k and len(doc.norm[na]) > 2 and \
                (gm is None or not self.gaz.starts_name(doc.forms(na)[0])):
            name = name[1:].lstrip()                 # وX -> X: the conjunction is not the name's
        e = end if end is not None else doc.end[nb - 1]
        b = nb if end is None else max(nb, self._tok_after(end))
        return M(Kind.BASE, k, b, doc.start[k], e, "gaz" if key else "named", key=key, name=name,
                 head="", ident=self._lazy(na, nb, strip_conj=(conj and na == k)))
