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
official, a source, ``X's spokesman`` or a news agency make no statement.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Kind
from .english_coref import Naming
from .english_entities import Cand, Finder
from .english_names import match_phrase
from .english_text import QUOTES, Sentence

UNNAMED = "unnamed"
MEDIA = "media"
_BOUND = frozenset({";", ":", "(", ")"}) | QUOTES
_CLAUSE_INTRO = frozenset({"while", "whereas", "but", "as", "and", "although", "though", "after", "when",
                           "because", "since", "so", "which", "where"})
_DETS = frozenset({"the", "a", "an", "this", "that"})
_COMPOUND_PARTICIPLES = ("-based", "-led", "-backed", "-funded", "-run", "-owned", "-allied")
_NOUN_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those"})   # before a noun
_NEXT_CLAUSE = frozenset({"and", "but", "while", "whereas", "yet", "though", "although"})
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
                         "afternoon", "evening", "night", "week", "weekend", "month", "year", "today",
                         "yesterday", "day", "days", "hours", "ago", "january", "february", "march", "april",
                         "may", "june", "july", "august", "september", "october", "november", "december",
                         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
_OUTLETS = frozenset({"media", "television", "tv", "radio", "channel", "telegram", "twitter", "facebook", "x",
                      "website", "account", "platform", "network", "broadcaster", "post", "posts", "page",
                      "instagram", "youtube", "whatsapp", "conference", "briefing", "interview", "statement",
                      "reporters", "journalists", "newspaper", "agency", "outlet", "outlets"})
_PLACE_MODIFIERS = frozenset({"neighbouring", "neighboring", "northern", "southern", "eastern", "western", "central",
                              "northeastern", "northwestern", "southeastern", "southwestern", "province", "region",
                              "city", "town", "capital", "district", "governorate", "state", "village", "nearby"})
_INVERTIBLE = frozenset({"said", "says", "added", "adds", "stated", "noted", "explained", "wrote", "tweeted",
                         "continued", "concluded", "insisted", "argued", "warned", "asked", "replied", "read",
                         "reads", "stressed", "told", "declared", "confirmed", "announced", "posted"})
_CLAUSE_WORDS = frozenset({"that", "had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "do",
                           "does", "could", "should", "may", "might", "can", "must", "been"})
# words opening what only modifies a reporting verb ("spoke on the basis that he not be quoted",
# "told reporters during a visit", "said, who …"): prepositions, subordinators, relative pronouns
_ASIDE_OPENERS = frozenset({"on", "in", "at", "to", "from", "with", "without", "via", "during", "under", "by",
                            "for", "amid", "after", "before", "ahead", "following", "near", "outside", "inside",
                            "through", "throughout", "across", "upon", "because", "as", "when", "while", "since",
                            "although", "though", "if", "unless", "until", "once", "whereas", "despite", "who",
                            "whom", "whose", "which", "where", "not", "but", "and", "late", "early", "earlier",
                            "later", "again", "also", "too", "then", "only", "just", "twice", "repeatedly"})
_PARTICIPLES = frozenset({"read", "broadcast", "written", "sent", "given", "made", "shown", "put", "seen", "run",
                          "aired", "issued", "released", "published", "posted", "carried", "quoted", "cited"})
_ADVERBS = frozenset({"also", "then", "later", "further", "previously", "separately", "again", "earlier",
                      "reportedly", "recently", "had", "has", "have", "would", "will", "once", "publicly",
                      "officially", "subsequently", "meanwhile", "however", "too"})


_CLAUSE_PRONOUNS = frozenset({"i", "we", "they", "he", "she", "it", "you", "there"})


@dataclass
class Said:
    """A statement before its speaker becomes a Mention."""

    start: int
    end: int
    text: str
    kind: str
    speaker: object                 # Cand, UNNAMED or MEDIA
    sent: Sentence
    pieces: list = field(default_factory=list)


