"""The small Arabic gazetteer and the extractor over it, shared by the Arabic extractor tests
(sentences written for the tests; none is taken from a real article). The gazetteer is built here,
so the tests do not move when the project's gazetteer grows: countries with their demonyms and
national forces, a few cities and provinces, one coalition, one armed group, one base with a
short name. Every other name must be found from how Arabic names things."""
from __future__ import annotations

import pytest

from kg.extract import Resources
from kg.extract.arabic import ArabicExtractor
from kg.extract.gazetteer import Entry, Gazetteer
from kg.extract.lexicon import load_lexicon
from kg.model import Article, Kind


def _place(key, label, demonyms=(), names=(), located_in=None):
    return Entry(Kind.PLACE, key, labels={"ar": label}, names=[(n, "ar") for n in names],
                 demonyms=[(d, "ar") for d in demonyms], located_in=located_in)


def _force(key, label, place=None, names=()):
    return Entry(Kind.FORCE, key, labels={"ar": label}, names=[(n, "ar") for n in names],
                 national_force_of=place)


def _gazetteer() -> Gazetteer:
    return Gazetteer([
        _place("libya", "ليبيا", ["ليبي", "ليبية"]),
        _place("italy", "إيطاليا", ["إيطالي", "إيطالية"]),
        _place("uk", "بريطانيا", ["بريطاني", "بريطانية"]),
        _place("iraq", "العراق", ["عراقي", "عراقية"]),
        _place("jordan", "الأردن", ["أردني", "أردنية"]),
        _place("sudan", "السودان", ["سوداني", "سودانية"]),
        _place("usa", "الولايات المتحدة", ["أمريكي", "أمريكية", "أميركي", "أميركية"]),
        _place("turkey", "تركيا", ["تركي", "تركية"]),
        _place("tripoli", "طرابلس", located_in="libya"),
        _place("misrata", "مصراتة", located_in="libya"),
        _place("sirte", "سرت", located_in="libya"),
        _place("jufra", "الجفرة", located_in="libya"),
        _place("houn", "هون", located_in="libya"),
        _place("basra", "البصرة", located_in="iraq"),
        _place("anbar", "الأنبار", located_in="iraq"),
        _force("libyan_army", "الجيش الليبي", "libya"),
        _force("italian_forces", "القوات الإيطالية", "italy"),
        _force("british_forces", "القوات البريطانية", "uk"),
        _force("iraqi_forces", "القوات العراقية", "iraq"),
        _force("sudanese_forces", "القوات السودانية", "sudan"),
        _force("us_forces", "القوات الأمريكية", "usa"),
        _force("coalition", "التحالف الدولي", None, ["التحالف الدولي ضد داعش"]),
        _force("isis", "داعش", None, ["تنظيم الدولة"]),
        Entry(Kind.BASE, "h3", labels={"ar": "قاعدة إتش 3"}, names=[("H3", "ar")], short_names=[("الرطبة", "ar")]),
        Entry(Kind.ORGANIZATION, "un", labels={"ar": "الأمم المتحدة"}),
    ])


def extractor(gazetteer: Gazetteer | None = None):
    """``text -> Extraction`` over ``gazetteer`` (the small one by default)."""
    res = Resources({"gazetteer": gazetteer or _gazetteer(), "lexicon:ar": load_lexicon("ar")})
    ext = ArabicExtractor(res)
    return lambda text: ext(Article(source="test.txt", text=text, lang="ar"))


@pytest.fixture(scope="module")
def extract():
    return extractor()


def speaker_of(statement) -> str:
    """A statement's speaker as folded text ("" when it has none), for the statement tests."""
    from kg.normalise import fold
    sp = statement.speaker
    return fold(sp.name or sp.surface) if sp is not None else ""


def statements_of(ex) -> list:
    """(speaker as written, words) of every statement: what a failing statement test shows."""
    return [(s.speaker.surface if s.speaker else None, s.quote) for s in ex.statements]


def plain(text: str) -> str:
    """Folded words without the punctuation and quotation marks between them."""
    import re
    from kg.normalise import fold
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def said(ex, words: str) -> list:
    """The statements whose words contain ``words`` (compared as :func:`plain` text)."""
    return [s for s in ex.statements if plain(words) in plain(s.quote)]


def said_by(ex, words: str, speaker: str) -> bool:
    """Whether ``speaker`` (folded) is credited with a statement containing ``words``."""
    from kg.normalise import fold
    return any(fold(speaker) in speaker_of(s) for s in said(ex, words))


def mention_keys(ex, kind: Kind = Kind.FORCE) -> list:
    return [m.key for m in ex.mentions if m.kind is kind]


def mention_surfaces(ex, kind: Kind = Kind.FORCE) -> list:
    """Surfaces of one kind of mention, folded and stripped."""
    from kg.normalise import fold
    return [fold(m.surface).strip() for m in ex.mentions if m.kind is kind]
