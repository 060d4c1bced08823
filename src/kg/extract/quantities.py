"""Numbers in Arabic and English news: troop figures, money, distances, percentages.

Public API (stable: the language extractors code against it)::

    find_quantities(text, lang, lexicon) -> list[Quantity]

``text`` is the article text exactly as read (every :class:`~kg.model.Span` indexes it);
``lexicon`` is ``load_lexicon(lang)``, whose ``number_*``, ``qualifiers*``, ``currencies``,
``currency_symbols``, ``units`` and ``troop_*`` keys (``data/lang/<lang>/numbers.json``) hold
the language knowledge.

Each :class:`~kg.model.Quantity`, in text order, has

* ``value`` (Decimal): Western or Arabic-Indic digits with thousands separators (``1,500``,
  ``١٬٥٠٠``; ``1.500`` is 1500 unless a scale word follows: ``1.500 مليون`` = 1.5 million), decimals
  (``1.7``, ``١٫٧``, ``1,5``), number words and their compounds (ثلاثمئة، خمسة وعشرون، ثلاثة آلاف،
  مليون و700 ألف = 1,700,000, twenty-five, three hundred, two dozen), a scale word alone meaning
  one of it (بمليون دولار, "a million"), Arabic duals (ألفا/ألفي = 2000, مليونا دولار = 2,000,000),
  halves (نصف مليون، مليون ونصف, "half a million"), ``$5m``/``$2bn``;
* ``unit``: a currency code when a currency follows or a symbol precedes (``USD`` for دولار/
  دولارا/الدولارات/$/dollars/USD, ``EUR`` for يورو/euro/€ ... never converted); else ``km``/``%``/
  ``mi`` for a unit word; else ``troops`` when a personnel noun (جندي، عنصر، متعاقد، troops,
  soldiers, personnel ...) follows within ``troop_window`` words (``من``/"of" and articles are
  free; a time or vehicle noun, punctuation or another number ends the search); else None;
* ``qualifier``: ``about`` / ``more than`` / ``less than`` / ``up to`` from the words before
  (نحو، أكثر من، حتى، about, over, up to ...) or after (تقريبا, "or so");
* ``span``/``text``: qualifier, currency symbol, number words and a currency/unit word right
  after them; a troop noun further on is not included.

Not quantities: numbers inside date expressions (:mod:`kg.extract.dates` finds them), a bare
year 1900-2100 without scale or unit, ordinals (205th, الـ15), times (20:29), codes glued to
letters (K1, A400M, M4, كوفيد-19), vague plurals alone (آلاف، ملايين، thousands).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from ..model import Quantity, Span
from .dates import date_spans
from .textscan import PerLexicon, Phrases, folded, key, trie_regex, trigger_patterns, triggers

_NUM = re.compile(r"[0-9]{1,3}(?:[,٬][0-9]{3})+(?:[.٫][0-9]+)?(?![0-9])|[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9]|\.[0-9])"
                  r"|[0-9]+(?:[.٫][0-9]+|,[0-9]{1,2}(?![0-9]))?")
_STOP = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)+\.?|[^\W\d_]+|[0-9]+|[.!?؟؛;:\n\"“”«»]")


@dataclass
class _Atom:
    ns: int                 # folded start (after any clitic)
    ne: int
    cs: int                 # start including the clitic
    kind: str               # num | word | hundred | teenunit | scale | half | dozen
    value: Decimal
    clitic: str = ""
    form: str = ""          # scales: one | dual | plural
    teen: bool = False      # عشر/عشرة: may close 11-19
    dotted: Decimal | None = None   # 1.500 read as a decimal (before a scale word)
    abbr: str = ""                  # $5m, $2bn: a glued scale abbreviation


class _Lang:
    def __init__(self, lex: dict):
        g = lex.get
        T = trie_regex
        self.words = {key(k): int(v) for k, v in g("number_words", {}).items()}
        self.hundreds = {key(k) for k in g("number_hundred_words", [])}
        self.teens = {key(k) for k in g("number_teen_suffixes", [])}
        self.teen_units = {key(k): int(v) for k, v in g("number_teen_units", {}).items()}
        self.scales = {key(k): (Decimal(v[0]), v[1]) for k, v in g("number_scales", {}).items()}
        self.half = {key(k) for k in g("number_half", [])}
        self.articles = {key(k) for k in g("number_articles", [])}
        self.dozens = {key(k): int(v) for k, v in g("number_dozens", {}).items()}
        self.conj = {key(k) for k in g("number_conjunctions", [])}
        self.abbr = {key(k): Decimal(v) for k, v in g("number_scale_abbreviations", {}).items()}
        self.clitics = {key(c) for c in g("number_clitics", [])}
        vocab = set(self.words) | self.hundreds | self.teens | set(self.teen_units) | set(self.scales) \
            | self.half | set(self.dozens)
        self.trig = trigger_patterns(vocab, "".join(sorted({c for cl in self.clitics for c in cl})),
                                     article=any("\u0600" <= ch <= "\u06ff" for w in vocab for ch in w))
        self.re_ab = re.compile(rf"(?P<a>{T(self.abbr)})(?![^\W\d_])")
        self.quals = {key(f): q for q, fs in g("qualifiers", {}).items() for f in fs}
        self.p_qual = Phrases(self.quals, "".join(sorted({c for x in self.clitics for c in x})))
        self.qual_block = {key(k): {key(w) for w in ws} for k, ws in g("qualifier_blockers_before", {}).items()}
        self.quals_after = {key(f): q for q, fs in g("qualifiers_after", {}).items() for f in fs}
        self.re_qual_after = re.compile(rf"\s*(?P<q>{T(self.quals_after)})(?![^\W\d_])")
        self.currencies = {key(f): c for c, fs in g("currencies", {}).items() for f in fs}
        self.re_currency = re.compile(rf"\s*(?:ال)?(?P<c>{T(self.currencies)})(?![^\W\d_])")
        self.symbols = {key(f): c for f, c in g("currency_symbols", {}).items()}
        self.re_symbol = re.compile(rf"(?<![^\W\d_$€£])(?P<s>{T(self.symbols)})\s?$")
        self.units = {key(f): u for u, fs in g("units", {}).items() for f in fs}
        self.re_unit = re.compile(rf"\s*(?P<u>{T(self.units)})(?![^\W\d_])")
        self.re_abbr = re.compile(rf"\s?(?P<a>{T(self.abbr)})(?![^\W\d_])")
        self.re_article = re.compile(rf"(?<![^\W\d_])(?P<a>{T(self.articles)})\s+$")
        glued = {""} | self.clitics | {c + "ال" for c in self.clitics} | ({"ال", "لل", "ولل"} if self.clitics else set())
        forms = lambda words: {p + w for w in words for p in glued}  # noqa: E731  (والجنود, للجنود ...)
        nouns = [key(f) for f in g("troop_nouns", [])]
        self.troops1 = forms(n for n in nouns if " " not in n) \
            | forms(_possessed(n, key(x)) for n in nouns if " " not in n for x in g("troop_noun_suffixes", []))
        self.troop_suffixes = tuple(key(x) for x in g("troop_compound_suffixes", []))
        self.troops2 = {n for n in nouns if " " in n}
        self.bridges = forms(key(f) for f in g("troop_bridges", []))
        self.stops = forms(key(f) for f in g("troop_window_stops", []))
        self.window = int(g("troop_window", 3))


def _possessed(noun: str, suffix: str) -> str:
    """A noun with a pronoun suffix (جنوده، عناصرها): a sound plural drops its ن in construct
    (مقاتلين -> مقاتليه), a feminine ة opens to ت (جندية -> جنديته)."""
    if noun.endswith(("ين", "ون")):
        return noun[:-1] + suffix
    if noun.endswith("ة"):
        return noun[:-1] + "ت" + suffix
    return noun + suffix


_compiled = PerLexicon(_Lang)


_US_AFTER_SYMBOL = re.compile(r"\$us(?=\s?[0-9])")             # folded text is lower case
_COMMA_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_DOT_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")


def _digits(raw: str) -> tuple[Decimal, Decimal | None]:
    """Value of a digit string, and its value read as a decimal when '1.500' is ambiguous."""
    if raw.isdigit():
        return Decimal(raw), None
    raw = raw.replace("٫", ".").replace("٬", ",")
    if _COMMA_THOUSANDS.fullmatch(raw):
        return Decimal(raw.replace(",", "")), None
    if _DOT_THOUSANDS.fullmatch(raw):
        return Decimal(raw.replace(".", "")), (Decimal(raw) if raw.count(".") == 1 else None)
    return Decimal(raw.replace(",", ".")), None


def _atoms(C: _Lang, s: str) -> list[_Atom]:
    out: list[_Atom] = []
    done = 0
    for m in triggers(C.trig, s):
        p = m.start("w")
        if p < done:
            continue
        pre, art = m["c"] or "", m["a"] or ""
        if m["w"][0].isdigit():
            p0 = p - len(pre)
            if (art and not _counted_noun_next(C, s, p)) or (pre and pre not in C.clitics) or (p0 >= 2 and s[p0 - 1] in ".,٫٬/:" and s[p0 - 2].isdigit()) \
                    or (p0 >= 2 and s[p0 - 1] in "-–" and s[p0 - 2].isalpha()):     # الـ15، K-1، كوفيد-19، 20:30
                continue
            n = _NUM.match(s, p)
            e = n.end()
            ab = C.re_ab.match(s, e) if C.abbr else None
            if ab:
                e = ab.end()
            if e < len(s) and (s[e].isalnum() or s[e] == "_" or (s[e] in ".,٫٬/:" and s[e + 1:e + 2].isdigit())):
                continue                                   # A400M, 205th, 26ك1, 29/3
            v, dotted = _digits(n.group())
            out.append(_Atom(p, e, p - len(pre) - len(art), "num", v, pre, dotted=dotted, abbr=ab["a"] if ab else ""))
            done = e
            continue
        w, e, cl = m["w"], m.end(), pre
        if (cl and cl not in C.clitics) or (e < len(s) and s[e].isalpha()):
            continue
        if cl and cl != "و" and len(w) <= 3:
            continue                                       # لست 'I am not', بست ...
        cs = p - len(pre) - len(art)
        if w in C.scales:
            v, form = C.scales[w]
            out.append(_Atom(p, e, cs, "scale", v, cl, form=form))
        elif w in C.hundreds:
            out.append(_Atom(p, e, cs, "hundred", Decimal(100), cl))
        elif w in C.teen_units:
            out.append(_Atom(p, e, cs, "teenunit", Decimal(C.teen_units[w]), cl))
        elif w in C.half:
            out.append(_Atom(p, e, cs, "half", Decimal("0.5"), cl))
        elif w in C.dozens:
            out.append(_Atom(p, e, cs, "dozen", Decimal(C.dozens[w]), cl))
        elif w in C.words:
            out.append(_Atom(p, e, cs, "word", Decimal(C.words[w]), cl, teen=w in C.teens))
        done = e
    return out


def _parse(C: _Lang, s: str, atoms: list[_Atom], i: int, f) -> tuple[Decimal | None, int, bool]:
    """Read one number starting at atoms[i]: (value or None, index after it, article before)."""
    total, cur, last_scale = Decimal(0), None, None
    art = bool(C.articles) and bool(C.re_article.search(s, max(0, atoms[i].cs - 5), atoms[i].cs))
    j = i
    while j < len(atoms):
        a = atoms[j]
        conj = False
        if j > i:
            gap = s[atoms[j - 1].ne:a.cs].strip()
            if a.clitic == "و" and not gap:
                conj = True
            elif gap in C.conj:
                conj = True
            elif gap in ("-", "–") and a.kind == "word":
                pass                                       # twenty-five
            elif gap and not (gap in C.articles and a.kind == "scale" and cur == Decimal("0.5")):
                break
            if a.clitic and a.clitic != "و":
                break
        first = j == i
        if a.kind == "num":
            if not (first or (cur is None and conj and last_scale and a.value < last_scale)):
                break
            cur = a.value
        elif a.kind == "word":
            v = a.value
            if first or (cur is None and (conj or not C.clitics) and last_scale and v < last_scale):
                cur = v                                    # ... وخمسمئة; English needs no "and": two thousand five hundred
            elif cur is None:
                break
            elif a.teen and 1 <= cur <= 9 and not conj:
                cur += 10
            elif conj and 1 <= cur <= 9 and v >= 20 and v % 10 == 0 and v < 100:
                cur += v                                   # خمسة وعشرون
            elif cur >= 100 and cur % 100 == 0 and v < 100 and (conj or not C.teens):
                cur += v                                   # مئة وخمسون, three hundred five
            elif not conj and not C.teens and 20 <= cur <= 90 and cur % 10 == 0 and 1 <= v <= 9:
                cur += v                                   # twenty five
            else:
                break
        elif a.kind == "teenunit":
            nxt = atoms[j + 1] if j + 1 < len(atoms) else None
            if not first or not nxt or not nxt.teen or s[a.ne:nxt.cs].strip():
                break
            cur, j = a.value + 10, j + 1
        elif a.kind == "hundred":
            if cur is not None and cur < 100 and cur == int(cur) and not conj:
                cur *= 100
            elif (first or (cur is None and conj)) and (not C.articles or art or not first):
                cur = Decimal(100)
            else:
                break
        elif a.kind == "dozen":
            if cur is not None and not conj:
                cur *= a.value
            elif first and art:
                cur = a.value
            else:
                break
        elif a.kind == "half":
            if first:
                cur = Decimal("0.5")
            elif conj and last_scale and cur is None:
                total += last_scale / 2
                j += 1
                break
            else:
                break
        elif a.kind == "scale":
            if last_scale is not None and a.value >= last_scale or conj:
                break
            if cur is not None:
                prev = atoms[j - 1]
                mult = prev.dotted if prev.kind == "num" and prev.dotted is not None and j - 1 == i else cur
                if a.form == "plural" and not (C.articles or 3 <= cur <= 10):
                    break
            elif a.form == "dual":
                mult = Decimal(1) if "\u064b" in f.source.__getitem__(slice(*f.span(a.ns, a.ne))) else Decimal(2)
            elif a.form == "one" and (not C.articles or art):
                mult = Decimal(1)
            else:
                break
            total += mult * a.value
            last_scale, cur = a.value, None
        j += 1
    if j == i or (cur == Decimal("0.5") and last_scale is None):
        return None, max(j, i + 1), art
    value = total + (cur or 0)
    if value == value.to_integral_value():
        value = Decimal(int(value))
    return value, j, art


def find_quantities(text: str, lang: str, lexicon: dict) -> list[Quantity]:
    """Every number in ``text`` with its value, unit and qualifier; see the module doc."""
    C = _compiled(lexicon)
    f = folded(text)
    s = _US_AFTER_SYMBOL.sub("us$", f.text)             # $US22 million (Australian and Asian copy) reads as US$22
    atoms = _atoms(C, s)
    if not atoms:
        return []
    dates = date_spans(text, lexicon)
    date_starts = [a for a, _ in dates]
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        value, j, art = _parse(C, s, atoms, i, f)
        group, i = atoms[i:j], j
        if value is None:
            continue
        ns, ne = group[0].ns, group[-1].ne
        k = bisect_right(date_starts, ns)              # a date starting at or before ns may cover it
        if (k and dates[k - 1][1] > ns) or (k < len(dates) and dates[k][0] < ne):
            continue
        unit = qualifier = None
        if art:
            ns = C.re_article.search(s, max(0, ns - 5), ns).start("a")
        m = C.re_symbol.search(s, max(0, ns - 5), ns) if C.symbols else None
        if m:
            unit, ns = C.symbols[m["s"]], m.start("s")
            if len(group) == 1 and group[0].abbr:
                value = value * C.abbr[group[0].abbr]
            elif len(group) == 1 and group[0].kind == "num" and (a := C.re_abbr.match(s, ne)):
                value, ne = value * C.abbr[a["a"]], a.end()
        elif group[0].abbr:
            continue                                        # 400m: metres, not a figure
        if unit is None and (m := C.re_currency.match(s, ne)):
            unit, ne = C.currencies[" ".join(m["c"].split())], m.end()
        elif unit is None and (m := C.re_unit.match(s, ne)):
            unit, ne = C.units[" ".join(m["u"].split())], m.end()
        troops = unit is None and _troops(C, s, ne, f)
        if unit is None and not troops and (m := C.re_qual_after.match(s, ne)):
            troops = _troops(C, s, m.end(), f)              # three hundred or so British servicemen
        if unit is None and not troops and len(group) == 1 and group[0].kind == "num" \
                and 1900 <= value <= 2100 and s[group[0].ns:group[0].ne].isdigit():
            continue                                        # a year (2,000 is a count)
        if troops:
            unit = "troops"
        q = C.p_qual.before(s, ns)
        if not q and not art and s[group[0].cs:group[0].ns].endswith("ال"):
            q = C.p_qual.before(s, group[0].cs)             # قرابة الألفي جندي: the hedge is before the article
        if q and (prev := s[max(0, q[0] - 20):q[0]].split()[-1:]) and prev[0] in C.qual_block.get(q[1], ()):
            q = None                                        # handed over 300: a particle
        if q:
            ns, qualifier = q[0], C.quals[q[1]]
        elif (m := C.re_qual_after.match(s, ne)):
            qualifier, ne = C.quals_after[" ".join(m["q"].split())], m.end()
        while i < len(atoms) and atoms[i].cs < ne:
            i += 1                                          # في المئة: a unit word read as a number
        st, en = f.span(ns, ne)
        if value == value.to_integral_value():
            value = Decimal(int(value))
        out.append(Quantity(value, Span(st, en), text[st:en], qualifier, unit))
    return out


def _counted_noun_next(C: _Lang, s: str, p: int) -> bool:
    """الـ600 جندي: a number with the article is a count (not an ordinal, الـ15) when a
    personnel noun follows it at once."""
    n = _NUM.match(s, p)
    w = _STOP.match(s, n.end() + 1) if n and s[n.end():n.end() + 1] == " " else None
    return bool(w) and w.group() in C.troops1


_NAME_WORDS = 4                                             # words of a name before a troop noun


def _troops(C: _Lang, s: str, end: int, f=None) -> bool:
    """A personnel noun within the window after ``end``. The words of a capitalised name before
    the noun (``145 New Zealand Defence Force personnel``) take one place in the window, up to
    ``_NAME_WORDS`` words (only where the script has capitals)."""
    for suffix in C.troop_suffixes:
        if s.startswith(suffix, end) and not s[end + len(suffix):end + len(suffix) + 1].isalpha():
            return True                                     # a 1,500-strong force: a body of troops
    counted, prev, named, prev_cap = 0, "", 0, False
    for m in _STOP.finditer(s, end, min(len(s), end + 80)):
        w = m.group()
        if not w[0].isalpha():
            return False
        if w in C.troops1 or f"{prev} {w}" in C.troops2:
            return True
        if w in C.stops:
            return False
        cap = f is not None and f.source[f.orig(m.start())].isupper()
        prev = w
        if cap and prev_cap and named < _NAME_WORDS:
            named += 1                                      # the name goes on: its words are one
            continue
        prev_cap = cap
        if w in C.bridges:
            continue
        counted += 1
        if counted >= C.window:
            return False
    return False


__all__ = ["find_quantities"]