class Speakers:
    """What a pronoun or a description in a speaker slot stands for (article memory)."""

    def __init__(self, naming: Naming):
        self.naming = naming
        self.history: list[tuple[int, object]] = []     # (sentence index, Cand | UNNAMED)
        self.subjects: list[tuple[int, Cand]] = []       # persons opening a sentence
        self.issuer: Cand | None = None                  # who issued "the statement"

    def remember(self, sent: Sentence, who) -> None:
        self.history.append((sent.index, who))

    def pronoun(self, word: str, at: int = 10 ** 9):
        if word in ("he", "she", "i"):
            last = next(((i, who) for i, who in reversed(self.history)
                         if who is UNNAMED or (isinstance(who, Cand) and who.kind is Kind.PERSON)), None)
            # a person just introduced as the subject of a sentence ("Col. X praised …. He said …")
            named = next(((i, c) for i, c in reversed(self.subjects) if i < at), None)
            if named is not None and (last is None or named[0] > last[0]):
                return named[1]
            return last[1] if last is not None else UNNAMED
        if not self.history:
            return UNNAMED
        if word in ("they", "we"):
            last = self.history[-1][1]
            if isinstance(last, Cand) and last.kind is not Kind.PERSON:
                return last
            group = []
            for _, who in reversed(self.history):
                if not (isinstance(who, Cand) and who.kind is Kind.PERSON):
                    break
                if all(g.name != who.name for g in group):
                    group.append(who)
                if len(group) == 2:
                    break
            return group[-1] if group else UNNAMED
        if word == "it":
            for _, who in reversed(self.history):
                if isinstance(who, Cand) and who.kind is not Kind.PERSON:
                    return who
        return UNNAMED


