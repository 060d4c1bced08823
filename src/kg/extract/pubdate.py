"""The page around the dates: page furniture, related-article lists, and the publication date
(internal to :mod:`kg.extract.dates`, which exports :func:`publication_date`).

Where a news page states its publication date, in order of trust:

1. after a label (نشر في، تاريخ النشر، آخر تحديث، Published, Updated), past a Hijri date
   between them (``آخر تحديث: الخميس 28/10/1442 هـ - الموافق 9/6/2021 م``) and a time
   (``Published 11:52 a.m. ET, Tuesday, May 6, 2014``); a bare label (Date, Dated, بتاريخ) only
   opening a line with nothing but a time after its date (``Date: 14.02.2019``);
2. a date-and-time stamp alone on a line near the top (``2 June 2023 08:15 GMT``), or as the
   last segment of a byline (``Site: Author | الجمعة 2 يونيو 2017, 11:15``);
3. a dateline opening the body: a place (and an agency credit), then the date, then a dash,
   a colon or the end of the line (``بغداد - 12 آذار 2020:``, ``CITY, Country (AP) — July 5, 2021``,
   ``مدينة - الجمعة 2 تموز 2021 (أ ف ب)``, ``مدينة – الخميس 9 صفر 1440هـ الموافق 18 تشرين الأول 2018``),
   or the date first and the place in brackets (``April 16, 2023 (KHARTOUM) –``), or the place and
   the date with no mark between them when an agency credit or a dash follows (``كسلا 9-6-2021 (سونا) -``,
   ``الناصرية (العراق) 21-9-2006 (أ ف ب) -`` with the region in brackets before a credit).
   A wire's credit may stand after the date instead of a dash (``الدوحة في 9 أكتوبر 2009 /قنا/``,
   ``WASHINGTON, Oct. 9, 2009 /PRNewswire/ --``), and the date may sit in brackets after the place
   (``WASHINGTON (Oct. 9, 2009) --``).
   A byline or the outlet's name beside the date is read the same way (``By Kabul Times - Sun Oct
   27 2013, 3:40 pm``, ``Written by X on March 3, 2019``, ``Daily Planet • March 3, 2019``,
   ``March 3, 2019 | Jane Doe``, ``By Sgt. Jane Doe March 3, 2019``, a masthead ``الحياة - العدد
   11911 - الأربعاء 27 أيلول 1995``), and so is the date opening the body's first paragraph
   (``3 March 2019 — The army …``);
   A stamp may go on with the page's segments: ``Mar. 22, 2014, 11:47 p.m. | Ukraine — by Staff``
   (the shapes of datelines and bylines are in :mod:`kg.extract.pubshapes`);
4. a date alone on a line near the top (``الأحد 12 أيار 2024``, ``12/05/2024``), the form most
   Arabic sites print under the headline or byline;
5. a date opening a line under the headline with the story's section after it
   (``28 February 2024 Peace and Security``);
6. failing all of these, the transmission stamp closing a wire's copy (``AFP 240712 GMT MAY 00``);
   a year-less dateline (``HANOI, May 24 (AFP) -``) a day or less from it keeps its day and takes
   the stamp's year. A year-less dateline takes no year from anywhere else.

A stamp line may print the same moment in two zones (``September 17. 2009 12:00AM UAE /
September 16. 2009 8:00PM GMT``): the stamp opening the line is taken. A full stop may stand for the
comma before a top line's year (``September 17. 2009``); French-style stamps of Maghreb sites
(``Publié le 17/09/2009 à 10h32``) read like the others.

Beside the date, a page's notes (an issue number, a reading time, a view count, a credit
segment, a zone named by its city: ``| 4 min read``, ``العدد 8250``, ``| Source: Reuters``,
``بتوقيت القدس``; see :mod:`kg.extract.pubnotes`) count as nothing. On a stamp line, a date after
an "Updated" label is the update, the stamp opening the line the publication.

ISO stamps (``2019-03-04T10:32:00Z``) and the colon stamps some Arabic sites print
(``2017:04:20.09:15``) count as date-and-time stamps. A numeric date that reads either way round
(``04/03/2019``) takes the order that puts the body's own dates in the fortnight before it.

"Near the top" is among the first lines and before the body's paragraphs. A Hijri date on the
same line (``5 ذو الحجة 1445 هـ - 9 حزيران 2024 م``) is part of the line; the Gregorian date is taken.

A date line (2 or 4) is **page furniture**, not the publication date, when

* it says "today" (``اليوم الأحد 14 أيار 2017``): the reader's "today" widget;
* it sits among the site's navigation: a neighbouring line is made of navigation words (logo,
  search, login, menu, dark mode / الوضع الليلي ...: ``date_page_navigation``), or a run of menu
  items (three or more one- or two-word lines) ends right above it: the reader's "today" widget
  sits in the site's header, before the headline;
* or it contradicts the body: the body's "today"/"yesterday" with a weekday (اليوم الأحد،
  أمس الإثنين، today, Monday) names another weekday than the line's date (a day's lag between
  writing and publishing allowed), or a sentence that says "today"/"yesterday" holds, within a
  few words of it, a full date a year or more before the line's date while no date of the body
  lies near it (further on in the sentence, the date is history the story recalls).

Dates inside related-article lists (a marker line such as "اقرأ أيضاً" / "Related", and the block
after a marker standing alone on its line) are furniture too. Only full dates with a stated year
are publication dates; two different dates of the same kind give None.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..model import DateValue
from .datelex import DateLang, Hit, valid, value
from .datescan import scan
from .pubnotes import LABEL_WORDS, stamp_rest, today, without_notes
from .pubshapes import byline, dateline, section
from .textscan import Folded, letters_before

TOP_LINES = 10          # the lines a date line or dateline may stand on ...
LONG_LINE = 25          # ... with at most one line of this many words (a standfirst) before it
_MENU_RUN = 3           # this many one- or two-word lines in a row are a menu
_ITEM_SPLIT = re.compile(r"\s*(?:[|•·»>/\\]|\s{2,}|\t)\s*")
_NO_MENU = re.compile(r"[0-9:.،,؟?!\"«»“”()\[\]]")
# a numeric date either way round (04/03/2019): ordered by the body's dates at most this many days before it
_REPORT_LAG = 14
_NUMERIC = re.compile(r"(?:[^\d]*?)(?P<a>[0-3]?[0-9])\s?[/.\-]\s?(?P<b>[0-3]?[0-9])\s?[/.\-]\s?(?:19|20)[0-9]{2}")
# the stamp some Arabic sites print: 2017:04:20.09:15 (year:month:day.hour:minute), which the date
# scanner does not read as a date (colons separate a time's parts)
_COLON_STAMP = re.compile(r"(?<![0-9:])(?P<y>(?:19|20)[0-9]{2}):(?P<m>[01]?[0-9]):(?P<d>[0-3]?[0-9])"
                          r"(?=[.\sT]+[0-9]{1,2}:[0-9]{2}(?![0-9]))")
_WIRE_STAMP = re.compile(r"(?m)^[ \t]*(?:[^\W\d_]{2,12}[ \t]+)?(?P<d>[0-3][0-9])[0-2][0-9][0-5][0-9][ \t]+(?:gmt|utc)"
                         r"[ \t]+(?P<m>[^\W\d_]{3,9})\.?[ \t]+(?P<y>[0-9]{2}|(?:19|20)[0-9]{2})[ \t]*$")
_STOPPED_YEAR = re.compile(r"\.[ \t]?(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
# a Hijri date in digits (29/6/1424 هـ): a year of the 1300s or 1400s with the era's letter
_NUMERIC_HIJRI = re.compile(r"(?<![0-9])[0-3]?[0-9]\s?/\s?[01]?[0-9]\s?/\s?1[34][0-9]{2}\s*ه(?![^\W\d_])")
_SEGMENT_STARTS = ("", "/", "|", "•", "·")       # a stamp line's segment opens the line or follows one of these
_SEGMENT_END = re.compile(r"[|•·\n]")
_LABEL_MARKS = set("\n|•·/-–—:")         # a page's label stands after one of these (or at the text's start)
_SENTENCE_END = ".!?؟\n"
# a full date in a "today" sentence dates the day of writing only in the deictic word's own clause
# ("said today the troops left on 3 May 2019"); further on it is history the story recalls ("left
# yesterday, ending a presence that began when ... on 17 September 1939")
_DEIXIS_REACH = 10
_BLANK = " \t\r\u00a0"


class TopLine(NamedTuple):
    """One of the first non-blank lines of the folded text (``[start, end)`` without the white
    space around it)."""

    start: int
    end: int
    words: int


@dataclass(frozen=True)
class PageContext:
    f: Folded
    hits: list[Hit]
    furniture: frozenset[int]       # indexes of hits that are page furniture
    cut: int                        # start of a related-articles block (or len)
    related: tuple                  # (start, end) of lines opened by a related marker
    top: tuple[TopLine, ...]
    lines: dict                     # hit index -> (before, after, alone, has_time) of a date on a top line

    @property
    def years(self) -> set[int]:
        return {h.year for i, h in enumerate(self.hits) if h.kind in ("date", "year") and h.year
                and i not in self.furniture}

    @property
    def refs(self) -> list[dt.date]:
        return [dt.date(h.year, h.month, h.day or 15) for i, h in enumerate(self.hits)
                if h.kind == "date" and h.year and h.month and i not in self.furniture and valid(h.year, h.month, h.day)]


def _top_index(top: tuple[TopLine, ...], pos: int) -> int | None:
    """Index in ``top`` of the line holding ``pos``; None past the top lines or the body's start."""
    long_lines = 0
    for k, ln in enumerate(top):
        if ln.start <= pos <= ln.end:
            return k
        long_lines += ln.words >= LONG_LINE
        if long_lines > 1:
            return None
    return None


