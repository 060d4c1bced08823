"""The date knowledge of one language, compiled once: patterns and phrase sets built from the
``date_*`` keys of ``data/lang/<lang>/dates.json`` (and ``number_words`` of ``numbers.json``).

Internal to :mod:`kg.extract.dates`; :func:`compiled` caches one :class:`DateLang` per lexicon.
Also the :class:`Hit` record the scanner produces and small helpers the date modules share.
"""
from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from ..model import DateValue, Span
from .textscan import Folded, PerLexicon, Phrases, key, trie_alternatives, trie_regex, trigger_patterns

YEAR = r"(?P<y>(?:19|20)[0-9][0-9])(?![0-9])(?:\s?م(?![^\W\d_]))?"
TIME = re.compile(r"(?<![0-9])[0-9]{1,2}:[0-9][0-9](?::[0-9][0-9])?(?![0-9])")
CLITIC = "وفبل"
_NOWORD = r"(?![^\W\d_])"


class Hit(NamedTuple):
    """One date expression in the folded text (internal; quantities reads the spans)."""

    kind: str                   # date | year | weekday | relative | ago | vague | hijri
    ns: int
    ne: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str | None = None      # past / next / this / -1y / 0y / +1y
    offset: tuple | None = None  # relative: ("days", -1) ...; weekday: its deixis ("days", -1) for أمس الإثنين
    deadline: bool = False


_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid(y: int | None, m: int, d: int | None) -> bool:
    """``d`` is a day of month ``m`` (of year ``y``; any leap year when None)."""
    if d is None or 1 <= d <= 28:
        return True
    if d < 1 or d > _MONTH_DAYS[m]:
        return False
    return not (m == 2 and d == 29 and y and not calendar.isleap(y))


def value(f: Folded, h: Hit, y, m, d, inferred=False) -> DateValue:
    s, e = f.span(h.ns, h.ne)
    return DateValue(y, m, d, Span(s, e), f.source[s:e], inferred)


def norm(phrase: str) -> str:
    return " ".join(phrase.split())


