"""The timeline page: per base, which force held it when, with the handovers marked and their
sources listed. Plain HTML and CSS generated here (no script at all, nothing fetched); every
string from the graph goes through :func:`html.escape` and sits in a ``<bdi>`` so Arabic and
English runs keep their own direction.

Reads ``hko:HoldingPeriod`` (``heldBase``, ``holder``, ``periodStart``/``periodEnd``, absent =
open) and ``hko:Handover`` (``base``, ``fromForce``, ``toForce``, ``date``) from the graph.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from pathlib import Path

from rdflib import RDF, URIRef
from rdflib.namespace import PROV

from .namespace import HKO
from .viz_data import _Reader, clip, number, short

TEMPLATES = Path(__file__).parent / "templates" / "viz"
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#7f7f7f", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf"]


def _d(v) -> date | None:
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def t(text, lang: str = "") -> str:
    """Escaped text in its own bidi isolate (Arabic right-to-left, anything else by its content)."""
    if lang == "ar":
        return f'<bdi dir="rtl" lang="ar">{escape(str(text))}</bdi>'
    return f"<bdi>{escape(str(text))}</bdi>"


@dataclass
class _Period:
    iri: URIRef
    holder: URIRef | None
    start: date | None
    end: date | None
    lane: int = 0


@dataclass
class _Handover:
    iri: URIRef
    base: URIRef
    dates: list[date]
    froms: list[URIRef]
    tos: list[URIRef]
    number: int = 0
    facts: list[str] = field(default_factory=list)


def _names(r: _Reader, node) -> str:
    en, ar = r.labels(node)
    if en and ar:
        return f'{t(en)} <span class="ar">{t(ar, "ar")}</span>'
    return t(en) if en else t(ar or short(node), "ar" if ar else "")


def _lanes(periods: list[_Period], lo: date, hi: date) -> int:
    """Greedy lanes so that overlapping periods (sources that disagree) do not hide each other."""
    ends: list[date] = []
    for p in sorted(periods, key=lambda p: (p.start or lo, p.end or hi)):
        s = p.start or lo
        for k, e in enumerate(ends):
            if e <= s:
                p.lane, ends[k] = k, p.end or hi
                break
        else:
            p.lane = len(ends)
            ends.append(p.end or hi)
    return max(1, len(ends))


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    years = hi.year - lo.year
    if years < 2:
        out, d = [], date(lo.year, lo.month, 1)
        while d <= hi:
            if d >= lo:
                out.append((d, d.strftime("%b %Y") if d.month in (1, 7) or not out else d.strftime("%b")))
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return out
    step = 1 if years <= 12 else 5 if years <= 60 else 10
    return [(date(y, 1, 1), str(y)) for y in range(lo.year + 1, hi.year + 1) if y % step == 0]


def _inside(ticks, lo: date, hi: date):
    """Ticks not so close to the ends that their centred label would be cut off."""
    margin = (hi - lo) * 0.025
    return [(d, text) for d, text in ticks if lo + margin <= d <= hi - margin]


@dataclass
class TimelineReport:
    path: Path | None
    bases: int
    periods: int
    handovers: int
    undated: int


def timeline_page(graph, *, title: str = "handover-kg: who held which base") -> tuple[str, TimelineReport]:
    """The HTML of the timeline page and what it holds."""
    g, r = graph, _Reader(graph)
    periods: dict[URIRef, list[_Period]] = {}
    for p in g.subjects(RDF.type, HKO.HoldingPeriod):
        for b in g.objects(p, HKO.heldBase):
            periods.setdefault(b, []).append(_Period(
                p, next(iter(sorted(g.objects(p, HKO.holder))), None),
                min(filter(None, map(_d, g.objects(p, HKO.periodStart))), default=None),
                max(filter(None, map(_d, g.objects(p, HKO.periodEnd))), default=None)))
    handovers: dict[URIRef, list[_Handover]] = {}
    for h in g.subjects(RDF.type, HKO.Handover):
        for b in g.objects(h, HKO.base):
            handovers.setdefault(b, []).append(_Handover(
                h, b, sorted(set(filter(None, map(_d, g.objects(h, HKO.date))))),
                sorted(g.objects(h, HKO.fromForce)), sorted(g.objects(h, HKO.toForce))))
    bases = sorted(set(periods) | set(handovers), key=lambda b: (r.name(b).casefold(), str(b)))
    all_dates = [d for ps in periods.values() for p in ps for d in (p.start, p.end) if d]
    all_dates += [d for hs in handovers.values() for h in hs for d in h.dates]
    if all_dates:
        pad = max(timedelta(days=30), (max(all_dates) - min(all_dates)) / 20)
        lo, hi = min(all_dates) - pad, max(all_dates) + pad
    else:
        lo, hi = date.today() - timedelta(days=365), date.today()
    span = (hi - lo).days or 1

    def x(d: date | None, default: float) -> float:
        return default if d is None else round(100 * (d - lo).days / span, 3)

    holders = sorted({p.holder for ps in periods.values() for p in ps if p.holder is not None},
                     key=lambda h: (r.name(h).casefold(), str(h)))
    colour = {h: PALETTE[k % len(PALETTE)] for k, h in enumerate(holders)}
    number = 0
    for b in bases:
        for h in sorted(handovers.get(b, []), key=lambda h: (h.dates[:1] or [date.max], str(h.iri))):
            number += 1
            h.number = number

    rows = []
    ticks = _inside(_ticks(lo, hi), lo, hi)
    grid = "".join(f'<span class="tick" style="left:{x(d, 0)}%"></span>' for d, _ in ticks)
    for b in bases:
        ps = periods.get(b, [])
        lanes = _lanes(ps, lo, hi)
        bars = []
        for p in ps:
            left, right = x(p.start, 0.0), x(p.end, 100.0)
            cls = "bar" + (" open-start" if p.start is None else "") + (" open-end" if p.end is None else "")
            who = r.name(p.holder) if p.holder is not None else "unknown holder"
            when = f"{p.start or 'open start'} – {p.end or 'open end (still held as far as the sources tell)'}"
            bars.append(f'<div class="{cls}" style="left:{left}%;width:{max(0.4, right - left):.3f}%;'
                        f'top:{4 + 24 * p.lane}px;--c:{colour.get(p.holder, "#999")}" '
                        f'title="{escape(who)}: {escape(when)}">{t(clip(who, 60))}</div>')
        undated = []
        for h in handovers.get(b, []):
            tip = escape(f"#{h.number} {', '.join(map(str, h.dates)) or 'date not stated'}: "
                         f"{', '.join(r.name(f) for f in h.froms) or '?'} → {', '.join(r.name(f) for f in h.tos) or '?'}")
            if not h.dates:
                undated.append(f'<a class="undated" href="#h{h.number}" title="{tip}">#{h.number}</a>')
            for d in h.dates:
                bars.append(f'<a class="mark" href="#h{h.number}" style="left:{x(d, 0)}%" title="{tip}"></a>'
                            f'<a class="num" href="#h{h.number}" style="left:{x(d, 0)}%;top:{6 + 24 * lanes}px" '
                            f'title="{tip}">{h.number}</a>')
        rows.append(
            f'<div class="row"><div class="base">{_names(r, b)}'
            + (f'<div class="nodate">undated: {" ".join(undated)}</div>' if undated else "")
            + f'</div><div class="track" style="height:{20 + 24 * lanes}px">{grid}{"".join(bars)}</div></div>')
    axis = "".join(f'<span class="label" style="left:{x(d, 0)}%">{escape(text)}</span>' for d, text in ticks)
    legend = "".join(f'<span class="key"><i style="background:{colour[h]}"></i>{_names(r, h)}</span>' for h in holders)
    table = _handover_table(g, r, [h for b in bases for h in sorted(handovers.get(b, []), key=lambda h: h.number)])
    if not bases:
        rows.append('<p class="empty">The graph has no handovers or holding periods yet.</p>')
    css = (TEMPLATES / "timeline.css").read_text(encoding="utf-8")
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{escape(title)}</title>
<style>{css}</style>
</head>
<body>
<header><h1>{escape(title)}</h1>
<p>{len(bases)} bases, {sum(len(v) for v in periods.values())} holding periods, {number} handovers,
{escape(str(lo))} to {escape(str(hi))}. A bar is a holding period; a faded end is open (not known, or
still held as far as the sources tell); a numbered diamond is a handover, listed below with its sources.</p>
<div class="legend">{legend}</div></header>
<main>
<div class="row axis"><div class="base"></div><div class="track">{axis}</div></div>
{"".join(rows)}
<h2 id="handovers">Handovers and their sources</h2>
{table}
</main>
</body>
</html>
"""
    undated = sum(1 for hs in handovers.values() for h in hs if not h.dates)
    return html, TimelineReport(None, len(bases), sum(len(v) for v in periods.values()), number, undated)


