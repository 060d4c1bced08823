"""Bodies speaking through their people, in English news: ``Iraqi officials said …``, ``Coalition
commanders said …``, ``An army spokesman said …`` (the body speaks), ``the governor's office said
…`` (an office named by its holder's role). A layer over :class:`.english_speakers.SpeakerPhrases`,
which reads the other speaker phrases.
"""
from __future__ import annotations

from ..model import Kind
from .english_entities import Cand
from .english_names import match_phrase
from .english_speakers import MEDIA, UNNAMED, SpeakerPhrases, _ADVERBS
from .english_text import Sentence


class SpeakerBodies(SpeakerPhrases):
    """Speaker phrases that stand for a body without naming a person."""

    def speaker_of(self, s: Sentence, a: int, b: int, cands: list[Cand]):
        who = super().speaker_of(s, a, b, cands)
        if who is UNNAMED or who is MEDIA:            # ("press" of "the minister's press office": no outlet)
            return self._role_office(s, a, b, cands) or self._spelled_body(s, a, b, cands) or who
        return who

    def _spelled_body(self, s: Sentence, a: int, b: int, cands: list[Cand]):
        """``the Armed Conflict Location & Event Data Project (ACLED)``: capitalised words the
        acronym after them spells out (its letters the words' initials, in order) name a body."""
        toks = s.toks
        if b - a < 5 or toks[b - 1].text != ")" or toks[b - 3].text != "(":
            return None
        acro = toks[b - 2].text
        start = a + 1 if toks[a].low == "the" else a
        words = toks[start:b - 3]
        links = self.lex.raw.get("name_link_words", ())
        if len(acro) < 2 or not acro.isupper() or not acro.isalpha() \
                or not all((t.word and t.cap) or t.low in links for t in words):
            return None
        initials = iter(t.text[0].upper() for t in words if t.word and t.cap)
        if sum(1 for t in words if t.cap) < 2 or not all(ch in initials for ch in acro):
            return None                                # (the letters, in order, among the initials)
        c = Cand(Kind.ORGANIZATION, s, start, b - 3, prio=3,
                 head=("named", s.text[words[0].start:words[-1].end]))
        cands.append(c)
        cands.sort(key=lambda x: x.a)
        self.naming.name(c)
        return c

    def collective_body(self, s: Sentence, a: int, b: int, cands: list[Cand]):
        """``Iraqi officials said …``, ``Coalition commanders said …``, ``An army spokesman said
        …``: a body's officials as a group, or its spokesman, opening a report speak for the body
        (the reporter names the institution, not the people). For a speaker named before its verb
        only: a closing ``…, officials said`` sources the sentence; a count (``two Iraqi
        officials``) or one official are people, unnamed. The national force of a demonym, the
        force or body named, or None."""
        toks = s.toks
        raw = self.lex.raw
        while b > a and toks[b - 1].low in _ADVERBS:
            b -= 1                                     # "have complained"
        if b - a < 2:
            return None
        head = toks[b - 1].low
        voice = head in raw.get("body_voice_heads", ())
        if not voice and head not in raw.get("collective_speaker_heads", ()):
            return None
        k = a
        if toks[k].low in ("a", "an", "the"):
            if not voice and toks[k].low != "the":
                return None
            k += 1
        elif voice:
            return None                                # "army spokesman Col. X" has a name of its own
        modifiers = raw.get("collective_speaker_modifiers", ())
        body = None
        while k < b - 1:
            got = None if body is not None else self._body_word(s, k, b - 1, cands)
            if got is not None:
                body, k = got
            elif toks[k].low in modifiers:
                k += 1
            else:
                return None
        if body is None:
            # "an army spokesman": the force the article has named that answers to the word
            words = [t.low for t in toks[a:b - 1] if t.low in modifiers]
            body = self.naming.describe(words[-1:], (s.index, a)) if words else None
        if body is not None and body.kind is Kind.PLACE:
            body = self._national(body)
        return body if isinstance(body, Cand) and body.kind in (Kind.FORCE, Kind.ORGANIZATION) else None

    def _body_word(self, s: Sentence, k: int, b: int, cands: list[Cand]):
        """The force, body or country named at ``k`` (before ``b``) as a modifier, and the end of its
        words: a candidate, a demonym (``Iraqi``: its national force), a gazetteer name, a
        capitalised word the article's bodies answer to (``Coalition``); None."""
        toks = s.toks
        c = next((c for c in cands if c.a == k and c.b <= b and c.kind in (Kind.FORCE, Kind.ORGANIZATION, Kind.PLACE)),
                 None)
        if c is not None or not toks[k].cap:
            return None if c is None else (c, c.b)
        place = self.f.gi.demonym.get(toks[k].low)
        key = self.f.gi.national.get(place or "")
        if key is not None:
            # the country's force or body the article has named ("the Iraqi government"), else its
            # national force
            named = [c for c in self.naming.forces + self.naming.orgs if (c.sent.index, c.a) < (s.index, k)
                     and (c.key == key or (c.name or c.surface).lower().startswith(toks[k].low + " "))]
            if named:
                return max(named, key=lambda c: (c.sent.index, c.a)), k + 1
            return Cand(Kind.FORCE, s, k, k + 1, key=key, name=toks[k].text, prio=3, place=place,
                        head=("national", place)), k + 1
        m = self.f.gi.match(toks, k)
        if m is not None and m[0] <= b and m[1].kind in (Kind.FORCE, Kind.ORGANIZATION):
            c = Cand(m[1].kind, s, k, m[0], key=m[1].key, name=s.text[toks[k].start:toks[m[0] - 1].end], prio=3)
            cands.append(c)
            cands.sort(key=lambda x: x.a)
            self.naming.name(c)
            return c, c.b
        if k + 1 == b:
            c = self.naming.describe([toks[k].low], (s.index, k))
            return None if c is None else (c, k + 1)
        return None

    def _role_office(self, s: Sentence, a: int, b: int, cands: list[Cand]):
        """``the provincial governor's office``, ``the prime minister's press office``: the office of
        a role's holder, no one named, speaks as a body of its own (its name the phrase); a role's
        spokesman, aide or party does not."""
        toks = s.toks
        if toks[a].low != "the" or b - a < 4:
            return None
        p = next((k for k in range(a + 2, b - 1) if toks[k].text in ("'s", "’s")), None)
        if p is None or match_phrase(self.lex.personal_bodies, toks, p + 1) != b \
                or toks[b - 1].low not in self.lex.raw.get("role_office_heads", ()):
            return None
        if toks[p - 1].low not in self.lex.role_nouns or any(
                t.cap or not t.word for t in toks[a + 1:p]):
            return None                                # "the Khost governor's office" has a name: found otherwise
        c = Cand(Kind.ORGANIZATION, s, a + 1, b, prio=3, head=("named", s.text[toks[a + 1].start:toks[b - 1].end]))
        cands.append(c)
        cands.sort(key=lambda x: x.a)
        self.naming.name(c)
        return c
