"""Script-independent sound keys for names, so that باركر and Barker meet.

Both scripts are reduced to a consonant skeleton over one small alphabet: Arabic letters map to
their usual Latin consonant (emphatics to the plain one, ث to the th Latin writes for it, ع/ء/vowel
letters dropped, تش and دج to the ch and j of foreign names), Latin spelling is folded the same
way (v->f, p->b, c->k/s, q->k, x->ks, digraphs sh/th/kh/gh/ch/ph/tsh/dj/sz/cz, Chris-/Chl- with a k,
the ts of a Polish -cki),
vowels dropped, doubled
consonants collapsed. The article and the compounds of Arabic names are read as either script
writes them (al-, ad-Din, Abdul-/Abdel-/Abd al-, Abu: see ``_words``).

Across scripts two words are compatible within one edit per five consonants and half an edit
besides (adding or dropping a weak consonant, h or f/v, or writing a final s for z), so a short
word may not change a consonant. Within one script a name is spelled, not heard: the skeletons
must be equal (a short Latin word, within a letter of the other's spelling too).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .normalise import ARABIC_LETTER as _ARABIC_LETTER, fold, strip_article

_AR = {
    "ب": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "j", "ح": "h", "ه": "h", "خ": "h", "د": "d",
    "ض": "d", "ذ": "z", "ز": "z", "ظ": "z", "ر": "r", "س": "s", "ص": "s", "ش": "s", "غ": "g",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ف": "f", "پ": "b", "چ": "s", "ڤ": "f",
    "ع": "", "ء": "", "ا": "", "و": "", "ي": "",
}
# sz and cz: the sh and ch of Polish and Hungarian spelling (Tomasz / توماش)
_LATIN_DIGRAPHS = (("sch", "s"), ("tsh", "s"), ("tch", "s"), ("dj", "j"), ("sz", "s"), ("cz", "s"), ("sh", "s"),
                   ("ch", "s"), ("th", "t"),
                   ("kh", "h"), ("gh", "g"), ("ph", "f"), ("dh", "z"), ("ck", "k"), ("qu", "k"), ("ou", "u"))
_LATIN = {"v": "f", "p": "b", "q": "k", "x": "ks", "c": "k", "w": "", "y": "", "j": "j", "g": "g",
          "a": "", "e": "", "i": "", "o": "", "u": ""}


def _latin_skeleton(word: str) -> str:
    w = word.lower()
    w = re.sub(r"^ch(?=r[iy]s|l)", "k", w)      # Chris, Christophe, Chloé: a k (Chraibi keeps its sh)
    w = re.sub(r"(?<=\w{4})c(?=k[ia]$)", "ts", w)   # Polish -cki/-cka is -tski (Potocki / بوتوتسكي); Vicki keeps its k
    w = re.sub(r"c(?=[eiy])", "s", w)
    w = re.sub(r"(?<!g)g(?=[eiy])", "j", w)     # Largeau, but Caggins keeps a hard g
    for a, b in _LATIN_DIGRAPHS:
        w = w.replace(a, b)
    return "".join(_LATIN.get(ch, ch) for ch in w if ch.isalpha())


# Latin spellings that sound two ways: dh is the ذ of Arabic names (Dhi Qar, Dhahran) but a d
# and an h in English ones (Woodham / وودهام) and a d in Indian ones (Gandhi / غاندي); zh is the
# j that Arabic writes for a Russian or Chinese zh (Zhukov / جوكوف, Zhenwu / جن وو); a French
# name's final s, x, t or d after a vowel pair is not sounded (Despouys / ديسبوي, Giraud /
# جيرو, Dubois / دوبوا); a g before e or i is soft in French and English names but hard in many
# others (Getachew / غيتاتشو, Gebre / جبري). Each gives a second skeleton, compared across scripts only.
# Only French vowel pairs: ou/ai/ei/au before a final d are Arabic names' long vowels (Mahmoud,
# Saud, Obeid, Rashaid), and so is ai before s (Nasrallah's Fais), so those keep their consonant.
_SILENT_FRENCH_END = re.compile(r"(?:(?<=oi)|(?<=ou)|(?<=uy)|(?<=oy)|(?<=ay))[sx]$|(?<=eau)x$|(?<=au)lt$|"
                                r"(?<=[^s]au)d$|(?<=ai)t$|(?<=oi)t$")


def _latin_alternatives(word: str) -> tuple[str, ...]:
    w = word.lower()
    out = []
    if "dh" in w:
        out.append(w.replace("dh", "d-h"))
    if "zh" in w:
        out.append(w.replace("zh", "j"))
    inner_ch = r"(?<=[a-ru-z])ch"
    if re.search(inner_ch, w):
        # a ch inside a word may not be English ch: the k of Greek and Scottish names (Michael /
        # مايكل, Nicholas / نيكولاس, Buchanan / بيوكانان) and the kh of German ones (Munich /
        # ميونخ, Bach / باخ); an initial Ch keeps its sh (Chad, Chraibi), as do sch and tch
        out.append(re.sub(inner_ch, "k", w))
        out.append(re.sub(inner_ch, "kh", w))
    if re.search(r"(?<!g)g[eiy]", w):
        out.append(re.sub(r"(?<!g)g(?=[eiy])", "gg", w))   # a hard g before e/i (Getachew / غيتاتشو)
    silent = _SILENT_FRENCH_END.sub("", w)
    if silent != w and len(silent) > 2:
        out.append(silent)
    return tuple(dict.fromkeys(_latin_skeleton(x) for x in out))


def _arabic_alternatives(word: str) -> tuple[str, ...]:
    """Persian and Urdu names sound ض as z (رضائي / Rezaee, ضياء / Zia, رمضان / Ramazan)."""
    if "ض" not in word:
        return ()
    bare = strip_article(word)
    return (_arabic_skeleton(bare.replace("ض", "ز"), definite=bare != word),)


def _arabic_skeleton(word: str, definite: bool = False) -> str:
    if word.endswith("ه") and len(word) > 2 and not word.endswith(("الله", "اه")):
        # ta marbuta (folded to ه) is a vowel; Allah's ه is not, nor one after a long a (لشكركاه,
        # Lashkar Gah; شاه, Shah), where a ta marbuta never stands
        word = word[:-1]
    if definite and len(word) > 4 and word.endswith(("يون", "يين")):
        # the plural of a nisba names the group its singular does (الحوثيون, الحوثي); the article
        # tells it from a foreign name ending so (جيديون / Gédéon)
        word = word[:-2]
    # the ch and dj of foreign names (تشاد / Chad, جيبوتي and دجيبوتي / Djibouti)
    word = word.replace("تش", "ش").replace("دج", "ج")
    return "".join(_AR.get(ch, "") for ch in word)


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


# The article of an Arabic name in Latin letters: al-, el-, ul- (Zia ul-Haq) as words, and the
# forms assimilated to a following sun letter, written with a hyphen: ad-Din, as-Sadr, ash-Shami.
_LATIN_ARTICLES = frozenset({"al", "el", "ul", "the"})
_SUN_ARTICLE = re.compile(r"\b[ae](t|th|d|dh|r|z|s|sh|n)-(?=\1)", re.IGNORECASE)
# Compounds one script writes in two words and the other often in one: عبد الله / Abdallah,
# عبد الأمير / Abdul-Amir, أبو بكر / Abubakar. Both are read as one word, the article after
# Abd (Abdul, Abdel: Abd al-) dropped, so the word counts agree whatever the spelling.
_AR_COMPOUND_HEADS = frozenset({"عبد", "ابو"})
_LATIN_ABD = re.compile(r"abd(?:(?:[aeiou]|ou)l)?$")
_LATIN_ABD_JOINED = re.compile(r"abd(?:[aeiou]|ou)l(\w{3,})$")
_LATIN_ABU = frozenset({"abu", "abou"})
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")        # Ivory Coast's armed forces


def _words(name: str) -> list[list[str]]:
    """The name's words, each as its parts (a compound has two); a Latin article dropped, an
    Arabic one left to the skeleton."""
    name = _POSSESSIVE.sub("", _SUN_ARTICLE.sub("", name))
    words = re.findall(r"\w+", fold(name.replace("-", " ")))
    out: list[list[str]] = []
    join = False
    for word in words:
        if _ARABIC_LETTER.search(word):
            head = strip_article(word) in _AR_COMPOUND_HEADS
        else:
            if word in _LATIN_ARTICLES:
                continue
            joined = _LATIN_ABD_JOINED.match(word)
            if joined:
                word = "abd" + joined.group(1)
            head = bool(_LATIN_ABD.match(word)) or word in _LATIN_ABU
            if _LATIN_ABD.match(word):
                word = "abd"
        if join:
            out[-1].append(word)
        else:
            out.append([word])
        join = head and not join
    return out


def _word_skeleton(word: str) -> str:
    if not _ARABIC_LETTER.search(word):
        return _latin_skeleton(word)
    bare = strip_article(word)
    return _arabic_skeleton(bare, definite=bare != word)


@lru_cache(maxsize=65536)
def _script_skeleton(name: str) -> tuple[tuple[str, bool, str, str, tuple[str, ...]], ...]:
    """Each word's skeleton, whether it was written in Arabic letters, for an Arabic word that
    had the article its skeleton with it (a Latin spelling may fuse the article into the name:
    الأمين / Lamine, الحسن / Alhassan, where it more often writes it apart: al-Hassan), the
    word as written (folded), and a Latin word's other readings (:func:`_latin_alternatives`)."""
    out = []
    for parts in _words(name):
        sk = _collapse("".join(_word_skeleton(p) for p in parts))
        if sk:
            arabic = bool(_ARABIC_LETTER.search(parts[0]))
            fused = _collapse("l" + sk) if arabic and strip_article(parts[0]) != parts[0] else ""
            if len(parts) > 1:
                alts = ()
            elif arabic:
                alts = tuple(a for a in map(_collapse, _arabic_alternatives(parts[0])) if a and a != sk)
            else:
                alts = tuple(a for a in map(_collapse, _latin_alternatives(parts[0])) if a and a != sk)
            out.append((sk, arabic, fused, "".join(parts), alts))
    return tuple(out)


