"""Arabic persons: where a name ends, on sentences written for these tests (no sentence is taken
from an article; the names are made up). A name ends before the next party joined by و (وممثلون،
ومسؤولين), before a verbal noun that is the verb's object (نفى X وجود ...) and before a preposition
or adverb of time or manner (طوال، طيلة، شخصياً): none of them can be a name word."""
from __future__ import annotations

import pytest

from kg.model import Kind
from kg.normalise import fold

from support.ar_fixtures import extract  # noqa: F401  (extract is a fixture)


def _names(ex):
    return [fold(m.name or m.surface) for m in ex.mentions if m.kind is Kind.PERSON]


@pytest.mark.parametrize("text, name", [
    ("وحضر المراسم وزير الدفاع الليبي مراد الزنتاني وممثلون عن السفارات الأجنبية.", "مراد الزنتاني"),
    ("وحضر المراسم قائد المنطقة العسكرية العقيد فرج المهدوي ومتطوعون من الهلال الأحمر.", "فرج المهدوي"),
])
def test_name_ends_before_a_plural_participle_joined_by_waw(extract, text, name):
    ex = extract(text)
    assert fold(name) in _names(ex), _names(ex)


def test_foreign_surname_opening_with_waw_stays_in_the_name(extract):
    ex = extract("وقال السفير البريطاني جيمس واتسون إن الحفل \"جرى في أجواء ودية\".")
    assert fold("جيمس واتسون") in _names(ex), _names(ex)


@pytest.mark.parametrize("text, name", [
    ("في حين نفى محافظ البصرة فاضل جاسم الربيعي وجود أي نية لبيع أراضي المعسكر.", "فاضل جاسم الربيعي"),
    ("وأكد وزير الدفاع الليبي مراد الزنتاني قبول الحكومة بالجدول الزمني الجديد.", "مراد الزنتاني"),
])
def test_name_ends_before_a_verbal_noun_or_an_adverb(extract, text, name):
    ex = extract(text)
    assert fold(name) in _names(ex), _names(ex)


@pytest.mark.parametrize("text", [
    "وأشاد قائد الكتيبة الكورية طيلة فترة انتشارها بتعاون السكان.",
    "وأشاد رئيس البعثة طوال الأعوام الماضية بتعاون السكان.",
])
def test_time_preposition_after_a_role_is_no_name(extract, text):
    ex = extract(text)
    assert not _names(ex), _names(ex)


@pytest.mark.parametrize("adverb", ["حينها", "وقتها", "آنذاك"])
def test_a_time_adverb_after_a_name_is_no_part_of_it(extract, adverb):
    ex = extract(f"وقال وزير الدفاع الروريتاني جان بيير كوناتي {adverb} إن القوات ستغادر القاعدة.")
    assert [m.surface for m in ex.mentions if m.kind is Kind.PERSON] == ["جان بيير كوناتي"]



def test_a_mountain_named_marra_keeps_its_camp(extract):
    # مرة ("once") was briefly a no-name word; it is also Jebel Marra (review, 2026-11-22)
    ex = extract("انسحبت القوات الروريتانية من معسكر جبل مرة يوم الأحد.")
    assert [m.surface for m in ex.mentions if m.kind is Kind.BASE] == ["معسكر جبل مرة"]
    assert len(ex.handovers) == 1


# -- session 11 (persons and speakers): prepositions of time, roles through their place, acting
#    holders, a body in the role after لـ, the body or place named right before a rank ------------

def _speakers(ex, words: str):
    return [fold(s.speaker.name or s.speaker.surface) for s in ex.statements
            if s.speaker is not None and fold(words) in fold(s.quote)]


@pytest.mark.parametrize("text, name", [
    ("وقال العقيد سامي الورفلي قبيل بدء المراسم إن القوات \"ستغادر المعسكر\".", "سامي الورفلي"),
    ("وصرح اللواء ناصر العبيدي بعيد وصوله إلى المطار بأن \"الجنود بخير\".", "ناصر العبيدي"),
    ("ويقول الجنرال توماس بيكر عشية الانسحاب إن المهمة \"انتهت\".", "توماس بيكر"),
])
def test_a_preposition_of_time_ends_a_name(extract, text, name):
    """قبيل، بُعيد، عشية are prepositions of time, like قبل and بعد: never a name word."""
    ex = extract(text)
    assert _names(ex) == [fold(name)], _names(ex)


def test_a_preposition_of_time_after_the_verb_opens_no_name(extract):
    ex = extract("أما الرائد حمزة فقال قبيل إقلاع الطائرة إن الجنود \"أدوا واجبهم\".")
    assert not any(n.startswith("قبيل") for n in _names(ex)), _names(ex)


