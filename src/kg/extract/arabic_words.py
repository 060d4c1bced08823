"""Where reported words start and end (rules of :class:`~kg.extract.arabic_statements.StatementFinder`).

After a reporting verb and its subject the words open with a quotation mark, a complementizer
(أن / إن / بأن / إلى أن ...) or, for announcing verbs, a verbal noun (أعلن X انسحاب ...); a
reported clause runs to the end of its sentence or to the next attribution in it. A denial whose
object names others' reports (نفى صحة الأنباء، نافياً ما تداولته صفحات ...) reports no words.
"""
from __future__ import annotations

from .arabic_participles import speech_words
from .arabic_speakers import PREPS
from .arabic_text import QUOTE_MARKS, find_closing, is_opening


class WordRules:
    """A mixin of :class:`~kg.extract.arabic_statements.StatementFinder`."""

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
        if not tight:
            limit = max(limit, self._parenthesis_end(x, sent_end))
        while y < limit:
            mark = self._open_mark(y)
            if mark is not None and not self.in_quote(mark):
                if y > x and ":" not in doc.gap[y] and self._quoted_name(y, mark):
                    y = self.mf._tok_after(self._quoted_name(y, mark))
                    continue                         # في «X»: a name in a prepositional phrase
                if is_opening(doc.text, mark) or ":" in doc.gap[y]:
                    return "direct", mark
            if (y > x or not tight) and ":" in doc.gap[y] and self._open_mark(y) is None:
                return "reported", y                 # وقال X: نحن ...، وأضاف: لن ...: words after a colon
            t = self.tags[y]
            if "COMPL" in t:
                nm = self._open_mark(y + 1)
                if nm is not None and y + 1 <= sent_end:
                    return "direct", nm
                return "reported", y
            if "COMPL_PREP" in t and y + 1 < self.n and "COMPL" in self.tags[y + 1]:
                y += 1
                continue
            if y == x and announce:
                z = self._after_time(y, sent_end)    # أعلن X، صباح الأحد، انسحاب ...
                if self._masdar(z):
                    return "reported", z
                z = self._after_announcing_occasion(y, sent_end)
                if z > y:
                    return "reported", z             # أعلن X في خطاب أمام البرلمان أمس انسحاب ...
            if y > x and t & {"SPEECH", "PARTICIPLE"} and self.owner[y] is None:
                if doc.norm[y - 1] in ("كما", "حسبما", "وفق", "وفقا", "مثلما"):
                    y = self._skip_parenthetical(y)   # ، كما جاء في البيان، "..."
                    continue
                return None
            if tight and y > x:
                return None
            y += 1
        return None

    def _after_announcing_occasion(self, x: int, sent_end: int) -> int:
        """The noun object of an announcing verb after the occasion it was announced on (أعلن X في
        بيان منفصل فرض ...؛ في خطاب أمام البرلمان في 5 آذار سحب ...؛ ، خلال زيارته طرابلس أمس،
        قرار ...): the occasion noun with up to two adjectives, then what depends on it (a
        preposition with its object, a name, a definite word, a time), and the first bare noun
        after that; x when there is none. A noun right after a preposition is its object, not
        the announced one."""
        doc = self.doc
        if x + 2 >= sent_end or doc.norm[x] not in _OCCASION_PREPS or doc.punct_before(x + 1):
            return x
        noun = x + 1
        if not any(f in speech_words("occasion_nouns") or f in speech_words("visit_nouns")
                   for f in doc.forms(noun)[:2]):
            return x
        parenthesis = doc.gap[x].strip() in ("،", ",")
        z = noun + 1
        while z < sent_end and z - noun <= 2 and not doc.punct_before(z) and _occasion_adjective(doc.norm[z], doc.norm[noun]):
            z += 1                                   # في بيان منفصل، في كلمة متلفزة
        while z < sent_end and z - x <= 14:
            g = doc.gap[z].strip()
            if g and g not in ("/", "-"):
                if parenthesis and g in ("،", ",") and self._announced_noun(z) and not doc.defn[z]:
                    return z                         # ، خلال زيارته X، قرار ...
                return x
            prev = doc.norm[z - 1]
            if doc.text[doc.start[z]:doc.end[z]].endswith("ه") and not parenthesis:
                z += 1                               # في مؤتمر عقده ...: a verb of a relative clause, with its pronoun
                continue
            if self.owner[z] is None and not doc.defn[z] and prev not in PREPS and prev not in _OCCASION_PREPS \
                    and not doc.norm[z].isdigit() and "TIME" not in self.tags[z] and not parenthesis and self._announced_noun(z):
                return z
            z += 1
        return x

    def _announced_noun(self, z: int) -> bool:
        """Can token z open what is announced after an occasion: a word that may open an
        announcing verb's object, a verbal noun or a handover word (انسحاب، سحب، تسليم), or a noun
        of decision (قرار، خطة، موعد)?"""
        if self._masdar(z):
            return True
        t, doc = self.tags[z], self.doc
        return doc.gap[z].strip() in ("", "،", ",") and self.starting(z) is None \
            and not t & (_NOT_MASDAR - {"NOT_NAME"}) \
            and bool(t & {"VN", "TRIGGER"} or any(f in speech_words("announced_nouns") for f in doc.forms(z)[:2]))

    def stance_words(self, x: int, b: int):
        """أعرب / عبّر X عن ثقته بقدرة الجيش على ...: the object of an expressing verb is a stance
        noun with the speaker's pronoun (ثقته، أملها، قلقهم) and a prepositional phrase saying what
        the stance is about; with no clause after it, that noun phrase is the speaker's words.
        ('phrase', token of the noun) or None; x is the token of عن."""
        doc = self.doc
        y = x + 1
        if x >= b or doc.norm[x] != "عن" or y + 1 >= b or doc.punct_before(y) or doc.punct_before(y + 1):
            return None
        if _stance_stem(doc.norm[y]) not in speech_words("stance_nouns"):
            return None
        nxt = doc.norm[y + 1]
        if not (nxt in _STANCE_PREPS or nxt[:1] in ("ب", "ل") and len(nxt) > 3):
            return None                              # عن قلقه الشديد: an adjective, no object yet
        return "phrase", y

    def phrase_end(self, y: int, sent_end: int) -> int:
        """Offset where a noun phrase starting at token y ends: the first comma or semicolon (a new
        clause follows: ...، لكنه طالب ...), else where a reported clause would end."""
        doc = self.doc
        for z in range(y + 1, sent_end):
            core = doc.gap[z].strip(' "“”«»')
            if core[:1] in ("،", ",", "؛", ";"):
                return doc.end[z - 1]
        return self._reported_end(y, sent_end)

    def _parenthesis_end(self, x: int, sent_end: int) -> int:
        """A long parenthesis set off by commas right after the verb and its subject (أعلن X، خلال
        مؤتمر صحفي مع نظيره ... في أنقرة يوم الخميس، أن ...؛ وقال X، في مؤتمر ... أمس: «...»): the
        token after the comma or colon closing it when the words open there, else x."""
        doc = self.doc
        if x >= sent_end or doc.gap[x].strip() not in ("،", ","):
            return x
        for z in range(x + 1, min(sent_end, x + 32)):
            g = doc.gap[z].strip()
            if not g or g in ("/", "-", "(", ")", "–"):
                continue                             # 15 آب/أغسطس: marks inside the parenthesis
            if g[:1] in ("،", ",", ":") and ("COMPL" in self.tags[z] or ":" in g or self._open_mark(z) is not None):
                return z + 2
            return x                                 # another mark first: no parenthesis of this kind
        return x

    def _masdar(self, y: int) -> bool:
        """Can token y open the noun object of an announcing verb (أعلن X انسحاب ...)?"""
        doc = self.doc
        return y < self.n and doc.gap[y].strip() in ("", "،", ",") and not (self.tags[y] & _NOT_MASDAR) \
            and not doc.norm[y].isdigit() and self.starting(y) is None and not _governed_by_lam(doc.norm[y]) \
            and doc.norm[y] not in speech_words("headed_by")    # أعلنت الحكومة برئاسة X أن: her head, no object

    def call_noun(self, y: int) -> bool:
        """Can token y open the verbal noun of a call or a pledge (إلى الانسحاب من ...، بتحويل
        ...)? A verbal noun of the lists, or a word that may open an announcing verb's object."""
        doc = self.doc
        if y >= self.n or self._open_mark(y) is not None:
            return False
        if "VN" in self.tags[y] and doc.gap[y].strip() in ("", "،", ",") and self.starting(y) is None:
            return True
        return self._masdar(y)

    def _denies_reports(self, v: int, x: int, b: int) -> bool:
        """Is the verb at v a denial whose object, after its subject ending at x and a time
        adverbial, names others' reports (نفى X، الأربعاء، صحة الأنباء التي ...)? The object
        may come a few words on, after the rest of a long name (نفى التحالف الدولي لمحاربة تنظيم
        "X" الأنباء ...), before any clause or quotation of the denier's own."""
        doc = self.doc
        if not any(f in speech_words("deny_words") for f in doc.forms(v)[:2]):
            return False
        y = self._after_time(x, b)
        for z in range(y, min(b, y + 6)):
            if z > y and (doc.gap[z].strip() in ("،", ",") or ":" in doc.gap[z]) \
                    or self.tags[z] & {"COMPL", "SPEECH", "PARTICIPLE"}:
                return False
            if self.reports_at(z) and (z == y or doc.defn[z]):
                return True
        return False

    def _negated(self, v: int) -> bool:
        """Is the reporting verb at v negated by لم / لن / لا right before it (ولم تعلن الوزارة
        موعد ...، لن يكشف الجيش ...)? What a speaker did not say is no statement."""
        doc = self.doc
        return v > 0 and not doc.punct_before(v) and any(f in speech_words("verb_negations") for f in doc.forms(v - 1)[:2])

    def _denied(self, c: int) -> bool:
        """Is the أن at token c governed by a verb or participle of denial in its clause (نفى X أن،
        نافياً في الوقت ذاته أن)? Its clause is then kept with أن, as the gold keeps it."""
        doc = self.doc
        for k in range(c - 1, max(-1, c - 9), -1):
            if any(f in speech_words("deny_words") for f in doc.forms(k)[:2]):
                return True
            if doc.punct_before(k):
                return False
        return False

    def reports_at(self, y: int) -> bool:
        """Does token y open a reference to others' reports (صحة الأنباء، تقارير محلية عن ...، ما
        تداولته صفحات / ما تردد عن ...)? As the object of a denial they are what is denied, not
        the denier's words."""
        doc = self.doc
        if y >= self.n:
            return False
        if doc.norm[y] == "صحه" or self._report_source(y):
            return True
        return doc.norm[y] == "ما" and y + 1 < self.n and \
            any(f in speech_words("circulation_verbs") for f in doc.forms(y + 1)[:2])

    def _after_time(self, x: int, sent_end: int) -> int:
        """The token after a time adverbial starting at x (، صباح الأحد، / في يوليو الماضي / الشهر
        الماضي), x itself when there is none: a run of time words and their companions holding
        at least one time word or figure, set off by commas or by nothing."""
        doc, adv = self.doc, self.mf.lex.time_adverbial
        y, timed = x, False
        while y < sent_end and y - x < 8:
            if y > x and doc.gap[y].strip() not in ("", "،", ","):
                break
            if "TIME" in self.tags[y] or doc.norm[y].isdigit():
                timed = True
            elif not any(f in adv for f in doc.forms(y)[:2]) or self.owner[y] is not None:
                break
            elif doc.norm[y] not in _TIME_PREPS:
                timed = True                         # صباح، وقت، أيام: a time noun of the list
            y += 1
        if timed and doc.gap[x].strip() in ("،", ",") and doc.gap[y].strip() not in ("،", ",") if y < self.n else False:
            return x                                 # ، اليوم 25 رمضان ...: a parenthesis not closed where it stops
        return y if timed else x

    def _quoted_name(self, y: int, mark: int) -> int | None:
        """End offset of a short quoted name at token y that a preposition or a noun governs
        (على صفحته في «X»، صحيفة «X»): a name, not the words reported."""
        doc = self.doc
        prev = doc.norm[y - 1]
        if "COMPL" in self.tags[y - 1] or self.tags[y - 1] & {"SPEECH", "PARTICIPLE", "QUOTE_WORD"}:
            return None
        if not (prev in PREPS or prev in ("الي", "الى") or prev[:1] in "بل" and len(prev) <= 2
                or self.tags[y - 1] & {"MEDIA", "PLATFORM"}
                or self._platform(y - 1)):
            return None
        close = find_closing(doc.text, mark, self._line_end_at(mark))
        if close is None or len(doc.text[mark + 1:close].split()) > 3:
            return None
        return close + 1

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
            if doc.punct_before(z) and doc.gap[z].strip(' "“”«»') and ("ATTR_PREP" in t or self.reports_words(z, sent_end) or
                                                                      (t & {"SPEECH", "WRITE"} and self.owner[z] is None)
                                                                      or self._with_object_pronoun(z, sent_end)):
                return doc.end[z - 1]
            core, closes = doc.gap[z].strip(' "“”«»'), doc.gap[z].strip()[:1] in ('"', "”", "»")
            if doc.forms(z)[0] in AND_THAT and z - y > 3 and closes and core in ("،", ",", ""):
                # "..."، وأن ... / "..." وأنه "...": the quoted words close the first clause, a second
                # one of the same verb follows (unquoted clauses joined so are one statement)
                return doc.end[z - 1] + len(doc.gap[z]) - len(doc.gap[z].lstrip(' "”»'))
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