def skeleton(name: str) -> tuple[str, ...]:
    """One consonant skeleton per word of the name (a compound is one word)."""
    return tuple(w[0] for w in _script_skeleton(name))


WEAK = frozenset("hf")   # often written in one script and not the other (ح/ه dropped, و read as v)


# an English word-final s sounded as z is written ز in Arabic (Des -> ديز, Rose -> روز): a half
# edit there only (Zaid and سعيد, Musa and موزة are other names)
VOICED_PAIRS = frozenset({frozenset("sz")})


def _swap(ca: str, cb: str, last: bool) -> float:
    return 0.0 if ca == cb else 0.5 if last and frozenset((ca, cb)) in VOICED_PAIRS else 1.0


def _distance(a: str, b: str) -> float:
    """Edit distance where adding or dropping a weak consonant, or writing a final s for z, costs half."""
    cost = lambda ch: 0.5 if ch in WEAK else 1.0  # noqa: E731
    prev = [0.0]
    for cb in b:
        prev.append(prev[-1] + cost(cb))
    for i, ca in enumerate(a, 1):
        cur = [prev[0] + cost(ca)]
        for j, cb in enumerate(b, 1):
            swap = _swap(ca, cb, i == len(a) and j == len(b))
            cur.append(min(prev[j] + cost(ca), cur[j - 1] + cost(cb), prev[j - 1] + swap))
        prev = cur
    return prev[-1]


