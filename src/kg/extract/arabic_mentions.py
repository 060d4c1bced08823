"""Forces, bases and organisations named in an Arabic article: the finder and what its rules
share.

Names come from the gazetteer, or from how Arabic names things: a head noun followed by what
identifies it (see :mod:`.arabic_forces` for forces and bodies, :mod:`.arabic_bases` for bases).
News outlets and anonymous sources are found too and kept apart, so that they never speak.
Page furniture (links to other articles, logos, ad slots) yields no mention at all.

Each token gets its tags once (:class:`~kg.extract.arabic_lex.Profile`), corrected by what
folding hides: the final alef maqsura of على / إلى (never the name علي when the text spells them
apart) and the shape of verbal nouns and participles (never part of a base's name).
"""
from __future__ import annotations

import re

from ..model import Kind
from .arabic_bases import BaseRules
from .arabic_common import ANCHORS, BASE_HEADS, BLOCKERS, FORCE_HEADS, NOT_NAME_TAGS, M, latin
from .arabic_forces import ForceRules
from .arabic_services import stands_for_country
from .arabic_lex import ArabicLexicon, derived_noun
from .arabic_text import QUOTE_MARKS, Doc, find_closing, is_opening
from .gazetteer import Gazetteer, Match

__all__ = ["M", "MentionFinder"]

_NAME_READING = frozenset({"GIVEN"})
_NOUN_READING = frozenset({"ROLE", "P_ANAPH"})   # والي (governor), never و + إلى when ى is spelt apart
_OPENERS = re.compile('[(«"“”]')
# the nisba endings of a nationality adjective, folded (ة -> ه), longest first
_NISBA = ("يتين", "يين", "يون", "يه", "ي")


# ordinal adjectives (article off, folded) and the number they stand for, so that a unit written
# with an ordinal and with digits is one (اللواء الخامس، اللواء 5؛ السادسة عشرة، 16)
_ORDINAL_RANKS = {w: r for r, forms in enumerate((
    ("اول", "اولي", "حادي", "حاديه"), ("ثاني", "ثانيه"), ("ثالث", "ثالثه"), ("رابع", "رابعه"),
    ("خامس", "خامسه"), ("سادس", "سادسه"), ("سابع", "سابعه"), ("ثامن", "ثامنه"), ("تاسع", "تاسعه"),
    ("عاشر", "عاشره")), start=1) for w in forms}
_TEEN_WORDS = frozenset({"عشر", "عشره"})


