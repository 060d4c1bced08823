"""Where a statement's attribution sits in an English sentence and what it spans: quote first
(``"…," said X, a spokesman for Y.``, ``…, X said.``, ``…, according to X.``), speaker first
(``X said (that) …``, ``X told AFP that …``), the asides between speaker and verb and the
adverbials between a reporting verb and its content (``told reporters``, ``said in a statement
on Monday``).
"""
from __future__ import annotations

from ..model import Kind
from .english_entities import Cand
from .english_asides import _OBJECT_RELATIVES, Asides
from .english_names import match_phrase
from .english_speakers import (MEDIA, UNNAMED, _ADVERBS, _ASIDE_OPENERS, _BOUND, _CLAUSE_INTRO,
                               _CLAUSE_WORDS, _INVERTIBLE, _NEXT_CLAUSE, _NOUN_DETS, _OUTLETS, _PARTICIPLES,
                               _PLACE_MODIFIERS, _TIME_WORDS, _plural_possessive)
from .english_text import QUOTES, Sentence


# before a past participle, a passive: "…, adding he had been assured by the governor": no attribution
_PASSIVE_AUX = frozenset({"be", "been", "being", "was", "were", "is", "are"})
# opening a clause with a subject of its own after a comma ("…, while Y thanked the troops and said …")
_CONTRAST = frozenset({"while", "whereas", "whilst"})
# reporting verbs taking the person told as their object ("told her", "assured them")
_TELL_VERBS = frozenset({"told", "tells", "tell", "informed", "informs", "briefed", "briefs", "assured", "assures",
                         "warned", "warns", "reminded", "reminds", "urged", "urges"})
# the particle of a phrasal participle after a speech noun ("a statement read out on radio")
_PARTICLES = frozenset({"out", "up", "over", "off", "around", "round"})
# how far a participle modifying a speech noun may run before the that-clause ("in a statement
# faxed from its office in London that …")
_SPEECH_MODIFIER = 13



