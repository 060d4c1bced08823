"""Participles that continue a speaker (rules of :class:`~kg.extract.arabic_statements.StatementFinder`).

Arabic news chains a second statement to the first with a circumstantial participle agreeing
with the speaker: مضيفاً / مشيرةً / مؤكدين أن ... (its words as a reporting verb's), a
participle of calling with its addressee and preposition (داعياً الأطراف إلى «...»، مطالبةً
الحكومة بـ«...»، محذراً من ...: the words after the preposition), and the participle of a framed
verb (مكتفياً بالقول إن ...، معرباً عن أمله بأن ...). The speaker is the subject of the
sentence's verb, else the last speaker.
"""
from __future__ import annotations

from ..model import Kind
from .arabic_common import M
from .arabic_speakers import BLOCK, speech_words
from .arabic_text import QUOTE_MARKS


class ParticipleRules:
    """A mixin of :class:`~kg.extract.arabic_statements.StatementFinder`."""

    def _participle(self, p: int, b: int, si: int, sent_speaker):
        named = self._named_subject_of(p, si)     # نفت قيادة X أنباء ...، مؤكدة أن
        clause = self._clause_subject(p)          # ...، فيما رحّب X بالقرار، معتبراً أن
        sp = clause or sent_speaker or self._verb_subject(p) or self._nearest_verb_subject(p) or named \
            or (None if self.blocked else self.last_speaker)
        if sp is None:
            return None
        if not (sent_speaker or named or clause):
            sp = self._agreeing(p, sp, _participle_gender(self.doc.forms(p)[0]))
        x = p + 1
        if x + 2 < b and _same_time_at(self.doc, x) and not self.doc.punct_before(x + 1):
            x += 3                                   # مؤكداً في الوقت نفسه أن ...: "at the same time"
        how = self.complement(x, b, False, tight=True)
        if how is None:
            y = self._after_occasion(x, b)           # مشيراً في حديث إلى «X» إلى أن ...
            how = self.complement(y, b, False, tight=True) if y > x else None
        forms = self.doc.forms(p)[:2]
        for frame in ("suffice", "express"):
            if how is None and any(f in speech_words(frame + "_participles") for f in forms):
                how = self.frame_words(frame, p + 1, b)      # مكتفياً بالقول إن، معرباً عن أمله بأن
        if how is None and any(f in speech_words("calling_participles") for f in forms):
            how = self._called_for(p + 1, b)
        if how is None and any(f in speech_words("announce_participles") for f in forms) \
                and not self.doc.punct_before(p + 1) and self._masdar(p + 1) and not self.reports_at(p + 1):
            how = "reported", p + 1                  # نافياً وجود أي خطط ...: the announcing verb's noun object
        if how is None and any(f in speech_words("pointing_participles") for f in forms) and p + 2 < b \
                and self.doc.norm[p + 1] in ("الي", "الى") and not self.doc.punct_before(p + 1) \
                and self._masdar(p + 2):
            how = "reported", p + 2                  # مشيراً إلى وجود "..." / إلى مقتل 24 جندياً
        return self._report(sp, how, b, si)         # with a second clause: مضيفاً أن ...، وأن ...

    def _named_subject_of(self, p: int, si: int):
        """The named subject of the sentence's verb that reported nothing (نفت X ذلك، موضحة أن): it
        goes on in its own words, unless another person or role noun stands between that verb and
        the participle (..., إلا أن المتحدث رفض ...، مكتفياً بالقول: the spokesman's words)."""
        sp, v = self.named_subject[1], self.named_verb
        if self.named_subject[0] != si or sp is None:
            return None
        start = (sp.extra.get("role_end") or sp.b) if sp.a > v else v + 1   # after a subject that follows its verb
        for y in range(start, p):
            m = self.owner[y]
            if m is not None and m.kind is Kind.PERSON and m is not sp or "ROLE" in self.tags[y]:
                return None
        return sp

    def reports_words(self, p: int, b: int) -> bool:
        """Does token p open a participle with words of its own? A participle of calling or of
        a framed verb without them (، مطالباً بجدول زمني ...) stays inside the clause before it."""
        if "PARTICIPLE" not in self.tags[p]:
            return False
        forms = self.doc.forms(p)[:2]
        for frame in ("suffice", "express"):
            if any(f in speech_words(frame + "_participles") for f in forms):
                return self.frame_words(frame, p + 1, b) is not None
        if any(f in speech_words("calling_participles") for f in forms):
            return self.complement(p + 1, b, False, tight=True) is not None or self._called_for(p + 1, b) is not None
        return True

    def _called_for(self, x: int, b: int):
        """The words a participle of calling governs (داعياً جميع الأطراف إلى «...»، مطالباً
        الحكومة بـ"..."، محذراً من ...): after the first calling preposition within a short
        addressee; a quotation or a clause. None when a clause boundary or another reporting word
        comes first."""
        doc, preps = self.doc, speech_words("calling_preps")
        for y in range(x, min(b, x + 5)):
            if y > x and doc.punct_before(y) and doc.gap[y].strip() not in QUOTES:
                return None
            if self.tags[y] & {"SPEECH", "PARTICIPLE", "COMPL"}:
                return None
            w = doc.norm[y]
            if w in preps and y + 1 < b:
                # quoted words or a clause only: an unquoted verbal noun (مطالباً بمزيد من الدعم) is
                # the writer's summary of a demand as often as its words; a call's is its words
                # (داعياً الأطراف إلى الالتزام بالاتفاق)
                how = self.complement(y + 1, b, False, tight=True)
                if how is None and self.call_noun(y + 1) \
                        and any(f in speech_words("calls_in_own_words") for f in doc.forms(x - 1)[:2]):
                    how = "reported", y + 1
                return self.addressed(x, y, how)
        return None

    def _after_occasion(self, x: int, b: int) -> int:
        """The token after the occasion or the addressee of a participle's words, right at token x
        (في حديث إلى «X»، في تصريح صحفي لوكالة X، لـ«X»): x when there is none."""
        doc = self.doc
        y = x
        if y + 1 < b and doc.norm[y] == "في" and any(f in speech_words("occasion_nouns") for f in doc.forms(y + 1)[:2]):
            y += 2
            while y < b and y - x < 4 and not doc.punct_before(y) and doc.norm[y].endswith(("ي", "يه", "ه")) \
                    and not self.tags[y] & {"COMPL", "COMPL_PREP", "SPEECH", "FUNC"}:
                y += 1                               # صحفي، متلفز، خاصة
        if y >= b:
            return x
        if doc.norm[y] in ("الي", "الى", "مع") and y + 1 < b:
            mark = self._open_mark(y + 1)
            end = self._quoted_name(y + 1, mark) if mark is not None else None
            m = self.starting(y + 1)
            if end is not None:
                y = self.mf._tok_after(end)
            elif m is not None:
                y = m.b
        elif doc.norm[y][:1] == "ل":
            y = self._addressee_end(y)               # لـ«الوسط»، لوكالة الأنباء الرسمية
        return y if y < b else x

    def _clause_subject(self, p: int) -> M | None:
        """The subject of a clause a conjunction opens before the participle, outside a quotation
        (...، فيما رحّب الوزير X بالقرار، معتبراً أن؛ إلا أن المتحدث رفض ...، مكتفياً بالقول): the
        participle describes that clause's subject, not the speaker before it. The
        subject follows the conjunction (SVO after إلا أن / لكنّ) or the verb right after it (VSO
        after فيما / بينما); it must be an actor that agrees with the participle."""
        doc = self.doc
        a, _ = doc.sentence_of(p)
        for c in range(p - 1, max(a, p - 16) - 1, -1):
            if self.in_quote(doc.start[c]):
                return None                          # the conjunction is the speaker's own word
            width = self._clause_opener(c)
            if not width:
                continue
            x = c + width
            if x + 1 >= p or doc.punct_before(x):
                return None
            sp, end = self.speaker_after(x)          # SVO: إلا أن المتحدث رفض
            if sp is None and self.owner[x] is None and not self.tags[x] & {"SPEECH", "COMPL", "FUNC"}:
                sp, end = self.speaker_after(x + 1)  # VSO: فيما رحّب X
            if sp is None or sp is BLOCK or not self.actor(sp) or end >= p:
                return None
            sp = sp.extra.get("same_as", sp) if sp.kind is Kind.PERSON else sp
            return sp if self._agrees(p, sp) else None
        return None

    def _clause_opener(self, c: int) -> int:
        """How many tokens a clause-opening conjunction at token c spans (فيما، بينما، إلا أن، غير
        أن، في حين): 0 for none."""
        doc = self.doc
        for words in speech_words("clause_openers"):
            parts = words.split()
            if c + len(parts) <= self.n and all(doc.norm[c + k] == w for k, w in enumerate(parts)) \
                    and not any(doc.punct_before(c + k) for k in range(1, len(parts))):
                return len(parts)
        return 0

    def _agrees(self, p: int, sp: M) -> bool:
        """Does a participle's gender allow sp? A person of the other gender by the role noun does
        not; nor does a force named by a feminine or plural head (القوات، الحركة) for a masculine
        participle."""
        g = _participle_gender(self.doc.forms(p)[0])
        if g is None:
            return True
        if sp.kind is Kind.PERSON:
            return self._person_gender(sp) in (None, g)
        head = self.doc.forms(sp.a)[0]
        feminine = head.endswith("ه") or head.endswith("ات")
        return g == "f" or not feminine

    def _nearest_verb_subject(self, p: int, reach: int = 16) -> M | None:
        """The named subject of the nearest reporting verb before the participle in its sentence,
        when that verb reported nothing itself (فيما نفت الوزيرة X ذلك، مؤكدةً أن ...)."""
        doc = self.doc
        a, _ = doc.sentence_of(p)
        for v in range(p - 1, max(a, p - reach) - 1, -1):
            if "SPEECH" in self.tags[v] and self.owner[v] is None:
                sp, _ = self.speaker_after(v + 1)
                if sp is not None and sp is not BLOCK and self.actor(sp) and sp.b <= p:
                    return sp.extra.get("same_as", sp) if sp.kind is Kind.PERSON else sp
                return None
        return None

    def _verb_subject(self, p: int) -> M | None:
        """A participle (مؤكداً، مضيفاً) describes the subject of its sentence's verb: نفى / أعلن X
        ... [a noun object]، مؤكداً أن ...: X, when the sentence opens with a reporting verb (after
        a fronted adverbial) and X follows it."""
        doc = self.doc
        a, _ = doc.sentence_of(p)
        for k in range(a + 1, min(p, a + 5)):
            if "SPEECH" in self.tags[a]:
                break
            if doc.gap[k].strip() in ("،", ","):
                a = k                                # من جهته، أوضح X
                break
        if "SPEECH" not in self.tags[a] and a + 2 < p and doc.norm[a] == "من" \
                and doc.norm[a + 1].endswith(("ه", "ها", "هم")) and "SPEECH" in self.tags[a + 2] \
                and not doc.punct_before(a + 2):
            a += 2                                   # من جانبه أعرب X: the side phrase without its comma
        v = a
        if v + 1 < p and "SPEECH" not in self.tags[v] and self.owner[v] is None and not self.tags[v] \
                and not doc.defn[v]:
            m = self.role_of.get(v + 1) or self.starting(v + 1)
            if m is not None and m.b <= p and (m.kind is Kind.PERSON or (self.actor(m) and m.cat not in ("media", "anon"))):
                return m.extra.get("same_as", m)     # ورحّب الوزير X / رحّبت الحركة بالخطوة، معتبراً أن ...: any verb's subject
        if v + 1 >= p or "SPEECH" not in self.tags[v] or self.owner[v] is not None:
            return None
        x = v + 1
        if doc.norm[x] in ("قد", "لقد") and x + 1 < p:
            x += 1
        if x in self.role_of:
            m = self.role_of[x]
            return m.extra.get("same_as", m)
        m = self.starting(x)
        if m is not None and m.b <= p and self.actor(m) and not self._governed(m):
            return m.extra.get("same_as", m) if m.kind is Kind.PERSON else m
        m = self._named_after_title(x) if m is None else None
        if m is not None and m.b <= p:
            return m.extra.get("same_as", m)         # وردّ العماد X مؤكداً: a title the lists lack
        return None


QUOTES = frozenset(QUOTE_MARKS)
_SAME_TIME = frozenset({"نفسه", "ذاته", "عينه"})


def _participle_gender(w: str) -> str | None:
    """مؤكدةً / مؤكداً: the participle's gender by its ending (folded: ة -> ه); none for a plural."""
    if w.endswith("ه"):
        return "f"
    if w.endswith("ا"):
        return "m"
    return None


def _same_time_at(doc, x: int) -> bool:
    """في الوقت نفسه / ذاته / عينه at token x."""
    return doc.norm[x] == "في" and doc.norm[x + 1] == "الوقت" and doc.norm[x + 2] in _SAME_TIME
