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
   the date with no mark between them when an agency credit or a dash follows (``كسلا 9-6-2021 (سونا) -``).
   A wire's credit may stand after the date instead of a dash (``الدوحة في 9 أكتوبر 2009 /قنا/``,
   ``WASHINGTON, Oct. 9, 2009 /PRNewswire/ --``), and the date may sit in brackets after the place
   (``WASHINGTON (Oct. 9, 2009) --``).
   A byline or the outlet's name beside the date is read the same way (``By Kabul Times - Sun Oct
   27 2013, 3:40 pm``, ``Written by X on March 3, 2019``, ``Daily Planet • March 3, 2019``,
   ``March 3, 2019 | Jane Doe``, ``By Sgt. Jane Doe March 3, 2019``, a masthead ``الحياة - العدد
   11911 - الأربعاء 27 أيلول 1995``), and so is the date opening the body's first paragraph
   (``3 March 2019 — The army …``);
4. a date alone on a line near the top (``الأحد 12 أيار 2024``, ``12/05/2024``), the form most
   Arabic sites print under the headline or byline;
5. a date opening a line under the headline with the story's section after it
   (``28 February 2024 Peace and Security``).

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
  writing and publishing allowed), or a sentence that says "today"/"yesterday" holds a full
  date a year or more before the line's date while no date of the body lies near it.

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
from .pubnotes import LABEL_WORDS, WORDS, stamp_rest, today, without_notes
from .textscan import Folded, letters_before

TOP_LINES = 10          # the lines a date line or dateline may stand on ...
LONG_LINE = 25          # ... with at most one line of this many words (a standfirst) before it
_MENU_RUN = 3           # this many one- or two-word lines in a row are a menu
_ITEM_SPLIT = re.compile(r"\s*(?:[|•·»>/\\]|\s{2,}|\t)\s*")
_NO_MENU = re.compile(r"[0-9:.،,؟?!\"«»“”()\[\]]")
_DATELINE_HEAD = re.compile(r"[^\W\d_][^\d\n]{0,40}?\s*[,،\-–—|]\s*")
# after the date: an agency credit in brackets, or a press-release wire's between slashes (/PRNewswire/)
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*|/[^/\n\d]{1,40}/\s*)?(?:[:\-–—]\s*\S|[:\-–—]?\s*$)")
# a dateline whose place and date have no mark between them (الفاشر 21-12-2021 (سونا) - ...): a
# place of one to three words, then the date, an agency credit and a dash opening the body
_BARE_PLACE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+")
_DASHED_TAIL = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?[\-–—]+\s*[^\W\d_]")
# a wire credit after the date in brackets or between slashes, and the body or the line's end after it:
# أبوظبي في 9 أكتوبر 2009 /وام/ ...، كابول ـ 9 أكتوبر 2009 (أ ف ب) ـ ... (the tatweel dash folds away)
_CREDIT_TAIL = re.compile(r"\s*(?:(?P<slashed>/[^/\n\d]{1,30}/)|\([^)\n\d]{1,30}\))\s*(?:[:\-–—]+\s*)?(?:[^\W\d_]|$)")
# the date in brackets after the place: "WASHINGTON (Oct. 9, 2009) --"
_BRACKETED_HEAD = re.compile(r"[^\W\d_][^\d\n()]{0,40}?\s*\(\s*")
_BRACKETED_TAIL = re.compile(r"\s*\)\s*[:\-–—]")
# a byline with no mark before the date: "By Jane Roe October 9, 2009"
_BY_NAME = re.compile(r"\s*(?:by|بقلم)\s*:?\s+(?P<who>[^\W\d_][^\d\n!?|•·,،:]{0,60}?)\s*")
_DATE_FIRST_DATELINE = re.compile(r"\s*\([^\W\d_][^()\n\d]{0,40}\)\s*[:\-–—]")   # "April 16, 2023 (KHARTOUM) –"
# a byline or the outlet's name beside the date: "By Harbour Times - Tue Mar 4 2014, 9:15 am",
# "Written by Jane Doe on March 3, 2019", "Daily Planet • March 3, 2019", "March 3, 2019 | Jane Doe"
_BY = r"(?<![^\W\d_])(?:by|بقلم)(?![^\W\d_])"
_BYLINE_HEAD = re.compile(r"(?P<who>[^\W\d_][^\d\n.!?|•·]{0,60}?)(?:\s*[,،\-–—|•·]\s*|(?P<on>\s+(?:"
                          + LABEL_WORDS.pattern + r")\s+))")
