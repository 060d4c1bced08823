"""Arabic statements, second part: clause subjects of participles, negated reporting verbs and
announcements made on an occasion. Sentences written for these tests (names made up, taken from
no article). Each rule has sentences where it fires, in several of its forms, and near misses
where it must not.
"""
from __future__ import annotations


import pytest

from kg.normalise import fold

from support.ar_fixtures import extract  # noqa: F401  (extract is a fixture)
from support.ar_fixtures import plain as _plain, said as _said, said_by as _by  # noqa: F401
from support.ar_fixtures import speaker_of as _speaker, statements_of as _dump  # noqa: F401


# -- a participle after a clause of its own: ...، فيما رحّب X بالقرار، معتبراً أن ---------------------------

@pytest.mark.parametrize("text, words, speaker", [
    # VSO after فيما, the clause's verb no reporting verb
    ("وكان وزير الدفاع الليبي سالم بوزيد أعلن في أيار أن \"جميع الوحدات ستعود قبل الشتاء\"، فيما رحب "
     "محافظ البصرة كريم الزبيدي بالقرار، معتبراً أنه \"انتصار لأهل المدينة\".",
     "انتصار لأهل المدينة", "كريم الزبيدي"),
    # بينما, a feminine participle with a woman's role
    ("وقال العميد فارس الدليمي إن القوات \"أكملت الانتشار\"، بينما انتقدت النائبة سعاد الحلي التوقيت، "
     "معتبرةً أن \"الحكومة تسرعت في الإعلان\".", "الحكومة تسرعت في الإعلان", "سعاد الحلي"),
    # SVO after إلا أن: a role noun pointing back to the one who held it
    ("وقال المتحدث باسم القوات البريطانية المقدم روبرت كلارك إن القاعدة \"سلمت بالكامل\". وذكر مصدر محلي "
     "أن القوات البريطانية ستغادر البصرة قريبا، إلا أن المتحدث رفض تأكيد أي موعد، مكتفيا بالقول إن "
     "\"الجدول يبقى سريا\".", "الجدول يبقى سريا", "روبرت كلارك"),
    # غير أنّ, the feminine spokeswoman
    ("وأوضحت المتحدثة باسم البعثة ليلى حداد أن المعسكر \"سلم بكامل تجهيزاته\". وتستعد البعثة لإخلاء "
     "موقع آخر، غير أن المتحدثة امتنعت عن تحديد موعد، مكتفيةً بالقول إن \"كل شيء رهن الظروف\".",
     "كل شيء رهن الظروف", "ليلى حداد"),
])
def test_participle_describes_the_subject_of_the_clause_before_it(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_participle_after_a_clause_with_a_force_of_the_other_gender_keeps_the_speaker(extract):
    """فيما تسلّمت القوات العراقية ...، مؤكداً: a masculine participle does not describe القوات; the
    speaker before goes on."""
    ex = extract("وقال وزير الدفاع الليبي سالم بوزيد إن الانسحاب \"تم بنجاح\"، فيما تسلمت القوات العراقية "
                 "المواقع، مؤكداً أن \"التنسيق كان كاملا\".")
    assert _by(ex, "التنسيق كان كاملا", "سالم بوزيد"), _dump(ex)


def test_participle_without_a_clause_between_keeps_the_speaker(extract):
    ex = extract("وقال وزير الدفاع الليبي سالم بوزيد إن الانسحاب \"تم بنجاح\"، مؤكداً أن \"التنسيق كان كاملا\".")
    assert _by(ex, "التنسيق كان كاملا", "سالم بوزيد"), _dump(ex)


# -- a negated reporting verb: ولم تعلن X ... ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ولم تعلن وزارة الدفاع العراقية حتى الآن موعد الانسحاب النهائي من القاعدة.",
    "ولم يكشف الجيش الليبي عدد الجنود الذين غادروا القاعدة.",
    "ولم يذكر الجيش الليبي أن القوات غادرت المعسكر.",
    "ولن تعلن الحكومة العراقية أسماء الوحدات التي ستتسلم القواعد.",
    "لم يؤكد قائد الشرطة عادل الكعبي أن الشرطة تسلمت المقر.",
])
def test_negated_reporting_verb_is_no_statement(extract, text):
    ex = extract(text)
    assert not ex.statements, _dump(ex)


