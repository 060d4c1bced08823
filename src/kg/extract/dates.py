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
* month + year, a month alone (``في فبراير``; ambiguous words such as مارس/May need a cue) and
  cued years (``عام 2021``, ``in 2019``): month/day None;
* relative expressions (اليوم، أمس، قبل يومين، الأسبوع الماضي، الشهر الماضي، الـ15 من الشهر
  الجاري، "yesterday", "last Wednesday", "the 15th of this month", a weekday alone = the most
  recent on or before ``anchor``) ONLY when ``anchor`` (the publication date) is given; vague
  ones (قبل أيام، "a few days ago") never. A week resolves to its month when it lies in one.

Year of a date without one: a stated year wins; else a weekday next to the date fixes it when
exactly one year of the window (context_year +-1, else anchor's year -1..+1, else the years the
text states +-1) matches (none matching: the year stays None); else the nearest year to
``anchor``; else ``context_year`` (a day-month across New Year from the text's dated events
takes the neighbouring year); else None. ``year_inferred`` is True whenever the year was not
stated. Anchor-resolved relative dates are not marked inferred.

Matching runs on :func:`folded` text (the folding of :func:`kg.normalise.fold`: diacritics and
tatweel dropped, alef/hamza/ya/ta-marbuta folded, Arabic-Indic digits, lower case) with an
offset map back to ``text``; it keeps '-' and '.' so 2020-03-29 and 13-15 survive.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from ..model import DateValue, Span
from ..normalise import fold

# --- folding with an offset map ------------------------------------------------------------------

_RANGES = ((0x00, 0x24F), (0x0300, 0x036F), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF),
           (0x2000, 0x206F), (0x3000, 0x3000), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_COMMON = set("أإآٱؤئىةیکھہۀ‘’`\u00a0\u2009\u202f\u200a\u2002\u2003") | {chr(0x660 + i) for i in range(10)} \
    | {chr(0x6F0 + i) for i in range(10)}
_DEL = "\x00"


class _Fold:
    """The folding of :func:`kg.normalise.fold`, char by char, as fast string operations:
    ``str.replace`` for the common changes, ``str.translate`` when rarer characters occur."""

    def __init__(self):
        table: dict[int, str] = {0: _DEL}
        for lo, hi in _RANGES:
            for cp in range(lo, hi + 1):
                ch = chr(cp)
                f = fold(ch)
                if f != ch and len(f) <= 1:
                    table[cp] = f or _DEL
        self.table = table
        self.common = [(chr(k), v) for k, v in table.items() if chr(k) in _COMMON]
        rare = "".join(re.escape(chr(k)) for k, v in table.items() if k >= 128 and v != _DEL and chr(k) not in _COMMON)
        self.rare = re.compile(f"[{rare}]")
        self.drop = re.compile("[" + "".join(re.escape(chr(k)) for k, v in table.items() if v == _DEL) + "]")

    def __call__(self, text: str) -> tuple[str, tuple[int, ...]]:
        t = text
        if not t.isascii():
            if self.rare.search(t):
                t = t.translate(self.table)
            else:
                for a, b in self.common:
                    if a in t:
                        t = t.replace(a, b)
        low = t.lower()
        if len(low) == len(t):
            t = low
        shifts: tuple[int, ...] = ()
        if self.drop.search(t):
            shifts = tuple(m.start() - j for j, m in enumerate(self.drop.finditer(t)))
            t = self.drop.sub("", t)
        return t, shifts


_FOLDER: list[_Fold] = []


@dataclass(frozen=True)
class Folded:
    """Folded text and the map back: ``shifts[j]`` is the folded index where the j-th
    dropped character was."""

    text: str
    source: str
    shifts: tuple[int, ...]

    def orig(self, i: int) -> int:
        return i + bisect_right(self.shifts, i) if self.shifts else i

    def span(self, ns: int, ne: int) -> tuple[int, int]:
        """Original offsets of the folded slice, widened over the diacritics and tatweel after
        its last letter (دولاراً، أمسِ), which folding dropped."""
        s, e = self.orig(ns), self.orig(ne - 1) + 1 if ne > ns else self.orig(ns)
        src = self.source
        while e < len(src) and (src[e] == "\u0640" or unicodedata.category(src[e]) == "Mn"):
            e += 1
        return s, e


