"""People named in an Arabic article, with their role and the body they belong to.

A person is recognised by what surrounds a name, as Arabic news writes it, never by a list of
people: a rank or title before it (العقيد X، الرئيس الأمريكي X); a role phrase before it, however
long its chain of genitives, adjectives and prepositional phrases (المتحدث باسم وزارة X العميد Y،
الباحث في شؤون الأمن X); an appositive between commas (وزير الدفاع، X،); or a reporting verb just
before it (وقال X، مدير ...). A name already seen, or its surname, is the same person later.

What a name is made of: words no list knows (transliterated names), very common given names,
the nisba surnames in -ي with the article (الفلاني), the particles that join two name words (بن،
ابن، ولد، أبو، آل، عبد) and the words that continue one (عبد + any definite word: عبد الأمير؛
الله / الدين / الرحمن after a name word: أسد الله، نور الدين). The spelling as written tells the
name علي from the preposition على, in texts that write the two apart.
"""
from __future__ import annotations

from ..model import Kind
from .arabic_mentions import M, MentionFinder
from .arabic_person_cues import PersonCueRules
from .arabic_person_names import _INITIALS, _NAME_STOP, _PREPS, PersonNameRules
from .arabic_text import QUOTE_MARKS, is_opening

_CHAIN = frozenset({"ROLE_LINK", "ROLE", "TITLE", "B_ADJ", "F_GENERIC"})
_NOT_IN_CHAIN = frozenset({"SPEECH", "PARTICIPLE", "COMPL", "TRIGGER", "PASSIVE", "MODAL", "NEG", "TIME",
                           "STMT_NOUN", "MEDIA", "ANON", "QUOTE_WORD", "FUTURE_VERB"})
_NOUNS = frozenset({"STMT_NOUN", "MEDIA", "QUOTE_WORD", "ANON"})
_ANCHORS = frozenset({"RANK", "ROLE", "TITLE", "SPEECH"})


