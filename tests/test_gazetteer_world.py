"""The shared gazetteer's knowledge of bases and forces named worldwide in news of foreign and
national military presence (sentences written for these tests): a name in either language finds
its node, an Arabic and an English report of one base give one node, and the Marine Corps is a
force of its own beside the national forces."""
from __future__ import annotations

import pytest

from kg.extract import Resources, extractor_for
from kg.model import Article, Kind
from kg.resolve import resolve

_RES = Resources()


def _extract(text: str, lang: str):
    return extractor_for(lang, _RES)(Article(source=f"{lang}-{abs(hash(text)) % 10**6}.txt", text=text, lang=lang))


def _keys(text: str, lang: str, kind: Kind) -> set:
    return {m.key for m in _extract(text, lang).mentions if m.kind is kind}


@pytest.mark.parametrize("text, key", [
    ("The last American sailors left Subic Bay Naval Base in November, ending decades of presence.", "subic_bay"),
    ("Washington returned Howard Air Force Base to Panamanian control at a short ceremony.", "howard_afb"),
    ("Tokyo has long sought to relocate Marine Corps Air Station Futenma to a less crowded site.", "futenma"),
    ("Moscow said it would vacate the Cam Ranh Bay naval base before the lease expired.", "cam_ranh"),
    ("Russian officers dismantled equipment at the Gabala radar station after talks on rent failed.", "gabala_radar"),
    ("The army took over FOB Sharana in Paktika after the Americans flew out.", "sharana"),
    ("The British withdrew from Basra Palace overnight and moved to COB Basra.", "basra_palace"),
    ("The last US patrols left FOB Warhorse near Baqubah in the autumn.", "warhorse"),
    ("Fighters aligned with the council took over Maashiq Palace in Aden.", "maashiq_palace"),
])
def test_gazetteer_world_english_names_a_known_base(text, key):
    assert key in _keys(text, "en", Kind.BASE)


@pytest.mark.parametrize("text, key", [
    ("وغادر آخر البحارة الأمريكيين قاعدة سوبيك البحرية في نوفمبر بعد عقود من الوجود.", "subic_bay"),
    ("وتسعى طوكيو منذ سنوات إلى نقل قاعدة فوتينما إلى موقع أقل اكتظاظا.", "futenma"),
    ("وقالت موسكو إنها ستخلي قاعدة كام رانه البحرية قبل انتهاء عقد الإيجار.", "cam_ranh"),
    ("وفكك الضباط الروس معدات محطة رادار غابالا بعد فشل المفاوضات على الإيجار.", "gabala_radar"),
    ("وتسلم الجيش قاعدة شارانا في ولاية بكتيكا بعد رحيل الأمريكيين.", "sharana"),
    ("وانسحب البريطانيون من قصر البصرة ليلا إلى قاعدة مطار البصرة.", "basra_palace"),
    ("وسيطرت قوات موالية للمجلس على قصر معاشيق في عدن.", "maashiq_palace"),
    ("ونقل المعتقلون من معتقل بوكا إلى سجون أخرى.", "camp_bucca"),
    ("وانسحب الجنود الروس من مطار غيسار العسكري قرب العاصمة.", "ayni"),
])
def test_gazetteer_world_arabic_names_a_known_base(text, key):
    assert key in _keys(text, "ar", Kind.BASE)


def test_gazetteer_world_both_languages_give_one_base_node():
    en = _extract("Russia handed the Gabala radar station back to Azerbaijan on December 10, 2012.", "en")
    ar = _extract("وسلمت روسيا محطة رادار غابالا إلى أذربيجان في 10 ديسمبر 2012.", "ar")
    res = resolve([en, ar])
    bases = [e for e in res.entities.values() if e.kind is Kind.BASE]
    assert [e.key for e in bases] == ["gabala_radar"]


def test_gazetteer_world_marines_are_a_force_beside_the_national_forces():
    en = _keys("U.S. forces and the U.S. Marine Corps left the area; the U.S. military said.", "en", Kind.FORCE)
    assert {"us_forces", "us_marines"} <= en
    ar = _keys("وقالت القوات الأمريكية إن مشاة البحرية الأمريكية غادروا القاعدة.", "ar", Kind.FORCE)
    assert {"us_forces", "us_marines"} <= ar


@pytest.mark.parametrize("text, lang, key", [
    ("The AU Transition Mission in Somalia handed the camp to the army.", "en", "atmis"),
    ("EAC troops withdrew from the town on Friday.", "en", "eacrf"),
    ("وقالت القوات البحرية السودانية إن القاعدة لم تسلم بعد.", "ar", "sudanese_navy"),
    ("Trainers of EUTM-RCA left the camp in Bangui.", "en", "eutm_rca"),
    ("Kurdish-led forces pulled back from the oil field east of the river.", "en", "sdf"),
    ("Gunmen of the Mehdi Army militia patrolled the streets after the handover.", "en", "mahdi_army"),
])
def test_gazetteer_world_names_a_known_force(text, lang, key):
    assert key in _keys(text, lang, Kind.FORCE)