def test_negated_verb_subject_goes_on_in_the_participle(extract):
    ex = extract("ولم يكشف الجيش الليبي موعد الانسحاب، مؤكدا أن القوات \"جاهزة للمغادرة\".")
    assert _by(ex, "جاهزة للمغادرة", "الجيش الليبي"), _dump(ex)
    assert not _said(ex, "موعد الانسحاب"), _dump(ex)


def test_verb_after_a_negated_one_still_reports(extract):
    """لا before another word (لا يزال) or a verb not negated reports as before."""
    ex = extract("وأعلن الجيش الليبي أن القوات \"لا تزال في مواقعها\".")
    assert _by(ex, "لا تزال في مواقعها", "الجيش الليبي"), _dump(ex)


# -- an announcement on an occasion: أعلن X في خطاب أمام البرلمان انسحاب ... ------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("وكان وزير الدفاع الليبي سالم بوزيد قد أعلن في خطاب أمام البرلمان في 5 آذار الماضي سحب القوات من "
     "الجفرة على مرحلتين.", "سحب القوات من الجفرة", "سالم بوزيد"),
    ("وأعلنت وزارة الدفاع العراقية في بيان منفصل فرض حظر التجول في البصرة لمدة أسبوع.",
     "فرض حظر التجول في البصرة", "وزارة الدفاع"),
    ("وأعلن الجيش الليبي في مؤتمر صحفي عقده في طرابلس انسحاب القوات من سرت.",
     "انسحاب القوات من سرت", "الجيش الليبي"),
    ("عندما أعلن وزير الدفاع الليبي سالم بوزيد، خلال زيارته طرابلس في 29 نيسان الماضي، قرار سحب القوات "
     "من الجفرة.", "قرار سحب القوات من الجفرة", "سالم بوزيد"),
    ("وأعلنت وزارة الدفاع العراقية في كلمة متلفزة انتهاء المهمة في الأنبار.", "انتهاء المهمة في الأنبار",
     "وزارة الدفاع"),
    ("وأعلن الجيش الليبي في بيان مقتل ثلاثة جنود قرب سرت.", "مقتل ثلاثة جنود", "الجيش الليبي"),
])
def test_announcing_verb_takes_its_noun_object_after_the_occasion(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


@pytest.mark.parametrize("text", [
    # the noun after a preposition of the occasion is its object, not the announced one
    "وأعلن الجيش الليبي في بيان أمام الصحفيين في طرابلس.",
    # a reporting verb that announces nothing (قال) takes no noun object
    "وقال الجيش الليبي في بيان مقتضب انسحاب القوات من سرت.",
])
def test_occasion_alone_is_no_announcement(extract, text):
    ex = extract(text)
    assert not ex.statements, _dump(ex)


# -- a role phrase with a bracketed gloss before the name: المتحدث باسم X (الحاكم)، العقيد Y، ----------------

@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم المجلس الوطني للإنقاذ (المجلس العسكري الحاكم)، العقيد موسى كانتي، في كلمة متلفزة، "
    "إن \"رحيل آخر جندي أجنبي يعني استعادة السيادة\".",
    "وقال المتحدث باسم المجلس الوطني للإنقاذ (المجلس الحاكم) في نيامي، العقيد موسى كانتي، إن "
    "\"رحيل آخر جندي أجنبي يعني استعادة السيادة\".",
])
def test_role_phrase_with_a_gloss_names_the_person_after_it(extract, text):
    ex = extract(text)
    assert _by(ex, "رحيل آخر جندي أجنبي", "موسى كانتي"), _dump(ex)


def test_role_phrase_with_a_gloss_and_no_name_is_no_person(extract):
    ex = extract("وقال المتحدث باسم المجلس الوطني للإنقاذ (المجلس الحاكم)، إن \"رحيل آخر جندي أجنبي يعني "
                 "استعادة السيادة\". وحضر المراسم العقيد موسى كانتي.")
    assert not _by(ex, "رحيل آخر جندي أجنبي", "موسى كانتي"), _dump(ex)


