"""Finding date expressions: every date-like :class:`~kg.extract.datelex.Hit` of a folded text,
non-overlapping, in text order (internal to :mod:`kg.extract.dates`).

The scan visits word starts only (digit runs and lexicon words, :func:`~kg.extract.textscan.triggers`)
and looks back with :class:`~kg.extract.textscan.Phrases` for what may stand before a date
(a weekday, يوم, a cue, a month part such as منتصف / mid, a relative qualifier).
"""
from __future__ import annotations

import datetime as dt
import re

from .datelex import DateLang, Hit, norm, valid
from .textscan import Folded, folded, triggers

_WORD_EDGE = ".,،؛;:!?؟\"'«»“”()[]"      # punctuation that may cling to a word in the scanned text


def _numeric(C: DateLang, m: re.Match, wd: int | None) -> tuple[int | None, int | None]:
    """(month, day) of a d/m/y numeric date; (None, None) when its order can't be told."""
    y, a, b = int(m["y"]), int(m["a"]), int(m["b"])
    ok = list(dict.fromkeys(o for o in ((b, a), (a, b)) if 1 <= o[0] <= 12 and o[1] >= 1 and valid(y, *o)))
    if len(ok) > 1 and wd is not None:
        ok = [o for o in ok if dt.date(y, *o).weekday() == wd] or ok
    if len(ok) > 1 and (m["s"] != "/" or C.slash_default == "dmy"):
        ok = ok[:1]
    elif len(ok) > 1 and C.slash_default == "mdy":
        ok = ok[1:]
    return ok[0] if len(ok) == 1 else (None, None)


def _weekday_context(C: DateLang, s: str, start: int, end: int) -> bool:
    """An ambiguous weekday word (الاثنين 'the two', الأحد) needs a cue around it."""
    before = s[max(0, start - 15):start].rstrip()
    after = s[end:end + 3].lstrip()
    if not before or before[-1] in ",،.:\n(" or (after and after[0] in ",،.)"):
        return True
    words = before.split()
    return bool(words) and words[-1] in C.wd_cues