def test_gazetteer_world_near_miss_a_bare_toponym_is_no_base():
    # a short name denotes the base only after a head noun: the town itself is no base
    assert "sharana" not in _keys("Protesters gathered in Sharana on Friday to demand jobs.", "en", Kind.BASE)
    assert "beaufort" not in _keys("The storm moved north toward Beaufort on Tuesday.", "en", Kind.BASE)


@pytest.mark.parametrize("text, lang, key", [
    ("The compound had been one of Saddam Hussein's residences before the war.", "en", "saddam_hussein"),
    ("وكان المجمع أحد مقار صدام حسين قبل الحرب.", "ar", "saddam_hussein"),
    ("Supporters of Moqtada al-Sadr marched past the gate after the troops left.", "en", "moqtada_al_sadr"),
    ("وكان مقر الاستخبارات قد استخدم منذ عهد رفيق الحريري.", "ar", "rafik_hariri"),
])
def test_gazetteer_world_names_a_public_figure(text, lang, key):
    assert key in _keys(text, lang, Kind.PERSON)


# --- countries that hosted foreign bases: a receiver named by the country or its demonym ---------

@pytest.mark.parametrize("text, lang", [
    ("The U.S. Navy handed Camp Tolo over to the Philippines on 24 November 1992.", "en"),
    ("Panamanian police took over Fort Osk on 1 October 1999 after the Americans left.", "en"),
    ("Vietnamese troops took over the Tolo naval base after the Russians left.", "en"),
    ("وسلمت القوات الأمريكية قاعدة تولو إلى الفلبين في 24 نوفمبر 1992.", "ar"),
    ("وتسلمت القوات البنمية معسكر أوسك من الجيش الأمريكي.", "ar"),
    ("وتسلمت القوات الفيتنامية قاعدة تولو البحرية من الروس.", "ar"),
])
def test_gazetteer_world_host_country_or_its_demonym_receives(text, lang):
    [h] = _extract(text, lang).handovers
    assert h.to_force is not None


def test_gazetteer_world_one_force_for_a_host_country_in_both_languages():
    en = _extract("The U.S. Navy handed Camp Tolo over to the Philippines on 24 November 1992.", "en")
    ar = _extract("وسلمت القوات الأمريكية قاعدة تولو إلى الفلبين في 24 نوفمبر 1992.", "ar")
    res = resolve([en, ar])
    receivers = {e.key for e in res.entities.values() if e.kind is Kind.FORCE and e.key != "us_forces"}
    assert len(receivers) == 1


@pytest.mark.parametrize("text, lang", [
    ("The U.S. Navy handed Camp Tolo over to the Philippines on 24 November 1992.", "en"),
    ("وسلمت البحرية الأمريكية قاعدة تولو إلى الفلبين في 24 نوفمبر 1992.", "ar"),
])
def test_gazetteer_world_a_branch_of_service_is_its_national_force(text, lang):
    [h] = _extract(text, lang).handovers
    assert h.from_force is not None and h.from_force.key == "us_forces"


@pytest.mark.parametrize("text, role", [
    ("وقال حاكم جنوب كيفو جان موكالا إن الوضع هادئ في المدينة.", "حاكم جنوب كيفو"),
    ("وقال حاكم إقليم شمال كيفو جان موكالا إن الوضع هادئ في المدينة.", "حاكم إقليم شمال كيفو"),
])
def test_gazetteer_world_a_province_in_a_role_reaches_the_person(text, role):
    [p] = [m for m in _extract(text, "ar").mentions if m.kind is Kind.PERSON]
    assert p.surface == "جان موكالا" and p.role == role


# === Bases added for handovers after the Cold War and the wars of 2011-2025 (2026-11-22) ==========
# Sentences written for these tests: each names a base by one of its aliases, in either language.

@pytest.mark.parametrize("text, key", [
    ("Russian airborne troops pulled out of Hostomel airport at the end of March.", "hostomel"),
    ("The Americans handed over COB Garry Owen in Amarah to the Iraqi army.", "garry_owen"),
    ("Rebels overran the Taftanaz air base after weeks of siege.", "taftanaz"),
    ("The army regained the Abu al-Duhur military airport in January.", "abu_al_duhur"),
    ("Russian soldiers left the T4 airbase in the desert west of Palmyra.", "tiyas"),
    ("The RSF said it had seized the Ardamata base outside El Geneina.", "ardamata"),
    ("The army said it had retaken the Republican Palace in Khartoum.", "republican_palace_khartoum"),
    ("Georgian troops took over the Vaziani military base from the Russians.", "vaziani"),
    ("The last Soviet officers left the Wünsdorf garrison in 1994.", "wunsdorf"),
    ("U.S. forces returned Rhein-Main Air Base to Germany in 2005.", "rhein_main"),
    ("The Navy closed the Holy Loch submarine base in 1992.", "holy_loch"),
    ("The Germans handed PRT Kunduz to the Afghan army in October 2013.", "prt_kunduz"),
    ("Al-Shabaab fighters overran the El Adde base in Gedo.", "el_adde"),
    ("Ukrainian troops withdrew from Donetsk airport after months of fighting.", "donetsk_airport"),
    ("The Philippine government took over Camp John Hay in Baguio.", "camp_john_hay"),
    ("The United States began returning Yongsan Garrison to Seoul.", "yongsan"),
    ("Iraqi troops recaptured the Ghazlani camp on the edge of Mosul.", "ghazlani"),
    ("MONUSCO handed the Kamanyola base to the Congolese police.", "kamanyola"),
])
def test_gazetteer_world_added_english_names_a_base(text, key):
    assert key in _keys(text, "en", Kind.BASE)


