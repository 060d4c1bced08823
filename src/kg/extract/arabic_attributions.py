"""Statements anchored on an attribution, a tongue or a writing verb (rules of
:class:`~kg.extract.arabic_statements.StatementFinder`): بحسب X، ... and ... ، بحسب X.; بحسب ما أعلنت
X; على لسان X; كتب / غرّد X على منصة ...: «...». The platform is what makes a writing verb report.
"""
from __future__ import annotations

from .arabic_participles import speech_words
from .arabic_speakers import BLOCK, RELATIVES
from .arabic_text import QUOTE_MARKS


def _only_quote_marks(gap: str) -> bool:
    g = gap.strip()
    return bool(g) and all(c in QUOTE_MARKS for c in g)


class AttributionRules:
    """A mixin of :class:`~kg.extract.arabic_statements.StatementFinder`."""

    def _write(self, v: int, b: int, si: int, sent_speaker):
        """كتب / غرّد / نشر X على تويتر: «...»: a writing verb reports words only with the platform
        they were written on, right before a colon, a quotation or a complementizer (أن ...)."""
        doc = self.doc
        sp, x = self.speaker_after(v + 1)
        if sp is BLOCK:
            return None
        y = x
        if y < b and ":" in doc.gap[y] and any(c in doc.gap[y] for c in QUOTE_MARKS):
            pass                                     # وكتب: «...»: a colon and a quotation show the words
        elif y < b and doc.norm[y] in ("علي", "عبر", "في"):
            z = y + 1
            while z < b and z - y <= 4 and not self._platform(z):
                if doc.punct_before(z) and z > y + 1:
                    break
                z += 1
            if z >= b or not self._platform(z):
                return None
            y = z + 1
            while y < b and y - z <= 3 and (not doc.punct_before(y) or _only_quote_marks(doc.gap[y])) \
                    and (self._platform(y) or self.mf.latin[y] or doc.norm[y] in ("في", "علي")):
                y += 1                               # على منصة «إكس»: the platform's name, quoted or not
        else:
            return None
        g = doc.gap[y] if y < self.n else doc.gap_after(y - 1)
        if ":" not in g and not any(c in g for c in QUOTE_MARKS) and not (y < b and "COMPL" in self.tags[y]):
            return None                              # كتب X على منصة إكس: «...» / أن ...
        if sp is None:
            sp = sent_speaker or self._main_subject(v) or (None if self.blocked else self.last_speaker)
        how = self.complement(y, b, False, tight=True)
        colon = doc.start[y] - len(g) + g.find(":") if y < self.n and ":" in g else None
        if colon is not None and (how is None or how[0] == "direct" and how[1] < colon):
            tail = doc.text[colon + 1:doc.start[y]]  # على منصة «إكس»: «...» / '...': the words after the
            marks = [k for k, c in enumerate(tail) if c in QUOTE_MARKS]   # colon, not the mark closing the name
            how = ("direct", colon + 1 + marks[0]) if marks else ("reported", y)
        return sp if self._emit(sp, how, b, si) is not None else None

    def _platform(self, z: int) -> bool:
        t = self.tags[z]
        if "PLATFORM" in t:
            return True
        w = self.doc.forms(z)[0]
        for suf in ("ها", "ه"):                      # حسابه، صفحتها
            if w.endswith(suf) and len(w) > len(suf) + 2:
                stem = w[:-len(suf)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                if self.mf.lex.profile(stem).tags & {"PLATFORM"}:
                    return True
        return False

    def _attribution(self, k: int, a: int, b: int, si: int):
        """بحسب X، ...  |  ... ، بحسب X."""
        doc = self.doc
        x = k + 1
        if x < b and doc.norm[x] == "ل":
            x += 1
        x = self._what_was_said(k, x, b)             # بحسب ما أعلنت X، وفق ما أعلنته X، حسبما أفادت X
        sp, end = self.speaker_after(x)
        if sp is None or sp is BLOCK or self._body_of_official(x) is not None:
            return None                              # بحسب مصدر في X: the writer's hearsay, not X's words
        if k - a <= 1 and end < b and doc.punct_before(end):
            how = ("reported", end)
            return sp if self._emit(sp, how, b, si) is not None else None
        if (end >= b - 1 or doc.norm[end] in RELATIVES or doc.norm[end] in speech_words("headed_by")) and k > a + 2:
            start = doc.start[a]
            stop = doc.end[k - 1]
            words = doc.text[start:stop].strip(" ،,")
            if len(words.split()) >= 3 and not self.in_quote(start):
                self.record(sp, start, start + len(words), "reported", si)
                self.last_speaker = sp
                return sp
        return None

    def _what_was_said(self, k: int, x: int, b: int) -> int:
        """The token after «ما + a reporting verb» that follows an attribution (بحسب ما أعلنت،
        وفقاً لما ذكرته، حسبما أفاد): the verb's subject is the source; x itself when there is none."""
        doc = self.doc
        if doc.norm[k] in self.mf.lex.as_reported:
            y = k + 1
        elif x < b and doc.norm[x] in ("ما", "لما"):
            y = x + 1
        else:
            return x
        if y >= b or doc.punct_before(y):
            return x
        w = doc.norm[y]
        verb = "SPEECH" in self.tags[y] or any(w.endswith(suf) and "SPEECH" in self.mf.lex.profile(w[:-len(suf)]).tags
                                               for suf in ("ه", "ها") if len(w) - len(suf) >= 3)
        return y + 1 if verb and self.owner[y] is None else x

    def _tongue(self, i: int, b: int, si: int):
        sp, x = self.speaker_after(i + 2)
        if sp is None or sp is BLOCK:
            return None
        how = self.complement(x, b, False)
        return sp if self._emit(sp, how, b, si) is not None else None