# Within one script a name is spelled, not heard: two spellings of one name differ in their
# vowels and doubled letters (Mohamed / Mohammed), which the skeleton drops, and in Arabic in the
# letter for a foreign g (غوتيريش / جوتيريش). Any other difference is another name (FOB Dagger,
# FOB Danger; السلطات المالية, السلطات المحلية).
_SAME_SCRIPT_FOLD = {True: str.maketrans("j", "g"), False: str.maketrans("", "")}


def _same_script_alike(a: str, b: str, arabic: bool, wa: str, wb: str) -> bool:
    """Equal skeletons; a short Latin word must also be spelled within a letter of the other,
    its vowels being most of what it says (Kora is not Kari)."""
    fold_g = _SAME_SCRIPT_FOLD[arabic]
    if a.translate(fold_g) != b.translate(fold_g):
        return False
    if arabic and wa.count("ع") != wb.count("ع"):
        return False    # the skeleton drops ع, which Arabic spelling never does (الشرعية, السورية)
    return arabic or len(a) > 2 or _edits(wa, wb) <= 1


def _edits(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=1 << 18)
def words_sound_alike(a: str, b: str) -> bool:
    """Across scripts: an edit per five consonants of the shorter, and half an edit (a weak letter, a final
    s for z) besides; a short word may not change a consonant (Belta is not بيرتا)."""
    if not a or not b:
        return False
    allowed = min(len(a), len(b)) // 5 + 0.5      # counted on the shorter: نصر is not Wunstorf
    if abs(len(a) - len(b)) > 2 * allowed:        # each letter added costs half an edit at least
        return False
    return _distance(a, b) <= allowed


def _strong(words: tuple) -> tuple:
    """Words with more than weak letters (يايا / Yahya leave nothing or a lone h)."""
    return tuple(w for w in words if set(w[0]) - WEAK or len(w[0]) > 1)


