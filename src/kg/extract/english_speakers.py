"""Who a speaker phrase names, in English news: the shared vocabulary of the statement finder
(:mod:`.english_quotes`), the statement draft :class:`Said`, the article memory :class:`Speakers`
(what ``he``/``they``/``the statement`` stand for) and :class:`SpeakerPhrases`, which reads the
noun phrase in a speaker slot (a person, a force, an organisation, ``President X's office``, a
description standing for one named in the article, a body named by a description of its own) and
tells an unnamed official, a source, ``X's spokesman`` or a news agency apart (no statement).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Kind
from .english_coref import Naming
from .english_roles import office_name
from .english_speaker_descriptions import before_reduced_relative, voice_of_described
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
                         "reads", "stressed", "told", "declared", "confirmed", "announced", "posted", "quipped",
                         "retorted", "responded", "recalled", "conceded", "cautioned"})
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


def _plural_possessive(toks, k: int) -> bool:
    """Is the mark at ``k`` the apostrophe of a plural possessive (``the rebels' spokesman``)?"""
    return toks[k].text in ("'", "’") and k > 0 and toks[k - 1].word and toks[k - 1].low.endswith("s") \
        and toks[k - 1].end == toks[k].start and k + 1 < len(toks) and toks[k + 1].word


def _inside_a_name(toks, k: int, b: int) -> bool:
    """Is the word at ``k`` capitalised and followed by another capitalised word of the phrase, so a
    part of a longer name (``the Director of Army Media Affairs``, an office, not an outlet)?"""
    return toks[k].cap and k + 1 < b and toks[k + 1].cap and toks[k + 1].word


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
        self.lone: dict[int, Cand] = {}                  # sentence index -> the one person it names
        self.issuer: Cand | None = None                  # who issued "the statement"
        self.issuer_at = -1                              # the sentence saying so
        self.statement_named: set[int] = set()           # sentences naming a statement

    def remember(self, sent: Sentence, who) -> None:
        self.history.append((sent.index, who))

    def issued(self, sent: Sentence, who: Cand) -> None:
        self.issuer, self.issuer_at = who, sent.index

    def statement_of(self, at: int) -> Cand | None:
        """Whose is "the statement" at sentence ``at``: the one said to issue a statement; before any
        is, the one who spoke in the sentence just before (``X said on Monday that …. "…," the
        statement added.``: X's words go on), unless that sentence names a statement of no
        speaker's (``X said he had read the ministry's statement``)."""
        if self.issuer is not None:
            return self.issuer
        last = next(((i, who) for i, who in reversed(self.history) if i < at), None)
        if last is not None and isinstance(last[1], Cand) and last[0] == at - 1 \
                and last[0] not in self.statement_named:
            return last[1]
        return None

    def pronoun(self, word: str, at: int = 10 ** 9):
        if word in ("he", "she", "i"):
            last = next(((i, who) for i, who in reversed(self.history)
                         if who is UNNAMED or (isinstance(who, Cand) and who.kind is Kind.PERSON)), None)
            # a person just introduced as the subject of a sentence ("Col. X praised …. He said …")
            named = next(((i, c) for i, c in reversed(self.subjects) if i < at), None)
            if named is not None and (last is None or named[0] > last[0]):
                return named[1]
            # no one heard lately: the one person the sentence before names ('Footage showed Col. X
            # at the gate. "…," he said.')
            lone = self.lone.get(at - 1)
            # (a person heard three sentences back or more, or an unnamed one, is older news)
            if lone is not None and (last is None or last[0] < at - 3 or (last[1] is UNNAMED and last[0] < at - 1)) \
                    and (named is None or named[0] < at - 3):
                return lone
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
            if self.issuer is not None and self.issuer.kind is Kind.PERSON and self.issuer_at == at - 1:
                # "X said in a statement that …. "…," it said.": right after a person's statement,
                # "it" is the statement (a body's statement is its body's anyway)
                return self.issuer
            for _, who in reversed(self.history):
                if isinstance(who, Cand) and who.kind is not Kind.PERSON:
                    return who
        return UNNAMED


class SpeakerPhrases:
    """Reads speaker noun phrases; the statement finder builds on it."""

    f: Finder
    naming: Naming
    speakers: Speakers

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
        b = before_reduced_relative(toks, a, b, cands)
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
        if first.low in ("his", "her") and match_phrase(self.lex.personal_bodies, toks, a + 1) == b \
                and any(t.low in ("office", "service") for t in toks[a + 1:b]):
            # "Her office said …": the office speaks for the person named before (who has no
            # office named of its own)
            return self.speakers.pronoun("he" if first.low == "his" else "she", s.index)
        if any(self._media_at(toks, k, b) for k in range(a, min(b, a + 3))) and not any(
                c.kind is Kind.PERSON for c in inside):
            return MEDIA
        heads = self.lex.media_heads
        office = self.lex.raw.get("media_office_words", ())
        if any(toks[k].low in heads and match_phrase(heads, toks, k) and not _inside_a_name(toks, k, b)
               # ("the media office head", "a press officer": a body's own spokespeople, no outlet)
               and not (match_phrase(heads, toks, k) < b and toks[match_phrase(heads, toks, k)].low in office)
               for k in range(a, b)) and not any(c.kind in (Kind.PERSON, Kind.FORCE, Kind.ORGANIZATION) for c in inside):
            return MEDIA                               # "Chad's main television network"
        persons = [c for c in inside if c.kind is Kind.PERSON]
        if persons:
            return self._possessor(s, persons[0], b, cands)
        head = a + 1 if first.low in _DETS else a
        if head + 1 < b and toks[head].text.lower().endswith(_COMPOUND_PARTICIPLES) \
                and any(c.a == head + 1 for c in inside):
            head += 1                                  # "the London-based Observatory", "the U.S.-led coalition"
        if toks[b - 1].cap and toks[b - 1].text in self.lex.org_heads and inside and b - head >= 2 \
                and all(t.cap and t.word or t.text in ("'s", "’s") for t in toks[head:b]):
            # "France's Armed Forces Ministry said": a name ending in an institution's head names that
            # institution, not the force or country named inside it
            org = next((c for c in inside if c.b == b and c.kind is Kind.ORGANIZATION), None)
            if org is not None:
                return org
            c = Cand(Kind.ORGANIZATION, s, head, b, prio=3, head=("named", s.text[toks[head].start:toks[b - 1].end]))
            cands.append(c)
            cands.sort(key=lambda x: x.a)
            self.naming.name(c)
            return c
        owner = next((c for c in inside if c.a in (a, head)), None)
        if owner is not None and owner.b + 2 < b and toks[owner.b].text in ("'s", "’s") \
                and self.f.name_run(toks, owner.b + 1) == b and not any(c.a > owner.b for c in inside):
            owner = None                               # "Chad's Jane Roe said": the name speaks (read below)
        if owner is not None and owner.kind is Kind.PLACE and owner.b + 1 < b and toks[owner.b].text in ("'s", "’s"):
            # "Sudan's paramilitary Vale Forces said": the body named at the end speaks, not its country
            named = next((c for c in inside if c.b == b and c.a > owner.b
                          and c.kind in (Kind.FORCE, Kind.ORGANIZATION)), None)
            if named is not None and all(toks[x].word and not toks[x].cap for x in range(owner.b + 1, named.a)):
                return named
        if owner is not None and head < b and toks[head].low not in self.lex.unnamed_heads:
            c = owner
            follow = {t.low for t in toks[c.b:min(b, c.b + 3)] if t.word}
            # "SDF media office head Jane Roe": the body's role, then the person's name (read below)
            named = any(self.f.name_run(toks, j) == b and toks[j - 1].word and not toks[j - 1].cap
                        for j in range(c.b + 1, b - 1))
            if follow & (self.lex.unnamed_heads | self.lex.role_nouns):
                if not named:
                    return UNNAMED                     # "a Danish army officer", "a Chadian defence official"
            elif c.kind in (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE):
                if c.kind is Kind.PLACE:
                    return self._national(c, alone=c.a == a and c.b == b)
                return c
        if words[-1] in ("statement", "communique", "communiqué", "release", "tweet", "post", "report") \
                and first.low in ("the", "this", "that", "a", "an", "its", "their"):
            # "a coalition statement", "an army statement": the body named in it issued it
            body = next((c for c in inside if c.kind in (Kind.FORCE, Kind.ORGANIZATION)), None)
            if body is None:
                body = self._modifier_body(s, a, b, cands)
            if body is not None:
                return body
            if first.low in ("a", "an"):
                return self.speakers.issuer or UNNAMED
            return self.speakers.statement_of(s.index) or UNNAMED
        desc = self.naming.describe(words, (s.index, a))
        if desc is not None:
            return desc
        desc = voice_of_described(self.lex, self.naming, s, a, b)
        if desc is not None:
            return desc
        k = self.f.name_run(toks, head)
        if k - head >= 2 and (toks[head].low in self._counting_words() or head > a):
            k = head                                   # "Two Iraqi officials", "the Tindar Research Project": no
                                                       # person (a count; a determiner before the capitals)
        if k - head >= 2 and (k >= b - 1 or toks[k].text == "," or toks[k].low in ("of", "from", "at", "with", "who")) \
                and not any(toks[x].low in self.lex.role_nouns for x in range(head, k)):   # ("Acting Director of")
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
            # ("The Left party's Jane Roe", "Chad's Jane Roe": a name after a possessive, two words at least)
            if self.f.name_run(toks, j) == b and (toks[j - 1].word and not toks[j - 1].cap or (
                    toks[j - 1].text in ("'s", "’s") and b - j >= 2 and toks[j - 2].word)) \
                    and toks[j - 1].low not in _DETS \
                    and not any(c.a < b and c.b > j for c in inside) \
                    and not office_name(toks, j, {x for c in cands for x in range(c.a, c.b)}):
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

    def _counting_words(self) -> frozenset[str]:
        raw = self.lex.raw
        return frozenset(raw.get("number_words", {})) | frozenset(raw.get("quantifier_words", ()))

    def _national(self, c: Cand, alone: bool = False):
        key = self.f.gi.national.get(c.place or "")
        if key is None and alone:
            # "Paris has said …", "Moscow said …": a city named alone as a speaker stands for the
            # government of the country it lies in (a country's capital, in news usage)
            entry = self.f.gi.gaz.get(Kind.PLACE, c.place or "") if self.f.gi.gaz is not None else None
            country = entry.located_in if entry is not None else None
            if country and self.f.gi.place_kind.get(country) == "country":
                key = self.f.gi.national.get(country)
        if key is None:
            return UNNAMED
        n = Cand(Kind.FORCE, c.sent, c.a, c.b, key=key, name=c.surface, prio=3, place=c.place,
                 head=("national", c.place))
        n.kind = Kind.FORCE
        return n

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

    def _role_start(self, s: Sentence, a: int) -> bool:
        toks = s.toks
        j = a + 1 if a < len(toks) and toks[a].low in ("a", "an", "the") else a
        for k in range(j, min(len(toks), j + 6)):
            if toks[k].low in self.lex.role_nouns or toks[k].low in self.lex.unnamed_heads:
                return True
            if not toks[k].word and toks[k].text not in ("'s", "’s", "-") and not _plural_possessive(toks, k):
                return False
        return False
