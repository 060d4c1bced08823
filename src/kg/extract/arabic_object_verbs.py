"""Verbs with an object before their words (rules of :class:`~kg.extract.arabic_statements.StatementFinder`).

A verb that is no plain reporting verb reports the quoted words or the clause right after the
preposition of its object (اتهمت X، في بيان، قيادة الجيش بـ"..."؛ تعهد X بـ«...»), and a
reporting verb with an object pronoun (ووصفها بأنها "..."، واعتبره أن ...) reports for the
subject of the verb it is joined to.
"""
from __future__ import annotations

from .arabic_participles import speech_words
from .arabic_speakers import BLOCK, PREPS

# a word before a verb's form that makes it a verbal noun (عدم ذكر، بعد إعلان), no verb
_NOMINAL_BEFORE = frozenset({"عدم", "دون", "بدون", "اثر", "عقب", "بعد", "قبل", "اثناء", "خلال", "منذ"})
# prepositions opening the occasion of a call set off by commas (، في اجتماع ...، خلال لقائه ...،)
_OCCASION_OPENERS = frozenset({"في", "خلال", "عقب", "اثر", "بعد", "لدي"})


def _bi_verbal_noun(w: str) -> bool:
    """بـ + a definite word or a verbal noun by its pattern (بالحفاظ، بحماية، بمواصلة، بتحويل، بإخلاء،
    بالانسحاب، باستعادة): the words of a pledge, not a name that begins with ب (باماكو، بشير)."""
    if not w.startswith("ب") or len(w) < 5:
        return False
    s = w[1:]
    if s.startswith("ال"):
        return True
    s = s[:-1] if s.endswith("ه") else s
    return (len(s) == 4 and s[2] == "ا") or (len(s) == 5 and s[0] == "ت" and s[3] == "ي") \
        or (s[0] == "م" and len(s) >= 5 and s[2] == "ا") or (len(s) == 5 and s[0] == "ا" and s[3] == "ا") \
        or (len(s) == 6 and s[0] == "ا" and s[4] == "ا") or s.startswith("است")