@pytest.mark.parametrize("text, name", [
    ("وقال السفير الألماني في عمّان توماس شتاينر إن الجنود \"سيغادرون الأسبوع المقبل\".", "توماس شتاينر"),
    ("وأكدت السفيرة الفرنسية لدى ليبيا ماري دوبون أن \"التعاون مستمر\".", "ماري دوبون"),
    ("ويقول السفير البريطاني في بغداد مارتن لونغمان إن القرار \"عراقي بحت\".", "مارتن لونغمان"),
])
def test_an_ambassador_is_named_after_the_place_of_his_post(extract, text, name):
    """سفير is a diplomatic rank and a role: when no name follows the rank at once, the role phrase
    runs on through its place (في X، لدى X) to the name; a word no list knows after في, then a
    given name, is the place."""
    ex = extract(text)
    assert _names(ex) == [fold(name)], _names(ex)
    assert _speakers(ex, "") == [fold(name)], _speakers(ex, "")


def test_an_ambassador_without_a_name_is_no_person(extract):
    ex = extract("وقال السفير الألماني في عمّان إن الجنود \"سيغادرون الأسبوع المقبل\".")
    assert not _names(ex), _names(ex)


@pytest.mark.parametrize("text, name", [
    ("وقال وزير الدفاع الروريتاني بالوكالة عبد الكريم الساعدي إن الوزارة \"تعد خطة للإجلاء\".",
     "عبد الكريم الساعدي"),
    ("وقالت وزيرة الخارجية بالنيابة هالة الشريف إن \"الخطة جاهزة\".", "هالة الشريف"),
    ("وأعلن رئيس الأركان المكلف فتحي البرعصي أن \"الجيش جاهز\".", "فتحي البرعصي"),
])
def test_an_acting_holder_is_named_after_the_role(extract, text, name):
    """بالوكالة، بالنيابة، بالإنابة، المكلف، المؤقت: an acting holder; بالوكالة is not "by the agency"."""
    ex = extract(text)
    assert _names(ex) == [fold(name)], _names(ex)


def test_a_news_agency_still_blocks_its_report(extract):
    ex = extract("ونقلت وكالة الأنباء الروريتانية أن القوات \"غادرت المعسكر\".")
    assert not _names(ex) and not _speakers(ex, "غادرت المعسكر"), (_names(ex), _speakers(ex, ""))


@pytest.mark.parametrize("text, name", [
    ("وقال الأمين العام لحلف الناتو ينس هولمبرغ إن \"الحلف سيغادر\".", "ينس هولمبرغ"),
    ("وقال المدير التنفيذي لبرنامج الأغذية العالمي ديفيد كارسون إن \"المساعدات ستصل\".", "ديفيد كارسون"),
])
def test_a_body_after_lam_in_a_role_is_not_the_name(extract, text, name):
    """لـ + a noun in construct with a definite genitive (لحلف الناتو، لبرنامج الأغذية) is the body
    the role belongs to: a name's first word takes no definite genitive."""
    ex = extract(text)
    assert _names(ex) == [fold(name)], _names(ex)


def test_a_first_name_opening_with_lam_stays_a_name(extract):
    ex = extract("وقال وزير الدفاع الأمريكي لويد كارتر إن \"القوات ستبقى\".")
    assert _names(ex) == [fold("لويد كارتر")], _names(ex)


@pytest.mark.parametrize("text, name, role", [
    ("وقال قائد القيادة الأمريكية في آسيا الأدميرال جون آكيلينو إن \"القوات غادرت\".", "جون آكيلينو",
     "قائد القيادة الأمريكية في آسيا"),
    ("وقال قائد قوة يونيفيل اللواء أرولدو لاثارو إن \"الموقع سلم للجيش\".", "أرولدو لاثارو",
     "قائد قوة يونيفيل"),
])
def test_a_place_or_body_named_right_before_a_rank_belongs_to_the_role(extract, text, name, role):
    """A word no list knows right before a rank (after في or a body's indefinite noun) names the
    role's place or body: the rank stands between it and the name. The holder, not the body,
    is the speaker."""
    ex = extract(text)
    people = [m for m in ex.mentions if m.kind is Kind.PERSON]
    assert [fold(m.name or m.surface) for m in people] == [fold(name)]
    assert fold(people[0].role) == fold(role), people[0].role
    assert _speakers(ex, "") == [fold(name)], _speakers(ex, "")


@pytest.mark.parametrize("text, name", [
    ("وأكد المتحدث باسم فيلق رعد 215 في الجيش الروريتاني، عبد الواحد قاسمي، أن القوات \"تسلمت المعسكر\".",
     "عبد الواحد قاسمي"),
    ("وقال قائد فرقة زولفيكار في القوات العراقية، العقيد حيدر الموسوي، إن \"الفرقة جاهزة\".", "حيدر الموسوي"),
])
def test_a_units_own_name_inside_a_role_is_not_the_holder(extract, text, name):
    """A unit's or a body's indefinite noun and the one word after it that no list knows or that a number follows (فيلق X 215)
    belong to the role: the name is the one set off by commas after it."""
    ex = extract(text)
    assert _names(ex) == [fold(name)], _names(ex)
    assert _speakers(ex, "") == [fold(name)], _speakers(ex, "")