def _alike(x: tuple, y: tuple) -> bool:
    if x[1] == y[1]:
        return _same_script_alike(x[0], y[0], x[1], x[3], y[3])
    arabic, latin = (x, y) if x[1] else (y, x)
    return any(words_sound_alike(written, reading) for written in (arabic[0], *arabic[4], arabic[2]) if written
               for reading in (latin[0], *latin[4]))


def sound_alike(a: str, b: str) -> bool:
    """The two names have as many words and every word sounds alike, in order (words of
    nothing but weak letters are left out when the counts differ)."""
    sa, sb = _script_skeleton(a), _script_skeleton(b)
    if len(sa) != len(sb):
        sa, sb = _strong(sa), _strong(sb)
    if sa and sb and len(sa) != len(sb):
        # compounds one script writes in one word (عبد الرحمن / Abdourahmane): the whole
        # skeletons, when both are long enough to tell names apart
        ja, jb = "".join(w[0] for w in sa), "".join(w[0] for w in sb)
        wa, wb = "".join(w[3] for w in sa), "".join(w[3] for w in sb)
        # five consonants are enough when at most one changes (لشكركاه / Lashkar Gah: k for g)
        shorter = min(len(ja), len(jb))
        if shorter < 5 or shorter == 5 and _distance(ja, jb) > 1:
            return False
        return _alike((ja, sa[0][1], "", wa, ()), (jb, sb[0][1], "", wb, ()))
    return bool(sa) and len(sa) == len(sb) and all(_alike(x, y) for x, y in zip(sa, sb))


# What one report of a name carries and another leaves off without naming someone else: a Latin
# initial, and across scripts a generational suffix, which Arabic rarely writes (Donald M.
# Campbell Jr / دونالد كامبل). Within one script a Jr on one side only tells a son from his father.
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _core(words: tuple) -> tuple:
    return tuple(w for w in words if w[1] or (len(w[3]) > 1 and w[3] not in _NAME_SUFFIXES))


def _suffixes(words: tuple) -> frozenset[str]:
    return frozenset(w[3] for w in words if not w[1] and w[3] in _NAME_SUFFIXES)


def nested_alike(a: str, b: str) -> bool:
    """One name is the other with one word more, which reports of one person drop: a middle name
    (Dawood Shah Wafadar / داود وفادار) or the family name after a given name and a father's
    (Ali Mohsen / علي محسن الأحمر), besides initials and a Jr. The shorter keeps two words at
    least, and its first word: a first word more is another person's own name before his
    father's (Ahmed Ali Abdullah Saleh is Ali Abdullah Saleh's son)."""
    wa, wb = _script_skeleton(a), _script_skeleton(b)
    if wa and wb and wa[0][1] == wb[0][1] and _suffixes(wa) != _suffixes(wb):
        return False              # Robert Kennedy Jr is not Robert F. Kennedy: a father and his son
    sa, sb = _core(wa), _core(wb)
    short, longer = sorted((sa, sb), key=len)
    if len(short) < 2:
        return False
    if len(short) == len(longer):
        dropped = len(sa) < len(wa) or len(sb) < len(wb)
        return dropped and all(_alike(x, y) for x, y in zip(short, longer))
    if len(longer) - len(short) != 1:
        return False
    return any(all(_alike(x, y) for x, y in zip(short, longer[:k] + longer[k + 1:]))
               for k in range(1, len(longer)))


def initials(name: str) -> set[tuple[str, str]]:
    """Letters two alike names share at least one of: the first letter of their first word and
    of their last word, or the letter after a weak first letter (فيندورف / Wendorf), or the l
    of an article a Latin spelling fuses (الأمين / Lamine). Resolution compares only the
    entities that share one (a word may change its first letter, not also its last word's)."""
    words = _script_skeleton(name)
    out: set[tuple[str, str]] = set()
    for place, (sk, _, fused, _, alts) in (("first", words[0]), ("last", words[-1])) if words else ():
        for reading in (sk, *alts):
            out.add((place, reading[0]))
            if reading[0] in WEAK and len(reading) > 1:
                out.add((place, reading[1]))
        if fused:
            out.add((place, fused[0]))
    return out


def surname_alike(a: str, b: str) -> bool:
    """The last words sound alike (the weaker test, used only with other evidence)."""
    sa, sb = _script_skeleton(a), _script_skeleton(b)
    return bool(sa and sb) and _alike(sa[-1], sb[-1])
