"""Which bases a handover trigger governs (rules of :class:`~kg.extract.arabic_handovers.HandoverFinder`).

After the trigger, up to a new clause, never a destination (إلى / نحو / باتجاه) or a landmark
(المحاذية لـ، قرب، على غرار); bases coordinated with the verb left out (وقبلها قاعدة Y، بعد X وY);
for an object pronoun, the base(s) it stands for (ها: the last, هما: the last two); before the
trigger for a passive, a participle or a relative clause. Anaphors (القاعدة، المعسكر) resolve to
the last base a reported handover concerned, else the last base named.
"""
from __future__ import annotations

import bisect

from typing import TYPE_CHECKING

from ..model import Kind
from .arabic_common import RELATIVES, M, base_head
from .arabic_lex import _set, stem_shape
from .lexicon import load_lexicon

if TYPE_CHECKING:
    from .arabic_claims import Claim

_LIKE = ("غرار", "مثل")                     # على غرار X، مثل X: a base named for comparison


_REST_WORDS: frozenset[str] | None = None


def _rest_words() -> frozenset[str]:
    """Words after a list's plural head that make it the bases left over (handovers.enumerated_rest)."""
    global _REST_WORDS
    if _REST_WORDS is None:
        _REST_WORDS = _set(load_lexicon("ar")["handovers"].get("enumerated_rest", ()))
    return _REST_WORDS

def masdar(form: str) -> bool:
    """Is a trigger form (article off) a verbal noun rather than a finite verb? (تسليم، انسحاب،
    إخلاء، مغادرة، إعادة، استلام)"""
    if form.endswith(("ه", "اء")) or stem_shape(form) == "strong":
        return True
    return len(form) == 5 and form[0] == "ت" and form[3] == "ي"


