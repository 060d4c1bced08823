"""Quotes and reported speech in an Arabic article, with their speaker.

Anchors, as Arabic news attributes words:
- a reporting verb (قال، أكد، أشار، أوضح، ذكر، أعلن، نوّه، أضاف ...) with its subject after it
  (وقال المتحدث ...), before it (التحالف الدولي أشار ...), or none (وأضاف: the last speaker);
  its words follow as a quotation ("..." “...” ”...“ «...», or a quote that never closes and
  ends with the paragraph), a clause (أن/إن/بأن/إلى أن/على أن ... to the end of the sentence)
  or, for announcing verbs, a noun (أعلن الجيش مغادرة ...);
- a participle continuing the speaker (مضيفاً أن، مشيراً إلى أن، مبيناً أن ...);
- an attribution (بحسب X، ...، ووفقاً لـ X، ...، ... بحسب X.), a statement (بيان للتحالف،
  جاء في بيان صادر عن X) or a tongue (على لسان X ... قوله:).
News outlets and anonymous sources are never speakers: what they report yields no statement,
and a continuation after them does not fall back to an earlier speaker.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Kind, Span, StatementClaim
from .arabic_lex import definite
from .arabic_mentions import M, MentionFinder
from .arabic_text import QUOTE_MARKS, find_closing, is_opening

_BLOCK = object()
_ACTORS = (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION)
_FILLERS = ("بدورها", "بدوره", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها")


@dataclass
class Stmt:
    speaker: M
    start: int
    end: int
    kind: str
    sent: int
    text: str

    def to_claim(self, conv) -> StatementClaim | None:
        sp = conv.mention(self.speaker)
        if sp is None:
            return None
        return StatementClaim(quote=self.text[self.start:self.end], span=Span(self.start, self.end),
                              kind=self.kind, speaker=sp)


class StatementFinder:
    def __init__(self, mf: MentionFinder, ms: list[M]):
        self.mf, self.doc, self.n, self.tags = mf, mf.doc, mf.n, mf.tags
        self.owner: list[M | None] = [None] * self.n
        for m in ms:
            for k in range(m.a, min(m.b, self.n)):
                if self.owner[k] is None or m.kind is Kind.PERSON:
                    self.owner[k] = m
        self.ms = ms
        self.role_of: dict[int, M] = {}              # first word of a role phrase -> its person
        for m in ms:
            rs = m.extra.get("role_start") if m.kind is Kind.PERSON else None
            if rs is not None:
                self.role_of[rs] = m
        self.stmts: list[Stmt] = []
        self.quoted: list[tuple[int, int]] = []      # direct quotes found (offsets)
        self.last_speaker: M | None = None
        self.blocked = False
        self.issuers = self._issuers()

    # -- helpers ------------------------------------------------------------------------------------
    def starting(self, x: int) -> M | None:
        m = self.owner[x] if 0 <= x < self.n else None
        return m if m is not None and m.a == x else None

    def actor(self, m: M | None) -> bool:
        return m is not None and m.kind in _ACTORS and m.cat not in ("anaphor",)

    def in_quote(self, offset: int) -> bool:
        q = self.quoted
        if not q:
            return False
        a, b = q[-1]
        if a <= offset < b:
            return True
        return len(q) > 1 and any(a <= offset < b for a, b in q)

    def _issuers(self) -> list[tuple[int, M]]:
        """(token, issuer) for every بيان of the text: أصدرت X بياناً، بيان للتحالف، في بيان صادر عن X."""
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
                genitive = x == noun + 1 and not definite(doc.norm[noun]) and not doc.punct_before(x)
                return m if self.actor(m) and (genitive or doc.norm[x].startswith("ل")
                                               or doc.norm[x - 1] in ("عن", "ل")) else None
            if doc.forms(x)[0] in ("صادر", "صدر", "عن", "صحفي", "رسمي", "مشترك", "ل"):
                x += 1
                continue
            return None
        return None

    def issuer_before(self, i: int) -> M | None:
        best = None
        for s, m in self.issuers:
            if s < i:
                best = m
        return best

    def speaker_after(self, x: int):
        """(speaker | _BLOCK | None, next token) for a subject starting at token x."""
        doc, n = self.doc, self.n
        if x < n and doc.forms(x)[0] in _FILLERS:
            x += 1
        if x < n and doc.norm[x] in ("من",) and x + 1 < n and doc.forms(x + 1)[0] in _FILLERS:
            x += 2
        if x >= n:
            return None, x
        if x in self.role_of:                          # وقال المتحدث باسم ... العميد X
            p = self.role_of[x]
            return p, (p.extra.get("role_end") or p.b)
        m = self.starting(x)
        if m is None and self.owner[x] is not None and self.owner[x].kind is Kind.PERSON:
            m = self.owner[x]
        if m is not None:
            if m.cat in ("media", "anon"):
                return _BLOCK, m.b
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
            iss = self.issuer_before(x) or self.last_speaker
            return (iss, x + 1) if iss is not None else (None, x)
        if "MEDIA" in t or ("ANON" in t and not definite(doc.norm[x])):
            return _BLOCK, x + 1
        if "P_ANAPH" in t or (definite(doc.norm[x]) and t & {"ORG_HEAD", "FH_STRONG", "FH_WEAK"}):
            ante = self._anaphor(x)
            if ante is not None:
                return ante, x + 1
        return None, x

    def _anaphor(self, x: int) -> M | None:
        """الضابط، اللجنة، المسؤولَين: the last person with that role / body with that head."""
        doc = self.doc
        w = doc.forms(x)[0]
        plural = w.endswith(("ين", "ان", "ون")) and len(w) > 5
        stem = w[:-2] if plural else w
        persons = []
        for s in reversed(self.stmts):
            if s.speaker.kind is Kind.PERSON and s.speaker not in persons:
                persons.append(s.speaker)
        if plural and len(persons) >= 2:
            return persons[1]
        for m in reversed(self.ms):
            if m.a >= x:
                continue
            if m.kind is Kind.PERSON and m.extra.get("role_head") in (w, stem):
                return m.extra.get("same_as", m)
            if m.kind in (Kind.ORGANIZATION, Kind.FORCE) and m.head == w and m.cat != "fanaphor":
                return m
        if plural and persons:
            return persons[0]
        return None

    def speaker_before(self, v: int) -> M | None:
        """The subject before the verb (التحالف أشار، وكان مصدر أمني في نينوى أعلن)."""
        doc = self.doc
        x = v - 1
        if x >= 0 and doc.norm[x] in ("قد", "لقد") and not doc.punct_before(v):
            x -= 1
        if x < 0 or doc.sent[x] != doc.sent[v] or doc.gap[x + 1].strip() not in ("", "،", ","):
            return None
        m = self.owner[x]
        if m is not None and m.kind is None and m.cat == "place" and m.a >= 2 and doc.norm[m.a - 1] == "في":
            x = m.a - 2                              # ... في نينوى أعلن: the subject before the place
            m = self.owner[x]
        if m is not None and m.b == x + 1 and self.actor(m):
            return m.extra.get("same_as", m) if m.kind is Kind.PERSON else m
        if m is not None and m.b == x + 1 and m.cat in ("media", "anon"):
            return _BLOCK
        return None

    # -- the words --------------------------------------------------------------------------------
    def _open_mark(self, y: int) -> int | None:
        """Offset of an opening quotation mark in the gap before token y."""
        if y >= self.n:
            return None
        g = self.doc.gap[y]
        base = self.doc.end[y - 1] if y else 0
        for k, c in enumerate(g):
            if c in QUOTE_MARKS:
                return base + k
        return None

    def complement(self, x: int, sent_end: int, announce: bool, tight: bool = False):
        """Where the words start after token x: ('direct', mark offset) | ('reported', token)."""
        doc = self.doc
        y = x
        limit = min(sent_end, x + (2 if tight else 14))
        while y < limit:
            mark = self._open_mark(y)
            if mark is not None and not self.in_quote(mark):
                if is_opening(doc.text, mark) or ":" in doc.gap[y]:
                    return "direct", mark
            if y > x and ":" in doc.gap[y] and self._open_mark(y) is None:
                return "reported", y
            t = self.tags[y]
            if "COMPL" in t:
                nm = self._open_mark(y + 1)
                if nm is not None and y + 1 <= sent_end:
                    return "direct", nm
                return "reported", y
            if "COMPL_PREP" in t and y + 1 < self.n and "COMPL" in self.tags[y + 1]:
                y += 1
                continue
            if y == x and announce and doc.gap[y].strip() in ("", "،", ",") and not (t & _NOT_MASDAR) \
                    and not doc.norm[y].isdigit() and self.starting(y) is None:
                return "reported", y
            if y > x and t & {"SPEECH", "PARTICIPLE"} and self.owner[y] is None:
                if doc.norm[y - 1] in ("كما", "حسبما", "وفق", "وفقا", "مثلما"):
                    y = self._skip_parenthetical(y)   # ، كما جاء في البيان، "..."
                    continue
                return None
            if tight and y > x:
                return None
            y += 1
        return None

    def _skip_parenthetical(self, y: int) -> int:
        z = y + 1
        while z < self.n and z - y < 8 and not self.doc.punct_before(z):
            z += 1
        return z

    def _reported_end(self, y: int, sent_end: int) -> int:
        """Offset where a reported clause starting at token y ends: the sentence's end, or the
        next attribution in it (، مبيناً أن ...، وأضاف ...، بحسب ...)."""
        doc = self.doc
        z = y + 1
        while z < sent_end:
            t = self.tags[z]
            if doc.punct_before(z) and (t & {"PARTICIPLE", "ATTR_PREP"} or
                                        ("SPEECH" in t and self.owner[z] is None)):
                return doc.end[z - 1]
            if "SPEECH" in t and doc.norm[z].startswith("و") and self.owner[z] is None and \
                    self.complement(z + 1, sent_end, False) is not None and z - y > 3:
                return doc.end[z - 1]
            z += 1
        end = doc.end[sent_end - 1]
        tail = doc.gap_after(sent_end - 1)
        for c in tail:
            if c in '"”»“':
                end += 1
            elif c in " .":
                end += 1 if c == "." else 0
                if c == ".":
                    break
            else:
                break
        return end

    def _emit(self, speaker, how, sent_end: int, sent: int) -> int | None:
        """Record a statement; returns the offset where its words end."""
        doc = self.doc
        if speaker is None or speaker is _BLOCK or how is None:
            return None
        kind, pos = how
        if kind == "direct":
            close = find_closing(doc.text, pos, self._line_end_at(pos))
            if close is not None and self._goes_on(close, sent_end):
                kind, start = "reported", pos       # بأنه "عمل سيادي" والاتفاق نفسه "..."
                end = self._reported_end(self.mf._tok_after(pos), sent_end)
                words = doc.text[start:end].strip()
                self.stmts.append(Stmt(speaker, start, start + len(words), kind, sent, doc.text))
                self.last_speaker = speaker
                self.blocked = False
                return start + len(words)
            start, end = pos + 1, (close if close is not None else self._line_end_at(pos))
            self.quoted.append((pos, end + 1))
        else:
            start = doc.start[pos]
            if "COMPL" in self.tags[pos] and pos + 1 < self.n and doc.forms(pos)[0] in ("ان", "بان", "فان") :
                start = doc.start[pos + 1] if pos + 1 < sent_end else start
            end = self._reported_end(pos, sent_end)
        words = doc.text[start:end].strip()
        if len(words.split()) < 2:
            return None
        lead = len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        start += lead
        end = start + len(words)
        self.stmts.append(Stmt(speaker, start, end, kind, sent, doc.text))
        self.last_speaker = speaker
        self.blocked = False
        return end

    def _goes_on(self, close: int, sent_end: int) -> bool:
        """Does the sentence continue with plain words after the quote closing at ``close``?"""
        y = self.mf._tok_after(close)
        if y >= sent_end or y >= self.n:
            return False
        if self.doc.text[close + 1:self.doc.start[y]].strip():
            return False                             # "..."، مبيناً ...
        return not (self.tags[y] & {"SPEECH", "PARTICIPLE", "ATTR_PREP", "ATTR_VERBAL"})

    def _line_end_at(self, offset: int) -> int:
        nl = self.doc.text.find("\n", offset)
        return len(self.doc.text) if nl < 0 else nl

    # -- anchors ----------------------------------------------------------------------------------
    def find(self) -> list[Stmt]:
        doc = self.doc
        for si, (a, b) in enumerate(doc.sents):
            if not doc.fact_line[doc.line[a]]:
                continue
            sent_speaker = None
            self._quote_first(a, b, si)
            for i in range(a, b):
                t = self.tags[i]
                if not (t & _ANCHORS) and doc.norm[i] != "علي":
                    continue
                if self.in_quote(doc.start[i]):
                    continue
                o = self.owner[i]
                sp = None
                if "SPEECH" in t and o is None:
                    sp = self._verb(i, b, si, sent_speaker)
                elif "PARTICIPLE" in t and o is None:
                    sp = self._participle(i, b, si, sent_speaker)
                elif "ATTR_PREP" in t:
                    sp = self._attribution(i, a, b, si)
                elif doc.norm[i] == "علي" and i + 1 < b and doc.norm[i + 1] == "لسان":
                    sp = self._tongue(i, b, si)
                if sp is not None:
                    sent_speaker = sp
        return self.stmts

    def _verb(self, v: int, b: int, si: int, sent_speaker):
        doc = self.doc
        t = self.tags[v]
        if "NEEDS_BAYAN" in t:
            if not (v + 2 < b and doc.norm[v + 1] == "في" and "STMT_NOUN" in self.tags[v + 2]):
                return None
            sp = self._issuer_after(v + 3) or self.issuer_before(v + 3)
            x = (sp.b if sp is not None and sp.a > v else v + 3)
            how = self.complement(x, b, False)
            if self._emit(sp, how, b, si) is not None:
                return sp
            return None
        sp, x = self.speaker_after(v + 1)
        if sp is None:
            before = self.speaker_before(v)
            if before is not None:
                sp, x = before, v + 1
        explicit = sp is not None
        if sp is _BLOCK:
            self.last_speaker = None
            self.blocked = True
            return None
        if sp is None:
            sp = sent_speaker or (None if self.blocked else self.last_speaker) or self._sentence_subject(v)
            x = v + 1
        how = self.complement(x, b, "ANNOUNCE" in t and explicit)
        if how is None:
            return None
        return sp if self._emit(sp, how, b, si) is not None else None

    def _sentence_subject(self, v: int) -> M | None:
        a, _ = self.doc.sentence_of(v)
        iss = self.issuer_before(v)
        for x in range(a, v):
            m = self.owner[x]
            if m is not None and m.a == x and self.actor(m):
                return m
        return iss

    def _participle(self, p: int, b: int, si: int, sent_speaker):
        sp = sent_speaker or (None if self.blocked else self.last_speaker)
        if sp is None:
            return None
        how = self.complement(p + 1, b, False, tight=True)
        return sp if self._emit(sp, how, b, si) is not None else None

    def _attribution(self, k: int, a: int, b: int, si: int):
        """بحسب X، ...  |  ... ، بحسب X."""
        doc = self.doc
        x = k + 1
        if x < b and doc.norm[x] == "ل":
            x += 1
        sp, end = self.speaker_after(x)
        if sp is None or sp is _BLOCK:
            return None
        if k - a <= 1 and end < b and doc.punct_before(end):
            how = ("reported", end)
            return sp if self._emit(sp, how, b, si) is not None else None
        if end >= b - 1 and k > a + 2:
            start = doc.start[a]
            stop = doc.end[k - 1]
            words = doc.text[start:stop].strip(" ،,")
            if len(words.split()) >= 3 and not self.in_quote(start):
                self.stmts.append(Stmt(sp, start, start + len(words), "reported", si, doc.text))
                self.last_speaker = sp
                return sp
        return None

    def _tongue(self, i: int, b: int, si: int):
        sp, x = self.speaker_after(i + 2)
        if sp is None or sp is _BLOCK:
            return None
        how = self.complement(x, b, False)
        return sp if self._emit(sp, how, b, si) is not None else None

    def _quote_first(self, a: int, b: int, si: int) -> None:
        """"..."، قال X  /  "..." حسب ما أعلنته X: the quote opens the sentence."""
        doc = self.doc
        mark = self._open_mark(a)
        if mark is None or not is_opening(doc.text, mark) and a != doc.lines[doc.line[a]][0]:
            return
        close = find_closing(doc.text, mark, self._line_end_at(mark))
        if close is None:
            return
        y = self.mf._tok_after(close)
        for z in range(y, min(y + 4, self.n)):
            t = self.tags[z]
            if "SPEECH" in t or "ATTR_VERBAL" in t or "ATTR_PREP" in t:
                w = z + 1
                while w < self.n and w < z + 4 and self.starting(w) is None and not doc.punct_before(w):
                    w += 1                              # حسب ما أعلنته X
                sp, _ = self.speaker_after(w)
                if sp is not None and sp is not _BLOCK:
                    self.stmts.append(Stmt(sp, mark + 1, close, "direct", si, doc.text))
                    self.quoted.append((mark, close + 1))
                    self.last_speaker = sp
                return


_ANCHORS = frozenset({"SPEECH", "PARTICIPLE", "ATTR_PREP"})
_NOT_MASDAR = frozenset({"FUNC", "COMPL_PREP", "SPEECH", "PARTICIPLE", "MODAL", "NOT_NAME", "COMPL",
                         "ATTR_PREP", "NEG", "PASSIVE", "DEST", "STMT_NOUN", "QUOTE_WORD"})
