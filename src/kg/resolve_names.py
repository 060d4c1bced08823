"""What of a base's or a force's name identifies it, for resolution across articles and scripts.

A name mixes proper words, transliterated from one script to the other (Kamina / كامينا), with
words that say what kind of thing it is, translated (air base / مطار, police / شرطة) and placed
by each language's grammar (Nile Hotel / فندق النيل, Gabonese Republican Guard / الحرس الجمهوري
الغابوني). A name is read as its proper words, in order, and the set
of concepts its type words name (``data/lang/*/name_words.json``). Two names are the same when
their proper words sound alike and one's concepts are among the other's, once the concepts that
any base or any force carries (base, camp, military, forces) are set aside. A name with no proper
word (the base, المعسكر, the mission) identifies nothing: it is a description every base shares.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .extract.lexicon import load_lexicon
from .normalise import ARABIC_LETTER as _ARABIC_LETTER, fold, strip_article, word_forms
from .translit import skeleton, sound_alike

# Concepts every base or every force has: a name that adds them or leaves them out is the same name.
GENERIC_CONCEPTS = frozenset({"base", "camp", "military", "forces", "forward", "operating", "main", "former",
                              "size"})
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")     # al-Arab, ad-Din stay one word for translit


def _lookup_form(word: str) -> str:
    """The form a word is looked up by: folded, article and final ta marbuta dropped."""
    word = strip_article(fold(word))
    return word[:-1] if word.endswith("ه") and len(word) > 2 else word


@lru_cache(maxsize=None)
def _tables() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    concepts: dict[str, set[str]] = {}
    links: set[str] = set()
    for lang in ("ar", "en"):
        lex = load_lexicon(lang)
        for concept, words in lex.get("resolution_type_words", {}).items():
            for w in words:
                concepts.setdefault(_lookup_form(w), set()).add(concept)
        links |= {_lookup_form(w) for w in lex.get("resolution_link_words", ())}
    return {w: frozenset(c) for w, c in concepts.items()}, frozenset(links)


@lru_cache(maxsize=None)
def _complements() -> dict[str, frozenset[str]]:
    """Words that complete the concept of the word before them (حفظ + السلام) and alone are proper."""
    out: dict[str, set[str]] = {}
    for lang in ("ar", "en"):
        for concept, words in load_lexicon(lang).get("resolution_concept_complements", {}).items():
            for w in words:
                out.setdefault(_lookup_form(w), set()).add(concept)
    return {w: frozenset(c) for w, c in out.items()}


def _concepts_of(word: str) -> frozenset[str] | None:
    concepts, _ = _tables()
    if word.isdigit():
        return frozenset({str(int(word))})
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    if m:
        return frozenset({str(int(m.group(1)))})
    forms = word_forms(word) if _ARABIC_LETTER.search(word) else (word,)
    for form in forms:
        for stem in (form, *_without_pronoun(form)):
            hit = concepts.get(_lookup_form(stem))
            if hit:
                return hit
    return None


_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "نا", "ه")


def _without_pronoun(word: str) -> list[str]:
    """An Arabic noun with a possessive pronoun (قاعدتها, مقرها: its base, its headquarters) is the
    noun, a ta marbuta written ت before the pronoun."""
    out = []
    for suffix in _PRONOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out.append(stem[:-1] + "ه" if stem.endswith("ت") else stem)
    return out


@lru_cache(maxsize=None)
def _compounds() -> tuple[frozenset[str], frozenset[str], dict[str, int], dict[str, frozenset[str]]]:
    """The words of compound ordinals (السابعة عشرة, الحادية والعشرين) and of two compass points
    in one word (Northeastern)."""
    teen: set[str] = set()
    one: set[str] = set()
    tens: dict[str, int] = {}
    compass: dict[str, frozenset[str]] = {}
    for lang in ("ar", "en"):
        lex = load_lexicon(lang)
        teen |= {_lookup_form(w) for w in lex.get("resolution_ordinal_teen", ())}
        one |= {_lookup_form(w) for w in lex.get("resolution_ordinal_one", ())}
        tens.update({_lookup_form(w): n for w, n in lex.get("resolution_ordinal_tens", {}).items()})
        compass.update({w.lower(): frozenset(v) for w, v in lex.get("resolution_compass_compounds", {}).items()})
    return frozenset(teen), frozenset(one), tens, compass


def _tens_of(word: str) -> int | None:
    """العشرين, والعشرين: the tens of a compound ordinal, with or without its و."""
    _, _, tens, _ = _compounds()
    form = _lookup_form(fold(word))
    if form in tens:
        return tens[form]
    return tens.get(_lookup_form(form[1:])) if form.startswith("و") and len(form) > 3 else None


def _number_words(words: list[str], i: int) -> tuple[frozenset[str], int] | None:
    """A compound ordinal opening at ``words[i]``: its number as a concept and how many words it
    takes (السابعة عشرة: 17, two words; الحادية والعشرين: 21; العشرين alone: 20)."""
    teen, one, _, _ = _compounds()
    found = _concepts_of(fold(words[i]))
    unit = next(iter(found)) if found and len(found) == 1 and next(iter(found)).isdigit() else None
    if unit is None and _lookup_form(fold(words[i])) in one:
        unit = "1"
    if unit is not None and int(unit) < 10 and i + 1 < len(words):
        if _lookup_form(fold(words[i + 1])) in teen:
            return frozenset({str(int(unit) + 10)}), 2
        tens = _tens_of(words[i + 1])
        if tens:
            return frozenset({str(int(unit) + tens)}), 2
    if found is None:
        tens = _tens_of(words[i])
        if tens:
            return frozenset({str(tens)}), 1
    return None


_COMPASS = frozenset({"north", "south", "east", "west", "central"})


def distinguishing(concepts: frozenset[str]) -> bool:
    """Type words that name one thing without a proper word: a number (the 9th Division), or a
    compass point with what it is the point of (Northern Command, القيادة الشمالية, the Western
    Group of Forces); not a compass point alone (Western forces)."""
    return any(c.isdigit() for c in concepts) or bool(concepts & _COMPASS and concepts - _COMPASS)


def _identifying(parts: "NameParts") -> bool:
    """No proper word, yet one thing: :func:`distinguishing` type words, or a compass point with a
    base's head (Camp North, North Base: the base and camp concepts are generic, set aside)."""
    return distinguishing(parts.concepts) or bool(parts.concepts & _COMPASS and parts.kinds & _BASE_HEADS)


