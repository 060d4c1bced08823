"""Dates of Arabic handover claims (rules of :class:`~kg.extract.arabic_handovers.HandoverFinder`,
through :class:`~kg.extract.arabic_claims.ClaimRules`).

A claim's date is the one its sentence gives, read against the dateline (أمس، اليوم and weekdays
count from the day of writing), a day counted from the last full date (في اليوم التالي), or the day
of a ceremony told in a sentence of its own. A handover named again by a definite verbal noun
(وجرت عملية التسليم) takes the date of the sentence before, that told it. A date that only tells when the news was told (أعلنت،
الجمعة، أنها سلّمت) gives way to the handover's own day told later.
"""
from __future__ import annotations

from datetime import timedelta

from ..normalise import fold, strip_article
from ..model import DateValue, Kind, Span
from .arabic_common import KANA


class ClaimDateRules:
    """A mixin of :class:`~kg.extract.arabic_handovers.HandoverFinder` (it uses the finder's
    document, tags, mentions, values and lexicon)."""

    def _day_of_telling(self, at: int, a: int, t: int) -> bool:
        """Does the date at offset ``at`` tell when the news was told, not when the handover was:
        it stands between a verb of saying and the clause it opens, which holds the trigger t
        (أعلنت البعثة، الجمعة، أنها سلّمت المعسكر؛ قال الجيش الأحد إن قواته انسحبت)?"""
        doc = self.doc
        x = next((i for i in range(a, t) if doc.start[i] <= at < doc.end[i] or doc.start[i] > at), None)
        if x is None:
            return False
        y = next((i for i in range(x, t) if "COMPL" in self.tags[i]), None)
        if y is None or y - x > 6 or any(self.tags[i] & {"TRIGGER", "SPEECH"} for i in range(x, y)):
            return False
        for i in range(x - 1, a - 1, -1):
            if self.tags[i] & {"SPEECH", "ANNOUNCE"}:
                return True
            if "TRIGGER" in self.tags[i] or "COMPL" in self.tags[i]:
                return False
        return False

    def _year_unknown(self, d: DateValue) -> bool:
        """A day of a month told as the last or the next one (في 19 يونيو الماضي) counts from the day
        of writing: with that day unknown, and no full date stated before it to set the story's time,
        its year is a guess from other years the text names (often those of the background), so the
        handover is left undated rather than misdated."""
        if self.values.published is not None or not d.year_inferred:
            return False
        words = d.text.split()
        if not words or fold(words[-1]) not in self.lex.month_deixis:
            return False
        return not any(e.iso and not e.year_inferred for e in self.values.dates_in(0, d.span.start))

    def _date_of_the_told(self, claims: list[Claim]) -> None:
        """A handover named by a definite verbal noun with no date of its own (وجرت عملية التسليم
        في المعسكر ...) is the one the sentence before told: it takes that sentence's date, when the
        handover told there names no other base."""
        for k, c in enumerate(claims):
            if c.date is not None or c.base is None or not c.factual or not self.doc.defn[c.t]:
                continue
            told = [d for d in claims[:k] if 0 < c.sent - d.sent <= 1 and d.factual]
            dated = [d for d in told if d.date is not None]
            if not dated or any(d.base is not None and self.group_key(self._base_of(d)) != self.group_key(self._base_of(c))
                                for d in told):
                continue
            c.date, c.weekday = dated[-1].date, dated[-1].weekday

    def _days_since(self, t: int, a: int) -> int | None:
        """بعد يوم [واحد] من انسحاب X، غداة تسليم X: the handover named after the interval took
        place that many days before the date the sentence gives (its main clause's)."""
        doc, lex = self.doc, self.lex
        if t > a and doc.norm[t - 1] in lex.days_links and not doc.punct_before(t):
            return lex.days_links[doc.norm[t - 1]]
        if t - 3 >= a and doc.norm[t - 1] == "من" and not doc.punct_before(t):
            x = t - 2
            if doc.norm[x] == "واحد" and not doc.punct_before(x + 1):
                x -= 1
            if x > a and doc.norm[x] in lex.days_units and doc.norm[x - 1] in lex.days_after_words \
                    and not doc.punct_before(x + 1) and not doc.punct_before(x):
                return lex.days_units[doc.norm[x]]
        return None

    def _dateline(self, d: DateValue, a: int, b: int) -> int | None:
        """The token of a date heading the sentence, governed by nothing (كمبالا 20 أبريل 2017
        (وكالة) سلمت ...): a dateline, the day of writing."""
        doc = self.doc
        first = [x for x in range(a, min(b, a + 4)) if doc.start[x] <= d.span.start < doc.end[x]]
        if not first or d.span.end > doc.start[min(b - 1, a + 5)] or not d.iso:
            return None
        if not any(ch.isdigit() for ch in doc.text[d.span.start:d.span.end]):
            return None                              # اليوم الجمعة: a day counted itself, not a dateline
        x0 = first[0]
        if x0 > a and (self.tags[x0 - 1] & {"FUNC", "TIME"} or doc.norm[x0 - 1] in ("في", "يوم")):
            return None                              # في 20 أبريل: a date in the sentence, not its head
        return x0

    def _own_dates(self, dates: list, a: int, b: int) -> list:
        """The dates a sentence tells its events by: not its dateline when it gives another date
        and no day counted from the dateline (بغداد 5 آذار - سلّمت ... في 20 شباط)."""
        lines = [d for d in dates if self._dateline(d, a, b) is not None]
        if not lines or len(lines) == len(dates) or self._from_dateline(lines[0], a, b) is not None:
            return dates
        return [d for d in dates if d not in lines]

    def _from_dateline(self, d: DateValue, a: int, b: int) -> DateValue | None:
        """A date heading the sentence, governed by nothing (كمبالا 20 أبريل 2017 (وكالة) سلمت ...
        أمس): the dateline, the day of writing; أمس / اليوم in the sentence counts from it, and a
        weekday is the last such day up to it."""
        doc = self.doc
        x0 = self._dateline(d, a, b)
        if x0 is None:
            return None
        table = self.lex.dateline_days
        for x in range(x0 + 1, b):
            if doc.start[x] < d.span.end:
                continue
            off = next((table[f] for f in doc.forms(x) if f in table), None)
            if off is None:
                continue
            if x + 1 < b and not doc.punct_before(x + 1) and doc.norm[x + 1] in ("التالي", "الموالي", "ذاته", "نفسه"):
                continue                             # اليوم التالي: counted from the event, not the dateline
            day = d.as_date() + timedelta(days=off)
            return DateValue(day.year, day.month, day.day, Span(doc.start[x], doc.end[x]),
                             doc.text[doc.start[x]:doc.end[x]], d.year_inferred)
        # a weekday alone (سلّمت ... يوم الجمعة): the last such day up to the dateline's
        for w0, w1, wd in self.values.weekdays_in(d.span.end, doc.end[b - 1]):
            day = d.as_date() - timedelta(days=(d.as_date().weekday() - wd) % 7)
            return DateValue(day.year, day.month, day.day, Span(w0, w1), doc.text[w0:w1], d.year_inferred)
        return None

    def _relative_day(self, a: int, b: int) -> DateValue | None:
        """في اليوم التالي / في اليوم ذاته: a day counted from the last full date the text gave
        before this sentence (the event told before)."""
        doc = self.doc
        table, by_first = self.lex.relative_days, self.lex.relative_days_by_first
        if not table:
            return None
        words: dict[int, frozenset[str]] = {}

        def words_at(x: int) -> frozenset[str]:
            if x not in words:
                words[x] = frozenset(strip_article(f) for f in doc.forms(x))
            return words[x]

        for x in range(a, b):
            # the phrases its word can open, in the lexicon's order (the first that matches wins)
            for phrase in sorted({p for w in words_at(x) for p in by_first.get(w, ())}, key=self.lex.relative_days_rank):
                off = table[phrase]
                if x + len(phrase) > b:
                    continue
                article = self.lex.relative_days_article.get(phrase, ())
                if all(w in words_at(x + k) and not (k < len(article) and article[k] and not doc.defn[x + k])
                       for k, w in enumerate(phrase)):
                    before = [d for d in self.values.dates_in(0, doc.start[a]) if d.iso]
                    if not before:
                        return None
                    d0 = before[-1]
                    day = d0.as_date() + timedelta(days=off)
                    return DateValue(day.year, day.month, day.day, Span(doc.start[x], doc.end[x + len(phrase) - 1]),
                                     doc.text[doc.start[x]:doc.end[x + len(phrase) - 1]], d0.year_inferred)
        return None

    def _last_weekday(self, w: tuple[int, int, int]) -> DateValue | None:
        """A weekday alone names the last such day up to the stated publication date (a report
        tells what was done: الخميس in Friday's paper is the day before)."""
        pub = self.values.published
        if pub is None or not pub.iso:
            return None
        day = pub.as_date() - timedelta(days=(pub.as_date().weekday() - w[2]) % 7)
        return DateValue(day.year, day.month, day.day, Span(w[0], w[1]), self.doc.text[w[0]:w[1]])

    def _ceremony_date(self, a: int, b: int) -> list:
        """A handover is marked by a ceremony at the base, often told in a sentence of its own
        (وأقيمت مراسم رفع العلم في القاعدة صباح الأحد 5 مارس؛ نُظّم حفل إنزال الأعلام يوم ...):
        (date, base) when the sentence names the handover's ceremony or a flag lowered or raised,
        one base and one full date, and tells it as done (no pluperfect, no future)."""
        doc = self.doc
        if not self._handover_ceremony(a, b) or self._told_as_before_or_after(a, b):
            return []
        inside = [(m.start, m.end) for m in self._between(a, b) if m.kind is Kind.BASE]
        dates = {(d.year, d.month, d.day): d for d in self.values.dates_in(doc.start[a], doc.end[b - 1])
                 if d.month and d.day and not any(a0 <= d.span.start < a1 for a0, a1 in inside)}
        if len(dates) != 1:
            return []
        d = next(iter(dates.values()))
        d = self._from_dateline(d, a, b) or d
        bases = self._bases_named(a, b)
        if len(bases) != 1 or self._year_unknown(d):
            return []
        return [(d, next(iter(bases.values())))]

    def _handover_ceremony(self, a: int, b: int) -> bool:
        """Does the sentence name the handover's own ceremony: a flag lowered or raised (مراسم إنزال
        العلم، رفع العلم), or a ceremony noun followed by a handover noun (حفل التسليم، مراسم
        الانسحاب) or by nothing that names another event (حفل رسمي في القاعدة)? Not a ceremony of
        something else (حفل تخريج دفعة، احتفال بالعيد الوطني)."""
        doc, lex = self.doc, self.lex
        words = self.lex.ceremony_of_handover
        for x in range(a, b):
            forms = set(doc.forms(x))
            if forms & lex.flag_acts and any(set(doc.forms(y)) & lex.flag_nouns for y in range(x + 1, min(b, x + 3))):
                return True
            if not forms & lex.ceremony_nouns:
                continue
            y = x + 1
            if y >= b or doc.punct_before(y):
                return True
            nxt = set(doc.forms(y)) | {doc.norm[y]}
            if nxt & (words["handover_nouns"] | words["bare_followers"] | lex.flag_acts):
                return True
        return False

    def _told_as_before_or_after(self, a: int, b: int) -> bool:
        """A pluperfect (وكانت القاعدة قد شهدت ...) or a future / planned sentence (ستقام مراسم ...):
        not the day of the handover told."""
        doc = self.doc
        kana = next((x for x in range(a, b) if any(f in KANA for f in doc.forms(x))), None)
        if kana is not None and any(doc.norm[y] in ("قد", "لقد") for y in range(kana + 1, b)):
            return True
        if any(self.tags[x] & {"FUTURE_VERB", "MODAL", "NEG"} for x in range(a, b)):
            return True
        for x in range(a, b):
            v = doc.forms(x)[-1]
            if v[:1] == "س" and v[1:2] in ("ي", "ت", "ن") and len(v) > 4 and not v.endswith(("ه", "ات", "ين")) \
                    and not self.tags[x] and self.owner[x] is None:
                return True                          # ستقام، سيجري: future
        return False
