"""The feminine of a listed role (حاكمة for حاكم) is that role: after و it opens the next person's
phrase instead of extending the name before it (sentences written for this test)."""
from __future__ import annotations

from kg.model import Article, Kind
from kg.pipeline import extract


def _persons(text: str) -> dict:
    ex = extract(Article(source="t.txt", text="خبر\n\n" + text + "\n\nوقال مصدر إن الوضع هادئ.", lang="ar"))
    return {m.name: m.role for m in ex.mentions if m.kind is Kind.PERSON}


def test_a_feminine_role_after_waw_ends_the_name_before_it():
    persons = _persons("وحضر المراسم وزير الخارجية مارتن هولت وحاكمة الإقليم سارة ميلر.")
    assert "مارتن هولت" in persons
    assert not any("وحاكمة" in name for name in persons)


def test_a_feminine_role_is_the_role_of_the_name_after_it():
    persons = _persons("وقالت حاكمة الإقليم سارة ميلر إن القوات غادرت المعسكر.")
    assert persons.get("سارة ميلر", "").startswith("حاكمة")


def test_a_given_name_that_is_a_role_with_ta_marbuta_stays_a_name():
    persons = _persons("وقالت أمينة الحسيني إن القوات غادرت المعسكر.")
    assert any("أمينة" in name for name in persons)
