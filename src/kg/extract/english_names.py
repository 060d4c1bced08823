"""English names: the gazetteer's English names indexed for the English token layer, and the
lexicon's word lists turned into the sets and phrase tables the recognisers use.

Built once per extractor (not per article): everything here is read-only afterwards.
"""
from __future__ import annotations

from ..model import Kind
from .english_text import Tok, low_of, prepare, tokenize


def words_of(name: str) -> tuple[str, ...]:
    """A name as the English token layer sees it (``U.S.-led coalition`` -> ``usled coalition``),
    a leading ``the`` dropped: gazetteer names and text tokens meet on the same keys."""
    ws = tuple(t.low for t in tokenize(name) if t.word)
    return ws[1:] if len(ws) > 1 and ws[0] == "the" else ws


def phrase(text: str) -> tuple[str, ...]:
    """Token keys of a lexicon phrase: ``"Brig. Gen."`` -> ``("brig", "gen")``."""
    return tuple(w for w in (low_of(p) for p in text.replace(".", " ").replace("-", " ").split()) if w)


def phrases(items) -> dict[str, list[tuple[str, ...]]]:
    """Phrases indexed by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for it in items:
        p = phrase(it)
        if p:
            out.setdefault(p[0], []).append(p)
        if "-" in it and "." not in it:
            t = tuple(x.low for x in tokenize(it) if x.word)     # "Major-General" is one token in the text
            if t and t != p:
                out.setdefault(t[0], []).append(t)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


def match_phrase(table: dict, toks: list[Tok], i: int, skip_dots: bool = True) -> int:
    """End index (exclusive) of the longest phrase of ``table`` starting at token ``i``; 0 if none.
    Dots between words are skipped (``Lt. Col.``)."""
    n = len(toks)
    if i >= n:
        return 0
    cands = table.get(toks[i].low)
    if not cands:
        return 0
    for p in cands:
        m = len(p)
        if m == 1:
            j = i + 1
        else:
            j, k = i + 1, 1
            while k < m and j < n:
                t = toks[j]
                if skip_dots and t.text == ".":
                    j += 1
                    continue
                if t.low != p[k]:
                    break
                j += 1
                k += 1
            if k < m:
                continue
        last = toks[j - 1]
        if skip_dots and j < n - 1 and toks[j].text == "." and toks[j].start == last.end \
                and last.cap and len(last.text) <= 5:
            j += 1                     # the dot of an abbreviated title (Gen.), not a full stop
        return j
    return 0


class GazIndex:
    """The gazetteer's non-Arabic names by first word, demonyms and national forces."""

    def __init__(self, gaz):
        self.gaz = gaz
        self.index: dict[str, list] = {}
        self.demonym: dict[str, str] = {}            # 'afghan' / 'afghans' -> place key
        self.national: dict[str, str] = {}           # place key -> force key
        self.place_kind: dict[str, str] = {}         # place key -> 'country' | 'place'
        entries = list(gaz.entries.values()) if gaz is not None else []
        for e in entries:
            names = [s for s, lang in e.names if lang != "ar"] + [v for k, v in e.labels.items() if k != "ar"]
            for s in names:
                self._add(words_of(s), e, False, _lower(s))
            for s, lang in e.short_names:
                if lang != "ar":
                    self._add(words_of(s), e, True, _lower(s))
            for s, lang in e.demonyms:
                if lang == "ar":
                    continue
                nk = words_of(s)
                if len(nk) == 1:
                    self.demonym.setdefault(nk[0], e.key)
                    if not nk[0].endswith(("s", "sh", "ch", "ese", "x", "z")):
                        self.demonym.setdefault(nk[0] + "s", e.key)     # "Chadians", not "Danishs"
            if e.national_force_of:
                self.national.setdefault(e.national_force_of, e.key)
        containers = {e.located_in for e in entries if e.kind is Kind.PLACE and e.located_in}
        for e in entries:
            if e.kind is Kind.PLACE:
                country = e.key in self.national or any(v == e.key for v in self.demonym.values())
                self.place_kind[e.key] = ("country" if country and not e.located_in
                                          else "region" if e.key in containers else "place")
        for bucket in self.index.values():
            bucket.sort(key=lambda t: -len(t[0]))
        # a word that names a country only before its forces' generic noun ("U.S. troops", "UK military")
        self.prefix_place: dict[str, str] = {}
        for e in entries:
            if e.kind is not Kind.FORCE or not e.national_force_of:
                continue
            for surface, lang in e.names:
                parts = surface.split()
                if lang != "ar" and len(parts) == 2 and parts[0].replace(".", "").isupper() \
                        and parts[1].lower() in _FORCE_HEADS:
                    self.prefix_place.setdefault(low_of(parts[0]), e.national_force_of)
        # the same names by their whole word tuple, for matching in one look-up per length
        self.names: dict[tuple[str, ...], list] = {}
        self.longest: dict[str, int] = {}
        for first, bucket in self.index.items():
            self.longest[first] = max(len(w) for w, *_ in bucket)
            for words, entry, is_short, lower in bucket:
                self.names.setdefault(words, []).append((entry, is_short, lower))
        # every beginning of a name (``("tindar",)``, ``("tindar", "air")``): a match stops growing
        # where no name goes on
        self.prefixes: frozenset[tuple[str, ...]] = frozenset(
            words[:k] for words in self.names for k in range(1, len(words) + 1))

    def _add(self, words: tuple[str, ...], entry, short: bool, lower: bool = False) -> None:
        words = tuple(w for w in words if w)
        if not words or not all(w.isascii() for w in words):
            return
        bucket = self.index.setdefault(words[0], [])
        if not any(w == words and e is entry and s == short for w, e, s, _ in bucket):
            bucket.append((words, entry, short, lower))

    def match(self, toks: list[Tok], i: int, short: bool = False):
        """(end index, entry, is_short) of the longest gazetteer name at token ``i``. A name
        written in lower case in the gazetteer (``coalition troops``, ``the coalition``) matches
        lower-case text; a one-word one only after ``the``."""
        t = toks[i]
        longest = self.longest.get(t.low)
        if not longest or not t.word:
            return None
        upper = t.cap or t.text[:1].isdigit() or (t.low in _ARTICLES and i + 1 < len(toks) and toks[i + 1].cap)
        key = (t.low,)
        keys, ends = [key], [i + 1]
        j, n = i + 1, len(toks)
        prefixes = self.prefixes
        while len(keys) < longest and j < n:
            tj = toks[j]
            if not tj.word:
                if tj.text in ("-", ".", "'s", "’s"):
                    j += 1                     # "Tell al - Harrow", "K - 9", "Chad's army"
                    continue
                break
            key = key + (tj.low,)
            if key not in prefixes:
                break                          # no name goes on so: none longer
            keys.append(key)
            j += 1
            ends.append(j)
        names = self.names
        for L in range(len(keys), 0, -1):
            hits = names.get(keys[L - 1])
            if not hits:
                continue
            for entry, is_short, lower in hits:
                if is_short and not short:
                    continue
                if not upper and not (lower and (L > 1 or _after_the(toks, i))):
                    continue
                return ends[L - 1], entry, is_short
        return None

    def base_named(self, toks: list[Tok], i: int):
        """(end, entry) of a base's name or short name at token ``i`` (``Kirkuk`` after a head noun)."""
        t = toks[i]
        for words, entry, is_short, _ in self.index.get(t.low, ()):
            if entry.kind is not Kind.BASE:
                continue
            n = len(words)
            if tuple(x.low for x in toks[i:i + n]) == words:
                return i + n, entry
        return None

    def place_of(self, low: str) -> str | None:
        """The place a word names as a demonym (``chadian``), as its own name (``chad``), or as the
        prefix of its forces' names (``us`` of ``US troops``)."""
        if low in self.demonym:
            return self.demonym[low]
        for words, entry, short, _ in self.index.get(low, ()):
            if len(words) == 1 and entry.kind is Kind.PLACE and not short:
                return entry.key
        return self.prefix_place.get(low)