def _top_lines(s: str) -> tuple[TopLine, ...]:
    """The first non-blank lines, up to :data:`TOP_LINES`, or to the second long one (the body)."""
    out: list[TopLine] = []
    pos, n, long_lines = 0, len(s), 0
    while pos < n:
        en = s.find("\n", pos)
        if en < 0:
            en = n
        st, e = pos, en
        while st < e and s[st] in _BLANK:
            st += 1
        while e > st and s[e - 1] in _BLANK:
            e -= 1
        if e > st:
            words = s.count(" ", st, e) + 1
            out.append(TopLine(st, e, words))
            long_lines += words >= LONG_LINE
            if len(out) == TOP_LINES or long_lines > 1:
                break
        pos = en + 1
    return tuple(out)


def _nav(C: DateLang, line: str) -> bool:
    """A line made of the site's navigation words (``Logo``, ``بحث | تسجيل الدخول``)."""
    items = [i for i in (x.strip(" \t-–—:*") for x in _ITEM_SPLIT.split(line)) if i]
    return bool(items) and all(" ".join(i.split()) in C.nav for i in items)


def _menu(line: str) -> bool:
    """A menu item: one or two words, no digits or sentence punctuation."""
    return line.count(" ") <= 1 and not _NO_MENU.search(line) and any(c.isalpha() for c in line)


