"""The Arabic extractor on sentences written for these tests (none is taken from a real article).

A small gazetteer is built here, so the tests do not move when the project's gazetteer grows:
countries with their demonyms and national forces, a few cities and provinces, one coalition,
one armed group, one base with a short name. Every other name (قاعدة الوطية، معسكر اليرموك،
نقطة تل الزعتر ...) must be found from how Arabic names things.
"""
from __future__ import annotations

import pytest

from kg.extract import Resources
from kg.extract.arabic import ArabicExtractor
from kg.extract.gazetteer import Entry, Gazetteer
from kg.extract.lexicon import load_lexicon
from kg.model import Article, Kind
from kg.normalise import fold

from support.ar_fixtures import _gazetteer, extract  # noqa: F401  (extract is a fixture)


def _same(a: str | None, b: str) -> bool:
    return a is not None and fold(a).strip() == fold(b).strip()


def _mentions(ex, kind):
    return [m for m in ex.mentions if m.kind is kind]


def _surfaces(ex, kind):
    return {fold(m.surface) for m in _mentions(ex, kind)}


def _claim(ex, base_word):
    found = [h for h in ex.handovers if fold(base_word) in fold(h.base.surface) or
             fold(base_word) in fold(h.base.name or "")]
    assert len(found) == 1, [(h.base.surface, h.base.name) for h in ex.handovers]
    return found[0]


# -- text handling ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "سَلَّمَتِ القُوَّاتُ الإيطاليةُ قاعدةَ الوطية الجوية إلى الجيش الليبي.",
    "سلمت القـــوات الإيطالية قاعدة الوطية الجوية الى الجيش الليبى.",
    "سلمت القوات الايطاليه قاعده الوطيه الجويه إلى الجيش الليبي.",
])
def test_extract_ar_normalises_diacritics_tatweel_and_letter_variants(extract, text):
    ex = extract(text)
    h = _claim(ex, "الوطية")
    assert h.from_force.key == "italian_forces" and h.to_force.key == "libyan_army"
    for m in ex.mentions:                         # spans point into the text as written
        assert text[m.span.start:m.span.end] == m.surface


@pytest.mark.parametrize("text", [
    "اقرأ أيضاً: القوات البريطانية تسلم قاعدة الوطية للجيش الليبي",
    "اشترك في النشرة الإخبارية",
    "القوات البريطانية تنسحب من قاعدة الوطية\n\nوكالة الأنباء الليبية",
])
def test_extract_ar_page_furniture_gives_no_facts(extract, text):
    ex = extract(text)
    assert ex.handovers == [] and ex.statements == []


# -- forces ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("surface", ["القوات الإيطالية", "الجيش الإيطالي", "قوات إيطالية",
                                      "قوات الأمن الإيطالية", "القوات البحرية الإيطالية"])
def test_extract_ar_national_force_from_demonym(extract, surface):
    ex = extract(f"وصلت {surface} إلى الميناء صباح اليوم.")
    forces = _mentions(ex, Kind.FORCE)
    assert [m.key for m in forces] == ["italian_forces"]
    assert _same(forces[0].surface, surface)


def test_extract_ar_one_national_force_for_its_many_names(extract):
    ex = extract("انسحب الجيش السوداني من المدينة. وقالت القوات السودانية إن قوات سودانية أخرى ستصل.")
    assert {m.key for m in _mentions(ex, Kind.FORCE)} == {"sudanese_forces"}


@pytest.mark.parametrize("text,name", [
    ("هاجمت ميليشيا الكانيات المدينة ليلاً.", "ميليشيا الكانيات"),
    ("أعلن جهاز الأمن الوقائي اعتقال ثلاثة أشخاص.", "جهاز الأمن الوقائي"),
    ("دخلت قوات الفجر البلدة بعد معارك.", "قوات الفجر"),
    ("تبنت حركة \"الأحرار\" الهجوم.", 'حركة "الأحرار"'),
])
def test_extract_ar_named_force_from_head_noun(extract, text, name):
    ex = extract(text)
    forces = _mentions(ex, Kind.FORCE)
    assert len(forces) == 1 and _same(forces[0].surface, name)
    assert forces[0].key is None and forces[0].name


@pytest.mark.parametrize("text", [
    "بدأت الحكومة اعادة تنظيم مواقع تمركز الوحدات.",
    "وصلت قوات إضافية إلى المنطقة.",
    "قالت القوات الخاصة إن العملية انتهت.",
    "نشرت وكالة الأنباء الليبية الخبر.",
    "بث تلفزيون “الوطنية” صور الحفل.",
    "زار الوفد ليبيا والأردن الأسبوع الماضي.",
])
def test_extract_ar_not_a_force(extract, text):
    assert _mentions(extract(text), Kind.FORCE) == []


@pytest.mark.parametrize("text", [
    "وانسحب الجيش والتحالف الدولي من المنطقة.",
    "وانتشرت القوات المشتركة من الجيش والتحالف الدولي في محيط المعسكر.",
])
def test_extract_ar_coordinated_forces_are_not_one_name(extract, text):
    forces = _mentions(extract(text), Kind.FORCE)
    coal = [m for m in forces if m.key == "coalition"]
    assert coal and all(fold(m.surface) == fold("التحالف الدولي") for m in coal), [m.surface for m in forces]


def test_extract_ar_unit_with_a_compound_ordinal_is_named_whole(extract):
    forces = _mentions(extract("وانتشرت الفرقة الحادية عشرة في المدينة."), Kind.FORCE)
    assert [(fold(m.surface), m.key) for m in forces] == [(fold("الفرقة الحادية عشرة"), None)]


def test_extract_ar_civil_police_is_a_force_apart_from_the_army(extract):
    ex = extract("انتشرت الشرطة الوطنية السودانية في المدينة بعد انسحاب الجيش السوداني. "
                 "وقالت الشرطة السودانية إن الوضع هادئ.")
    forces = _mentions(ex, Kind.FORCE)
    police = [m for m in forces if "شرطه" in fold(m.surface)]
    army = [m for m in forces if "جيش" in fold(m.surface)]
    assert len(police) == 2 and army and len({m.name for m in police}) == 1
    assert all(m.key is None for m in police) and army[0].key == "sudanese_forces"