_BASE_HEADS = frozenset({"base", "camp"})

# What arm of service a numbered unit is: news names a unit with it or without it (the 310th
# Brigade, the 310th Armoured Brigade, اللواء 310 مدرع), and no army numbers two units of one
# echelon alike by arm alone.
_ARMS = frozenset({"armoured", "mechanised", "infantry", "artillery", "field", "aviation", "airborne",
                   "commando", "tactical", "cavalry"})


def _one_unit_with_its_arm(small: frozenset[str], big: frozenset[str]) -> bool:
    """A numbered unit's name and the same name with its arm of service (``small`` among
    ``big``): the same numbers and echelon, only arm words more. A unit of another number or
    echelon (the 2nd Battalion, the 2nd Battalion of the 29th Regiment) is another unit."""
    return small < big and any(c.isdigit() for c in small) and big - small <= _ARMS


@dataclass(frozen=True)
class NameParts:
    proper: str                  # the proper words, in order, as one name
    concepts: frozenset[str]     # what its type words say, generic concepts set aside
    kinds: frozenset[str] = frozenset()   # what its type words say, generic ones included


@lru_cache(maxsize=1 << 16)
def name_parts(name: str) -> NameParts:
    _, links = _tables()
    proper: list[str] = []
    concepts: set[str] = set()
    before: frozenset[str] = frozenset()
    words = _WORD.findall(name)
    # a compass word is a concept only in a name without another proper word (Northern Command,
    # القيادة الشمالية); beside one it is part of the proper name (North Salam airport, South Sudan)
    compass: list[tuple[int, str, frozenset[str]]] = []
    i = 0
    while i < len(words):
        word = words[i]
        number = _number_words(words, i)
        if number is not None:
            found, taken = number
        else:
            found, taken = _concepts_of(fold(word)), 1
        if found is None:
            found = _compounds()[3].get(word.lower())   # Northeastern: two compass points
        if found is None and _complements().get(_lookup_form(word), frozenset()) & before:
            found = frozenset()                   # حفظ السلام: one concept in two words
        if found and found <= _COMPASS:
            compass.append((len(proper), word, found))
        elif found is not None:
            concepts |= found
        elif _lookup_form(word) not in links:     # of, في: they join words, they name nothing
            proper.append(word)
        before = found or frozenset()
        i += taken
    if proper:
        for at, word, _ in reversed(compass):
            proper.insert(at, word)
    else:
        concepts |= {c for _, _, found in compass for c in found}
    return NameParts(" ".join(proper), frozenset(concepts - GENERIC_CONCEPTS), frozenset(concepts - {"size"}))


