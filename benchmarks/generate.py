#!/usr/bin/env python3
"""A synthetic corpus of Arabic and English handover news, from our own templates.

    .venv/bin/python benchmarks/generate.py 1000 benchmarks/work/corpus-1000 [--seed 9]

Every sentence is built here from templates written for this benchmark (never taken from
``../shared/corpus/``): handovers with their triggers in many forms (سلّم، تسلّمت، وانسحبت،
بتسليم ... / handed over, turned over, pulled out of, the withdrawal from ...), statements in
several quote styles (“…”, "…", «…», ‘…’, reported speech), dates in several forms (29 March
2020, March 29, 2020, 2020-03-29, ٢٩ آذار ٢٠٢٠, الأحد 29 آذار (مارس) 2020 ...), numbers in
digits and in words, filler paragraphs and page furniture (Read more, © lines, captions).
Bases, forces, places and persons come from the gazetteer (:func:`kg.extract.gazetteer.load_gazetteer`),
dates and numbers from a seeded random generator: the same seed gives the same bytes.
Articles are 2-4 KB of UTF-8; half Arabic, half English. Files go to ``OUT/NNN/`` folders of
1,000 (``000123-ar.txt``).
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

PER_FOLDER = 1000
MIN_BYTES, MAX_BYTES = 2048, 4096
FIRST_DAY, LAST_DAY = date(2014, 1, 1), date(2025, 12, 31)

# --- names outside the gazetteer: a bounded pool of spokespeople (as a real corpus has) ----------

_FIRST = [("John", "جون"), ("Michael", "مايكل"), ("David", "ديفيد"), ("Robert", "روبرت"), ("James", "جيمس"),
          ("Thomas", "توماس"), ("Daniel", "دانيال"), ("Peter", "بيتر"), ("Paul", "بول"), ("Mark", "مارك"),
          ("Ahmed", "أحمد"), ("Khalid", "خالد"), ("Omar", "عمر"), ("Hassan", "حسن"), ("Ali", "علي"),
          ("Youssef", "يوسف"), ("Ibrahim", "إبراهيم"), ("Mahmoud", "محمود"), ("Saad", "سعد"), ("Tariq", "طارق")]
_LAST = [("Miller", "ميلر"), ("Walker", "ووكر"), ("Turner", "تيرنر"), ("Collins", "كولينز"), ("Hughes", "هيوز"),
         ("Parker", "باركر"), ("Morgan", "مورغان"), ("Foster", "فوستر"), ("Bennett", "بينيت"), ("Graham", "غراهام"),
         ("al-Jubouri", "الجبوري"), ("al-Obeidi", "العبيدي"), ("al-Dulaimi", "الدليمي"), ("Rasheed", "رشيد"),
         ("al-Hashimi", "الهاشمي"), ("Mansour", "منصور"), ("Haddad", "حداد"), ("Saleh", "صالح"),
         ("al-Tamimi", "التميمي"), ("Qasim", "قاسم")]
_RANKS = [("Brig. Gen.", "العميد"), ("Maj. Gen.", "اللواء"), ("Col.", "العقيد"), ("Lt. Col.", "المقدم"),
          ("General", "الفريق"), ("Major", "الرائد"), ("Captain", "النقيب")]
_ROLES_EN = ["a spokesman for the {force}", "the commander of the {force}", "a senior officer in the {force}",
             "the spokesperson of the {force}", "deputy commander of the {force}"]
_ROLES_AR = ["المتحدث باسم {force}", "قائد {force}", "أحد قادة {force}", "الناطق باسم {force}",
             "نائب قائد {force}"]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_EN_SHORT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MONTHS_AR_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                    "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MONTHS_AR_EGYPT = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                   "نوفمبر", "ديسمبر"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

_EN_HUNDREDS = {100: "one hundred", 200: "two hundred", 300: "three hundred", 400: "four hundred",
                500: "five hundred", 600: "six hundred", 700: "seven hundred", 800: "eight hundred",
                900: "nine hundred", 1000: "a thousand", 2000: "two thousand", 3000: "three thousand"}
_AR_HUNDREDS = {100: "مئة", 200: "مئتي", 300: "ثلاثمئة", 400: "أربعمئة", 500: "خمسمئة", 600: "ستمئة",
                700: "سبعمئة", 800: "ثمانمئة", 900: "تسعمئة", 1000: "ألف", 2000: "ألفي", 3000: "ثلاثة آلاف"}


@dataclass
class Cast:
    """What one article is about: drawn at random from the gazetteer."""

    base: object
    giver: object
    receiver: object
    place: object | None
    speaker: tuple[str, str, str]          # (rank, name, role) in the article's language
    other_base: object
    other_giver: object
    other_receiver: object
    day: date
    published: date
    troops: int
    money: float


class Generator:
    """``invented_persons=False`` draws every speaker from the gazetteer (whose keys make the same
    IRI wherever an article is resolved: the shard test uses that)."""

    def __init__(self, seed: int = 9, invented_persons: bool = True):
        self.invented_persons = invented_persons
        from kg.extract.gazetteer import load_gazetteer
        from kg.model import Kind

        gaz = load_gazetteer()
        self.rng = random.Random(seed)
        entries = sorted(gaz.entries.values(), key=lambda e: e.id)
        self.bases = [e for e in entries if e.kind is Kind.BASE and e.labels.get("en") and e.labels.get("ar")]
        forces = [e for e in entries if e.kind is Kind.FORCE and e.labels.get("en") and e.labels.get("ar")]
        # givers: foreign and coalition forces; receivers: national forces (both drawn from all)
        self.givers = [f for f in forces if f.country in (None, "US", "FR", "GB", "TR", "RU", "DE", "IT", "AU", "CA")]
        self.receivers = [f for f in forces if f not in self.givers] or forces
        self.places = {e.key: e for e in entries if e.kind is Kind.PLACE}
        self.all_places = [e for e in entries if e.kind is Kind.PLACE and e.labels.get("en") and e.labels.get("ar")]
        self.persons = [e for e in entries if e.kind is Kind.PERSON and e.labels.get("en") and e.labels.get("ar")]
        rng = random.Random(seed + 1)
        self.invented = sorted({(rng.randrange(len(_FIRST)), rng.randrange(len(_LAST)), rng.randrange(len(_RANKS)))
                                for _ in range(300)})

    # -- names --------------------------------------------------------------------------------------
    def name(self, entry, lang: str, short_ok: bool = False) -> str:
        pool = [entry.labels[lang]] + [n for n, lg in entry.names if lg == lang and len(n) < 60]
        if short_ok and entry.short_names:
            pool += [n for n, lg in entry.short_names if lg == lang]
        return self.rng.choice(pool)

    def speaker(self, lang: str, force) -> tuple[str, str, str]:
        i = 0 if lang == "en" else 1
        force_name = self.name(force, lang)
        if self.rng.random() < 0.3 or not self.invented_persons:
            p = self.rng.choice(self.persons)
            rank = self.rng.choice(_RANKS)[i]
            return rank, p.labels[lang], self.rng.choice(_ROLES_EN if lang == "en" else _ROLES_AR).format(force=force_name)
        f, l, r = self.rng.choice(self.invented)
        name = f"{_FIRST[f][i]} {_LAST[l][i]}"
        return _RANKS[r][i], name, self.rng.choice(_ROLES_EN if lang == "en" else _ROLES_AR).format(force=force_name)

    def cast(self, lang: str) -> Cast:
        rng = self.rng
        day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        published = day + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3]))
        base = rng.choice(self.bases)
        giver, receiver = rng.choice(self.givers), rng.choice(self.receivers)
        place = self.places.get(base.located_in) if base.located_in else None
        troops = rng.choice([rng.randrange(50, 1000, 10), rng.randrange(100, 3000, 100), rng.choice(list(_EN_HUNDREDS))])
        money = rng.choice([round(rng.uniform(0.2, 9.9), 1), rng.randrange(1, 500)])
        return Cast(base, giver, receiver, place, self.speaker(lang, giver), rng.choice(self.bases),
                    rng.choice(self.givers), rng.choice(self.receivers), day, published, troops, money)

    # -- values -------------------------------------------------------------------------------------
    def date_en(self, d: date, with_year: bool = True) -> str:
        forms = [f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                 f"{MONTHS_EN_SHORT[d.month - 1]} {d.day}, {d.year}", f"{WEEKDAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
                 f"{d.isoformat()}"]
        if not with_year:
            forms = [f"{WEEKDAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}", f"{MONTHS_EN[d.month - 1]} {d.day}"]
        return self.rng.choice(forms)

    def date_ar(self, d: date, with_year: bool = True) -> str:
        lev, egy = MONTHS_AR_LEVANT[d.month - 1], MONTHS_AR_EGYPT[d.month - 1]
        forms = [f"{d.day} {lev} {d.year}", f"{d.day} {egy} {d.year}", f"{d.day} {egy}/{lev} {d.year}",
                 f"{WEEKDAYS_AR[d.weekday()]} {d.day} {lev} ({egy}) {d.year}",
                 f"{d.day} {egy} {d.year}".translate(ARABIC_DIGITS), f"{d.year}/{d.month}/{d.day}"]
        if not with_year:
            forms = [f"{WEEKDAYS_AR[d.weekday()]} {d.day} {lev}", f"{d.day} {egy} الجاري"]
        return self.rng.choice(forms)

    def troops_en(self, n: int) -> str:
        q = self.rng.choice(["", "about ", "some ", "more than ", "nearly ", "around ", "at least "])
        if n in _EN_HUNDREDS and self.rng.random() < 0.5:
            return f"{q}{_EN_HUNDREDS[n]}"
        return f"{q}{n:,}"

    def troops_ar(self, n: int) -> str:
        q = self.rng.choice(["", "نحو ", "حوالي ", "أكثر من ", "قرابة ", "ما يقارب "])
        if n in _AR_HUNDREDS and self.rng.random() < 0.5:
            return f"{q}{_AR_HUNDREDS[n]}"
        digits = str(n)
        return q + (digits.translate(ARABIC_DIGITS) if self.rng.random() < 0.2 else digits)

    def money_en(self, v: float) -> str:
        if isinstance(v, float):
            return self.rng.choice([f"${v} million", f"{v} million dollars", f"US${v} million"])
        return self.rng.choice([f"${v},000", f"{v} thousand dollars"])

    def money_ar(self, v: float) -> str:
        if isinstance(v, float):
            return self.rng.choice([f"{v} مليون دولار", f"{v} مليون دولار أمريكي"])
        return f"{v} ألف دولار"

    # -- articles -----------------------------------------------------------------------------------
    def article(self, lang: str) -> str:
        c = self.cast(lang)
        target = self.rng.randrange(MIN_BYTES, MAX_BYTES - 400)
        head, lead, *rest = (self._english if lang == "en" else self._arabic)(c)
        fillers = list(EN_FILLER if lang == "en" else AR_FILLER)
        self.rng.shuffle(fillers)
        furniture = self.rng.choice(EN_FURNITURE if lang == "en" else AR_FURNITURE).format(year=c.published.year)
        body = [lead] + rest

        def size() -> int:
            return len("\n\n".join([head, *body, furniture]).encode())

        while size() < target and fillers:            # filler paragraphs anywhere after the lead
            body.insert(self.rng.randrange(1, len(body) + 1), self._fill(fillers.pop(), lang, c))
        return "\n\n".join([head, *body, furniture]) + "\n"

    def _fill(self, template: str, lang: str, c: Cast) -> str:
        n = self.name
        return template.format(
            place=n(self.rng.choice(self.all_places), lang), place2=n(self.rng.choice(self.all_places), lang),
            base2=n(c.other_base, lang), force2=n(c.other_receiver, lang),
            year=c.published.year, n=self.rng.randrange(2, 40))

    def _slots(self, c: Cast, lang: str, near: str) -> dict[str, str]:
        """The names, dates and numbers an article's templates are filled with (``near``: how
        the language says "near PLACE")."""
        r, n = self.rng, self.name
        date_, troops, money = (self.date_en, self.troops_en, self.money_en) if lang == "en" else \
            (self.date_ar, self.troops_ar, self.money_ar)
        base, short = n(c.base, lang), n(c.base, lang, short_ok=True)
        giver, receiver = n(c.giver, lang), n(c.receiver, lang)
        where = near.format(n(c.place, lang)) if c.place and r.random() < 0.5 else ""
        return dict(base=base, short=short, giver=giver, receiver=receiver, where=where,
                    date=date_(c.day), day=date_(c.day, with_year=False),
                    troops=troops(c.troops), money=money(c.money),
                    base2=n(c.other_base, lang), giver2=n(c.other_giver, lang), receiver2=n(c.other_receiver, lang),
                    date2=date_(c.day - timedelta(days=r.randrange(20, 400))))

    def _english(self, c: Cast) -> list[str]:
        r, n = self.rng, self.name
        fmt = self._slots(c, "en", ", near {}")
        rank, person, role = c.speaker
        quote = r.choice(EN_QUOTES).format(**fmt)
        dateline_place = n(c.place, "en").split(",")[0].upper() if c.place else "BAGHDAD"
        head = r.choice(EN_HEADLINES).format(**fmt)
        lead = f"{dateline_place}, {self.date_en(c.published)} ({r.choice(EN_AGENCIES)}) - " + r.choice(EN_HANDOVER).format(**fmt)
        statement = r.choice(EN_STATEMENTS).format(quote=quote, rank=rank, person=person, role=role,
                                                    surname=person.split()[-1], **fmt)
        statement2 = r.choice(EN_STATEMENTS2).format(quote=r.choice(EN_QUOTES).format(**fmt),
                                                     surname=person.split()[-1], **fmt)
        more = r.sample(EN_DETAILS, r.choice([1, 2])) + r.sample(EN_BACKGROUND, r.choice([1, 2]))
        more = [m.format(**fmt) for m in more] + [statement]
        r.shuffle(more)
        return [head, lead] + more + [statement2]

    def _arabic(self, c: Cast) -> list[str]:
        r, n = self.rng, self.name
        fmt = self._slots(c, "ar", " في {}")
        rank, person, role = c.speaker
        quote = r.choice(AR_QUOTES).format(**fmt)
        city = n(c.place, "ar") if c.place else "بغداد"
        head = r.choice(AR_HEADLINES).format(**fmt)
        lead = f"{city} - {r.choice(AR_AGENCIES)} - {self.date_ar(c.published)}: " + r.choice(AR_HANDOVER).format(**fmt)
        statement = r.choice(AR_STATEMENTS).format(quote=quote, rank=rank, person=person, role=role, **fmt)
        statement2 = r.choice(AR_STATEMENTS2).format(quote=r.choice(AR_QUOTES).format(**fmt), **fmt)
        more = r.sample(AR_DETAILS, r.choice([1, 2])) + r.sample(AR_BACKGROUND, r.choice([1, 2]))
        more = [m.format(**fmt) for m in more] + [statement]
        r.shuffle(more)
        return [head, lead] + more + [statement2]

    def articles(self, n: int) -> Iterator[tuple[str, str]]:
        """``(relative path, text)`` for n articles, half in each language."""
        for i in range(n):
            lang = "ar" if self.rng.random() < 0.5 else "en"
            yield f"{i // PER_FOLDER:03d}/{i:06d}-{lang}.txt", self.article(lang)


# --- templates: English ------------------------------------------------------------------------------

EN_AGENCIES = ["Newswire", "Staff report", "Wire services", "Our correspondent", "Agencies"]
EN_HEADLINES = [
    "{giver} hand over {base} to {receiver}",
    "{receiver} take control of {base}",
    "{giver} leave {short} after years of deployment",
    "Handover of {base} completed",
    "{giver} pull out of {base}",
    "Troops withdraw from {short} as drawdown continues",
    "{base} transferred to {receiver}",
]
EN_HANDOVER = [
    "{giver} handed over {base}{where} to {receiver} on {date}, officials said.",
    "{giver} formally handed {base}{where} over to {receiver} on {date}.",
    "{giver} transferred control of {base}{where} to {receiver} on {day}, according to a statement.",
    "{giver} turned over {base}{where} to {receiver} on {date}, the military said.",
    "On {date}, {giver} withdrew from {base}{where}, leaving it to {receiver}.",
    "{receiver} took over {base}{where} on {date} after {giver} pulled out.",
    "{receiver} assumed control of {base}{where} on {date}, a day after the last convoy of {giver} left.",
    "{giver} completed the handover of {base} to {receiver} on {date}.",
    "The withdrawal of {giver} from {base}{where} was completed on {date}, officials said.",
    "{giver} vacated {base}{where} on {date} and handed the site to {receiver}.",
    "{receiver} received {base} from {giver} on {date} in a ceremony attended by senior officers.",
    "{giver} have left {base}{where}, which was handed to {receiver} on {date}.",
]
EN_DETAILS = [
    "{Troops} troops and contractors departed {short}, and the departing forces left behind equipment worth {money}.",
    "The departing soldiers left behind equipment worth {money}, including generators, vehicles and prefabricated housing.",
    "{troops} soldiers were withdrawn from the base in the days before the ceremony.",
    "The handover included equipment worth {money}, the statement said, and {troops} personnel were moved to other sites.",
    "Officials said {troops} troops had been stationed at {short} at the height of the mission.",
    "Equipment valued at {money} was transferred together with the base.",
]
EN_BACKGROUND = [
    "Earlier, {giver2} handed over {base2} to {receiver2} on {date2}.",
    "The move follows the transfer of {base2} to {receiver2} on {date2}.",
    "{base2} was handed to {receiver2} on {date2}, in the first phase of the drawdown.",
    "In a separate development, {giver2} withdrew from {base2} on {date2}.",
    "The coalition has reduced its presence in the country over the past two years, closing or transferring several sites.",
    "Analysts said the handover reflects a broader shift in how foreign forces support their partners in the region.",
]
EN_QUOTES = [
    "{receiver} are ready to secure this area on their own",
    "this transfer shows the progress our partners have made",
    "we will continue to support {receiver} from a distance",
    "the handover of {short} marks a new phase of our partnership",
    "our mission here is complete and the base is in capable hands",
    "the base will remain a hub for training and logistics",
]
EN_STATEMENTS = [
    "\"{Quote},\" said {rank} {person}, {role}.",
    "“{Quote},” {rank} {person}, {role}, told reporters.",
    "{rank} {person}, {role}, said that {quote}.",
    "‘{Quote},’ said {person}, {role}.",
    "In a statement, {rank} {person} said: \"{Quote}.\"",
    "According to {rank} {person}, {role}, {quote}.",
]
EN_STATEMENTS2 = [
    "\"{Quote},\" {surname} added.",
    "{surname} also said that {quote}.",
    "“{Quote},” the statement said.",
    "A spokesman for {receiver} said {quote}.",
]
EN_FILLER = [
    "Security in the province has improved in recent months, although small attacks on convoys and checkpoints continue, local officials said.",
    "Residents of {place} said traffic on the main road had returned to normal after weeks of restrictions imposed during the redeployment.",
    "The government has promised to invest in reconstruction projects in {place} and {place2}, where schools and clinics were damaged in earlier fighting.",
    "Lawmakers have debated the future of foreign troops in the country for several years, and a parliamentary committee is expected to publish its report in {year}.",
    "The ministry said training programmes for officers would continue at other sites, including {base2}, under a bilateral agreement.",
    "Aid groups warned that the humanitarian situation in {place} remains difficult, with thousands of families still living in camps.",
    "Officials in {place2} said local forces had carried out {n} operations in the surrounding villages in the past month.",
    "The base was built in the early years of the campaign and at its peak hosted aircraft, helicopters and a field hospital.",
    "Diplomats said the timetable for the remaining sites would be discussed at a meeting of the joint committee later in {year}.",
    "Local media reported that a delegation from {force2} toured the facilities before the ceremony and inspected the runway and the stores.",
    "Economists say the withdrawal will affect hundreds of local workers who were employed as cooks, drivers and interpreters on the base.",
    "Weather conditions delayed several flights out of the area, according to a logistics officer speaking on condition that his name be withheld.",
    "The region has seen a series of handovers since the start of the drawdown, with responsibility passing gradually to national units.",
]
EN_FURNITURE = [
    "Read more: Timeline of the withdrawal\nShare this article",
    "© {year} Newswire. All rights reserved.",
    "Photo: Soldiers load equipment onto trucks (File photo)\nRelated articles",
    "Subscribe to our newsletter\nBack to top",
]

# --- templates: Arabic -------------------------------------------------------------------------------

AR_AGENCIES = ["وكالات", "مراسلنا", "خاص", "الوكالة الوطنية"]
AR_HEADLINES = [
    "{giver} تسلم {base} إلى {receiver}",
    "{receiver} تتسلم {base}",
    "انسحاب {giver} من {base}",
    "{giver} تغادر {short}",
    "تسليم {base} إلى {receiver}",
    "{receiver} تستلم {short} رسميا",
]
AR_HANDOVER = [
    "سلّمت {giver} يوم {date} {base}{where} إلى {receiver}، بحسب بيان رسمي.",
    "أعلنت {giver} في بيان يوم {date} أنها سلمت {base}{where} إلى {receiver}.",
    "تسلمت {receiver} يوم {date} {base}{where} من {giver}، في مراسم حضرها عدد من القادة.",
    "استلمت {receiver} {base}{where} من {giver} يوم {date}.",
    "انسحبت {giver} يوم {date} من {base}{where}، وسلمتها إلى {receiver}.",
    "غادرت {giver} {base}{where} يوم {date}، بعد سنوات من الانتشار فيها.",
    "أخلت {giver} {base}{where} يوم {date} وسلمتها إلى {receiver}.",
    "تم يوم {date} تسليم {base}{where} إلى {receiver} بعد انسحاب {giver} منها.",
    "وأكمل {giver} يوم {date} انسحابه من {base}{where}، وتسلمتها {receiver}.",
    "قامت {giver} يوم {date} بتسليم {base}{where} إلى {receiver}.",
]
AR_DETAILS = [
    "وأوضح البيان أن {troops} جندي ومتعاقد غادروا القاعدة، وأن القوات المنسحبة تركت معدات تقدر قيمتها بـ{money}.",
    "وتركت القوات المنسحبة معدات بقيمة {money}، تشمل مولدات وآليات ومباني جاهزة.",
    "وغادر {troops} جندي {short} خلال الأيام التي سبقت المراسم.",
    "وشملت عملية التسليم معدات قيمتها {money}، فيما نقل {troops} عنصر إلى مواقع أخرى.",
    "وكان {troops} جندي يتمركزون في {short} في ذروة المهمة.",
]
AR_BACKGROUND = [
    "وكانت {giver2} قد سلمت {base2} إلى {receiver2} يوم {date2}.",
    "وتأتي هذه الخطوة بعد تسليم {base2} إلى {receiver2} في {date2}.",
    "وفي تطور منفصل، انسحبت {giver2} من {base2} في {date2}.",
    "وقلّص التحالف وجوده في البلاد خلال العامين الماضيين، وأغلق أو سلّم عددا من المواقع.",
    "ويرى محللون أن عمليات التسليم تعكس تحولا في طريقة دعم القوات الأجنبية لشركائها في المنطقة.",
]
AR_QUOTES = [
    "{receiver} قادرة على حماية هذه المنطقة بمفردها",
    "عملية التسليم تمثل مرحلة جديدة من الشراكة",
    "سنواصل دعم {receiver} في مجالات التدريب والاستشارة",
    "القاعدة أصبحت اليوم في أيد أمينة",
    "مهمتنا هنا انتهت وسنبقى شركاء",
]
AR_STATEMENTS = [
    "وقال {rank} {person}، {role}، إن \"{quote}\".",
    "وأكد {rank} {person}، {role}، أن «{quote}».",
    "وقال {rank} {person} في تصريح صحفي: “{quote}”.",
    "وأوضح {role} {rank} {person} أن {quote}.",
    "وأشار {rank} {person}، {role}، إلى أن «{quote}»، مضيفا أن العمل سيستمر.",
]
AR_STATEMENTS2 = [
    "وأضاف البيان أن \"{quote}\".",
    "وذكر مصدر أمني أن {quote}.",
    "من جهته، قال متحدث باسم {receiver} إن «{quote}».",
]
AR_FILLER = [
    "وشهدت المحافظة تحسنا في الوضع الأمني خلال الأشهر الماضية، رغم استمرار هجمات متفرقة على القوافل ونقاط التفتيش، وفق مسؤولين محليين.",
    "وقال سكان في {place} إن حركة السير على الطريق الرئيسي عادت إلى طبيعتها بعد أسابيع من القيود التي فرضت خلال إعادة الانتشار.",
    "ووعدت الحكومة بتنفيذ مشاريع إعمار في {place} و{place2}، حيث تضررت مدارس ومراكز صحية خلال المعارك السابقة.",
    "ويناقش البرلمان منذ سنوات مستقبل القوات الأجنبية في البلاد، ومن المنتظر أن تنشر لجنة نيابية تقريرها خلال عام {year}.",
    "وقالت الوزارة إن برامج تدريب الضباط ستستمر في مواقع أخرى، منها {base2}، بموجب اتفاق ثنائي.",
    "وحذرت منظمات إغاثة من أن الوضع الإنساني في {place} لا يزال صعبا، مع بقاء آلاف العائلات في المخيمات.",
    "وأفاد مسؤولون في {place2} بأن القوات المحلية نفذت {n} عملية في القرى المحيطة خلال الشهر الماضي.",
    "وبنيت القاعدة في السنوات الأولى من الحملة، واستضافت في ذروتها طائرات ومروحيات ومستشفى ميدانيا.",
    "وذكرت وسائل إعلام محلية أن وفدا من {force2} زار المرافق قبل المراسم واطلع على المدرج والمخازن.",
    "ويقول اقتصاديون إن الانسحاب سيؤثر على مئات العمال المحليين الذين عملوا طهاة وسائقين ومترجمين في القاعدة.",
    "وأدت الأحوال الجوية إلى تأخير عدد من الرحلات من المنطقة، بحسب ضابط في الإمداد طلب عدم ذكر اسمه.",
    "وشهدت المنطقة سلسلة من عمليات التسليم منذ بدء تقليص القوات، مع انتقال المسؤولية تدريجيا إلى الوحدات الوطنية.",
]
AR_FURNITURE = [
    "اقرأ أيضا: تسلسل زمني لانسحاب القوات\nشارك",
    "جميع الحقوق محفوظة © {year}",
    "تابعونا على مواقع التواصل الاجتماعي",
    "اقرأ المزيد\nالأكثر قراءة",
]


def _fix_capitals() -> None:
    """``{Quote}`` in an English template is ``{quote}`` with its first letter in upper case."""
    import string

    class Formatter(string.Formatter):
        def get_value(self, key, args, kwargs):
            if isinstance(key, str) and key[:1].isupper() and key.lower() in kwargs:
                value = str(kwargs[key.lower()])
                return value[:1].upper() + value[1:]
            return super().get_value(key, args, kwargs)

    fmt = Formatter()
    for name in ("EN_STATEMENTS", "EN_STATEMENTS2", "EN_DETAILS"):
        globals()[name] = [_Template(t, fmt) for t in globals()[name]]


class _Template(str):
    def __new__(cls, text, formatter):
        obj = super().__new__(cls, text)
        obj._formatter = formatter
        return obj

    def format(self, *args, **kwargs):
        return self._formatter.format(str(self), *args, **kwargs)


_fix_capitals()


def write(n: int, out: str | Path, seed: int = 9, invented_persons: bool = True) -> Path:
    """Write n articles under ``out`` (folders of 1,000); returns ``out``. Existing files are
    overwritten; a corpus already complete for this n and seed (``out/.done``) is kept."""
    out = Path(out)
    stamp = out / ".done"
    tag = f"{n} {seed}" + ("" if invented_persons else " gazetteer-persons")
    if stamp.exists() and stamp.read_text().strip() == tag:
        return out
    out.mkdir(parents=True, exist_ok=True)
    made: set[Path] = set()
    for rel, text in Generator(seed, invented_persons).articles(n):
        path = out / rel
        if path.parent not in made:
            path.parent.mkdir(exist_ok=True)
            made.add(path.parent)
        path.write_text(text, encoding="utf-8")
    stamp.write_text(tag + "\n")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", help="output folder")
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args(argv)
    write(args.n, args.out, args.seed)
    print(f"{args.n} articles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