def test_extract_ar_military_police_is_part_of_the_army(extract):
    ex = extract("انتشرت الشرطة العسكرية السودانية في البلدة.")
    assert [m.key for m in _mentions(ex, Kind.FORCE)] == ["sudanese_forces"]


def test_extract_ar_generic_plural_with_an_adjective_joins_no_named_force(extract):
    ex = extract("انتشرت القوات المسلحة السودانية في المنطقة. وهاجمت الجماعات المسلحة القرى المجاورة.")
    assert [fold(m.surface) for m in _mentions(ex, Kind.FORCE) if m.key == "sudanese_forces"] == \
        [fold("القوات المسلحة السودانية")]


def test_extract_ar_purpose_after_a_force_head_is_no_name(extract):
    ex = extract("وتركت البعثة مساكن ووحدات لتنقية المياه في المعسكر.")
    assert [m.surface for m in _mentions(ex, Kind.FORCE) if "تنقيه" in fold(m.surface)] == []


@pytest.mark.parametrize("text,name", [
    ("اشتبكت قوات الحكومة المؤقتة مع مسلحين قرب طرابلس.", "قوات الحكومة المؤقتة"),
    ("وانتشرت قوات المجلس العسكري في المدينة.", "قوات المجلس العسكري"),
])
def test_extract_ar_force_of_a_body_is_named_by_the_body(extract, text, name):
    forces = _mentions(extract(text), Kind.FORCE)
    assert [fold(m.name) for m in forces] == [fold(name)], [m.surface for m in forces]


def test_extract_ar_generic_force_joins_the_force_it_repeats(extract):
    ex = extract("انسحب جيش الاحتلال البريطاني من البلدة. وقالت مصادر إن قوات الاحتلال دمرت الجسر.")
    assert {m.key for m in _mentions(ex, Kind.FORCE)} == {"british_forces"}


@pytest.mark.parametrize("text,org", [
    ("أعلنت وزارة الدفاع الليبية انتهاء المناورات.", "وزارة الدفاع الليبية"),
    ("قالت السفارة البريطانية في طرابلس إن الموظفين بخير.", "السفارة البريطانية في طرابلس"),
    ("طالبت لجنة الأمن والدفاع بالبرلمان الأردني بتقرير.", "لجنة الأمن والدفاع بالبرلمان الأردني"),
])
def test_extract_ar_organisation(extract, text, org):
    ex = extract(text)
    orgs = _mentions(ex, Kind.ORGANIZATION)
    assert any(_same(m.surface, org) for m in orgs), [m.surface for m in orgs]
    assert _mentions(ex, Kind.FORCE) == []


# -- bases ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,name", [
    ("زار الوزير قاعدة الوطية الجوية أمس.", "قاعدة الوطية الجوية", "الوطية"),
    ("زار الوزير معسكر اليرموك أمس.", "معسكر اليرموك", "اليرموك"),
    ("زار الوزير معسكر (B7) أمس.", "معسكر (B7)", "B7"),
    ("زار الوزير قاعدة “النصر” أمس.", "قاعدة “النصر”", "النصر"),
    ("زار الوزير القاعدة الجوية في مصراتة أمس.", "القاعدة الجوية في مصراتة", "مصراتة"),
    ("زار الوزير نقطة المراقبة الواقعة في قرية الزعفرانة أمس.", "نقطة المراقبة الواقعة في قرية الزعفرانة", "الزعفرانة"),
    ("زار الوزير مطار كفرة القديم أمس.", "مطار كفرة القديم", "كفرة"),
    ("زار الوزير نقطة المراقبة الواقعة في تلة الزيتون أمس.", "نقطة المراقبة الواقعة في تلة الزيتون", "الزيتون"),
])
def test_extract_ar_base_named_after_its_head_noun(extract, text, surface, name):
    bases = _mentions(extract(text), Kind.BASE)
    assert len(bases) == 1 and _same(bases[0].surface, surface)
    assert fold(name) in fold(bases[0].name)


def test_extract_ar_base_from_gazetteer_short_name_after_head(extract):
    ex = extract("وصل الجنود إلى قاعدة الرطبة الجوية. وبقيت الطائرات في H3.")
    assert {m.key for m in _mentions(ex, Kind.BASE)} == {"h3"}


@pytest.mark.parametrize("text,names", [
    ("أخلت القوات معسكري اليرموك والصمود.", ["اليرموك", "الصمود"]),
    ("أخلت القوات نقاط المراقبة في تل الزعتر وعين الحمرا وكفر نبل.", ["تل الزعتر", "عين الحمرا", "كفر نبل"]),
    ("أغلقت البعثة قاعدتين هما سرت والجفرة.", ["سرت", "الجفرة"]),
])
def test_extract_ar_list_of_bases(extract, text, names):
    bases = _mentions(extract(text), Kind.BASE)
    assert [fold(m.name) for m in bases] == [fold(n) for n in names]


@pytest.mark.parametrize("text,name", [
    ("غادرت الطائرات قاعدة وادي - الشاطئ الجوية في الجنوب.", "وادي - الشاطئ"),
    ("غادرت الطائرات مطار زوارة – رقدالين القديم.", "زوارة – رقدالين"),
])
def test_extract_ar_base_name_joined_by_a_dash_is_one_name(extract, text, name):
    bases = _mentions(extract(text), Kind.BASE)
    assert len(bases) == 1 and _same(bases[0].name, name), [(m.surface, m.name) for m in bases]


@pytest.mark.parametrize("text,name", [
    ("وصل الوزير إلى «كامب ريدنا» بمدينة سرت.", "ريدنا"),        # كامب: the loanword head; ـنا ends a name
    ("وصل الوزير إلى كامب ليبرتي قرب المطار.", "ليبرتي"),
])
def test_extract_ar_loanword_head_names_a_camp(extract, text, name):
    bases = _mentions(extract(text), Kind.BASE)
    assert len(bases) == 1 and _same(bases[0].name, name), [(m.surface, m.name) for m in bases]


@pytest.mark.parametrize("text,name", [
    ("أخلت البعثة موقع فريقها في بلدة الزاوية.", "الزاوية"),
    ("أخلت الكتيبة مقر سريتها في قرية الغيران.", "الغيران"),
])
def test_extract_ar_base_head_with_a_possessed_complement_is_named_by_its_town(extract, text, name):
    bases = _mentions(extract(text), Kind.BASE)
    assert len(bases) == 1 and _same(bases[0].name, name), [(m.surface, m.name) for m in bases]


