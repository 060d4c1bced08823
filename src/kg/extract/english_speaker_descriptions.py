"""Speaker phrases in English news that describe rather than name: a body followed by a reduced
relative clause about it (``the committee charged with overseeing the truce said``), and the office
through which a body named by a description speaks (``the military's media wing said``).
"""
from __future__ import annotations

from .english_coref import Naming
from .english_entities import Cand
from .english_text import Sentence

# after a participle, opening a reduced relative clause about the speaker ("the committee charged with …")
_REDUCED_RELATIVE_PREPOSITIONS = frozenset({"with", "by", "in", "to", "for", "from", "on", "at", "under", "near"})
# a preposition between the speaker's noun and the participle: the participle describes its object
# ("the commander of the troops deployed to Mali", "a spokesman for the troops stationed in Gao")
_OWN_NOUN_ENDS = _REDUCED_RELATIVE_PREPOSITIONS | {"of", "among"}
_LEADING = frozenset({"led", "headed", "represented", "chaired"})     # "the council, led by X,": X speaks
_VOICE_MODIFIERS = frozenset({"media", "press", "information", "public", "relations", "communications"})


def before_reduced_relative(toks, a: int, b: int, cands: list[Cand]) -> int:
    """Where the speaker phrase ``[a, b)`` ends: before a participle and its preposition after the
    head noun (``the committee charged with overseeing the truce``, ``the rebel group based in the
    north``), which only describe the speaker; ``led by X``, ``headed by X`` name who speaks. Only a
    participle right after the speaker's own noun is cut (in ``the commander of the troops deployed to
    Mali`` it describes the troops), and never one with a comma-set aside after it (``…, General X,``)."""
    for k in range(a + 2, b - 1):
        t = toks[k]
        if t.word and not t.cap and t.low.endswith("ed") and toks[k + 1].low in _REDUCED_RELATIVE_PREPOSITIONS \
                and toks[k - 1].word and not any(c.a < k < c.b for c in cands) \
                and not (toks[k + 1].low == "by" and t.low in _LEADING):
            if any(toks[x].low in _OWN_NOUN_ENDS for x in range(a + 1, k)) \
                    or any(toks[x].text in (",", "—", "–", "(") for x in range(k + 1, b)):
                return b
            return k
    return b


def voice_of_described(lex, naming: Naming, s: Sentence, a: int, b: int) -> Cand | None:
    """``the military's media wing``, ``the army's press office``: the body (named before, and here
    by a description) that speaks through the office ``[a, b)`` names; None if the phrase is no such."""
    toks = s.toks
    k = next((x for x in range(a + 1, b - 1) if toks[x].text in ("'s", "’s")), None)
    if k is None or toks[a].low != "the" or any(t.cap for t in toks[a + 1:b]) \
            or not all(t.low in lex.raw.get("media_office_words", ()) or t.low in _VOICE_MODIFIERS
                       for t in toks[k + 1:b]) or toks[b - 1].low not in lex.raw.get("voice_office_heads", ()):
        return None
    return naming.describe([t.low for t in toks[a:k] if t.word], (s.index, a))