class ObjectVerbRules:
    """A mixin of :class:`~kg.extract.arabic_statements.StatementFinder`."""

    def _with_object_pronoun(self, v: int, b: int) -> bool:
        """ووصفها بأنها، واعتبره أن: a reporting verb with an object pronoun (what it describes)
        and its complementizer or quotation right after."""
        doc = self.doc
        if v + 1 >= b or not ("COMPL" in self.tags[v + 1] or self._open_mark(v + 1) is not None):
            return False
        speech = self.mf.lex.sets["SPEECH"]
        for w in doc.forms(v)[:2]:
            for suf in ("هما", "هم", "ها", "ه"):
                if w.endswith(suf) and len(w) - len(suf) >= 3 and w[:-len(suf)] in speech:
                    return True
        return False

    def _pronoun_object_verb(self, v: int, b: int, si: int, sent_speaker):
        """ونفى X تقارير ...، ووصفها بأنها "...": the verb with an object pronoun has no subject of
        its own; it is the subject of the reporting verb it is joined to, else the sentence's
        speaker. No one's words without either."""
        sp = sent_speaker or self._nearest_verb_subject(v, reach=40)
        if sp is None or sp is BLOCK:
            return None
        return self._report(sp, self.complement(v + 1, b, False, tight=True), b, si)

    def _calling(self, v: int, b: int, si: int, sent_speaker=None):
        """اتهمت X، في بيان، قيادة الجيش بـ"...": a verb that is no reporting verb reports the
        quoted words or the clause right after its preposition, with a named subject; a verb
        conjoined inside the sentence (...، ودعا المواطنين إلى «...») with none of its own
        speaks for the sentence's speaker."""
        doc = self.doc
        if v > 0 and not doc.punct_before(v) and (doc.norm[v - 1] in _NOMINAL_BEFORE or doc.norm[v - 1] in PREPS):
            return None
        sp, x = self.speaker_after(v + 1)
        if sp is None:
            sp = self._calling_subject(v, b, sent_speaker)
        if sp is None or sp is BLOCK or not self.actor(sp):
            return None
        nouns = any(f in speech_words("calls_in_own_words") for f in doc.forms(v)[:2])
        how = self._call_words(x, b, nouns)
        if x == v + 1:
            how = self.with_its_verb(v, x, how)
        return sp if how is not None and self._emit(sp, how, b, si) is not None else None

    def with_its_verb(self, v: int, x: int, how):
        """وتعهد بالحفاظ على ...، ودعا إلى الانسحاب ...: an unquoted call or pledge right after a verb
        with no subject of its own is reported with its verb (the verb says what kind of words they
        are); from the verb's stem, without the conjunction."""
        if how is None or how[0] != "reported" or how[1] not in (x, x + 1) or self._open_mark(how[1]) is not None \
                or "COMPL" in self.tags[how[1]]:
            return how                               # quoted words, or a clause (توعد بأن ...): without it
        return "verb", v

    def _calling_subject(self, v: int, b: int, sent_speaker):
        """The subject of a calling verb with none after it. Conjoined by و / ف: the sentence's
        speaker, else, opening its sentence with its words right after it (وتوعد بأن ...، ودعا
        إلى ...، وتعهد بحماية ...: the subject is the verb's pronoun), the one who spoke last, of
        the verb's gender. Unjoined: the subject before it (وكان X قد توعد بـ ...، X قد دعا)."""
        doc = self.doc
        if doc.norm[v][:1] not in ("و", "ف"):
            return self.speaker_before(v)
        if self.blocked:
            return None
        sp = sent_speaker or self._main_subject(v)
        if sp is None and v == doc.sentence_of(v)[0] and self._words_right_after(v + 1, b):
            sp = self._agreeing(v, self.last_speaker)
        return sp

    def _words_right_after(self, x: int, b: int) -> bool:
        """Does a complementizer, a quotation or a calling preposition follow the verb at once (no
        noun between, so no subject of its own)?"""
        if x >= b or self.doc.punct_before(x) and self._open_mark(x) is None:
            return False
        return "COMPL" in self.tags[x] or self._open_mark(x) is not None \
            or self.doc.norm[x] in speech_words("calling_preps") or _bi_verbal_noun(self.doc.norm[x])

    def _call_words(self, x: int, b: int, nouns: bool):
        """The words of a calling verb whose object or subject ends at token x: after its
        preposition (:meth:`_prep_words`), or a complementizer or a quotation right there (توعد
        بأن ...، تعهد: «...»), also after the occasion and the time it was said at (قد توعد في
        مقابلة مع إذاعة محلية الأحد بأن ...)."""
        for y in dict.fromkeys((x, self._after_time(self._after_occasion(x, b), b))):
            if y >= b:
                continue
            how = self._prep_words(self._short_aside(y, b), b, nouns)
            if how is None and ("COMPL" in self.tags[y] or self._open_mark(y) is not None):
                how = self.complement(y, b, False, tight=True)
            if how is not None:
                return how
        return self._quote_in_clause(x, b)

    def _quote_in_clause(self, x: int, b: int):
        """The quotation a call's clause goes on to after its object and occasion, no punctuation
        between (ناشد الطرفين في تسجيل صوتي الأسبوع الماضي «...»): the words called for; None when
        a comma, another reporting word or eight words come first."""
        doc = self.doc
        for y in range(x, min(b, x + 8)):
            if y > x and doc.punct_before(y) and self._open_mark(y) is None:
                return None
            if self._open_mark(y) is not None:
                how = self.complement(y, b, False, tight=True)
                return how if how is not None and how[0] == "direct" else None
            if self.tags[y] & {"SPEECH", "PARTICIPLE", "COMPL"} and self.owner[y] is None:
                return None
        return None

    def _prep_words(self, x: int, b: int, nouns: bool = False):
        """The words after the first calling preposition within a short object from token x, when
        a quotation mark or a complementizer opens right after it; else None (بدعم حركة "X": a
        name in quotation marks, no words). With ``nouns``, a call's or a pledge's verbal noun
        opens them too (دعا الأطراف إلى الالتزام بـ ...، تعهد بتحويل القاعدة ...: from the
        preposition written on it)."""
        doc, preps = self.doc, speech_words("calling_preps")
        for y in range(x, min(b - 1, x + 5)):
            if y > x and doc.punct_before(y):
                return None
            if self.tags[y] & {"SPEECH", "PARTICIPLE"}:
                return None
            if doc.norm[y] in preps:
                if nouns and self.call_noun(y + 1):
                    return self.addressed(x, y, ("reported", y + 1))
                if self._open_mark(y + 1) is None and "COMPL" not in self.tags[y + 1]:
                    return None
                return self.addressed(x, y, self.complement(y + 1, b, False, tight=True))
            if nouns and y == x and self._with_bi(y) and self.call_noun(y):
                return "reported", y
        return None

    def addressed(self, x: int, y: int, how):
        """A call's words with the ones it calls on (دعا المواطنين إلى الحفاظ ...، مناشداً الأطراف إلى
        «...»): the addressee from token x up to إلى at y is part of what was said, as the call
        is read; the words alone when there is no addressee or the preposition is another."""
        if how is None or y == x or self.doc.norm[y] not in ("الي", "الى"):
            return how
        return "addressed", x, how

    def _with_bi(self, y: int) -> bool:
        """بتحويل، بالحفاظ: a word carrying the preposition بـ written on it."""
        w, forms = self.doc.norm[y], self.doc.forms(y)
        return w.startswith("ب") and len(forms) > 1 and len(forms[1]) >= 3 and not w.startswith("بان")

    def _short_aside(self, x: int, b: int) -> int:
        """اتهمت X، في بيان، قيادة الجيش ...: the token after a short aside set off by commas right
        at token x (at most four words, or twelve for the occasion a preposition opens: ، في اجتماع
        طارئ عقده مساء أمس برئاسة X،), else x."""
        doc = self.doc
        if x >= b or doc.gap[x].strip() not in ("،", ","):
            return x
        reach = 13 if doc.norm[x] in _OCCASION_OPENERS else 5
        for z in range(x + 1, min(b, x + reach)):
            if doc.punct_before(z):
                return z if doc.gap[z].strip() in ("،", ",") else x
        return x