class MentionFinder(BaseRules, ForceRules):
    """Finds the entity mentions of one :class:`Doc` (forces, bases, organisations, places,
    and the news outlets / anonymous sources that must not become speakers)."""

    def __init__(self, doc: Doc, lex: ArabicLexicon, gaz: Gazetteer):
        self.doc, self.lex, self.gaz = doc, lex, gaz
        self.defn = doc.defn
        spelt = doc.maqsura_spelt
        key = (id(lex), id(gaz), spelt)
        info = [w.ext.get(key) or self._cache_info(w, key, spelt) for w in doc.words]
        if info:
            self.tags, self.latin, self.gaz_start, self.anchor, self.dem = zip(*info)
        else:
            self.tags = self.latin = self.gaz_start = self.anchor = self.dem = ()
        self.n = len(doc.norm)
        self._gaz_cache: dict[int, list] = {}
        self._compound_demonyms()

    def _compound_demonyms(self) -> None:
        """The nationality of a country with a two-word name (جنوب أفريقيا، كوت ديفوار): its first
        word with the article, then the nisba of the second (الجنوب إفريقية، الكوت ديفوارية). Both
        words are the demonym; read apart, the second would be a name and the first a region."""
        doc, n = self.doc, self.n
        dem = None
        for i in range(n - 1):
            if not self.defn[i] or self.dem[i] or self.dem[i + 1] or self.punct(i + 1) or self.defn[i + 1]:
                continue
            w = doc.norm[i + 1]
            stem = next((w[:-len(s)] for s in _NISBA if w.endswith(s) and len(w) - len(s) >= 3), None)
            if stem is None:
                continue
            first, seconds = doc.forms(i)[0], (stem, stem + "ا", stem + "يا")
            for length, e, _ in self.gaz.candidates(lambda x: (first,) if x == 0 else seconds, 2, 0):
                if length == 2 and e.kind is Kind.PLACE and not e.located_in:
                    dem = dem or list(self.dem)
                    dem[i] = dem[i + 1] = e.key
        if dem is not None:
            self.dem = tuple(dem)

    def _cache_info(self, w, key, spelt: bool):
        x = w.ext[key] = self._token_info(w.norm, w.last, w.forms, spelt)
        return x

    def _token_info(self, w: str, last: str, forms: tuple[str, ...], spelt: bool):
        """(tags, Latin?, may open a gazetteer name?) of a word as written, computed once: its
        lexicon tags, corrected by what folding hides (the final alef maqsura of على / إلى, which
        is never the name علي when the text spells the two apart) and by the shape of verbal nouns
        and participles (VN: never part of a base's name)."""
        lex = self.lex
        t = lex.profile(w).tags
        if lex.maqsura_words and not lex.maqsura_words.isdisjoint(forms):
            if last == "ى":
                t = t - _NAME_READING - _NOUN_READING  # على، وإلى: never the name or the role noun
            elif last == "ي" and spelt:
                t = t & (_NAME_READING | _NOUN_READING)  # علي، والي where the text writes ى apart
            else:
                t = t - _NOUN_READING                  # ى never written: وإلى, far the commoner
        if len(w) > 3 and not (t & (BASE_HEADS | FORCE_HEADS)) and derived_noun(w, last):
            t = t | {"VN"}
        gaz_start = not self.gaz.trie.keys().isdisjoint(forms)
        place = self.gaz.place_of_demonym(w)
        if place is None and w.endswith("يا") and len(w) > 4:
            place = self.gaz.place_of_demonym(w[:-1])   # أمريكياً: a relative adjective, accusative
        return t, latin(w), gaz_start, gaz_start or bool(t & ANCHORS), place

    # -- small predicates ----------------------------------------------------------------------
    def has(self, i: int, tag: str) -> bool:
        return 0 <= i < self.n and tag in self.tags[i]

    def punct(self, i: int) -> bool:
        """Punctuation or a line break (not only spaces) right before token i."""
        return i >= self.n or self.doc.punct[i]

    def gaz_at(self, i: int, kinds=None, short: bool = False) -> Match | None:
        """The longest gazetteer name (of these kinds) starting at token i."""
        if i >= self.n or not self.gaz_start[i]:
            return None
        found = self._gaz_cache.get(i)
        if found is None:
            found = self._gaz_cache[i] = self.gaz.candidates(self.doc.forms, self.n, i)
        best = None
        for length, e, is_short in found:
            if (kinds and e.kind not in kinds) or (is_short and not short):
                continue
            if best is None or length > best[0]:
                best = (length, e, is_short)
        return Match(best[1], i, i + best[0], best[2]) if best else None

    def demonym(self, i: int) -> str | None:
        """Place key of a nationality adjective at token i."""
        return self.dem[i] if i < self.n else None

    def head_form(self, i: int) -> str:
        """The head noun at token i without its clitics (وقوات، للجانب، بالجيش -> قوات، جانب، جيش):
        a mention is known by its head wherever a conjunction or preposition is glued to it (a
        bare الجانب X is the country; القوات points back to the last قوات)."""
        forms = self.doc.forms(i)
        heads = [f for f in forms if self.lex.profile(f).tags & FORCE_HEADS]
        return min(heads, key=len) if heads else forms[0]   # the shortest: all its clitics peeled

    def word_ok(self, i: int) -> bool:
        """Could token i be part of a proper name?"""
        t = self.tags[i]
        return not (t & NOT_NAME_TAGS) and not self.doc.norm[i].isdigit()

    # -- main ----------------------------------------------------------------------------------
    def find(self) -> list[M]:
        out: list[M] = []
        self.found = out                             # what is found so far (a pronoun may point back)
        doc = self.doc
        n = self.n
        junk, line = doc.junk_line, doc.line
        covered: dict[int, int] = {}                 # list items found ahead: start -> end
        anchors = [k for k, a in enumerate(self.anchor) if a or self._region_head(k) or "TROOP_NOUN" in self.tags[k]]
        pos = 0
        i = 0
        while True:
            while pos < len(anchors) and anchors[pos] < i:
                pos += 1                             # the next token where a mention may start
            if pos >= len(anchors):
                break
            nxt = anchors[pos]
            if covered and any(i <= c < nxt for c in covered):
                i = min(c for c in covered if i <= c < nxt)
                i = covered[i]
                continue
            i = nxt
            if i in covered:
                i = covered[i]
                continue
            if junk[line[i]]:
                i = doc.lines[line[i]][1]            # page furniture: nothing on it is named
                continue
            cands = self._candidates(i)
            if not cands:
                i += 1
                continue
            best = cands[0] if len(cands) == 1 else self._longest(cands)
            if isinstance(best, M) and best.kind is Kind.BASE and best.cat in ("named", "gaz"):
                more = self._coordinated(best)
                if more:
                    best = [best] + more
            if isinstance(best, list):
                out.extend(best)
                for it in best[1:]:
                    covered[it.a] = it.b
                i = best[0].b                       # the words between the items are read too
            else:
                out.append(best)
                i = best.b
        out += [m.extra["enemy"] for m in out if "enemy" in m.extra]
        out += [m.extra["owner"] for m in out if "owner" in m.extra]   # معسكر التحالف في X: the force too
        self._drop_landmarks(out)
        out += self._named_again(out)
        out += self._elided_heads(out)
        out += self._dateline_outlets(out)
        out.sort(key=lambda m: (m.a, -m.b))
        self._acronyms(out)
        for m in out:
            m.end = self._balanced_end(m.start, m.end)
            self._drop_conjunction(m)
            if m.kind in (Kind.FORCE, Kind.ORGANIZATION) and m.cat != "national" and not m.extra.get("fixed_ident"):
                m.ident = self._actor_ident(m)
                country = stands_for_country(self.lex, m.head, m.ident, self.has(m.a, "FH_UNIT")) if m.cat == "named" else None
                if country:
                    m.extra["stands_for"] = country
                if m.cat == "fanaphor":
                    m.extra["generic_head"] = m.head in self.lex.sets["FH_GENERIC_HEAD"]
                    m.extra["generic_ident"] = all("F_GENERIC" in self.lex.profile(w).tags for w in m.ident)
            elif isinstance(m.ident, tuple):
                m.ident = self._ident(*m.ident[1:])
        return out

    def _longest(self, cands: list):
        """The longest reading wins, but a known force or body keeps its key when the longer reading
        only adds where it serves (قوات الحكومة السورية في كوباني: the known name, in a place)."""
        best = max(cands, key=lambda c: (c[0].b if isinstance(c, list) else c.b))
        if isinstance(best, M) and best.kind in (Kind.FORCE, Kind.ORGANIZATION) and best.key is None:
            for g in cands:
                if isinstance(g, M) and g.key and g.kind is best.kind and g.cat == "gaz" and g.a == best.a \
                        and g.b < best.b and self.doc.norm[g.b] == "في" and not self.punct(g.b):
                    return g
        return best

    def _actor_ident(self, m: M) -> frozenset[str]:
        """The words that identify a force or body: its name without head nouns and function
        words, its nationality and places marked apart (#place: never the @place of a national
        force), up to where it serves (... في X). Two ministries of defence of two countries
        stay two bodies."""
        doc = self.doc
        out = set()
        for k in range(m.a, min(m.b, self.n)):
            tk = self.tags[k]
            if doc.norm[k] == "في" and k > m.a + 1:
                g = self.gaz_at(k + 1, (Kind.PLACE,))
                if g is not None and not g.entry.located_in:
                    out.add("#" + g.entry.key)        # the country it serves in
                break
            if tk & (FORCE_HEADS | {"ORG_HEAD", "FUNC"}) or "(" in doc.gap[k]:
                continue
            p = self.demonym(k)
            if p:
                out.add("#" + p)
                continue
            g = self.gaz_at(k, (Kind.PLACE,))
            if g is not None:
                out.add("#" + g.entry.key)
                continue
            out.add(doc.forms(k)[0])
        return frozenset(out)

    def _drop_conjunction(self, m: M) -> None:
        """A mention does not begin with the conjunction و/ف glued to its first word, unless the
        word itself begins with that letter (وزارة، واشنطن)."""
        doc = self.doc
        w = doc.norm[m.a]
        if w[:1] not in "وف" or len(w) < 3 or self.lex.known(w) or self.gaz.starts_name(w):
            return
        rest = w[1:]
        if not (self.lex.known(rest) or rest.startswith("ال") or self.gaz.starts_name(rest)
                or m.cat in ("named", "national") or m.kind is Kind.BASE):
            return
        text = doc.text
        k = m.start + 1
        while k < m.end and not text[k].isalnum():
            k += 1                                  # diacritics on the conjunction
        if k < m.end:
            m.start = k

    def _balanced_end(self, start: int, end: int) -> int:
        """Take in the closing bracket or quotation mark of a name that opened one."""
        text = self.doc.text
        frag = text[start:end]
        if not _OPENERS.search(frag):
            return end
        for o, c in (("(", ")"), ("«", "»")):
            if frag.count(o) > frag.count(c) and text[end:end + 1] == c:
                return end + 1
        if sum(frag.count(q) for q in '"“”') % 2 == 1 and text[end:end + 1] in '"“”':
            return end + 1
        return end

    def _candidates(self, i: int) -> list:
        """Every mention a rule reads from token i (the longest wins)."""
        t = self.tags[i]
        out = []
        if self.gaz_start[i]:
            g = self._gazetteer(i)
            if g is not None:
                out.append(g)
        if "TYPO" in t and not self._typo_confirmed(i):
            return out
        if self._region_head(i):
            c = self._military_region(i)
            if c is not None:
                out.append(c)
        if "TROOP_NOUN" in t:
            c = self._nation_troops(i)
            if c is not None:
                out.append(c)
        for test, rule in ((t & FORCE_HEADS, self._force), (t & BASE_HEADS or self._ordinal_base(i), self._base),
                           ("ORG_HEAD" in t, self._org), (t & BLOCKERS, self._blocker)):
            if test:
                c = rule(i)
                if c is not None:
                    out.append(c)
        return out

    # -- gazetteer names -----------------------------------------------------------------------
    def _gazetteer(self, i: int) -> M | None:
        m = self.gaz_at(i)
        if m is None:
            return None
        e = m.entry
        a, b = m.first, m.last
        end = self._paren_end(b) or self.doc.end[b - 1]
        if e.kind is Kind.PLACE:
            return M(None, a, b, self.doc.start[a], self.doc.end[b - 1], "place", key=e.key, place=e.key,
                     country=not e.located_in, ident=self._lazy(a, b))
        kind = e.kind
        if kind is Kind.BASE and b - a == 2 and self.defn[a] and self.tags[a] & BASE_HEADS \
                and "FUNC" in self.tags[a + 1]:
            return None                              # القاعدة كانت ...: the base and its verb, not «قاعدة كانت»
        head = self.doc.forms(a)[0] if self.tags[a] & (FORCE_HEADS | BASE_HEADS | {"ORG_HEAD"}) else ""
        mm = M(kind, a, b, self.doc.start[a], self.doc.end[b - 1], "gaz", key=e.key, head=head,
               ident=self._lazy(a, b))             # a known name opening with a head: البعثة points back to it
        if kind is Kind.FORCE:
            mm = self._force_tail(mm)
        elif end != self.doc.end[b - 1]:
            mm.end = end
        return mm

    # -- helpers ----------------------------------------------------------------------------------
    def _quoted_at(self, j: int):
        """A short quoted name starting at token j: (first, last, end offset incl. the mark)."""
        doc = self.doc
        if j >= self.n:
            return None
        g = doc.gap[j]
        if not g or g[-1] not in QUOTE_MARKS and not (len(g) > 1 and g.rstrip()[-1:] in QUOTE_MARKS):
            return None
        if ":" in g or "\n" in g:
            return None                              # a colon opens words said, not a name
        pos = (doc.end[j - 1] if j else 0) + len(g.rstrip()) - 1
        if doc.text[pos] not in QUOTE_MARKS or not is_opening(doc.text, pos) and g.strip() not in QUOTE_MARKS:
            return None
        close = find_closing(doc.text, pos, min(len(doc.text), doc.start[j] + 80))
        if close is None:
            return None
        k = j
        while k < self.n and doc.end[k] <= close:
            k += 1
        if k == j or k - j > 6:
            return None
        return j, k, close + 1

    def _paren_end(self, j: int) -> int | None:
        """Original offset just after ``)`` when tokens from j are in parentheses."""
        if j >= self.n:
            return None
        g = self.doc.gap[j]
        if "(" not in g:
            return None
        k = j
        while k < self.n and k < j + 5:
            after = self.doc.gap_after(k)
            if ")" in after:
                return self.doc.end[k] + after.index(")") + 1
            if after.strip():
                return None
            k += 1
        return None

    def _paren_tokens(self, j: int) -> tuple[int, int]:
        k = j
        while k < self.n and ")" not in self.doc.gap_after(k):
            k += 1
        return j, k + 1

    @staticmethod
    def _lazy(a: int, b: int, strip_conj: bool = False) -> tuple:
        """An identity computed only for the mentions that are kept (see :meth:`find`)."""
        return ("lazy", a, b, strip_conj)

    def _ident(self, a: int, b: int, strip_conj: bool = False) -> frozenset[str]:
        out = set()
        teen = False
        for k in range(a, b):
            w = self.doc.forms(k)[0]
            if teen and w in _TEEN_WORDS:
                continue
            rank = _ORDINAL_RANKS.get(w) if "ORDINAL_ADJ" in self.tags[k] else None
            if rank is not None:                 # الفرقة السادسة عشرة = الفرقة 16: one unit
                teen = k + 1 < b and self.doc.forms(k + 1)[0] in _TEEN_WORDS
                out.add(str(rank + 10 if teen else rank))
                continue
            if strip_conj and k == a and w.startswith("و") and len(w) > 2 and not self.gaz_at(k):
                w = w[1:]
                w = w[2:] if w.startswith("ال") and len(w) > 3 else w
            tk = self.tags[k]
            if tk & (FORCE_HEADS | BASE_HEADS | {"ORG_HEAD"}) and k == a:
                continue
            if tk & {"FUNC"}:
                continue
            out.add(w)
        return frozenset(out)

    def _acronyms(self, out: list[M]) -> None:
        """``NAME (ACR)``: later bare ACR tokens are the same thing."""
        doc = self.doc
        acr: dict[str, M] = {}
        for m in out:
            if "acronym" in m.extra:
                pa, pb = m.extra["acronym"][1]
                if pb - pa == 1:
                    acr[doc.norm[pa]] = m
        if not acr:
            return
        taken = set()
        for m in out:
            taken.update(range(m.a, m.b))
        for k in doc.positions(acr):
            src = acr.get(doc.norm[k]) or acr.get(doc.forms(k)[-1])
            if src is not None and k not in taken:
                out.append(M(src.kind, k, k + 1, doc.start[k], doc.end[k], src.cat, key=src.key,
                             name=src.name, place=src.place, head=src.head, ident=src.ident,
                             extra={"alias_of": src}))
        out.sort(key=lambda m: m.a)


