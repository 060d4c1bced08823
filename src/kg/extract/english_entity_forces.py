"""English force names in a sentence: national forces (``Danish security forces``, ``Chad's army``),
units (``the 12th X Brigade``), missions, and forces the gazetteer knows under another noun."""
from __future__ import annotations

from ..model import Kind
from .english_entity_cand import (
    Cand, _CONNECTIVES, _FORCE_NOUNS, _GENERIC_HEADS, _MISSION_HEADS, _MISSION_MODS, _PERSONNEL, _RUN_STOP,
    _VERBISH, _is_number_name, _is_ordinal)
from .english_force_control import ControlPhrases
from .english_names import match_phrase
from .english_text import Sentence, Tok, low_of
from .english_text import tokenize as _tokenize


class ForceMixin(ControlPhrases):
    """The :class:`~.english_entities.Finder` rules that find forces."""

    def _no_head(self, t: Tok) -> bool:
        """Can this word not be the noun a demonym modifies (``the Chadians left``, ``the French
        are``, ``the Dutch and``): a verb, auxiliary, adverb, preposition or conjunction?"""
        lo = t.low
        lex = self.lex
        if t.cap:
            return False
        return (lo in _VERBISH or lo in lex.verbs or lo in lex.report_verbs or lo in lex.be_aux or lo in lex.modal
                or lo in lex.negations or lo in lex.adverbs or lo in lex.function_words or lo in lex.withdrawal_ctx
                or lo in _CONNECTIVES or lo.endswith(("ed", "ly")))

    def _people_noun(self, toks: list[Tok], i: int) -> bool:
        """Can the demonym at ``i``, with no force noun after it, stand for its nation's forces?

        Not a singular adjective after ``the`` (``the Malaysian`` is one person or an adjective: only
        demonyms in -sh, -ch, -ese, -s are plural unchanged, ``the French``, ``the Chinese``, ``the Swiss``);
        not the first of two demonyms before a noun (``the Malaysian and American flags``); not a
        bare plural after a quantity or a preposition of belonging (``all Yemenis``, ``20,000
        Iraqis``, ``thousands of Afghans``): those are people."""
        t = toks[i]
        the = i > 0 and toks[i - 1].low == "the"
        if the and not t.low.endswith(("s", "sh", "ch", "ese")):
            return False
        if the and i + 3 < len(toks) and toks[i + 1].low == "and" and self.nationality(toks[i + 2]) \
                and not toks[i + 2].low.endswith("s") \
                and toks[i + 3].word and not toks[i + 3].cap and not self._no_head(toks[i + 3]):
            return False
        if not the and i > 0:
            prev = toks[i - 1]
            if prev.low in self.lex.force_nonnames or prev.low in self.lex.raw.get("people_quantifiers", ()) \
                    or prev.text[:1].isdigit():
                return False
        return True

    def _mission(self, s: Sentence, a: int, e: int, entry) -> Cand | None:
        """``the United Nations peacekeeping mission in Chad``, ``the African Union force``: a
        body's name before a (lower-case) mission noun names the force it deploys."""
        toks = s.toks
        n = len(toks)
        k = e
        while k < n and k - e < 3 and toks[k].word and not toks[k].cap and toks[k].low in _MISSION_MODS:
            k += 1
        if k >= n or toks[k].cap or toks[k].low not in _MISSION_HEADS:
            return None
        k += 1
        if k + 1 < n and toks[k].low == "in" and toks[k + 1].cap and self.nationality(toks[k + 1]):
            k += 2
        country = getattr(entry, "located_in", None)
        if toks[k - 1].low in ("forces", "force", "troops") and country and self.gi.place_kind.get(country) == "country" \
                and self.gi.national.get(country) and all(t.low in ("security", "military") for t in toks[e:k - 1]):
            # "Somali government forces": a country's government's forces are its national force
            return Cand(Kind.FORCE, s, a, k, prio=5, place=country, head=("national", country))
        c = Cand(Kind.FORCE, s, a, k, prio=5, head=("named", s.text[toks[a].start:toks[k - 1].end]))
        c.flags.add("mission_of:" + entry.key)
        if k < n and toks[k].cap and toks[k].word:
            # "the UN peacekeeping mission MINUSMA": the force's own name in apposition
            j = next((j for j in range(min(n, k + 6), k, -1)
                      if any(x.kind is Kind.FORCE and not short
                             for x, short, _ in self.gi.names.get(tuple(t.low for t in toks[k:j]), ()))), None)
            if j is not None:
                hit = next(x for x, short, _ in self.gi.names[tuple(t.low for t in toks[k:j])]
                           if x.kind is Kind.FORCE and not short)
                c.key, c.name = hit.key, s.text[toks[a].start:toks[k - 1].end]
                return c
        # the gazetteer may know it under another name of its body ("UN … mission in Chad")
        rest = tuple(t.low for t in toks[e:k] if t.word)
        for surface in [x for x, lang in entry.names if lang != "ar"] + [entry.labels.get("en", "")]:
            words = tuple(w for w in (t.low for t in _tokenize(surface) if t.word))
            hit = next((x for x, short, _ in self.gi.names.get(words + rest, ()) if x.kind is Kind.FORCE and not short),
                       None)
            if hit is not None:
                c.key, c.name = hit.key, s.text[toks[a].start:toks[k - 1].end]
                break
        return c

    def _modifier(self, toks: list[Tok], start: int, end: int, kind: Kind) -> bool:
        """A force or body's name used as a modifier: ``NATO and coalition installations``,
        ``a Taliban offensive``."""
        if kind not in (Kind.FORCE, Kind.ORGANIZATION) or end >= len(toks) or end < 1:
            return False
        if end - start > 1 and toks[end - 1].low not in _GENERIC_HEADS:
            return False                       # a proper name before a noun still names the thing
        k = end
        if toks[k].low == "and" and k + 2 < len(toks) and toks[k + 1].word:
            k += 2
        if k == end and toks[end - 1].low not in _GENERIC_HEADS and self._person_noun(toks[k].low):
            # "a Taliban spokesman", "NATO commanders": the body they serve (but "the French military
            # chief", "the US military attaché" name a post, not the force)
            return False
        return toks[k].word and not toks[k].cap and toks[k].low in self.lex.force_non_heads

    def _led_by_a_kind(self, t: Tok) -> bool:
        """``Islamist-led``, ``rebel-led``, ``Sunni-led``: led by a kind of men, which names no one
        group (``Tuareg-led``, ``Kurdish-led``, ``Saudi-led`` name who leads)."""
        first, _, last = t.text.partition("-")
        return last.lower() == "led" and low_of(first) in self.lex.force_nonnames

    def _person_noun(self, low: str) -> bool:
        """A noun for people holding a post (``spokesman``, ``commanders``, ``officials``)."""
        roles = self.lex.role_nouns
        return low in roles or (low.endswith("s") and low[:-1] in roles) \
            or (low.endswith("men") and low[:-3] + "man" in roles)

    def _force_national(self, s: Sentence, i: int, out: list[Cand]) -> None:
        """``Danish (security) forces``, ``Chad's army``, ``Danish and Chadian troops``,
        ``the Danes``, ``Vale forces``."""
        toks = s.toks
        t = toks[i]
        lex = self.lex
        if not t.word or not t.cap or t.low in _RUN_STOP or t.text in lex.name_stop and not self.nationality(t):
            return
        n = len(toks)
        if "-" in t.text and t.low.endswith(("led", "backed", "based", "allied", "aligned", "supported")):
            # "Tuareg-led rebels", "Vale-backed militias": a force named by who leads it (never a
            # country's own forces, which need the country's name; nor "Islamist-led forces", led
            # by a kind of men, not one group)
            if self._led_by_a_kind(t):
                return
            e = match_phrase(lex.force_specific, toks, i + 1) or match_phrase(lex.force_generic, toks, i + 1)
            if e and e == i + 2 and toks[i + 1].low in ("rebels", "militias", "militia", "fighters", "forces",
                                                         "troops", "coalition", "groups", "group") \
                    and not (e < n and (toks[e].cap or toks[e].low in lex.force_non_heads)):
                out.append(Cand(Kind.FORCE, s, i, e, prio=2, head=("named", s.text[t.start:toks[e - 1].end])))
            return
        place = self.nationality(t)
        known = None
        if not place and t.low in self.gi.index:
            m = self.gi.match(toks, i)
            if m and m[0] == i + 1 and m[1].kind is Kind.FORCE:
                known = m[1]                           # "VB troops": the force the gazetteer knows
        j = i + 1
        if j < n and toks[j].text in ("'s", "’s"):
            j += 1
        nats = [(i, i + 1, place)]
        if j + 1 < n and toks[j].low == "and" and toks[j + 1].cap and self.nationality(toks[j + 1]):
            nats.append((j + 1, j + 2, self.nationality(toks[j + 1])))
            j += 2
        mods = 0
        while j < n and toks[j].low in lex.force_modifiers and toks[j].low != "and" and mods < 3:
            if match_phrase(lex.force_generic, toks, j) or match_phrase(lex.force_specific, toks, j):
                break
            j += 1
            mods += 1
        e = match_phrase(lex.force_specific, toks, j)
        specific = bool(e)
        if not e:
            e = match_phrase(lex.force_generic, toks, j)
        police = lex.force_police.get(tuple(t.low for t in toks[j:e] if t.word)) if specific else None
        if police and e + 1 < n and toks[e].low == "and":
            # "Afghan police and soldiers": the nation's police and army together are its security forces
            both = match_phrase(lex.force_generic, toks, e + 1)
            if both:
                e, police, specific = both, None, False
        if e and e < n and toks[e].low in _PERSONNEL:
            e += 1                                     # "Danish police trainers", "army advisers"
            police = None
        if not e:
            if place and i > 0 and toks[i - 1].low in ("to", "into", "under") and i + 1 < n \
                    and toks[i + 1].low in lex.nation_control_nouns \
                    and not (toks[i - 1].low == "under" and self._held_under(toks, i - 1)):
                # "handed over to Iraqi control", "fell into Taliban hands": the nation's forces (not
                # "will stay under Colombian command": who holds a thing, not to whom it passes)
                out.append(Cand(Kind.FORCE, s, i, i + 1, prio=3, place=place, head=("national", place)))
                return
            the = i > 0 and toks[i - 1].low == "the"
            if place and t.low in self.gi.demonym and (the or t.low.endswith("s")) and self._people_noun(toks, i):
                # "the French are …", "the Chadians left", "Americans withdrew": the country's forces
                nxt = toks[i + 1] if i + 1 < n else None
                if nxt is None or not nxt.word or (self._no_head(nxt) if the else (
                        nxt.low in lex.verbs or nxt.low in lex.withdrawal_ctx)):
                    a = i - 1 if i > 0 and toks[i - 1].low == "the" else i
                    c = Cand(Kind.FORCE, s, a, i + 1, prio=3, place=place, head=("national", place))
                    ends = nxt is None or not nxt.word or (
                        nxt.low in lex.function_words and nxt.low not in ("and", "or"))
                    if ends and not self._transfer_party(toks, a):
                        # "left for the Iraqis.", "describe the Russians as …": no act of theirs says they
                        # are troops (see drop_people_only_forces); "handed over to the Iraqis" is a party
                        c.flags.add("people_word")
                    out.append(c)
            return
        if e < n and toks[e].word and (toks[e].low in lex.force_non_heads or toks[e].text in lex.unit_heads
                                       or match_phrase(lex.org_common, toks, e)
                                       or (toks[e].cap and toks[e].text not in lex.name_stop and not s.title)):
            return                                     # "Danish army adviser", "Chadian troops convoy",
            #                                            "the armed forces ministry"
        if not place and (t.low in lex.force_modifiers or t.low in lex.force_nonnames):
            return
        if not place and known is None and t.text in lex.academic_bodies:
            return                                     # "the Institute's military studies program"
        if not place and i > 0 and toks[i - 1].low in ("a", "an"):
            return
        if not place and known is None and i == 0 and not s.title and t.low.endswith(("ed", "ing", "ly")) \
                and not t.text.isupper() and t.low not in self.gi.index:
            return                                     # "Wounded soldiers …", "Retreating troops …": a participle
            #                                            capitalised only because it opens the sentence
        cap_noun = toks[j].cap and not s.title
        # "Syrian rebels", "Iraqi militias": armed men of that country who are not its state's forces
        nonstate = specific and match_phrase(lex.force_nonstate, toks, j) == e
        for a, b, pl in nats:
            end = e if (a, b, pl) == nats[-1] else b
            if specific and (cap_noun or (nonstate and pl)):
                c = Cand(Kind.FORCE, s, a, end, prio=3, place=pl,
                         head=("named", s.text[toks[a].start:toks[end - 1].end]))
            elif police and pl:
                # a nation's police or gendarmerie is its own institution, not its armed forces
                # ("Azerbaijani police" beside "the Azerbaijani Army"); its names are one
                c = Cand(Kind.FORCE, s, a, end, prio=3, place=pl, head=("named", f"{toks[a].text} {police}"))
            elif pl:
                c = Cand(Kind.FORCE, s, a, end, prio=3, place=pl, head=("national", pl))
                if a > 0 and toks[a - 1].low in ("a", "an", "one") and toks[end - 1].low in lex.one_serviceman:
                    c.flags.add("people_word")     # "killed a British soldier": one man (drop_people_only_forces)
            elif known is not None and a == i:
                c = Cand(Kind.FORCE, s, a, end, key=known.key, name=s.text[toks[a].start:toks[end - 1].end], prio=3)
            else:
                c = Cand(Kind.FORCE, s, a, end, prio=3, head=("word", toks[a].text))
            out.append(c)

    def _irregulars(self, s: Sentence, out: list[Cand]) -> None:
        """``Kurdish fighters``, ``Vorran militiamen``, ``SLA mercenaries``: irregulars named by their
        group or their people are a force of their own (not the nation's army, as ``Kurdish
        troops`` would be). A group the gazetteer knows keeps its own longer match."""
        toks = s.toks
        lex = self.lex
        for k in range(1, len(toks)):
            if toks[k].low not in lex.irregular_nouns or (toks[k].cap and not s.title):
                continue
            a = k
            while a > 0 and k - a < 3 and self.capword(toks[a - 1]) and toks[a - 1].low not in lex.function_words \
                    and toks[a - 1].low not in lex.force_nonnames and toks[a - 1].low not in lex.force_modifiers \
                    and (toks[a - 1].text not in lex.name_stop or self.nationality(toks[a - 1])):
                a -= 1
            if a == k or (a > 0 and toks[a - 1].low in ("a", "an")):
                continue
            if any(c.kind is Kind.FORCE and c.b == k for c in out):
                continue                               # "Vale Front guerrillas": the unit's name says which
            if any(ch.isdigit() for x in toks[a:k] for ch in x.text) or not s.lows.isdisjoint(lex.aircraft_words):
                continue                               # "MiG-29 fighters", "fighters and bombers": jets
            if a == 0 and not (self.nationality(toks[0]) or toks[0].text.isupper() or toks[0].low in self.gi.index):
                continue                               # "Local fighters …": any word is capitalised first
            if k + 1 < len(toks) and toks[k + 1].word and (toks[k + 1].low in lex.force_non_heads or toks[k + 1].cap):
                continue                               # "Kurdish fighters' commander"
            if k - a == 1 and self.gi.place_kind.get(self.nationality(toks[a]) or "") == "country":
                continue                               # "Russian mercenaries", "Syrian fighters": who, not which group
            known = self.gi.match(toks, a)
            if known and known[0] == k and known[1].kind is Kind.FORCE:
                # "VLA militiamen": the group the gazetteer knows
                out.append(Cand(Kind.FORCE, s, a, k + 1, key=known[1].key, name=s.text[toks[a].start:toks[k].end],
                                prio=2))
                continue
            c = Cand(Kind.FORCE, s, a, k + 1, prio=2, head=("named", s.text[toks[a].start:toks[k].end]))
            c.flags.add("irregulars")
            out.append(c)

    def _aligned_forces(self, s: Sentence, out: list[Cand]) -> None:
        """Forces named by whom they side with, in any case: ``pro-Russian self-defence units``,
        ``pro-government militias``, ``Iranian-backed militiamen``, ``loyalist troops``."""
        toks = s.toks
        lex = self.lex
        n = len(toks)
        for i, t in enumerate(toks):
            if not t.word or i + 1 >= n:
                continue
            lo = t.text.lower()
            if "-" in lo:
                first, _, last = lo.partition("-")
                if not (first == "pro" or last.rsplit("-", 1)[-1] in lex.aligned_suffixes) or self._led_by_a_kind(t):
                    continue
            elif lo not in lex.aligned_adjectives:
                continue
            j = i + 1
            while j < n and j - i <= 2 and not match_phrase(lex.aligned_nouns, toks, j) and toks[j].word \
                    and not toks[j].cap and toks[j].low in lex.force_modifiers:
                j += 1                                 # "pro-government armed militias"
            e = match_phrase(lex.aligned_nouns, toks, j)
            if not e or (e < n and toks[e].word and (toks[e].low in lex.force_non_heads or toks[e].cap)):
                continue                               # "pro-Russian forces' positions", "… Tindar"
            out.append(Cand(Kind.FORCE, s, i, e, prio=2, head=("named", s.text[t.start:toks[e - 1].end])))

    def _force_unit(self, s: Sentence, h: int, out: list[Cand]) -> None:
        """A capitalised unit name: ``12th Vale Brigade``, ``Chadian Armed Forces``,
        ``United Nations ... Mission in Chad``."""
        toks = s.toks
        lex = self.lex
        a = h
        while a > 0 and h - a < 7:
            p = toks[a - 1]
            if (p.word and p.cap and p.low not in _RUN_STOP) or _is_ordinal(p):
                if "-" in p.text and p.low.endswith(("led", "backed", "based")):
                    break
                if match_phrase(lex.unit_appointments, toks, a - 1) == a or (
                        a > 1 and match_phrase(lex.unit_appointments, toks, a - 2) == a):
                    break                              # "Commander Task Force X": the post, then the unit
                a -= 1
            elif p.text in ("'s", "’s") and a > 1 and toks[a - 2].cap and toks[a - 2].word \
                    and a < h and not self.nationality(toks[a - 2]):
                a -= 2                                 # "the People's Vale Army": a possessive inside the name
            elif p.low == "and" and a < h and a > 3 and toks[a - 3].text == "," \
                    and all(self._list_word(toks[x]) for x in (a - 2, a - 4)):
                a -= 4                                 # "Train, Advise and Assist Command": a list in the name
            elif p.low == "and" and a < h and a > 1 and self._list_word(toks[a - 2]) \
                    and not toks[a - 2].text.isupper() and toks[a - 2].low not in self.gi.index \
                    and (a < 3 or toks[a - 3].text != ","):
                a -= 2                                 # "Fish and Wildlife Service": "and" inside one name
            else:
                break
        if a > 1 and a < h and toks[a - 1].text in ("'s", "’s") and self.nationality(toks[a - 2]) \
                and toks[a].low not in lex.force_modifiers:
            a -= 2                                     # "Chad's People's Vale Army": whose army
        b = h + 1
        while b < len(toks) and toks[b].text in lex.unit_heads and toks[b].cap:
            b += 1
        if toks[b - 1].text == "Command" and b < len(toks) and toks[b].cap and toks[b].low in lex.region_words:
            b += 1                                     # "Regional Command East": commands by their area
        if a < h and toks[h - 1].low == "task" and toks[h].text == "Force":
            # "Task Force Raven": the name follows the head
            while b < len(toks) and toks[b].word and toks[b].cap and toks[b].low not in _RUN_STOP \
                    and b - h <= 3:
                b += 1
        numbered = _is_ordinal(toks[a])
        if numbered:
            b = self._unit_chain(toks, b)
        # ("the Mission in Chad" is named by where it serves; "the 16th Division in X", "the First
        # Armoured Division in X" are only located there: a number, in figures or words, names the unit;
        # "the X Mission in May": when, not where)
        located = numbered or toks[a].low in lex.ordinals
        if b + 1 < len(toks) and toks[b].low in (("for", "of") if located else ("in", "for", "of")) \
                and toks[b + 1].cap and toks[b + 1].word and toks[b + 1].low not in lex.calendar_words \
                and toks[b + 1].low not in lex.calendar_names:
            k = b + 1
            while k < len(toks) and toks[k].word and toks[k].cap and toks[k].low not in _RUN_STOP:
                k += 1
            b = k
        if a == h and b == h + 1:
            if h > 0 and toks[h - 1].low == "the" and toks[h].text not in ("Military",):
                c = Cand(Kind.FORCE, s, h - 1, h + 1, prio=2, head=("anaphor", toks[h].low))
                c.flags.add("anaphor")
                out.append(c)
            return
        b = self._group_of_forces_in(toks, h, b)
        if a < h and b < len(toks) and toks[b].cap and match_phrase(lex.unit_site_heads, toks, b):
            return                                     # "Wheeler Army Airfield": a site named after the service
        if toks[h].text in lex.unit_heads_qual and h - a < 1 and not self._group_of_forces(toks, h, b):
            return
        words = toks[a:b]
        if s.title and b == h + 1 and toks[h].low in _FORCE_NOUNS + ("force",) and all(
                x.low in lex.force_modifiers or x.low in lex.force_nonnames for x in toks[a:h]):
            return                                     # a title-case headline's "Last Allied Troops": allied troops
        if any(match_phrase(lex.media_heads, toks, x) for x in range(a, h)):
            return                                     # "Polish Radio External Service": a broadcaster's name
        if toks[h].text in ("Group", "Groups") and any(t.low in lex.civil_group_words for t in toks[a:h]):
            # "the Crisis Group", "the Joint Liaison Group": a group for talks, research or advice
            # is a body, not an armed force
            out.append(Cand(Kind.ORGANIZATION, s, a, b, prio=4,
                            head=("named", s.text[toks[a].start:toks[b - 1].end])))
            return
        place = self.nationality(words[0]) if words else None
        rest = " ".join(w.low for w in words[1:]) if place else None
        generic = {"armed forces", "army", "forces", "security forces", "defence forces", "defense forces",
                   "national army", "military", "national armed forces", "defence and security forces",
                   "defense and security forces", "national defence forces", "national defense forces",
                   "army forces", "troops", "force"}
        if place and rest in generic:
            out.append(Cand(Kind.FORCE, s, a, b, prio=4, place=place, head=("national", place)))
        else:
            out.append(Cand(Kind.FORCE, s, a, b, prio=4, head=("named", s.text[toks[a].start:toks[b - 1].end])))

    def _group_of_forces(self, toks: list[Tok], h: int, b: int) -> bool:
        """``the Group of Soviet Forces in Germany``, ``the Group of Russian Forces``: a group named by
        the forces it groups needs no qualifier before it (Soviet and Russian usage, in translation)."""
        return toks[h].text in ("Group", "Groups") and h + 2 < b and toks[h + 1].low == "of" \
            and any(t.text in ("Forces", "Troops") for t in toks[h + 2:b])

    def _group_of_forces_in(self, toks: list[Tok], h: int, b: int) -> int:
        """The end of ``Group of Soviet Forces in Germany``, ``... in the Transcaucasus``: such a group
        is named by the land it is stationed in, the whole phrase being its name."""
        n = len(toks)
        if not (toks[h].text in ("Group", "Groups") and toks[b - 1].text == "Forces" and h + 1 < b
                and toks[h + 1].low == "of" and b + 1 < n and toks[b].low == "in"):
            return b
        k = b + 1
        if toks[k].low == "the" and k + 1 < n:
            k += 1
        if not (toks[k].word and toks[k].cap) or toks[k].low in self.lex.calendar_names:
            return b
        e = k
        while e < n and e - k < 3 and toks[e].word and toks[e].cap and toks[e].low not in _RUN_STOP:
            e += 1
        return e if e > k else b

    def _list_word(self, t: Tok) -> bool:
        """A capitalised word that can be an item of a list inside a unit's name (not another unit
        or a nation: "Army, Navy and Air Force" are three)."""
        return t.word and t.cap and t.low not in _RUN_STOP and t.text not in self.lex.unit_heads \
            and not self.nationality(t)

    def _force_numbered(self, s: Sentence, h: int, out: list[Cand]) -> None:
        """``40 Commando``, ``3 Para battle group``, ``the Vale Army's 7 Division``: British and
        Commonwealth usage names a unit by a bare number before its head (not a count: the head
        is singular and capitalised, and the number no year)."""
        toks = s.toks
        if h == 0 or not _is_number_name(toks[h - 1]) or (h > 1 and toks[h - 2].text in ("$", "£", "€")):
            return
        b = h + 1
        if b + 1 < len(toks) and toks[b].low == "battle" and toks[b + 1].low == "group":
            b += 2                                     # "3 Para battle group"
        a = h - 1
        out.append(Cand(Kind.FORCE, s, a, b, prio=4, head=("named", s.text[toks[a].start:toks[b - 1].end])))

    def _unit_chain(self, toks, b: int) -> int:
        """``1st Battalion, 5th Marine Regiment, 1st Marine Division``: the units a comma chains after
        an ordinal unit name are its parents, and the whole chain names one unit. The end of the chain."""
        heads = self.lex.unit_heads
        n = len(toks)
        while b + 2 < n:
            if toks[b].text == "," and _is_ordinal(toks[b + 1]):
                k = b + 2
            else:
                # "the 4th Brigade of the Vale army's 205th Corps", "2nd Battalion of the 5th Marines"
                k = b + 1 if toks[b].low == "of" else n
                if k < n and toks[k].low == "the":
                    k += 1
                own = next((j for j in range(k, min(k + 4, n)) if toks[j].text in ("'s", "’s")), None)
                if own is not None and own > k and all(t.word for t in toks[k:own]):
                    k = own + 1
                if not (k + 1 < n and _is_ordinal(toks[k])):
                    break
                k += 1
            while k < n and toks[k].word and toks[k].cap and toks[k].text not in heads and k - b <= 5:
                k += 1
            if not (k < n and toks[k].cap and toks[k].text in heads):
                break
            while k < n and toks[k].cap and toks[k].text in heads:
                k += 1
            b = k
        return b

    def _known_forces(self, s: Sentence, chosen: list[Cand]) -> None:
        """A force the gazetteer knows, named with another generic noun or read from the last word
        of its country's name: ``Vale's troops`` is the gazetteer's ``Vale's forces``, ``Upper
        Tindar's armed forces`` (``South Sudan's army``, ``Ivory Coast's``) are the national forces
        of Upper Tindar, not of "Tindar"."""
        toks, gi = s.toks, self.gi
        for c in chosen:
            if c.kind is not Kind.FORCE or c.key is not None or not c.head \
                    or c.head[0] not in ("word", "named", "national"):
                continue
            k = c.a - 1
            if k >= 0 and toks[k].cap and toks[k].word:
                m = gi.match(toks, k)
                if m and m[0] == c.a + 1 and m[1].kind is Kind.PLACE:
                    c.a, c.place, c.head = k, m[1].key, ("national", m[1].key)
                    continue
            if c.head[0] == "national":
                continue
            words = [t.low for t in toks[c.a:c.b] if t.word]
            if len(words) < 2 or words[-1] not in _FORCE_NOUNS or not toks[c.a].cap:
                continue
            for noun in _FORCE_NOUNS:
                hit = next((e for e, short, _ in gi.names.get(tuple(words[:-1]) + (noun,), ())
                            if e.kind is Kind.FORCE and not short), None)
                if hit is not None:
                    c.key, c.name = hit.key, c.surface
                    break