@pytest.mark.parametrize("text, name", [
    ("وأعلنت الحكومة الإيطالية برئاسة ماتيو رينزي أن القوات \"ستعود قبل الصيف\".", "ماتيو رينزي"),
    ("ورحبت القوات العراقية بزعامة ريتشارد كولمان بالقرار.", "ريتشارد كولمان"),
])
def test_the_head_named_after_headed_by_is_a_person(extract, text, name):
    """برئاسة، بزعامة، بقيادة (and يرأسها، يقودها): the name after it is the body's head."""
    ex = extract(text)
    assert fold(name) in _names(ex), _names(ex)


def test_headed_by_is_no_object_of_an_announcing_verb(extract):
    """أعلنت الحكومة برئاسة X أن ...: the words are the clause after أن, not «برئاسة X»."""
    ex = extract("وأعلنت الحكومة الإيطالية برئاسة ماتيو رينزي أن القوات \"ستعود قبل الصيف\".")
    assert ex.statements and all(not fold(s.quote).startswith(fold("برئاسة")) for s in ex.statements), \
        [s.quote for s in ex.statements]


@pytest.mark.parametrize("filler", ["بدوره", "بدورها", "من جهته"])
def test_for_his_part_after_a_rank_is_no_name(extract, filler):
    """قال الجنرال بدوره: "for his part" is no name; the general named before is the speaker."""
    ex = extract(f"وقال الجنرال ماركو بيانكي إن المهمة \"انتهت\". وقال الجنرال {filler} إن القوات \"ستغادر قريبا\".")
    assert _names(ex) == [fold("ماركو بيانكي")] * len(_names(ex)), _names(ex)
    assert not any(fold(filler) in n for n in _names(ex)), _names(ex)


@pytest.mark.parametrize("noun", ["حديثه", "كلمته", "تصريحاته", "خطابه"])
def test_the_occasion_of_speaking_ends_a_name(extract, noun):
    """وختم X حديثه / كلمته بالقول: the speaker's talk, with its pronoun, is no surname."""
    ex = extract(f"وختم العقيد فرج الزاوي {noun} بالقول إن \"الجيش جاهز لتسلم القاعدة\".")
    assert _names(ex) == [fold("فرج الزاوي")], _names(ex)


def test_a_plural_noun_after_headed_by_is_no_person(extract):
    ex = extract("بعد سنوات من مواجهة التمرد الذي يتزعمه متطرفون موالون لتنظيم داعش في الشمال.")
    assert not _names(ex), _names(ex)


@pytest.mark.parametrize("text, name", [
    ("وقال ماركو بيانكي في مؤتمر صحفي إن القوات \"ستغادر القاعدة\".", "ماركو بيانكي"),
    ("وقال لوكا فيراري للصحفيين إن القوات \"ستغادر القاعدة\".", "لوكا فيراري"),
    ("وأكد ماركو بيانكي خلال زيارته للمعسكر أن القوات \"ستغادر القاعدة\".", "ماركو بيانكي"),
    ("وتقول سلمى الفيتوري أمس إن القوات \"ستغادر القاعدة\".", "سلمى الفيتوري"),
])
def test_a_bare_name_after_a_reporting_verb_and_an_adverbial(extract, text, name):
    """وقال X Y في مؤتمر صحفي / للصحفيين / خلال ... إن: the name is the verb's subject."""
    ex = extract(text)
    assert _names(ex) == [fold(name)], _names(ex)
    assert _speakers(ex, "ستغادر القاعدة") == [fold(name)], _speakers(ex, "")


@pytest.mark.parametrize("text", [
    "وقالت وول ستريت جورنال في تقرير إن القوات \"ستغادر القاعدة\".",
    "وقال حزب الأمة في بيان إن القوات \"ستغادر القاعدة\".",
    "وقال ماركو بيانكي في القاعدة الجوية التي غادرتها القوات.",
])
def test_no_person_from_an_outlets_report_or_without_that(extract, text):
    """في بيان / في تقرير: a body's or an outlet's words; and without إن / أن after the adverbial
    nothing tells the words after the verb are a subject."""
    ex = extract(text)
    assert not _names(ex), _names(ex)


@pytest.mark.parametrize("text, name", [
    ("وقال الجنرال ج. ب. هاريسون إن القاعدة \"ستسلم خلال أسبوعين\".", "ج. ب. هاريسون"),
    ("وقال الرئيس الأمريكي جورج و. بوش إن القوات \"ستبقى\".", "جورج و. بوش"),
])
def test_initials_of_one_arabic_letter_and_a_full_stop_stay_in_the_name(extract, text, name):
    ex = extract(text)
    assert _names(ex) == [fold(name)], _names(ex)


def test_a_lone_letter_and_full_stop_without_a_name_after_it_is_no_initial(extract):
    ex = extract("وقال العقيد فرج التومي إن القوات \"ستغادر\". و. قال الجنرال إن المهمة \"انتهت\".")
    assert _names(ex) == [fold("فرج التومي")], _names(ex)
