"""Quotations that carry their own attribution (rules of :class:`~kg.extract.arabic_statements.StatementFinder`).

A quotation may open its sentence with the attribution after it («...»، قال X / حسب ما أعلنته X),
and one a speaker began may run over paragraphs: the next paragraph reopens it («... ¶ «...»)
or closes what it never opened (... ¶ ...»). The quote word قوله takes the words of the one named
right before it (نقل عن X قوله إن)، also across a short aside (عن X، الموجود في Y، قوله).
"""
from __future__ import annotations

from ..model import Kind
from .arabic_common import M
from .arabic_speakers import BLOCK, RELATIVES
from .arabic_text import QUOTE_MARKS, find_closing, is_opening


class QuoteRules:
    """A mixin of :class:`~kg.extract.arabic_statements.StatementFinder`."""

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
                if sp is not None and sp is not BLOCK:
                    self.record(sp, mark + 1, close, "direct", si)
                    self.quoted.append((mark, close + 1))
                    self.last_speaker = sp
                return

    def _continued_quote(self, a: int, si: int) -> None:
        """A quotation running over paragraphs: the paragraph after one whose quotation never
        closed goes on with the same speaker's words when it reopens the quotation («... ¶ «...»)
        or closes one it never opened (... ¶ ...»)."""
        doc = self.doc
        sp, line = self.open_quote
        self.open_quote = None
        if doc.line[a] != line + 1:
            return
        end_line = self._line_end_at(doc.start[a])
        mark = self._open_mark(a)
        if mark is not None and not is_opening(doc.text, mark):
            return
        start = mark + 1 if mark is not None else doc.start[a]
        close = find_closing(doc.text, mark, end_line) if mark is not None else None
        if mark is None:
            seg = doc.text[start:end_line]
            k = next((j for j, c in enumerate(seg) if c in QUOTE_MARKS), None)
            if k is None or is_opening(doc.text, start + k):
                return                               # no quotation of this paragraph's own to close
            close = start + k
        end = close if close is not None else end_line
        words = doc.text[start:end].strip()
        if len(words.split()) < 3:
            return
        if close is not None:
            y = self.mf._tok_after(close)
            for z in range(y, min(y + 3, self.n)):
                if doc.line[z] == doc.line[a] and self.tags[z] & {"SPEECH", "ATTR_PREP", "ATTR_VERBAL"}:
                    return                           # «...»، قال X: a new quotation with its own speaker
        start += len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        self.record(sp, start, start + len(words), "direct", si)
        self.quoted.append((start - 1, end + 1))
        self.last_speaker = sp
        if close is None:
            self.open_quote = (sp, doc.line[a])      # and on to the next paragraph

    def _quote_word(self, i: int, b: int, si: int):
        """... عن X قوله إن / على لسان X قوله: the words of the one named right before قوله."""
        if i == 0:
            return None
        sp = self.role_end_of.get(i)
        if sp is None:
            m = self.owner[i - 1]
            if m is None or m.b != i:
                m = self._told_by(i) or self._before_aside(i)   # عن الوزارة قولها / عن X، الموجود في Y، قوله
            if m is None or not self.actor(m):
                return None
            sp = m
        sp = sp.extra.get("same_as", sp) if sp.kind is Kind.PERSON else sp
        how = self.complement(i + 1, b, False)
        return sp if self._emit(sp, how, b, si) is not None else None

    def _before_aside(self, i: int) -> M | None:
        """The one named before a short aside that ends in a comma right before the quote word at i
        (نقلت الوكالة عن X، الموجود في باريس، قوله): the aside opens with a definite adjective or a
        relative pronoun and holds no reporting verb."""
        doc = self.doc
        if doc.gap[i].strip() not in ("،", ","):
            return None
        for z in range(i - 1, max(0, i - 8), -1):
            if self.tags[z] & {"SPEECH", "COMPL"}:
                return None
            if doc.punct_before(z):
                m = self.owner[z - 1] if z > 0 else None
                if doc.gap[z].strip() not in ("،", ",") or m is None or m.b != z or not self.actor(m):
                    return None
                if not (doc.defn[z] or any(f in RELATIVES for f in doc.forms(z)[:2])):
                    return None
                return m.extra.get("same_as", m) if m.kind is Kind.PERSON else m
        return None

    def _told_by(self, i: int) -> M | None:
        """The speaker of عن / على لسان X قوله when X is a body named by its head noun alone (نقلت
        الوكالة عن الوزارة قولها: the ministry named before), read as a subject from the word after
        عن up to the quote word."""
        doc = self.doc
        for k in range(i - 1, max(0, i - 6), -1):
            if doc.punct_before(k + 1) and k + 1 < i:
                return None
            if doc.norm[k] in ("عن", "لسان"):
                sp, end = self.speaker_after(k + 1)
                return sp if sp is not None and sp is not BLOCK and end == i else None
        return None
