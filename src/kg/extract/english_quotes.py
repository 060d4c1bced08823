"""Who said what, in English news.

Direct quotations in every quote style (“…”, "…", «…», a quotation left open at the paragraph's
end) and reported speech, attributed by the shapes English uses:

* quote first: ``"…," said X, a spokesman for Y.`` / ``"…," X said.`` / ``"…," the statement read.``
* speaker first: ``X said: "…"`` / ``X said (that) …`` / ``X told AFP that …`` / ``X announced the …``
* around: ``According to X, …`` / ``…, according to X.`` / ``…, as reported by X.`` / ``…, X said.``
* continuation: a quotation with no attribution right after an attributed one (same speaker);
  ``he added`` / ``they said`` / ``the statement said`` / ``the monitor said`` resolved to the
  person or body named before; ``…, the ministry said, adding that …``: a second statement.

Between the speaker and the verb a comma-bounded aside (an appositive role, a relative clause, a
participle) is skipped; after a closing verb, what only modifies it (a prepositional or
subordinate phrase, a participle, the one told) is no content. Speakers must be named (a person,
a force, an organisation, ``President X's office``, or a description that stands for one named in
the article, or names a body of its own: ``the nation's military council``); words of an unnamed
official, a source, ``X's spokesman`` or a news agency make no statement (but ``Iraqi officials said …``,
``an army spokesman said …``, opening a report, speak for the body).

The parts, one module each: :mod:`.english_speakers` (speaker phrases, article memory),
:mod:`.english_speaker_bodies` (bodies speaking through their officials or offices),
:mod:`.english_asides` (asides and clause shapes around a reporting verb),
:mod:`.english_attribution` (where the attribution sits), :mod:`.english_pieces` (cutting the
statements), :mod:`.english_verdicts` (quoted verdicts), :mod:`.english_report_shapes` (reports
beside or inside another clause), :mod:`.english_directives` (reports whose content is a verb phrase:
``urged X to …``, ``promised to …``), :mod:`.english_subjects` (whom a sentence is about); this module
runs them sentence by sentence.
"""
from __future__ import annotations

from ..model import Kind
from .english_coref import Naming
from .english_entities import Cand, Finder
from .english_names import match_phrase
from .english_directives import Directives
from .english_subjects import SentenceSubjects
from .english_speakers import MEDIA, UNNAMED, Said, Speakers, _ASIDE_OPENERS, _CLAUSE_INTRO, _CLAUSE_WORDS
from .english_text import QUOTES, Sentence

__all__ = ["MEDIA", "UNNAMED", "Quotes", "Said", "Speakers"]


