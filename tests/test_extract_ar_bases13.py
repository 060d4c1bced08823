"""Arabic bases: seats of institutions (a command, a ministry, an embassy, a palace) held as
bases, and foreign names opening with و that keep it where no conjunction can stand (sentences
written for these tests)."""
from __future__ import annotations

from kg.model import Article, Kind
from kg.pipeline import extract, resolve_and_build


def _bases(text: str) -> list[str]:
    ex = extract(Article(source="t.txt", text="خبر\n\n" + text + "\n\nوقال مصدر إن الوضع هادئ.", lang="ar"))
    return [m.name or m.surface for m in ex.mentions if m.kind is Kind.BASE]


# -- the seat of an institution ------------------------------------------------------------

def test_the_seat_of_a_regional_command_named_by_its_adjectives():
    assert _bases("سيطر المتمردون على مقر القيادة الجنوبية الغربية في مدينة كيندو.") == [
        "مقر القيادة الجنوبية الغربية"]


def test_a_building_of_the_general_command_with_its_genitive():
    assert _bases("واستولى المسلحون على مبنى القيادة العامة للشرطة الاتحادية في العاصمة.") == [
        "مبنى القيادة العامة للشرطة الاتحادية"]


def test_a_ministry_building_with_its_adjective_ends_at_the_conjunction():
    assert _bases("أخلت القوات مبنى وزارة الداخلية القديم وسلمته إلى الشرطة المحلية.") == [
        "مبنى وزارة الداخلية القديم"]


def test_an_embassy_compound_used_as_a_seat():
    found = _bases("تمركزت البعثة في مجمع السفارة الإيطالية السابقة قرب الميناء.")
    assert found == ["مجمع السفارة الإيطالية السابقة"]


def test_a_palace_compound_held_as_a_base():
    assert _bases("وانسحبت القوات من مجمع قصر الموصل وسلمته إلى الجيش.") == ["مجمع قصر الموصل"]


def test_the_seat_of_the_general_staff():
    assert _bases("وسيطر المقاتلون على مقر قيادة الأركان بعد اشتباكات.") == ["مقر قيادة الأركان"]


def test_the_command_of_a_force_is_left_to_the_rules_that_place_it():
    assert _bases("هنا كان مقر قيادة مجموعة القوات الشمالية، وريثة الجيش القديم.") == []
    assert _bases("وسيطر المقاتلون على مقر قيادة الدرك الوطني بعد اشتباكات.") == []


def test_a_building_alone_or_located_is_no_base():
    assert _bases("قصفت الطائرات مبنى في مدينة إدلب ليلا.") == []
    assert _bases("ودخل الجنود المبنى ثم غادروه بعد ساعة.") == []
    assert _bases("وتجمع المحتجون أمام مبنى البلدية في المدينة.") == []


def test_a_seat_that_does_not_say_which_institution_is_no_base():
    assert _bases("وسيطر المسلحون على مقر القيادة صباح الأحد.") == []
    assert _bases("وأخلى الموظفون مبنى الوزارة بعد الإنذار.") == []


# -- a name opening with و ------------------------------------------------------------------

def test_the_first_name_after_a_dual_head_keeps_its_waw():
    assert _bases("وانسحبت القوات من قاعدتي ويتمور وهاربر.") == ["ويتمور", "هاربر"]


def test_the_first_name_after_a_plural_head_keeps_its_waw():
    assert _bases("وأخلت القوات قواعد واتسون وكارتر ودنفر.") == ["واتسون", "كارتر", "دنفر"]


def test_a_later_item_still_loses_its_conjunction():
    assert _bases("وأخلت القوات قواعد كارتر وواتسون.") == ["كارتر", "واتسون"]


def test_a_base_named_again_with_waw_is_one_base_under_its_full_name():
    ex = extract(Article(source="t.txt", text="خبر\n\nوأخلت القوات قواعد ويتمور وهاربر. وغادر آخر الجنود ويتمور"
                         " مساء الأحد.\n\nوقال مصدر إن الوضع هادئ.", lang="ar"))
    res, _ = resolve_and_build([ex])
    labels = sorted(e.labels["ar"] for e in res.entities.values() if e.kind is Kind.BASE)
    assert labels == ["هاربر", "ويتمور"]


# -- a list after an opener with its preposition, and adjectives of number --------------------

def test_a_list_after_min_bayniha_names_the_bases():
    assert _bases("وستغلق البعثة معسكرات أخرى، من بينها غاو وميناكا، قبل الصيف.") == ["غاو", "ميناكا"]


def test_a_list_after_wa_min_dimniha():
    assert _bases("وأخلت القوات قواعد عدة، ومن ضمنها غاو وميناكا.") == ["غاو", "ميناكا"]


def test_an_adjective_of_number_after_a_plural_head_is_no_name():
    assert _bases("وأخلت القوات قواعد كثيرة، من أهمها غاو وميناكا.") == ["غاو", "ميناكا"]
    assert _bases("وأخلت القوات قواعد عديدة وميناكا.") == []
    assert _bases("وأخلت القوات معسكرات متفرقة في الشمال.") == []


# -- a base's other name -------------------------------------------------------------------------

def _base_labels(text: str) -> list[str]:
    ex = extract(Article(source="t.txt", text="خبر\n\n" + text + "\n\nوقال مصدر إن الوضع هادئ.", lang="ar"))
    res, _ = resolve_and_build([ex])
    return sorted(e.labels["ar"] for e in res.entities.values() if e.kind is Kind.BASE)


def test_a_base_also_known_by_another_name_is_one_base():
    assert _base_labels("وكانت قاعدة الفاو، المعروفة أيضا بمطار الصالحية العسكري، قد سقطت في يد المسلحين.") == ["الفاو"]
    assert _base_labels("وأخلت القوات معسكر الصقر، المعروف محليا بقاعدة الكرامة.") == ["الصقر"]


def test_an_airfield_near_a_base_is_still_its_own_base():
    assert _base_labels("وكانت قاعدة الفاو قد سقطت في يد المسلحين قرب مطار الصالحية العسكري.") == ["الصالحية", "الفاو"]