class BaseRules:
    """A mixin of :class:`~kg.extract.arabic_handovers.HandoverFinder` (it uses the finder's
    document, tags, mentions, owners and claimed bases)."""

    # -- where a mention stands -------------------------------------------------------------------
    def _prep(self, m: M) -> str:
        """The preposition governing mention m: a separate word before it, or a proclitic."""
        doc = self.doc
        w = doc.norm[m.a]
        if w.startswith("لل") or (w.startswith("ل") and len(doc.forms(m.a)) > 1 and not m.cat == "place"):
            return "ل"
        if w.startswith("ب") and len(doc.forms(m.a)) > 1 and m.kind is Kind.BASE:
            return "ب"
        x = m.a - 1
        if x > 0 and not doc.punct_before(m.a) and not doc.defn[x] and self.owner[x] is None \
                and self.tags[x] & {"FH_WEAK", "FH_STRONG", "ORG_HEAD", "PARTITIVE"}:
            x -= 1                                   # إلى قيادة X: through the head in construct
        if x >= 0 and not doc.punct_before(x + 1):
            p = doc.norm[x]
            if p in ("الي", "الى", "نحو", "باتجاه", "صوب", "من", "في", "علي", "عن", "مع", "ضد", "بين", "لدي",
                     "داخل", "عبر", "ل", "حول", "قرب", "بحق", "لصالح", "غرار", "مثل", "جانب", "عند", "بالقرب",
                     "بجوار", "اتجاه"):
                return p
        return ""

    def _landmark(self, m: M) -> bool:
        """A base named as where another is (القاعدة المحاذية لمطار X، قرب معسكر Y): a landmark."""
        doc = self.doc
        p = self._prep(m)
        if p in _LIKE or p in self.lex.sets["ADJACENT"]:
            return True                              # قرب X، بجوار X، على غرار X
        x = m.a - 1
        if x >= 0 and doc.norm[x] in ("ل", "من"):
            x -= 1
        return x >= 0 and not doc.punct_before(x + 1) and "ADJACENT" in self.tags[x] \
            and (doc.norm[m.a][:1] in "لم" or doc.norm[m.a - 1] in ("ل", "من") or x < m.a - 1)

    def _destination(self, m: M) -> bool:
        dest = self.lex.sets["DEST"]
        if self._prep(m) in dest:
            return True
        head = m.extra.get("list_head")
        return head is not None and self._prep_at(head[0]) in dest

    def _place_after(self, base: M) -> str | None:
        """The place a base is located by right after its name (قاعدة X في الأنبار، معسكر Y جنوب
        الخرطوم، مطار Z غربي عدن): its gazetteer key."""
        doc = self.doc
        x = base.b
        if x + 1 >= self.n or doc.hard_punct_before(x) or doc.punct_before(x + 1):
            return None
        w = doc.forms(x)[-1]
        if not (doc.norm[x] == "في" or w in self.lex.compass or w[:-1] in self.lex.compass):
            return None
        m = self.owner[x + 1]
        if m is not None:
            return m.place if m.kind is None and m.cat == "place" and m.a == x + 1 else None
        g = self.mf.gaz_at(x + 1, (Kind.PLACE,))     # a place no mention was kept for
        return g.entry.key if g is not None else None

    def _entered(self, m: M) -> bool:
        """A base after إلى, also at the head of its list (إلى القاعدة، إلى قاعدتي X وY): after a
        verb of moving in, the place entered, not one gone on to."""
        head = m.extra.get("list_head")
        return (self._prep_at(head[0]) if head is not None else self._prep(m)) in ("الي", "الى")

    def _antecedent(self, upto: int, head: str = "") -> M | None:
        """The base an anaphor refers to: the last base a reported handover concerned, else
        the last base named (never a destination or a landmark). An anaphor with its own head
        noun (المعسكر) passes over a base named under another head (قاعدة X) for the last one
        named under its own (معسكر Y), when there is one."""
        topic = self._topic(upto)
        if topic is not None:
            return topic
        head = self.lex.base_head(head)
        best = self._last_base(upto, "")
        if head and best is not None and base_head(best) and self.lex.base_head(base_head(best)) != head:
            return self._last_base(upto, head) or best
        return best

    def _topic(self, upto: int) -> M | None:
        """The base a sentence opens on as its topic (أما قاعدة X، ...، فقد سلّمها Y): what a pronoun
        or an anaphor later in that sentence refers to, whatever else was named since."""
        doc = self.doc
        sa, _ = doc.sentence_of(upto)
        if sa + 1 >= upto or doc.norm[sa] not in self.lex.topic_markers:
            return None
        for m in self._between(sa + 1, upto):
            if m.a == sa + 1 and m.kind is Kind.BASE and m.b <= upto:
                return self._resolve(m) if m.cat == "anaphor" else m
        return None

    def _last_base(self, upto: int, head: str) -> M | None:
        def fits(m: M) -> bool:
            return not head or self.lex.base_head(base_head(m)) == head
        for m in reversed(self.claimed):
            if m.a < upto and fits(m):
                return m
        for m in reversed(self.ms):
            if m.kind is Kind.BASE and m.b <= upto and m.cat not in ("anaphor",) and m.items == 1 \
                    and fits(m) and not self._destination(m) and not self._landmark(m):
                return m
        return None

    def _resolve(self, m: M) -> M | None:
        if m.cat != "anaphor":
            return m
        ante = m.extra.get("antecedent")
        if ante is None:
            ante = self._copula(m) or self._antecedent(m.a, m.head)
            if ante is None:
                return None
            ante = ante.extra.get("antecedent", ante)
            m.extra["antecedent"] = ante
        return m

    def _copula(self, m: M) -> M | None:
        """X هي القاعدة الثالثة ...: the description is X's (a place becomes a base)."""
        doc = self.doc
        c = m.a - 1
        if c < 1 or doc.norm[c] not in ("هي", "هو", "وهي", "وهو") or doc.punct_before(m.a):
            return None
        x = c - 1
        o = self.owner[x]
        if o is None or o.b != c or doc.punct_before(c) and doc.gap[c].strip() not in ("،", ","):
            return None
        if o.kind is Kind.BASE and o.cat != "anaphor":
            return o
        if o.kind is None and o.cat == "place" and not o.country:
            return self._as_base(o)
        return None
    # -- bases ------------------------------------------------------------------------------------
    def _bases(self, t, tr, typ, before, after, we, si, prev, passive, participle) -> list[M]:
        doc = self.doc
        bases: list[M] = []
        if tr.pronoun and typ in ("give", "give_or_receive", "close", "leave") and not tr.needs_before and not \
                doc.forms(t)[0].startswith(("انسحاب", "انتشار")):     # وجودها: its subject, not a base
            listed = [m for m in after if m.kind is Kind.BASE and m.list_id >= 0 and m.a - t <= 3]
            if listed:                              # closed them both: X and Y
                return [m for m in after if m.kind is Kind.BASE and m.list_id == listed[0].list_id]
            if doc.norm[t].endswith(("هما", "هم")):
                two = self._last_bases(t, 2)       # سلّمتهما: the last two bases
                if two:
                    return two
            head = self._relative_head(t)
            if head is not None:                    # القاعدة الثالثة التي تخليها X [بعد A وB]
                return [head] + self._earlier_in_series(head, t, we)
            ante = self._topic(t) or self._prev_base(prev, si) or self._antecedent(t)
            if ante is not None:
                return [ante]
        limit = self._reach(t, 7, we) if tr.weak else we
        lists = set()
        appos = None
        for m in after:
            if m.kind is not Kind.BASE:
                continue
            if m.cat == "anaphor" and m is not appos:
                appos = self._apposition(m, after)
                if appos is not None:
                    continue                         # a description, then the name it has (وهي قاعدة X)
            along = bool(bases) and self._alongside(m)
            if bases and m is not appos and m.list_id not in lists and not along and self._separated(bases[-1], m):
                break                                # another sentence part: another base's story
            if m.a > limit and m.list_id not in lists and not along:
                continue
            if m.list_id >= 0:
                lists.add(m.list_id)
            entered = typ == "replace" and self._entered(m)   # دخلت X إلى القاعدة: the base entered
            if not along and (self._destination(m) and not entered or self._landmark(m)) \
                    and (m.items == 1 or m.extra.get("list_head")):
                continue
            if m.items > 1 and self._destination(m) and not entered:
                continue
            if typ == "replace" and self._prep(m) in ("من", "عن"):
                continue                             # استعادت X معداتها من القاعدة: where from, not taken
            r = self._resolve(m)
            if r is not None and tr.weak and typ == "replace" and m.cat == "anaphor" and not self._told_before(r):
                continue                             # استعادة هذا المعسكر: the takeover told, or none
            if r is not None:
                bases.append(r)
        if tr.needs_base_in:
            bases = [m for m in bases if self._prep(m) in ("في", "ب")] if bases else []
        if not bases and (passive or participle or self._relative(t)):
            for m in reversed(before):
                if m.kind is Kind.BASE:
                    r = self._resolve(m)
                    if r is not None and not self._landmark(m) and not self._destination(m):
                        bases = [r]                  # (متجهة إلى مطار X، وأن المنشآت سُلّمت: not X)
                    break
        if not bases and typ in ("give", "give_or_receive", "receive", "leave", "close"):
            bases = self._enumerated_next(t, we, si)  # أربع قواعد. والقواعد الأربع هي X وY وZ
        if not bases and typ in ("give", "leave", "close") and self._plural_object(t, we):
            bases = [m for m in [self._claimed_before(t)] if m is not None]   # all the sites
        if not bases and (t + 1 < we and self.tags[t + 1] & {"BARE_ANAPH"} or
                          (typ == "replace" and tr.needs_next)):
            ante = self._antecedent(t)
            if ante is not None:
                bases = [ante]
        return bases

    def _told_before(self, m: M) -> bool:
        """Does an anaphor stand for a base a factual claim already reported?"""
        ante = m.extra.get("antecedent", m)
        return any(c is ante for c in self.claimed)

    def _counted(self, t: int, we: int) -> bool:
        """A counted plural of bases right after the trigger (أربع قواعد، ثلاثة مواقع)."""
        doc, tags = self.doc, self.tags
        return any("NUMBER" in tags[x] and x + 1 < we and "BH_PLUR" in tags[x + 1] and not doc.defn[x + 1]
                   for x in range(t + 1, min(we, t + 5)))

    def _enumerated_next(self, t: int, we: int, si: int) -> list[M]:
        """A counted plural object (سلّمت أربع قواعد، أخلت ثلاثة مواقع) whose bases the next sentence
        lists, opening on the plural (والقواعد الأربع هي X، وY وZ): each base of that list."""
        doc, tags = self.doc, self.tags
        if not self._counted(t, we):
            return []
        if si + 1 >= len(doc.sents):
            return []
        a2, b2 = doc.sents[si + 1]
        opening = range(a2, min(b2, a2 + 4))
        if not any("BH_PLUR" in tags[x] and doc.defn[x] for x in opening) or \
                any("TRIGGER" in tags[x] for x in range(a2, min(b2, a2 + 6))):
            return []
        head = next(x for x in opening if "BH_PLUR" in tags[x] and doc.defn[x])
        if any(set(doc.forms(x)) & _rest_words() for x in range(head + 1, min(b2, head + 3))):
            return []                                # والقواعد المتبقية هي X وY: not the ones counted
        count = self._count_of(t, we)
        first = next((m for m in self._between(a2, min(b2, a2 + 8)) if m.kind is Kind.BASE and m.list_id >= 0), None)
        if first is not None:
            listed = [m for m in self._between(a2, b2) if m.kind is Kind.BASE and m.list_id == first.list_id]
            return listed if count is None or len(listed) == count else []
        if not any(f in ("هي", "هما") for x in opening for f in doc.forms(x)):
            return []                                # والمواقع الثلاثة هي X، وY: the bases it names
        named = [m for m in self._between(a2, b2) if m.kind is Kind.BASE and m.cat != "anaphor"]
        return named if len(named) >= 2 and (count is None or len(named) == count) else []

    def _count_of(self, t: int, we: int) -> int | None:
        """The number of a counted plural object (ثلاث قواعد: 3), None when it is not read."""
        doc, tags = self.doc, self.tags
        for x in range(t + 1, min(we, t + 5)):
            if "NUMBER" in tags[x] and x + 1 < we and "BH_PLUR" in tags[x + 1] and not doc.defn[x + 1]:
                qs = self.values.quantities_in(doc.start[x], doc.end[x])
                return int(qs[0].value) if len(qs) == 1 and qs[0].value == int(qs[0].value) else None
        return None

    def _relative_head(self, t: int) -> M | None:
        """The base a relative clause with an object pronoun is about (القاعدة ... التي تخليها)."""
        doc = self.doc
        r = t - 1 if t > 0 and doc.norm[t - 1] in RELATIVES else (t - 2 if t > 1 and doc.norm[t - 2] in RELATIVES else None)
        if r is None or doc.punct_before(r):
            return None
        for m in reversed(self._between(max(0, r - 6), r)):
            if m.kind is Kind.BASE and r - m.b <= 3:
                return self._resolve(m) if m.cat != "anaphor" or self._copula(m) or self.claimed else None
            break
        return None

    def _earlier_in_series(self, head: M, t: int, we: int) -> list[M]:
        """The Nth base handed over "after X and Y": X and Y were handed over before it."""
        doc = self.doc
        if not any("ORDINAL_ADJ" in self.tags[k] or "ORDINAL" in self.tags[k] for k in range(head.a, head.b)):
            return []
        out: list[M] = []
        for x in range(t + 1, min(we, t + 10)):
            if doc.norm[x] in ("بعد", "قبل") and not doc.punct_before(x):
                y = x + 1
                while y < min(we, x + 12):
                    if y > x + 1 and doc.punct_before(y) and doc.gap[y].strip() not in ("،", ","):
                        break
                    m = self.owner[y]
                    if m is not None and m.a == y and (m.kind is Kind.BASE or (m.kind is None and m.cat == "place"
                                                                              and not m.country)):
                        out.append(self._as_base(m))
                        y = m.b
                        continue
                    g = self.mf.gaz_at(y, (Kind.BASE,), short=True) if m is None else None
                    if g is None:
                        break
                    out.append(self._as_base(M(None, y, g.last, doc.start[y], doc.end[g.last - 1], "place")))
                    y = g.last
                break
        return out

    def _as_base(self, m: M) -> M:
        """A base named by a place or base mention (one mention per position)."""
        if m.kind is Kind.BASE:
            return m
        b = m.extra.get("as_base")
        if b is None:
            g = self.mf.gaz_at(m.a, (Kind.BASE,), short=True)
            key = g.entry.key if g is not None and g.last == m.b else None
            b = M(Kind.BASE, m.a, m.b, m.start, m.end, "gaz" if key else "named", key=key,
                  name=self.doc.text[m.start:m.end], ident=frozenset(self.doc.forms(k)[-1] for k in range(m.a, m.b)))
            m.extra["as_base"] = b
            for k in range(m.a, m.b):
                self.owner[k] = b
            self.created.append(b)
        return b

    def _alongside(self, m: M) -> bool:
        """A base after "، إلى جانب" (as well as): coordinated with the one before it, the verb
        left out (أخلت X، إلى جانب قاعدة Y), not a landmark next to it (no comma: القاعدة الواقعة
        إلى جانب المطار)."""
        doc = self.doc
        x = m.a - 1
        if x < 2 or doc.norm[x] != "جانب" or doc.norm[x - 1] not in ("الي", "الى") or doc.punct_before(x):
            return False
        return doc.gap[x - 1].strip() in ("،", ",")

    def _separated(self, prev: M, m: M) -> bool:
        """Is base m in another part of the sentence than the base before it? Not when a link
        coordinates it with the verb left out (، وقبلها قاعدة Y؛ بعد X وY) or only a time phrase
        stands between them."""
        doc = self.doc
        if not any(doc.gap[x].strip() for x in range(prev.b, min(m.a + 1, self.n))):
            return False
        x = m.a - 1
        if x >= prev.b and "ELLIPSIS" in self.tags[x]:
            return any(self._clause_break(y) or self.tags[y] & {"TRIGGER", "SPEECH", "COMPL"}
                       for y in range(prev.b, x))
        return True

    def _last_bases(self, t: int, k: int) -> list[M]:
        out: list[M] = []
        for m in reversed(self.claimed):
            if m.a < t and all(self.group_key(m) != self.group_key(o) for o in out):
                out.append(m)
                if len(out) == k:
                    break
        return list(reversed(out))

    def _implied_holder(self, base: M) -> M | None:
        """A base a nationality adjective describes, in its name or in apposition (النقطة
        التركية، آخر موقع عسكري فرنسي): it was that nation's force's."""
        doc = self.doc
        b = base.extra.get("antecedent", base)
        spans = [(b.a, b.b)]
        e = b.b
        if e < self.n and doc.norm[e] == "في" and not doc.hard_punct_before(e):
            o = self.owner[e + 1] if e + 1 < self.n else None
            e = o.b if o is not None and o.kind is None else e   # ... في X، where it is
        if e < self.n and doc.gap[e].strip() in ("،", ","):
            y = e
            while y < self.n and y - e < 6 and not (doc.punct_before(y) and y > e):
                y += 1
            spans.append((e, y))                    # the apposition after it
        for x0, x1 in spans:
            for k in range(x0, x1):
                if k > x0 and set(doc.forms(k - 1)) & self.lex.flag_words:
                    break                            # ، ورُفع العلم الليبي فوقها: a flag's nation, not the base's
                p = self.mf.demonym(k)
                o = self.owner[k]
                if p and (o is None or o is b or o.kind is Kind.BASE) and self.mf.gaz.national_force.get(p):
                    tok = M(Kind.FORCE, k, k + 1, doc.start[k], doc.end[k], "national")
                    return self._national(p, tok)
        return None

    def _belongs_to(self, m: M) -> M | None:
        """The base m owns when m follows it through an adjective of belonging (المعسكر التابع
        لـ X، قاعدة Y العائدة للجيش): m held that base, it neither acts in the clause nor receives."""
        doc = self.doc
        x = m.a - 1
        if x >= 0 and doc.norm[x] == "ل" and doc.gap[m.a].strip() in ("", '"', "«", "“", "'"):
            x -= 1                                   # التابع لـ "X": the preposition on its own
        elif self._prep(m) != "ل":
            return None
        if x < 1 or not self.lex.belonging_adjective(doc.norm[x]) or doc.punct_before(x + 1):
            return None
        y = x - 1
        while y > 0 and (doc.defn[y] or "NUMBER" in self.tags[y - 1]) and self.owner[y] is None \
                and not doc.punct_before(y + 1) and x - y < 3:
            y -= 1                                   # ... its adjectives (المجمع العسكري التابع لـ), the
            #                                          arm after a unit's number (مقر الفرقة 16 مشاة التابعة لـ)
        o = self.owner[y]
        if o is None or o.kind is not Kind.BASE or o.b != y + 1 or doc.punct_before(y + 1):
            return None
        return o

    def _event_noun(self, t: int, after: list[M], typ: str) -> bool:
        """A definite verbal noun with nothing after it to hand over (مراسم التسليم، الانسحاب
        جرى ...): the handover the article reported."""
        doc = self.doc
        if typ not in ("give", "give_or_receive", "receive", "leave") or not doc.defn[t]:
            return False
        if any(m.kind is None and m.cat == "place" for m in after[:1]) and after[0].a - t <= 2:
            return False                             # الانسحاب من البلاد: a country, not a base
        return t + 1 >= self.n or doc.norm[t + 1] not in ("من", "الي", "عن") or doc.punct_before(t + 1)

    def _apposition(self, m: M, after: list[M]) -> M | None:
        """The named base a description is identified with: ...، وهي قاعدة X."""
        doc = self.doc
        for n2 in after:
            if n2.a <= m.a or n2.kind is not Kind.BASE:
                continue
            if n2.a - m.b <= 6 and n2.cat != "anaphor" and n2.a > 0 and doc.norm[n2.a - 1] in ("وهي", "هي", "وهو", "هو"):
                return n2
            break
        return None

    def _plural_object(self, t: int, we: int) -> bool:
        """A plural base noun (المنشآت، المواقع، القواعد) right after the trigger, naming none."""
        doc = self.doc
        for x in range(t + 1, min(we, t + 4)):
            if self.tags[x] & {"BH_PLUR"} and (doc.defn[x] or "POSS" in self.tags[x]) and self.owner[x] is None:
                return True                          # المنشآت، منشآتها: the sites of the base named
            if doc.norm[x] not in ("جميع", "كل", "كافة", "كامل", "باقي", "بقية"):
                if self.owner[x] is None or self.owner[x].kind is Kind.BASE:
                    return False
        return False

    def _claimed_before(self, t: int) -> M | None:
        for m in reversed(self.claimed):
            if m.a < t:
                return m
        return None

    def _between(self, a: int, b: int) -> list[M]:
        """Mentions starting in tokens [a, b)."""
        lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
        return self.ms[lo:hi]

    def _prep_at(self, i: int) -> str:
        doc = self.doc
        if i > 0 and not doc.punct_before(i):
            return doc.norm[i - 1]
        return ""

    def _relative(self, t: int) -> bool:
        """A relative pronoun (also after و: والذي سُلّم) right before the trigger or one word before."""
        doc = self.doc
        return any(x >= 0 and (doc.norm[x] in RELATIVES or doc.norm[x][:1] in "وف" and doc.norm[x][1:] in RELATIVES)
                   for x in (t - 1, t - 2))

    def _prev_base(self, prev: list[Claim], si: int) -> M | None:
        for c in reversed(prev):
            if c.sent == si and c.base is not None:
                return c.base.extra.get("antecedent", c.base)
        return None

    # -- roles ------------------------------------------------------------------------------------