def identifies(name: str) -> bool:
    """The name has a proper word, a number (the 9th Division) or a compass point with its kind
    (Northern Command): not a bare description."""
    parts = name_parts(name)
    return bool(parts.proper) or _identifying(parts)


@lru_cache(maxsize=1 << 16)
def _consonants(proper: str) -> int:
    return sum(len(w) for w in skeleton(proper)) if proper else 0


def same_named(a: str, b: str, bases: bool = False) -> bool:
    """Two names of bases or forces name the same thing (see the module doc): their proper words
    sound alike and one name's concepts are among the other's (حركات الساحل, Coordination of Sahel
    Movements). A force's bare proper word (Gabonese, Chad) is its country, not one of its
    units: it meets only names of the same concepts; a base's is its place (Kamina, Kamina air base)."""
    pa, pb = name_parts(a), name_parts(b)
    if pa.concepts & _COMPASS != pb.concepts & _COMPASS:
        return False                # North Salam airport is not Salam airport, nor the Southern Command
    small, big = sorted((pa.concepts, pb.concepts), key=len)
    if min(_consonants(pa.proper), _consonants(pb.proper)) in (1, 2) and not (small and small <= big):
        # a proper word of one or two consonants (Nolo, Nila, نيلا) says too little alone: the
        # whole names meet, or the type words say the same kind of place and the proper words'
        # consonants are the same, with no edit allowed (قاعدة واغز, Waghez base; not Gossi base)
        if pa.kinds and pa.kinds == pb.kinds and pa.proper and pb.proper:
            return skeleton(pa.proper) == skeleton(pb.proper)
        return sound_alike(a, b)
    if not small <= big or (small != big and not small and not bases):
        return False
    if not pa.proper and not pb.proper:
        return (pa.concepts == pb.concepts or _one_unit_with_its_arm(small, big)) \
            and _identifying(pa) and _identifying(pb)
    return bool(pa.proper and pb.proper) and any(
        sound_alike(x, y) for x in _readings(pa.proper) for y in _readings(pb.proper))


# An English adjective of nationality ends in a suffix Arabic writes as its nisba ي (Gabonese /
# الغابوني, Malian / المالي, Syrian / السوري): the country's name is read besides the word itself
# (which a name that merely ends so, Bastian / باستيان, keeps).
_NATIONALITY = re.compile(r"(?<=\w{3})(?:ese|(?<=[iye])an)\b", re.IGNORECASE)


def _readings(proper: str) -> tuple[str, ...]:
    country = _NATIONALITY.sub(lambda m: "" if m.group(0).lower() == "ese" else "a", proper)
    return (proper, country) if country != proper else (proper,)