@pytest.mark.parametrize("text,name", [
    ("أخلت القوات معسكر التحالف الدولي في مديرية الزاهر غربي المدينة.", "الزاهر"),
    ("أخلت القوات مقر قيادة القوات البريطانية في مدينة مصراتة.", "مصراتة"),
])
def test_extract_ar_base_held_by_a_force_is_named_by_its_place(extract, text, name):
    ex = extract(text)
    bases = _mentions(ex, Kind.BASE)
    assert len(bases) == 1 and _same(bases[0].name, name), [(m.surface, m.name) for m in bases]
    owners = [m for m in _mentions(ex, Kind.FORCE) if bases[0].span.start < m.span.start < bases[0].span.end]
    assert owners and owners[0].key in ("coalition", "british_forces")   # the force inside is still a force


@pytest.mark.parametrize("text,name", [
    ("انتشرت الشرطة في مقر اللواء 41 شمال المدينة.", "اللواء 41"),
    ("انتشرت الشرطة في معسكر الفرقة الثامنة قرب المدينة.", "الفرقة الثامنة"),
])
def test_extract_ar_seat_of_a_numbered_unit_is_a_base(extract, text, name):
    ex = extract(text)
    bases = _mentions(ex, Kind.BASE)
    assert len(bases) == 1 and _same(bases[0].name, name), [(m.surface, m.name) for m in bases]
    assert _mentions(ex, Kind.FORCE) == [m for m in _mentions(ex, Kind.FORCE) if "الشرطه" in fold(m.surface)]


@pytest.mark.parametrize("text", [
    "تشكلت لجنة فنية مقرها طرابلس لمتابعة الملف.",          # its seat is X: a predicate, not a base
    "وستعمل بعثة سياسية جديدة ومقرها مصراتة.",
])
def test_extract_ar_head_with_a_possessive_takes_no_genitive_name(extract, text):
    assert _mentions(extract(text), Kind.BASE) == []


@pytest.mark.parametrize("text", [
    'وقال القيادي إن التعاون مع التحالف "قائم" في كل المناطق.',
    "وأكد الناطق أن العمل مع البعثة «يسير كما هو مخطط».",
])
def test_extract_ar_quotation_completing_a_reported_clause_is_no_name(extract, text):
    forces = _mentions(extract(text), Kind.FORCE)
    assert all("«" not in m.surface and '"' not in m.surface for m in forces), [m.surface for m in forces]


@pytest.mark.parametrize("text", [
    "تنتشر قواعد في ليبيا منذ سنوات.",
    "توزعت نقاط المراقبة في طرابلس ومصراتة.",
    "استهدف الصاروخ قاعدة عسكرية قرب المدينة.",
    "حدث عطل في قاعدة البيانات.",
    "وستسلم البعثة ثلاث قواعد أخرى في إقليمي الوادي والساحل قبل نهاية الشهر.",   # provinces, not names
    "وتنوي المحافظة تحويل القاعدة إلى مطار مدني.",                                  # an adjective, not a name
])
def test_extract_ar_not_a_base(extract, text):
    assert _mentions(extract(text), Kind.BASE) == []


# -- people -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,role,aff", [
    ("وقال العقيد سالم الورفلي إن الوضع هادئ.", "العقيد سالم الورفلي", "العقيد", None),
    ("وقال المتحدث باسم الجيش الليبي العميد أحمد الحاسي إن الوضع هادئ.", "العميد أحمد الحاسي",
     "المتحدث باسم الجيش الليبي", "libyan_army"),
    ("وقال وزير الدفاع البريطاني، جون ماركهام، إن الوضع هادئ.", "جون ماركهام", "وزير الدفاع البريطاني", None),
    ("وقال قائد القوات الإيطالية في ليبيا الجنرال ماريو فيتالي إن الوضع هادئ.", "الجنرال ماريو فيتالي",
     "قائد القوات الإيطالية في ليبيا", "italian_forces"),
    ("وقال مدير مطار معيتيقة خالد الزنتاني \"الرحلات مستمرة\".", "خالد الزنتاني", "مدير مطار معيتيقة", None),
    ("وقال يوسف كرمان، قائد الحرس البلدي في مصراتة: \"لن نتراجع\".", "يوسف كرمان",
     "قائد الحرس البلدي في مصراتة", None),
    # a rank that is also a unit noun, then a nationality, then a name: a person, not a brigade
    ("وقال قائد البعثة، اللواء الأردني سامر الخطيب، إن الوضع هادئ.", "اللواء الأردني سامر الخطيب",
     "قائد البعثة", None),
    # a genitive that is also a statement noun (حزب المؤتمر) stays in the role
    ("وكتب العضو في حزب المؤتمر، بيتر مولر، أن الوضع هادئ.", "بيتر مولر", "العضو في حزب المؤتمر", None),
    # العام after a role noun is "general", not "the year"; الأمين is a role as well as a name
    ("وقال الأمين العام للمنظمة نيكولاس برانت إن الوضع هادئ.", "نيكولاس برانت", "الأمين العام للمنظمة", None),
    ("وقال المدير العام للمطار محمد الأمين إن الوضع هادئ.", "محمد الأمين", "المدير العام للمطار", None),
    # a surname that is also an adjective (سريع، كامل) after a given name, before أن
    ("وأكد المتحدث باسم الجيش الليبي خالد سريع أن الوضع هادئ.", "خالد سريع", "المتحدث باسم الجيش الليبي",
     "libyan_army"),
    # باسم with a pronoun, and a news role (محرر)
    ("ونقل المتحدث باسمها ملا عبد الرحيم نوري عبر الهاتف أن الوضع هادئ.", "ملا عبد الرحيم نوري",
     "المتحدث باسمها", None),
    ("ويرى محرر الشؤون الدفاعية في مجلة \"الحصن\"، توماس ريدر، أن الوضع هادئ.", "توماس ريدر",
     "محرر الشؤون الدفاعية في مجلة \"الحصن\"", None),
])
def test_extract_ar_person_with_role(extract, text, surface, role, aff):
    persons = _mentions(extract(text), Kind.PERSON)
    assert len(persons) == 1, [p.surface for p in persons]
    p = persons[0]
    assert _same(p.surface, surface) and _same(p.role, role)
    if aff:
        assert p.affiliation is not None and p.affiliation.key == aff


