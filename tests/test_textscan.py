"""kg.extract.textscan: folding with an offset map, trie regexes, trigger scanning, look-back phrases.
Invented strings only."""
from __future__ import annotations

import re

import pytest

from kg.extract.textscan import Phrases, folded, key, letters_before, trie_regex, trigger_patterns, triggers


@pytest.mark.parametrize("text,folded_text", [
    ("فِي 29 آذَار", "في 29 اذار"),                        # diacritics dropped, alef folded
    ("قاعدةٌ كبيرة", "قاعده كبيره"),                        # ta marbuta
    ("٢٠٢٤-٠٥-١٢", "2024-05-12"),                          # Arabic-Indic digits, '-' kept
    ("Camp North", "camp north"),
    ("آذـار", "اذار"),                                     # tatweel dropped
])
def test_textscan_folding(text, folded_text):
    assert folded(text).text == folded_text


@pytest.mark.parametrize("text,word", [
    ("غادرت القوات أمسِ القاعدة", "أمسِ"),
    ("انسحبت القواتُ في آذَار", "آذَار"),
    ("left on Monday", "Monday"),
])
def test_textscan_span_maps_back_over_dropped_marks(text, word):
    f = folded(text)
    w = key(word)
    i = f.text.index(w)
    s, e = f.span(i, i + len(w))
    assert text[s:e] == word


def test_textscan_trie_regex_prefers_the_longest_entry():
    rx = re.compile(trie_regex([key("كانون"), key("كانون الثاني"), key("كانون الأول")]))
    assert rx.match(key("كانون الثاني 2020")).group() == "كانون الثاني"
    assert rx.match("كانون  الاول").group() == "كانون  الاول"             # any run of spaces
    assert re.compile(trie_regex([])).match("x") is None


def test_textscan_triggers_find_words_and_digit_runs_at_word_starts():
    pats = trigger_patterns([key("أمس"), key("اليوم")], clitics="وفب", article=True)
    s = folded("وصلت القوات بالأمس و12 جنديا غادروا اليوم").text
    got = [(m["c"] or "", m["w"]) for m in triggers(pats, s)]
    assert got == [("ب", "امس"), ("و", "12"), ("", "اليوم")]


@pytest.mark.parametrize("s,end,found", [
    ("غادرت يوم الأحد", 15, None),
    ("غادرت يوم الأحد", 10, (6, "يوم")),
    ("غادرت ويوم الأحد", 11, (7, "يوم")),                  # a clitic glued to the phrase
    ("troops left this past Monday", 22, (12, "this past")),
])
def test_textscan_phrases_before(s, end, found):
    p = Phrases(["يوم", "this past", "past"], clitics="و")
    assert p.before(s, end) == found


def test_textscan_letters_before():
    assert letters_before("وبالأمس", 2) == "وب"
    assert letters_before("في الأمس", 3) == ""
    assert letters_before("abcdefgh", 7) is None