_FOLD_CACHE: dict[str, Folded] = {}


def folded(text: str) -> Folded:
    """``text`` folded for matching (cached for the last few texts)."""
    f = _FOLD_CACHE.get(text)
    if f is None:
        if not _FOLDER:
            _FOLDER.append(_Fold())
        t, shifts = _FOLDER[0](text)
        f = Folded(t, text, shifts)
        if len(_FOLD_CACHE) >= 8:
            _FOLD_CACHE.clear()
        _FOLD_CACHE[text] = f
    return f


def key(word: str) -> str:
    """A lexicon entry as it appears in folded text (single spaces)."""
    return " ".join(folded(word).text.split())


def trie_alternatives(words) -> list[str]:
    """Regex alternatives for ``words`` built as a trie, one per first character (so a pattern
    made of them gets the regex engine's first-character skip). Longest first; a space inside
    an entry matches any run of white space."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return [(r"\s+" if ch == " " else re.escape(ch)) + build(sub) for ch, sub in sorted(trie.items()) if ch]


def trie_regex(words) -> str:
    alts = trie_alternatives(w for w in words if w)
    return "(?:" + "|".join(alts) + ")" if alts else r"(?!x)x"


def trigger_patterns(words, clitics: str = "", article: bool = False) -> tuple[re.Pattern, re.Pattern]:
    """Patterns finding digit runs and ``words`` (groups ``c`` clitic, ``a`` article, ``w``) at
    word starts: one for the text's start, one anchored on the non-word character before a word,
    which lets the regex engine skip to candidates instead of trying every position."""
    body = (rf"(?P<c>[{clitics}]{{1,2}})?" if clitics else "(?P<c>)") + (r"(?P<a>ال)?" if article else "(?P<a>)") \
        + rf"(?P<w>[0-9]+|{trie_regex(words)})"
    return re.compile(body), re.compile(r"[ \n\t\r(\[{\"'«“‘”»،,/\\\-–—:;.!?؟$€£|*…]" + body)


def triggers(patterns: tuple[re.Pattern, re.Pattern], s: str):
    """Matches of :func:`trigger_patterns` in ``s``, in order."""
    first = patterns[0].match(s)
    if first:
        yield first
    yield from patterns[1].finditer(s, first.end() if first else 0)


_CHUNK = re.compile(r"\S+")
_OPENERS = "([{\"'«“‘<"


class Phrases:
    """Folded words or phrases (up to a few words) to look for right before a position."""

    def __init__(self, phrases, clitics: str = ""):
        self.items = {p: v for p, v in (phrases.items() if isinstance(phrases, dict) else ((q, q) for q in phrases))}
        self.maxw = max((len(p.split()) for p in self.items), default=0)
        self.clitics = clitics
        self.last = {p.split()[-1] for p in self.items}
        self.last |= {c + p for p in self.items if " " not in p for c in clitics}

    def before(self, s: str, end: int, gap: str = " \t\n") -> tuple[int, str] | None:
        """(start, phrase) of a phrase that ends where only ``gap`` characters separate it from
        ``end`` (a clitic glued to its first word allowed); None if there is none."""
        if not self.items:
            return None
        j = end
        while j > 0 and s[j - 1] in gap:
            j -= 1
        lo = max(0, j - 30)
        i = max(s.rfind(" ", lo, j), s.rfind("\n", lo, j), s.rfind("\t", lo, j)) + 1
        if s[i or lo:j].lstrip(_OPENERS) not in self.last:
            return None
        lo = max(0, j - 16 * self.maxw)
        ch = [(m.start(), m.group()) for m in _CHUNK.finditer(s, lo, j)]
        if ch and ch[0][0] == lo and lo > 0 and not s[lo - 1].isspace():
            ch = ch[1:]
        for k in range(min(self.maxw, len(ch)), 0, -1):
            st, first = ch[-k]
            stripped = first.lstrip(_OPENERS)
            st += len(first) - len(stripped)
            phrase = " ".join([stripped] + [c for _, c in ch[len(ch) - k + 1:]])
            if phrase in self.items:
                return st, phrase
            if self.clitics and phrase[:1] in self.clitics and phrase[1:] in self.items and len(phrase) > 2:
                return st + 1, phrase[1:]
        return None


def letters_before(s: str, i: int, limit: int = 4) -> str | None:
    """The letters glued before ``s[i]`` (a clitic such as و/ب/ال); None if more than ``limit``."""
    j = i
    while j > 0 and s[j - 1].isalpha():
        j -= 1
        if i - j > limit:
            return None
    return s[j:i]


# --- compiled language knowledge -----------------------------------------------------------------

_YEAR = r"(?P<y>(?:19|20)[0-9][0-9])(?![0-9])(?:\s?م(?![^\W\d_]))?"
_TIME = re.compile(r"(?<![0-9])[0-9]{1,2}:[0-9][0-9](?::[0-9][0-9])?(?![0-9])")
_REL_OFFSETS = {"-1y": -1, "0y": 0, "+1y": 1}
_CLITIC = "وفبل"


class Hit(NamedTuple):
    """One date expression in the folded text (internal; quantities reads the spans)."""

    kind: str                   # date | year | weekday | relative | ago | vague
    ns: int
    ne: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str | None = None      # past / next / this / -1y / 0y / +1y
    offset: tuple | None = None  # relative: ("days", -1) ...
    deadline: bool = False


class _Lang:
    """A lexicon's date knowledge compiled once."""

    def __init__(self, lex: dict):
        g = lex.get
        T = trie_regex
        keys = lambda name: [key(f) for f in g(name, [])]  # noqa: E731
        self.case = bool(g("date_case_sensitive"))
        self.months = {key(f): int(n) for n, fs in g("date_months", {}).items() for f in fs}
        self.month_ctx = set(keys("date_months_need_context"))
        self.wd_full = {key(f): int(n) for n, fs in g("date_weekdays", {}).items() for f in fs}
        self.wd_all = dict(self.wd_full)
        self.wd_all.update({key(f): int(n) for n, fs in g("date_weekdays_in_dates", {}).items() for f in fs})
        self.wd_ctx = set(keys("date_weekdays_need_context"))
        self.wd_cues = set(keys("date_weekday_cues_before"))
        self.mrel_b = {key(k): v for k, v in g("date_month_relative_before", {}).items()}
        self.mrel_a = {key(k): v for k, v in g("date_month_relative_after", {}).items()}
        self.wrel_b = {key(k): v for k, v in g("date_weekday_relative_before", {}).items()}
        self.wrel_a = {key(k): v for k, v in g("date_weekday_relative_after", {}).items()}
        self.relative = {key(k): v for k, v in g("date_relative", {}).items()}
        self.today_block = set(keys("date_today_not_before"))
        self.ago_units = {key(k): v for k, v in g("date_ago_units", {}).items()}
        self.counts = {key(k): v for k, v in g("number_words", {}).items() if isinstance(v, int) and v <= 31}
        self.slash_default = g("date_numeric_slash_default")
        self.time_words = set(keys("date_time_words"))
        self.labels = {key(f): kind for kind, fs in g("date_publication_labels", {}).items() for f in fs}
        self.month_at = re.compile(T(self.months))
        triggers = set(self.months) | set(self.wd_full) | set(self.relative) | set(self.ago_units)
        self.trig = trigger_patterns(triggers, _CLITIC, article=True)
        self.dom = {key(k): v for k, v in g("date_day_of_month_relative", {}).items()}
        self.rx_dom = re.compile(rf"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])\s+(?P<r>{T(self.dom)})(?![^\W\d_])")
        pair = r"(?:\s*[/\-–]\s*|\s*\(\s*|\s+)"
        alts = []
        for n in range(1, 13):
            t = T([f for f, m in self.months.items() if m == n])
            alts.append(f"{t}(?:{pair}{t}(?:\\s*\\))?)?")
        mx = f"(?P<m>{'|'.join(alts)})(?![^\\W\\d_])"
        rng = T(keys("date_range_connectors"))
        yconn = T(keys("date_year_connectors"))
        rel_a = rf"(?:\s+(?P<rel>{T(self.mrel_a)})(?![^\W\d_]))?"
        d0 = rf"(?:(?P<d0>[0-3]?[0-9])(?:st|nd|rd|th)?\s*(?:{rng})\s*(?:[{_CLITIC}](?=[0-9]))?)?"
        self.rx_dm = re.compile(d0 + r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])(?:\s*[/\-–.]\s*|\s*(?:of\s+)?)"
                                + rf"(?<![^\W\d_]){mx}(?:(?:,?\s+(?:{yconn})\s+|\s*[,،/\-–]\s*|\s+){_YEAR})?" + rel_a)
        self.rx_month = re.compile(
            mx + r"(?:\.?\s*" + d0 + r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9:])(?![.,][0-9])"
            + rf"(?:\s*,?\s*{_YEAR})?|(?:,?\s+(?:{yconn})\s+|\s*[,،/\-–]\s*|\s+)(?P<y2>(?:19|20)[0-9][0-9])(?![0-9]))?"
            + rel_a)
        tail = r"(?![0-9]|[/.][0-9])(?:(?=t[0-9])|(?![^\W\d_]))"        # 2020-03-29T10:00 allowed
        self.rx_num = re.compile(r"(?P<a>[0-3]?[0-9])\s?(?P<s>[/.\-–])\s?(?P<b>[0-3]?[0-9])\s?(?P=s)\s?"
                                 r"(?P<y>(?:19|20)[0-9][0-9])" + tail)
        self.rx_iso = re.compile(r"(?P<y>(?:19|20)[0-9][0-9])(?P<s>[/.\-–])(?P<b>[01]?[0-9])(?P=s)(?P<a>[0-3]?[0-9])" + tail)
        self.p_wd = Phrases(self.wd_all, "وفب")
        self.p_wprefix = Phrases(keys("date_weekday_prefixes"))
        self.p_dprefix = Phrases(keys("date_day_prefixes"), "وفب")
        self.p_cues = Phrases(keys("date_month_cues_before"), _CLITIC)
        self.p_mprefix = Phrases(keys("date_month_prefixes"), _CLITIC)
        self.p_mrel_b = Phrases(self.mrel_b)
        self.p_wrel_b = Phrases(self.wrel_b)
        self.rx_wd = re.compile(rf"(?P<wd>{T(self.wd_full)})(?:\s+(?P<rel>{T(self.wrel_a)})(?![^\W\d_]))?")
        self.p_ago_b = Phrases(keys("date_ago_before"), "وفب")
        self.p_counts = Phrases(list(self.counts) + ["a", "an"] + [str(i) for i in range(1, 32)])
        self.rx_ago_fwd = re.compile(rf"\s+(?P<post>{T(keys('date_ago_after'))})(?![^\W\d_])")
        self.p_ycues = Phrases(keys("date_year_cues"), _CLITIC)
        self.p_deadline = Phrases(keys("date_deadline_cues"), _CLITIC)
        self.re_label = re.compile("|".join(trie_alternatives(self.labels)) or r"(?!x)x")
        rel_markers = T(keys("date_related_markers"))
        self.re_related = re.compile(rf"(?m)^[\W_]*(?:{rel_markers})(?![^\W\d_])(?P<rest>.*)$")
        self.rx_range = re.compile(rf"\s*(?:{rng})\s*$")
        self.scan_cache: dict = {}       # text -> (Folded, hits); ("ctx"|"pub", text) -> ...


