"""Who speaks (rules of :class:`~kg.extract.arabic_statements.StatementFinder`).

The subject of a reporting verb: after it (VSO: وقال X، also through the role phrase opening a
person's mention), before it (SVO: the noun phrase read leftwards across the prepositional
phrases after its head, so that مصدر في بغداد أعلن is the source, not the city; a source or an
official of a named body, مسؤول في وزارة X، speaks for the body), the antecedent of a
relative pronoun (X، الذي قال؛ الحكومة ... التي قالت), the body behind a statement noun (بيان
X، بيان صادر عن X، أصدر X بياناً ... وأشار البيان), or a role noun that points back (الضابط،
اللجنة). A role noun with the body it speaks for and no name (المتحدث باسم X) is X. A verb
conjoined inside a sentence takes the sentence's subject. News outlets and anonymous sources
block: they are never speakers (:mod:`.arabic_sources`).
"""
from __future__ import annotations


from ..model import Kind
from ..normalise import fold
from .arabic_common import M
from .arabic_issuers import IssuerRules
from .arabic_sources import SourceRules, speech_words
from .arabic_text import after_brackets

BLOCK = object()                 # a news outlet or an anonymous source: nobody to credit
FILLERS = ("بدورها", "بدوره", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها")
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
_INNA = frozenset({"ان", "لكن", "ولكن", "لان", "بان", "وان"})    # إنّ and her sisters: their subject is accusative
# a preposition with the pronoun of the occasion (كلمة قال فيها X، مؤتمر أكد خلاله X) between a verb and its subject
_RESUMPTIVE = frozenset({"فيه", "فيها", "خلاله", "خلالها"})
PREPS = frozenset({"في", "من", "عن", "علي", "باسم", "لدي", "داخل", "قرب", "عند", "مع", "بين", "ل", "ب"})


def counterpart_nouns() -> frozenset[str]:
    return speech_words("counterpart_nouns")



def _is_mission(entry, words: dict) -> bool:
    """Is a gazetteer force a mission or an operation, by its labels (lexicon speech.mission_labels)?"""
    ar = fold(entry.labels.get("ar") or "")
    head = ar.split()[0] if ar.split() else ""
    if head in words["heads"]:
        return True
    if head in words["force_heads"] and any(q in ar for q in words["force_qualifiers"]):
        return True
    en = entry.labels.get("en") or ""
    return any(w in en.split() for w in words["en_words"]) or en.startswith(tuple(words["en_bodies"]))


class SpeakerRules(IssuerRules, SourceRules):
    """A mixin of :class:`~kg.extract.arabic_statements.StatementFinder`."""

    def speaker_after(self, x: int):
        """(speaker | BLOCK | None, next token) for a subject starting at token x."""
        doc, n = self.doc, self.n
        if x < n and doc.forms(x)[0] in FILLERS:
            x += 1
        if x < n and doc.norm[x] in ("من",) and x + 1 < n and doc.forms(x + 1)[0] in FILLERS:
            x += 2
        if x >= n:
            return None, x
        if doc.norm[x] in _RESUMPTIVE and x + 1 < n and not doc.punct_before(x + 1):
            sp, z = self.speaker_after(x + 1)          # مراسم قال فيها قائد المنطقة X: "in which" said X
            if sp is not None:
                return sp, z
        if doc.norm[x] == "ل" or doc.norm[x][:1] == "ل" and "MEDIA" in self.tags[x]:
            y = self._addressee_end(x)                 # قال لـ«الصحيفة» / لوكالة X: whom he told
            if y > x:
                sp, z = self.speaker_after(y)
                return (sp, z) if sp is not None else (None, y)
        if self.owner[x] is None and x + 1 < n and not doc.punct_before(x + 1) and self._own_role(x):
            p = self.role_of.get(x + 1) or self.starting(x + 1)
            if p is not None and p.kind is Kind.PERSON:  # وقال قائدها الجنرال X: her commander, X
                return p.extra.get("same_as", p), (p.extra.get("role_end") or p.b)
        if x in self.role_of:                          # وقال المتحدث باسم ... العميد X
            p = self.role_of[x]
            return p, (p.extra.get("role_end") or p.b)
        if self.tags[x] & {"ROLE", "TITLE"}:
            p = self._appositive_person(x)
            if p is not None:                          # وقال قائد ...، العميد X، إن
                return p, (p.extra.get("role_end") or p.b)
        m = self.starting(x)
        if m is None and self.owner[x] is not None and self.owner[x].kind is Kind.PERSON:
            m = self.owner[x]
        if m is None and "RANK" in self.tags[x]:
            y = x + 1
            while y < n and y - x < 3 and "RANK_MOD" in self.tags[y] and not doc.punct_before(y):
                y += 1                                 # اللواء الركن
            p = self.starting(y) if y < n and not doc.punct_before(y) else None
            if p is not None and p.kind is Kind.PERSON:
                m = p                                  # وقال الجنرال + a known name
        if m is not None and m.cat == "fanaphor":
            mission = self._mission_named_before(m)
            if mission is not None:
                return mission, m.b
        if m is not None:
            body = self._body_of_official(x) if m.cat == "anon" else None
            if body is not None:
                return body, body.b                      # قال مسؤول في وزارة X: the ministry
            if m.cat in ("media", "anon"):
                return BLOCK, m.b
            if self.actor(m):
                return m, (m.extra.get("role_end") or m.b)
            if m.cat == "anaphor":
                return None, x
            return None, x
        t = self.tags[x]
        if "STMT_NOUN" in t:
            iss = self._issuer_after(x + 1)
            if iss is not None:
                return iss, iss.b
            iss = self._issuer_of_country(x) or self.issuer_before(x, x) or self.last_speaker
            return (iss, x + 1) if iss is not None else (None, x)
        named = self._named_by_description(x)
        if named is not None:
            return named.extra.get("same_as", named), (named.extra.get("role_end") or named.b)
        body = self._body_of_official(x) or self._commanded_force(x)
        if body is not None:
            return body, body.b
        if "MEDIA" in t or self._anonymous(x) or self._report_source(x):
            return BLOCK, x + 1
        if "P_ANAPH" in t or (doc.defn[x] and t & {"ORG_HEAD", "FH_STRONG", "FH_WEAK"}):
            ante = self._anaphor(x)
            if ante is not None:
                return ante, x + 1
        p = self._named_after_title(x)
        if p is not None:
            return p.extra.get("same_as", p), (p.extra.get("role_end") or p.b)
        if self._unnamed_holder(x):
            return BLOCK, x + 1                      # أوضح ضابط أسترالي أن: someone unnamed, no earlier speaker
        if self.owner[x] is None and any(f in speech_words("party_nouns") for f in doc.forms(x)[:2]):
            return BLOCK, x + 1                      # وقال حزب X المعارض في بيان: a party the lists do not
                                                     # know speaks, not the speaker before it
        return None, x

    def _named_by_description(self, x: int) -> M | None:
        """The person a short description at x names (وأكد وجيه محلي يدعى X أن، قال شاب اسمه X إن):
        a naming word within five words, the person's mention right after it."""
        doc = self.doc
        for y in range(x + 1, min(self.n - 1, x + 6)):
            if doc.punct_before(y) or self.owner[y] is not None and self.owner[y].kind is Kind.PERSON:
                return None
            if any(f in speech_words("naming_words") for f in doc.forms(y)[:1]) and not doc.punct_before(y + 1):
                p = self.starting(y + 1)
                return p if p is not None and p.kind is Kind.PERSON else None
        return None

    def _mission_named_before(self, m: M) -> M | None:
        """البعثة re-mentioning a mission named before by another noun or by its acronym (العملية
        المختلطة ... «يوناميد»، ثم: وقالت البعثة): the latest force of the gazetteer that is no
        country's own and is a mission or an operation by its labels (never an armed group or an
        alliance: تنظيم القاعدة، حلف شمال الأطلسي). A mission named before under its own noun (بعثة الأمم المتحدة) is found
        by that noun, as any other re-mention (None here)."""
        if m.head not in speech_words("mission_nouns"):
            return None
        gaz = self.mf.gaz
        for c in reversed(self.ms):
            if c.a >= m.a or c.kind is not Kind.FORCE or c.cat == "fanaphor":
                continue
            if c.head == m.head:
                return None
            entry = gaz.get(Kind.FORCE, c.key) if c.key else None
            if entry is not None and not entry.national_force_of and _is_mission(entry, self.mf.lex.mission_labels):
                return c
        return None

    def _named_after_title(self, x: int) -> M | None:
        """A person named at the end of a title the lists do not know (أعلن الموفد الخاص للأمين
        العام للأمم المتحدة X أن ...): a chain of definite nouns and adjectives, the bodies they
        are of among them, right after the verb and ending in the name. Any other word (مع، بعد،
        an indefinite noun) ends the subject: the name after it is an object."""
        doc = self.doc
        y = x
        while y < min(self.n, x + 9):
            if y > x and doc.punct_before(y):
                return None
            if y in self.role_of:
                return self.role_of[y]
            m = self.starting(y)
            if m is not None:
                if m.kind is Kind.PERSON:
                    return m if y > x else None
                if m.kind in (Kind.FORCE, Kind.ORGANIZATION) and m.cat not in ("media", "anon"):
                    y = m.b                          # للأمم المتحدة: the body the title is of
                    continue
                return None
            if self.owner[y] is not None or not (doc.defn[y] or self.tags[y] & {"ROLE", "TITLE"}) \
                    or self.tags[y] & {"SPEECH", "COMPL", "FUNC", "TIME", "ANON", "MEDIA"}:
                return None
            y += 1
        return None

    def _own_role(self, x: int) -> bool:
        """A role noun with a possessive pronoun (قائدها، رئيسه، متحدثتها): the lists hold the bare
        noun, the text the noun of the body named before."""
        w = self.doc.forms(x)[0]
        for suf in ("هما", "هم", "ها", "ه"):
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                stem = w[:-len(suf)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                return bool(self.mf.lex.profile(stem).tags & {"ROLE", "TITLE"})
        return False

    def _accusative(self, x: int) -> bool:
        """Does the word at x carry the accusative tanween (صوراً، جيشاً)? An object, never the
        subject of the verb after it, unless إنّ / لكنّ governs it (لكنّ مصدراً ... نفى)."""
        doc = self.doc
        raw = doc.text[doc.start[x]:doc.end[x]]
        if not raw.endswith(("اً", "ًا")) or len(raw) < 4:
            return False
        return not (x > 0 and doc.norm[x - 1] in _INNA)

    def _anaphor(self, x: int) -> M | None:
        """الضابط، اللجنة، المسؤولَين: the last person with that role / body with that head.

        A role noun followed by the body it speaks for (المتحدث باسم X، الناطق الرسمي لـ X) is an
        unnamed holder of that role: the person who held it before in the article if they spoke for
        the same body, else the body itself, never merely the last speaker."""
        doc = self.doc
        w = doc.forms(x)[0]
        body = self._role_body(x)
        if body is not None:
            for m in reversed(self.ms):
                if m.a < x and m.kind is Kind.PERSON and m.extra.get("role_head") == w and m.aff is not None \
                        and self._same_actor(m.aff, body):
                    return m.extra.get("same_as", m)
            return body
        plural = w.endswith(("ين", "ان", "ون")) and len(w) > 5
        stem = w[:-2] if plural else w
        persons = []
        for s in reversed(self.stmts):
            if s.speaker.kind is Kind.PERSON and s.speaker not in persons:
                persons.append(s.speaker)
        if plural and len(persons) >= 2:
            return persons[1]
        dem = self._demonyms(x + 1, x + 5)
        for m in reversed(self.ms):
            if m.a >= x:
                continue
            if m.kind is Kind.PERSON:
                head, held = m.extra.get("role_head"), self._role_demonyms(m)
                if dem and held and not dem & held:
                    continue                         # وزير الدفاع الإيفواري: not the French minister
                if head in (w, stem) or dem and dem & held and self._counterpart(head):
                    return m.extra.get("same_as", m)  # ... ونظيره الإيفواري X، ثم: وقال الوزير الإيفواري
            if m.kind in (Kind.ORGANIZATION, Kind.FORCE) and m.cat != "fanaphor" and \
                    (m.head == w or doc.forms(m.a)[0] == w):
                return m
        if plural and persons:
            return persons[0]
        return None

    def _demonyms(self, a: int, b: int) -> set:
        """The places whose nationality adjectives stand in tokens a..b of one phrase."""
        doc, out = self.doc, set()
        for k in range(a, min(b, self.n)):
            if k > a and doc.punct_before(k):
                break
            d = self.mf.demonym(k)
            if d:
                out.add(d)
        return out

    def _role_demonyms(self, p: M) -> set:
        """The nationality adjectives of a person's role phrase (وزير الجيوش الفرنسي X، X، الوزير
        الفرنسي)."""
        rs, re_ = p.extra.get("role_start"), p.extra.get("role_end")
        out = self._demonyms(rs, p.a) if rs is not None and rs < p.a else set()
        if re_ is not None and re_ > p.b:
            out |= self._demonyms(p.b, re_)
        return out

    def _counterpart(self, head: str | None) -> bool:
        """نظيره / نظيرته: a role noun that takes the role of the one named before."""
        if not head:
            return False
        words = counterpart_nouns()
        return head in words or head[:1] in "وف" and head[1:] in words

    def _appositive_person(self, x: int) -> M | None:
        """The person a role phrase at x is set beside, after a comma (قائد القطاع في البعثة،
        العميد X،)."""
        doc = self.doc
        a, b = doc.sentence_of(x)
        y = x + 1
        while y < b and y - x <= 14:
            if doc.punct_before(y):
                if doc.gap[y].strip()[:1] == "(":
                    y = after_brackets(doc, y, b)    # المتحدث باسم المجلس (الحاكم)، العقيد X
                    p = self.owner[y] if y < b else None
                    if p is not None and p.kind is Kind.PERSON and p.a == y:
                        return p.extra.get("same_as", p)
                    if y < b and doc.gap[y].strip() == ")":
                        y += 1                       # (قسد) في الرقة، X: the role phrase goes on after the gloss
                        continue
                    return None
                if doc.gap[y].strip() not in ("،", ","):
                    return None
                p = self.owner[y]
                if p is not None and p.kind is Kind.PERSON and p.a == y:
                    return p.extra.get("same_as", p)
                return None
            if self.tags[y] & {"SPEECH", "COMPL", "TRIGGER"} and self.owner[y] is None:
                return None
            y += 1
        return None

    def _role_body(self, x: int) -> M | None:
        """The force or body named in the role phrase opened by the role noun at x (المتحدث باسم
        X، الناطق الرسمي لـ X، المسؤول في X), when no person's name follows it."""
        doc = self.doc
        y = x + 1
        while y < self.n and y - x <= 4 and not doc.punct_before(y):
            m = self.owner[y]
            if m is not None:
                if m.kind is Kind.PERSON:
                    return None
                if m.a == y and m.kind in (Kind.FORCE, Kind.ORGANIZATION) and self.actor(m):
                    return m
                return None
            if not (doc.norm[y] in ("باسم", "في", "ل", "لدي", "عن") or doc.defn[y]):
                return None
            y += 1
        return None

    def _same_actor(self, a: M, b: M) -> bool:
        if a is b or (a.key and a.key == b.key):
            return True
        return bool(a.ident) and a.ident == b.ident

    def _governed(self, m: M) -> bool:
        """Is mention m the object of a preposition (في X، باسم X، بالبرلمان)?"""
        doc = self.doc
        w = doc.norm[m.a]
        if w[:1] in "بل" and len(doc.forms(m.a)) > 1 and m.kind is not Kind.PERSON:
            return True
        return m.a > 0 and not doc.punct_before(m.a) and doc.norm[m.a - 1] in PREPS

    def speaker_before(self, v: int):
        """The subject before the verb (SVO): the noun phrase ending before it, read leftwards
        across the prepositional phrases and adjectives that follow its head (مصدر أمني في X
        أعلن: the source, not X), or the antecedent of a relative pronoun (X، الذي قال؛ الحكومة
        ... التي قالت)."""
        doc = self.doc
        w = doc.norm[v]
        if w[:1] == "و" and w not in self.mf.lex.sets["SPEECH"] and w[1:] in self.mf.lex.sets["SPEECH"]:
            return None                              # X ... وقال: a verb conjoined by و has no subject before it
        x = v - 1
        if x >= 0 and doc.norm[x] in ("قد", "لقد") and not doc.punct_before(v):
            x -= 1
        if x < 0 or doc.sent[x] != doc.sent[v]:
            return None
        m = self.owner[x]
        closed = doc.gap[x + 1].strip() in (")", "）") and (m is None or m.b == x + 1)
        if closed and m is None:                     # X (ACRONYM): read on before the bracket
            y = x
            while y > x - 3 and y > 0 and "(" not in doc.gap[y]:
                y -= 1
            if y <= 0 or "(" not in doc.gap[y] or doc.sent[y - 1] != doc.sent[v]:
                return None
            x = y - 1
            m = self.owner[x]
        if doc.gap[x + 1].strip() not in ("", "،", ",") and not closed:
            return None                              # X (اختصار) قد أعلنت: the bracket closes X's name
        a = doc.sentence_of(v)[0]
        comma_ok = closed or (m is not None and m.kind is Kind.PERSON and m.b == x + 1
                              and m.extra.get("role_start") is not None)   # ROLE، NAME، قد أعلن
        if doc.norm[x] in RELATIVES and not doc.punct_before(x + 1):
            x -= 1
            comma_ok = True                          # a comma may stand before the relative pronoun
        steps = 0
        while x >= a and steps < 14:
            steps += 1
            if doc.punct_before(x + 1) and x + 1 < v and not comma_ok:
                return None
            comma_ok = False
            p = self.role_end_of.get(x + 1)
            if p is not None:
                return p.extra.get("same_as", p)       # X، وزير الدفاع، الذي قال
            m = self.owner[x]
            if m is not None:
                if m.b != x + 1:
                    x = m.a - 1
                    continue
                if m.cat in ("media", "anon"):
                    return self._body_of_official(m.a) or BLOCK
                if self.actor(m) and not self._governed(m) and not self._accusative(m.a):
                    return m.extra.get("same_as", m) if m.kind is Kind.PERSON else m
                if m.kind is Kind.PERSON:
                    return None
                x = m.a - 1                          # inside a prepositional phrase: read on
                continue
            t = self.tags[x]
            w = doc.norm[x]
            if self._anonymous(x) or self._report_source(x):
                return self._body_of_official(x) or BLOCK
            if w in PREPS or doc.defn[x] or self.mf.demonym(x) or t & {"B_ADJ", "F_GENERIC", "LOCALITY"}:
                x -= 1
                continue
            return None
        return None

    def _main_subject(self, v: int) -> M | None:
        """For a verb conjoined inside a sentence (..., وكتب / وأضاف) with no subject of its own:
        the subject of the sentence's first verb, right after it (VSO), before any clause."""
        doc = self.doc
        a, _ = doc.sentence_of(v)
        for k in range(a + 1, min(v, a + 5)):
            if doc.gap[k].strip() in ("،", ","):
                a = k                                # after a fronted adverbial (من جهته، في المقابل،)
                break
        if v <= a + 1 or not doc.norm[v].startswith(("و", "ف")):
            return None
        for x in range(a + 1, min(v, a + 3)):
            if x in self.role_of:
                p = self.role_of[x]
                return p.extra.get("same_as", p)
            m = self.starting(x)
            if m is not None:
                if self.actor(m) and not self._governed(m):
                    return m.extra.get("same_as", m) if m.kind is Kind.PERSON else m
                return None
            if doc.norm[x] not in ("قد", "لقد", "ايضا", "بدوره", "بدورها") and doc.forms(x)[0] not in FILLERS:
                return None
        return None

    def _sentence_subject(self, v: int) -> M | None:
        a, _ = self.doc.sentence_of(v)
        iss = self.issuer_before(v)
        for x in range(a, v):
            m = self.owner[x]
            if m is not None and m.a == x and self.actor(m):
                return m
        return iss
