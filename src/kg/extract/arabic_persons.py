"""People named in an Arabic article, with their role and the body they belong to.

A person is recognised by what surrounds the name, as Arabic news writes it:
a rank or title before it (العميد فنسنت باركر، الرئيس الفرنسي إيمانويل ماكرون), a role phrase
before it (المتحدث باسم قيادة عمليات نينوى العميد ...، مدير مطار قندهار مسعود بشتون), an
appositive between commas (مستشار الأمن القومي، حسين شيخ علي،), or a reporting verb right
before it (وقال تشنان عيسى الشيخ، مدير ...). A name already seen (or its last word, the
surname) is recognised again anywhere later in the article.
"""
from __future__ import annotations

from ..model import Kind
from .arabic_lex import definite
from .arabic_mentions import M, MentionFinder

_NAME_STOP = frozenset({"FUNC", "SPEECH", "PARTICIPLE", "COMPL", "RANK", "TITLE", "ROLE", "NOT_NAME",
                        "TRIGGER", "FH_STRONG", "FH_WEAK", "FH_DEM", "BH_SING", "BH_PLUR", "BH_DUAL",
                        "ORG_HEAD", "MEDIA", "ANON", "PASSIVE", "MODAL", "NEG", "DEST", "ATTR_PREP",
                        "STMT_NOUN", "LOCALITY", "B_ADJ", "F_GENERIC", "LIST_OPEN", "QUOTE_WORD",
                        "FUTURE_VERB", "TROOP_NOUN", "EQUIP", "ROLE_LINK", "P_ANAPH", "B_GENERIC"})