_COMPILED: dict[int, tuple[dict, _Lang]] = {}


def compiled(lexicon: dict) -> _Lang:
    entry = _COMPILED.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        if len(_COMPILED) >= 8:                     # callers should pass load_lexicon(lang) itself
            _COMPILED.clear()
        entry = (lexicon, _Lang(lexicon))
        _COMPILED[id(lexicon)] = entry
    return entry[1]


# --- scanning ------------------------------------------------------------------------------------

def _valid(y: int | None, m: int, d: int | None) -> bool:
    return d is None or 1 <= d <= calendar.monthrange(y or 2000, m)[1]


def _numeric(C: _Lang, m: re.Match, wd: int | None) -> tuple[int | None, int | None]:
    """(month, day) of a d/m/y numeric date; (None, None) when its order can't be told."""
    y, a, b = int(m["y"]), int(m["a"]), int(m["b"])
    ok = list(dict.fromkeys(o for o in ((b, a), (a, b)) if 1 <= o[0] <= 12 and o[1] >= 1 and _valid(y, *o)))
    if len(ok) > 1 and wd is not None:
        ok = [o for o in ok if dt.date(y, *o).weekday() == wd] or ok
    if len(ok) > 1 and (m["s"] != "/" or C.slash_default == "dmy"):
        ok = ok[:1]
    elif len(ok) > 1 and C.slash_default == "mdy":
        ok = ok[1:]
    return ok[0] if len(ok) == 1 else (None, None)