def test_extract_ar_surname_is_the_same_person(extract):
    ex = extract("وقال العقيد سالم الورفلي إن الوضع هادئ. وأضاف الورفلي أن الدوريات مستمرة.")
    persons = _mentions(ex, Kind.PERSON)
    assert len(persons) == 2 and len({p.name for p in persons}) == 1


@pytest.mark.parametrize("text", [
    "وقال مصدر أمني إن الوضع هادئ.",
    "وقالت وكالة الأنباء الأردنية إن الوضع هادئ.",
    "وتعتبر المدينة محل اهتمام كبير.",
    # a list of things after a role noun used for a force (نظيرتها), plurals joined by و
    "وتركت القوات لنظيرتها في ليبيا مباني ومولدات كهربائية وخزانات وقود.",
    # a noun with its possessive after an adjective of the role (المنتهية مهمتها)
    "وحضر قائد الكتيبة الإيطالية المنتهية ولايتها، المراسم.",
])
def test_extract_ar_no_person(extract, text):
    assert _mentions(extract(text), Kind.PERSON) == []


def test_extract_ar_force_named_by_its_enemy_names_both(extract):
    ex = extract("ردت طائرات التحالف الدولي لمكافحة تنظيم الدولة على الهجوم بغارات ليلية.")
    assert sorted(m.key for m in _mentions(ex, Kind.FORCE)) == ["coalition", "isis"]


def test_extract_ar_related_article_links_name_nothing(extract):
    ex = extract("انسحبت القوات البريطانية من قاعدة الوطية الجوية.\n\nاقرأ أيضاً: القوات الإيطالية تغادر معسكر اليرموك")
    assert {m.key for m in _mentions(ex, Kind.FORCE)} == {"british_forces"}
    assert [fold(m.name) for m in _mentions(ex, Kind.BASE)] == [fold("الوطية")]


# -- people: the name as Arabic writes it -------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    # the name علي, told from the preposition على by the spelling (the text writes على with ى)
    ("وقال العقيد إدريس علي مؤمن إن الدوريات مستمرة على الطريق الساحلي.", "إدريس علي مؤمن"),
    ("وقال العقيد سالم الورفلي على هامش المؤتمر إن الدوريات مستمرة.", "سالم الورفلي"),
    # عبد + a definite word, and الله / الدين / الرحمن after a name word, are one name
    ("وقال العقيد عبد الله مايغا إن الدوريات مستمرة.", "عبد الله مايغا"),
    ("وقال اللواء عبد الأمير الشمري إن الدوريات مستمرة.", "عبد الأمير الشمري"),
    ("وقال العميد سيف الله رحيمي إن الدوريات مستمرة.", "سيف الله رحيمي"),
    ("وقال الجنرال نور الدين الهاشمي إن الدوريات مستمرة.", "نور الدين الهاشمي"),
    # ولد / بن inside a name
    ("وقال الباحث في الشؤون العسكرية محمد ولد سالم إن الانسحاب سيترك فراغاً.", "محمد ولد سالم"),
    ("وقال المحلل السياسي أحمد بن يوسف إن الانسحاب سيترك فراغاً.", "أحمد بن يوسف"),
    # a role noun, a nationality, then the name (its first word opens with a hamza, not the article)
    ("وقال الضابط الإيطالي ماركو بيانكي إن الدوريات مستمرة.", "ماركو بيانكي"),
    ("وقال الضابط البريطاني ألبرت هيوز إن الدوريات مستمرة.", "ألبرت هيوز"),
    # a transliterated name after a rank, no list of names needed
    ("وقال العقيد تيموكو سانغاري إن الدوريات مستمرة.", "تيموكو سانغاري"),
])
def test_extract_ar_person_name_words(extract, text, name):
    persons = _mentions(extract(text), Kind.PERSON)
    assert [fold(p.name) for p in persons] == [fold(name)], [p.surface for p in persons]


@pytest.mark.parametrize("text", [
    "وانتشر لواء «الصمود» في المدينة بعد الانسحاب.",            # a brigade named in quotes
    "وتسلمت الفرقة 11 المعسكر من القوات الإيطالية.",               # a division named by its number
    "وكانت القوات الإيطالية قد سلمت الجيش الليبي في آذار الماضي قاعدة الجفرة.",   # a month
    "من جهته، أكد الوزير الليبي على أهمية الخطوة.",               # على after a role: no name
])
def test_extract_ar_no_person_in_units_and_months(extract, text):
    assert _mentions(extract(text), Kind.PERSON) == []


@pytest.mark.parametrize("text,unit", [
    ("وانتشر لواء «الصمود» في المدينة بعد الانسحاب.", "لواء «الصمود»"),
    ("وتسلمت الفرقة 11 المعسكر من القوات الإيطالية.", "الفرقة 11"),
    ("وتسلمت الفرقة الخامسة المدرعة المعسكر.", "الفرقة الخامسة المدرعة"),
])
def test_extract_ar_military_unit_is_a_force(extract, text, unit):
    assert any(_same(m.surface, unit) for m in _mentions(extract(text), Kind.FORCE))


def test_extract_ar_rank_that_is_also_a_unit_noun_before_a_name_is_a_rank(extract):
    persons = _mentions(extract("وقال اللواء أحمد الحاسي إن الوضع هادئ."), Kind.PERSON)
    assert [fold(p.name) for p in persons] == [fold("أحمد الحاسي")]


def test_extract_ar_surname_with_continuation_is_the_same_person(extract):
    ex = extract("وقال العميد سيف الله رحيمي إن الوضع هادئ. وأضاف سيف الله رحيمي أن الطرق آمنة.")
    persons = _mentions(ex, Kind.PERSON)
    assert len(persons) == 2 and len({p.name for p in persons}) == 1