def _among_navigation(C: DateLang, s: str, top: tuple[TopLine, ...], k: int) -> bool:
    """The line ``top[k]`` has a navigation line next to it, or a run of menu items right above it
    (below a date line, short lines are as likely the article's share buttons)."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(top) and top[j].words <= 6 and _nav(C, s[top[j].start:top[j].end]):
            return True
    run, j = 0, k - 1
    while j >= 0 and _menu(s[top[j].start:top[j].end]):
        run, j = run + 1, j - 1
    return run >= _MENU_RUN


def _beside(s: str, hits: list[Hit], i: int, st: int, en: int) -> tuple[str, str]:
    """The text before and after hit ``i`` on its line ``[st, en)``, Hijri dates taken out, and
    full dates opening a segment of their own (the same moment in another zone: ``September 17.
    2009 12:00AM UAE / September 16. 2009 8:00PM GMT``)."""
    h = hits[i]
    j = i
    while j > 0 and hits[j - 1].ns >= st:
        j -= 1
    aside = lambda x: x.kind == "hijri" or (x.kind == "date" and x.year and x.month and x.day      # noqa: E731
                                            and s[st:x.ns].rstrip()[-1:] in _SEGMENT_STARTS)
    head, pos = [], st
    for x in hits[j:i]:
        if aside(x):
            head.append(s[pos:x.ns])
            pos = x.ne
    head.append(s[pos:h.ns])
    tail, pos = [], h.ne
    for x in hits[i + 1:]:
        if x.ns >= en:
            break
        if aside(x):
            tail.append(s[pos:x.ns])
            pos = x.ne
    tail.append(s[pos:en])
    return "".join(head), "".join(tail)


def _without_hijri(s: str, hits: list[Hit], start: int, i: int) -> str:
    """The text from ``start`` to hit ``i`` with a Hijri date and its weekday taken out, in words
    (``الأربعاء 5 رجب 1445 هـ``) or in digits (``29/6/1424 هـ``, which the scanner does not read)."""
    if hits[i].ns < start:
        return ""
    parts, pos = [], start
    for x in hits:
        if start <= x.ns and x.ne <= hits[i].ns and x.kind in ("hijri", "weekday"):
            parts.append(s[pos:x.ns])
            pos = x.ne
    parts.append(s[pos:hits[i].ns])
    return _NUMERIC_HIJRI.sub(" ", "".join(parts))


def _contradicts(C: DateLang, s: str, hits: list[Hit], line_end: int, d: dt.date) -> bool:
    """The body (after the line) contradicts a date line saying ``d`` (see module doc)."""
    deictic, said, agree = [], False, False
    for h in hits:
        if h.ns < line_end:
            continue
        if h.kind == "weekday" and h.offset:
            said = True
            day = d + dt.timedelta(days=h.offset[1])
            agree = agree or (day.weekday() - h.weekday) % 7 <= 1
            deictic.append(h.ns)
        elif h.kind == "relative" and h.offset and h.offset[0] == "days" and h.offset[1] in (0, -1) and h.day is None:
            deictic.append(h.ns)
    if said and not agree:
        return True
    if not deictic:
        return False
    old = []
    for h in hits:
        if h.ns < line_end or h.kind != "date" or not (h.year and h.month) or not valid(h.year, h.month, h.day):
            continue
        t = dt.date(h.year, h.month, h.day or 15)
        if abs((t - d).days) <= 31:
            return False                                      # the body has a date near the line's
        if h.day and (d - t).days >= 365:
            old.append(h)
    for h in old:
        a = max(s.rfind(c, 0, h.ns) for c in _SENTENCE_END)
        b = min((x for x in (s.find(c, h.ne) for c in _SENTENCE_END) if x >= 0), default=len(s))
        if any(a < p < b and _words_between(s, p, h.ns) <= _DEIXIS_REACH for p in deictic):
            return True
    return False


def _words_between(s: str, a: int, b: int) -> int:
    return len(s[min(a, b):max(a, b)].split())


def _with_colon_stamps(s: str, hits: list[Hit], top_end: int) -> list[Hit]:
    """The hits plus the colon-separated stamps (``2017:04:20.09:15``) on the top lines."""
    extra = [Hit("date", m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"]))
             for m in _COLON_STAMP.finditer(s, 0, max(top_end, 0))
             if 1 <= int(m["m"]) <= 12 and valid(int(m["y"]), int(m["m"]), int(m["d"])) and int(m["d"]) >= 1]
    if not extra:
        return hits
    # the stamp's year alone may have been read as a year ("في 2017"): the stamp replaces it
    inside = lambda h: any(h.ns < x.ne and x.ns < h.ne for x in extra)     # noqa: E731
    if any(inside(h) and h.kind != "year" for h in hits):
        return hits
    return sorted([h for h in hits if not inside(h)] + extra, key=lambda h: h.ns)


def _with_stopped_years(s: str, hits: list[Hit], top_end: int) -> list[Hit]:
    """A date on the top lines whose year follows a full stop for a comma (``September 17. 2009``,
    as some sites print their stamp) takes that year; the scanner reads the day as a sentence's end."""
    out = list(hits)
    for i, h in enumerate(hits):
        if h.kind == "date" and h.month and h.day and not h.year and h.ns <= top_end:
            m = _STOPPED_YEAR.match(s, h.ne)
            if m and not any(x.ns < m.end() and x.ne > h.ne for x in hits):
                out[i] = h._replace(year=int(m["y"]), ne=m.end())
    return out