class Attribution(Asides):
    """Finds the attribution of a statement and its speaker."""

    def _final_attribution(self, s: Sentence, start: int, cands: list[Cand]):
        """``…, X said [on Sunday].`` / ``…, said X, a spokesman for Y.`` / ``…, according to X.``
        / ``…, as reported by X``: (first token of the attribution, speaker) or None."""
        toks = s.toks
        n = len(toks)
        end = n
        while end > start and toks[end - 1].text in ".!?" or (end > start and toks[end - 1].text in QUOTES):
            end -= 1
        # find the last comma or closing quote after which an attribution runs to the end
        media = None
        for k in range(end - 1, start, -1):
            t = toks[k]
            closing = (t.text in QUOTES or t.text == "’") and k > start and s.in_quote(k - 1)
            if t.text not in (",", "—", "–") and not closing:
                continue
            if t.text == "," and any(c.a < k < c.b for c in cands):
                continue                        # the comma of a name ("2nd Battalion, 5th Regiment")
            if t.text == "," and self._closes_subject_aside(s, start, k, cands):
                continue                        # "X, who commands the base, said …": X's verb, not a tail
            a = k + 1
            if a >= end:
                continue
            if toks[a].text == ",":
                a += 1
            if toks[a].low in ("a", "an") and a + 1 < end \
                    and toks[a + 1].low in self.lex.words("disputed_claim_nouns"):
                end = k                         # "…, a claim the army denied": a rebuttal ends the sentence;
                continue                        # an attribution may only close what comes before it
            res = self._attribution_clause(s, a, end, cands)
            if res is MEDIA:
                media = media or (k, res)      # "…, as reported by X, according to an agency": X speaks
                end = k
                continue
            if isinstance(res, Cand) and res.kind is not Kind.PERSON:
                # '"…," X, co-chair of Y, the Z's political wing, told …': the name right after the
                # quotation speaks; the bodies in the asides after it only describe that person
                q = next((x for x in range(k - 1, start, -1) if toks[x].text in QUOTES and s.in_quote(x - 1)), None)
                p = None if q is None else next((c for c in cands if c.kind is Kind.PERSON and c.a == q + 1
                                                 and c.b < k and toks[c.b].text == ","), None)
                if p is not None:
                    return q, p
            if res is not None:
                if not isinstance(res, Cand) and toks[a].low in ("who", "whose", "which") \
                        or not (isinstance(res, Cand) and res.kind is Kind.PERSON) and self._role_start(s, a):
                    # "…, Col. X, a spokesman for the coalition, said": the name before the role
                    k2 = next((x for x in range(k - 1, max(start, k - 9) - 1, -1)
                               if toks[x].text == "," or (toks[x].text in QUOTES and s.in_quote(x - 1))), None)
                    if k2 is not None:
                        p = next((c for c in cands if c.kind is Kind.PERSON and k2 < c.a and c.b <= k), None)
                        if p is None and k - k2 > 1:
                            # '"…," Jens Holm, who leads the mission, told …': a bare name before the aside
                            w = self.speaker_of(s, k2 + 1, k, cands)
                            p = w if isinstance(w, Cand) else None
                        if p is not None:
                            return k2, p
                if isinstance(res, Cand) and res.kind is Kind.PERSON and res.sent is s and start < res.a and res.b <= k:
                    # "…, Col. X, spokesman for Y, said": the name before the role opens the attribution
                    k2 = next((x for x in range(res.a - 1, max(start, res.a - 5) - 1, -1) if toks[x].text == ","), None)
                    if k2 is not None and all(toks[x].word or toks[x].text == "." for x in range(k2 + 1, res.a)):
                        return k2, res
                if isinstance(res, Cand) and res.kind is Kind.PERSON:
                    # "…, a spokesman for the coalition, Col. X, said": the role before the name
                    k2 = next((x for x in range(k - 1, max(start, k - 10) - 1, -1)
                               if toks[x].text == "," or (toks[x].text in QUOTES and s.in_quote(x - 1))), None)
                    if k2 is not None and k2 + 1 < k and toks[k2 + 1].low in ("a", "an", "the") \
                            and self._role_start(s, k2 + 1) \
                            and not any(c.kind is Kind.PERSON and k2 < c.a < k for c in cands):
                        return k2, res
                return k, res
        return media

    def _attribution_clause(self, s: Sentence, a: int, end: int, cands: list[Cand]):
        toks = s.toks
        lex = self.lex
        if a >= end:
            return None
        if toks[a].low in ("a", "an") and a + 1 < end and toks[a + 1].low in lex.words("disputed_claim_nouns"):
            return None                       # "…, a claim the army denied": a rebuttal, no attribution
        if toks[a].low == "according" and a + 1 < end and toks[a + 1].low == "to":
            stop = next((k for k in range(a + 2, end) if toks[k].text == ","), end)
            if stop < end and self._role_start(s, a + 2):
                # "…, according to a spokeswoman for the embassy, Jane Roe.": the name closing it speaks
                p = next((c for c in cands if c.kind is Kind.PERSON and c.a > stop), None)
                if p is not None and self._names_only(s, stop + 1, end, p):
                    return p
                after = None if p is None else next((k for k in range(p.b, end) if toks[k].text == ","), None)
                if after is not None and self._names_only(s, stop + 1, after, p) and (
                        toks[after + 1].low in ("who", "whose") or self.aside_to_end(s, after + 1, end)):
                    return p                  # "…, according to the base's commander, X, who said …"
            if stop < end and not (stop + 1 < end and toks[stop + 1].low in _NEXT_CLAUSE) \
                    and not self.aside_to_end(s, stop + 1, end):
                return None                   # "X, according to Y, is ...": not a closing attribution
            return self.speaker_of(s, a + 2, stop, cands) or UNNAMED
        if toks[a].low == "as" and a + 2 < end and toks[a + 1].low in ("reported", "announced", "stated", "said") \
                and toks[a + 2].low == "by":
            # "…, as stated by X, according to a wire service"
            stop = next((k for k in range(a + 3, end) if toks[k].text == ","), end)
            return self.speaker_of(s, a + 3, stop, cands) or UNNAMED
        verb = next((k for k in range(a, min(end, a + 14)) if toks[k].low in lex.report_verbs and toks[k].word
                     and not (k > a and toks[k - 1].low in _NOUN_DETS)            # (not "the reports")
                     and not (k > a and toks[k - 1].low in _PASSIVE_AUX)), None)   # (not "had been assured")
        if verb is None:
            return None
        if s.in_quote(verb):
            return None
        if toks[a].low in _OBJECT_RELATIVES and verb > a + 1:
            return None                       # "…, which Moscow claimed to annex": the relative
                                              # clause describes the noun before it
        for k in range(verb + 1, end - 1):
            # '"…," Ruiz added, using the army's nickname for the camp.': the participle clause is no content
            if toks[k].text == "," and (toks[k + 1].low.endswith("ing") or toks[k + 1].low in ("as", "in", "when")):
                end = k
                break
        if verb == a + 1 and toks[a].low in ("and", "but"):
            return None                       # "…, and denied seeking …": the subject's second predicate
        if verb == a or (verb == a + 1 and toks[a].low in ("also", "then")):
            # inverted: said X, a spokesman ...
            if verb + 1 < end and toks[verb + 1].low in _ASIDE_OPENERS and not toks[verb + 1].cap \
                    and self._skip_adverbials(s, verb, verb + 1) >= end:
                return None                   # "…, Y, a spokesman, said on national television.": the
                                              # verb closes the attribution before this comma
            stop = next((k for k in range(verb + 1, end) if toks[k].text == ","), end)
            if toks[verb].low not in _INVERTIBLE or stop - verb > 13 or any(
                    t.low in _CLAUSE_WORDS for t in toks[verb + 1:stop]):
                return None                   # "…, said the soldiers had gone": a clause, no speaker
            who = self.speaker_of(s, verb + 1, stop, cands)
            if who is MEDIA and toks[verb].low in ("told", "tells"):
                return None                   # '"…," X, a co-chair of Y, told Reuters': the outlet was told
            if who is None or (who is UNNAMED and not any(
                    t.low in self.lex.unnamed_heads or t.low in self.lex.role_nouns or t.low in self.lex.pronouns
                    for t in toks[verb + 1:stop])):
                return None
            return who
        j = self._skip_adverbials(s, verb, verb + 1)
        if j < end and not self._aside_at(s, j):
            return None                       # the verb has content of its own: no closing attribution
        if any(t.word and t.low in lex.report_verbs for t in toks[a:verb]):
            return None
        return self.speaker_of(s, a, verb, cands) or UNNAMED

    def _initial_attribution(self, s: Sentence, verb: int, cands: list[Cand]):
        """Speaker of ``X said …`` for a verb at ``verb``: looks left to the clause start."""
        toks = s.toks
        a = verb
        while a > 0:
            p = toks[a - 1]
            if p.text == ")":
                o = next((x for x in range(a - 2, max(-1, a - 8), -1) if toks[x].text == "("), None)
                if o is not None and o > 0:
                    a = o                              # "The X Mission (XM) said": past the brackets
                    continue
            if p.low in ("which", "who", "whose") and a > 2 and toks[a - 2].text == "," \
                    and any(toks[x].text == "," for x in range(a, verb)):
                a -= 2                                 # "X, which runs the camp, said": past the aside
                continue
            if p.low == "as" and a >= 2 and toks[a - 2].low == "known":
                a -= 1                                 # "X, widely known as Y, said": an aside, go on
                continue
            if p.low in ("which", "who") and a - 1 > 1 and toks[a - 2].text == "," and all(
                    toks[x].low in _ADVERBS for x in range(a, verb)):
                # "…, according to photos posted by the X Brigade, which wrote that …": the
                # relative clause's subject is the body or person right before it
                named = next((c for c in cands if c.b == a - 2 and c.kind in (Kind.PERSON, Kind.FORCE,
                                                                              Kind.ORGANIZATION)), None)
                if named is not None:
                    return named, a - 1
            if p.low == "since" and a - 1 > 0 and toks[a - 2].low in ("has", "have", "had"):
                a -= 1                                 # "X has since said": an adverb, no clause
                continue
            if (p.low in _CLAUSE_INTRO or p.low == "that") and p.text not in _BOUND:
                o = self._subject_aside_opening(s, a - 1, verb, cands)
                if o is not None:
                    a = o                              # "X, who was abroad when Y fell, told …": past the aside
                    continue
            if p.text in _BOUND or p.low in _CLAUSE_INTRO and a - 1 > 0 and not (
                    p.low == "and" and toks[a - 2].word and a - 1 < verb - 1):
                break
            if p.low == "that" and a - 1 > 0:
                break
            a -= 1
        if a == verb and verb > 1 and toks[verb - 1].low in ("and", "but"):
            # "X confirmed the handover and said …", "X thanked the troops but stressed that …":
            # the subject of the first verb speaks
            who = self._coordinated_subject(s, verb - 1, cands)
            if who is not None:
                return who
        a0 = a
        # skip an opening adverbial: "In a press release on Friday, ..." / "On March 3, 2019, ..."
        while True:
            comma = next((k for k in range(a, verb) if toks[k].text == ","), None)
            if comma is None:
                break
            head = toks[a].low
            if any(c.kind is Kind.PERSON and a <= c.a < comma for c in cands):
                break                                  # "Last month Maj. Gen. X, spokesman for Y, said"
            if head in ("in", "on", "at", "after", "during", "later", "earlier", "meanwhile", "however",
                        "also", "separately", "speaking", "addressing", "asked", "last", "this", "since",
                        "following", "according") or toks[a].text[:1].isdigit():
                if head == "in" and any(t.low in ("statement", "communique", "communiqué", "interview", "tweet")
                                        for t in toks[a:comma]):
                    s.attrib.update(range(a, comma))
                a = comma + 1
                continue
            break
        if a >= verb:
            return None, a0
        end = self._before_time(s, a, verb)
        who = self.speaker_of(s, a, end, cands)
        if who is UNNAMED:
            who = self.collective_body(s, a, end, cands) or UNNAMED
        return who, a

    def _before_time(self, s: Sentence, a: int, verb: int) -> int:
        """Where a subject ends before a time phrase between it and its verb (``The ministry last
        month announced``, ``Russia on Sunday said``): the phrase's first token, else ``verb``."""
        toks = s.toks
        k = verb
        while k > a and (toks[k - 1].low in _TIME_WORDS or toks[k - 1].text[:1].isdigit()
                         or toks[k - 1].low in ("earlier", "later", "also", "then", "again")):
            k -= 1
        if k < verb and k > a and toks[k - 1].low in ("last", "this", "on", "earlier", "late", "early", "next"):
            k -= 1
            if k > a and toks[k - 1].low in ("earlier", "later") and toks[k].low == "this":
                k -= 1                                 # "earlier this week"
        return k if k > a and any(toks[x].low in _TIME_WORDS for x in range(k, verb)) else verb

    def _coordinated_subject(self, s: Sentence, conj: int, cands: list[Cand]):
        """The subject of the clause whose first verb phrase ends at the conjunction ``conj``:
        (speaker, first token) or None."""
        toks = s.toks
        start = conj
        while start > 0 and toks[start - 1].low != "that":
            if toks[start - 1].text == ")":
                o = next((x for x in range(start - 2, max(-1, start - 8), -1) if toks[x].text == "("), None)
                if o is not None and o > 0:
                    start = o                          # "The X Front (XF), …, said … and vowed": past the brackets
                    continue
            if toks[start - 1].text in QUOTES:
                # 'X called the move "unacceptable" and said …': a few quoted words inside the clause
                span = next(((qa, qb) for qa, qb in s.quotes if qb in (start - 1, start - 2)), None)
                if span is not None and span[0] >= 2 and (sum(1 for t in toks[span[0]:span[1]] if t.word) <= 4 or (
                        toks[span[0] - 2].word)):
                    # (a longer quotation only as the object of a verb: 'X called it "…" and said')
                    start = span[0] - 1
                    continue
            if toks[start - 1].text in _BOUND:
                break
            if toks[start - 1].low in _CONTRAST and start > 1 and toks[start - 2].text == ",":
                break                                  # "X said …, while Y thanked … and said …": Y's clause
            start -= 1
        lex = self.lex
        while True:
            # "In a televised speech on Sunday, X hailed … and urged …": past the opening adverbial
            comma = next((k for k in range(start, conj) if toks[k].text == ","), None)
            if comma is None or toks[start].low not in lex.words("opening_adverbial_words") \
                    or any(c.kind is Kind.PERSON and start <= c.a < comma for c in cands):
                break
            start = comma + 1
        end = next((k for k in range(start + 1, conj) if toks[k].word and not toks[k].cap and (
            toks[k].low in lex.report_verbs or toks[k].low in lex.verbs or toks[k].low in lex.be_aux
            or toks[k].low in lex.modal or toks[k].low.endswith("ed"))
            and not any(c.a <= k < c.b for c in cands)), None)
        if end is None:
            return None
        who = self.speaker_of(s, start, end, cands)
        return (who, start) if isinstance(who, Cand) else None

    def _skip_adverbials(self, s: Sentence, v: int, j: int) -> int:
        """Past what may follow a reporting verb before its content: ``told the Associated Press``,
        ``told reporters``, ``said in a statement``, ``said on Sunday``, ``said earlier this week``."""
        toks = s.toks
        lex = self.lex
        n = len(toks)
        while j < n and j - v < 12:
            tj = toks[j]
            # "told reporters", "told the press", "told us" (but "said US forces had left": no object)
            pronoun_like = tj.cap and tj.low in ("us", "me", "him", "her", "them")
            # "told her" (an object), but "said her unit would leave" (a possessive: the clause's subject)
            pronoun_like = pronoun_like or tj.low == "her" and toks[v].low not in _TELL_VERBS
            lo = tj.low                        # (a phrase table holds the first word of its phrases)
            e = (0 if pronoun_like or lo not in lex.report_objects else match_phrase(lex.report_objects, toks, j)) \
                or (match_phrase(lex.media, toks, j) if lo in lex.media else 0)
            if e:
                j = e
                continue
            lo = tj.low
            if lo in ("through", "via", "in", "at", "to", "from", "with", "during", "on", "before") and j > v:
                # "insisted through an interpreter that …", "told a briefing in the capital that …":
                # a short prepositional phrase, then the that-clause
                # (several phrases in a row: "said on Wednesday during a visit to the troops that …";
                # an apposition set off by two commas: "at a news conference in Oslo, the capital, that")
                k = next((x for x in range(j + 1, min(n, j + _SPEECH_MODIFIER)) if toks[x].low == "that"), None)
                # (an abbreviation's full stop belongs to the phrase: "said on Nov. 11 that …")
                if k is not None and k > j + 1 and toks[k - 1].low not in lex.that_nouns \
                        and sum(1 for x in range(j + 1, k) if toks[x].text == ",") in (0, 2) and all(
                        toks[x].word and toks[x].low not in _CLAUSE_WORDS and toks[x].low not in lex.report_verbs
                        or toks[x].text == "." and toks[x - 1].low in lex.raw["_abbrev"] or toks[x].text == ","
                        or toks[x].text in ("'s", "’s")
                        for x in range(j + 1, k)):
                    j = k
                    break
            if lo == "," and j + 3 < n and toks[j + 1].low in _ADVERBS and toks[j + 2].text == "," \
                    and toks[j + 3].low == "that":
                j += 3                                  # "conceded, however, that …"
                continue
            if lo == "," and j + 1 < n and (toks[j + 1].low in _TIME_WORDS or toks[j + 1].text[:1].isdigit()):
                # "announced today, Saturday, that …", "said on Monday, May 3, that …"
                k = j + 1
                while k < n and (toks[k].low in _TIME_WORDS or toks[k].text[:1].isdigit() or toks[k].text in ",."):
                    k += 1
                if k < n and toks[k - 1].text == "," and toks[k].low == "that":
                    j = k
                    continue
            if j > v + 1 and not tj.cap and (lo.endswith("ed") or lo in _PARTICIPLES) and (
                    match_phrase(lex.speech_nouns, toks, j - 1) or toks[j - 1].low in _OUTLETS):
                # "in a statement released on Monday", "read out on state television", "issued after
                # the cabinet met": what modifies the statement runs up to the that-clause
                k = next((x for x in range(j + 1, min(n, j + _SPEECH_MODIFIER)) if toks[x].low == "that"), None)
                if k is not None and all(toks[x].word and toks[x].low not in _CLAUSE_WORDS
                                         and toks[x].low not in lex.report_verbs or toks[x].text in ("'s", "’s", "-")
                                         or toks[x].text == "." and toks[x - 1].low in lex.raw["_abbrev"]
                                         for x in range(j + 1, k)):
                    j = k
                    break
                j += 1
                if j < n and toks[j].low in _PARTICLES:
                    j += 1                              # "read out", "handed out", "put out"
                continue
            if lo in _TIME_WORDS or lo in ("earlier", "later", "also", "again", "publicly", "separately",
                                            "recently", "previously", "today", "yesterday", "tonight"):
                j += 1
                continue
            if lo.endswith("ly") and not tj.cap and len(lo) > 4 and j + 1 < n and (
                    toks[j + 1].low == "that" or toks[j + 1].text in (",", ":") or toks[j + 1].text in QUOTES):
                j += 1                                  # "said repeatedly that …", "insisted firmly: …"
                continue
            if lo in ("on", "in", "at", "during", "via", "to", "this", "last", "late", "early") and j + 1 < n:
                # a short prepositional adverbial ending in a time word or a speech noun
                k = j + 1
                ended = 0
                while k < n and k - j <= 6 and (toks[k].low in ("a", "an", "the", "its", "his", "her", "their",
                                                                 "this", "last", "written", "televised", "joint",
                                                                 "separate", "official", "brief", "press", "state",
                                                                 "local", "national", "social", "online", "on",
                                                                 "recent", "new", "exclusive", "rare", "radio",
                                                                 "television", "telephone", "phone", "weekly",
                                                                 "daily", "formal", "lengthy", "short")
                                                or toks[k].low in _OUTLETS
                                                or toks[k].text == "." and toks[k - 1].low in lex.raw["_abbrev"]
                                                or toks[k].text[:1].isdigit() or toks[k].low in _TIME_WORDS
                                                or match_phrase(lex.speech_nouns, toks, k)
                                                or match_phrase(lex.report_objects, toks, k)):
                    e = match_phrase(lex.speech_nouns, toks, k) or match_phrase(lex.report_objects, toks, k)
                    k = e if e else k + 1
                    if toks[k - 1].low in _TIME_WORDS or toks[k - 1].text[:1].isdigit() or toks[k - 1].low in _OUTLETS \
                            or e:
                        ended = k                       # the phrase may end here ("said on Monday its …")
                if j + 1 < ended < k and toks[k - 1].low in _NOUN_DETS:
                    j = ended                           # "said on social media the depot …": the clause's
                    continue                            # own article is no part of the phrase
                if k > j + 1 and (toks[k - 1].low in _TIME_WORDS or toks[k - 1].text[:1].isdigit()
                                  or toks[k - 1].low in _OUTLETS
                                  or any(match_phrase(lex.speech_nouns, toks, x) for x in range(j + 1, k))
                                  or any(match_phrase(lex.report_objects, toks, x) for x in range(j + 1, k))):
                    j = k
                    continue
                if ended > j + 1:
                    j = ended                           # "said on Monday its troops …": the clause follows
                    continue
                break
            if toks[v].low in ("told", "tells", "addressed", "briefed") and j == v + 1 and lo in (
                    "a", "an", "the") and j + 1 < n and match_phrase(lex.speech_nouns, toks, j + 1):
                j = match_phrase(lex.speech_nouns, toks, j + 1)     # "told a briefing", "told the conference"
                continue
            if toks[v].low in ("told", "tells", "informed", "briefed") and j == v + 1:
                # "told Chad's state broadcaster ONRTV.": the one told, up to the clause's end
                # (a plural possessive is part of the phrase: "told the soldiers' families")
                e = j
                while e < n and (toks[e].word or _plural_possessive(toks, e)) and toks[e].low not in _CLAUSE_WORDS \
                        and toks[e].low not in ("that", "in", "on", "at", "during", "after", "before", "by", "via") \
                        and e - j < 8 and not (toks[e].low == "to" and e + 1 < n and toks[e + 1].word
                                               and not toks[e + 1].cap and toks[e + 1].low not in _NOUN_DETS):
                    e += 1                              # (up to "to stay": "told its units to stay" is a directive)
                if e > j and e < n and toks[e].low in ("in", "on", "at", "during", "after", "before", "via"):
                    # "told soldiers on the parade ground.": where they were told, up to the clause's end
                    f = e + 1
                    while f < n and (toks[f].word or _plural_possessive(toks, f)) and toks[f].low not in _CLAUSE_WORDS \
                            and toks[f].low not in lex.report_verbs and f - e < 8:
                        f += 1
                    if f < n and (toks[f].text in ".;!?" or toks[f].text in QUOTES or toks[f].text == "," and (
                            f + 1 >= n or toks[f + 1].low != "that")):
                        e = f
                if e > j and (e >= n or toks[e].text in ".,;!?" or toks[e].text in QUOTES) and not (
                        e < n and toks[e].text == "," and e + 1 < n and toks[e + 1].low == "that"):
                    j = e
                    continue
                # told the BBC / told Al Jazeera / told the state news agency in Chad (that …)
                k = next((x for x in range(j, min(n, j + 13)) if toks[x].low == "that"), None)
                if k is not None and not any(toks[x].text in ",;" or toks[x].text in QUOTES for x in range(j, k)):
                    j = k
                    break
            if tj.cap and tj.word and toks[v].low in ("told", "tells", "informed", "briefed"):
                j += 1
                continue
            if lo in ("on", "of") and j + 1 < n and toks[j + 1].low == "condition":
                j += 1
                continue
            if lo in ("from", "in", "at", "near", "outside", "inside") and j + 1 < n and (
                    toks[j + 1].cap or toks[j + 1].low in _PLACE_MODIFIERS):
                # "told Reuters from Gerou in the neighbouring province": where it was said
                k = j + 1
                while k < n and (toks[k].cap or toks[k].low in _PLACE_MODIFIERS or toks[k].low in (
                        "in", "of", "the", "near")) and toks[k].word:
                    k += 1
                if k > j + 1 and any(toks[x].cap for x in range(j + 1, k)):
                    j = k
                    continue
            if lo == "with" and j > v + 1 and (toks[j - 1].low in _OUTLETS or match_phrase(
                    lex.speech_nouns, toks, j - 1)):
                k = j + 1                              # "in an interview with the BBC"
                while k < n and k - j <= 5 and (toks[k].cap or toks[k].low in ("the", "a", "an", "state")):
                    k += 1
                if k > j + 1:
                    j = k
                    continue
            break
        return j
