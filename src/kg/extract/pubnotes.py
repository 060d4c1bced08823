"""What stands beside a date on its line, for :mod:`kg.extract.pubdate`: the notes a page prints
there (an issue number, a reading time, a view count, a time zone named by its city, a credit
segment), the times and time words of a stamp, and the reader's "today" widget.

The notes come from the pub-date keys of ``data/lang/<lang>/dates.json`` that
:class:`~kg.extract.datelex.DateLang` does not compile (``date_line_notes``, ``date_credit_labels``).
"""
from __future__ import annotations

import re

from .datelex import TIME, DateLang, Hit
from .textscan import key

WORDS = re.compile(r"[^\W\d_]+")
LABEL_WORDS = re.compile(r"(?<![^\W\d_])(?:on|at|في|بتاريخ|يوم)(?![^\W\d_])")   # between a label and its date
# the ISO form of a stamp's time (2019-03-04T10:32:00Z, ...+03:00) around the time itself
_ISO_TIME = re.compile(r"(?<![^\W\d_])t(?=[0-9]{1,2}:[0-9])|(?<=[0-9])z(?![^\W\d_])"
                       r"|(?<=[0-9])[+\-][0-9]{2}:?[0-9]{2}(?![0-9])")
_STAMP_SEPARATORS = set("/|•·-–—")
_SEPARATORS = r"[,،|•·\-–—/]"
_NOTE_NUMBER = r"\[?\s*[0-9][0-9,.]*\s*\]?"
_NOTE_WORD = r"[^\W\d_]+"
_CLOCK_AHEAD = r"\s+(?=[0-9]{1,2}[:.h][0-9]{2})"
# a time word or a label word right before a time ("March 3, 2015 at 10:22 am")
_AT_TIME = re.compile(LABEL_WORDS.pattern + _CLOCK_AHEAD)
# the French way of writing a time (10h32), on Maghreb sites in either language
_HOURS_H = re.compile(r"(?<![0-9])[0-2]?[0-9]h[0-5][0-9](?![0-9])")


class PageNotes:
    """What a page prints beside its date that is neither a place nor a byline, from the pub-date
    keys of a lexicon: notes (``date_line_notes``: an issue number, a reading time, a view count,
    a time zone named by its city: ``العدد 8250``, ``4 min read``, ``بتوقيت القدس``), a credit
    segment (``date_credit_labels``: ``| Source: Reuters``), the weekday names and Hijri year marks
    a date line may hold anywhere, time words written with dots (``a.m.``), and the words that join
    a date to its time (``date_time_links``: ``à 10h32``, ``على الساعة 10:32``)."""

    def __init__(self, lex: dict):
        notes = []
        for note in sorted({key(n) for n in lex.get("date_line_notes", [])}, key=len, reverse=True):
            parts = [{"#": _NOTE_NUMBER, "*": _NOTE_WORD}.get(w, re.escape(w)) for w in note.split()]
            notes.append(r"\s*[:：]?\s*".join(parts))
        credits = "|".join(re.escape(key(c)) for c in sorted(lex.get("date_credit_labels", []), key=len, reverse=True))
        if credits:         # "| Source: Reuters", "Editor: Jane Roe |": to the next separator
            notes.append(rf"(?:(?<=^)|(?<={_SEPARATORS})|(?<={_SEPARATORS}\s))\s*(?:{credits})\s*:[^|•·\n]*")
        self.notes = re.compile(r"(?<![^\W\d_])(?:" + "|".join(notes) + r")(?![^\W\d_])") if notes else None
        self.words = {key(w) for group in ("date_weekdays", "date_weekdays_in_dates") for ws in lex.get(group, {}).values()
                      for w in ws} | {key(w) for w in lex.get("date_hijri_year_marks", [])}
        dotted = sorted((key(w) for w in lex.get("date_time_words", []) if "." in w), key=len, reverse=True)
        self.dotted = re.compile("|".join(r"(?<![^\W\d_])" + re.escape(w) for w in dotted)) if dotted else None
        links = sorted({key(w) for w in lex.get("date_time_links", [])}, key=len, reverse=True)
        self.links = (re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in links) + r")" + _CLOCK_AHEAD)
                      if links else None)


def _notes(C: DateLang) -> PageNotes:
    """The :class:`PageNotes` of the lexicon ``C`` was compiled from, built once and kept on ``C``."""
    notes = getattr(C, "page_notes", None)
    if notes is None:
        notes = C.page_notes = PageNotes(C.lex)
    return notes


def without_notes(C: DateLang, text: str) -> str:
    """``text`` beside a date with its notes taken out, and the separators they leave doubled
    closed up (``Daily Planet - Issue 1234 - `` -> ``Daily Planet - ``)."""
    rx = _notes(C).notes
    if rx is None or not rx.search(text):
        return text
    opens = rx.match(text.lstrip())
    text = re.sub(rf"({_SEPARATORS})(?:\s*{_SEPARATORS})+", r"\1", rx.sub(" ", text))
    return re.sub(rf"^\s*(?:{_SEPARATORS}\s*)+", "", text) if opens else text


def stamp_rest(C: DateLang, rest: str) -> tuple[bool, bool]:
    """(only a time and punctuation left, a time of day present) beside a date on its line. A
    last segment after a separator that opens with a publication label is the site's note on
    the stamp, not words beside it (``June 12, 2019 / 8:05 AM / Updated 3 hours ago``)."""
    for m in C.re_label.finditer(rest):
        if rest[:m.start()].rstrip()[-1:] in _STAMP_SEPARATORS and not rest[m.end():m.end() + 1].isalpha():
            rest = rest[:m.start()]
            break
    notes = _notes(C)
    if notes.dotted is not None:
        rest = notes.dotted.sub(" ", rest)
    if notes.links is not None:
        rest = notes.links.sub(" ", rest)
    timed = TIME.sub(" ", _HOURS_H.sub(" ", _ISO_TIME.sub(" ", _AT_TIME.sub(" ", rest))))
    words = [w for w in WORDS.findall(timed) if w not in C.line_words and w not in notes.words]
    return not words, len(timed) != len(rest) or timed != rest


def today(C: DateLang, s: str, head: str, h: Hit) -> bool:
    """A date line saying "today" (``اليوم الأحد 14 أيار 2017``, ``Today: May 14, 2017``) is the
    reader's "today" widget, whatever the page was published on."""
    words = {w for w, offset in C.wd_deixis.items() if offset == 0}
    opening = s[h.ns:h.ne].split()[:1]
    return bool(words.intersection(WORDS.findall(head) + opening))
