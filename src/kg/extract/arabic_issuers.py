"""Who issued a statement noun (rules of :class:`~kg.extract.arabic_statements.StatementFinder`):
أصدرت X بياناً، بيان لـ X، في بيان صادر عن X، بيان الوزارة; a statement noun with a nationality
adjective (البيان الأذربيجاني) is that country's; a statement noun pointing back (وأضاف البيان) is
the issuer of the latest one like it.
"""
from __future__ import annotations

from ..model import Kind
from .arabic_common import M


class IssuerRules:
    """A mixin of :class:`~kg.extract.arabic_statements.StatementFinder`."""

    def _issuers(self) -> list[tuple[int, M]]:
        """(token, issuer) for every بيان of the text: أصدرت X بياناً، بيان لـ X، في بيان صادر عن X."""
        doc, out = self.doc, []
        for s in range(self.n):
            if "STMT_NOUN" not in self.tags[s] or self.owner[s] is not None:
                continue
            a, _ = doc.sentence_of(s)
            after = self._issuer_after(s + 1)
            if after is not None:
                out.append((s, after))
                continue
            x = s - 1
            while x >= a and s - x <= 12:
                m = self.owner[x]
                if m is not None:
                    if self.actor(m):
                        out.append((s, m))
                        break
                    if m.kind is not None:
                        break
                    x = m.a - 1
                    continue
                if self.tags[x] & {"SPEECH"}:
                    break
                x -= 1
        return out

    def _issuer_after(self, x: int) -> M | None:
        doc = self.doc
        noun = x - 1
        for _ in range(4):
            if x >= self.n:
                return None
            m = self.starting(x)
            if m is not None:
                genitive = x == noun + 1 and not doc.defn[noun] and not doc.punct_before(x)
                return m if self.actor(m) and (genitive or doc.norm[x].startswith("ل")
                                               or doc.norm[x - 1] in ("عن", "ل")) else None
            if doc.forms(x)[0] in ("صادر", "صدر", "عن", "صحفي", "رسمي", "مشترك", "ل"):
                x += 1
                continue
            if x == noun + 1 and doc.defn[x] and self.tags[x] & {"ORG_HEAD", "FH_STRONG", "FH_WEAK"}:
                return self._anaphor(x)              # بيان الوزارة: the ministry named before
            return None
        return None

    def _issuer_of_country(self, x: int) -> M | None:
        """البيان الأذربيجاني / التصريحات الروسية: a statement noun with a nationality adjective is
        the statement of the latest earlier issuer or speaker of that country, not merely the
        latest one."""
        d = self.mf.demonym(x + 1) if x + 1 < self.n and not self.doc.punct_before(x + 1) else None
        if not d:
            return None
        earlier = [m for s, m in self.issuers if s < x] + [st.speaker for st in self.stmts]
        for bodies in (True, False):                 # a بيان is a body's before it is a person's
            for m in reversed(earlier):
                if (m.kind is not Kind.PERSON) == bodies and self._country_of(m) == {d}:
                    return m
        return None

    def _country_of(self, m: M) -> set:
        """The places an actor belongs to: a body's own, a person's by the role phrase."""
        if m.kind is Kind.PERSON:
            return self._role_demonyms(m)
        if m.place:
            return {m.place}
        return {w[1:] for w in m.ident if w[:1] in ("#", "@")}   # وزارة الدفاع الأذربيجانية: #azerbaijan

    def issuer_before(self, i: int, noun: int | None = None) -> M | None:
        """The issuer of the latest statement noun before token i; with ``noun`` (the token of a
        statement noun pointing back, وأضاف البيان), of the latest one of that noun if there is
        one: the statement is not the memorandum another party handed over (سلّم X مذكرة ...)."""
        best = same = None
        for s, m in self.issuers:
            if s < i:
                best = m
                if noun is not None and self._noun_stem(s) == self._noun_stem(noun):
                    same = m
        return same or best

    def _noun_stem(self, k: int) -> str:
        """البيان، وبياناً -> بيان: the noun without its article, conjunction or tanween alef."""
        w = self.doc.norm[k]
        for p in ("وال", "فال", "ال", "و", "ف"):
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        return w[:-1] if w.endswith("ا") and len(w) > 3 else w