def _ordered_by_body(s: str, hits: list[Hit], top_end: int) -> list[Hit]:
    """A numeric date near the top whose day and month could be either way round (``04/03/2019``)
    takes the order under which the body's own dates fall in the fortnight before it (a page is
    published after the events it reports); left unread when both or neither do."""
    out = list(hits)
    for i, h in enumerate(hits):
        if h.kind != "date" or not h.year or h.month or h.ns > top_end:
            continue
        eol = s.find("\n", h.ne)
        body = [(x.year, x.month, x.day or 1) for x in hits if x.kind == "date" and x.month and eol >= 0 and x.ns > eol]
        m = _NUMERIC.fullmatch(s, h.ns, h.ne)
        if m is None:
            continue
        a, b = int(m["a"]), int(m["b"])
        fits = [(mo, d) for mo, d in {(b, a), (a, b)} if 1 <= mo <= 12 and 1 <= d and valid(h.year, mo, d)
                and any(valid(y or h.year, bm, bd) and 0 <= (dt.date(h.year, mo, d) - dt.date(y or h.year, bm, bd)).days
                        <= _REPORT_LAG for y, bm, bd in body)]
        if len(fits) == 1:
            out[i] = h._replace(month=fits[0][0], day=fits[0][1])
    return out


def page_context(text: str, C: DateLang) -> PageContext:
    """Hits plus page furniture: date lines among navigation or contradicting the body, and
    anything in related-article lists (a marker line, or the block after a marker standing
    alone on its line)."""
    f, hits = scan(text, C)
    got = C.scan_cache.get(("ctx", text))
    if got is not None:
        return got
    s = f.text
    related, cut = [], len(s)
    for m in C.re_related.finditer(s):
        related.append((m.start(), m.end()))
        if not m["rest"].strip(" :：-–|") and cut == len(s):
            cut = m.start()
    top = _top_lines(s)
    top_end = top[-1].end if top else -1
    hits = _with_colon_stamps(s, hits, top_end)
    hits = _with_stopped_years(s, hits, top_end)
    hits = _ordered_by_body(s, hits, top_end)
    furniture, lines = set(), {}
    for i, h in enumerate(hits):
        if h.ns >= cut or related and any(a <= h.ns < b for a, b in related):
            furniture.add(i)
        elif h.kind == "date" and h.year and h.ns <= top_end:
            k = _top_index(top, h.ns)
            if k is None or h.ne > top[k].end:
                continue
            head, tail = (without_notes(C, x) for x in _beside(s, hits, i, top[k].start, top[k].end))
            alone, has_time = stamp_rest(C, head + " " + tail)
            lines[i] = (head, tail, alone, has_time)
            if today(C, s, head, h) or alone and (_among_navigation(C, s, top, k) or (
                    h.day and valid(h.year, h.month, h.day)
                    and _contradicts(C, s, hits, top[k].end, dt.date(h.year, h.month, h.day)))):
                furniture.add(i)
    ctx = PageContext(f, hits, frozenset(furniture), cut, tuple(related), top, lines)
    C.scan_cache[("ctx", text)] = ctx
    return ctx


