"""A small invented corpus (Camp Example, Fort Sample) as extractions, built by kg.build.

The examples' graph is thin while extraction is being written; these three articles give the
queries something of every kind to find: handovers with dates, forces, troops and equipment
values (two sources disagreeing: 1.1 vs 1.0 million dollars), statements with speakers, people
with roles and affiliations, and holding periods. The facts are made up; only the shape matters.
Spans are found in the text, so each claim's quoted words are the article's own.
"""
from __future__ import annotations

from decimal import Decimal

from kg.model import (Article, DateValue, Extraction, HandoverClaim, Kind, Mention, Quantity, Span,
                      StatementClaim)

EN1 = ("Coalition hands Camp Example to Iraqi army\n\n"
       "On 17 March 2020 the coalition handed over Camp Example to the Iraqi army. "
       "About 300 troops left the camp, and equipment worth $1.1 million was left behind. "
       "Colonel Jane Doe, spokesperson of the coalition, said: \"The Iraqi army is ready to secure Camp Example.\"")

AR1 = ("التحالف يسلم معسكر المثال للجيش العراقي\n\n"
       "سلّم التحالف الدولي معسكر المثال إلى الجيش العراقي يوم 17 آذار 2020، وترك معدات بقيمة مليون دولار. "
       "وقال العقيد جين دو المتحدثة باسم التحالف: \"الجيش العراقي جاهز لتأمين المعسكر\".")

EN2 = ("Border Guard takes over Camp Example; Fort Sample handed to the ministry\n\n"
       "On 10 January 2021 the Iraqi army handed Camp Example to the Border Guard. "
       "On 1 June 2021 the Iraqi army handed over Fort Sample to the Ministry of Defence. "
       "Brigadier Omar Test of the Iraqi army said the handover of Fort Sample went smoothly.")


def _m(text: str, kind: Kind, surface: str, nth: int = 0, **kw) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(kind, surface, Span(start, start + len(surface)), **kw)


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


def _date(text: str, words: str, y: int, m: int, d: int) -> DateValue:
    return DateValue(y, m, d, _span(text, words), words)


def extractions() -> list[Extraction]:
    out = []

    a = Article(source="sample/en-camp-example.txt", text=EN1, lang="en")
    coalition = _m(EN1, Kind.FORCE, "coalition", 0, key="sample-coalition")
    army = _m(EN1, Kind.FORCE, "Iraqi army", 1, key="iraqi-army-sample")
    camp = _m(EN1, Kind.BASE, "Camp Example", 1, key="camp-example")
    doe = _m(EN1, Kind.PERSON, "Jane Doe", name="Jane Doe", role="Colonel",
             affiliation=_m(EN1, Kind.FORCE, "coalition", 1, key="sample-coalition"))
    claim = HandoverClaim(base=camp, span=_span(EN1, "the coalition handed over Camp Example to the Iraqi army"),
                          trigger="handed over", from_force=coalition, to_force=army,
                          date=_date(EN1, "17 March 2020", 2020, 3, 17),
                          troops=Quantity(Decimal(300), _span(EN1, "About 300 troops"), "About 300 troops",
                                          qualifier="about", unit="troops"),
                          equipment_usd=Quantity(Decimal("1100000"), _span(EN1, "$1.1 million"), "$1.1 million",
                                                 unit="USD"))
    quote = "The Iraqi army is ready to secure Camp Example."
    st = StatementClaim(quote=quote, span=_span(EN1, quote), kind="direct", speaker=doe,
                        about=_m(EN1, Kind.BASE, "Camp Example", 2, key="camp-example"), about_handover=0)
    out.append(Extraction(a, mentions=[coalition, army, camp, doe], handovers=[claim], statements=[st]))

    a = Article(source="sample/ar-camp-example.txt", text=AR1, lang="ar")
    coalition = _m(AR1, Kind.FORCE, "التحالف الدولي", key="sample-coalition")
    army = _m(AR1, Kind.FORCE, "الجيش العراقي", 1, key="iraqi-army-sample")
    camp = _m(AR1, Kind.BASE, "معسكر المثال", 1, key="camp-example")
    doe = _m(AR1, Kind.PERSON, "جين دو", name="Jane Doe", role="العقيد",
             affiliation=_m(AR1, Kind.FORCE, "التحالف", 2, key="sample-coalition"))
    claim = HandoverClaim(base=camp, span=_span(AR1, "سلّم التحالف الدولي معسكر المثال إلى الجيش العراقي"),
                          trigger="سلّم", from_force=coalition, to_force=army,
                          date=_date(AR1, "17 آذار 2020", 2020, 3, 17),
                          equipment_usd=Quantity(Decimal("1000000"), _span(AR1, "مليون دولار"), "مليون دولار",
                                                 unit="USD"))
    quote = "الجيش العراقي جاهز لتأمين المعسكر"
    st = StatementClaim(quote=quote, span=_span(AR1, quote), kind="direct", speaker=doe, about=camp,
                        about_handover=0)
    out.append(Extraction(a, mentions=[coalition, army, camp, doe], handovers=[claim], statements=[st]))

    a = Article(source="sample/en-border-guard.txt", text=EN2, lang="en")
    army1 = _m(EN2, Kind.FORCE, "Iraqi army", 0, key="iraqi-army-sample")
    guard = _m(EN2, Kind.FORCE, "Border Guard", 1, name="Border Guard")
    camp = _m(EN2, Kind.BASE, "Camp Example", 1, key="camp-example")
    army2 = _m(EN2, Kind.FORCE, "Iraqi army", 1, key="iraqi-army-sample")
    fort = _m(EN2, Kind.BASE, "Fort Sample", 1, name="Fort Sample")
    ministry = _m(EN2, Kind.ORGANIZATION, "Ministry of Defence", 0, name="Ministry of Defence")
    test = _m(EN2, Kind.PERSON, "Omar Test", name="Omar Test", role="Brigadier",
              affiliation=_m(EN2, Kind.FORCE, "Iraqi army", 2, key="iraqi-army-sample"))
    c1 = HandoverClaim(base=camp, span=_span(EN2, "the Iraqi army handed Camp Example to the Border Guard"),
                       trigger="handed", from_force=army1, to_force=guard,
                       date=_date(EN2, "10 January 2021", 2021, 1, 10))
    c2 = HandoverClaim(base=fort, span=_span(EN2, "the Iraqi army handed over Fort Sample to the Ministry of Defence"),
                       trigger="handed over", from_force=army2, to_force=ministry,
                       date=_date(EN2, "1 June 2021", 2021, 6, 1))
    words = "the handover of Fort Sample went smoothly"
    st = StatementClaim(quote=words, span=_span(EN2, words), kind="reported", speaker=test,
                        about=_m(EN2, Kind.BASE, "Fort Sample", 2, name="Fort Sample"), about_handover=1)
    out.append(Extraction(a, mentions=[army1, guard, camp, army2, fort, ministry, test], handovers=[c1, c2],
                          statements=[st]))
    return out


def build():
    """The sample corpus resolved and built: an rdflib Dataset with named graphs."""
    from kg.pipeline import resolve_and_build

    _, ds = resolve_and_build(extractions())
    return ds