# -- a call with the ones it calls on: دعا X المواطنين إلى ... -------------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("ودعا رئيس الوزراء العراقي حيدر الكناني السكان إلى التعاون مع الأجهزة الأمنية في البصرة.",
     "السكان إلى التعاون مع الأجهزة الأمنية", "حيدر الكناني"),
    ("وقال وزير الداخلية العراقي سالم الدوري إن الشرطة \"جاهزة لتسلم المواقع\"، داعياً الأهالي إلى "
     "\"الحفاظ على الممتلكات العامة\".", "الأهالي إلى الحفاظ على الممتلكات العامة", "سالم الدوري"),
    ("وأكدت النائبة هدى الساعدي أن الاتفاق منقوص، مناشدةً جميع الأطراف إلى \"تجنب أي تصعيد\".",
     "جميع الأطراف إلى تجنب أي تصعيد", "هدى الساعدي"),
])
def test_call_keeps_its_addressee(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


@pytest.mark.parametrize("text, words, not_words", [
    # no addressee: the words start after the preposition
    ("وقال وزير الداخلية العراقي سالم الدوري إن الشرطة جاهزة، داعياً إلى \"الحفاظ على الممتلكات العامة\".",
     "الحفاظ على الممتلكات العامة", "داعيا"),
    # a demand with بـ: its object is whom it is made of, not part of the words
    ("وقال وزير الداخلية العراقي سالم الدوري إن الشرطة جاهزة، مطالباً الحكومة بـ\"نشر جدول زمني للانسحاب\".",
     "نشر جدول زمني للانسحاب", "الحكومة"),
])
def test_call_without_addressee_or_with_another_preposition_keeps_its_words_alone(extract, text, words, not_words):
    ex = extract(text)
    said = _said(ex, words)
    assert said and not any(fold(not_words) in fold(s.quote) for s in said), _dump(ex)


# -- verbs of claiming and admitting in their forms: زعم / ادّعى / أقرّ / اعترف ------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("وزعم المتحدث باسم الجماعة ناصر الحوري أن مقاتليه سيطروا على المعسكر بالكامل.",
     "مقاتليه سيطروا على المعسكر", "ناصر الحوري"),
    ("ويزعم قائد الجماعة ناصر الحوري أن مقاتليه سيطروا على المعسكر بالكامل.",
     "مقاتليه سيطروا على المعسكر", "ناصر الحوري"),
    ("وادعى قائد الجماعة ناصر الحوري أن مقاتليه غنموا أسلحة ثقيلة من المعسكر.",
     "مقاتليه غنموا أسلحة ثقيلة", "ناصر الحوري"),
    ("ويقر وزير الدفاع الليبي سالم بوزيد بأن القوات تركت معدات في القاعدة.",
     "القوات تركت معدات في القاعدة", "سالم بوزيد"),
    ("وقال وزير الدفاع الليبي سالم بوزيد إن الانسحاب تم بهدوء، مقراً بأن القوات تركت معدات في القاعدة.",
     "القوات تركت معدات في القاعدة", "سالم بوزيد"),
    ("وقالت النائبة هدى الساعدي إن الاتفاق منقوص، مدعيةً أن الحكومة أخفت بنوده عن البرلمان.",
     "الحكومة أخفت بنوده عن البرلمان", "هدى الساعدي"),
])
def test_claiming_and_admitting_verbs_report_in_all_their_forms(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_headquarters_in_the_accusative_is_no_participle(extract):
    """مقراً لـ: the accusative of مقر (headquarters), spelt as the participle of أقرّ, reports nothing
    (its feminine مقرةً folds to مقره, his headquarters, and is left out of the list)."""
    ex = extract("وقال وزير الدفاع الليبي سالم بوزيد إن القاعدة ستصبح مقراً لقيادة المنطقة الجنوبية.")
    assert len(ex.statements) == 1, _dump(ex)
