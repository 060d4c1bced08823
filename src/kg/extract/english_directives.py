"""Reports whose content is a verb phrase, in English news: a directive (``urged residents to stay
calm``, ``called on the army to …``, ``told police to cooperate``), a commitment (``promised to
rebuild …``, ``vowed that …``) or a request (``called for calm``). The verb carries what was said
(``residents to stay calm`` alone says nothing), so the statement opens with it, in whatever tense the
report takes (``urged``, ``urges``, ``has urged``), alone or after another report of the same subject
(``said … and urged …``). A passive (``was urged to``), a negated verb, a noun (``a promise to``) or a
verb without its infinitive (``promised land to the veterans``) reports nothing.
"""
from __future__ import annotations

from .english_entities import Cand
from .english_names import match_phrase, phrases
from .english_report_shapes import ReportShapes
from .english_speakers import _CLAUSE_WORDS, _NOUN_DETS, _plural_possessive
from .english_text import QUOTES, Sentence

# opening a clause that dates another event ("… ended on June 30, after the capital called for …"): background
_BACKGROUND = frozenset({"after", "before", "since", "until", "when", "once", "because"})
_PERFECT = frozenset({"has", "have", "had"})       # "has urged" reports; "was urged" (a passive) does not
_OBJECT_WORDS = 8          # "urged residents of the old town on the east bank to …": the object's length at most
# between a subject and its verb, or "and" and the verb: "has urged", "has also pledged", "and later vowed"
_BEFORE_VERB = frozenset({"has", "have", "had", "will", "would", "also", "then", "later", "again", "once",
                          "repeatedly", "publicly", "separately", "previously", "earlier", "further"})