# -- forces and bodies ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    # adjectives that agree with the head (feminine with بعثة، قوة), then في + a known place
    ("وصلت بعثة الأمم المتحدة الخاصة في ليبيا إلى طرابلس.", "بعثة الأمم المتحدة الخاصة في ليبيا"),
    ("وصلت قوة الأمم المتحدة المنتشرة في ليبيا إلى طرابلس.", "قوة الأمم المتحدة المنتشرة في ليبيا"),
    # a plural noun does not agree: it is not part of the name
    ("أرسلت بعثة الأمم المتحدة المراقبين إلى طرابلس.", "بعثة الأمم المتحدة"),
])
def test_extract_ar_mission_name_runs_over_agreeing_words(extract, text, name):
    forces = _mentions(extract(text), Kind.FORCE)
    assert any(_same(m.surface, name) for m in forces), [m.surface for m in forces]


def test_extract_ar_two_ministries_are_two_bodies(extract):
    ex = extract("وقال بيان مشترك صادر عن وزارة الدفاع الليبية ووزارة الدفاع الإيطالية إن المهمة انتهت.")
    orgs = _mentions(ex, Kind.ORGANIZATION)
    assert len(orgs) == 2 and orgs[0].name != orgs[1].name


def test_extract_ar_second_nationality_with_the_head_left_out(extract):
    ex = extract("وصلت القوات البريطانية والإيطالية إلى الميناء.")
    assert {m.key for m in _mentions(ex, Kind.FORCE)} == {"british_forces", "italian_forces"}


# -- bases ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "حولت القوات الليبية المطار إلى قاعدة انطلاق للطائرات.",     # a verbal noun, not a name
    "أصبحت المدينة نقطة ارتكاز للقوات البريطانية.",
    "لم يبق في المعسكرات المدمرة أي جندي.",                       # a participle that agrees
])
def test_extract_ar_verbal_noun_after_a_base_head_is_no_name(extract, text):
    assert all(m.name is None or "انطلاق" not in m.name and "ارتكاز" not in m.name
               for m in _mentions(extract(text), Kind.BASE))
    assert not any(m.key or (m.name and m.name not in m.surface) for m in _mentions(extract(text), Kind.BASE))


def test_extract_ar_base_named_by_its_place_after_a_relative_clause(extract):
    bases = _mentions(extract("تسلم الجيش الليبي القاعدة الجوية التي كانت تشغلها القوات الإيطالية في مدينة مصراتة."),
                      Kind.BASE)
    assert {fold(m.name) for m in bases} == {fold("مصراتة")} and _same(bases[0].surface, "القاعدة الجوية")


def test_extract_ar_bare_name_of_a_base_named_before(extract):
    ex = extract("سلمت القوات البريطانية معسكر اليرموك إلى الجيش الليبي. وغادر آخر الجنود اليرموك أمس.")
    bases = _mentions(ex, Kind.BASE)
    assert len(bases) == 2 and len({m.name for m in bases}) == 1


# -- page furniture -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "انسحبت القوات البريطانية من قاعدة الوطية.\nاقرأ أيضاً:\n- القوات الإيطالية تغادر معسكر اليرموك\n"
    "- الجيش السوداني يتسلم مواقع جديدة",
    "انسحبت القوات البريطانية من قاعدة الوطية.\nاقرأ أيضاً:\nالقوات الإيطالية تغادر معسكر اليرموك\n"
    "الجيش السوداني يتسلم مواقع جديدة",
    "انسحبت القوات البريطانية من قاعدة الوطية.\nFollow Us Logo\n[ad_slot_3]",
])
def test_extract_ar_related_links_under_a_heading_name_nothing(extract, text):
    ex = extract(text)
    assert {m.key for m in _mentions(ex, Kind.FORCE)} == {"british_forces"}
    assert [fold(m.name) for m in _mentions(ex, Kind.BASE)] == [fold("الوطية")]


def test_extract_ar_headline_is_not_glued_to_the_next_line(extract):
    ex = extract("حضر المراسم الجنرال ماريو فيتالي\nروما تعلن انتهاء المهمة في ليبيا.")
    assert [fold(p.name) for p in _mentions(ex, Kind.PERSON)] == [fold("ماريو فيتالي")]


@pytest.mark.parametrize("text,name", [
    # a rank, a nationality, the name
    ("وحضر المراسم العميد البريطاني جيمس هارتلي وعدد من الضباط.", "جيمس هارتلي"),
    # a common given name that is also a verb (طالب: he demanded), after a role phrase
    ("وقال محافظ البصرة طالب كاظم الحسن، الذي حضر المراسم، إن المحافظة ستستفيد من المطار.", "طالب كاظم الحسن"),
    # a text that never writes ى: علي inside a name, before a name word
    ("وقال العقيد ادريس علي مؤمن ان الدوريات مستمرة علي الطريق.", "ادريس علي مؤمن"),
])
def test_extract_ar_person_more_name_shapes(extract, text, name):
    assert [fold(p.name) for p in _mentions(extract(text), Kind.PERSON)] == [fold(name)]


@pytest.mark.parametrize("text,name", [
    ("حذر مسؤول محلي من أن مقاتلي حركة الأحرار قد يعودون إلى المنطقة.", "حركة الأحرار"),   # not the source's
    ("واتهمت تنسيقية حركات أزواد الجيش بخرق الاتفاق.", "تنسيقية حركات أزواد"),               # a transliterated name
])
def test_extract_ar_force_named_after_other_words(extract, text, name):
    assert any(_same(m.surface, name) for m in _mentions(extract(text), Kind.FORCE))


# -- the project's gazetteer: facts it holds ------------------------------------------------------------

@pytest.fixture(scope="module")
def extract_project():
    ext = ArabicExtractor(Resources())
    return lambda text: ext(Article(source="test.txt", text=text, lang="ar"))


def test_extract_ar_project_gazetteer_bare_coalition_is_the_coalition_the_article_names(extract_project):
    ex = extract_project("أنهت قوات التحالف الإسلامي العسكري مناورات قرب الرياض. وقال متحدث إن التحالف سيواصل تدريباته.")
    coal = [m for m in _mentions(ex, Kind.FORCE) if "تحالف" in fold(m.surface)]
    assert len(coal) == 2 and len({m.key for m in coal}) == 1 and coal[0].key != "coalition", \
        [(m.surface, m.key) for m in coal]


