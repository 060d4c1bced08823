"""Date expressions in Arabic and English news: calendar dates, weekdays, relative days.

Public API (stable: the language extractors code against it)::

    find_dates(text, lang, lexicon, *, anchor=None, context_year=None) -> list[DateValue]
    find_weekdays(text, lang, lexicon) -> list[tuple[int, Span]]      # 0 = Monday
    context_year_of(text, lang, lexicon) -> int | None
    publication_date(text, lang, lexicon) -> DateValue | None

``text`` is the article text exactly as read (every :class:`~kg.model.Span` indexes it);
``lexicon`` is ``load_lexicon(lang)``. The language knowledge is the ``date_*`` keys of
``data/lang/<lang>/dates.json`` (month names of both Arabic systems and the Maghrebi ones,
weekday names, relative expressions, cue words, publication labels); ``number_words`` of
``numbers.json`` gives the counts of "قبل ثلاثة أيام" / "three days ago".

find_dates returns, in text order, one :class:`~kg.model.DateValue` per date expression:

* day + month names, alone or paired (``29 آذار``, ``آذار/ مارس``, ``26ك1 ديسمبر``,
  ``March 26, 2020``, ``Aug. 23``, ``٢٢ / يناير / ٢٠٢٥``), with a weekday in front
  (``الأحد 29 آذار 2020``), a day range (``13- 15 نوفمبر``: the END day is the value, the span
  covers the range), ``الماضي``/``last``/``العام الماضي`` qualifiers;
* numeric dates ``29/3/2020``, ``2020-03-29``, ``29.03.2020`` (``.``/``-``: day first; ``/`` with
  both parts <= 12: a weekday next to it decides, else the language's
  ``date_numeric_slash_default``, else month and day stay None);
* ordinal day words before a month (``التاسع من أيلول/سبتمبر 2023``, ``في الحادي والعشرين من آذار``,
  ``the seventh of July``; not ``النصف الثاني من آذار``);
* month + year, a month alone (``في فبراير``; ambiguous words such as مارس/May need a cue), a
  part of a month (``منتصف آذار``, ``أواخر مارس``, ``mid-March``: month only, the span covers the
  part word) and cued years (``عام 2021``, ``in 2019``): month/day None;
* Hijri dates (``5 ذو الحجة 1445 هـ``) are recognised as spans (so their numbers are not read as
  anything else, and a dateline carrying both calendars yields the Gregorian date) but not
  converted: find_dates gives no value for them;
* relative expressions (اليوم، أمس، قبل يومين، الأسبوع الماضي، الشهر الماضي، الـ15 من الشهر
  الجاري، "yesterday", "last Wednesday", "the 15th of this month", a weekday alone = the most
  recent on or before ``anchor``) ONLY when ``anchor`` (the publication date) is given; vague
  ones (قبل أيام، "a few days ago") never. A week resolves to its month when it lies in one.
  A weekday tied to "today"/"yesterday" (``اليوم السبت``, ``أمس الإثنين``, ``yesterday, Monday``)
  resolves to that day when the weekday agrees; a day's lag between writing and publication is
  allowed (the most recent such weekday on or one day before it); a weekday that disagrees more
  gives no date.

Year of a date without one: a stated year wins; else a weekday next to the date fixes it when
exactly one year of the window (context_year +-1, else anchor's year -1..+1, else the years the
text states +-1) matches (none matching: the year stays None); else the nearest year to
``anchor``; else ``context_year`` (a day-month across New Year from the text's dated events
takes the neighbouring year); else None. ``year_inferred`` is True whenever the year was not
stated. Anchor-resolved relative dates are not marked inferred.

The work is split over modules: :mod:`~kg.extract.textscan` (folding with an offset map, trie
regexes, look-back phrases; shared with :mod:`~kg.extract.quantities`), :mod:`~kg.extract.datelex`
(the language's date knowledge compiled), :mod:`~kg.extract.datescan` (finding the expressions),
:mod:`~kg.extract.pubdate` (page furniture and the publication date) and this module (resolving
and the public API).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

from ..model import DateValue, Span
from .datelex import Hit, clear_caches, compiled, valid, value
from .datescan import scan
from .pubdate import page_context, publication
from .textscan import Folded, Phrases, folded, key, letters_before, trie_alternatives, trie_regex, \
    trigger_patterns, triggers

_REL_OFFSETS = {"-1y": -1, "0y": 0, "+1y": 1}


# --- resolving -----------------------------------------------------------------------------------

def _day(y: int, m: int, d: int | None) -> dt.date | None:
    try:
        return dt.date(y, m, d or 15)
    except ValueError:
        return None


def _infer_year(h: Hit, anchor: dt.date | None, cy: int | None, text_years: set[int],
                refs: list[dt.date]) -> int | None:
    m, d = h.month, h.day
    if h.rel in _REL_OFFSETS:                       # آب العام الماضي: relative to publication
        return anchor.year + _REL_OFFSETS[h.rel] if anchor else None
    if d and h.weekday is not None:
        if cy:
            window = range(cy - 1, cy + 2)
        elif anchor:
            window = range(anchor.year - 1, anchor.year + 2)
        else:
            window = sorted({y + k for y in text_years for k in (-1, 0, 1)})
        if window:
            ok = [y for y in window if valid(y, m, d) and dt.date(y, m, d).weekday() == h.weekday]
            if len(ok) == 1:
                return ok[0]
            if not ok:
                return None
    if anchor:
        years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _day(y, m, d)]
        now = (anchor.year, anchor.month, anchor.day if d else 0)
        if h.rel == "past":
            return max([y for y in years if (y, m, d or 0) < now] or years)
        if h.rel == "next":
            return min([y for y in years if (y, m, d or 0) > now] or years)
        return min(years, key=lambda y: (abs((_day(y, m, d) - anchor).days), -y))
    if cy:
        if refs and _day(cy, m, d):
            def dist(y: int) -> tuple[int, int]:
                t = _day(y, m, d)
                return min((abs((t - r).days), r.year) for r in refs) if t else (10 ** 6, 0)
            if dist(cy)[0] > 183:
                for alt in (cy - 1, cy + 1):
                    gap, ref_year = dist(alt)
                    if gap < 92 and ref_year != alt:
                        return alt
        return cy
    return None


def _relative(h: Hit, anchor: dt.date) -> tuple[int | None, int | None, int | None]:
    if h.kind == "weekday":
        if h.offset:                                # أمس الإثنين: that day, if the weekday agrees
            base = anchor + dt.timedelta(days=h.offset[1])
            back = (base.weekday() - h.weekday) % 7
            if back > 1:
                return None, None, None
            t = base - dt.timedelta(days=back)
            return t.year, t.month, t.day
        back = (anchor.weekday() - h.weekday) % 7
        if h.rel == "past" and back == 0:
            back = 7
        if h.rel == "next":
            back = -((h.weekday - anchor.weekday()) % 7 or 7)
        t = anchor - dt.timedelta(days=back)
        return t.year, t.month, t.day
    unit, k = h.offset
    if unit == "days":
        t = anchor + dt.timedelta(days=k)
        return t.year, t.month, t.day
    if unit == "weeks":
        first = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=k)
        last = first + dt.timedelta(days=6)
        if first.year != last.year:
            return None, None, None
        return first.year, (first.month if first.month == last.month else None), None
    if unit == "months":
        t = anchor.year * 12 + anchor.month - 1 + k
        y, m = t // 12, t % 12 + 1
        return (y, m, h.day) if valid(y, m, h.day) else (None, None, None)
    return anchor.year + k, None, None


# --- public API ----------------------------------------------------------------------------------

def find_dates(text: str, lang: str, lexicon: dict, *, anchor: dt.date | None = None,
               context_year: int | None = None) -> list[DateValue]:
    """Every date expression in ``text`` resolved as far as the text (and ``anchor``, the
    publication date, and ``context_year``) allows; see the module doc."""
    C = compiled(lexicon)
    ctx = page_context(text, C)
    years = refs = None
    out = []
    for h in ctx.hits:
        if h.kind == "date":
            y, inferred = h.year, False
            if y is None and h.month:
                if years is None:
                    years, refs = ctx.years, ctx.refs
                y = _infer_year(h, anchor, context_year, years, refs)
                inferred = y is not None
            if h.month and y and not valid(y, h.month, h.day):
                y, inferred = None, False
            out.append(value(ctx.f, h, y, h.month, h.day, inferred))
        elif h.kind == "year":
            out.append(value(ctx.f, h, h.year, None, None))
        elif anchor is not None and h.kind in ("weekday", "relative", "ago"):
            y, m, d = _relative(h, anchor)
            if y:
                out.append(value(ctx.f, h, y, m, d))
    return out


def find_weekdays(text: str, lang: str, lexicon: dict) -> list[tuple[int, Span]]:
    """Weekday names (0 = Monday) that are not part of a calendar date expression
    (``يوم الأحد``, ``الخميس الماضي``, ``on Sunday``); a weekday inside ``الأحد 29 آذار`` is
    used by :func:`find_dates` to check or fix that date instead."""
    f, hits = scan(text, compiled(lexicon))
    return [(h.weekday, Span(*f.span(h.ns, h.ne))) for h in hits if h.kind == "weekday"]


def context_year_of(text: str, lang: str, lexicon: dict) -> int | None:
    """The year the article's context implies: the publication year when the text states it,
    else the most frequent explicit year 1990-2035 in date expressions and cued phrases
    (بداية 2020، عام 2021، in 2019; a deadline 'by 2025' counts half, page furniture not at
    all); a tie goes to the latest year. None if the text states no year."""
    pub = publication_date(text, lang, lexicon)
    if pub is not None:
        return pub.year
    ctx = page_context(text, compiled(lexicon))
    votes: Counter = Counter()
    for i, h in enumerate(ctx.hits):
        if h.kind in ("date", "year") and h.year and 1990 <= h.year <= 2035 and i not in ctx.furniture:
            votes[h.year] += 0.5 if h.deadline else 1.0
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0] if votes else None


def publication_date(text: str, lang: str, lexicon: dict) -> DateValue | None:
    """The article's publication date when the text states it: after a label (نشر في، تاريخ
    النشر، آخر تحديث، Published, Updated), as a date-and-time stamp line near the top
    (``2 June 2023 08:15 GMT``), in a dateline opening the body (``بغداد - 12 آذار 2020:``,
    ``CITY, Country (AP) — July 5, 2021``), or as a date alone on a line near the top
    (``الأحد 12 أيار 2024`` under the headline). A date line among the site's navigation or
    contradicting the body, and a date inside a related-articles list, is not one (see
    :mod:`kg.extract.pubdate`). Only full dates with a stated year; None when unsure."""
    C = compiled(lexicon)
    key_ = ("pub", text)
    if key_ not in C.scan_cache:
        C.scan_cache[key_] = publication(C, page_context(text, C))
    return C.scan_cache[key_]


def date_spans(text: str, lexicon: dict) -> list[tuple[int, int]]:
    """Folded-text spans of every date-like expression, relative, vague and Hijri ones included
    (for :mod:`kg.extract.quantities`, which must not read their numbers as quantities)."""
    _, hits = scan(text, compiled(lexicon))
    return [(h.ns, h.ne) for h in hits]


# the scanning helpers kg.extract.quantities imports from here (they live in textscan)
_SHARED = (Folded, Phrases, folded, key, letters_before, trie_alternatives, trie_regex, trigger_patterns, triggers,
           clear_caches)

__all__ = ["find_dates", "find_weekdays", "context_year_of", "publication_date"]
