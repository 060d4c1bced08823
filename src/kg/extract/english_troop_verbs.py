"""What a troop figure's own verb says: soldiers leaving (``the last 60 marines departed``,
``200 soldiers slipped out``), holding a place (``still had 500 airmen``, ``were stationed``), or
arriving and taking a base (``when 100 troops arrived``), read for :mod:`.english_numbers`; the
verbs of leaving and taking are the handover lexicon's, in all their forms."""
from __future__ import annotations

from ..model import Quantity
from .english_names import Lexicon
from .english_text import Sentence

# verbs of a garrison's stay at a place
STATUS = frozenset({"stationed", "deployed", "based", "present", "serving", "remained", "remain", "remaining",
                    "posted", "garrisoned", "positioned", "assigned", "housed", "hosted", "stayed", "stay", "stays",
                    "staying", "served", "serve", "serves"})
BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def flown_out(s: Sentence) -> bool:
    """``the last of them flew out on Friday``: a sentence that tells soldiers leaving by air or road."""
    toks = s.toks
    return any(t.low in FLOWN_OUT and k + 1 < len(toks) and toks[k + 1].low == "out" for k, t in enumerate(toks))


def holder_before(toks, k: int, lex: Lexicon, window: int = 3) -> bool:
    """``still had some 500 airmen``, ``with only 300 troops``, ``there are 90 soldiers``: a verb of
    having (or an existential ``there``) in the ``window`` words before the figure at ``k`` makes
    it a strength someone holds."""
    before = toks[max(0, k - window):k]
    holders = lex.raw.get("troop_holding_verbs", ())
    return any(t.low in holders or t.low == "there" for t in before)


def governed(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """``the final 60 marines departed`` / ``pulled out 250 soldiers`` / ``90 soldiers, who had
    guarded the gate, went home``: a withdrawal verb governs the figure."""
    toks = s.toks
    n = len(toks)
    k = next((t.i for t in toks if t.start >= q.span.start), None)
    if k is None:
        return False
    if any(t.low in lex.troop_governors for t in toks[max(0, k - 3):k]):
        return True
    holder = holder_before(toks, k, lex)
    j, seen, reach = k, 0, 8
    while j < n and seen < reach:
        t = toks[j]
        if (t.low in ("who", "which") or t.low in STATUS) and seen <= 4:
            # "800 soldiers who had lived at the complex have moved to …", "350 soldiers stationed
            # at the camp had driven to …": the figure's own verb comes after the clause on them
            reach = 16
        if t.low == "left" and holder and j > k:
            j += 1                              # "now has 12,000 soldiers left": those who remain
            seen += 1
            continue
        if t.text == ",":
            # past an aside about the soldiers (", who had trained …,", ", part of a task group,")
            # when the sentence goes on with their verb
            close = next((x for x in range(j + 2, min(n, j + 25)) if toks[x].text == ","), None)
            if close is None or close + 1 >= n or not toks[close + 1].word or toks[close + 1].cap:
                return False
            j = close + 1
            continue
        if t.text in ";:" or t.low in ("while", "whereas"):
            return False
        if t.low == "left" and j > k and toks[j - 1].low in BE:
            j += 1                              # "4,000 troops were left in the country": those who stay
            seen += 1
            continue
        if t.low in lex.troop_governors or leaving_verb(toks, j, lex):
            return True
        if t.low in HOMEWARD:
            h = j + 1
            if h < n and toks[h].low in lex.raw.get("compass_directions", ()):
                h += 1                           # "drove south to Kuwait"
            if h < n and (toks[h].low == "home" or (
                    toks[h].low == "to" and h + 1 < n and (toks[h + 1].cap or (
                        toks[h + 1].low == "the" and h + 2 < n and toks[h + 2].cap)))):
                return True                      # "flew home", "returned to Denmark", "… to the Netherlands"
        if t.low in FLOWN_OUT and j + 1 < n and toks[j + 1].low == "out":
            return True                          # "the last of 90 marines were flown out by plane"
        j += 1
        seen += 1
    return False


def leaving_verb(toks, j: int, lex: Lexicon) -> bool:
    """A verb of leaving a place in any form, with its particle (``slipped out``, ``moving out``,
    ``abandoned``, ``evacuating``): the handover lexicon's leaving verbs, not those of closing a
    base (``closed``, ``dismantled``), which soldiers do not do to themselves."""
    for spec in lex.verbs.get(toks[j].low, ()):
        if spec.get("role") != "leave" or spec.get("needs_base_object") or spec.get("objects"):
            continue
        parts = spec.get("particles", ())
        if not spec.get("particle_required") or (j + 1 < len(toks) and toks[j + 1].low in parts):
            return True
    return False


def arrived(s: Sentence, q: Quantity, lex: Lexicon) -> bool:
    """``when about 100 troops arrived``, ``200 soldiers took over the camp``: the figure's own verb
    tells soldiers coming or taking a base, so they are the receiver's, not those who left."""
    toks = s.toks
    k = next((t.i for t in toks if t.start >= q.span.end), None)
    if k is None:
        return False
    arrivals = lex.raw.get("arrival_verbs", ())
    for j in range(k, min(len(toks), k + 8)):
        t = toks[j]
        if not t.word or t.low in ("who", "which", "while", "whereas", "and", "but"):
            return False
        if t.low in lex.troop_governors or leaving_verb(toks, j, lex):
            return False
        if t.low in arrivals or taking_verb(toks, j, lex):
            return True
    return False


def taking_verb(toks, j: int, lex: Lexicon) -> bool:
    """A verb of taking a base in any form, with its particle or object words (``took over``,
    ``moved into``, ``took control of``), not the same verb in another sense (``took part in``)."""
    nxt = [t.low for t in toks[j + 1:j + 4]]
    for spec in lex.verbs.get(toks[j].low, ()):
        if spec.get("role") != "take" or spec.get("control_phrase"):
            continue                            # ("came under X control" takes a base as its subject, not soldiers)
        if spec.get("particle_required") and not (nxt[:1] and nxt[0] in spec.get("particles", ())):
            continue
        objects = spec.get("_objects", ())
        if objects and not any(tuple(nxt[:len(o)]) == tuple(o) for o in objects):
            continue
        return True
    return False


FLOWN_OUT = frozenset({"flew", "flown", "fly", "airlifted", "ferried", "shipped", "trucked", "bused", "bussed"})
HOMEWARD = frozenset({"returned", "return", "returning", "flew", "fly", "flown", "went", "gone", "headed",
                       "sailed", "travelled", "traveled", "came", "sent", "shipped", "rotated", "redeployed",
                       "drove", "driven", "moved", "relocated", "marched", "crossed"})