@pytest.mark.parametrize("text, key", [
    ("وانسحبت القوات الروسية من مطار هوستوميل في نهاية مارس.", "hostomel"),
    ("وسلم الأمريكيون قاعدة غاري أوين في العمارة إلى الجيش العراقي.", "garry_owen"),
    ("وسيطرت فصائل المعارضة على مطار تفتناز العسكري بعد حصار طويل.", "taftanaz"),
    ("واستعاد الجيش السوري مطار أبو الظهور العسكري في يناير.", "abu_al_duhur"),
    ("وغادر الجنود الروس مطار التيفور العسكري في البادية.", "tiyas"),
    ("وقالت قوات الدعم السريع إنها سيطرت على حامية أردمتا قرب الجنينة.", "ardamata"),
    ("وأعلن الجيش السوداني استعادة القصر الجمهوري في الخرطوم.", "republican_palace_khartoum"),
    ("وتسلم الجيش الجورجي قاعدة فازياني من القوات الروسية.", "vaziani"),
    ("وأعادت الولايات المتحدة قاعدة راين ماين الجوية إلى ألمانيا عام 2005.", "rhein_main"),
    ("وسلم الألمان القاعدة الألمانية في قندوز إلى الجيش الأفغاني.", "prt_kunduz"),
    ("واقتحم مسلحو حركة الشباب قاعدة العدي في إقليم جدو.", "el_adde"),
    ("وانسحب الجنود الأوكرانيون من مطار دونيتسك بعد أشهر من القتال.", "donetsk_airport"),
    ("وبدأت الولايات المتحدة إعادة قاعدة يونغسان إلى سيول.", "yongsan"),
    ("واستعادت القوات العراقية معسكر الغزلاني في أطراف الموصل.", "ghazlani"),
    ("وسلمت بعثة مونوسكو قاعدة كامانيولا إلى الشرطة الكونغولية.", "kamanyola"),
    ("وسيطر مقاتلو المعارضة على مطار كويرس العسكري شرق حلب.", "kuweires"),
    ("وانسحب الجيش الروسي من جزيرة الثعبان في البحر الأسود.", "snake_island"),
    ("وحررت المقاومة معتقل الخيام بعد انسحاب الجيش الإسرائيلي.", "khiam"),
])
def test_gazetteer_world_added_arabic_names_a_base(text, key):
    assert key in _keys(text, "ar", Kind.BASE)


def test_gazetteer_world_added_base_is_one_node_in_both_languages():
    en = _extract("Rebels overran the Taftanaz air base in January 2013.", "en")
    ar = _extract("وسيطر مقاتلو المعارضة على مطار تفتناز العسكري في يناير 2013.", "ar")
    res = resolve([en, ar])
    bases = [e for e in res.entities.values() if e.kind is Kind.BASE]
    assert [e.key for e in bases] == ["taftanaz"]


@pytest.mark.parametrize("text, lang, key", [
    # a town that gave its name to a base
    ("Protesters gathered in Bitburg on Friday to demand jobs.", "en", "bitburg"),
    ("وزار الوفد مدينة بيتبورغ الألمانية.", "ar", "bitburg"),
    ("Farmers in Lajes said the harvest was poor this year.", "en", "lajes"),
    # a village or district
    ("The village of Kisik lies on the road west of Mosul.", "en", "kisik"),
    ("وتقع بلدة الغزلاني على طريق الموصل.", "ar", "ghazlani"),
    ("The delegation drove on to Yongsan for talks with residents.", "en", "yongsan"),
    ("وتجول الزوار في حي يونغسان وسط سيول.", "ar", "yongsan"),
    # a toponym that is also an ordinary Arabic word
    ("وعاد السكان إلى قرية الشعيرات بعد انتهاء المعارك.", "ar", "shayrat"),
])
def test_gazetteer_world_added_near_miss_a_bare_toponym_is_no_base(text, lang, key):
    assert key not in _keys(text, lang, Kind.BASE)