class PersonFinder:
    def __init__(self, mf: MentionFinder, mentions: list[M]):
        self.mf = mf
        self.doc = mf.doc
        self.n = mf.n
        self.tags = mf.tags
        self.mentions = mentions
        self.owner: list[M | None] = [None] * self.n
        for m in mentions:
            for k in range(m.a, min(m.b, self.n)):
                self.owner[k] = m

    def has(self, i: int, tag: str) -> bool:
        return 0 <= i < self.n and tag in self.tags[i]

    # -- names ------------------------------------------------------------------------------------
    def name_at(self, k: int, min_len: int = 1, max_len: int = 4) -> int:
        """End of a personal name starting at token k (k itself when there is none)."""
        doc, n = self.doc, self.n
        x = k
        while x < n and x - k < max_len:
            if x > k and self.mf.punct(x):
                break
            if self.owner[x] is not None:
                break
            w = doc.norm[x]
            t = self.tags[x]
            given_last = "GIVEN" in t and x > k and (x + 1 >= n or self.mf.punct(x + 1))   # حسين شيخ علي،
            if t & _NAME_STOP and not ("GIVEN" in t and "FUNC" not in t and "SPEECH" not in t) \
                    and not ("PARTICLE" in t and x > k) and not given_last:
                break
            if w.isdigit() or self.mf.demonym(x):
                break
            if definite(w) and not w.startswith("لل") and not w.startswith(("وال", "فال", "بال")):
                prev_given = x > k and ("GIVEN" in self.tags[x - 1] or "PARTICLE" in self.tags[x - 1])
                if x == k or not (w.endswith("ي") or prev_given):
                    break
            elif w[:1] == "و" and x > k and len(w) > 3 and self.mf.lex.profile(w[1:]).tags:
                break                                   # وقائد ...، but وليد is a name
            x += 1
        if x - k < min_len:
            return k
        return x

    def _role_before(self, r: int, lo: int) -> int | None:
        """Start of a role phrase ending right before token r (a rank or a name)."""
        doc = self.doc
        x = r - 1
        best = None
        while x >= lo and r - x <= 14:
            if self.mf.punct(x + 1) and x + 1 != r:
                break
            m = self.owner[x]
            if m is not None:
                if m.kind is Kind.PERSON:
                    break
                x = m.a - 1
                continue
            t = self.tags[x]
            if t & {"ROLE", "TITLE"}:
                best = x
                if x > lo and self.owner[x - 1] is None and (self.tags[x - 1] & {"ROLE", "TITLE"}):
                    x -= 1
                    continue
                # أحد القادة ...، نائب رئيس ...: keep going while roles chain
                if x > lo and doc.norm[x - 1] in ("احد", "احدي"):
                    best = x - 1
                break
            if t & {"ROLE_LINK"} or definite(doc.norm[x]) or self.mf.demonym(x) or t & {"B_ADJ", "F_GENERIC"}:
                x -= 1
                continue
            break
        return best

    def _role_after(self, k: int) -> tuple[int, int] | None:
        """An appositive role after a name: ``، ROLE ...،`` or ``، وهو ROLE ...،``."""
        doc, n = self.doc, self.n
        if k >= n:
            return None
        g = doc.gap[k].strip()
        if g not in ("،", ",", "-", "–"):
            return None
        x = k
        if doc.norm[x] in ("وهو", "وهي", "هو"):
            x += 1
        if x >= n or not (self.tags[x] & {"ROLE", "TITLE"} or doc.norm[x] in ("احد", "احدي")):
            return None
        y = x + 1
        while y < n and y - x < 14 and not self.mf.punct(y):
            if self.tags[y] & {"SPEECH", "COMPL", "TRIGGER"} and self.owner[y] is None:
                break
            y += 1
        return x, y

    # -- finding ------------------------------------------------------------------------------------
    def _known(self) -> list[M]:
        """People the gazetteer named: their role and name words, as for the others."""
        doc = self.doc
        out = []
        for m in self.mentions:
            if m.kind is not Kind.PERSON:
                continue
            na = m.a
            while na < m.b - 1 and self.tags[na] & {"RANK", "RANK_MOD", "TITLE"}:
                na += 1
            m.extra["name_tokens"] = tuple(doc.forms(k)[0] for k in range(na, m.b))
            m.name = m.name or doc.surface(na, m.b)
            rs = self._role_before(m.a, max(0, m.a - 14))
            role = (rs, m.a) if rs is not None else self._role_after(m.b)
            if role is None and na > m.a:
                role = (m.a, na)
            if role:
                ra, rb = role
                m.role = _role_text(doc, ra, rb, self.mf.lex)
                m.extra["role_start"] = ra if ra < m.a else None
                m.extra["role_head"] = doc.forms(ra)[0] if doc.norm[ra] not in ("احد", "احدي") else \
                    (doc.forms(ra + 1)[0] if ra + 1 < self.n else "")
                m.extra["role_end"] = rb if rb > m.b else None
                self._affiliate(m, ra, rb)
            out.append(m)
        return out

    def find(self) -> list[M]:
        doc, n = self.doc, self.n
        found: list[M] = []
        known = self._known()
        i = 0
        while i < n:
            if self.owner[i] is not None:
                i = self.owner[i].b
                continue
            t = self.tags[i]
            p = None
            if "RANK" in t:
                p = self._after_rank(i)
            elif t & {"ROLE", "TITLE"}:
                p = self._after_role(i)
            elif "SPEECH" in t or (doc.norm[i] == "لسان" and i > 0 and doc.norm[i - 1] == "علي"):
                p = self._after_verb(i)
            if p is not None:
                found.append(p)
                for k in range(p.a, p.b):
                    self.owner[k] = p
                i = p.b
                continue
            i += 1
        found += self._again(found + known)
        found.sort(key=lambda m: m.a)
        return found

    def _person(self, a: int, na: int, nb: int, role: tuple[int, int] | None) -> M:
        doc = self.doc
        name = doc.surface(na, nb)
        m = M(Kind.PERSON, a, nb, doc.start[a], doc.end[nb - 1], "person", name=name,
              ident=frozenset(doc.forms(k)[0] for k in range(na, nb)))
        m.extra["name_tokens"] = tuple(doc.forms(k)[0] for k in range(na, nb))
        if role:
            ra, rb = role
            m.role = _role_text(doc, ra, rb, self.mf.lex)
            m.extra["role_end"] = rb if rb > nb else None
            m.extra["role_start"] = ra if ra < a else None
            m.extra["role_head"] = doc.forms(ra)[0] if doc.norm[ra] not in ("احد", "احدي") else doc.forms(ra + 1)[0] if ra + 1 < self.n else ""
            self._affiliate(m, ra, rb)
        return m

    def _affiliate(self, p: M, ra: int, rb: int) -> None:
        """The first force or body in a person's role is the one they belong to; the mentions
        in a role are marked (they describe the person, they do not act in the sentence)."""
        for x in range(ra, rb):
            o = self.owner[x]
            if o is not None and o.kind is not Kind.PERSON:
                o.extra["in_role"] = True
                if p.aff is None and o.kind in (Kind.FORCE, Kind.ORGANIZATION):
                    p.aff = o

    def _after_rank(self, i: int) -> M | None:
        doc, n = self.doc, self.n
        k = i + 1
        while k < n and (self.tags[k] & {"RANK_MOD", "RANK"}) and not self.mf.punct(k):
            k += 1
        if k < n and doc.norm[k][:1] == "و" and "GIVEN" not in self.tags[k]:
            return None                                 # a name does not open with و
        if not definite(doc.norm[i]) and not ("GIVEN" in self.tags[min(k, n - 1)] or self._looks_foreign(min(k, n - 1))):
            return None                                 # جنرال / ماريشال as a plain noun
        e = self.name_at(k, 1)
        if e == k:
            return None
        if e - k == 1 and "GIVEN" not in self.tags[k] and not self._looks_foreign(k):
            # a single word after a rank: a surname is fine unless it is a common word
            if self.tags[k]:
                return None
        rs = self._role_before(i, max(0, i - 14))
        role = (rs, i) if rs is not None else self._role_after(e)
        if role is None:
            role = (i, k)
        return self._person(i, k, e, role)

    def _after_role(self, i: int) -> M | None:
        """ROLE ... [rank] NAME, ROLE ...، NAME،, TITLE [demonym] NAME."""
        doc, n = self.doc, self.n
        x = i + 1
        while x < n and x - i <= 14:
            if self.mf.punct(x):
                g = doc.gap[x].strip()
                if g in ("،", ","):
                    e = self.name_at(x, 2)
                    if e > x and (e >= n or doc.gap[e].strip()[:1] in ("،", ",", ":", "", '"', "“", "”", "«")
                                  or self.tags[e] & {"COMPL", "SPEECH"}):
                        return self._person(x, x, e, (i, x))
                break
            m = self.owner[x]
            if m is not None:
                if m.kind is Kind.PERSON:
                    return None
                x = m.b
                continue
            t = self.tags[x]
            if "RANK" in t:
                p = self._after_rank(x)
                return p
            if "GIVEN" in t and not (t & {"FUNC", "ROLE_LINK"}) or (x > i + 1 and self._looks_foreign(x) and not definite(doc.norm[x])):
                e = self.name_at(x, 2)
                if e > x:
                    return self._person(x, x, e, (i, x))
                return None
            if t & {"ROLE_LINK", "ROLE", "TITLE"} or definite(doc.norm[x]) or self.mf.demonym(x) or \
                    t & {"B_ADJ", "F_GENERIC"}:
                x += 1
                continue
            break
        return None

    def _after_verb(self, i: int) -> M | None:
        """وقال NAME، ROLE: / على لسان، NAME،"""
        doc, n = self.doc, self.n
        k = i + 1
        if k >= n or self.owner[k] is not None:
            return None
        if self.tags[k] & {"RANK", "ROLE", "TITLE"}:
            return None
        e = self.name_at(k, 2)
        if e == k:
            return None
        nxt = doc.gap[e].strip()[:1] if e < n else ""
        if not (nxt in ("،", ",", ":") or (e < n and self.tags[e] & {"COMPL"}) or (nxt and nxt[0] in '"“”«')):
            return None
        if not any("GIVEN" in self.tags[x] or self._looks_foreign(x) for x in range(k, e)):
            return None
        return self._person(k, k, e, self._role_after(e))

    def _looks_foreign(self, k: int) -> bool:
        """A word no list knows (a transliterated name)."""
        return not self.tags[k] and not definite(self.doc.norm[k]) and len(self.doc.norm[k]) >= 3 \
            and self.mf.gaz_at(k) is None

    def _again(self, found: list[M]) -> list[M]:
        """Later mentions of a person already named: the full name or its last word."""
        doc, n = self.doc, self.n
        if not found:
            return []
        names: dict[tuple[str, ...], M] = {}
        surnames: dict[str, M] = {}
        for p in found:
            nt = p.extra["name_tokens"]
            names[nt] = p
            if len(nt) >= 2:
                surnames.setdefault(nt[-1], p)
        by_first: dict[str, list] = {}
        for nt, p in names.items():
            if nt:
                by_first.setdefault(nt[0], []).append((nt, p))
        out = []
        x = 0
        first_pos = min(p.a for p in found)
        while x < n:
            if self.owner[x] is not None:
                x = self.owner[x].b
                continue
            w = doc.forms(x)[0]
            hit = None
            for nt, p in by_first.get(w, ()):
                if tuple(doc.forms(k)[0] for k in range(x, min(n, x + len(nt)))) == nt:
                    hit = (x + len(nt), p)
                    break
            if hit is None and w in surnames and x > first_pos and not (self.tags[x] & _NAME_STOP):
                hit = (x + 1, surnames[w])
            if hit:
                e, p = hit
                m = M(Kind.PERSON, x, e, doc.start[x], doc.end[e - 1], "person", name=doc.surface(x, e),
                      ident=p.ident)
                m.extra["name_tokens"] = tuple(doc.forms(k)[0] for k in range(x, e))
                m.extra["same_as"] = p
                m.extra["role_head"] = p.extra.get("role_head", "")
                out.append(m)
                for k in range(x, e):
                    self.owner[k] = m
                x = e
                continue
            x += 1
        return out


def _role_text(doc, ra: int, rb: int, lex=None) -> str:
    """The role as written, without a leading conjunction (وقائد ... -> قائد ...)."""
    text = doc.surface(ra, rb).strip(" ،,:")
    w = doc.norm[ra]
    if w[:1] == "و" and len(w) > 3 and text[:1] == "و" and lex is not None and not lex.known(w):
        text = text[1:]
    return text