def _stamp_segment(C: DateLang, s: str, end: int) -> bool:
    """Only a time (or a page's note) follows ``end`` to the next separator or the line's end: a
    bare label's date stands alone ("Date 14.02.2019 | By Jane Roe", not "Date 3 May was set")."""
    m = _SEGMENT_END.search(s, end)
    return stamp_rest(C, without_notes(C, s[end:m.start() if m else len(s)]))[0]


def publication(C: DateLang, ctx: PageContext) -> DateValue | None:
    s = ctx.f.text
    full = [(i, h) for i, h in enumerate(ctx.hits) if h.kind == "date" and h.year and h.month and h.day
            and i not in ctx.furniture]
    wired = _wire_stamp(C, ctx)
    if not full:
        return wired
    found: dict[str, set] = {"published": set(), "dated": set(), "updated": set(), "stamp": set(), "dateline": set(),
                             "line": set(), "section": set()}
    for m in C.re_label.finditer(s, 0, ctx.cut):
        if letters_before(s, m.start()) != "" or s[m.end():m.end() + 1].isalpha():
            continue
        kind = C.labels[" ".join(m.group().split())]
        opens = not s[s.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t*•·|-–—/")
        if kind == "dated" and not opens:
            continue                        # a bare "Date:" or "بتاريخ" labels the page's date only opening a line
        before = s[:m.start()].rstrip(" \t")
        if before and before[-1] not in _LABEL_MARKS and not s[m.end():].lstrip(" \t").startswith(":") \
                and not (C.case and ctx.f.source[ctx.f.orig(m.start())].isupper()):
            continue                        # "the report, published on 3 March 2014, ...": a sentence's verb
        for i, h in full:
            between = _without_hijri(s, ctx.hits, m.end(), i)       # آخر تحديث: [Hijri] الموافق 27/8/2003
            # (the date may open with the label's own last word: "نشر يوم" + "يوم الأربعاء 17 أيلول 2009")
            if m.start() < h.ns and len(between) <= 30 and stamp_rest(C, LABEL_WORDS.sub(" ", between))[0]:
                if kind != "dated" or _stamp_segment(C, s, h.ne):
                    found[kind].add(h)
                break
    for i, h in full:
        if i not in ctx.lines:
            continue
        head, tail, alone, has_time = ctx.lines[i]
        if alone:
            found["stamp" if has_time else "line"].add(h)
        elif dateline(C, ctx.f, head, tail, h) or byline(C, ctx.f, head, tail, h):
            found["dateline"].add(h)
        elif not head.strip() and _top_index(ctx.top, h.ns) and section(C, ctx.f, tail, h):
            found["section"].add(h)
    # "March 3, 2015 | 10:22 AM | Updated March 4, 2015": the stamp opening the line is the publication
    stamped = {_top_index(ctx.top, h.ns) for h in found["stamp"] | found["line"]} - {None}
    found["updated"] = {h for h in found["updated"] if _top_index(ctx.top, h.ns) not in stamped}
    for kind in ("published", "dated", "updated", "stamp", "dateline", "line", "section"):
        dates = {(h.year, h.month, h.day) for h in found[kind]}
        if len(dates) > 1 and kind in ("published", "dated", "updated"):
            # the page's own label stands at the top; the others label readers' comments or other stories
            found[kind] = {h for h in found[kind] if _top_index(ctx.top, h.ns) is not None}
            dates = {(h.year, h.month, h.day) for h in found[kind]}
        if len(dates) > 1 and kind in ("stamp", "line") and len({_top_index(ctx.top, h.ns) for h in found[kind]}) == 1:
            # one stamp line, the same moment in two zones or a later edit: the stamp opening it
            first = min(found[kind], key=lambda x: x.ns)
            dates = {(first.year, first.month, first.day)}
            found[kind] = {first}
        if len(dates) > 1:
            return None
        if dates:
            h = min(found[kind], key=lambda x: x.ns)
            return value(ctx.f, h, h.year, h.month, h.day)
    return wired


def _wire_stamp(C: DateLang, ctx: PageContext) -> DateValue | None:
    """The transmission stamp closing a wire's copy (``AFP 240712 GMT MAY 00``: the day, the hour and
    minute, the zone, the month and the year's last digits), the page's date when nothing on the
    page labels or heads one. A year-less dateline (``HANOI, May 24 (AFP) -``) a day or less from
    it keeps its own day, the stamp giving its year (the stamp tells Greenwich time)."""
    s = ctx.f.text
    stamps = set()
    for m in _WIRE_STAMP.finditer(s, 0, ctx.cut):
        month, yy = C.months.get(m["m"]), int(m["y"])
        year = yy if yy > 99 else yy + (2000 if yy < 50 else 1900)
        if month and valid(year, month, int(m["d"])) and int(m["d"]) >= 1:
            stamps.add((dt.date(year, month, int(m["d"])), m.start("d"), m.end()))
    if len({d for d, _, _ in stamps}) != 1:
        return None
    day, ns, ne = min(stamps, key=lambda stamp: stamp[1])     # the first on the page (a set has no order)
    for h in _yearless_datelines(C, ctx):
        for year in (day.year - 1, day.year, day.year + 1):
            if valid(year, h.month, h.day) and abs((dt.date(year, h.month, h.day) - day).days) <= 1:
                return value(ctx.f, h, year, h.month, h.day, inferred=True)
    return value(ctx.f, Hit("date", ns, ne), day.year, day.month, day.day)


def _yearless_datelines(C: DateLang, ctx: PageContext) -> list[Hit]:
    """Dates with a day and a month but no year in a dateline on the top lines."""
    out = []
    for i, h in enumerate(ctx.hits):
        if h.kind != "date" or h.year or not (h.month and h.day) or i in ctx.furniture:
            continue
        k = _top_index(ctx.top, h.ns)
        if k is None or h.ne > ctx.top[k].end:
            continue
        head, tail = (without_notes(C, x) for x in _beside(ctx.f.text, ctx.hits, i, ctx.top[k].start, ctx.top[k].end))
        if head.strip() and dateline(C, ctx.f, head, tail, h):
            out.append(h)
    return out