class Quotes(SentenceSubjects, Directives):
    """Finds statements sentence by sentence (one per article)."""

    def __init__(self, finder: Finder, naming: Naming):
        self.f = finder
        self.lex = finder.lex
        self.naming = naming
        self.speakers = Speakers(naming)
        self.out: list[Said] = []
        self.last_direct: tuple[int, object] | None = None   # (sentence index, speaker)
        self.directives: set[int] = set()                     # the sentence's directive verbs

    def sentence(self, s: Sentence, cands: list[Cand]) -> None:
        if s.title:
            return
        toks = s.toks
        if not s.lows.isdisjoint(("statement", "communique", "communiqué")):
            self.speakers.statement_named.add(s.index)
        first = next((c for c in cands if c.kind is Kind.PERSON), None)
        if first is not None and all((c.name or c.surface) == (first.name or first.surface)
                                     for c in cands if c.kind is Kind.PERSON):
            self.speakers.lone[s.index] = first
        if first is not None and (first.t0 == 0 or self._role_before(s, first)):
            self.speakers.subjects.append((s.index, first))
        elif first is None or first.t0 > 0:
            opener = self._surname_opening(s)
            if opener is not None:
                self.speakers.subjects.append((s.index, opener))
        directives = {v for v in range(1, len(toks) - 2) if self.directive_at(s, v)}
        if not s.quotes and s.lows.isdisjoint(self.lex.report_verbs) and "according" not in s.lows \
                and s.lows.isdisjoint(self.lex.quotative) and not directives \
                and not any(self.disputes_at(toks, i) for i in range(len(toks))):
            if self.last_direct and self.last_direct[0] < s.index - 2:
                self.last_direct = None
            if "as" in s.lows or "what" in s.lows:
                self.unquoted_verdicts(s, cands)      # "X described the claim as propaganda."
            return
        quotes, big = [], []
        for a, b in s.quotes:
            words = sum(1 for t in toks[a:b] if t.word)
            if words >= 1:
                quotes.append((a, b))
                if words >= 4:
                    big.append((a, b))
        report_verbs = self.lex.report_verbs
        self.directives = directives      # (their verbs open statements of their own: directive_reports)
        verbs = [i for i, t in enumerate(toks) if t.word and (t.low in report_verbs or self.disputes_at(toks, i))
                 and not s.in_quote(i)
                 and not t.cap                                                 # "the United States": no verb
                 and not (i > 0 and toks[i - 1].low in ("to", "be", "been", "being", "was", "were", "is", "are")
                          and t.low not in ("said",))
                 and not (i > 0 and toks[i - 1].low in ("a", "an", "the", "its", "their"))    # "an estimated 900"
                 # "denied claims": a noun, the denial the report (read below)
                 # (in every form of the denial: "denying reports that …", "has dismissed claims")
                 and not (i > 0 and toks[i - 1].low in self.lex.denial_verbs)
                 and not self._negated(toks, i)
                 and not self.not_a_report_here(toks, i)]
        before = len(self.out)
        if big:
            self._direct(s, cands, quotes, big, verbs)
            if quotes[0][0] > 1 and not (self.last_direct and self.last_direct[0] == s.index):
                # no speaker for the quotation ('X called it "a coming of age" but said …'): the
                # sentence may still report what someone said
                self._reported(s, cands, verbs)
        else:
            self._reported(s, cands, verbs)
            if len(self.out) == before and not s.attrib:
                self._subject_goes_on(s, cands)
        if s.quotes:
            self.verdicts(s, cands, before)
        elif len(self.out) == before and not s.title:
            self.unquoted_verdicts(s, cands)
        if directives:
            self.directive_reports(s, cands, before)

    def _subject_goes_on(self, s: Sentence, cands: list[Cand]) -> None:
        """``X dismissed the claim, saying the troops were …``: no reporting verb, but a reporting
        participle after the first verb phrase says what the subject said."""
        toks = s.toks
        for k in range(2, len(toks) - 4):
            if toks[k].text != "," or s.in_quote(k) or toks[k + 1].low not in self.lex.quotative:
                continue
            e = match_phrase(self.lex.quotative, toks, k + 1)
            if not e or e >= len(toks):
                return
            e = self._skip_adverbials(s, k + 1, e)     # ", telling journalists in Baku that …"
            if e >= len(toks):
                return
            if toks[e].low == "that":
                e += 1
            elif not (toks[e].word and toks[e].low not in _ASIDE_OPENERS and self._verb_after(s, e)):
                return
            got = self._coordinated_subject(s, k, cands)
            if got is None or got[1] != 0:
                return
            who = got[0]
            s.attrib.update(range(k, e))
            self._remember(s, who)
            self._emit(s, e, len(toks), "reported", who, split=False)
            return

    def _direct(self, s: Sentence, cands, quotes, big, verbs) -> None:
        toks = s.toks
        n = len(toks)
        q0, qn = quotes[0][0], quotes[-1][1]
        who = None
        mixed_from = None
        # 1) attribution after the (last) quotation, or after the last long one when a few quoted
        # words sit in the attribution's own tail ('"…," the ministry wrote, noting that … "under X" …')
        res = self._final_attribution(s, max(qn - 1, 0), cands) if qn < n else None
        if res is None and len(quotes) > 1:
            for qi in range(len(quotes) - 2, -1, -1):
                r = self._final_attribution(s, max(quotes[qi][1] - 1, 0), cands)
                if r is not None and any(match_phrase(self.lex.quotative, toks, x)
                                         for x in range(r[0], quotes[qi + 1][0])):
                    res = r
                    quotes = quotes[:qi + 1]
                    q0, qn = quotes[0][0], quotes[-1][1]
                    break
        if res is not None:
            k, who = res
            s.attrib.update(range(k, n))
            mixed_from = 0 if q0 <= 1 else None
            if isinstance(who, Cand):
                self._participle_tail(s, k, who)
        if res is None:
            # 'The real test, he said, will come "when …"': the attribution parts the subject
            # from its predicate, which holds the quotation; the predicate is what was said
            split = self._parenthetical(s, verbs, q0, cands)
            if split is not None:
                k, j, who = split
                s.attrib.update(range(k, j))
                self._remember(s, who)
                self.last_direct = (s.index, who)
                self._emit(s, j, n, "reported", who, split=False)
                return
        # 2) attribution before the first quotation: X said: "…" / X said that "…"
        body = None
        if who is None or not isinstance(who, Cand):
            before = [v for v in verbs if v < q0]
            if before:
                v = before[-1]
                w, a = self._initial_attribution(s, v, cands)
                if isinstance(w, Cand) or (who is None and w is not None):
                    who = w
                    res = None                         # the speaker is named before the quotation
                    s.attrib.update(range(a, v + 1))
                    j = self._skip_adverbials(s, v, v + 1)
                    if j < q0 - 1 and sum(1 for t in toks[j:q0] if t.word and t.low != "that") >= 3:
                        body = j      # 'X said the decision was "long planned" and …': the whole clause
                    elif j < q0 and self._clause_goes_on(s, qn):
                        body = j      # 'X said that Y "would never allow a gap" along the river': the
                                      # quoted words are the middle of a paraphrased clause
                    if isinstance(w, Cand):
                        self._report_before(s, cands, [x for x in verbs if x < a], a)
        # 3) '"…," he said, "…"': the attribution between two quotations
        if who is None and len(quotes) > 1:
            for (a1, b1), (a2, b2) in zip(quotes, quotes[1:]):
                gap = [v for v in verbs if b1 < v < a2]
                if gap:
                    # (the speaker alone: ``res`` keeps meaning a closing attribution's (start, speaker))
                    between = self._attribution_clause(s, b1 + 1 if toks[b1 + 1].text != "," else b1 + 2, a2 - 1,
                                                       cands) if b1 + 1 < a2 else None
                    if between is None:
                        between, _ = self._initial_attribution(s, gap[0], cands)
                    if between is not None:
                        who = between
                        s.attrib.update(range(b1, a2))
                        break
        # 4) "… on the grounds that "…"" / "…, saying "…"": the subject speaks
        if who is None and q0 > 0:
            # (the link may govern a clause holding the quotation: ', saying the army would "…"')
            lo = max(0, q0 - 10)
            lo = max([lo] + [x + 1 for x in range(lo, q0 - 1) if toks[x].text in (";", ":")
                             or toks[x].text in QUOTES or toks[x].low in self.lex.report_verbs])
            link = next((k for k in range(lo, q0) if match_phrase(self.lex.quotative, toks, k)
                         or match_phrase(self.lex.reasons, toks, k)), None)
            if link is not None:
                subj = next((c for c in cands if c.a < link and c.kind in (Kind.FORCE, Kind.ORGANIZATION, Kind.PERSON)),
                            None)
                if subj is None:
                    # "The embassy was shut, saying "…"": the subject may be a description
                    vend = next((k for k in range(1, q0) if toks[k].word and not toks[k].cap and (
                        toks[k].low in self.lex.be_aux or toks[k].low in self.lex.modal or toks[k].low.endswith("ed")
                        or toks[k].low in self.lex.verbs)), None)
                    w = self.speaker_of(s, 0, vend, cands) if vend else None
                    subj = w if isinstance(w, Cand) else None
                who = subj or UNNAMED
        # 5) continuation of the previous sentence's quotation
        if who is None and q0 <= 1 and self.last_direct and self.last_direct[0] >= s.index - 2:
            who = self.last_direct[1]
        if who is None:
            return
        if who is not MEDIA:
            self.speakers.remember(s, who)
        if "statement" in {t.low for t in toks if s.in_quote(t.i) is False} and isinstance(who, Cand) \
                and who.kind is not Kind.PERSON:
            self.speakers.issued(s, who)
        self.last_direct = (s.index, who)
        if who is UNNAMED or who is MEDIA:
            return
        if body is not None:
            self._emit(s, body, n, "reported", who, split=False)
            return
        if res is not None and q0 > 1 and sum(1 for t in toks[:q0] if t.word) >= 3:
            # 'The army will stay "for some weeks yet", he added.': the whole clause
            self._emit(s, 0, res[0], "reported", who, split=False)
            return
        # the quoted words (and, in a sentence mixing quotation and paraphrase, the paraphrase)
        if mixed_from is not None and len(quotes) > 1:
            # "“They went at dawn” and the camp is empty now, “all of it,” said X": the quoted
            # words and the paraphrase between them are statements of X; a short quoted tail
            # belongs to the paraphrase before it.
            k = 0
            while k < len(quotes):
                a, b = quotes[k]
                self._emit(s, a, b, "direct", who)
                if k + 1 >= len(quotes):
                    break
                na, nb = quotes[k + 1]
                gap_words = sum(1 for t in toks[b:na] if t.word)
                nxt_words = sum(1 for t in toks[na:nb] if t.word)
                if gap_words >= 4:
                    g0 = b
                    while g0 < na and (toks[g0].text in QUOTES or toks[g0].low in ("and", ",")):
                        g0 += 1
                    self._emit(s, g0, nb if nxt_words <= 4 else na, "reported", who, split=False)
                    if nxt_words <= 4:
                        k += 1
                k += 1
            return
        for a, b in quotes:
            if sum(1 for t in toks[a:b] if t.word) >= 4:
                self._emit(s, a, b, "direct", who)
        if res is None and isinstance(who, Cand) and qn < n - 3:
            # 'X said troops "will stay," adding that …', 'X stressed that it "…" and urged …'
            for pa, pb in self._continued(s, max(0, qn - 3), n)[1:]:
                self._emit(s, pa, pb, "reported", who, split=False)

    def _reported(self, s: Sentence, cands, verbs) -> None:
        toks = s.toks
        n = len(toks)
        lex = self.lex
        if len(verbs) == 1 and self._report_of_a_relative(s, cands, verbs[0]):
            return
        # "According to X, …" / "According to X, a spokesman … Y, …"
        if n > 3 and toks[0].low == "according" and toks[1].low == "to":
            c1 = next((k for k in range(2, n) if toks[k].text == ","), None)
            if c1 is not None:
                who = self.speaker_of(s, 2, c1, cands)
                body = c1 + 1
                if who is MEDIA or who is UNNAMED or who is None:
                    c2 = next((k for k in range(c1 + 1, n) if toks[k].text == ","), None)
                    if c2 is not None:
                        inner = self.speaker_of(s, c1 + 1, c2, cands)
                        if isinstance(inner, Cand) and inner.kind is Kind.PERSON:
                            who, body = inner, c2 + 1
                s.attrib.update(range(0, body))
                if isinstance(who, Cand) and who is not None:
                    if toks[2].low in ("the", "this") and any(t.low == "statement" for t in toks[2:c1]):
                        pass
                    self._remember(s, who)
                    # the body may itself be "one official said …": then the inner verb decides
                    inner_verbs = [v for v in verbs if v > body]
                    if not inner_verbs:
                        self._emit(s, body, n, "reported", who, split=False)
                        return
                elif who is not None:
                    self._remember(s, who)
                verbs = [v for v in verbs if v > body]
                if not verbs:
                    return
        # "The rebels, according to X, had left …": the attribution set off inside the clause
        for k in range(1, n - 4):
            if toks[k].text == "," and toks[k + 1].low == "according" and toks[k + 2].low == "to":
                c2 = next((x for x in range(k + 3, min(n, k + 14)) if toks[x].text == ","), None)
                if c2 is None or c2 + 3 >= n or toks[c2 + 1].low in _CLAUSE_INTRO \
                        or any(toks[x].low in _CLAUSE_WORDS for x in range(k)):
                    break                              # "X has gone, according to Y, and …": the clause before
                if self.aside_to_end(s, c2 + 1, n):
                    break                              # "…, according to Y, a UK-based monitor.": Y's aside
                who = self.speaker_of(s, k + 3, c2, cands)
                if not isinstance(who, Cand):
                    break
                c3 = next((x for x in range(c2 + 1, n) if toks[x].text == ","), None)
                if c3 is not None and c3 + 2 < n and self.aside_to_end(s, c2 + 1, c3):
                    c2 = c3                            # "…, according to Y, a UK-based monitor, had …"
                s.attrib.update(range(k, c2 + 1))
                self._remember(s, who)
                self._emit(s, c2 + 1, n, "reported", who, split=False)
                return
        # "…, X said." / "…, according to X." / "…, as reported by X"
        res = self._final_attribution(s, 0, cands)
        split = self._parenthetical(s, verbs, n, cands) if res is not None and res[0] >= 3 else None
        if split is not None:
            k, j, who = split                          # "The main barracks, he said, would …"
            s.attrib.update(range(k, j))
            self._remember(s, who)
            self._emit(s, j, n, "reported", who, split=False)
            return
        if res is not None and res[0] < 3 and isinstance(res[1], Cand):
            # "The barracks, he said, would turn into …": the subject, the attribution, then the rest
            # of the clause (the predicate is what was said)
            k, who = res
            v = next((x for x in range(k + 1, min(n, k + 4)) if x in verbs), None)
            if v is not None and v + 2 < n and toks[v + 1].text == "," and self._clause_at(s, v + 1):
                s.attrib.update(range(k, v + 2))
                self._remember(s, who)
                self._emit(s, v + 2, n, "reported", who, split=False)
                return
        if res is not None:
            k, who = res
            s.attrib.update(range(k, n))
            self._remember(s, who)
            if s.quotes and s.quotes[0][0] <= 1:
                self.last_direct = (s.index, who)     # '"We are leaving," X said. "…"': a short quote goes on
            if isinstance(who, Cand):
                self._emit(s, 0, k, "reported", who, split=False)
                self._participle_tail(s, k, who)
            return
        # "…, the army said, in the latest step …": a parenthetical attribution
        for v in verbs:
            j = self._skip_adverbials(s, v, v + 1)
            if j >= n or toks[j].text != ",":
                continue
            k = next((x for x in range(v - 1, max(0, v - 13), -1) if toks[x].text == ","), None)
            if k is None or k < 3 or any(toks[x].low in lex.report_verbs for x in range(k + 1, v)):
                continue
            who = self.speaker_of(s, k + 1, v, cands)
            if who is None:
                continue
            s.attrib.update(range(k, j + 1))
            self._remember(s, who)
            if isinstance(who, Cand):
                self._emit(s, 0, k, "reported", who, split=False)
            return
        # "X said (that) …" / "X told AFP that …" / "…, while X said that …"
        for v in verbs:
            if v in self.directives:
                continue
            t = toks[v]
            j = v + 1
            rel = self.object_relative(s, v)
            if rel is not None:
                self._relative_report(s, rel, v, cands)
                continue
            if self._contact_relative(s, v):
                continue
            if t.low in lex.raw.get("reporting_particles", {}) and j < n and toks[j].low == lex.raw["reporting_particles"][t.low]:
                j += 1
            j = self._skip_adverbials(s, v, j)
            if j >= n:
                continue
            nxt = toks[j]
            that = nxt.low == "that"
            # a denial ("denied that …", "denied reports that …", "denied having …") or a claim about
            # oneself ("claimed to have …") says nothing without its verb: the statement opens with it
            lead = j == v + 1 and (t.low in lex.denial_verbs or (
                nxt.low == "to" and t.low in lex.raw.get("reporting_verbs_take_infinitive", ())
                and j + 1 < n and toks[j + 1].word and not toks[j + 1].cap))
            gerund = lead and t.low in lex.denial_verbs and nxt.word and not nxt.cap and nxt.low.endswith("ing")
            if not that and nxt.text not in (",", ":") and not nxt.word:
                continue
            if nxt.low in ("and", "or", "but", "which", "who"):
                continue                               # "a claim the ministry denied and which …": no content
            if not that and not (lead and nxt.low == "to") and not self.approximates(s, j) \
                    and nxt.low in ("on", "in", "at", "via", "during", "to", "after", "before", "by", "with"):
                continue                               # "said on social media": no content follows
            disputed = lead and nxt.low in lex.words("disputed_claim_nouns") and any(
                toks[x].low == "that" for x in range(j + 1, min(n, j + 12)))    # "denied claims on X that …"
            if not that and not gerund and not disputed and t.low in lex.report_need_clause \
                    and t.low not in lex.report_take_object and not self._clause_at(s, j):
                continue
            if not that and t.low in lex.report_take_object and not (
                    nxt.low in ("the", "a", "an", "its", "his", "their") or nxt.cap or self._clause_at(s, j)):
                continue                               # (but "announced it would leave": a clause)
            if not that and t.low not in lex.report_take_object and nxt.text == "," and toks[v - 1].text == ",":
                continue                               # a parenthetical "…, he said, …" handled elsewhere
            who, a = self._initial_attribution(s, v, cands)
            if who is None:
                continue
            s.attrib.update(range(a, j))
            self._remember(s, who)
            if who is UNNAMED or who is MEDIA:
                if who is MEDIA:
                    continue                           # "the BBC reported that X said …": look further
                return
            body = v if lead else j + 1 if nxt.text in (",", ":") else j
            stop = n
            for v2 in verbs:
                if v2 > body and toks[v2 - 1].low in ("and", "but") and toks[v2].low in lex.coordinated_reports \
                        and toks[v2].low not in lex.denial_verbs and not (v2 + 1 < n and toks[v2 + 1].low == "to") \
                        and not self._contrast_between(toks, body, v2):
                    continue                           # "… and urged X to …": the same subject goes on
                    # (a denial opens its own statement below; "… and continued to shell …" goes on
                    # the reported clause, no report of its own)
                if v2 > body:
                    # "… that X … while Y said that …": stop before the next attributed clause
                    w0 = v2
                    while w0 > body and toks[w0 - 1].low not in _CLAUSE_INTRO and toks[w0 - 1].text != ",":
                        w0 -= 1
                    if w0 > body and toks[w0 - 1].text == ",":
                        # "…, but a spokesman, X, cautioned that …": the next subject with its aside
                        _, a2 = self._initial_attribution(s, v2, cands)
                        if body < a2 < w0 and toks[a2 - 1].low in _CLAUSE_INTRO:
                            w0 = a2
                    w0 = self._contrast_between(toks, body, v2) or w0     # ", while Y … and said"
                    if w0 > body:
                        stop = w0 - 1
                        break
            self._emit(s, body, stop, "reported", who, split=False)
            if stop == n:
                return

    def _remember(self, s: Sentence, who) -> None:
        if who is None:
            return
        if who is not MEDIA:
            self.speakers.remember(s, who)
        if isinstance(who, Cand) and who.kind is not Kind.PERSON and any(
                t.low in ("statement", "communique", "communiqué") for t in s.toks):
            self.speakers.issued(s, who)
        elif isinstance(who, Cand) and self._in_a_statement(s):
            self.speakers.issued(s, who)            # "Gen. X said in a statement that …": X issued it

    def _in_a_statement(self, s: Sentence) -> bool:
        """Does ``s`` say that what was said was said in a statement (``said in a written
        statement``), not merely mention one (``commenting on the army's statement``)?"""
        toks = s.toks
        for k, t in enumerate(toks[:-2]):
            if t.low == "in" and not s.in_quote(k) and toks[k + 1].low in ("a", "an", "the", "his", "her", "its"):
                end = next((x for x in range(k + 2, min(len(toks), k + 5)) if not toks[x].word), min(len(toks), k + 5))
                if any(toks[x].low in ("statement", "communique", "communiqué") for x in range(k + 2, end)):
                    return True
        return False
