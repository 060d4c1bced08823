"""What a person's name is made of in Arabic news (helpers of
:class:`~kg.extract.arabic_persons.PersonFinder`, split from it): transliterated words, given
names, nisba surnames, the particles and continuations that join name words, initials, where
a name ends, and, after a role word, whether what follows is the role's own genitive (a unit, a
body, a place) or the holder's name."""
from __future__ import annotations

from ..model import Kind
from ..normalise import fold
from .arabic_lex import stem_shape
from .arabic_participles import speech_words
from .arabic_speakers import FILLERS
from .arabic_text import QUOTE_MARKS, is_opening

_NAME_STOP = frozenset({"FUNC", "SPEECH", "PARTICIPLE", "COMPL", "RANK", "TITLE", "ROLE", "NOT_NAME",
                        "TRIGGER", "FH_STRONG", "FH_WEAK", "FH_DEM", "FH_UNIT", "BH_SING", "BH_PLUR",
                        "BH_DUAL", "ORG_HEAD", "MEDIA", "ANON", "PASSIVE", "MODAL", "NEG", "DEST",
                        "ATTR_PREP", "STMT_NOUN", "LOCALITY", "B_ADJ", "F_GENERIC", "LIST_OPEN",
                        "QUOTE_WORD", "FUTURE_VERB", "TROOP_NOUN", "EQUIP", "ROLE_LINK", "P_ANAPH",
                        "B_GENERIC", "TIME"})
# Latin letters as Arabic writes them, for initials before a full stop (جون إف. كينيدي، الفريق ار. X),
# folded as the text is (no hamza seats); في، إن، أو are left out: they are words first
_INITIALS = frozenset({"ايه", "بي", "سي", "دي", "اي", "اف", "جي", "اتش", "جيه", "كيه", "كاي", "ال",
                       "ام", "كيو", "ار", "اس", "تي", "يو", "دبليو", "اكس", "واي", "زد"})
_CONJ_ART = ("وال", "فال", "بال", "لل", "كال")
_PREPS = frozenset({"في", "ب", "ل", "عن", "من", "لدي", "باسم", "علي", "مع"})   # the links of a role phrase
# what bodies and outlets issue (a person speaks في مؤتمر، في كلمة; a body or a paper في بيان، في تقرير)
_BODY_PAPERS = frozenset({"بيان", "بيانا", "بلاغ", "مذكره", "تقرير", "تقريرها", "افتتاحيه", "افتتاحيتها"})
# nouns of places and institutions named after a person (جامعة عمر المختار، شارع X، مستشفى X، مسجد
# X): the name after one in construct is the place's, and the noun itself is no name word
_NAMESAKE_NOUNS = frozenset(fold(w) for w in (
    "جامعة", "جامعات", "كلية", "معهد", "أكاديمية", "مدرسة", "مستشفى", "مسجد", "جامع", "شارع", "جادة",
    "ميدان", "ساحة", "جسر", "ملعب", "مؤسسة", "جائزة", "قاعة", "نادي", "سجن", "مرفأ", "ميناء"))


def _definite_plural(w: str) -> bool:
    """A definite sound plural (المواطنين، المسلحون، العسكريين، الجماعات): a noun phrase of its own,
    never a family name. Plurals of participles and of nisba adjectives only, as family names end
    in -ين too (الياسين، الحسين)."""
    if w.endswith("ات"):
        return len(w) >= 7
    if w.endswith("يين") or w.endswith("يون"):
        return len(w) >= 7
    return w.startswith("الم") and w.endswith(("ين", "ون")) and len(w) >= 8


def _letter(w: str) -> bool:
    """One Arabic letter: an initial when a full stop follows it (ج. ب. X)."""
    return len(w) == 1 and "\u0621" <= w <= "\u064a"