class _Scanner:
    """Finds the date hits of one folded text (see :func:`scan`)."""

    def __init__(self, C: DateLang, f: Folded):
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
            self.add("relative", st, m.end(), day=int(m["d"]), offset=("months", self.C.dom[norm(m["r"])]))

    def hijri(self, m: re.Match, st: int, look: int) -> bool:
        """A Hijri date (``5 ذو الحجة 1445 هـ``): a span of its own, not converted; a month
        name that is also a common word (صفر 'zero', رجب) needs the year."""
        if norm(self.C.hijri_at.match(m["h"]).group()) in self.C.hijri_ctx and not (m["hy"] or m["hm"]):
            return False
        slot = self.weekday_slot(look)
        self.add("hijri", slot[0] if slot else st, m.end())
        return True

    def digits(self, p: int, p0: int, run: str) -> bool:
        C, s = self.C, self.s
        best = None
        after = s[p + len(run):p + len(run) + 2].lstrip()[:1]
        if C.hijri and after.isalpha():
            h = C.rx_hijri.match(s, p)
            if h and self.hijri(h, p, p0):
                return True
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
            if mo and d and valid(y, mo, d):
                self.add("date", st, best.end(), y, mo, d, wd, self.rel(best["rel"], None))
        elif best.re is C.rx_num:
            mo, d = _numeric(C, best, wd)
            self.add("date", st, best.end(), int(best["y"]), mo, d, wd)
        else:
            mo, d = int(best["b"]), int(best["a"])
            if 1 <= mo <= 12 and d and valid(int(best["y"]), mo, d):
                self.add("date", p, best.end(), int(best["y"]), mo, d)
        return True

    def ordinal(self, p: int, p0: int) -> None:
        """An ordinal day word before a month (السابع من تموز، the seventh of July), a Hijri
        month, or a relative month (السابع من الشهر الجاري); not after a noun it would
        qualify instead (النصف الثاني من آذار 'the second half of March')."""
        C, s = self.C, self.s
        m = C.rx_ord.match(s, p)
        if not m or C.ord_block.before(s, p0):
            return
        day = C.ordinals[norm(m["o"])]
        if m["h"]:
            self.hijri(m, p, p0)
            return
        slot = self.weekday_slot(p0)
        st, wd = slot if slot and slot[1] != -1 else (p, None)
        if m["r"]:
            self.add("relative", st, m.end(), day=day, offset=("months", C.dom[norm(m["r"])]))
            return
        mo = self.month_of(m)
        y = int(m["y"]) if m["y"] else None
        if mo and valid(y, mo, day):
            self.add("date", st, m.end(), y, mo, day, wd, self.rel(m["rel"], None))

    def month_of(self, m: re.Match) -> int | None:
        if not self.capital(m.start("m")):
            return None
        return self.C.months.get(norm(self.C.month_at.match(m["m"]).group()))

    def rel(self, after: str | None, before: str | None) -> str | None:
        if after:
            return self.C.mrel_a.get(norm(after))
        return self.C.mrel_b.get(norm(before)) if before else None

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
            if d and valid(y, mo, d):
                self.add("date", st, m.end(), y, mo, d, wd, self.rel(m["rel"], None))
            return
        st = p
        relb = C.p_mrel_b.before(s, st)
        if relb:
            st = relb[0]
        mp = C.p_mprefix.before(s, st)
        if mp:
            st = mp[0]
        cue = C.p_cues.before(s, st, " \t\n-")
        if cue and cue[1] in C.mparts:                      # منتصف آذار، أواخر شهر مارس، mid-March
            st = cue[0]
        rel = self.rel(m["rel"], relb[1] if relb else None)
        first = norm(C.month_at.match(m["m"]).group())
        paired = len(norm(m["m"])) > len(first)
        if y is None and first in C.month_ctx and not (paired or cue or mp or rel):
            return
        self.add("date", st, m.end(), y, mo, None, None, rel)

    def weekday(self, p: int, p0: int) -> None:
        C, s = self.C, self.s
        m = C.rx_wd.match(s, p)
        if not m or not self.capital(p):
            return
        st = p
        deixis = None
        wp = C.p_wprefix.before(s, p0)
        if wp:
            st = wp[0]
            dx = C.p_deixis.before(s, p0)
            if dx and dx[0] <= st:
                st, deixis = dx[0], ("days", C.wd_deixis[dx[1]])
        else:
            dx = C.p_deixis.before(s, p0, " \t,،")          # yesterday, Monday / today (Monday)
            if dx:
                st, deixis = dx[0], ("days", C.wd_deixis[dx[1]])
        relb = C.p_wrel_b.before(s, st)
        if relb:
            st = relb[0]
        rel = C.wrel_a.get(norm(m["rel"])) if m["rel"] else (C.wrel_b[relb[1]] if relb else None)
        if m["wd"] in C.wd_ctx and not (rel or wp or deixis or _weekday_context(C, s, p0, m.end("wd"))):
            return
        self.add("weekday", st, m.end(), weekday=C.wd_full[m["wd"]], rel=rel, offset=None if rel else deixis)

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


def scan(text: str, C: DateLang) -> tuple[Folded, list[Hit]]:
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
        if " " in w or "\n" in w or "\t" in w:
            w = norm(w)
        for kind in C.trig_kinds.get(w, ()):
            if kind == "m":
                sc.month(p)
            elif kind == "w":
                sc.weekday(p, p - len(pre))
            elif kind == "o":
                sc.ordinal(p, p - len(pre))
            elif kind == "r":
                nxt = s[e:e + 20].split()       # the next word, the sentence's punctuation off (اليوم ذاته.)
                nxt = [nxt[0].strip(_WORD_EDGE)] if nxt else []
                prv = s[max(0, p - len(pre) - 20):p - len(pre)].split()
                prv = [prv[-1].strip(_WORD_EDGE)] if prv else []
                today = C.relative[w].get("days") == 0
                if not (today and (nxt and nxt[0] in C.today_block or prv and prv[0] in C.today_block_before)):
                    sc.add("relative", p, e, offset=next(iter(C.relative[w].items())))
            elif pre == "":
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