class _Scanner:
    """Finds the date hits of one folded text (see :func:`_scan`)."""

    def __init__(self, C: _Lang, f: Folded):
        self.C, self.f, self.s = C, f, f.text
        self.cands: list[Hit] = []

    def capital(self, i: int) -> bool:
        return not self.C.case or self.f.source[self.f.orig(i)].isupper()

    def weekday_slot(self, end: int) -> tuple[int, int | None] | None:
        """(start, weekday) of a weekday or يوم right before a date; None if none;
        weekday -1 when the name fails the case check."""
        C = self.C
        hit = C.p_wd.before(self.s, end, " \t,،")
        if hit:
            st, w = hit
            wd = C.wd_all[w] if self.capital(st) else -1
            pre = C.p_wprefix.before(self.s, st)
            return (pre[0] if pre else st), wd
        hit = C.p_dprefix.before(self.s, end)
        return (hit[0], None) if hit else None

    def add(self, *args, **kw) -> None:
        self.cands.append(Hit(*args, **kw))

    def day_of_month(self, p: int, st: int) -> None:
        """الـ15 من الشهر الجاري: a day of the current (last, next) month."""
        m = self.C.rx_dom.match(self.s, p)
        if m and 1 <= int(m["d"]) <= 31:
            self.add("relative", st, m.end(), day=int(m["d"]),
                     offset=("months", self.C.dom[" ".join(m["r"].split())]))

    def digits(self, p: int, p0: int, run: str) -> bool:
        C, s = self.C, self.s
        best = None
        after = s[p + len(run):p + len(run) + 2].lstrip()[:1]
        for rx in ((C.rx_num, C.rx_iso, C.rx_dm) if after and after in "/.-–" else (C.rx_dm,)):
            m = rx.match(s, p)
            if m and (best is None or m.end() > best.end()):
                best = m
        if best is None:
            if len(run) == 4 and run[:2] in ("19", "20"):
                y = int(run)
                if s[p + 4:p + 7].strip().startswith("م") and not s[p + 4:p + 7].strip()[1:2].isalpha() \
                        or C.p_ycues.before(s, p0):
                    self.add("year", p, p + 4, y)
                    return True
            return False
        slot = self.weekday_slot(p0)
        st, wd = (slot if slot else (p, None))
        if wd == -1:
            st, wd = p, None
        if best.re is C.rx_dm:
            mo = self.month_of(best)
            d, y = int(best["d"]), int(best["y"]) if best["y"] else None
            if mo and d and _valid(y, mo, d):
                self.add("date", st, best.end(), y, mo, d, wd, self.rel(best["rel"], None))
        elif best.re is C.rx_num:
            mo, d = _numeric(C, best, wd)
            self.add("date", st, best.end(), int(best["y"]), mo, d, wd)
        else:
            mo, d = int(best["b"]), int(best["a"])
            if 1 <= mo <= 12 and d and _valid(int(best["y"]), mo, d):
                self.add("date", p, best.end(), int(best["y"]), mo, d)
        return True

    def month_of(self, m: re.Match) -> int | None:
        if not self.capital(m.start("m")):
            return None
        return self.C.months.get(" ".join(self.C.month_at.match(m["m"]).group().split()))

    def rel(self, after: str | None, before: str | None) -> str | None:
        if after:
            return self.C.mrel_a.get(" ".join(after.split()))
        return self.C.mrel_b.get(" ".join(before.split())) if before else None

    def month(self, p: int) -> None:
        C, s = self.C, self.s
        m = C.rx_month.match(s, p)
        mo = self.month_of(m) if m else None
        if mo is None:
            return
        y = int(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
        if m["d"]:
            d = int(m["d"])
            slot = self.weekday_slot(p)
            st, wd = slot if slot and slot[1] != -1 else (p, None)
            if d and _valid(y, mo, d):
                self.add("date", st, m.end(), y, mo, d, wd, self.rel(m["rel"], None))
            return
        st = p
        relb = C.p_mrel_b.before(s, st)
        if relb:
            st = relb[0]
        mp = C.p_mprefix.before(s, st)
        if mp:
            st = mp[0]
        cue = C.p_cues.before(s, st)
        rel = self.rel(m["rel"], relb[1] if relb else None)
        first = " ".join(C.month_at.match(m["m"]).group().split())
        paired = len(" ".join(m["m"].split())) > len(first)
        if y is None and first in C.month_ctx and not (paired or cue or mp or rel):
            return
        self.add("date", st, m.end(), y, mo, None, None, rel)

    def weekday(self, p: int, p0: int) -> None:
        C, s = self.C, self.s
        m = C.rx_wd.match(s, p)
        if not m or not self.capital(p):
            return
        st = p
        wp = C.p_wprefix.before(s, p0)
        if wp:
            st = wp[0]
        relb = C.p_wrel_b.before(s, st)
        if relb:
            st = relb[0]
        rel = C.wrel_a.get(" ".join(m["rel"].split())) if m["rel"] else (C.wrel_b[relb[1]] if relb else None)
        if m["wd"] in C.wd_ctx and not (rel or wp or _weekday_context(C, s, p0, m.end("wd"))):
            return
        self.add("weekday", st, m.end(), weekday=C.wd_full[m["wd"]], rel=rel)

    def ago(self, p: int, e: int, unit: str) -> None:
        C, s = self.C, self.s
        num = C.p_counts.before(s, p)
        pre = C.p_ago_b.before(s, num[0] if num else p)
        fwd = C.rx_ago_fwd.match(s, e)
        if not (pre or fwd):
            return
        n = num[1] if num else None
        count = C.ago_units[unit] or ((1 if n in ("a", "an") else int(n) if n.isdigit() else C.counts.get(n)) if n else None)
        st = pre[0] if pre else (num[0] if num else p)
        en = fwd.end() if fwd else e
        self.add("ago", st, en, offset=("days", -count)) if count else self.add("vague", st, en)


def _scan(text: str, C: _Lang) -> tuple[Folded, list[Hit]]:
    """Every date-like expression, non-overlapping, in text order (cached per text)."""
    got = C.scan_cache.get(text)
    if got is not None:
        return got
    f = folded(text)
    s = f.text
    sc = _Scanner(C, f)
    for m in triggers(C.trig, s):
        p, e, w, pre = m.start("w"), m.end(), m["w"], m["c"] or ""
        if len(pre) > 1:
            continue
        if w[0].isdigit():
            if m["a"] or not sc.digits(p, p - len(pre), w):
                sc.day_of_month(p, m.start("a") if m["a"] else p)
            continue
        if m["a"]:
            p, w = m.start("a"), "ال" + w                      # بالأمس: the article belongs to the word
        if e < len(s) and s[e].isalpha():
            continue
        w = " ".join(w.split())
        if w in C.months:
            sc.month(p)
        if w in C.wd_full:
            sc.weekday(p, p - len(pre))
        if w in C.relative:
            nxt = s[e:e + 20].split()
            if not (C.relative[w].get("days") == 0 and nxt and nxt[0] in C.today_block):
                sc.add("relative", p, e, offset=next(iter(C.relative[w].items())))
        if w in C.ago_units and pre == "":
            sc.ago(p, e, w)
    sc.cands.sort(key=lambda h: (h.ns, -(h.ne - h.ns)))
    hits: list[Hit] = []
    for h in sc.cands:
        if hits and h.ns < hits[-1].ne:
            continue
        last = hits[-1] if hits else None
        if last and h.kind == last.kind == "date" and h.day and last.day and C.rx_range.match(s, last.ne, h.ns) \
                and not (last.year and not h.year):
            hits[-1] = Hit("date", last.ns, h.ne, h.year, h.month, h.day, h.weekday, h.rel)   # a range: the end
            continue
        if h.kind in ("date", "year") and h.year and C.p_deadline.before(s, h.ns):
            h = h._replace(deadline=True)
        hits.append(h)
    if len(C.scan_cache) >= 16:
        C.scan_cache.clear()
    C.scan_cache[text] = (f, hits)
    return f, hits


def _weekday_context(C: _Lang, s: str, start: int, end: int) -> bool:
    """An ambiguous weekday word (الاثنين 'the two', الأحد) needs a cue around it."""
    before = s[max(0, start - 15):start].rstrip()
    after = s[end:end + 3].lstrip()
    if not before or before[-1] in ",،.:\n(" or (after and after[0] in ",،.)"):
        return True
    words = before.split()
    return bool(words) and words[-1] in C.wd_cues


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
            ok = [y for y in window if _valid(y, m, d) and dt.date(y, m, d).weekday() == h.weekday]
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
        return (y, m, h.day) if _valid(y, m, h.day) else (None, None, None)
    return anchor.year + k, None, None


@dataclass(frozen=True)
class _Context:
    f: Folded
    hits: list[Hit]
    furniture: frozenset[int]       # indexes of hits that are page furniture
    cut: int                        # start of a related-articles block (or len)
    related: tuple                  # (start, end) of lines opened by a related marker

    @property
    def years(self) -> set[int]:
        return {h.year for i, h in enumerate(self.hits) if h.kind in ("date", "year") and h.year
                and i not in self.furniture}

    @property
    def refs(self) -> list[dt.date]:
        return [dt.date(h.year, h.month, h.day or 15) for i, h in enumerate(self.hits)
                if h.kind == "date" and h.year and h.month and i not in self.furniture and _valid(h.year, h.month, h.day)]


def _line(s: str, pos: int) -> tuple[int, int, int]:
    """(start, end, index) of the line holding ``pos``."""
    st = s.rfind("\n", 0, pos) + 1
    en = s.find("\n", pos)
    return st, (len(s) if en < 0 else en), s.count("\n", 0, st)


def _rest(C: _Lang, rest: str) -> tuple[bool, bool]:
    """(only a time and punctuation left, a time of day present) beside a date on its line."""
    words = [w for w in re.findall(r"[^\W\d_]+", _TIME.sub(" ", rest)) if w not in C.time_words]
    return not words, bool(_TIME.search(rest))


def _context(text: str, C: _Lang) -> _Context:
    """Hits plus page furniture: a date alone on a line near the top without a time (a 'today's
    date' widget) and anything in related-article lists (a marker line, or the block after a
    marker standing alone on its line)."""
    f, hits = _scan(text, C)
    got = C.scan_cache.get(("ctx", text))
    if got is not None:
        return got
    s = f.text
    related, cut = [], len(s)
    for m in C.re_related.finditer(s):
        related.append((m.start(), m.end()))
        if not m["rest"].strip(" :：-–|") and cut == len(s):
            cut = m.start()
    furniture = set()
    for i, h in enumerate(hits):
        if h.ns >= cut or any(a <= h.ns < b for a, b in related):
            furniture.add(i)
        elif h.kind == "date" and h.year:
            st, en, idx = _line(s, h.ns)
            if idx < 8 and h.ne <= en and _rest(C, s[st:h.ns] + " " + s[h.ne:en]) == (True, False):
                furniture.add(i)
    ctx = _Context(f, hits, frozenset(furniture), cut, tuple(related))
    C.scan_cache[("ctx", text)] = ctx
    return ctx


def _value(f: Folded, h: Hit, y, m, d, inferred=False) -> DateValue:
    s, e = f.span(h.ns, h.ne)
    return DateValue(y, m, d, Span(s, e), f.source[s:e], inferred)


def find_dates(text: str, lang: str, lexicon: dict, *, anchor: dt.date | None = None,
               context_year: int | None = None) -> list[DateValue]:
    """Every date expression in ``text`` resolved as far as the text (and ``anchor``, the
    publication date, and ``context_year``) allows; see the module doc."""
    C = compiled(lexicon)
    ctx = _context(text, C)
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
            if h.month and y and not _valid(y, h.month, h.day):
                y, inferred = None, False
            out.append(_value(ctx.f, h, y, h.month, h.day, inferred))
        elif h.kind == "year":
            out.append(_value(ctx.f, h, h.year, None, None))
        elif anchor is not None and h.kind in ("weekday", "relative", "ago"):
            y, m, d = _relative(h, anchor)
            if y:
                out.append(_value(ctx.f, h, y, m, d))
    return out


def find_weekdays(text: str, lang: str, lexicon: dict) -> list[tuple[int, Span]]:
    """Weekday names (0 = Monday) that are not part of a calendar date expression
    (``يوم الأحد``, ``الخميس الماضي``, ``on Sunday``); a weekday inside ``الأحد 29 آذار`` is
    used by :func:`find_dates` to check or fix that date instead."""
    f, hits = _scan(text, compiled(lexicon))
    return [(h.weekday, Span(*f.span(h.ns, h.ne))) for h in hits if h.kind == "weekday"]


def context_year_of(text: str, lang: str, lexicon: dict) -> int | None:
    """The year the article's context implies: the publication year when the text states it,
    else the most frequent explicit year 1990-2035 in date expressions and cued phrases
    (بداية 2020، عام 2021، in 2019; a deadline 'by 2025' counts half, page furniture not at
    all); a tie goes to the latest year. None if the text states no year."""
    pub = publication_date(text, lang, lexicon)
    if pub is not None:
        return pub.year
    ctx = _context(text, compiled(lexicon))
    votes: Counter = Counter()
    for i, h in enumerate(ctx.hits):
        if h.kind in ("date", "year") and h.year and 1990 <= h.year <= 2035 and i not in ctx.furniture:
            votes[h.year] += 0.5 if h.deadline else 1.0
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0] if votes else None


