"""Arabic statements, thirteenth round: verbs of calling, pledging and threatening (دعا، طالب، ناشد،
توعد، تعهد، حذر، اتهم) whose subject is not right after them, and their participles. Sentences
written for these tests (names made up, taken from no article). Each rule has sentences where it
fires, in several of its forms, and near misses where it must not.
"""
from __future__ import annotations


import pytest

from kg.normalise import fold

from support.ar_fixtures import extract  # noqa: F401  (extract is a fixture)
from support.ar_fixtures import plain as _plain, said as _said, said_by as _by  # noqa: F401
from support.ar_fixtures import speaker_of as _speaker, statements_of as _dump  # noqa: F401

_SAID_BEFORE = "وقال وزير الدفاع الليبي سالم بوزيد إن الانسحاب \"تم بنجاح\". "
_SHE_SAID_BEFORE = "وقالت النائبة سعاد الحلي إن الانسحاب \"جاء متأخراً\". "


# -- a calling verb opening its sentence, its subject its pronoun: وتوعد بأن ...، وتعهد بحماية ... ---------

@pytest.mark.parametrize("text, words, speaker", [
    (_SAID_BEFORE + "وتوعد بأن الجيش \"سيرد على أي هجوم في سرت\".", "سيرد على أي هجوم في سرت", "سالم بوزيد"),
    (_SAID_BEFORE + "فتوعد بأن \"المهربين لن يفلتوا من العقاب\".", "المهربين لن يفلتوا من العقاب", "سالم بوزيد"),
    # the feminine, after a woman's words
    (_SHE_SAID_BEFORE + "وتوعدت بأن البرلمان \"سيحاسب المقصرين\".", "سيحاسب المقصرين", "سعاد الحلي"),
    # a pledge's verbal noun after بـ is its words even unquoted
    (_SAID_BEFORE + "وتعهد بحماية السكان في مصراتة خلال الأشهر المقبلة.", "حماية السكان في مصراتة", "سالم بوزيد"),
    # a call with its preposition right after the verb
    (_SHE_SAID_BEFORE + "ودعت إلى \"فتح تحقيق في ملابسات الانسحاب\".", "فتح تحقيق في ملابسات الانسحاب", "سعاد الحلي"),
    (_SAID_BEFORE + "ودعا إلى \"ضبط النفس في سرت\".", "ضبط النفس في سرت", "سالم بوزيد"),
    # ناشد, a verb of the same list
    (_SAID_BEFORE + "وناشد بأن \"يبقى الأهالي في بيوتهم\".", "يبقى الأهالي في بيوتهم", "سالم بوزيد"),
])
def test_calling_verb_with_its_pronoun_as_subject_continues_the_speaker(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_calling_verb_of_the_other_gender_does_not_continue_the_speaker(extract):
    """وتوعدت after a man's words: not his; the woman who spoke before him is the one."""
    ex = extract(_SHE_SAID_BEFORE + _SAID_BEFORE + "وتوعدت بأن البرلمان \"سيحاسب المقصرين\".")
    assert not _by(ex, "سيحاسب المقصرين", "سالم بوزيد"), _dump(ex)


def test_calling_verb_with_a_noun_after_it_is_not_the_last_speakers(extract):
    """وطالب الحكومة بـ...: a noun after the verb (its subject or its object); no pronoun subject
    to continue the speaker before."""
    ex = extract(_SAID_BEFORE + "وطالب أهالي المدينة الحكومة بـ\"صرف رواتب الجنود فوراً\".")
    assert not _by(ex, "صرف رواتب الجنود فورا", "سالم بوزيد"), _dump(ex)


def test_calling_verb_inside_a_sentence_without_a_speaker_reports_nothing(extract):
    """A pledge in a sentence of the writer's own, its subject a noun the lists do not know."""
    ex = extract(_SAID_BEFORE + "وانسحبت الكتيبة من المعسكر وتعهدت بالعودة.")
    assert not _said(ex, "بالعودة"), _dump(ex)


# -- the subject before the verb: وكان X قد توعد / دعا ...، with the occasion between ------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("وكان قائد الشرطة في البصرة العقيد كريم الزبيدي قد توعد بأن القوات \"ستلاحق المهربين في كل مكان\".",
     "ستلاحق المهربين في كل مكان", "كريم الزبيدي"),
    ("وكان قائد الشرطة في البصرة العقيد كريم الزبيدي قد دعا السكان إلى \"التعاون مع الأجهزة الأمنية\".",
     "التعاون مع الأجهزة الأمنية", "كريم الزبيدي"),
    # the occasion and the day between the verb and its words
    ("وكانت النائبة سعاد الحلي قد تعهدت في مقابلة مع قناة محلية الأحد بأن البرلمان \"سيراقب الانسحاب\".",
     "سيراقب الانسحاب", "سعاد الحلي"),
    ("وكان العقيد كريم الزبيدي قد ناشد في كلمة متلفزة أمس الأهالي إلى \"البقاء في منازلهم\".",
     "البقاء في منازلهم", "كريم الزبيدي"),
])
def test_calling_verb_after_its_subject(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_calling_verb_after_a_prepositional_object_takes_no_subject_from_it(extract):
    """مع العقيد X دعا ...: a name governed by a preposition is no subject."""
    ex = extract("وبعد لقاء مع العقيد كريم الزبيدي دعا إلى \"التهدئة في البصرة\".")
    assert not _by(ex, "التهدئة في البصرة", "كريم الزبيدي"), _dump(ex)


# -- participles of threatening and accusing: متوعداً بأن، متهمةً X بـ"..." --------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("وأكد العقيد كريم الزبيدي أن القوات \"أكملت الانسحاب\"، متوعداً بأن \"أي اعتداء لن يمر دون رد\".",
     "أي اعتداء لن يمر دون رد", "كريم الزبيدي"),
    ("وقالت النائبة سعاد الحلي إن الانسحاب \"جاء متأخراً\"، متوعدةً بأن البرلمان \"سيحاسب المقصرين\".",
     "سيحاسب المقصرين", "سعاد الحلي"),
    ("وقال العقيد كريم الزبيدي إن القوات \"ستبقى في البصرة\"، متهماً المهربين بـ\"تخريب المعسكر\".",
     "تخريب المعسكر", "كريم الزبيدي"),
])
def test_participle_of_threatening_or_accusing_reports_its_words(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_participle_of_threatening_ends_the_words_before_it(extract):
    """The statement before the participle stops at it: the threat is a statement of its own."""
    ex = extract("وأكد العقيد كريم الزبيدي أن القوات \"أكملت الانسحاب\"، متوعداً بأن \"أي اعتداء لن يمر دون رد\".")
    assert not [s for s in _said(ex, "أكملت الانسحاب") if "اعتداء" in s.quote], _dump(ex)


def test_participle_of_accusing_without_quoted_words_reports_nothing_of_its_own(extract):
    """متهماً X بتخريب ...: an unquoted accusation is the writer's summary, no statement of its own."""
    ex = extract("وقال العقيد كريم الزبيدي إن القوات \"ستبقى في البصرة\"، متهماً المهربين بتخريب المعسكر.")
    assert not [s for s in ex.statements if s.quote.startswith(("المهربين", "بتخريب", "تخريب"))], _dump(ex)


# -- role nouns of civic and diplomatic office, and the role noun in construct before a comma ---------------

def _person_named(ex, name: str) -> bool:
    return any(m.kind.name == "PERSON" and fold(name) in fold(m.surface) for m in ex.mentions)


@pytest.mark.parametrize("text, name, words", [
    # عمدة in construct with a city, the name set off by commas
    ("وقال عمدة فرانكنتال، هلموت كرايسر، إن المدينة \"ستستعيد الأرض\".", "هلموت كرايسر", "ستستعيد الأرض"),
    # with the article, no comma
    ("وقال العمدة يورغن بافلاك إن البلدية \"ستحول الثكنة إلى حي سكني\".", "يورغن بافلاك", "ستحول الثكنة"),
    # سيناتور of a state with its compass word
    ("وقال السيناتور عن غرب فيرجينيا، دوغلاس هاملي، إن الجنود \"غادروا مبكراً\".", "دوغلاس هاملي",
     "غادروا مبكرا"),
    # المندوب with a nationality adjective
    ("وقال المندوب الإيطالي ماركو فيراني إن بلاده \"ستسحب قواتها قريباً\".", "ماركو فيراني",
     "ستسحب قواتها قريبا"),
    # وكيل وزارة
    ("وأكد وكيل وزارة الداخلية كاظم الربيعي أن القوات \"تسلمت الموقع\".", "كاظم الربيعي", "تسلمت الموقع"),
])
def test_civic_and_diplomatic_role_nouns_name_the_speaker(extract, text, name, words):
    ex = extract(text)
    assert _person_named(ex, name), [(m.kind, m.surface) for m in ex.mentions]
    assert _by(ex, words, name), _dump(ex)


def test_role_noun_in_construct_with_a_known_word_is_not_joined_to_a_comma_name(extract):
    """عمدة المدينة، ...: a definite genitive after the role noun, no name after the comma."""
    ex = extract("وقال عمدة المدينة، بعد مراسم التسليم، إن البلدية \"ستتسلم الأرض\".")
    assert not any(m.kind.name == "PERSON" for m in ex.mentions), [(m.kind, m.surface) for m in ex.mentions]


def test_mayor_of_either_gender_keeps_speaking_after_a_masculine_participle(extract):
    """عمدة ends in ة but is held by men: a masculine participle after the mayor's words goes on
    with the mayor, not with the man who spoke before."""
    ex = extract("وقال العقيد كريم الزبيدي إن القوات \"غادرت المعسكر\". وقال عمدة فرانكنتال، هلموت كرايسر، "
                 "إن المدينة \"ستستعيد الأرض\"، مشيراً إلى أن البلدية \"تعمل على خطة للسكن\".")
    assert _by(ex, "تعمل على خطة للسكن", "هلموت كرايسر"), _dump(ex)


@pytest.mark.parametrize("text, name, words", [
    ("وقال العقيد كريم الزبيدي إن القوات \"غادرت\". ويقول المؤرخ المحلي فرانز هوبر، الذي يعمل في "
     "المتحف، إن الجنود \"رحلوا بصمت\".", "فرانز هوبر", "رحلوا بصمت"),
    ("وقالت الطبيبة كلارا مينغيتي إن المستشفى \"استقبل عشرات الجرحى\".", "كلارا مينغيتي", "استقبل عشرات الجرحى"),
])
def test_profession_nouns_name_the_speaker_not_the_one_before(extract, text, name, words):
    ex = extract(text)
    assert _by(ex, words, name), _dump(ex)


# -- a definite plural after a name is no family name: دعا الرئيس X المواطنين إلى ... ------------------------

@pytest.mark.parametrize("text, name, plural", [
    ("ودعا الرئيس سالم بوزيد المواطنين إلى الحفاظ على الممتلكات العامة.", "سالم بوزيد", "المواطنين"),
    ("وطالب العقيد كريم الزبيدي المسلحين بـ\"تسليم أسلحتهم فوراً\".", "كريم الزبيدي", "المسلحين"),
    ("وناشد الوزير فارس الدليمي العسكريين إلى \"ضبط النفس\".", "فارس الدليمي", "العسكريين"),
])
def test_definite_plural_after_a_name_is_its_object(extract, text, name, plural):
    ex = extract(text)
    people = [m.surface for m in ex.mentions if m.kind.name == "PERSON"]
    assert any(fold(name) in fold(p) for p in people), people
    assert not any(fold(plural) in fold(p) for p in people), people


def test_family_name_in_ين_after_a_given_name_stays_in_the_name(extract):
    """الياسين: a family name shaped like a plural, no participle's."""
    ex = extract("وقال العقيد أحمد الياسين إن القوات \"غادرت المعسكر\".")
    assert _by(ex, "غادرت المعسكر", "أحمد الياسين"), _dump(ex)


# -- a call's occasion set off by commas between its subject and its object -------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("ودعت وزارة الدفاع الليبية، في اجتماع طارئ عقدته مساء أمس برئاسة الوزير سالم بوزيد، الفصائل إلى "
     "«الانسحاب الفوري من سرت».", "الانسحاب الفوري من سرت", "وزارة الدفاع الليبية"),
    ("وطالب العقيد كريم الزبيدي، خلال لقائه وجهاء العشائر في البصرة يوم الأحد، الأهالي بـ\"الإبلاغ عن "
     "المهربين\".", "الإبلاغ عن المهربين", "كريم الزبيدي"),
])
def test_calling_verb_across_a_long_occasion_aside(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_occasion_aside_that_never_closes_reports_nothing(extract):
    """، في كلمة ... بتطبيق القانون.: no comma closes the aside, so no object and no words follow it."""
    ex = extract("وطالب العقيد كريم الزبيدي، في كلمة ألقاها أمام وجهاء العشائر في البصرة بتطبيق القانون.")
    assert not ex.statements, _dump(ex)


# -- a call's quotation after its object and occasion: ناشد X في تسجيل صوتي «...» ------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("وكان العقيد كريم الزبيدي قد ناشد الطرفين في تسجيل مصور الأسبوع الماضي \"وقف القتال في البصرة\"، "
     "داعياً الأهالي إلى \"البقاء في منازلهم\".", "وقف القتال في البصرة", "كريم الزبيدي"),
    ("وكان العقيد كريم الزبيدي قد ناشد الطرفين في تسجيل مصور الأسبوع الماضي \"وقف القتال في البصرة\"، "
     "داعياً الأهالي إلى \"البقاء في منازلهم\".", "البقاء في منازلهم", "كريم الزبيدي"),
    ("وطالبت النائبة سعاد الحلي الحكومة أمس «بكشف نتائج التحقيق».", "بكشف نتائج التحقيق", "سعاد الحلي"),
])
def test_call_quotation_after_its_object_and_occasion(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_call_quotation_after_a_comma_is_not_the_calls(extract):
    """طالب X الحكومة بالإسراع، و"..." : a comma ends the call's clause; a quotation after it is no
    words the call governs."""
    ex = extract("وطالبت النائبة سعاد الحلي الحكومة بالإسراع، و\"الإصلاح\" شعار الحملة.")
    assert not _by(ex, "الإصلاح", "سعاد الحلي"), _dump(ex)


# -- a description that names its person: وجيه محلي يدعى X، ضابط متقاعد اسمه X ---------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    (_SAID_BEFORE + "وأكد ضابط متقاعد يدعى فيصل الجبوري أن \"المعسكر نهب بالكامل\".", "المعسكر نهب بالكامل",
     "فيصل الجبوري"),
    (_SAID_BEFORE + "وقال وجيه محلي يدعى الحاج إسحاق إن \"المسلحين رفعوا رايتهم\".", "المسلحين رفعوا رايتهم",
     "إسحاق"),
    (_SAID_BEFORE + "وقال شاب يدعى أحمد نور إن \"الشوارع خلت من المارة\".", "الشوارع خلت من المارة", "أحمد نور"),
    (_SAID_BEFORE + "وأكدت سيدة تدعى فاطمة الشمري أن \"الحي خلا من سكانه\".", "الحي خلا من سكانه",
     "فاطمة الشمري"),
])
def test_described_person_named_after_a_naming_word_is_the_speaker(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_claims_verb_is_no_naming_word(extract):
    """يدّعي أن: "claims that", spelt like يدعى; no name follows, no person."""
    ex = extract(_SAID_BEFORE + "وأضاف أن المهرب يدعي أن \"البضاعة له\".")
    assert all("بوزيد" in m.surface for m in ex.mentions if m.kind.name == "PERSON"), \
        [(m.kind, m.surface) for m in ex.mentions]
    assert not any(fold("المهرب") in _speaker(s) for s in ex.statements), _dump(ex)


# -- the subject after a resumptive preposition: مراسم قال فيها X، مؤتمر أكد خلاله X -------------------------

@pytest.mark.parametrize("text, words, speaker", [
    (_SAID_BEFORE + "وأقيمت مراسم قصيرة قال فيها العقيد كريم الزبيدي: \"نحن نغادر البصرة لكننا سنعود\".",
     "نحن نغادر البصرة لكننا سنعود", "كريم الزبيدي"),
    (_SAID_BEFORE + "وعقدت البعثة مؤتمراً صحفياً أكدت خلاله النائبة سعاد الحلي أن \"الانسحاب تم بهدوء\".",
     "الانسحاب تم بهدوء", "سعاد الحلي"),
    (_SAID_BEFORE + "وألقى العقيد كريم الزبيدي كلمة قال فيه إن \"المهمة انتهت\".", "المهمة انتهت", "كريم الزبيدي"),
])
def test_subject_after_a_resumptive_preposition(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_resumptive_preposition_without_a_subject_after_it_keeps_the_speaker(extract):
    """مؤتمراً أكد خلاله أن ...: no subject after the pronoun; the sentence's subject speaks."""
    ex = extract("وعقد العقيد كريم الزبيدي مؤتمراً صحفياً أكد خلاله أن القوات \"ستبقى في البصرة\".")
    assert _by(ex, "ستبقى في البصرة", "كريم الزبيدي"), _dump(ex)


# -- a writing verb with its platform and a complementizer: كتب X على منصة إكس أن ... -------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("وكتب وزير الدفاع الليبي سالم بوزيد على منصة إكس أن قواته \"لن تتعرض للمدنيين\".", "لن تتعرض للمدنيين",
     "سالم بوزيد"),
    ("وغردت النائبة سعاد الحلي عبر حسابها على تويتر بأن \"البرلمان سيحقق في الانسحاب\".",
     "البرلمان سيحقق في الانسحاب", "سعاد الحلي"),
])
def test_writing_verb_with_platform_and_complementizer(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


def test_writing_verb_with_platform_and_a_noun_reports_nothing(extract):
    """كتب X على منصة إكس منشوراً عن ...: what was written about, no words."""
    ex = extract("وكتب العقيد كريم الزبيدي على منصة إكس منشوراً طويلاً عن المعركة.")
    assert not ex.statements, _dump(ex)


# -- the verbal noun a verb takes as its object ends the name before it: نفى X سقوط ...، أعلن X مقتل ... ------------

@pytest.mark.parametrize("text, name, noun", [
    ("ونفى المتحدث باسم الحركة فارس الدليمي سقوط المدينة، وكتب على صفحته أن \"المقاتلين صامدون\".",
     "فارس الدليمي", "سقوط"),
    ("وأكد العقيد كريم الزبيدي مقتل ثلاثة من المهاجمين.", "كريم الزبيدي", "مقتل"),
    ("ونفت النائبة سعاد الحلي مغادرة الوفد للعاصمة.", "سعاد الحلي", "مغادرة"),
])
def test_verbal_noun_object_is_no_part_of_the_name(extract, text, name, noun):
    ex = extract(text)
    people = [m.surface for m in ex.mentions if m.kind.name == "PERSON"]
    assert any(fold(name) in fold(p) for p in people), people
    assert not any(fold(noun) in fold(p) for p in people), people


def test_conjoined_writing_verb_ends_the_words_before_it(extract):
    """نفى X سقوط المدينة، وكتب على صفحته أن ...: the writing verb opens words of their own."""
    ex = extract("ونفى المتحدث باسم الحركة فارس الدليمي سقوط المدينة، وكتب على صفحته أن \"المقاتلين صامدون\".")
    assert not [s for s in ex.statements if "صفحته" in s.quote], _dump(ex)
    assert _by(ex, "المقاتلين صامدون", "فارس الدليمي"), _dump(ex)


# -- an unquoted pledge or call after a verb with no subject of its own is reported with its verb ------------

@pytest.mark.parametrize("text, words, speaker", [
    (_SAID_BEFORE + "وتعهد بحماية السكان في مصراتة خلال الأشهر المقبلة.", "تعهد بحماية السكان في مصراتة",
     "سالم بوزيد"),
    ("وحضر المراسم العقيد كريم الزبيدي، الذي رحب بالخطوة وتعهد بالحفاظ على الأمن في البصرة.",
     "تعهد بالحفاظ على الأمن في البصرة", "كريم الزبيدي"),
    (_SAID_BEFORE + "ودعا إلى الانسحاب من سرت قبل نهاية الشهر.", "دعا إلى الانسحاب من سرت", "سالم بوزيد"),
])
def test_unquoted_pledge_after_a_verb_without_subject_keeps_its_verb(extract, text, words, speaker):
    ex = extract(text)
    assert _by(ex, words, speaker), _dump(ex)


@pytest.mark.parametrize("text, start", [
    # quoted words and a clause are the words alone
    (_SAID_BEFORE + "ودعا إلى \"ضبط النفس في سرت\".", "ضبط النفس"),
    (_SAID_BEFORE + "وتوعد بأن الجيش سيرد على أي هجوم.", "الجيش"),
    # a named subject: the words alone
    ("وتعهد وزير الدفاع الليبي سالم بوزيد بـ\"حماية السكان في سرت\".", "حماية"),
])
def test_quoted_or_clausal_or_subjected_call_is_reported_without_its_verb(extract, text, start):
    ex = extract(text)
    last = ex.statements[-1] if ex.statements else None
    assert last is not None and last.quote.startswith(start), _dump(ex)


def test_name_starting_with_ba_after_a_calling_verb_is_its_subject_not_its_words(extract):
    """وتتهم باماكو باريس بـ...: a place's name beginning with ب is no بـ + verbal noun; the verb has
    a subject of its own and does not continue the speaker before."""
    ex = extract(_SAID_BEFORE + "وتتهم باماكو باريس بـ\"التخلي\" عن مالي.")
    assert not _by(ex, "التخلي", "سالم بوزيد"), _dump(ex)


# -- a writing verb with the platform's name in quotation marks, then a colon ----------------------------------

@pytest.mark.parametrize("text", [
    "وكتب العقيد كريم الزبيدي على منصة \"إكس\": \"القوات غادرت البصرة بسلام\".",
    "وكتب العقيد كريم الزبيدي على منصة «إكس»: 'القوات غادرت البصرة بسلام'.",
    "وكتب العقيد كريم الزبيدي على منصة إكس: «القوات غادرت البصرة بسلام».",
])
def test_writing_verb_with_quoted_platform_reports_the_words_after_the_colon(extract, text):
    ex = extract(text)
    assert [s.quote for s in ex.statements if _by(ex, "القوات غادرت البصرة بسلام", "كريم الزبيدي")] and \
        all(s.quote.startswith("القوات") for s in ex.statements), _dump(ex)


def test_writing_verb_with_quoted_platform_and_no_words_reports_nothing(extract):
    """كتب X على منصة «إكس» منشوراً ...: no colon, no words."""
    ex = extract("وكتب العقيد كريم الزبيدي على منصة «إكس» منشوراً طويلاً عن المعركة.")
    assert not ex.statements, _dump(ex)