_BYLINE_TAIL = re.compile(r"\s*[|•·]\s*(?P<who>[^\W\d_][^\d\n.!?|•·]{0,60}?)\s*")
_BYLINE_WORDS = 5
# the date opening the body's first paragraph: "3 March 2019 — The army ..."
_DATE_FIRST_BODY = re.compile(r"\s*(?:[—–]|(?<=\s)-|-(?=\s))\s*(?=[^\W\d_])")
# a numeric date either way round (04/03/2019): ordered by the body's dates at most this many days before it
_REPORT_LAG = 14
_NUMERIC = re.compile(r"(?:[^\d]*?)(?P<a>[0-3]?[0-9])\s?[/.\-]\s?(?P<b>[0-3]?[0-9])\s?[/.\-]\s?(?:19|20)[0-9]{2}")
# the stamp some Arabic sites print: 2017:04:20.09:15 (year:month:day.hour:minute), which the date
# scanner does not read as a date (colons separate a time's parts)
_COLON_STAMP = re.compile(r"(?<![0-9:])(?P<y>(?:19|20)[0-9]{2}):(?P<m>[01]?[0-9]):(?P<d>[0-3]?[0-9])"
                          r"(?=[.\sT]+[0-9]{1,2}:[0-9]{2}(?![0-9]))")
# a Hijri date in digits (29/6/1424 هـ): a year of the 1300s or 1400s with the era's letter
_NUMERIC_HIJRI = re.compile(r"(?<![0-9])[0-3]?[0-9]\s?/\s?[01]?[0-9]\s?/\s?1[34][0-9]{2}\s*ه(?![^\W\d_])")
_BYLINE_SEPARATORS = set("|•·")
_SEGMENT_END = re.compile(r"[|•·\n]")
_LABEL_MARKS = set("\n|•·/-–—:")         # a page's label stands after one of these (or at the text's start)
# a weekday and a calendar connector between a dateline's place and its Gregorian date (the Hijri
# date between them is taken out by _beside): مدينة – الأحد 23 محرم 1433هـ الموافق 18 ...
_CALENDAR_LINK = re.compile(r"(?:(?<=\s)[^\W\d_]+\s+)?(?:الموافق|الموافقه|ويوافق)\s*(?:ل\S*\s*)?$")
_SENTENCE_END = ".!?؟\n"
# a section name printed after the date on its line ("3 March 2021 Peace and Security"): a few words, no digits
# and nothing a sentence or a byline would hold
_SECTION = re.compile(r"\s*[^\W\d_][^\W\d_ &'’-]*(?:\s+[^\W\d_&][^\W\d_ &'’-]*|\s+&){0,3}\s*")
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
    """The text before and after hit ``i`` on its line ``[st, en)``, Hijri dates taken out."""
    h = hits[i]
    j = i
    while j > 0 and hits[j - 1].ns >= st:
        j -= 1
    head, pos = [], st
    for x in hits[j:i]:
        if x.kind == "hijri":
            head.append(s[pos:x.ns])
            pos = x.ne
    head.append(s[pos:h.ns])
    tail, pos = [], h.ne
    for x in hits[i + 1:]:
        if x.ns >= en:
            break
        if x.kind == "hijri":
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
        if any(a < p < b for p in deictic):
            return True
    return False


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


def _capitalised(C: DateLang, f: Folded, end: int, skip: int = 0) -> bool:
    """Every word on the line before ``end`` (past the first ``skip``) is capitalised in the source
    (a place or a name, not a sentence's words), where the language writes capitals."""
    words = list(WORDS.finditer(f.text, f.text.rfind("\n", 0, end) + 1, end))[skip:]
    return not C.case or all(f.source[f.orig(m.start())].isupper() for m in words)


def _credited(C: DateLang, head: str, tail: str) -> bool:
    """A dateline whose place and date have a wire's credit after them rather than a mark between:
    ``كابول 9 أكتوبر 2009 (أ ف ب) تسلم``, ``الدوحة في 9 أكتوبر 2009 /قنا/ ...``. "في" (in) may
    join the place and the date only before a credit between slashes, which no sentence holds."""
    m = _CREDIT_TAIL.match(tail)
    if not m or C.not_place.intersection(WORDS.findall(head)) or not m["slashed"] and LABEL_WORDS.search(head):
        return False
    return bool(_BARE_PLACE.fullmatch(LABEL_WORDS.sub(" ", head)))


def _short(who: str) -> bool:
    return 0 < len(who.split()) <= _BYLINE_WORDS


