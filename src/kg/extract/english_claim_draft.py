"""A handover claim while an English article is being read (:class:`Draft`), the key that
makes two mentions one base, and the word classes the handover readers share."""
from __future__ import annotations

from dataclasses import dataclass

from ..normalise import name_key
from .english_entities import Cand
from .english_text import Sentence

INDEF = "indefinite"                # a base described, not named: the handover the article is about
GOVERNING_PREPS = frozenset({"from", "to", "in", "at", "near", "into", "against", "with", "of", "by", "for",
                             "across", "inside", "outside", "toward", "towards", "than"})
NOUN_DETS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "whose", "any",
                       "every", "no", "each", "further", "full", "final", "complete", "planned", "gradual"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "its", "their", "of"})
PLACE_NOUNS = frozenset({"town", "towns", "city", "cities", "village", "villages", "area", "areas", "region",
                         "regions", "district", "districts", "province", "provinces", "locations", "localities"})


@dataclass
class Draft:
    """A claim while the article is being read."""

    base: object                    # Cand, or INDEF
    sent: Sentence
    a: int                          # clause token range
    b: int
    trigger: str
    role: str                       # give / leave / take
    t: int                          # trigger token index
    giver: Cand | None = None
    receiver: Cand | None = None
    after_of: "Draft | None" = None  # "after X": copies giver/receiver of this draft
    left: int = 0                   # where the trigger's arguments may start (token index) ...
    right: int = 0                  # ... and end
    after: bool = False             # an earlier handover ("the second base after X")
    seg: tuple[int, int] | None = None  # its own conjunct in a list ("X on May 2, Y on May 9")
    conj: tuple | None = None           # the segments of all conjuncts of that list
    resumed: bool = False               # "…, handing it / them / both to X": bases a handover just told
    #                                     named, whose dates are that handover's words


def ident(c: Cand) -> tuple:
    """What makes two mentions one thing in an article: its gazetteer key, else its name's key."""
    return ("key", c.key) if c.key else ("name", name_key(c.name or c.surface))


def base_key(c: Cand) -> tuple:
    """What makes two mentions one base: its gazetteer key, else its name."""
    return ("key", c.key) if c.key else ("name", (c.name or c.surface).lower())