class DateLang:
    """A lexicon's date knowledge compiled once."""

    def __init__(self, lex: dict):
        self.lex = lex                  # the source, for what other modules compile from it (pubnotes)
        g = lex.get
        T = trie_regex
        keys = lambda name: [key(f) for f in g(name, [])]  # noqa: E731
        table = lambda name: {key(k): v for k, v in g(name, {}).items()}  # noqa: E731
        self.case = bool(g("date_case_sensitive"))
        self.months = {key(f): int(n) for n, fs in g("date_months", {}).items() for f in fs}
        self.month_ctx = set(keys("date_months_need_context"))
        self.hijri = {key(f): int(n) for n, fs in g("date_hijri_months", {}).items() for f in fs}
        self.hijri_ctx = set(keys("date_hijri_months_need_year"))
        self.ordinals = table("date_ordinal_days")
        self.wd_full = {key(f): int(n) for n, fs in g("date_weekdays", {}).items() for f in fs}
        self.wd_all = dict(self.wd_full)
        self.wd_all.update({key(f): int(n) for n, fs in g("date_weekdays_in_dates", {}).items() for f in fs})
        self.wd_ctx = set(keys("date_weekdays_need_context"))
        self.wd_cues = set(keys("date_weekday_cues_before"))
        self.wd_deixis = table("date_weekday_deixis")
        self.mrel_b = table("date_month_relative_before")
        self.mrel_a = table("date_month_relative_after")
        self.wrel_b = table("date_weekday_relative_before")
        self.wrel_a = table("date_weekday_relative_after")
        self.relative = table("date_relative")
        self.today_block = set(keys("date_today_not_before"))
        self.today_block_before = set(keys("date_today_not_after"))
        self.ago_units = table("date_ago_units")
        self.counts = {key(k): v for k, v in g("number_words", {}).items() if isinstance(v, int) and v <= 31}
        self.slash_default = g("date_numeric_slash_default")
        self.time_words = set(keys("date_time_words"))
        # words that may stand beside a date on its own line: times, zones, and the connectors of
        # a Hijri and a Gregorian date (الموافق)
        self.line_words = self.time_words | {w for c in keys("date_calendar_connectors") for w in c.split()}
        self.labels = {key(f): kind for kind, fs in g("date_publication_labels", {}).items() for f in fs}
        self.nav = set(keys("date_page_navigation"))
        self.not_place = set(keys("date_dateline_not_place"))
        self.month_at = re.compile(T(self.months))
        self.hijri_at = re.compile(T(self.hijri))
        # an ordinal day word triggers only with the word after it (السابع من، seventh of)
        links = {c.split()[0] for c in keys("date_ordinal_connectors")}
        self.ord_trig = {f"{o} {c}": o for o in self.ordinals for c in links}
        self.trig_kinds: dict[str, tuple[str, ...]] = {}     # trigger word -> what it may start
        for kind, words in (("m", self.months), ("w", self.wd_full), ("o", self.ord_trig), ("r", self.relative),
                            ("a", self.ago_units)):
            for w in words:
                self.trig_kinds[w] = self.trig_kinds.get(w, ()) + (kind,)
        self.trig = trigger_patterns(self.trig_kinds, CLITIC, article=True)
        self.dom = table("date_day_of_month_relative")
        rx_dom = T(self.dom)
        self.rx_dom = re.compile(rf"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])\s+(?P<r>{rx_dom}){_NOWORD}")
        pair = r"(?:\s*[/\-–]\s*|\s*\(\s*|\s+)"
        alts = []
        for n in range(1, 13):
            t = T([f for f, m in self.months.items() if m == n])
            alts.append(f"{t}(?:{pair}{t}(?:\\s*\\))?)?")
        mx = f"(?P<m>{'|'.join(alts)}){_NOWORD}"
        rng = T(keys("date_range_connectors"))
        yconn = T(keys("date_year_connectors"))
        year_after = rf"(?:(?:,?\s+(?:{yconn})\s+|\s*[,،/\-–]\s*|\s+){YEAR})?"
        rel_a = rf"(?:\s+(?P<rel>{T(self.mrel_a)}){_NOWORD})?"
        d0 = rf"(?:(?P<d0>[0-3]?[0-9])(?:st|nd|rd|th)?\s*(?:{rng})\s*(?:[{CLITIC}](?=[0-9]))?)?"
        self.rx_dm = re.compile(d0 + r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])(?:\s*[/\-–.]\s*|\s*(?:of\s+)?)"
                                + rf"(?<![^\W\d_]){mx}{year_after}" + rel_a)
        self.rx_month = re.compile(
            mx + r"(?:\.?\s*" + d0 + r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9:])(?![.,][0-9])"
            + rf"(?:\s*,?\s*{YEAR})?|(?:,?\s+(?:{yconn})\s+|\s*[,،/\-–]\s*|\s+)(?P<y2>(?:19|20)[0-9][0-9])(?![0-9]))?"
            + rel_a)
        # السابع من تموز 2024، الحادي والعشرين من آذار، the seventh of July; السابع من الشهر الجاري
        ordc = T(keys("date_ordinal_connectors"))
        hx = rf"(?P<h>{T(self.hijri)}){_NOWORD}"
        hy = rf"(?:\s*(?P<hy>1[2-5][0-9][0-9])(?![0-9]))?(?:\s*(?P<hm>{T(keys('date_hijri_year_marks'))}){_NOWORD})?"
        self.rx_ord = re.compile(rf"(?P<o>{T(self.ordinals)}){_NOWORD}(?:\s+(?P<r>{rx_dom}){_NOWORD}|\s+(?:{ordc})\s+"
                                 rf"(?:{mx}{year_after}{rel_a}|{hx}{hy}))")
        self.ord_block = Phrases(keys("date_ordinal_not_after"), CLITIC)
        # 5 ذو الحجة 1445 هـ: a Hijri date (kept as a span, not converted)
        self.rx_hijri = re.compile(rf"(?P<d>[0-3]?[0-9])(?![0-9])\s*(?:{ordc}\s+)?{hx}{hy}")
        tail = r"(?![0-9]|[/.][0-9])(?:(?=t[0-9])|(?![^\W\d_]))"        # 2020-03-29T10:00 allowed
        self.rx_num = re.compile(r"(?P<a>[0-3]?[0-9])\s?(?P<s>[/.\-–])\s?(?P<b>[0-3]?[0-9])\s?(?P=s)\s?"
                                 r"(?P<y>(?:19|20)[0-9][0-9])" + tail)
        self.rx_iso = re.compile(r"(?P<y>(?:19|20)[0-9][0-9])(?P<s>[/.\-–])(?P<b>[01]?[0-9])(?P=s)(?P<a>[0-3]?[0-9])" + tail)
        self.p_wd = Phrases(self.wd_all, "وفب")
        self.p_wprefix = Phrases(keys("date_weekday_prefixes"))
        self.p_deixis = Phrases(self.wd_deixis, "وفب")
        self.p_dprefix = Phrases(keys("date_day_prefixes"), "وفب")
        self.mparts = set(keys("date_month_parts"))        # cues that belong to the expression
        self.p_cues = Phrases(keys("date_month_cues_before") + sorted(self.mparts), CLITIC)
        self.p_mprefix = Phrases(keys("date_month_prefixes"), CLITIC)
        self.p_mrel_b = Phrases(self.mrel_b)
        self.p_wrel_b = Phrases(self.wrel_b)
        self.rx_wd = re.compile(rf"(?P<wd>{T(self.wd_full)})(?:\s+(?P<rel>{T(self.wrel_a)}){_NOWORD})?")
        self.p_ago_b = Phrases(keys("date_ago_before"), "وفب")
        self.p_counts = Phrases(list(self.counts) + ["a", "an"] + [str(i) for i in range(1, 32)])
        self.rx_ago_fwd = re.compile(rf"\s+(?P<post>{T(keys('date_ago_after'))}){_NOWORD}")
        self.p_ycues = Phrases(keys("date_year_cues"), CLITIC)
        self.p_deadline = Phrases(keys("date_deadline_cues"), CLITIC)
        self.re_label = re.compile("|".join(trie_alternatives(self.labels)) or r"(?!x)x")
        rel_markers = T(keys("date_related_markers"))
        self.re_related = re.compile(rf"(?m)^[\W_]*(?:{rel_markers}){_NOWORD}(?P<rest>.*)$")
        self.rx_range = re.compile(rf"\s*(?:{rng})\s*$")
        self.scan_cache: dict = {}       # text -> (Folded, hits); ("ctx"|"pub", text) -> ...


compiled = PerLexicon(DateLang)      # lexicon -> its DateLang


def clear_caches() -> None:
    """Forget every text scanned so far (benchmarks; the caches hold only the last few texts)."""
    for C in compiled.values():
        C.scan_cache.clear()
