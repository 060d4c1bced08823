"""The candidate name (:class:`Cand`) the English recognisers produce, the word sets they share
and small token predicates."""
from __future__ import annotations

from ..model import Kind
from .english_text import Sentence, Tok


_VERBISH = frozenset({"are", "were", "is", "was", "have", "has", "had", "will", "would", "said", "say", "says",
                      "left", "withdrew", "handed", "began", "started", "could", "may", "did", "do", "also",
                      "then", "finally", "should", "must", "can", "now", "still", "themselves"})
_RUN_STOP = frozenset({"the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "to", "and", "or", "but",
                       "as", "after", "before", "while", "when", "according", "meanwhile", "however", "this",
                       "that", "these", "those", "it", "its", "their", "his", "her", "our", "we", "they", "he",
                       "she", "i", "of", "since", "during", "despite", "following", "if", "last", "next"})


_GENERIC_HEADS = frozenset({"military", "army", "forces", "force", "troops", "soldiers", "government", "navy",
                            "ministry", "authorities"})
_FORCE_NOUNS = ("forces", "troops", "army", "military", "soldiers", "fighters")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PERSONNEL = frozenset({"trainers", "advisers", "advisors", "instructors", "personnel", "mentors"})
_MISSION_MODS = frozenset({"peacekeeping", "stabilisation", "stabilization", "training", "military", "transition",
                           "transitional", "support", "assistance", "monitoring", "observer", "advisory", "naval",
                           "maritime", "security", "multinational", "regional"})
_MISSION_HEADS = frozenset({"mission", "force", "forces", "contingent", "operation", "troops", "peacekeepers"})
_CONNECTIVES = frozenset({"who", "whom", "whose", "which", "where", "when", "while", "after", "before", "since",
                          "until", "because", "if", "than", "into", "onto", "out", "off", "over", "under", "had",
                          "themselves", "alone", "too", "instead", "now", "then", "say", "says", "said"})
# where English places troops: "remain at X", "stationed at X", "U.S. troops at X"
_PRESENCE = frozenset({"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying",
                       "stationed", "based", "deployed", "garrisoned", "posted", "present", "housed",
                       "headquartered", "positioned"})
# a base noun a name stands in apposition to: "its largest camp, X, …"
_APPOSED = frozenset({"base", "camp", "airbase", "airfield", "garrison", "outpost", "post", "barracks", "fort",
                      "installation", "facility"})
_TITLE_CASE_VERBS = frozenset({"over", "out", "back", "up", "down", "off", "into", "onto", "away", "says", "said"})
_LOWER_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "chief", "minister",
                           "envoy", "ambassador", "secretary", "governor", "official", "adviser", "advisor",
                           "general", "colonel", "major", "lieutenant", "captain", "admiral", "brigadier",
                           "sergeant", "marshal", "commandant"})


class Cand:
    """A name found in a sentence (token range ``[a, b)``); becomes a Mention at the end."""

    __slots__ = ("kind", "sent", "a", "b", "key", "name", "prio", "role", "aff", "place", "flags", "head", "t0",
                 "holder")

    def __init__(self, kind: Kind, sent: Sentence, a: int, b: int, key=None, name=None, prio=3,
                 place=None, head=None):
        self.kind, self.sent, self.a, self.b = kind, sent, a, b
        self.key, self.name, self.prio, self.place = key, name, prio, place
        self.role: str | None = None
        self.aff: Cand | None = None
        self.flags: set[str] = set()
        self.head = head                  # the toponym (bases) or head words (forces) used for naming
        self.t0 = a                       # persons: where the name's title begins
        self.holder: Cand | None = None   # bases: the unit a base is named by ("the 4th Brigade's headquarters")

    @property
    def start(self) -> int:
        return self.sent.toks[self.a].start

    @property
    def end(self) -> int:
        return self.sent.toks[self.b - 1].end

    @property
    def surface(self) -> str:
        return self.sent.text[self.start:self.end]

    def __repr__(self) -> str:
        return f"Cand({self.kind.value}:{self.surface!r} name={self.name!r} key={self.key})"


def _is_code(t: Tok) -> bool:
    """An alphanumeric designation: K1, T-4, H3."""
    return t.word and any(c.isdigit() for c in t.text) and any(c.isalpha() for c in t.text) and t.text[0].isupper()


def _is_elided(t: Tok) -> bool:
    """A name word after an elided French or Italian particle: ``d'Aquin``, ``d’Estaing``, ``l'Ouest``."""
    lo = t.text
    return t.word and len(lo) > 3 and lo[:1] in "dlDL" and lo[1:2] in ("'", "’") and lo[2:3].isupper()


def _is_number_name(t: Tok) -> bool:
    """A bare number that can designate a base after its head noun (``Air Base 201``): not a year."""
    return t.text.isdigit() and len(t.text) <= 4 and not (len(t.text) == 4 and t.text[:2] in ("19", "20"))


def _is_ordinal(t: Tok) -> bool:
    return is_ordinal_word(t.low)


def is_ordinal_word(lo: str) -> bool:
    """``3rd``, ``101st``: a number in its ordinal form (lower case)."""
    return lo[:1].isdigit() and lo.endswith(("st", "nd", "rd", "th")) and lo[:-2].isdigit()
