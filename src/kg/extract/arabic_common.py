"""What the Arabic mention rules share: the internal mention (:class:`M`) and the tag sets that
say which words may or may not be part of a name."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Kind


@dataclass(eq=False, slots=True)
class M:
    """A mention inside the extractor (turned into a :class:`~kg.model.Mention` at the end)."""

    kind: Kind | None          # None: a place, a news outlet or an anonymous source
    a: int                     # tokens [a, b)
    b: int
    start: int                 # original offsets (may reach past the last token: closing marks)
    end: int
    cat: str                   # gaz | national | named | anaphor | place | media | anon | person
    key: str | None = None
    name: str | None = None
    place: str | None = None   # place key of a national force / of a place mention
    head: str = ""             # head noun without article (anaphora: اللجنة -> the last لجنة)
    ident: frozenset[str] = frozenset()   # name words that identify it within the article
    items: int = 1             # >1: one item of a list of bases
    list_id: int = -1
    role: str | None = None
    aff: "M | None" = None
    group: int = -1
    country: bool = False      # a country-level place
    extra: dict = field(default_factory=dict)


def base_head(m: M) -> str:
    """The head noun a base was named under (معسكر for معسكر X), also when its name comes back
    alone (X: the same base)."""
    if m.head or "same_as" not in m.extra:
        return m.head
    return m.extra["same_as"].head


LATIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def latin(word: str) -> bool:
    return all(c in LATIN for c in word)


FORCE_HEADS = frozenset({"FH_STRONG", "FH_WEAK", "FH_DEM", "FH_PLACE", "FH_UNIT"})
BASE_HEADS = frozenset({"BH_SING", "BH_DUAL", "BH_PLUR"})
BLOCKERS = frozenset({"MEDIA", "ANON"})


def conjoined(word: str) -> bool:
    """والقصر، وقاعدة: a conjunction opening the next noun phrase, not a word of this name."""
    return word.startswith("وال") and len(word) > 4


# tokens where a mention may start (the rest of the article is skipped quickly)
ANCHORS = FORCE_HEADS | BASE_HEADS | BLOCKERS | {"ORG_HEAD", "TYPO", "ORDINAL"}
# words that are never part of a proper name (of a force, a base, a person)
NOT_NAME_TAGS = frozenset({"TRIGGER", "LOCALITY", "TIME", "FUNC", "SPEECH", "PARTICIPLE", "COMPL", "RANK", "TITLE",
                           "ROLE", "MEDIA", "PASSIVE", "MODAL", "NOT_NAME", "ATTR_PREP", "STMT_NOUN", "FH_STRONG",
                            "BH_SING", "BH_PLUR", "BH_DUAL", "ORG_HEAD", "LIST_OPEN", "DEST", "NEG",
                            "FUTURE_VERB", "TROOP_NOUN", "EQUIP"})
NOT_BASE_NAME = (NOT_NAME_TAGS - {"ORG_HEAD"}) | {"B_ADJ", "B_GENERIC", "F_GENERIC", "LOCALITY", "B_LOC", "GIVEN",
                                                 "ANON", "FH_WEAK", "FH_DEM", "VN"}
STOP_IN_FORCE = frozenset({"TRIGGER", "FUNC", "SPEECH", "PARTICIPLE", "COMPL", "RANK", "TITLE", "BH_SING", "BH_PLUR",
                            "BH_DUAL", "MEDIA", "PASSIVE", "NEG", "DEST", "LIST_OPEN", "ATTR_PREP", "TROOP_NOUN"})
STOP_IN_ORG = frozenset({"TRIGGER", "FUNC", "SPEECH", "PARTICIPLE", "COMPL", "RANK", "TITLE", "BH_PLUR",
                          "MEDIA", "PASSIVE", "NEG", "DEST", "LIST_OPEN", "ATTR_PREP", "FH_STRONG"})
STOP_LIST = frozenset({"TRIGGER", "FUNC", "SPEECH", "PARTICIPLE", "COMPL", "PASSIVE", "MODAL", "NEG", "FH_STRONG",
                        "FH_WEAK", "RANK", "TITLE", "MEDIA", "ATTR_PREP", "ORG_HEAD", "FUTURE_VERB"})
NAME_LIKE_WEAK = frozenset({"تنظيم", "حركه", "جماعه"})
ENUM_LINKS = frozenset({"وصولا", "مرورا", "انتهاء", "وانتهاء", "حتي", "وحتي"})
AGENTS = (Kind.FORCE, Kind.ORGANIZATION)    # the kinds that give, receive or leave a base
RELATIVES = frozenset({"التي", "الذي", "اللذين", "اللتين", "الذين", "اللذان", "اللتان"})   # relative pronouns
KANA = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})   # the past of كان (clitics peeled)