class PersonFinder(PersonCueRules, PersonNameRules):
    def __init__(self, mf: MentionFinder, mentions: list[M]):
        self.mf = mf
        self.doc = mf.doc
        self.defn = mf.defn
        self.n = mf.n
        self.tags = mf.tags
        # بالوكالة after a role is "acting", not "by the agency": no outlet's mention opens there
        mentions[:] = [m for m in mentions if not (m.cat == "media" and {"ROLE_LINK", "MEDIA"} <= self.tags[m.a])]
        self.mentions = mentions
        self.owner: list[M | None] = [None] * self.n
        for m in mentions:
            for k in range(m.a, min(m.b, self.n)):
                self.owner[k] = m

    def has(self, i: int, tag: str) -> bool:
        return 0 <= i < self.n and tag in self.tags[i]


    # -- roles ------------------------------------------------------------------------------------
    def _chain_word(self, x: int, forward: bool, name_at: int = -1) -> bool:
        """Is token x part of a role phrase (a genitive, adjective or prepositional chain)?
        Walking back from a name at ``name_at``, a word no list knows before a definite
        genitive is a noun of the chain (آمر كتيبة حماية المطار العقيد X), not a name."""
        doc = self.doc
        t = self.tags[x]
        if self._construct_noun(x):
            return True
        if t & _NOT_IN_CHAIN and not self._genitive_noun(x) and not (
                "ROLE_LINK" in t and t & _NOT_IN_CHAIN <= {"TIME", "MEDIA"}):
            return False                              # العام: "general" in a role, not "the year";
                                                      # بالوكالة: "acting", not "by the agency"
        if self._link_as_name(x):
            return False
        if t & _CHAIN or self.defn[x] or self.mf.demonym(x):
            return True
        if not forward and not self.defn[x] and t & {"FH_STRONG", "FH_WEAK", "FH_UNIT", "ORG_HEAD"} and x > 0 \
                and not self.mf.punct(x) and self.tags[x - 1] & {"ROLE", "TITLE", "ROLE_LINK"} and not t & {"GIVEN"}:
            return True                               # قائد قوة X الفريق NAME: a body's noun in construct
        if "ADMIN" in t and x > 0 and not self.mf.punct(x) and self.tags[x - 1] & {"ROLE", "TITLE", "ROLE_LINK"}:
            return True                               # حاكم مقاطعة X، والي ولاية X
        w = doc.norm[x]
        if w in _PREPS:
            return True
        if any(c in doc.gap[x] for c in '"“«') and self.mf.punct(x):
            return True                               # a quoted name: في «X»
        # an indefinite noun in a chain: after a preposition (في شؤون) or before its genitive
        before = doc.norm[x - 1] if x > 0 and not self.mf.punct(x) else ""
        after_def = x + 1 < self.n and not self.mf.punct(x + 1) and (self.defn[x + 1] or self.owner[x + 1] is not None)
        if (before in _PREPS or after_def) and not (t & {"GIVEN", "PARTICLE"}) and \
                (not self._looks_foreign(x) or (not forward and after_def and x + 1 < name_at)
                 or (not forward and self._named_before_rank(x, name_at))):
            return len(w) > 2 and not w.isdigit()
        return False

    def _named_before_rank(self, x: int, r: int) -> bool:
        """A word no list knows right before a rank, walking back from it: a rank stands between
        it and the name, so it names the place or body of the role (قائد القيادة في أفريقيا
        الجنرال X، قائد قوة كفور الفريق X), after a preposition or a body's indefinite noun."""
        if r != x + 1 or "RANK" not in self.tags[r] or x < 1 or self.mf.punct(x) or self.mf.punct(r):
            return False
        if self.doc.norm[x - 1] in _PREPS:
            return True
        return not self.defn[x - 1] and bool(self.tags[x - 1] & {"FH_STRONG", "FH_WEAK", "FH_UNIT", "ORG_HEAD",
                                                                   "ADMIN", "LOCALITY"})

    def _construct_noun(self, x: int, depth: int = 0) -> bool:
        """An indefinite noun in construct inside a role phrase, right after the role noun or a
        link of it and before its own genitive (رئيس لجنة تسلم المنشآت، مدير وكالة الدفاع،
        رئيس مجلس إدارة «X»): a body's noun, a verbal noun or a media noun is then part of the
        role, whatever else the word can be (a verbal noun shares its tag with the verb)."""
        if x < 1 or x + 1 >= self.n or self.mf.punct(x) or self.defn[x] or self.owner[x] is not None:
            return False
        t = self.tags[x]
        if not t & ({"TRIGGER", "ORG_HEAD"} | _NOUNS) or t & {"GIVEN", "PARTICLE", "FUNC", "SPEECH"}:
            return False
        p = self.tags[x - 1]
        if self.defn[x - 1] or not (p & {"ROLE", "TITLE", "ROLE_LINK", "ORG_HEAD"} or
                                    (depth < 2 and self._construct_noun(x - 1, depth + 1))):
            return False
        y = x + 1
        if self._hard_punct(y):
            return False
        if self.defn[y] or (self.owner[y] is not None and self.owner[y].kind is not Kind.PERSON) \
                or any(c in self.doc.gap[y] for c in '"“«'):
            return True
        return "ROLE_LINK" in self.tags[y] or (depth < 2 and bool(self.tags[y] & ({"TRIGGER", "ORG_HEAD"} | _NOUNS))
                                               and not self.defn[y] and y + 1 < self.n and self.defn[y + 1])

    def _genitive_noun(self, x: int) -> bool:
        """A definite noun right after an indefinite one is its genitive (حزب المؤتمر، وكالة
        الأنباء، مركز الإعلام): a noun of the chain whatever else the word can be."""
        t = self.tags[x]
        if not self.defn[x] or x == 0 or self.mf.punct(x) or self.defn[x - 1] or t & (_NOT_IN_CHAIN - _NOUNS):
            return False
        p = self.tags[x - 1]
        return len(self.doc.norm[x - 1]) > 2 and not self.doc.norm[x - 1].isdigit() and \
            not (p & (_NOT_IN_CHAIN | {"FUNC", "GIVEN", "PARTICLE"})) and self.owner[x - 1] is None

    def _role_before(self, r: int, lo: int) -> int | None:
        """Start of a role phrase ending right before token r (a rank or a name)."""
        doc = self.doc
        x = r - 1
        best = None
        while x >= lo and r - x <= 14:
            if self._hard_punct(x + 1) and x + 1 != r:
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
                if x > lo and doc.norm[x][:1] == "و" and len(doc.norm[x]) > 3 and not self._hard_punct(x) \
                        and not doc.norm[x].startswith("وال") and r - x < 10:
                    x -= 1                            # X في هايتي ورئيسة البعثة NAME: two roles joined
                    continue
                if x > lo and doc.norm[x - 1] in ("احد", "احدي"):
                    best = x - 1                      # one of the role's holders
                break
            if self._chain_word(x, False, r):
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
                self._set_role(m, *role)
            out.append(m)
        return out

    def find(self) -> list[M]:
        doc, n = self.doc, self.n
        found: list[M] = []
        known = self._known()
        junk, line = doc.junk_line, doc.line
        tags = self.tags
        nxt = 0
        for i in [k for k in range(n) if tags[k] & _ANCHORS or doc.norm[k] == "لسان" or self._led_by(k)
                  or self._naming_word(k)]:
            if i < nxt or self.owner[i] is not None or junk[line[i]]:
                continue
            t = tags[i]
            p = None
            if "RANK" in t:
                p = self._after_rank(i)
                if p is None and t & {"ROLE", "TITLE"}:
                    p = self._after_role(i)             # السفير الأمريكي في باريس NAME: a rank that is a
                                                        # role too (سفير) runs through its phrase
            elif t & {"ROLE", "TITLE"}:
                p = self._after_role(i)
            elif "SPEECH" in t or (doc.norm[i] == "لسان" and i > 0 and doc.norm[i - 1] == "علي"):
                p = self._after_verb(i)
            elif self._led_by(i):
                p = self._after_led_by(i)
            elif self._naming_word(i):
                p = self._after_naming_word(i)
            if p is not None:
                found.append(p)
                for k in range(p.a, p.b):
                    self.owner[k] = p
                nxt = p.b
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
            self._set_role(m, *role)
        return m

    def _set_role(self, m: M, ra: int, rb: int) -> None:
        doc = self.doc
        m.role = _role_text(doc, ra, rb, self.mf.lex)
        m.extra["role_end"] = rb if rb > m.b else None
        m.extra["role_start"] = ra if ra < m.a else None
        first = ra + 1 if doc.norm[ra] in ("احد", "احدي") and ra + 1 < self.n else ra
        m.extra["role_head"] = doc.forms(first)[0]
        self._affiliate(m, ra, rb)

    def _affiliate(self, p: M, ra: int, rb: int) -> None:
        """The first force or body in a person's role is the one they belong to; the mentions
        in a role are marked (they describe the person, they do not act in the sentence)."""
        for x in range(ra, rb):
            o = self.owner[x]
            if o is not None and o.kind is not Kind.PERSON:
                o.extra["in_role"] = True
                if p.aff is None and o.kind in (Kind.FORCE, Kind.ORGANIZATION):
                    p.aff = o

    def _unit_after(self, k: int) -> bool:
        """A quoted name, a number or an ordinal after a rank that is also a unit noun (لواء «X»،
        اللواء 52): the unit, not a person."""
        if k >= self.n:
            return True
        g = self.doc.gap[k]
        return any(c in g for c in '"“”«„') or self.doc.norm[k].isdigit() or "ORDINAL_ADJ" in self.tags[k]

    def _after_rank(self, i: int) -> M | None:
        doc, n = self.doc, self.n
        if "RANK_AMBIG" in self.tags[i] and doc.gap[i].rstrip()[-1:] in ('"', "«", "“") and any(
                c in doc.gap[k] for k in range(i + 2, min(n, i + 5)) for c in '"»”'):
            return None                                 # «فريق X المشترك»: a team or brigade's short quoted name
        k = i + 1
        while k < n and (self.tags[k] & {"RANK_MOD", "RANK"} or (self.mf.demonym(k) and self.defn[k])) \
                and not self.mf.punct(k):
            k += 1                                      # العميد الركن، الجنرال الفرنسي
        k = self._rank_class_end(k)
        if k >= n or self.mf.punct(k):
            return None
        if self._unit_after(k) or self._title_in_place_name(i):
            return None
        if doc.norm[k][:1] == "و" and "GIVEN" not in self.tags[k]:
            return None                                 # a name does not open with و
        if not self.defn[i] and not self._name_word(k):
            return None                                 # an indefinite rank noun, used as a noun
        e = self.name_at(k, 1)
        if e == k and self.defn[i] and self.mf.demonym(k) and not self.defn[k]:
            e = self.name_at(k, 2, lead_demonym=True)   # العقيد تركي المالكي: a name, not "Turkish"
        if e == k:
            return None
        if e - k == 1 and "GIVEN" not in self.tags[k] and not self._looks_foreign(k):
            return None                                 # one word after a rank: a name, not a noun
        if e < k + 3 and doc.norm[k] in _INITIALS:
            return None                                 # an initial needs the name after it
        rs = self._role_before(i, max(0, i - 14))
        role = (rs, i) if rs is not None else self._role_after(e)
        if role is None:
            role = (i, k)
        return self._person(i, k, e, role)

    def _after_role(self, i: int) -> M | None:
        """ROLE ... [rank] NAME, ROLE ...، NAME،, TITLE [demonym] NAME: the role phrase may run
        through genitives, adjectives, nationalities and prepositional phrases."""
        doc, n = self.doc, self.n
        x = i + 1
        closed = -1                                  # a mention ending in its bracketed short name
        while x < n and x - i <= 14:
            if self._hard_punct(x) and not (x == closed and doc.gap[x].strip() in (")", "）")):
                g = doc.gap[x].strip(" \"“”«»")         # «X»، NAME،: the comma after a quoted name
                if g in ("،", ","):
                    e = self.name_at(x, 2)
                    if e > x and self._name_word(x) and (
                            e >= n or doc.gap[e].strip()[:1] in ("،", ",", ":", "", '"', "“", "”", "«")
                            or self.tags[e] & {"COMPL", "SPEECH"}):
                        return self._person(x, x, e, (i, x))
                break
            m = self.owner[x]
            if m is not None:
                if m.kind is Kind.PERSON:
                    return None
                x = closed = m.b                     # القيادي في قوات X (قسد) NAME
                continue
            t = self.tags[x]
            if self._then_adverb(x):
                x += 1                                   # وزير الدفاع آنذاك NAME: the role as it was then
                continue
            if "RANK" in t:
                return self._after_rank(x)
            q = self._quoted_name_end(x)
            if q is not None and x > i + 1:
                x = q                                    # رئيس مجلس إدارة «X» NAME: the body's quoted name
                continue
            if self._name_after_definite(x):
                e = self.name_at(x, 2, lead_demonym=True)
                if e > x:                                # الرئيس X Y، الوزير الإريتري X Y
                    return self._person(x, x, e, (i, x))
            if self._proper_genitive(x) or (x > i + 1 and self._lam_genitive(x)):
                x += 1                                   # رئيس وزراء ولاية X NAME: X is the state, NAME the holder;
                continue                                 # الأمين العام لحلف الناتو NAME: لـ + the body
            if self._name_word(x) and (not self.defn[x] or self._definite_given(x)) \
                    and (x > i + 1 or t & {"GIVEN", "PARTICLE"}):
                e = self.name_at(x, 2)
                if e > x:
                    return self._person(x, x, e, (i, x))
                if x > i + 1 and self._surname_alone(x):
                    return self._person(x, x, x + 1, (i, x))
                if not self.defn[x - 1] and self.tags[x - 1] & {"ROLE", "ROLE_LINK", "TITLE", "ADMIN", "B_LOC"} \
                        and self._hard_punct(x + 1):
                    x += 1                               # حاكم منطقة X، NAME،: X is the genitive
                    continue
                if self._unit_name(x):
                    x += 2 if doc.norm[x + 1].isdigit() else 1
                    continue                             # المتحدث باسم فيلق X 209 في ...، NAME،
                joined = x + 1 < n and not self.mf.punct(x + 1) and doc.norm[x + 1][:1] == "و" \
                    and self.tags[x + 1] & {"ROLE", "TITLE"} and doc.norm[x - 1] in _PREPS
                if not (x > i + 1 and (self._genitive_noun(x + 1) or joined)):
                    return None                          # في حزب المؤتمر، NAME،: a noun and its genitive;
                                                         # في X ورئيسة البعثة NAME: a place, a second role
                x += 1
                continue
            if x == i + 1 and not self.defn[i] and self._looks_foreign(x) and self._hard_punct(x + 1) \
                    and doc.gap[x + 1].strip() in ("،", ","):
                x += 1                                   # عمدة X، NAME،: a role noun in construct, X its genitive
                continue
            if self._chain_word(x, True) or (x == i + 1 and (self._construct_complement(i, x)
                                                              or self._role_genitive(i, x))):
                x += 1
                continue
            break
        return None

    def _after_verb(self, i: int) -> M | None:
        """وقال NAME، ROLE: / على لسان NAME،"""
        doc, n = self.doc, self.n
        k = i + 1
        if k >= n or self.owner[k] is not None or (self.mf.punct(k) and self.doc.gap[k].strip() not in ("،", ",")):
            return None
        if self.tags[k] & {"RANK", "ROLE", "TITLE"}:
            return None
        e = self.name_at(k, 2)
        if e == k:
            return None
        nxt = doc.gap[e].strip()[:1] if e < n else ""
        if not (nxt in ("،", ",", ":") or (e < n and self.tags[e] & {"COMPL"}) or (nxt and nxt[0] in '"“”«')
                or self._adverbial_then_that(e)):
            return None
        if nxt and nxt in QUOTE_MARKS and not is_opening(doc.text, doc.end[e - 1] + doc.gap[e].index(nxt)):
            return None                                 # «... يؤكد فشل X»: the verb is quoted, its object no speaker
        if not self._name_word(k):
            return None
        return self._person(k, k, e, self._role_after(e))

    def _again(self, found: list[M]) -> list[M]:
        """Later mentions of a person already named: the full name or its surname (the last
        name word, with the particle or continuation it needs: ولد X، يار الله)."""
        doc, n = self.doc, self.n
        if not found:
            return []
        names: dict[tuple[str, ...], M] = {}
        surnames: dict[tuple[str, ...], M] = {}
        for p in found:
            nt = p.extra["name_tokens"]
            names[nt] = p
            if len(nt) >= 2:
                tail = nt[-2:] if (len(nt) >= 3 and self.mf.lex.profile(nt[-1]).tags & {"NAME_CONT"}) \
                    or (len(nt) >= 3 and nt[-2] in self.mf.lex.sets["PARTICLE"]) else nt[-1:]
                if tail != nt:
                    surnames.setdefault(tail, p)
        by_first: dict[str, list] = {}
        for key in list(names) + list(surnames):
            if key:
                by_first.setdefault(key[0], []).append(key)
        out = []
        first_pos = min(p.a for p in found)
        nxt = 0
        for x in doc.positions(by_first):
            if x < nxt or self.owner[x] is not None:
                continue
            w = doc.forms(x)[0]
            hit = None
            for key in sorted(by_first.get(w, ()), key=len, reverse=True):
                if tuple(doc.forms(k)[0] for k in range(x, min(n, x + len(key)))) != key:
                    continue
                if key in names:
                    hit = (x + len(key), names[key])
                    break
                ranked = x > 0 and not self.mf.punct(x) and (
                    self.tags[x - 1] & {"RANK"} or "SPEECH" in self.tags[x - 1] and self.owner[x - 1] is None) \
                    and self._after_surname_ok(x + len(key))   # الفريق الأمير، وقال الأمير في ...
                if x > first_pos and (ranked or not (self.tags[x] & _NAME_STOP and "GIVEN" not in self.tags[x])):
                    hit = (x + len(key), surnames[key])
                    break
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
                nxt = e
        return out


def _role_text(doc, ra: int, rb: int, lex=None) -> str:
    """The role as written, without a leading conjunction (وقائد ... -> قائد ...)."""
    text = doc.surface(ra, rb)
    for o, c in (("«", "»"), ("(", ")")):
        if text.count(o) > text.count(c) and doc.text[doc.end[rb - 1]:doc.end[rb - 1] + 1] == c:
            text += c                                 # في «X»: the closing mark of a name in the role
    if text.count('"') % 2 and doc.text[doc.end[rb - 1]:doc.end[rb - 1] + 1] == '"':
        text += '"'
    text = text.strip(" ،,:")
    w = doc.norm[ra]
    if w[:1] == "و" and len(w) > 3 and text[:1] == "و" and lex is not None and not lex.known(w):
        text = text[1:]
    return text