def test_extract_ar_project_gazetteer_bare_coalition_alone_stays_the_gazetteers(extract_project):
    ex = extract_project("وقال متحدث إن التحالف سيواصل دعم القوات العراقية.")
    assert [m.key for m in _mentions(ex, Kind.FORCE) if "تحالف" in fold(m.surface)] == ["coalition"]


def test_extract_ar_project_gazetteer_two_bases_in_one_city_stay_two(extract_project):
    ex = extract_project("غادر آخر الجنود الألمان قاعدة النقل الجوي في نيامي يوم الجمعة، "
                         "بعد أسابيع من خروج القوات الأمريكية من القاعدة الجوية 101.")
    keys = {m.key for m in _mentions(ex, Kind.BASE)}
    assert keys == {"niamey_german_air_transport_base", "niamey_air_base"}


@pytest.mark.parametrize("word", ["الألمان", "الألماني", "والألمانية", "ألماني"])
def test_extract_ar_project_gazetteer_german_demonym_with_the_article(word):
    gaz = Resources().get("gazetteer")
    assert gaz.place_of_demonym(fold(word)) == "germany"


# -- round 2: names that generalise --------------------------------------------------------------------

def test_extract_ar_base_name_may_end_in_a_number_but_not_in_a_date(extract):
    ex = extract("سلمت القوات الإيطالية معسكر الكتيبة 27 مشاة إلى الجيش الليبي. "
                 "وغادرت القوات البريطانية قاعدة الصمود 14 آذار.")
    bases = _surfaces(ex, Kind.BASE)
    assert fold("معسكر الكتيبة 27") in bases and fold("قاعدة الصمود") in bases, bases


def test_extract_ar_counterpart_opens_a_second_person(extract):
    ex = extract("والتقى وزير الدفاع الإيطالي ماريو روسي ونظيره الليبي سالم الفيتوري في طرابلس.")
    names = {fold(m.name or m.surface) for m in _mentions(ex, Kind.PERSON)}
    assert names == {fold("ماريو روسي"), fold("سالم الفيتوري")}, names


def test_extract_ar_given_name_with_the_article_opens_a_name_after_a_title(extract):
    ex = extract("وأعلن الرئيس الحسن كوناتي في خطابه أن بلاده قررت إنهاء الاتفاق.")
    names = {fold(m.name or m.surface) for m in _mentions(ex, Kind.PERSON)}
    assert names == {fold("الحسن كوناتي")}, names


def test_extract_ar_indefinite_role_noun_takes_its_complement_before_the_name(extract):
    ex = extract('وقال محافظ زليتن عمر بن سالم إن "المعسكر أصبح خالياً".')
    names = {fold(m.name or m.surface) for m in _mentions(ex, Kind.PERSON)}
    assert names == {fold("عمر بن سالم")}, names


def test_extract_ar_force_name_quoted_with_its_head_inside_a_role_phrase(extract):
    ex = extract('وقال القيادي في «كتائب الفجر الجديد» خالد الورفلي إن "الانسحاب تأخر".')
    forces = {fold(m.name or m.surface) for m in _mentions(ex, Kind.FORCE)}
    assert fold("كتائب الفجر الجديد") in forces, forces
    p = [m for m in _mentions(ex, Kind.PERSON)]
    assert [fold(m.name) for m in p] == [fold("خالد الورفلي")]
    assert ex.statements and fold(ex.statements[0].speaker.name) == fold("خالد الورفلي")


def test_extract_ar_where_a_base_lies_and_its_peak_are_no_new_bases(extract):
    ex = extract("انسحبت القوات البريطانية من قاعدة الصمود. وتقع القاعدة في منطقة حصيبة قرب الحدود. "
                 "وكان المعسكر في ذروته يضم ألف جندي، ثم غادروه في قافلة كبيرة.")
    names = {fold(m.name) for m in _mentions(ex, Kind.BASE) if m.name}
    assert names == {fold("الصمود")}, names
    assert len(ex.handovers) == 1


def test_gazetteer_ar_national_forces_of_more_african_countries():
    from kg.extract.gazetteer import load_gazetteer
    g = load_gazetteer()
    for word, place in [("الإيفواريين", "ivory_coast"), ("الإيفوارية", "ivory_coast"), ("الغابونيين", "gabon"),
                        ("البوركينابية", "burkina_faso"), ("الرواندية", "rwanda"), ("التنزانية", "tanzania")]:
        assert g.place_of_demonym(fold(word)) == place, word
    national = {e.national_force_of for e in g.entries.values() if e.kind is Kind.FORCE and e.national_force_of}
    assert {"ivory_coast", "gabon", "yemen", "cameroon", "rwanda", "south_sudan"} <= national


# -- round 3: lists of short names ----------------------------------------------------------------------

@pytest.mark.parametrize("text,names", [
    ("سلمت البعثة قواعد دار النعيم وكرم وسيدي بلال إلى الجيش الليبي.", ["دار النعيم", "كرم", "سيدي بلال"]),
    ("بعد أسابيع من تسليم معسكرات زمزم وأم كدادة ومليحة إلى القوات السودانية.", ["زمزم", "أم كدادة", "مليحة"]),
])
def test_extract_ar_plural_head_with_conjoined_unknown_names_lists_each(extract, text, names):
    ex = extract(text)
    bases = _mentions(ex, Kind.BASE)
    assert [fold(m.name) for m in bases] == [fold(n) for n in names]
    assert len(ex.handovers) == len(names)


def test_extract_ar_conjoined_list_item_with_a_short_first_word_matches_the_gazetteer():
    gz = _gazetteer()
    gz = Gazetteer(list(gz.entries.values()) + [
        Entry(Kind.BASE, "k1", labels={"ar": "قاعدة كي وان"}, names=[("كي وان", "ar")])])
    ext = ArabicExtractor(Resources({"gazetteer": gz, "lexicon:ar": load_lexicon("ar")}))
    ex = ext(Article(source="t.txt", lang="ar", text="أخلت القوات الإيطالية قواعد الوطية والجفرة وكي وان الشهر الماضي."))
    assert [fold(m.name) for m in _mentions(ex, Kind.BASE)][-1] == fold("كي وان")
    assert "k1" in {m.key for m in _mentions(ex, Kind.BASE)}


