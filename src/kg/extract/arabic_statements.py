"""Quotes and reported speech in an Arabic article, with their speaker.

Anchors, as Arabic news attributes words:
- a reporting verb (قال، أكد، أشار، أوضح، ذكر، أعلن، نوّه، أضاف ...) with its subject after it
  (وقال المتحدث ...), before it (X أشار ...، X، الذي قال ...), or none (وأضاف: the last speaker);
  its words follow as a quotation ("..." “...” ”...“ «...», or a quote that never closes and
  ends with the paragraph), a clause (أن/إن/بأن/إلى أن/على أن ... to the end of the sentence)
  or, for announcing verbs, a noun (أعلن الجيش مغادرة ...);
- a participle continuing the speaker (مضيفاً أن، مشيراً إلى أن، مبيناً أن ...);
- an attribution (بحسب X، ...، ووفقاً لـ X، ...، ... بحسب X.), a statement (بيان لـ X، جاء في بيان
  صادر عن X، جاء في بيان X:) or a tongue (على لسان X ... قوله:، نقل البيان عن X قوله إن ...);
- a writing verb with the platform written on (كتب X على منصة ...: «...»).
News outlets, anonymous sources and unnamed postings (صفحات، حسابات، منصات) are never speakers:
what they report yields no statement, and a continuation after them does not fall back to an
earlier speaker.

Mixins, one job each: :mod:`.arabic_speakers` (who speaks), :mod:`.arabic_words` (where the words
start and end), :mod:`.arabic_participles` (participles that continue a speaker) and
:mod:`.arabic_quotes` (quotations with their own attribution, or running over paragraphs, and قوله),
:mod:`.arabic_sources` (outlets and anonymous sources, who speak for nobody or for their body) and
:mod:`.arabic_object_verbs` (verbs with an object before their words: اتهم X بـ"..."، ووصفها بأنها),
:mod:`.arabic_attributions` (بحسب X، على لسان X، كتب X على منصة ...).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Kind, Span, StatementClaim
from .arabic_attributions import AttributionRules
from .arabic_lex import _set
from .arabic_mentions import M, MentionFinder
from .arabic_object_verbs import _NOMINAL_BEFORE, ObjectVerbRules
from .arabic_participles import ParticipleRules, speech_words
from .arabic_quotes import QuoteRules
from .arabic_speakers import BLOCK, PREPS, RELATIVES, SpeakerRules
from .arabic_text import QUOTE_MARKS, find_closing
from .arabic_words import AND_THAT, WordRules
from .lexicon import load_lexicon

_ACTORS = (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION)
_EITHER_GENDER = _set(load_lexicon("ar")["mentions"]["person"]["role_nouns_of_either_gender"])


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


class StatementFinder(SpeakerRules, WordRules, ParticipleRules, QuoteRules, ObjectVerbRules, AttributionRules):
    def __init__(self, mf: MentionFinder, ms: list[M]):
        self.mf, self.doc, self.n, self.tags = mf, mf.doc, mf.n, mf.tags
        self.owner: list[M | None] = [None] * self.n
        for m in ms:
            for k in range(m.a, min(m.b, self.n)):
                if self.owner[k] is None or m.kind is Kind.PERSON:
                    self.owner[k] = m
        self.ms = ms
        self.role_of: dict[int, M] = {}              # first word of a role phrase -> its person
        self.role_end_of: dict[int, M] = {}          # token after an appositive role -> its person
        for m in ms:
            if m.kind is not Kind.PERSON:
                continue
            rs, re_ = m.extra.get("role_start"), m.extra.get("role_end")
            if rs is not None:
                self.role_of[rs] = m
            if re_ is not None:
                self.role_end_of[re_] = m
        self.stmts: list[Stmt] = []
        self.quoted: list[tuple[int, int]] = []      # direct quotes found (offsets)
        self.last_speaker: M | None = None
        self.blocked = False
        self.blocked_sent = -1
        self.named_subject: tuple[int, M | None] = (-1, None)   # (sentence, subject) of a verb that reported nothing
        self.named_verb = -1                                     # the token of that verb
        self.open_quote: tuple[M, int] | None = None   # a quotation its paragraph did not close
        self.issuers = self._issuers()
        fv = mf.lex.framed_verbs
        self.framed: dict[int, str] = {}             # token -> frame of a verb reporting in a frame
        for k in range(self.n):
            for f in self.doc.forms(k)[:2]:
                if f in fv:
                    self.framed[k] = fv[f]
                    break

    # -- helpers ------------------------------------------------------------------------------------
    def record(self, sp: M, start: int, end: int, kind: str, si: int) -> None:
        self.stmts.append(Stmt(sp, start, end, kind, si, self.doc.text))

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

    # -- the words: see :class:`~kg.extract.arabic_words.WordRules`

    def _emit(self, speaker, how, sent_end: int, sent: int) -> int | None:
        """Record a statement; returns the offset where its words end."""
        doc = self.doc
        if speaker is None or speaker is BLOCK or how is None:
            return None
        if how[0] == "addressed":                   # دعا X المواطنين إلى «...»: the call with whom it calls on
            _, x, inner = how
            end = self._emit(speaker, inner, sent_end, sent)
            if end is not None:
                st = self.stmts[-1]
                if st.kind == "direct" and st.end < len(doc.text) and doc.text[st.end] in QUOTE_MARKS:
                    st.end += 1                     # and the quotation's closing mark
                st.start, st.kind = doc.start[x], "reported"
            return end
        kind, pos = how
        if kind == "direct":
            close = find_closing(doc.text, pos, self._line_end_at(pos))
            if close is not None and self._goes_on(close, sent_end):
                kind, start = "reported", pos       # quoted words inside a clause that goes on
                end = self._reported_end(self.mf._tok_after(pos), sent_end)
                words = doc.text[start:end].strip()
                self.stmts.append(Stmt(speaker, start, start + len(words), kind, sent, doc.text))
                self.last_speaker = speaker
                self.blocked = False
                return start + len(words)
            start, end = pos + 1, (close if close is not None else self._line_end_at(pos))
            self.quoted.append((pos, end + 1))
            if close is None and len(doc.text[start:end].split()) >= 2:
                self.open_quote = (speaker, doc.line[self.mf._tok_after(pos)])
        elif kind == "verb":                        # وتعهد بالحفاظ ...: from the verb, after its conjunction
            kind, start, end = "reported", doc.start[pos], self._reported_end(pos, sent_end)
            if doc.norm[pos][:1] in ("و", "ف") and doc.norm[pos] not in self.mf.lex.sets["SPEECH"] | speech_words("calling_verbs"):
                start += 1
        elif kind == "phrase":                      # عن ثقته بقدرة ...: a noun phrase, to its clause's end
            kind, start, end = "reported", doc.start[pos], self.phrase_end(pos, sent_end)
        else:
            start = doc.start[pos]
            if "COMPL" in self.tags[pos] and pos + 1 < self.n and doc.forms(pos)[0] in ("ان", "بان", "فان", "وان", "وبان", "لان") \
                    and not (doc.forms(pos)[0] == "ان" and self._denied(pos)):
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

    # -- anchors ----------------------------------------------------------------------------------
    def find(self) -> list[Stmt]:
        doc = self.doc
        for si, (a, b) in enumerate(doc.sents):
            if not doc.fact_line[doc.line[a]]:
                continue
            sent_speaker = None
            if self.reported_by_outlets(a, b):
                self.last_speaker = None
                self.blocked, self.blocked_sent = True, si
            if self.open_quote is not None and a == doc.lines[doc.line[a]][0]:
                self._continued_quote(a, si)
            self._quote_first(a, b, si)
            for i in range(a, b):
                t = self.tags[i]
                if not (t & _ANCHORS) and doc.norm[i] != "علي":
                    if i in self.framed and self.owner[i] is None and not self.in_quote(doc.start[i]):
                        sp = self._framed(i, b, si, sent_speaker)
                        if sp is not None:
                            sent_speaker = sp
                    elif self.owner[i] is None and not self.in_quote(doc.start[i]) \
                            and any(f in speech_words("calling_verbs") for f in doc.forms(i)[:2]):
                        sp = self._calling(i, b, si, sent_speaker)
                        if sp is not None:
                            sent_speaker = sp
                    elif self.owner[i] is None and self._with_object_pronoun(i, b) and not self.in_quote(doc.start[i]) \
                            and not any(st.start >= doc.start[i] for st in self.stmts[-3:]):
                        sp = self._pronoun_object_verb(i, b, si, sent_speaker)
                        if sp is not None:
                            sent_speaker = sp
                    continue
                if self.in_quote(doc.start[i]):
                    continue
                o = self.owner[i]
                sp = None
                if "SPEECH" in t and o is None and i > a and doc.norm[i - 1] in self.mf.lex.as_reported:
                    sp = self._attribution(i - 1, a, b, si)   # ...، حسبما أفادت X: an attribution
                elif "SPEECH" in t and o is None:
                    sp = self._verb(i, b, si, sent_speaker)
                elif "PARTICIPLE" in t and o is None:
                    sp = self._participle(i, b, si, sent_speaker)
                elif "ATTR_PREP" in t:
                    sp = self._attribution(i, a, b, si)
                elif doc.norm[i] == "علي" and i + 1 < b and doc.norm[i + 1] == "لسان":
                    sp = self._tongue(i, b, si)
                elif "QUOTE_WORD" in t:
                    sp = self._quote_word(i, b, si)
                elif "WRITE" in t and o is None:
                    sp = self._write(i, b, si, sent_speaker)
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
        if v > 0 and not doc.punct_before(v) and (doc.norm[v - 1] in _NOMINAL_BEFORE or doc.norm[v - 1] in PREPS):
            return None                              # عدم ذكر اسمه، بعد إعلان: a verbal noun, no verb
        if self._impersonal(v, si):
            return None                              # ويُذكر أن ...: the article's own voice
        if self._negated(v):
            sp, _ = self.speaker_after(v + 1)        # ولم تعلن الوزارة موعد ...، مؤكدة أن: its subject goes on
            if sp is not None and sp is not BLOCK:
                self.named_subject, self.named_verb = (si, sp), v
            return None                              # لم يعلن / لن يكشف X ...: what was not said
        sp, x = self.speaker_after(v + 1)
        if sp is None:
            before = self.speaker_before(v)
            if before is not None:
                sp, x = before, v + 1
        explicit = sp is not None
        if explicit and sp is not BLOCK:
            self.named_subject = (si, sp)            # نفى X وجود ...، وقال إن: the subject of the verb joined on
            self.named_verb = v
        if sp is BLOCK:
            self.last_speaker = None
            self.blocked, self.blocked_sent = True, si
            return None
        if sp is None:
            if self.blocked and self.blocked_sent == si:
                return None                          # the sentence's speaker is anonymous
            if v > 0 and (doc.norm[v - 1] in RELATIVES or doc.norm[v - 1][:1] == "و" and doc.norm[v - 1][1:] in RELATIVES) \
                    and not doc.punct_before(v):
                return None                          # هافانا التي وصفت، والتي يُتوقع: its antecedent, no one earlier
            named = self.named_subject[1] if self.named_subject[0] == si else None
            sp = sent_speaker or self._main_subject(v) or self._occasion_giver(v) or named \
                or (None if self.blocked else self.last_speaker) or self._sentence_subject(v)
            sp = self._agreeing(v, sp)
            x = v + 1
        if explicit and self._denies_reports(v, x, b):
            return None                              # نفى X صحة الأنباء: others' words, denied
        how = self.complement(x, b, "ANNOUNCE" in t and explicit)
        if how is None and explicit:
            how = self.stance_words(x, b)             # أعرب X عن ثقته بقدرة ...
        if how is None and (explicit or self._words_right_after(x, b)) \
                and any(f in speech_words("calling_verbs") for f in doc.forms(v)[:2]):
            nouns = any(f in speech_words("calls_in_own_words") for f in doc.forms(v)[:2])
            how = self._prep_words(self._short_aside(x, b), b, nouns)   # تعهد X بـ«...» / بتحويل ...
            if not explicit:
                how = self.with_its_verb(v, x, how)
        return self._report(sp, how, b, si)

    def _framed(self, v: int, b: int, si: int, sent_speaker):
        """A verb that reports only in its frame, with a named speaker:
        عبّر / أبدى X عن ثقته / أمله بأن ...؛ اكتفى X بالقول / بالإشارة إلى أن ...؛
        نقل X عن Y أن / قوله ... (Y's words; X, a medium or a body, passes them on)."""
        doc = self.doc
        frame = self.framed[v]
        if v > 0 and not doc.punct_before(v) and (doc.norm[v - 1] in _NOMINAL_BEFORE or doc.norm[v - 1] in PREPS):
            return None
        if frame == "relay":
            x = v + 1
            while x < b and x - v <= 6 and doc.norm[x] != "عن" and not doc.punct_before(x):
                x += 1                               # نقلت وكالة الأنباء الرسمية عن ...
            if x >= b or doc.norm[x] != "عن":
                return None
            sp, y = self.speaker_after(x + 1)
            if sp is None or sp is BLOCK:
                return None
            if y < b and "QUOTE_WORD" in self.tags[y]:
                return None                          # نقل عن X قوله: the quote word's own rule
            how = self.complement(y, b, False, tight=True)
            if how is None or self._emit(sp, how, b, si) is None:
                return None
            return sp
        sp, x = self.speaker_after(v + 1)
        if sp is None and v + 1 < b and "ROLE" in self.tags[v + 1]:
            sp = self._role_body(v + 1)              # اكتفى متحدث باسم X بالقول
        if sp is not None and sp is not BLOCK and v < sp.a <= v + 5:
            x = max(x, sp.b)                         # the frame's word comes after the whole subject
        if sp is None:
            before = self.speaker_before(v)
            if before is not None:
                sp, x = before, v + 1
        if sp is None or sp is BLOCK or x >= b:
            return None
        return self._report(sp, self.frame_words(frame, x, b), b, si)

    def frame_words(self, frame: str, x: int, b: int):
        """The words of an express or suffice frame whose frame word is at token x (عن ثقته بأن
        ...، بالقول إن ...): a complement as :meth:`complement` gives, or None."""
        doc = self.doc
        if x >= b:
            return None
        if frame == "express":
            if doc.norm[x] != "عن":
                return None
            how = None                               # عن ثقته [الكبيرة] بأن / في أن / لأن
            for y in (x + 2, x + 3):
                if how is None and y < b and not doc.punct_before(y - 1) and not doc.punct_before(y):
                    how = self.complement(y, b, False, tight=True)
            return how or self.stance_words(x, b)
        if not any(f in self.mf.lex.suffice_objects for f in doc.forms(x)[:2]):
            return None
        how = self.complement(x + 1, b, False, tight=True)
        if how is None and x + 2 < b and "COMPL_PREP" in self.tags[x + 1]:
            how = self.complement(x + 2, b, False, tight=True)   # بالإشارة إلى أن
        return how

    def _report(self, sp, how, b: int, si: int):
        """Emit sp's statement of complement ``how`` and of a second clause conjoined to it;
        sp, or None when there is none."""
        if how is None:
            return None
        end = self._emit(sp, how, b, si)
        if end is None:
            return None
        self._conjoined_clause(sp, end, b, si)
        return sp

    def _conjoined_clause(self, sp: M, end: int, b: int, si: int) -> None:
        """أكد X أن "..."، وأن ...: a second clause the same verb governs, joined by و + أن."""
        doc = self.doc
        y = self.mf._tok_after(end)
        if y + 1 >= b or doc.forms(y)[0] not in AND_THAT or self.in_quote(doc.start[y]):
            return
        if doc.text[end:doc.start[y]].strip(' "”»“«') not in ("،", ",", ""):
            return
        self._emit(sp, ("reported", y), b, si)

    def _verb_gender(self, v: int) -> str | None:
        """The gender a past reporting verb agrees with: the feminine adds ت to a listed
        masculine (قالت / قال، لفتت / لفت)."""
        speech = self.mf.lex.sets["SPEECH"] | speech_words("calling_verbs")
        for f in self.doc.forms(v):
            if f.endswith("ت") and f[:-1] in speech:
                return "f"
            if f + "ت" in speech:
                return "m"
        return None

    @staticmethod
    def _person_gender(p: M) -> str | None:
        """A person's gender from the role noun before the name (نائبة، المتحدثة / قائد،
        اللواء); unknown without one, or with one of either gender (عمدة)."""
        h = p.extra.get("role_head")
        if not h or h in _EITHER_GENDER:
            return None
        return "f" if h.endswith("ه") else "m"

    def _agreeing(self, v: int, sp, gender: str | None = None):
        """A speaker taken from context must agree with the verb (or the participle, whose
        ``gender`` is given): a feminine قالت / مؤكدةً does not continue a man's words. Then the
        first actor of the sentence that agrees, else the latest earlier speaker that does."""
        if sp is None or sp is BLOCK or sp.kind is not Kind.PERSON:
            return sp
        g = gender or self._verb_gender(v)
        if g is None or self._person_gender(sp) in (None, g):
            return sp
        a, _ = self.doc.sentence_of(v)
        for x in range(a, v):
            m = self.role_of.get(x) or self.starting(x)
            if m is None or not self.actor(m) or m is sp:
                continue
            m = m.extra.get("same_as", m) if m.kind is Kind.PERSON else m
            if m.kind is not Kind.PERSON or self._person_gender(m) == g:
                return m
        for st in reversed(self.stmts[-6:]):
            m = st.speaker
            if m.kind is Kind.PERSON and self._person_gender(m) == g:
                return m
        return sp

    def _occasion_giver(self, v: int) -> M | None:
        """ألقى X كلمة قال فيها ...، عقد X مؤتمراً أكد خلاله ...: a verb describing an occasion noun
        right before it speaks for the one who gave the occasion, the sentence's subject, not for
        whoever spoke last."""
        doc = self.doc
        if v < 1 or doc.punct_before(v) or doc.norm[v][:1] in ("و", "ف") and doc.norm[v] not in self.mf.lex.sets["SPEECH"]:
            return None
        w = doc.norm[v - 1]
        stem = w[:-1] if w.endswith("ا") and len(w) > 3 else w
        if not any(f in speech_words("occasion_nouns") for f in (w, stem)):
            return None
        return self._sentence_subject(v)

    def _impersonal(self, v: int, si: int) -> bool:
        """An imperfect (يـ) reporting verb opening its sentence with its complement right
        after it and no subject between (يُذكر أن، ويذكر أن): the impersonal passive, the
        writer's own remark, no one's statement. An active يذكر has its subject before أن."""
        doc = self.doc
        if v != doc.sents[si][0] or v + 1 >= len(doc.norm) or "COMPL" not in self.tags[v + 1]:
            return False
        w = doc.norm[v]
        if w[:1] in ("و", "ف") and len(w) > 3:
            w = w[1:]
        return w.startswith("ي")


_ANCHORS = frozenset({"SPEECH", "PARTICIPLE", "ATTR_PREP", "QUOTE_WORD", "WRITE"})