class Quotes:
    """Finds statements sentence by sentence (one per article)."""

    def __init__(self, finder: Finder, naming: Naming):
        self.f = finder
        self.lex = finder.lex
        self.naming = naming
        self.speakers = Speakers(naming)
        self.out: list[Said] = []
        self.last_direct: tuple[int, object] | None = None   # (sentence index, speaker)

    # -- speaker noun phrases ---------------------------------------------------------------
    def speaker_of(self, s: Sentence, a: int, b: int, cands: list[Cand]):
        """The speaker named by tokens ``[a, b)``: a Cand, UNNAMED or MEDIA (None: no phrase)."""
        toks = s.toks
        while a < b and (toks[a].text in ",—–-" or toks[a].low in _ADVERBS or toks[a].low == "and"):
            a += 1
        while b > a and (toks[b - 1].text in ",—–-" or toks[b - 1].low in _ADVERBS):
            b -= 1
        if a >= b:
            return None
        commas = [k for k in range(a + 1, b - 1) if toks[k].text in (",", "—", "–", "(")
                  and not any(c.a < k < c.b for c in cands)]
        if commas:
            for k in commas[:1]:
                # (only before any aside: "X, a spokesman for the Y Forces (YF), said" is X)
                if toks[k].text == "(" and k + 2 < len(toks) and toks[k + 2].text == ")":
                    ac = next((c for c in cands if c.a == k + 1 and c.b == k + 2
                               and c.kind in (Kind.FORCE, Kind.ORGANIZATION)), None)
                    if ac is not None:
                        return ac                      # "The X Mission in Y (XMY) said": the body so named
            # "X, the ministry's spokesman," / "an officer, who requested anonymity,": the part
            # before the first comma names the speaker, the rest is an aside about them (a person
            # named in the aside is the speaker: "a spokesman for the army, Col. X,")
            led = self._led_by(s, commas[0], b, cands)
            if led is not None and not any(a <= c.a and c.b <= commas[0] and c.kind in (
                    Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION) for c in cands):
                return led                           # "the new authorities, led by the X Council,"
            who = self.speaker_of(s, a, commas[0], cands)
            if isinstance(who, Cand) and who.kind is Kind.PERSON or who is MEDIA:
                return who
            for x, y in zip(commas, commas[1:] + [b]):
                inner = [c for c in cands if x < c.a and c.b <= y and c.kind is Kind.PERSON]
                if inner and self._names_only(s, x + 1, y, inner[0]):
                    return inner[0]
                if not inner and x == commas[0] and who is UNNAMED and self._role_start(s, a) \
                        and y - x >= 3 and self.f.name_run(toks, x + 1) == y:
                    # "a spokesman for the office, Jane Roe,": a name the gazetteer does not know
                    c = Cand(Kind.PERSON, s, x + 1, y, name=s.text[toks[x + 1].start:toks[y - 1].end], prio=3)
                    c.role = s.text[toks[a].start:toks[x - 1].end]
                    cands.append(c)
                    cands.sort(key=lambda c: c.a)
                    self.naming.name(c)
                    return c
            if not isinstance(who, Cand) or "described" in who.flags:
                # "the rebel alliance, the Vale Front (VF), said": an appositive names the body
                x, y = commas[0], (commas[1:] + [b])[0]
                body = next((c for c in cands if x < c.a and c.b <= y and c.kind in (Kind.FORCE, Kind.ORGANIZATION)
                             and c.a <= x + 2), None)
                if body is not None:
                    return body
            return who
        ands = [k for k in range(a + 1, b - 1) if toks[k].low == "and" and not any(c.a < k < c.b for c in cands)]
        if ands and not any(c.kind is Kind.PERSON and c.a < ands[0] < c.b for c in cands):
            # "a rights group and a local militia leader said": the first named one speaks
            parts, x = [], a
            for k in ands + [b]:
                parts.append((x, k))
                x = k + 1
            found = [self.speaker_of(s, x, y, cands) for x, y in parts]
            named = [w for w in found if isinstance(w, Cand)]
            if named:
                return named[0]
            return MEDIA if all(w is MEDIA for w in found) else UNNAMED
        inside = [c for c in cands if a <= c.a and c.b <= b]
        words = [t.low for t in toks[a:b] if t.word]
        if not words:
            return None
        first = toks[a]
        if b - a == 1 and first.low in self.lex.pronouns:
            return self.speakers.pronoun(first.low, s.index)
        if any(self._media_at(toks, k, b) for k in range(a, min(b, a + 3))) and not any(
                c.kind is Kind.PERSON for c in inside):
            return MEDIA
        heads = self.lex.media_heads
        if any(toks[k].low in heads and match_phrase(heads, toks, k) for k in range(a, b)) and not any(
                c.kind in (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION) for c in inside):
            return MEDIA                               # "Chad's main television network"
        persons = [c for c in inside if c.kind is Kind.PERSON]
        if persons:
            return self._possessor(s, persons[0], b, cands)
        head = a + 1 if first.low in _DETS else a
        if head + 1 < b and toks[head].text.lower().endswith(_COMPOUND_PARTICIPLES) \
                and any(c.a == head + 1 for c in inside):
            head += 1                                  # "the London-based Observatory", "the U.S.-led coalition"
        if head < b and any(c.a == head or c.a == a for c in inside) and toks[head].low not in self.lex.unnamed_heads:
            c = next(c for c in inside if c.a in (a, head))
            follow = {t.low for t in toks[c.b:min(b, c.b + 3)] if t.word}
            if follow & (self.lex.unnamed_heads | self.lex.role_nouns):
                return UNNAMED                         # "a Danish army officer", "a Chadian defence official"
            if c.kind in (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE):
                if c.kind is Kind.PLACE:
                    return self._national(c)
                return c
        if words[-1] in ("statement", "communique", "communiqué", "release", "tweet", "post", "report") \
                and first.low in ("the", "this", "that", "a", "an", "its", "their"):
            # "a coalition statement", "an army statement": the body named in it issued it
            body = next((c for c in inside if c.kind in (Kind.FORCE, Kind.ORGANIZATION)), None)
            if body is None:
                body = self._modifier_body(s, a, b, cands)
            if body is not None:
                return body
            return self.speakers.issuer or UNNAMED
        desc = self.naming.describe(words, (s.index, a))
        if desc is not None:
            return desc
        k = self.f.name_run(toks, head)
        if k - head >= 2 and (k >= b - 1 or toks[k].text == "," or toks[k].low in ("of", "from", "at", "with", "who")):
            # "Mohamed Ali, who heads the council, said" / "John Smith of the ministry said"
            c = Cand(Kind.PERSON, s, head, k, name=s.text[toks[head].start:toks[k - 1].end], prio=3)
            cands.append(c)
            cands.sort(key=lambda x: x.a)
            self.naming.name(c)
            return c
        if k == head + 1 and k >= b - 1:
            # a surname alone: the person named in full earlier in the article
            full = self.naming.by_surname(toks[head].low)
            if full is not None:
                c = Cand(Kind.PERSON, s, head, k, name=s.text[toks[head].start:toks[k - 1].end], prio=3)
                cands.append(c)
                cands.sort(key=lambda x: x.a)
                self.naming.name(c)
                return c
        if b - a >= 2 and self.f.nameword(toks[b - 1]) and toks[b - 1].cap and toks[b - 2].word \
                and not toks[b - 2].cap and (toks[b - 2].low in self.lex.role_nouns or toks[b - 2].low in
                                             self.lex.unnamed_heads) and not any(c.b == b for c in inside):
            # "said Chadian soldier Mahamat": one name after a role noun
            c = Cand(Kind.PERSON, s, b - 1, b, name=toks[b - 1].text, prio=3)
            c.role = s.text[toks[a].start:toks[b - 2].end]
            cands.append(c)
            cands.sort(key=lambda x: x.a)
            self.naming.name(c)
            return c
        for j in range(max(a + 1, b - 5), b - 1):
            # "Security analyst Lena Ortiz told the BBC …": a name closing the phrase, a title before it
            if self.f.name_run(toks, j) == b and toks[j - 1].word and not toks[j - 1].cap \
                    and not any(c.a < b and c.b > j for c in inside):
                c = Cand(Kind.PERSON, s, j, b, name=s.text[toks[j].start:toks[b - 1].end], prio=3)
                c.role = s.text[toks[a].start:toks[j - 1].end]
                cands.append(c)
                cands.sort(key=lambda x: x.a)
                self.naming.name(c)
                return c
        e = match_phrase(self.lex.institutional, toks, head)
        if e and e < b and toks[e].low in ("of", "for", "at"):
            # "the press office of the Brigade said": the body speaks through its office
            c = next((c for c in inside if c.a in (e + 1, e + 2) and c.kind in (Kind.FORCE, Kind.ORGANIZATION)), None)
            if c is not None:
                return c
        led = self._led_by(s, a, b, cands)
        if led is not None:
            return led
        body = self._described_body(s, a, b, cands)
        return body if body is not None else UNNAMED

    def _described_body(self, s: Sentence, a: int, b: int, cands: list[Cand]):
        """``the nation's military council said``, ``the army general staff said``: a body
        named by a definite description, none named before answering to it. The description
        becomes its name (later ``the junta`` finds it through :meth:`Naming.describe`)."""
        toks = s.toks
        if toks[a].low != "the" or b - a < 2 or b - a > 7:
            return None
        e = 0
        for k in range(a + 1, b):
            e = match_phrase(self.lex.org_common, toks, k)
            if e:
                if e == b:
                    break
                e = 0
            t = toks[k]
            if not t.word and t.text not in ("'s", "’s", "-"):
                return None
            if t.cap or t.low in self.lex.role_nouns or t.low in self.lex.unnamed_heads:
                return None                         # a name (found otherwise) or a person's role
        if not e:
            return None
        c = Cand(Kind.ORGANIZATION, s, a + 1, b, prio=3, head=("named", s.text[toks[a + 1].start:toks[b - 1].end]))
        c.flags.add("described")
        cands.append(c)
        cands.sort(key=lambda x: x.a)
        self.naming.name(c)
        return c

    def _modifier_body(self, s: Sentence, a: int, b: int, cands: list[Cand]):
        """A force or body named as the modifier of a speech noun (``a coalition statement``)."""
        toks = s.toks
        for k in range(a, b - 1):
            m = self.f.gi.match(toks, k)
            if m is None and toks[k - 1].low in ("a", "an", "the") and not toks[k].cap:
                hit = next((e for e, short, lower in self.f.gi.names.get((toks[k].low,), ()) if lower and not short),
                           None)               # "a coalition statement": a lower-case name as modifier
                m = (k + 1, hit, False) if hit is not None else None
            if m and m[1].kind in (Kind.FORCE, Kind.ORGANIZATION) and m[0] < b:
                c = Cand(m[1].kind, s, k, m[0], key=m[1].key, name=s.text[toks[k].start:toks[m[0] - 1].end], prio=3)
                cands.append(c)
                cands.sort(key=lambda x: x.a)
                self.naming.name(c)
                return c
        return None

    def _led_by(self, s: Sentence, a: int, b: int, cands: list[Cand]):
        """``the new authorities, led by the X Council,``: the body that leads speaks."""
        toks = s.toks
        for k in range(a, b - 1):
            if toks[k].low in ("led", "headed", "represented", "chaired") and toks[k + 1].low == "by":
                c = next((c for c in cands if a <= c.a and c.b <= b and c.a in (k + 2, k + 3)
                          and c.kind in (Kind.FORCE, Kind.ORGANIZATION)), None)
                if c is not None:
                    return c
        return None

    def _names_only(self, s: Sentence, a: int, b: int, p: Cand) -> bool:
        """Is ``[a, b)`` the person ``p`` with at most a title (an appositive naming them)?"""
        toks = s.toks
        return all(p.t0 <= k < p.b or not toks[k].word or toks[k].cap for k in range(a, b))

    def _possessor(self, s: Sentence, p: Cand, b: int, cands: list[Cand]):
        """``President X's office`` speaks as a body of its own; ``X's spokesman`` is someone unnamed."""
        toks = s.toks
        k = p.b
        if k + 1 >= b or toks[k].text not in ("'s", "’s"):
            return p
        e = match_phrase(self.lex.personal_bodies, toks, k + 1)
        if e:
            a = min(p.t0, p.a)
            c = Cand(Kind.ORGANIZATION, s, a, e, prio=3, head=("named", s.text[toks[a].start:toks[e - 1].end]))
            cands.append(c)
            cands.sort(key=lambda x: x.a)
            self.naming.name(c)
            return c
        if toks[k + 1].low in self.lex.role_nouns or toks[k + 1].low in self.lex.unnamed_heads or (
                k + 2 < b and toks[k + 2].low in self.lex.role_nouns):
            return UNNAMED
        return p

    def _national(self, c: Cand):
        key = self.f.gi.national.get(c.place or "")
        if key is None:
            return UNNAMED
        n = Cand(Kind.FORCE, c.sent, c.a, c.b, key=key, name=c.surface, prio=3, place=c.place,
                 head=("national", c.place))
        n.kind = Kind.FORCE
        return n

    # -- one sentence -------------------------------------------------------------------------
    def sentence(self, s: Sentence, cands: list[Cand]) -> None:
        if s.title:
            return
        toks = s.toks
        first = next((c for c in cands if c.kind is Kind.PERSON), None)
        if first is not None and (first.t0 == 0 or self._role_before(s, first)):
            self.speakers.subjects.append((s.index, first))
        if not s.quotes and s.lows.isdisjoint(self.lex.report_verbs) and "according" not in s.lows \
                and s.lows.isdisjoint(self.lex.quotative):
            if self.last_direct and self.last_direct[0] < s.index - 2:
                self.last_direct = None
            return
        quotes, big = [], []
        for a, b in s.quotes:
            words = sum(1 for t in toks[a:b] if t.word)
            if words >= 1:
                quotes.append((a, b))
                if words >= 4:
                    big.append((a, b))
        report_verbs = self.lex.report_verbs
        verbs = [i for i, t in enumerate(toks) if t.word and t.low in report_verbs and not s.in_quote(i)
                 and not t.cap                                                 # "the United States": no verb
                 and not (i > 0 and toks[i - 1].low in ("to", "be", "been", "being", "was", "were", "is", "are")
                          and t.low not in ("said",))
                 and not (i > 0 and toks[i - 1].low in ("a", "an", "the", "its", "their"))]   # "an estimated 900"
        if big:
            self._direct(s, cands, quotes, big, verbs)
        else:
            before = len(self.out)
            self._reported(s, cands, verbs)
            if len(self.out) == before and not s.attrib:
                self._subject_goes_on(s, cands)

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

    def _role_before(self, s: Sentence, p: Cand) -> bool:
        """Does the sentence open with a role set off before the person ``p`` (``The province's
        governor, Jane Roe, defended …``), so that ``p`` is its subject?"""
        toks = s.toks
        k = p.t0 - 1
        return 1 <= k <= 8 and toks[k].text == "," and p.b < len(toks) and toks[p.b].text == "," \
            and all(toks[x].word or toks[x].text in ("'s", "’s", "-") for x in range(k)) \
            and any(toks[x].low in self.lex.role_nouns for x in range(k))

    def _emit(self, s: Sentence, a: int, b: int, kind: str, who, split: bool = True) -> None:
        toks = s.toks
        while a < b and (toks[a].text in ",;:—–-" or toks[a].text in QUOTES):
            a += 1
        while b > a and (toks[b - 1].text in ",;:—–-" or toks[b - 1].text in QUOTES):
            b -= 1
        if b - a < 3:
            return
        pieces = self._clauses(s, a, b) if split else [(a, b)]
        if kind == "reported":
            pieces = [q for pa, pb in pieces for q in self._continued(s, pa, pb)]
        for pa, pb in pieces:
            while pb > pa and toks[pb - 1].text in ",;:—–-.":
                pb -= 1
            while pa < pb and toks[pa].text in ",;:—–-":
                pa += 1
            if sum(1 for t in toks[pa:pb] if t.word) < 3:
                continue
            st, en = toks[pa].start, toks[pb - 1].end
            self.out.append(Said(st, en, s.text[st:en], kind, who, s))

    def _continued(self, s: Sentence, a: int, b: int) -> list[tuple[int, int]]:
        """A reported statement cut where the same speaker goes on to say more: a reporting
        participle (``…, adding that …``, ``…, saying …``), a participle that itself reports
        (``…, accusing X of …``) or a second reporting verb of the same subject (``… and urged X
        to …``, ``… but stressed that …``). A second ``that``-clause (``… and that …``) stays with
        the first: one statement."""
        toks = s.toks
        lex = self.lex
        cuts: list[tuple[int, int]] = []            # (end of the piece before, start of the next)
        k = a + 3
        while k < b - 2:
            t = toks[k]
            if s.in_quote(k) or not t.word:
                k += 1
                continue
            prev = toks[k - 1]
            comma = prev.text == "," or (prev.text in QUOTES and toks[k - 2].text == ",")   # (`"…," adding`)
            ce = k - 1 if prev.text == "," else k - 2
            if comma and t.low in lex.quotative:
                e = match_phrase(lex.quotative, toks, k) or k + 1
                if e < b and toks[e].low == "that":
                    cuts.append((ce, e + 1))        # "…, adding that …"
                elif e < b and toks[e].word and toks[e].low not in _ASIDE_OPENERS and self._verb_after(s, e):
                    cuts.append((ce, e))            # "…, saying the troops were …"
                k = e
                continue
            if comma and t.low in lex.reporting_participles:
                if toks[k + 1].low in ("them", "it", "this", "that", "those", "these", "him", "her"):
                    k += 1                          # "…, calling them …": a verdict on what came before,
                    continue                        # part of that statement
                cuts.append((ce, k))                # "…, accusing X of …": the participle reports
                k += 1
                continue
            if t.low in ("and", "but") and toks[k + 1].low in lex.coordinated_reports:
                v = k + 1
                e = v + 1
                if e < b and toks[e].low == "that":
                    e += 1
                cuts.append((k, e))                 # "… and urged X to …", "… but stressed that …"
                k = e
                continue
            k += 1
        if not cuts:
            return [(a, b)]
        out, x = [], a
        for end, start in cuts:
            out.append((x, end))
            x = start
        out.append((x, b))
        return out

    def _clauses(self, s: Sentence, a: int, b: int) -> list[tuple[int, int]]:
        """A quotation cut where it joins two statements: ``…, while …``, ``… but I …``, ``;``."""
        toks = s.toks
        cuts = [a]
        for k in range(a + 1, b - 1):
            t = toks[k]
            nxt = toks[k + 1].low
            if t.text == ";" or (t.low in self.lex.clause_breaks and toks[k - 1].text == ",") or (
                    t.low == "but" and (toks[k - 1].text == "," or nxt in self.lex.subject_starts)
                    and nxt not in ("not", "never") and not self._not_but(toks, cuts[-1], k)):
                # (not "X, but not Y": one statement contrasting two phrases)
                cuts.append(k + (1 if t.text == ";" else 0))
        cuts.append(b)
        pieces = []
        for x, y in zip(cuts, cuts[1:]):
            if pieces and sum(1 for t in toks[x:y] if t.word) < 4:
                pieces[-1] = (pieces[-1][0], y)
            elif pieces and sum(1 for t in toks[pieces[-1][0]:pieces[-1][1]] if t.word) < 4:
                pieces[-1] = (pieces[-1][0], y)
            else:
                if x > a and (toks[x].low in self.lex.clause_breaks or toks[x].low == "but"):
                    x += 1
                pieces.append((x, y))
        return pieces

    def _media_at(self, toks, k: int, b: int) -> bool:
        """A news outlet's name at ``k``, standing alone: not a word inside a longer name
        (``the Tindar Liberation Front`` is no newspaper)."""
        if k >= len(toks) or toks[k].low not in self.lex.media:
            return False
        e = match_phrase(self.lex.media, toks, k)
        if not e:
            return False
        if k > 0 and toks[k - 1].cap and toks[k - 1].word and toks[k - 1].low not in _DETS:
            return False
        return not (e < b and toks[e].cap and toks[e].word)

    @staticmethod
    def _not_but(toks, a: int, k: int) -> bool:
        """``not X, but Y``: one statement contrasting two phrases, unless a pronoun opens a new
        clause after ``but`` (``we did not leave, but we will …``)."""
        if k + 1 < len(toks) and toks[k + 1].low in _CLAUSE_PRONOUNS:
            return False
        return any(t.low in ("not", "n't", "never") for t in toks[max(a, k - 7):k])

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

    def _closes_subject_aside(self, s: Sentence, start: int, k: int, cands: list[Cand]) -> bool:
        """Does the comma at ``k`` close a relative clause about the sentence's subject, a name
        opening it (``Gen. X, who now commands the base, said …``)? What follows is then the
        subject's own verb phrase, not an attribution closing the sentence."""
        toks = s.toks
        first = next((x for x in range(start, k) if toks[x].text in (",", "—", "–") or toks[x].text in QUOTES), None)
        return first is not None and first > start and toks[first].text == "," and first + 1 < k \
            and any(c.b == first and c.a <= start + 2 and c.kind in (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION)
                    for c in cands) \
            and toks[first + 1].low in ("who", "whose", "which") \
            and not any(toks[x].text in (",", "—", "–") or toks[x].text in QUOTES for x in range(first + 1, k))

    def _role_start(self, s: Sentence, a: int) -> bool:
        toks = s.toks
        j = a + 1 if a < len(toks) and toks[a].low in ("a", "an", "the") else a
        for k in range(j, min(len(toks), j + 6)):
            if toks[k].low in self.lex.role_nouns or toks[k].low in self.lex.unnamed_heads:
                return True
            if not toks[k].word and toks[k].text not in ("'s", "’s", "-"):
                return False
        return False

    def _attribution_clause(self, s: Sentence, a: int, end: int, cands: list[Cand]):
        toks = s.toks
        lex = self.lex
        if a >= end:
            return None
        if toks[a].low == "according" and a + 1 < end and toks[a + 1].low == "to":
            stop = next((k for k in range(a + 2, end) if toks[k].text == ","), end)
            if stop < end and self._role_start(s, a + 2):
                # "…, according to a spokeswoman for the embassy, Jane Roe.": the name closing it speaks
                p = next((c for c in cands if c.kind is Kind.PERSON and c.a > stop), None)
                if p is not None and self._names_only(s, stop + 1, end, p):
                    return p
            if stop < end and not (stop + 1 < end and toks[stop + 1].low in _NEXT_CLAUSE):
                return None                   # "X, according to Y, is ...": not a closing attribution
            return self.speaker_of(s, a + 2, stop, cands) or UNNAMED
        if toks[a].low == "as" and a + 2 < end and toks[a + 1].low in ("reported", "announced", "stated", "said") \
                and toks[a + 2].low == "by":
            # "…, as stated by X, according to a wire service"
            stop = next((k for k in range(a + 3, end) if toks[k].text == ","), end)
            return self.speaker_of(s, a + 3, stop, cands) or UNNAMED
        verb = next((k for k in range(a, min(end, a + 14)) if toks[k].low in lex.report_verbs and toks[k].word
                     and not (k > a and toks[k - 1].low in _NOUN_DETS)), None)    # (not "the reports")
        if verb is None:
            return None
        if s.in_quote(verb):
            return None
        for k in range(verb + 1, end - 1):
            # '"…," Ruiz added, using the army's nickname for the camp.': the participle clause is no content
            if toks[k].text == "," and (toks[k + 1].low.endswith("ing") or toks[k + 1].low in ("as", "in", "when")):
                end = k
                break
        if verb == a or (verb == a + 1 and toks[a].low in ("also", "then")):
            # inverted: said X, a spokesman ...
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
        return self.speaker_of(s, a, self._before_time(s, a, verb), cands), a

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
                if span is not None and span[0] >= 2 and sum(1 for t in toks[span[0]:span[1]] if t.word) <= 4:
                    start = span[0] - 1
                    continue
            if toks[start - 1].text in _BOUND:
                break
            start -= 1
        lex = self.lex
        end = next((k for k in range(start + 1, conj) if toks[k].word and not toks[k].cap and (
            toks[k].low in lex.report_verbs or toks[k].low in lex.verbs or toks[k].low in lex.be_aux
            or toks[k].low in lex.modal or toks[k].low.endswith("ed"))
            and not any(c.a <= k < c.b for c in cands)), None)
        if end is None:
            return None
        who = self.speaker_of(s, start, end, cands)
        return (who, start) if isinstance(who, Cand) else None

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
        # 3) '"…," he said, "…"': the attribution between two quotations
        if who is None and len(quotes) > 1:
            for (a1, b1), (a2, b2) in zip(quotes, quotes[1:]):
                gap = [v for v in verbs if b1 < v < a2]
                if gap:
                    res = self._attribution_clause(s, b1 + 1 if toks[b1 + 1].text != "," else b1 + 2, a2 - 1, cands) \
                        if b1 + 1 < a2 else None
                    if res is None:
                        w, _ = self._initial_attribution(s, gap[0], cands)
                        res = w
                    if res is not None:
                        who = res
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
            self.speakers.issuer = who
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
                who = self.speaker_of(s, k + 3, c2, cands)
                if not isinstance(who, Cand):
                    break
                s.attrib.update(range(k, c2 + 1))
                self._remember(s, who)
                self._emit(s, c2 + 1, n, "reported", who, split=False)
                return
        # "…, X said." / "…, according to X." / "…, as reported by X"
        res = self._final_attribution(s, 0, cands)
        if res is not None and res[0] < 3 and isinstance(res[1], Cand):
            # "The palace, he said, would become …": the subject, the attribution, then the rest
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
            t = toks[v]
            j = v + 1
            if t.low in lex.raw.get("reporting_particles", {}) and j < n and toks[j].low == lex.raw["reporting_particles"][t.low]:
                j += 1
            j = self._skip_adverbials(s, v, j)
            if j >= n:
                continue
            nxt = toks[j]
            that = nxt.low == "that"
            if not that and nxt.text not in (",", ":") and not nxt.word:
                continue
            if not that and nxt.low in ("on", "in", "at", "via", "during", "to", "after", "before", "by", "with"):
                continue                               # "said on social media": no content follows
            if not that and t.low in lex.report_need_clause and t.low not in lex.report_take_object \
                    and not self._clause_at(s, j):
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
            body = j + 1 if nxt.text in (",", ":") else j
            stop = n
            for v2 in verbs:
                if v2 > body:
                    # "… that X … while Y said that …": stop before the next attributed clause
                    w0 = v2
                    while w0 > body and toks[w0 - 1].low not in _CLAUSE_INTRO and toks[w0 - 1].text != ",":
                        w0 -= 1
                    if w0 > body:
                        stop = w0 - 1
                        break
            self._emit(s, body, stop, "reported", who, split=False)
            if stop == n:
                return

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
                k = next((x for x in range(j + 1, min(n, j + 7)) if toks[x].low == "that"), None)
                if k is not None and k > j + 1 and toks[k - 1].low not in lex.that_nouns and all(
                        toks[x].word and toks[x].low not in _CLAUSE_WORDS and toks[x].low not in lex.report_verbs
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
                j += 1                                  # "in a statement released on Monday"
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
                                                or toks[k].text[:1].isdigit() or toks[k].low in _TIME_WORDS
                                                or match_phrase(lex.speech_nouns, toks, k)
                                                or match_phrase(lex.report_objects, toks, k)):
                    e = match_phrase(lex.speech_nouns, toks, k) or match_phrase(lex.report_objects, toks, k)
                    k = e if e else k + 1
                    if toks[k - 1].low in _TIME_WORDS or toks[k - 1].text[:1].isdigit() or toks[k - 1].low in _OUTLETS \
                            or e:
                        ended = k                       # the phrase may end here ("said on Monday its …")
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
                e = j
                while e < n and toks[e].word and toks[e].low not in _CLAUSE_WORDS and toks[e].low not in (
                        "that", "in", "on", "at", "during", "after", "before", "by", "via") and e - j < 8:
                    e += 1
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

    def _participle_tail(self, s: Sentence, k: int, who) -> None:
        """``…, the ministry said, adding that …``: what the reporting participle introduces is
        another statement of the same speaker."""
        toks = s.toks
        n = len(toks)
        for x in range(k + 1, n - 3):
            closing = toks[x].text in QUOTES and toks[x - 1].text == ","      # '"…," adding that …'
            if not closing and (toks[x].text != "," or s.in_quote(x)):
                continue
            e = match_phrase(self.lex.quotative, toks, x + 1)
            if not e:
                continue
            if e < n and toks[e].low == "that":
                e += 1
            elif not (e < n and (toks[e].text in (":",) or toks[e].text in QUOTES)):
                return                                  # "adding to the confusion": no content
            self._emit(s, e, n, "reported", who, split=False)
            return

    def _aside_at(self, s: Sentence, j: int) -> bool:
        """Does what follows a reporting verb at ``j`` only modify it (a comma-bounded aside, a
        prepositional or subordinate phrase, a relative clause, a participle, an adverb), rather
        than say what was said (a ``that``-clause, a noun phrase, a clause with its subject)?"""
        t = s.toks[j]
        if not t.word:
            return t.text in ",;:()—–-" or t.text in QUOTES
        lo = t.low
        if j > 0 and not t.cap and (lo.endswith("ed") or lo in _PARTICIPLES) and (
                match_phrase(self.lex.speech_nouns, s.toks, j - 1) or s.toks[j - 1].low in _OUTLETS):
            return True                                 # "in a communique broadcast on the radio"
        return (lo in _ASIDE_OPENERS or (lo.endswith("ing") and not t.cap) or (lo.endswith("ly") and not t.cap)
                or lo in _TIME_WORDS)

    def _verb_after(self, s: Sentence, j: int) -> bool:
        """Does a clause start at ``j``: an auxiliary, or a past-tense or reporting verb, within a few
        words (``saying rebel troops still held the town``)?"""
        toks = s.toks
        for k in range(j + 1, min(len(toks), j + 7)):
            t = toks[k]
            if t.text in ",;:" or t.text in QUOTES:
                return False
            if t.low in _CLAUSE_WORDS - {"that"} or (t.word and not t.cap and (
                    t.low.endswith("ed") or t.low in self.lex.report_verbs or t.low in self.lex.irregular_past)):
                return True
        return False

    def _clause_at(self, s: Sentence, j: int) -> bool:
        """Does a clause start at ``j`` (``confirmed US forces had left``), not a noun phrase
        (``confirmed the handover``)?"""
        toks = s.toks
        for k in range(j + 1, min(len(toks), j + 9)):
            t = toks[k]
            if t.text in ",;:" or t.text in QUOTES:
                return False
            if t.low in _CLAUSE_WORDS - {"that"}:
                return True
        return False

    def _remember(self, s: Sentence, who) -> None:
        if who is None:
            return
        if who is not MEDIA:
            self.speakers.remember(s, who)
        if isinstance(who, Cand) and who.kind is not Kind.PERSON and any(
                t.low in ("statement", "communique", "communiqué") for t in s.toks):
            self.speakers.issuer = who