@pytest.mark.parametrize("text", [
    "وقال الضابط إن الوحدة ستبقى في مواقع أقل، لكنها ستواصل تدريب الجنود.",   # a clause, not a name
    "تنتشر في ليبيا قواعد عسكرية وجوية كثيرة.",                           # adjectives of the head
])
def test_extract_ar_plural_head_with_conjoined_words_that_are_no_names(extract, text):
    assert _mentions(extract(text), Kind.BASE) == []


@pytest.mark.parametrize("text,name", [
    # a definite unit noun with a nationality adjective is that country's unit
    ("وانتشرت الكتيبة الأردنية في محيط معسكر اليرموك.", "الكتيبة الأردنية"),
    ("وقالت مصادر إن الفرقة السودانية وصلت إلى المدينة.", "الفرقة السودانية"),
    ("وتولى الفوج البريطاني حراسة الميناء.", "الفوج البريطاني"),
])
def test_extract_ar_national_unit_is_a_force(extract, text, name):
    forces = _mentions(extract(text), Kind.FORCE)
    assert [fold(m.surface) for m in forces] == [fold(name)]


# -- round 5: people after a role noun and a force ------------------------------------------------------

@pytest.mark.parametrize("text,name,speaker", [
    # والي (governor) where the text writes إلى apart; الوالي later is the same person
    ('وقال والي ولاية الجزيرة صالح عبد الكريم إن "المعسكر سيتحول إلى مدرسة". وأكد الوالي أن العمل بدأ.',
     "صالح عبد الكريم", "صالح عبد الكريم"),
    ('وأعلن والي كسلا فيصل ميرغني عبد الله أن الحامية انتقلت إلى الشرطة، وأضاف الوالي أن الأمن مستتب.',
     "فيصل ميرغني عبد الله", "فيصل ميرغني عبد الله"),
    # حاكم + the place it governs, then the name between commas
    ("وقال حاكم مقاطعة زابل، نور أحمد كاكري، إن الجنود رحلوا ليلاً.", "نور أحمد كاكري", "نور أحمد كاكري"),
    # a force's bracketed short name inside the role phrase
    ('وقال القيادي في الجيش الليبي (الجيش) خليفة بوزيد إن "الانسحاب تأخر".', "خليفة بوزيد", "خليفة بوزيد"),
    ('وصرح المسؤول في التحالف الدولي (التحالف) كاميرون بيكر بأن الدوريات انتهت.', "كاميرون بيكر", "كاميرون بيكر"),
    # a given name shaped like a nationality after a definite rank (تركي: Turki, not "Turkish")
    ('وأكد المتحدث باسم التحالف الدولي، العقيد الركن تركي العنزي، أن "المهمة مستمرة".', "تركي العنزي", "تركي العنزي"),
])
def test_extract_ar_person_after_role_noun_and_force(extract, text, name, speaker):
    ex = extract(text)
    names = {fold(m.name or m.surface) for m in _mentions(ex, Kind.PERSON)}
    assert fold(name) in names, names
    assert ex.statements and all(fold(speaker) in fold(s.speaker.name or s.speaker.surface) for s in ex.statements), \
        [(s.speaker.surface, s.quote) for s in ex.statements]


@pytest.mark.parametrize("text", [
    "ووصلت القوات إلى الحدود، والى جانبها وحدات من الشرطة.",     # والى: و + إلى, never the governor
    "وانضم ضابط تركي إلى الدورية.",                                # an indefinite noun and its nationality
    "وحضر العقيد التركي المراسم.",                                  # a definite rank and its nationality
])
def test_extract_ar_no_person_from_a_preposition_or_a_nationality(extract, text):
    assert not _mentions(extract(text), Kind.PERSON)


# -- round 4: sites in provinces, councils, units, prepositions before verbal nouns --------------------

@pytest.mark.parametrize("text", [
    "انسحبت القوات البريطانية من مواقع أخرى في الرطبة والبصرة والأنبار.",
    "وأخلت القوات البريطانية مقرات في البصرة والرطبة خلال الشهر الماضي.",
])
def test_extract_ar_base_short_name_among_provinces_is_the_city(extract, text):
    assert _mentions(extract(text), Kind.BASE) == []


def test_extract_ar_base_short_name_after_a_head_stays_the_base(extract):
    ex = extract("سلمت القوات الأمريكية قاعدتي الرطبة والوطية إلى القوات العراقية.")
    assert "h3" in {m.key for m in _mentions(ex, Kind.BASE)}


@pytest.mark.parametrize("text,name", [
    ("وسلمت كتائب ثوار مصراتة معسكر اليرموك إلى الجيش الليبي.", "كتائب ثوار مصراتة"),
    ("وانسحب ثوار الجفرة من المطار بعد الظهر.", "ثوار الجفرة"),
    ("وقال آمر كتيبة حراسة الميناء العقيد سالم الفيتوري إن الوضع هادئ.", "كتيبة حراسة الميناء"),
    ("انسحبت وحدات حماية الشعب من البلدة.", "وحدات حماية الشعب"),
    ("وقال مجلس الجفرة العسكري إن الوضع هادئ في المدينة.", "مجلس الجفرة العسكري"),
])
def test_extract_ar_militia_and_unit_named_in_construct(extract, text, name):
    assert any(_same(m.surface, name) for m in _mentions(extract(text), Kind.FORCE)), \
        [m.surface for m in extract(text).mentions]


@pytest.mark.parametrize("text", [
    "وقالت إن قوات متعددة الجنسيات كانت في المدينة.",
    "وعقد المجلس العسكري الحاكم اجتماعاً في العاصمة.",
])
def test_extract_ar_adjective_or_ruling_council_is_no_named_force(extract, text):
    assert [m for m in _mentions(extract(text), Kind.FORCE) if m.key is None] == []


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم المجلس الأعلى لإنقاذ الوطن إن الوضع هادئ.",
    "وقال المتحدث باسم اللجنة العليا لاستعادة الأمن إن الوضع هادئ.",
])
def test_extract_ar_preposition_and_verbal_noun_is_no_person(extract, text):
    assert _mentions(extract(text), Kind.PERSON) == []