class Directives(ReportShapes):
    """Finds the verb phrase a directive, a commitment or a request reports."""

    def _directive_tables(self) -> tuple[dict, dict, dict]:
        got = getattr(self, "_directive_cache", None)
        if got is None:
            raw = self.lex.raw
            got = self._directive_cache = (phrases(raw.get("directive_reporting_verbs", ())),
                                           phrases(raw.get("commitment_reporting_verbs", ())),
                                           phrases(raw.get("request_reporting_verbs", ())))
        return got

    def directive_at(self, s: Sentence, v: int) -> bool:
        """Does a directive, commitment or request verb at ``v`` have its content after it?"""
        toks = s.toks
        n = len(toks)
        t = toks[v]
        if not t.word or t.cap or s.in_quote(v) or self._negated(toks, v) or v > 0 and (
                toks[v - 1].low in self.lex.be_aux and toks[v - 1].low not in _PERFECT
                or toks[v - 1].low in _NOUN_DETS or toks[v - 1].low == "to"):
            return False                      # "was urged to", "a promise to", "to urge": no report
        if v > 1 and toks[v - 2].low in ("what", "which") and toks[v - 1].low in self.lex.pronouns:
            return False                      # "did what he called on the army to do": the relative's gap
        directive, commitment, request = self._directive_tables()
        e = match_phrase(commitment, toks, v)
        if e:                                 # "promised to rebuild …", "promised that the army would …"
            return e + 1 < n and (toks[e].low == "to" and self._infinitive(toks, e + 1) or toks[e].low == "that"
                                  and t.low not in self.lex.report_verbs)   # ("vowed that": a report's own)
        e = match_phrase(request, toks, v)
        if e:
            return e < n and toks[e].word and toks[e].low not in _CLAUSE_WORDS
        charge = self.lex.raw.get("accusation_reporting_verbs", {}).get(t.low)
        if charge is not None:
            # "accused the militia of breaking the truce", "accusing it of “cohabiting” with …": the one
            # accused, then what of
            return self._object_then(toks, v + 1, charge, lambda k: self._charge_at(toks, k))
        e = match_phrase(directive, toks, v)
        if not e:
            return False
        # the one told, then its infinitive: "urged residents of the old town to stay"
        return self._object_then(toks, e, "to", lambda k: self._infinitive(toks, k))

    def _object_then(self, toks, e: int, link: str, content) -> bool:
        """Is ``[e, …)`` a short object noun phrase (no clause of its own), then ``link`` (``to``,
        ``of``) with ``content`` right after it?"""
        n = len(toks)
        for x in range(e + 1, min(n - 1, e + 1 + _OBJECT_WORDS)):
            if toks[x].low in _SUBJECT_PRONOUNS or toks[x].low in ("the", "a", "an") \
                    and toks[x - 1].low not in _PREPOSITIONS:
                return False                  # "told reporters he wanted to …", "told reporters in X the
                                              # decision to leave was final": a clause told, no directive
            if toks[x].low == link:
                return content(x + 1) and all(
                    (toks[y].word and toks[y].low not in _CLAUSE_WORDS and toks[y].low not in self.lex.report_verbs)
                    or toks[y].text in ("'s", "’s") or _plural_possessive(toks, y) for y in range(e, x))
            if not (toks[x].word or toks[x].text in ("'s", "’s") or _plural_possessive(toks, x)):
                return False
        return False

    def _charge_at(self, toks, k: int) -> bool:
        """What one is accused of, at ``k``: a gerund or a noun, quoted or not (not ``the …``)."""
        if k < len(toks) - 1 and toks[k].text in QUOTES:
            k += 1
        return k < len(toks) and toks[k].word and toks[k].low not in _NOUN_DETS

    def _infinitive(self, toks, k: int) -> bool:
        """A bare verb at ``k`` after ``to`` (``to stay``; not ``to the city``, ``to Paris``)."""
        return k < len(toks) and toks[k].word and not toks[k].cap and toks[k].low not in _NOUN_DETS \
            and toks[k].low not in ("a", "an", "this", "that", "all", "each", "every", "both", "some", "any")

    def verb_after_and(self, toks, k: int) -> int:
        """The verb of the predicate ``and``/``but`` at ``k`` opens (``and has since urged``)."""
        v = k + 1
        while v < len(toks) - 1 and toks[v].low in _BEFORE_VERB:
            v += 1
        return v

    def _contrast_between(self, toks, a: int, b: int) -> int:
        """The first token of a ``, while`` clause between ``a`` and ``b`` (its subject speaks for
        itself: ``X said …, while Y thanked … and said …``); 0 if none."""
        return next((x for x in range(a + 1, b) if toks[x].low in ("while", "whereas", "whilst")
                     and toks[x - 1].text == ","), -1) + 1

    def verb_group_start(self, toks, v: int) -> int:
        """The first token of the verb group ending at ``v`` (``has also urged`` -> ``has``)."""
        while v > 0 and toks[v - 1].low in _BEFORE_VERB:
            v -= 1
        return v

    def directive_reports(self, s: Sentence, cands: list[Cand], first: int) -> None:
        """Directives of ``s`` that no statement of this sentence (``self.out[first:]``) holds yet:
        ``X condemned what she called "…" and urged drivers to …``, ``X urged residents to …``."""
        toks = s.toks
        done = self.out[first:]
        for v in range(1, len(toks) - 2):
            if not self.directive_at(s, v) or any(st.start <= toks[v].start < st.end for st in done):
                continue
            g = self.verb_group_start(toks, v)
            if any(toks[k].low in ("who", "which", "that") for k in range(max(0, g - 4), g)
                   if all(toks[y].word for y in range(k, g))):
                continue                      # "X, who (last year) called for …, did not attend": what
                                              # X stands for, told of X, not a report of X's words
            who, a = self._initial_attribution(s, g, cands)
            if not isinstance(who, Cand) or a > 0 and toks[a - 1].low in _BACKGROUND:
                continue
            self._remember(s, who)
            before = len(self.out)
            # (from the verb group's first word: "had urged", as a writer reports a past appeal)
            self._emit(s, g, len(toks), "reported", who, split=False)
            if len(self.out) > before:
                s.attrib.update(range(a, v))
                start, end = min(st.start for st in self.out[before:]), max(st.end for st in self.out[before:])
                # "urged X to disregard what he called the propaganda": the verdict inside is part of it
                self.out[first:before] = [st for st in self.out[first:before] if not (
                    _same(st.speaker, who) and start <= st.start and st.end <= end)]
            done = self.out[first:]


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_PREPOSITIONS = frozenset({"of", "in", "at", "from", "for", "on", "with", "across", "near", "around", "along"})


def _same(a, b) -> bool:
    """Do two speakers name the same one (a pronoun's and a name's Cand may differ)?"""
    return a is b or isinstance(a, Cand) and isinstance(b, Cand) and (a.name or a.surface) == (b.name or b.surface)