def _after_the(toks: list[Tok], i: int) -> bool:
    """Is token ``i`` the head of a definite noun phrase (``the coalition``, ``the international
    coalition``, ``the US-led coalition``)?"""
    j = i - 1
    while j >= 0 and i - j <= 3 and toks[j].word and toks[j].low != "the" and (
            toks[j].low in _SCOPE or toks[j].low.endswith(("led", "backed"))):
        j -= 1                                 # not "the rebel coalition", "the ruling coalition"
    return j >= 0 and toks[j].low == "the"


# the Arabic article as English writes it apart, in lower case, before a capitalised name
# ("al Qaeda", "el Obeid", "al Udeid air base"): it opens the name as a capital would. Not the
# assimilated forms that are English words (at, an, as: "troops at Tanf" is no name "At Tanf")
_ARTICLES = frozenset({"al", "el", "ad", "ag", "ar", "ash", "az", "ed", "es"})


_SCOPE = frozenset({"international", "global", "multinational", "western", "allied", "military", "broader",
                    "wider", "antiisis", "antiis", "antiisil"})


_STOP = frozenset({"of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "as", "that", "which"})
_FORCE_HEADS = frozenset({"forces", "military", "army", "troops", "soldiers"})


def _lower(surface: str) -> bool:
    """Is the name written in lower case (after a leading "the")?"""
    words = surface.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[0][:1].islower()


def _office_forms(offices, affixes: dict) -> list[str]:
    """Every office with the affixes English joins to it by a hyphen: ``President-elect``,
    ``Prime Minister-designate``, ``Ex-President`` (abbreviated forms and honorifics take none)."""
    out = list(offices)
    for o in offices:
        if "." in o or o in affixes.get("bare", ()):
            continue
        out += [o + "-" + x for x in affixes.get("after", ())]
        out += [x + "-" + o for x in affixes.get("before", ())]
    return out


class Lexicon:
    """The English lexicon, prepared for fast look-ups."""

    def __init__(self, raw: dict):
        lex = prepare(raw)
        self.raw = lex
        self._word_sets: dict[str, frozenset[str]] = {}
        s = lambda k: frozenset(low_of(w) for w in lex.get(k, ()))  # noqa: E731
        self.ranks = phrases(lex["titles"]["ranks"])
        self.offices = phrases(_office_forms(lex["titles"]["offices"], lex.get("office_affixes", {})))
        self.particles = s("name_particles")
        self.name_stop = frozenset(lex.get("name_stopwords", ()))
        self.role_nouns = s("role_nouns")
        self.event_names = frozenset(lex.get("event_name_nouns", ()))
        self.quantifiers = s("quantifier_words")
        self.numbered_heads = frozenset(lex.get("numbered_unit_heads", ()))
        self.institutions = frozenset(lex.get("institution_nouns", ()))
        self.compound_adj = tuple(lex.get("compound_adjective_suffixes", ()))
        self.ranking_adj = s("ranking_adjectives")
        self.bloc_adj = s("bloc_adjectives")
        self.unnamed_heads = s("unnamed_speaker_heads")
        self.report_verbs = s("reporting_verbs")
        self.report_need_clause = s("reporting_verbs_need_clause")
        self.report_take_object = s("reporting_verbs_take_object")
        self.report_objects = phrases(lex.get("reporting_objects", ()))
        self.speech_nouns = phrases(lex.get("speech_nouns", ()))
        self.institutional = phrases(lex.get("institutional_heads", ()))
        self.quotative = phrases(lex.get("quotative_links", ()))
        self.reporting_participles = s("reporting_participles")
        self.that_nouns = s("that_complement_nouns")
        self.irregular_past = s("irregular_past_verbs")
        self.coordinated_reports = s("reporting_verbs") | s("coordinated_reporting_verbs")
        self.reasons = phrases(lex.get("reason_links", ()))
        self.personal_bodies = phrases(lex.get("personal_bodies", ()))
        self.media = phrases(lex.get("news_media", ()))
        self.media_heads = phrases(lex.get("media_heads", ()))
        self.force_generic = phrases(lex["force_generic_nouns"])
        self.force_specific = phrases(lex["force_specific_nouns"])
        self.force_standalone = phrases(lex.get("force_standalone", ()))
        self.civil_group_words = s("civil_group_words")
        self.academic_bodies = frozenset(lex.get("academic_bodies", ()))
        self.force_nonstate = phrases(lex.get("force_nonstate_nouns", ()))
        self.force_police = {phrase(k): v for k, v in lex.get("force_police_nouns", {}).items()}
        self.force_modifiers = s("force_modifiers")
        self.force_nonnames = s("force_nonnames")
        self.unit_heads = frozenset(lex["force_unit_heads"]) - {"Council", "Movement", "Alliance"}
        self.unit_heads_qual = frozenset(lex["force_unit_heads_need_qualifier"])
        self.force_non_heads = s("force_non_heads")
        self.org_heads = frozenset(lex["org_heads"])
        self.org_heads_qual = frozenset(lex["org_heads_need_qualifier"])
        self.org_common = phrases(lex["org_common_heads"])
        self.force_first = frozenset(self.force_generic) | frozenset(self.force_specific)
        self.org_first = frozenset(self.org_common)
        self.org_in_place = frozenset(lex["org_in_place"])
        self.descriptors = {phrase(k): v for k, v in lex["descriptors"].items()}
        self.base_after = phrases(lex["base_heads_after"])
        self.base_before = phrases(lex["base_heads_before"])
        # "MOB", "PB": a designator written in capitals (not "a mob", "Mob Storms …" in a headline)
        self.base_before_acronyms = frozenset(low_of(w) for w in lex["base_heads_before"] if w.isupper())
        self.unit_appointments = phrases(lex.get("unit_appointment_titles", ()))
        self.travel_verbs = s("travel_verbs")
        self.unit_bases = s("unit_base_nouns")
        self.home_army_nouns = phrases(lex.get("home_army_nouns", ()))
        self.group_anaphor_nouns = s("group_anaphor_nouns")
        self.group_anaphor_phrases = phrases(lex.get("group_anaphor_nouns", ()))
        self.armed_movement_words = s("armed_movement_name_words")
        self.one_serviceman = s("one_serviceman_nouns")
        self.unit_site_heads = phrases(lex.get("unit_site_heads", ()))
        self.containment_verbs = s("containment_verbs")
        self.landforms = s("landform_nouns")
        self.territory_nouns = s("territory_nouns")
        self.aligned_nouns = phrases(lex.get("aligned_force_nouns", ()))
        self.aligned_suffixes = tuple(lex.get("aligned_suffixes", ()))
        self.aligned_adjectives = s("aligned_adjectives")
        # the locators keyed by their last word: read backwards from the thing they place
        self.locators = frozenset(phrase(w) for w in lex.get("locator_prepositions", ()))
        self.locator_verbs = s("locator_verbs")
        self.base_common = phrases(lex["base_common_nouns"])
        self.base_by_place = phrases(lex["base_named_by_place"])
        self.base_anaphors = phrases(lex["base_anaphors"])
        self.base_words = frozenset(w for k in ("base_heads_after", "base_heads_before", "base_common_nouns")
                                    for p in lex[k] for w in phrase(p)) | {"military", "observation"}
        self.base_adj = s("base_adjectives")
        self.base_links = phrases(lex["base_name_links"])
        self.ordinals = s("ordinals")
        self.region_words = s("region_words")
        self.region_nouns = s("region_nouns")
        self.admin_levels = s("administrative_levels")
        self.irregular_nouns = s("irregular_force_nouns")
        self.aircraft_words = s("aircraft_words")
        self.regional_body_nouns = s("regional_body_nouns")
        self.broad_regions = frozenset(" ".join(phrase(w)) for w in lex.get("broad_regions", ()))
        self.withdrawal_ctx = s("withdrawal_context")
        self.troop_governors = s("troop_governors")
        self.casualty_words = s("casualty_words")
        self.equipment_words = s("equipment_words")
        self.cost_words = s("value_not_equipment")
        self.series_words = s("series_words")
        self.facility_nouns = s("facility_nouns")
        self.base_facility_heads = s("base_facility_heads")
        self.sequels = phrases(lex.get("sequence_phrases", ()))
        self.earlier_marks = s("earlier_marks")
        self.event_nouns = s("event_nouns_before")
        self.mission_nouns = s("mission_nouns")
        self.rel_units = {low_of(k): v for k, v in lex.get("relative_date_units", {}).items()}
        self.rel_after = s("relative_date_after")
        self.rel_next = s("relative_date_next")
        # month and weekday names: capitalised, but never a base's or a force's name
        self.calendar_words = frozenset(low_of(w) for table in ("date_months", "date_weekdays")
                                        for ws in lex.get(table, {}).values() for w in ws if len(w) > 3)
        # capitalised, the short ones too (May, Sun.): a date after "in", never a place naming a unit
        self.calendar_names = frozenset(low_of(w) for table in ("date_months", "date_weekdays")
                                        for ws in lex.get(table, {}).values() for w in ws)
        # holidays and "... Day" / "... Eve": a time after "on", never an island ("on Thanksgiving")
        self.holidays = s("holiday_names")
        self.holiday_heads = s("holiday_heads")
        self.army_nouns = s("army_common_nouns")
        self.receiver_officials = s("receiver_official_nouns")
        self.described_mods = s("described_place_modifiers")
        self.described_bases = phrases(lex.get("described_base_nouns", ()))
        self.control_nouns = s("designating_control_nouns")
        self.nation_control_nouns = s("nation_control_nouns")      # "to Iraqi control", "into Afghan hands"
        self.held_under = s("held_under_words")                    # "stay under Iraqi control": who holds
        self.held_object_verbs = s("held_object_verbs")            # "kept the ports under Iraqi control"
        self.command_acts = s("command_acting_verbs")
        self.event_adjectives = s("event_adjectives")
        self.rel_before = s("relative_date_before")
        self.plural_quant = {low_of(k): v for k, v in lex.get("plural_base_quantifiers", {}).items()}
        self.modal = s("modal_words")
        self.negations = s("negations")
        self.denial_verbs = s("denial_verbs")
        self.hearsay = s("hearsay_nouns")
        self.irrealis_nouns = s("irrealis_nouns")
        self.adverbs = s("skippable_adverbs")
        self.be_aux = s("be_aux")
        self.aspect = s("aspect_verbs")
        self.subject_starts = s("subject_starts")
        self.clause_breaks = frozenset(lex.get("clause_breaks", ()))
        self.noun_governors = s("noun_trigger_governors")
        self.noun_past = phrases(lex.get("noun_trigger_past", ()))
        self.pronouns = dict(lex.get("pronouns", {}))
        self.verbs: dict[str, list[dict]] = {}
        for spec in lex["handover_verbs"]:
            spec = dict(spec)
            spec["_objects"] = [phrase(o) for o in spec.get("objects", ())]
            for f in spec["forms"]:
                self.verbs.setdefault(low_of(f), []).append(spec)
        self.nouns: dict[str, dict] = {}
        for spec in lex["handover_nouns"]:
            for f in spec["forms"]:
                self.nouns[low_of(f)] = spec
        self.trigger_words = frozenset(self.verbs) | frozenset(self.nouns)
        self.function_words = frozenset({
            "the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "with", "to", "and", "or", "but",
            "as", "that", "this", "these", "those", "its", "their", "his", "her", "our", "which", "who"})

    def words(self, key: str) -> frozenset[str]:
        """A flat word list of the lexicon as a set, built once: the rules look words up in it
        token by token."""
        got = self._word_sets.get(key)
        if got is None:
            got = self._word_sets[key] = frozenset(self.raw.get(key, ()))
        return got