def test_extract_ar_project_gazetteer_government_forces_are_not_the_national_army_of_rebels(extract_project):
    ex = extract_project("بدأ الجيش التركي وفصائل الجيش الوطني السوري عملية عسكرية، "
                         "وانتشرت قوات الحكومة السورية في كوباني.")
    keys = [m.key for m in _mentions(ex, Kind.FORCE)]
    assert "syrian_army" in keys and keys.count("syrian_national_army") == 1, keys


@pytest.mark.parametrize("text,key", [
    ("وانسحبت قوات الدعم السريع من مقر الفرقة.", "rsf"),
    ("وهاجم الدعم السريع المدينة ليلاً.", "rsf"),
    ("وتسلمت ألوية العمالقة المعسكر.", "giants_brigades"),
    ("وانتشرت قوات النخبة الحضرمية في المدينة.", "hadrami_elite"),
    ("وانتشرت قوات الحزام الأمني في المدينة.", "security_belt"),
])
def test_extract_ar_project_gazetteer_sudan_yemen_forces(extract_project, text, key):
    assert key in {m.key for m in _mentions(extract_project(text), Kind.FORCE)}


# -- a name that looks like a particle once its article is peeled ---------------------------------

@pytest.mark.parametrize("text,name", [
    ("أخلت القوات البريطانية قاعدة العند الجوية وسلمتها إلى الجيش الليبي.", "العند"),
    ("انسحبت القوات الأمريكية أمس من معسكر البين شمال البصرة.", "البين"),
    ("تسلمت القوات العراقية معسكر العند من القوات البريطانية بعد ظهر الخميس.", "العند"),
])
def test_extract_ar_article_never_on_a_particle(extract, text, name):
    ex = extract(text)
    h = _claim(ex, name)
    assert fold(name) in fold(h.base.surface)


def test_extract_ar_definite_base_head_then_a_verb_is_no_gazetteer_name():
    """A gazetteer base named by a word that is also a verb (قاعدة كانت): after the definite head
    the verb starts the predicate (القاعدة كانت ...), after the construct head it is the name."""
    gaz = Gazetteer([Entry(Kind.BASE, "kant", labels={"ar": "قاعدة كانت الجوية"},
                           names=[("قاعدة كانت", "ar")])])
    ext = ArabicExtractor(Resources({"gazetteer": gaz, "lexicon:ar": load_lexicon("ar")}))
    run = lambda text: ext(Article(source="test.txt", text=text, lang="ar"))   # noqa: E731
    assert [m.key for m in _mentions(run("وأوضح أن القاعدة كانت تستقبل طائرات النقل."), Kind.BASE)
            if m.key] == []
    assert [m.key for m in _mentions(run("غادرت الطائرات قاعدة كانت الجوية أمس."), Kind.BASE)] == ["kant"]


def test_extract_ar_conjoined_clause_after_a_list_of_sites_is_no_site(extract):
    """وقد، ولم، وكان after a comma open a new clause: no list item, and a lone definite genitive
    of a plural head (مواقع الجبهة: whose sites) is no site's name."""
    ex = extract("ويعود تأسيس مواقع الجبهة في الشمال إلى ثمانينات القرن الماضي، وقد ظلت خارج سيطرة الدولة.")
    assert _mentions(ex, Kind.BASE) == []


@pytest.mark.parametrize("text,keys", [
    ("وطالب الوزير بنزع السلاح الليبي غير الشرعي.", []),              # the weapons
    ("وشارك سلاح الجو الليبي في الغارات.", ["libyan_army"]),         # an arm of the forces
])
def test_extract_ar_weapons_with_a_nationality_are_no_force(extract, text, keys):
    assert [m.key for m in _mentions(extract(text), Kind.FORCE)] == keys


def test_extract_ar_adverbs_and_accusative_adjectives_end_a_list_of_sites(extract):
    """هناك is an adverb, and a word written with the accusative tanwin (شديداً) an adjective or
    adverb: neither names a site, and the list after a possessed plural head stops there."""
    ex = extract("انسحبت الكتائب من نقاطها هناك، في قرار أثار غضباً شديداً وانتقادات عديدة.")
    assert _mentions(ex, Kind.BASE) == [] and ex.handovers == []


@pytest.mark.parametrize("text,name", [
    ("وسلمت القوات الإيطالية قاعدة الجنرال ماريني إلى الجيش الليبي.", "قاعدة الجنرال ماريني"),
    ("وانتقلت الوحدات إلى معسكر الشهيد سالم الورفلي جنوب طرابلس.", "معسكر الشهيد سالم الورفلي"),
])
def test_extract_ar_base_named_after_a_person(extract, text, name):
    """A base head in construct with a rank or title and a name is named after that person: a
    base, not a person in the sentence."""
    ex = extract(text)
    assert [fold(m.surface) for m in _mentions(ex, Kind.BASE)] == [fold(name)]
    assert _mentions(ex, Kind.PERSON) == []


def test_extract_ar_office_of_a_role_holder_is_no_eponym(extract):
    ex = extract("ووصل الوفد إلى مقر الرئيس في العاصمة أمس.")
    assert not any("الرئيس" in m.surface for m in _mentions(ex, Kind.BASE) if m.name)


@pytest.mark.parametrize("text", [
    'وتسلم الجيش الليبي أمس المجمع العسكري التابع لـ"جماعة الفجر - القيادة الموحدة" في بلدة تاورغاء.',
    "وتسلم الجيش الليبي أمس المعسكر التابع للكتيبة في بلدة تاورغاء.",
])
def test_extract_ar_base_of_an_owner_named_by_its_town(extract, text):
    """التابع لـ X after a base head works like a relative clause: the base is named by the town
    after it (a closing quotation mark may stand before في)."""
    ex = extract(text)
    h = _claim(ex, "تاورغاء")
    assert h.to_force is not None and h.to_force.key == "libyan_army"


@pytest.mark.parametrize("text,names", [
    ("وغادرت الوحدة الأردنية المدينة أمس.", ["الوحدة الأردنية"]),   # a national contingent: a unit
    ("وشدد الوزير على أهمية الوحدة الوطنية.", []),                   # unity, not a unit
])
def test_extract_ar_unit_noun_with_a_nationality(extract, text, names):
    assert [fold(m.surface) for m in _mentions(extract(text), Kind.FORCE)] == [fold(n) for n in names]
