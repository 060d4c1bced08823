"""The shapes a page's date stands in on its line, for :mod:`kg.extract.pubdate`: a dateline
(the place, an agency credit, the date, the body), a byline or the outlet's name beside the date,
the page's segments after a stamp (section, byline), and the story's section after the date.
``head`` and ``tail`` are the folded text before and after the date on its line.
"""
from __future__ import annotations

import re

from .datelex import DateLang, Hit
from .pubnotes import LABEL_WORDS, WORDS, stamp_rest
from .textscan import Folded

_DATELINE_HEAD = re.compile(r"[^\W\d_][^\d\n]{0,40}?\s*[,،\-–—|]\s*")
# after the date: an agency credit in brackets, or a press-release wire's between slashes (/PRNewswire/)
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*|/[^/\n\d]{1,40}/\s*)?(?:[:\-–—]\s*\S|[:\-–—]?\s*$)")
# a dateline whose place and date have no mark between them (الفاشر 21-12-2021 (سونا) - ...): a
# place of one to three words, then the date, an agency credit and a dash opening the body
# (the place may carry its country or region in brackets when a wire's credit follows the date, as
# AFP's Arabic service prints it: الناصرية (العراق) 21-9-2006 (أ ف ب) -)
_BARE_PLACE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?P<region>\s*\([^\W\d_][^()\n\d]{0,30}\))?\s+")
_DASHED_TAIL = re.compile(r"\s*(?P<credit>\([^)\n]{1,40}\)\s*)?[\-–—]+\s*[^\W\d_]")
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
# the segments a stamp line holds after the date and time: "| Ukraine — by Staff Writer"
_SEGMENT_SEPARATOR = re.compile(r"\s*(?:[|•·—–]|(?<=\s)-(?=\s))\s*")
_SEGMENT_WORDS = re.compile(r"[^\W\d_][^\W\d_\s'’&.-]*(?:\s+(?:[^\W\d_][^\W\d_\s'’&.-]*|&))*")
_BYLINE_OPENERS = ("by", "بقلم")
# the date opening the body's first paragraph: "3 March 2019 — The army ..."
_DATE_FIRST_BODY = re.compile(r"\s*(?:[—–]|(?<=\s)-|-(?=\s))\s*(?=[^\W\d_])")
_BYLINE_SEPARATORS = set("|•·")
# a weekday and a calendar connector between a dateline's place and its Gregorian date (the Hijri
# date between them is taken out by pubdate._beside): مدينة – الأحد 23 محرم 1433هـ الموافق 18 ...
_CALENDAR_LINK = re.compile(r"(?:(?<=\s)[^\W\d_]+\s+)?(?:الموافق|الموافقه|ويوافق)\s*(?:ل\S*\s*)?$")
# a section name printed after the date on its line ("3 March 2021 Peace and Security"): a few words, no digits
# and nothing a sentence or a byline would hold
_SECTION = re.compile(r"\s*[^\W\d_][^\W\d_ &'’-]*(?:\s+[^\W\d_&][^\W\d_ &'’-]*|\s+&){0,3}\s*")


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


def _bare_dateline(C: DateLang, f: Folded, head: str, tail: str, h: Hit) -> bool:
    """The place, then the date with no mark between and a dash opening the body (``نيالا 26
    أكتوبر 2023 —``); a place with its region in brackets only before a wire's credit."""
    place, after = _BARE_PLACE.fullmatch(head), _DASHED_TAIL.match(tail)
    return bool(place and after and (after["credit"] or not place["region"]) and not LABEL_WORDS.search(head)
                and not C.not_place.intersection(WORDS.findall(head)) and _capitalised(C, f, h.ns))


def _short(who: str) -> bool:
    return 0 < len(who.split()) <= _BYLINE_WORDS


def byline(C: DateLang, f: Folded, head: str, tail: str, h: Hit) -> bool:
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
    if _stamp_then_segments(C, f, tail, h.ne):
        return True
    m = _DATE_FIRST_BODY.match(tail)
    return bool(m) and f.source[f.orig(h.ne + m.end())].isupper()


def _stamp_then_segments(C: DateLang, f: Folded, tail: str, start: int) -> bool:
    """After the date, its time, then the page's segments set off by separators: the story's
    section and its byline (``Mar. 22, 2014, 11:47 p.m. | Ukraine — by Staff Writer``), each a
    few words with no digits or sentence marks, capitalised where the language writes capitals
    (a byline may open with "by")."""
    k = next((j for j, c in enumerate(tail) if c in _BYLINE_SEPARATORS), -1)
    if k < 0 or not stamp_rest(C, tail[:k])[0]:
        return False
    pos, segments = k, []
    for sep in _SEGMENT_SEPARATOR.finditer(tail, k):
        segments.append((pos, tail[pos:sep.start()]))
        pos = sep.end()
    segments = [(p + len(x) - len(x.lstrip()), x.strip()) for p, x in segments + [(pos, tail[pos:])] if x.strip()]
    return bool(segments) and all(_page_segment(C, f, start + p, x) for p, x in segments)


def _page_segment(C: DateLang, f: Folded, at: int, segment: str) -> bool:
    words = segment.split()
    if len(words) > _BYLINE_WORDS or not _SEGMENT_WORDS.fullmatch(segment):
        return False
    return not C.case or words[0] in _BYLINE_OPENERS or f.source[f.orig(at)].isupper()


def section(C: DateLang, f: Folded, tail: str, h: Hit) -> bool:
    """The date opening a line (under the headline: the caller checks), then the site's section for the story
    (``3 March 2021 Peace and Security``, ``3 آذار 2021 السلام والأمن``): a few words with no
    digits or sentence marks, capitalised where the language writes capitals."""
    if not _SECTION.fullmatch(tail):
        return False
    first = tail.lstrip()
    return not C.case or f.source[f.orig(h.ne + len(tail) - len(first))].isupper()


def dateline(C: DateLang, f: Folded, head: str, tail: str, h: Hit) -> bool:
    """The date between a dateline's place (and an agency credit) and the body (module doc, 3)."""
    if _DATELINE_HEAD.fullmatch(_CALENDAR_LINK.sub("", head)) and len(head.split()) <= 5 and _DATELINE_TAIL.match(tail):
        return True                 # (also بلدة – الأحد [Hijri] الموافق 18 كانون الأول 2011)
    if _bare_dateline(C, f, head, tail, h):
        return True                 # the place, then the date with no mark between: نيالا 26 أكتوبر 2023 —
    if _credited(C, head, tail) and _capitalised(C, f, h.ns):
        return True                 # the place (في) the date and a wire's credit: الدوحة في 9 أكتوبر 2009 /قنا/
    if _BRACKETED_HEAD.fullmatch(head) and _BRACKETED_TAIL.match(tail) and len(head.split()) <= 4 \
            and _capitalised(C, f, h.ns):
        return True                 # WASHINGTON (Oct. 9, 2009) --
    return not head.strip() and bool(_DATE_FIRST_DATELINE.match(tail))     # the place in brackets after the date