# و + a complementizer, bare or with its pronoun: the second clause a reporting verb governs
AND_THAT = frozenset({"وان", "وبان", "وانه", "وانها", "وانهم", "وانهما", "واننا", "وبانه", "وبانها", "وبانهم"})
_TIME_PREPS = frozenset({"في", "قبل", "منذ", "خلال", "بعد"})
_OCCASION_PREPS = frozenset({"في", "خلال", "عبر", "امام"})
_NOT_MASDAR = frozenset({"FUNC", "COMPL_PREP", "SPEECH", "PARTICIPLE", "MODAL", "NOT_NAME", "COMPL", "TIME",
                         "ATTR_PREP", "NEG", "PASSIVE", "DEST", "STMT_NOUN", "QUOTE_WORD"})


def _occasion_adjective(w: str, noun: str) -> bool:
    """An adjective an occasion noun may take (بيان منفصل، مؤتمر صحفي، كلمة متلفزة): indefinite, a
    nisba or one of the lexicon's, of the noun's gender. A participle-shaped word of no list
    (بيان مقتل ...) is the object: masdars open with م as often."""
    if w.startswith("ال") or len(w) < 4:
        return False
    feminine = noun.endswith("ه")
    if feminine != w.endswith("ه"):
        return False
    stem = w[:-1] if feminine else w
    if stem.endswith("ي") and not stem.endswith("اي"):
        return True
    return stem in speech_words("occasion_adjectives")


def _governed_by_lam(w: str) -> bool:
    """لمحاربة، للانسحاب: a word with the preposition لـ is no direct object (the noun of a
    name's phrase, التحالف الدولي لمحاربة ...); a short word is a noun of its own (لقاء)."""
    return w.startswith("ل") and len(w) >= 5


_STANCE_PREPS = frozenset({"في", "من", "علي", "ازاء", "تجاه", "حيال", "لان"})
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "نا", "ه")


def _stance_stem(w: str) -> str:
    """ثقته -> ثقه، أملهم -> امل: a noun without its possessive pronoun (the ة it carried before
    the pronoun written ت), in the folded spelling of the lexicon's lists."""
    for suf in _PRONOUN_SUFFIXES:
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[:-len(suf)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return ""