def _handover_table(g, r: _Reader, hs: list[_Handover]) -> str:
    if not hs:
        return "<p class=\"empty\">No handovers.</p>"
    out = [('<table class="handovers"><thead><tr><th>#</th><th>date</th><th>base</th><th>from</th><th>to</th>'
            '<th>reported</th><th>sources and their words</th></tr></thead><tbody>')]
    for h in hs:
        figures = []
        for prop, name in ((HKO.troopsWithdrawn, "troops"), (HKO.equipmentValueUSD, "equipment USD")):
            vals = sorted({number(v) for v in g.objects(h.iri, prop)})
            if vals:
                figures.append(f"{name}: {escape(' / '.join(vals))}")
        srcs, more = r.sources(h.iri)
        cells = []
        for s in srcs:
            words = "".join(f'<li><span class="pred">{escape(w[0])}:</span> <q>{t(w[1], s["lang"])}</q></li>'
                            for w in s["words"])
            meta = " · ".join(escape(v) for v in (s["path"], s["date"]) if v)
            cells.append(f'<div class="src"><div class="title">{t(s["label"], s["lang"])}</div>'
                         f'<div class="meta">{meta}</div>{f"<ul>{words}</ul>" if words else ""}</div>')
        for st in sorted(g.subjects(HKO.about, h.iri)):
            for q in sorted(g.objects(st, HKO.quote), key=str):
                who = ", ".join(r.name(o) for o in g.objects(st, HKO.speaker)) or "unattributed"
                lang = (q.language or "").split("-")[0]
                cells.append(f'<div class="src stmt"><span class="pred">{t(clip(who, 80))} said:</span> '
                             f'<q>{t(clip(q, 600), "ar" if lang == "ar" else "")}</q></div>')
        if more:
            cells.append(f'<div class="meta">… and {more} more source(s)</div>')
        if not srcs and not any(True for _ in g.objects(h.iri, PROV.wasDerivedFrom)):
            cells.append('<div class="meta">no source recorded</div>')
        out.append(
            f'<tr id="h{h.number}"><td>{h.number}</td><td>{escape(" / ".join(map(str, h.dates)) or "not stated")}</td>'
            f'<td>{_names(r, h.base)}</td><td>{"<br>".join(_names(r, f) for f in h.froms) or "–"}</td>'
            f'<td>{"<br>".join(_names(r, f) for f in h.tos) or "–"}</td><td>{"<br>".join(figures) or "–"}</td>'
            f'<td>{"".join(cells)}</td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)
