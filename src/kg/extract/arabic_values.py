"""Dates and quantities for the Arabic extractor, from the shared matchers
(:mod:`kg.extract.dates`, :mod:`kg.extract.quantities`).

Dates are read once over the whole text (their years need the article's context); quantities
only in the sentences that report a handover (the rest of an article never needs them). The
rules ask "which dates / quantities lie in this stretch of text". When a matcher is not
installed the extractor still runs (with no dates or quantities).
"""
from __future__ import annotations

import bisect
import importlib
import warnings

from dataclasses import replace

from ..model import DateValue, Quantity, Span

_WARNED: set[str] = set()


def _module(name: str):
    try:
        return importlib.import_module(f"kg.extract.{name}")
    except ImportError:
        return None


def _call(mod, fn: str, *args, **kw):
    f = getattr(mod, fn, None) if mod is not None else None
    if f is None:
        return None
    try:
        return f(*args, **kw)
    except Exception as e:  # a matcher under construction must not stop extraction
        if fn not in _WARNED:
            _WARNED.add(fn)
            warnings.warn(f"kg.extract.{mod.__name__.rsplit('.', 1)[-1]}.{fn} failed: {e!r}", RuntimeWarning)
        return None


class Values:
    """The dates, weekdays and quantities of one article, indexed by position."""

    def __init__(self, text: str, lexicon: dict):
        self.text = text
        dates_mod, q_mod = _module("dates"), _module("quantities")
        self.context_year = _call(dates_mod, "context_year_of", text, "ar", lexicon)
        self.published: DateValue | None = _call(dates_mod, "publication_date", text, "ar", lexicon)
        anchor = self.published.as_date() if self.published is not None and self.published.iso else None
        dates = _call(dates_mod, "find_dates", text, "ar", lexicon, anchor=anchor,
                      context_year=self.context_year) or []
        self.dates: list[DateValue] = sorted((d for d in dates if isinstance(d, DateValue)),
                                             key=lambda d: d.span.start)
        self.weekdays: list[tuple[int, int, int]] = []       # (start, end, weekday)
        for w in _call(dates_mod, "find_weekdays", text, "ar", lexicon) or []:
            wd = next((x for x in w if isinstance(x, int)), None) if isinstance(w, tuple) else None
            sp = next((x for x in w if hasattr(x, "start")), None) if isinstance(w, tuple) else None
            if sp is not None and wd is not None:
                self.weekdays.append((sp.start, sp.end, wd))
        self.weekdays.sort()
        self._q_mod, self._lexicon = q_mod, lexicon
        self._q_cache: dict[tuple[int, int], list[Quantity]] = {}
        self._dstarts = [d.span.start for d in self.dates]
        self._wstarts = [w[0] for w in self.weekdays]

    def dates_in(self, start: int, end: int) -> list[DateValue]:
        i = bisect.bisect_left(self._dstarts, start)
        out = []
        while i < len(self.dates) and self.dates[i].span.start < end:
            out.append(self.dates[i])
            i += 1
        return out

    def weekdays_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        i = bisect.bisect_left(self._wstarts, start)
        out = []
        while i < len(self.weekdays) and self.weekdays[i][0] < end:
            out.append(self.weekdays[i])
            i += 1
        return out

    def quantities_in(self, start: int, end: int, unit: str | None = None) -> list[Quantity]:
        """Quantities in the original text ``[start, end)`` (a sentence): read on demand, only for
        the sentences that report a handover, their spans shifted back into the article."""
        got = self._q_cache.get((start, end))
        if got is None:
            got = []
            for q in _call(self._q_mod, "find_quantities", self.text[start:end], "ar", self._lexicon) or []:
                if isinstance(q, Quantity):
                    got.append(replace(q, span=Span(q.span.start + start, q.span.end + start)))
            self._q_cache[(start, end)] = got
        return [q for q in got if unit is None or q.unit == unit]