def publication_date(text: str, lang: str, lexicon: dict) -> DateValue | None:
    """The article's publication date when the text states it: after a label (نشر في، تاريخ
    النشر، آخر تحديث، Published, Updated), as a date-and-time stamp line near the top
    (``14 May 2021 20:29 IST``), or in a dateline opening the body (``بغداد - 12 آذار 2020:``).
    A date alone on a header line without a time (a 'today's date' widget) or inside a
    related-articles list is not one. Only full dates with a stated year; None when unsure."""
    C = compiled(lexicon)
    key_ = ("pub", text)
    if key_ not in C.scan_cache:
        C.scan_cache[key_] = _publication(C, _context(text, C))
    return C.scan_cache[key_]


_DATELINE_HEAD = re.compile(r"[^\W\d_][^\d\n]{0,40}?\s*[,،\-–—]\s*")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?[:\-–—]\s*\S")
_LABEL_WORDS = re.compile(r"(?<![^\W\d_])(?:on|at|في|بتاريخ|يوم)(?![^\W\d_])")   # between a label and its date


def _publication(C: _Lang, ctx: "_Context") -> DateValue | None:
    s = ctx.f.text
    full = [h for i, h in enumerate(ctx.hits) if h.kind == "date" and h.year and h.month and h.day
            and h.ns < ctx.cut and not any(a <= h.ns < b for a, b in ctx.related)]
    if not full:
        return None
    found: dict[str, set] = {"published": set(), "updated": set(), "stamp": set(), "dateline": set()}
    for m in C.re_label.finditer(s, 0, ctx.cut):
        if letters_before(s, m.start()) != "" or s[m.end():m.end() + 1].isalpha():
            continue
        for h in full:
            if 0 <= h.ns - m.end() <= 30 and _rest(C, _LABEL_WORDS.sub(" ", s[m.end():h.ns]))[0]:
                found[C.labels[" ".join(m.group().split())]].add(h)
                break
    for h in full:
        st, en, idx = _line(s, h.ns)
        if idx >= 12 or h.ne > en:
            continue
        alone, has_time = _rest(C, s[st:h.ns] + " " + s[h.ne:en])
        if alone and has_time:
            found["stamp"].add(h)
        elif _DATELINE_HEAD.fullmatch(s, st, h.ns) and len(s[st:h.ns].split()) <= 5 and _DATELINE_TAIL.match(s, h.ne, en):
            found["dateline"].add(h)
    for kind in ("published", "updated", "stamp", "dateline"):
        dates = {(h.year, h.month, h.day) for h in found[kind]}
        if len(dates) > 1:
            return None
        if dates:
            h = min(found[kind], key=lambda x: x.ns)
            return _value(ctx.f, h, h.year, h.month, h.day)
    return None


def date_spans(text: str, lexicon: dict) -> list[tuple[int, int]]:
    """Folded-text spans of every date-like expression, relative and vague ones included
    (for :mod:`kg.extract.quantities`, which must not read their numbers as quantities)."""
    _, hits = _scan(text, compiled(lexicon))
    return [(h.ns, h.ne) for h in hits]


__all__ = ["find_dates", "find_weekdays", "context_year_of", "publication_date"]