class PersonNameRules:
    """Name predicates of :class:`~kg.extract.arabic_persons.PersonFinder` (a mixin: it uses the
    finder's ``doc``, ``tags``, ``defn``, ``owner`` and ``mf``)."""

    # -- names ------------------------------------------------------------------------------------
    def _ambiguous(self, x: int) -> bool:
        """A given name that is also a function word in this text's spelling (علي / على where the
        text never writes ى)."""
        t = self.tags[x]
        return "GIVEN" in t and bool(t & {"FUNC", "NOT_NAME", "DEST"})

    def _name_word(self, x: int) -> bool:
        """Could token x open a name? A given name, a particle that opens one (عبد، أبو), or a
        word no list knows."""
        t = self.tags[x]
        if self.owner[x] is not None or self._ambiguous(x) or self._phrase_start(x) or self._prep_masdar(x) \
                or self.doc.accusative_indefinite(x) or self._after_namesake_noun(x) or self._filler(x):
            return False
        if "GIVEN" in t and not (t & {"FUNC", "SPEECH", "ROLE_LINK"}):
            return True
        if self._link_as_name(x):
            return True
        if "PARTICLE" in t and x + 1 < self.n and not self.mf.punct(x + 1):
            return True
        return self._looks_foreign(x)

    def _filler(self, x: int) -> bool:
        """بدوره، بدورها، من جهته: "for his part", after a speaker (قال الجنرال بدوره), no name."""
        w = self.doc.norm[x]
        return w in FILLERS or (w[:1] == "ب" and w[1:] in FILLERS) or self.doc.forms(x)[0] in FILLERS

    def _namesake_noun(self, x: int) -> bool:
        return any(f in _NAMESAKE_NOUNS for f in self.doc.forms(x)) and not self.defn[x]

    def _after_namesake_noun(self, x: int) -> bool:
        """Token x is the genitive of a place or an institution's noun (في جامعة عمر المختار،
        بمستشفى X): the place's name, not a person's."""
        return x > 0 and not self.mf.punct(x) and self._namesake_noun(x - 1)

    def _title_in_place_name(self, i: int) -> bool:
        """A rank or title that opens a place's name (حي الشيخ مقصود، مدينة الشيخ زويد، مديريات X
        وY والشيخ عثمان): right after a locality noun in construct, or joined by و to a list of
        places a plural locality noun opens."""
        doc, mf = self.doc, self.mf
        if i < 1 or mf.punct(i):
            return False
        if "LOCALITY" in self.tags[i - 1] and not self.defn[i - 1]:
            return True
        if not doc.norm[i].startswith("و"):
            return False
        for x in range(i - 1, max(-1, i - 9), -1):
            if self._hard_punct(x + 1) or self.owner[x] is not None or self.tags[x] & {"FUNC", "SPEECH", "TRIGGER"}:
                return False
            if "LOCALITY" in self.tags[x] and not self.defn[x] and doc.norm[x].endswith(("ات", "مناطق")):
                return True
        return False

    def _prep_masdar(self, x: int) -> bool:
        """لـ / بـ + a verbal noun of a derived verb (لإنقاذ، باستعادة، لانسحاب): a purpose or an
        instrument, never a name (لافروف، لاريجاني keep their letters: no such shape)."""
        w = self.doc.norm[x]
        if w[:1] not in ("ل", "ب") or w[1:2] != "ا" or len(w) < 6:
            return False
        s = w[1:-1] if w.endswith("ه") else w[1:]
        return (len(s) == 5 and s[3] == "ا") or s.startswith("است") or stem_shape(s) == "strong"

    def _definite_given(self, x: int) -> bool:
        """A given name that carries the article (الحسن، الحسين، المختار) opens a name when a
        name word without it follows (الرئيس الحسن واتارا): a given name or a transliterated one."""
        t = self.tags[x]
        if not (self.defn[x] and "GIVEN" in t) or t & {"FUNC", "SPEECH", "ROLE_LINK"}:
            return False
        y = x + 1
        if y >= self.n or self.mf.punct(y) or self.defn[y] or self.mf.demonym(y):
            return False
        ty = self.tags[y]
        return ("GIVEN" in ty and not (ty & {"FUNC", "NOT_NAME"})) or self._looks_foreign(y)

    def _link_as_name(self, x: int) -> bool:
        """باسم as a given name, not "on behalf of": no role noun right before it to speak for
        a body (المتحدث باسم X، الناطق الرسمي باسم X), and a name word after it, a transliterated
        word or a nisba surname (باسم العوادي، المتحدث باسم الحكومة باسم الفلاني)."""
        t = self.tags[x]
        if not ("ROLE_LINK" in t and "GIVEN" in t) or x + 1 >= self.n or self.mf.punct(x + 1) \
                or self.owner[x + 1] is not None:
            return False
        p = x - 1
        if p >= 0 and not self.mf.punct(x) and (self.tags[p] & {"ROLE", "TITLE", "B_ADJ"} or
                                                self.doc.norm[p] in ("الرسمي", "الرسميه")):
            return False
        nx, w = x + 1, self.doc.norm[x + 1]
        if self.mf.demonym(nx) or self.tags[nx] - {"GIVEN"}:
            return False
        return (self.defn[nx] and w.endswith("ي") and len(w) > 4) or self._looks_foreign(nx) \
            or "GIVEN" in self.tags[nx]

    def name_at(self, k: int, min_len: int = 1, max_len: int = 5, lead_demonym: bool = False) -> int:
        """End of a personal name starting at token k (k itself when there is none). With
        lead_demonym (after a definite rank, which an indefinite nationality adjective cannot
        qualify: العقيد تركي المالكي) a first word shaped like a nationality opens the name."""
        doc, n, defn = self.doc, self.n, self.defn
        x = k
        while x < n and x - k < max_len:
            if x > k and self.mf.punct(x) and not self._after_initial(x):
                break
            if self.owner[x] is not None:
                break
            w = doc.norm[x]
            t = self.tags[x]
            if len(w) == 1 and x + 1 < n and self._after_initial(x + 1):
                x += 1                                   # ج. ب. ماكنزي، جورج و. بوش: one letter and a full stop
                continue
            if len(w) < 2 or w.isdigit() or (x > k and self._phrase_start(x)):
                break                                    # للصحفيين، والجيش: a new phrase
            if doc.accusative_indefinite(x) or self._namesake_noun(x) or self._filler(x):
                break                                    # انطلاقاً، آنذاك، بدوره: no name word
            if x > k and doc.forms(x)[0] in self.mf.lex.object_nouns:
                break                                    # نفى X وجود ...: the verb's object begins
            if x > k and any(f in speech_words("occasion_nouns") for f in doc.forms(x)[:2]):
                break                                    # وختم X حديثه، قال X في كلمته: the occasion of speaking
            if x > k:
                prev = doc.forms(x - 1)[0]
                if prev == "عبد" and defn[x]:
                    x += 1                               # عبد + a definite word: one name unit
                    continue
                if "NAME_CONT" in t and self._is_name_part(x - 1):
                    x += 1                               # أسد الله، نور الدين
                    continue
            if "PARTICLE" in t and not (t & {"FUNC"}):
                if x + 1 < n and not self.mf.punct(x + 1) and self.owner[x + 1] is None:
                    x += 1                               # بن، ولد، أبو: joins the next name word
                    continue
                break
            if x > k and self._surname_with_waw(x):
                x += 1                                   # عبد الودود واحدي، : a surname, not و + إحدى
                continue
            if self._ambiguous(x):
                nxt_ok = x + 1 >= n or self.mf.punct(x + 1) or (
                    not defn[x + 1] and (not self.tags[x + 1] or "GIVEN" in self.tags[x + 1]))
                if x > k and nxt_ok:
                    x += 1                               # علي inside a name, in a text that spells على so
                    continue
                break
            if t & _NAME_STOP and not ("GIVEN" in t and not (t & {"FUNC", "SPEECH"})):
                if x == k + 1 and "GIVEN" in self.tags[k] and not defn[x] and t <= {"F_GENERIC", "B_ADJ"} \
                        and (x + 1 >= n or self.mf.punct(x + 1) or self.tags[x + 1] & {"COMPL", "SPEECH"}):
                    x += 1                               # يحيى سريع أن ...: an adjective as a surname
                    continue
                if x == k + 1 and "GIVEN" in self.tags[k] and defn[x] and t & {"RANK", "TITLE"} \
                        and not t & {"FUNC", "SPEECH", "ROLE"} and self._after_surname_ok(x + 1):
                    x += 1                               # فهد الأمير: a title word as a family name
                    continue
                break
            if self.mf.demonym(x) and not (x == k and lead_demonym and not defn[x]):
                break
            if defn[x]:
                if x == k and self._definite_given(x):
                    x += 1                               # الحسن واتارا: a given name with the article
                    continue
                if x == k or not (w.endswith("ي") or self._is_name_part(x - 1)) or _definite_plural(w):
                    break                                # الفلاني، or a definite word after a given name,
                                                         # never a plural (دعا X المواطنين إلى: the object)
            elif w[:1] == "و" and x > k and len(w) > 3 and self.mf.lex.profile(w[1:]).tags:
                break                                    # وقائد ...: the next phrase (وليد is a name)
            elif w[:1] == "و" and x > k and len(w) > 5 and w.endswith("ات"):
                break                                    # ومولدات: a plural joined to a list, no name
            elif w[:2] == "وم" and x > k and len(w) > 5 and w.endswith(("ون", "ين")):
                break                                    # وممثلون، ومسؤولين: و + a plural participle, the next party
            x += 1
        while x > k and "PARTICLE" in self.tags[x - 1]:
            x -= 1                                       # a name does not end on a particle
        if x - k < min_len:
            return k
        return x

    def _surname_with_waw(self, x: int) -> bool:
        """A surname that opens with و (واحدي، وردك، وزيري) at the end of a name, before punctuation,
        إن / أن or a reporting verb: the word as written is in no list, only a peeled و + word is
        (إحدى), and that word is no given name or particle (وأحمد: a second person) and carries
        no pronoun (ونائبه: a second role)."""
        doc, n = self.doc, self.n
        w = doc.norm[x]
        if not w.startswith("و") or len(w) < 4 or self.defn[x] or self.mf.lex.known(w) \
                or doc.last_letter[x] == "ه" or w.endswith(("ها", "هم", "هما")):
            return False
        rest = self.mf.lex.profile(w[1:]).tags
        if not rest or rest & {"GIVEN", "PARTICLE", "RANK", "TITLE", "SPEECH", "TRIGGER", "COMPL"}:
            return False
        y = x + 1
        return y >= n or self._hard_punct(y) or bool(self.tags[y] & {"COMPL", "SPEECH"})

    def _after_initial(self, x: int) -> bool:
        """Token x follows an initial written out in Arabic letters and a full stop (ار. ستيفن،
        جي. بي.): the name goes on; only a name word may follow."""
        doc = self.doc
        return x > 0 and doc.gap[x].strip() == "." and (doc.norm[x - 1] in _INITIALS or _letter(doc.norm[x - 1])) \
            and (x - 2 < 0 or not doc.punct[x - 1] or doc.gap[x - 1].strip() == ".") \
            and ("GIVEN" in self.tags[x] or self._looks_foreign(x) or doc.norm[x] in _INITIALS
                 or (_letter(doc.norm[x]) and x + 1 < self.n and doc.gap[x + 1].strip() == "."))

    def _after_surname_ok(self, y: int) -> bool:
        """After a name that would end on a title word (فهد الأمير): the name is over (punctuation,
        a joined phrase, a function word), not a second person's name (الأمير محمد)."""
        if y >= self.n or self.mf.punct(y):
            return True
        t = self.tags[y]
        if "GIVEN" in t or self._looks_foreign(y):
            return False
        return self.doc.norm[y][:1] == "و" or bool(t & {"FUNC", "COMPL", "SPEECH", "ROLE_LINK"})

    def _rank_class_end(self, k: int) -> int:
        """A rank's class after it (كابتن من الرتبة الأولى، مستشار من الدرجة الثانية), as
        Russian and diplomatic ranks are written: the name comes after the ordinal."""
        doc = self.doc
        if k + 2 < self.n and doc.norm[k] == "من" and doc.norm[k + 1] in ("الرتبه", "الدرجه") \
                and "ORDINAL_ADJ" in self.tags[k + 2] and not any(self.mf.punct(y) for y in (k, k + 1, k + 2)):
            return k + 3
        return k

    def _quoted_name_end(self, x: int) -> int | None:
        """A short quoted name opening at token x (a company's or a unit's name, up to four
        words): the token after its closing mark; a longer quotation is someone's words."""
        doc = self.doc
        g = doc.gap[x]
        marks = [j for j, c in enumerate(g) if c in QUOTE_MARKS]
        if not marks or self._hard_punct(x) or x == 0 or \
                not is_opening(doc.text, doc.end[x - 1] + marks[-1]):
            return None
        for y in range(x + 1, min(self.n, x + 5)):
            if any(c in doc.gap[y] for c in '"”»'):
                return y
            if self.mf.punct(y):
                return None
        return None

    def _proper_genitive(self, x: int) -> bool:
        """One word no list knows after an indefinite noun of a territory (ولاية، مدينة) or a body
        (كتلة، حزب، لجنة) is that place's or body's name when a full name follows it: the word
        belongs to the role (رئيس وزراء ولاية X NAME، النائب عن كتلة X NAME). After a body's noun
        the name must open with a given name, as a body's name can run to two foreign words; so
        after the preposition of a post's place (السفير الأمريكي في X NAME)."""
        if x < 1 or self.mf.punct(x) or self.defn[x - 1] or not self._looks_foreign(x) \
                or x + 1 >= self.n or self.mf.punct(x + 1):
            return False
        head = self.tags[x - 1]
        named_next = "GIVEN" in self.tags[x + 1]
        if not head & {"ADMIN", "LOCALITY"} and not ("ORG_HEAD" in head and named_next) \
                and not (self.doc.norm[x - 1] in self.mf.lex.post_place_preps and named_next):
            return False
        return self._name_word(x + 1) and self.name_at(x + 1, 2) > x + 1

    def _then_adverb(self, x: int) -> bool:
        """آنذاك، حينئذ: "at that time", a time word of the demonstrative that dates a role."""
        return "TIME" in self.tags[x] and self.doc.norm[x].endswith(("ذاك", "يذ")) and not self.mf.punct(x)

    def _phrase_start(self, x: int) -> bool:
        """A word with a conjunction or preposition and the article (والجيش، للصحفيين، بالقاعدة)
        opens a new phrase: it is never inside a name."""
        w = self.doc.norm[x]
        return w.startswith(_CONJ_ART) and self.defn[x]

    def _hard_punct(self, x: int) -> bool:
        """Punctuation before token x other than quotation marks (a quoted name inside a role
        phrase does not end it)."""
        return self.mf.punct(x) and bool(self.doc.gap[x].strip(' "“”«»'))

    def _is_name_part(self, x: int) -> bool:
        t = self.tags[x]
        return bool(t & {"GIVEN", "PARTICLE", "NAME_CONT"}) or self._looks_foreign(x)

    def _looks_foreign(self, k: int) -> bool:
        """A word no list knows (a transliterated name)."""
        w = self.doc.norm[k]
        return not self.tags[k] and not self.defn[k] and len(w) >= 3 and not w.isdigit() \
            and not (len(w) > 4 and w.endswith(("تها", "تهم", "تهما"))) \
            and not self.doc.accusative_indefinite(k) and not self._namesake_noun(k) \
            and self.mf.gaz_at(k) is None          # مهمتها: a noun with its possessive, no name

    # -- after a role word: the role's own genitive or the holder's name -------------------------------
    def _name_after_definite(self, x: int) -> bool:
        """A word without the article right after a definite word of a role phrase (الرئيس X،
        وزير الإعلام الإريتري X): a definite noun takes no genitive and a definite noun no indefinite
        adjective, so the word opens a name, even one shaped like a nationality (X ends in -ي)."""
        if x < 1 or x >= self.n or self.mf.punct(x) or self.defn[x] or not self.defn[x - 1]:
            return False
        if self.tags[x] or self.doc.norm[x][:1] in "وف":
            return False
        if self.mf.demonym(x - 1):
            return True                                  # after the role's own nationality
        return not self.mf.demonym(x) and bool(self.tags[x - 1] & {"ROLE", "TITLE"})

    def _unit_name(self, x: int) -> bool:
        """One word no list knows after a unit's or a body's indefinite noun, before the unit's
        number, a preposition or punctuation (فيلق X 209، لواء X في ...، حركة X،): the unit's own
        name inside a role phrase, not the holder's first name."""
        doc, y = self.doc, x + 1
        if self.defn[x - 1] or self.mf.punct(x) or y >= self.n \
                or not self.tags[x - 1] & {"FH_UNIT", "FH_STRONG", "FH_WEAK", "ORG_HEAD"}:
            return False
        numbered = doc.norm[y].isdigit() and not self.mf.punct(y)
        if numbered and self.tags[x] <= {"GIVEN"}:
            return True                              # فيلق شاهين 209: a given name too, the number tells
        return self._looks_foreign(x) and (self._hard_punct(y) or numbered or doc.norm[y] in _PREPS)

    def _lam_genitive(self, x: int) -> bool:
        """لـ + an indefinite noun before a definite word, inside a role phrase (الأمين العام لحلف
        الناتو، المدير التنفيذي لمنظمة الصحة): the body the role belongs to, in construct with its
        genitive; a name's first word takes no definite genitive after it (only a nisba surname,
        in -ي, or a given name may follow one)."""
        doc, y = self.doc, x + 1
        w = doc.norm[x]
        if w[:1] != "ل" or len(w) < 4 or self.defn[x] or self.tags[x] & {"GIVEN", "PARTICLE"} \
                or self.mf.punct(x) or y >= self.n or self.mf.punct(y):
            return False
        if self.owner[y] is not None:
            return self.owner[y].kind is not Kind.PERSON
        return self.defn[y] and not doc.norm[y].endswith("ي") and not self.tags[y] & {"GIVEN", "PARTICLE"}

    def _surname_alone(self, x: int) -> bool:
        """A role phrase closed by its genitive or adjective, then one transliterated word and the
        clause going on (a preposition, إن / أن, a reporting verb, punctuation): the word is the
        holder's surname (وزير القوات المسلحة X أمام البرلمان، قائد البعثة X إن ...)."""
        if not self._looks_foreign(x) or not (self.defn[x - 1] or self.mf.demonym(x - 1)):
            return False
        y = x + 1
        if y >= self.n or self._hard_punct(y):
            return True
        t = self.tags[y]
        return bool(t & {"FUNC", "COMPL", "SPEECH"}) or self.doc.norm[y] in _PREPS

    def _construct_complement(self, i: int, x: int) -> bool:
        """An indefinite role noun is in construct with what it heads (محافظ حضرموت، قائد
        منطقة ...): an unknown word right after it is that complement when a name with a given
        name or a particle follows it (محافظ X مبخوت بن ماضي)."""
        if self.defn[i] or self.doc.forms(i)[0].startswith("نظير") or not self._looks_foreign(x):
            return False
        y = x + 1
        if y >= self.n or self.mf.punct(y) or not self._name_word(y):
            return False
        e = self.name_at(y, 2)
        return e > y and any(self.tags[k] & {"GIVEN", "PARTICLE"} for k in range(y, e))

    def _role_genitive(self, i: int, x: int) -> bool:
        """A word no list knows right after an indefinite role noun, then a definite word or a known
        name (مسؤول محور الشمال، قائد قطاع X): the role's genitive, not a person's first name (a
        transliterated name takes no article after it)."""
        y = x + 1
        if self.defn[i] or not self._looks_foreign(x) or y >= self.n or self.mf.punct(y):
            return False
        if self.owner[y] is not None:
            return self.owner[y].kind is not Kind.PERSON
        return self.defn[y] and not self.doc.norm[y].endswith("ي") and not self.tags[y] & {"GIVEN", "PARTICLE"}

    def _adverbial_then_that(self, e: int) -> bool:
        """وقال X Y في مؤتمر صحفي / للصحفيين / أمس / خلال زيارته إن ...: after the name, an
        adverbial opened by a preposition or a time word, then إن / أن within a few words: the
        name is the verb's subject, as when إن follows it at once."""
        doc, n = self.doc, self.n
        if e >= n or self.mf.punct(e):
            return False
        w = doc.norm[e]
        if not (w in _PREPS or w in ("خلال", "امام", "عقب", "بعد", "قبل", "اثناء") or "TIME" in self.tags[e]
                or (w[:1] == "ل" and len(w) > 3 and (self.defn[e] or "MEDIA" in self.tags[e]))):
            return False
        for y in range(e + 1, min(n, e + 7)):
            if self._hard_punct(y):
                return False
            if "COMPL" in self.tags[y]:
                return True
            if doc.forms(y)[0] in _BODY_PAPERS:
                return False                     # في بيان / في تقرير: a body's or an outlet's words
            o = self.owner[y]
            if self.tags[y] & {"SPEECH", "TRIGGER", "PARTICIPLE"} or (o is not None and o.kind is Kind.PERSON):
                return False
        return False