def _byline(C: DateLang, f: Folded, head: str, tail: str, h: Hit) -> bool:
    """The date beside a byline or the outlet's name (a few words set off by a separator or by
    "on"), or opening the body's first paragraph with a dash and a capitalised word."""
    if head.strip():
        by = _BY_NAME.fullmatch(head)
        if by and _short(by["who"]) and stamp_rest(C, tail)[0] and _capitalised(C, f, h.ns, skip=1):
            return True             # "By Jane Roe October 9, 2009"
        if head.rstrip()[-1:] in _BYLINE_SEPARATORS:      # "Site: Author | date, time": its last segment
            return stamp_rest(C, tail)[0]
        m = _BYLINE_HEAD.fullmatch(head)
        return (bool(m) and _short(m["who"]) and stamp_rest(C, tail)[0]
                and not (m["on"] and not re.search(_BY, m["who"])))     # "... on <date>" only in a byline
    m = _BYLINE_TAIL.fullmatch(tail)
    if m:
        return _short(m["who"])
    m = _DATE_FIRST_BODY.match(tail)
    return bool(m) and f.source[f.orig(h.ne + m.end())].isupper()


def _section(C: DateLang, ctx: PageContext, tail: str, h: Hit) -> bool:
    """The date opening a line under the headline, then the site's section for the story
    (``3 March 2021 Peace and Security``, ``3 آذار 2021 السلام والأمن``): a few words with no
    digits or sentence marks, capitalised where the language writes capitals."""
    k = _top_index(ctx.top, h.ns)
    if not k or not _SECTION.fullmatch(tail):
        return False
    first = tail.lstrip()
    return not C.case or ctx.f.source[ctx.f.orig(h.ne + len(tail) - len(first))].isupper()


def _stamp_segment(C: DateLang, s: str, end: int) -> bool:
    """Only a time (or a page's note) follows ``end`` to the next separator or the line's end: a
    bare label's date stands alone ("Date 14.02.2019 | By Jane Roe", not "Date 3 May was set")."""
    m = _SEGMENT_END.search(s, end)
    return stamp_rest(C, without_notes(C, s[end:m.start() if m else len(s)]))[0]


def publication(C: DateLang, ctx: PageContext) -> DateValue | None:
    s = ctx.f.text
    full = [(i, h) for i, h in enumerate(ctx.hits) if h.kind == "date" and h.year and h.month and h.day
            and i not in ctx.furniture]
    if not full:
        return None
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
            if 0 <= h.ns - m.end() and len(between) <= 30 and stamp_rest(C, LABEL_WORDS.sub(" ", between))[0]:
                if kind != "dated" or _stamp_segment(C, s, h.ne):
                    found[kind].add(h)
                break
    for i, h in full:
        if i not in ctx.lines:
            continue
        head, tail, alone, has_time = ctx.lines[i]
        if alone:
            found["stamp" if has_time else "line"].add(h)
        elif _DATELINE_HEAD.fullmatch(_CALENDAR_LINK.sub("", head)) and len(head.split()) <= 5 \
                and _DATELINE_TAIL.match(tail):
            found["dateline"].add(h)              # (also بلدة – الأحد [Hijri] الموافق 18 كانون الأول 2011)
        elif _BARE_PLACE.fullmatch(head) and not LABEL_WORDS.search(head) and not C.not_place.intersection(WORDS.findall(head)) and _DASHED_TAIL.match(tail):
            found["dateline"].add(h)              # the place, then the date with no mark between: نيالا 26 أكتوبر 2023 —
        elif _credited(C, head, tail) and _capitalised(C, ctx.f, h.ns):
            found["dateline"].add(h)              # the place (في) the date and a wire's credit: الدوحة في 9 أكتوبر 2009 /قنا/
        elif _BRACKETED_HEAD.fullmatch(head) and _BRACKETED_TAIL.match(tail) and len(head.split()) <= 4 \
                and _capitalised(C, ctx.f, h.ns):
            found["dateline"].add(h)
        elif not head.strip() and _DATE_FIRST_DATELINE.match(tail):
            found["dateline"].add(h)              # the date first, then the place in brackets
        elif _byline(C, ctx.f, head, tail, h):
            found["dateline"].add(h)
        elif not head.strip() and _section(C, ctx, tail, h):
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
        if len(dates) > 1:
            return None
        if dates:
            h = min(found[kind], key=lambda x: x.ns)
            return value(ctx.f, h, h.year, h.month, h.day)
    return None
