"""Person columns in scripts without case (and Cyrillic) read around their Latin dress: cells, columns, guards."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_caseless_people import (
    ScriptCell,
    caseless_people_columns,
    caseless_people_score,
    read_script_cell,
)

# Sorani Kurdish (no Faker list): given names that come back as fathers' names, ages in brackets.
SORANI = ["هێمن دڵشاد (52)", "دڵشاد ئارام", "ئارام هێمن سیروان", "سیروان دڵشاد (33)", "ژیلا ئارام", "هێمن سیروان",
          "ئارام دڵشاد (47)", "ڤیان هێمن", "نییە", "ژیلا سیروان (29)", "دڵشاد ئارام"]  # fmt: skip
# Amharic in Ethiopic script, dressed in Latin (care-of and attention words, an e-mail).
AMHARIC = ["Attn: አበበ ከበደ", "ከበደ ታደሰ", "c/o መሰረት አበበ", "ታደሰ ገብሬ <tadesse.g@example.org>", "ሄኖክ ታደሰ",
           "ገብሬ ሄኖክ", "መሰረት ከበደ", "c/o አበበ ገብሬ", "ሄኖክ አበበ (40)", "ከበደ ሄኖክ"]  # fmt: skip
# Bengali names the lists know, dressed.
BENGALI = ["Attn: রফিক ইসলাম", "c/o সুমাইয়া আক্তার", "নাসির উদ্দিন", "তানভীর হাসান (35)", "রাশেদ চৌধুরী",
           "শারমিন সুলতানা <sharmin@example.org>", "মেহেদী হাসান", "রফিক চৌধুরী"]  # fmt: skip


def test_cell_core_with_latin_dress_set_aside() -> None:
    cell = read_script_cell("c/o لينا الخطيب <lina@example.org>")
    assert cell == ScriptCell("arabic", ("لينا", "الخطيب"), email=True, age=False, residue=2, lead=True)
    aged = read_script_cell("ڕێبوار کاروان (78)")
    assert aged is not None and aged.words == ("ڕێبوار", "کاروان") and aged.age and aged.dressed
    assert read_script_cell("Анна Петрова").words == ("Анна", "Петрова")


def test_cell_with_digits_latin_inside_or_glued_scripts_is_no_core() -> None:
    assert read_script_cell("454 سارا رضایی | تهران | 84195") is None  # an address line
    assert read_script_cell("رضا Mobile سارا") is None  # Latin words inside the name
    assert read_script_cell("Цветелинаbury") is None  # an invented town glued across scripts
    assert read_script_cell("Latin only") is None


def test_arabic_name_particles_join_the_next_word() -> None:
    assert read_script_cell("حافظ آل عايض").words == ("حافظ", "آل_عايض")


def test_unlisted_script_by_words_recombining_and_dress() -> None:
    assert caseless_people_score(SORANI) is not None
    assert caseless_people_score(AMHARIC) is not None


def test_listed_script_dressed() -> None:
    assert caseless_people_score(BENGALI) is not None


def test_places_categories_and_phrases_are_no_people() -> None:
    towns = ["شهر امیر", "بندر سجاد", "روستای الناز", "شهر حسام", "بندر امیر", "روستای حسام", "شهر الناز"]
    assert caseless_people_score(towns) is None  # Faker's town prefixes before given names
    streets = ["شارع النور", "شارع السلام", "شارع الملك فهد", "شارع الأمير", "شارع الجامعة", "شارع النصر"]
    assert caseless_people_score(streets) is None
    products = ["قميص أزرق", "قميص أحمر", "بنطال أزرق", "بنطال أسود", "حذاء أحمر", "حذاء أسود", "قميص أسود"]
    assert caseless_people_score(products) is None  # words recombine, but none stands first and later
    departments = ["خدمة العملاء", "قسم المبيعات", "إدارة الموارد البشرية", "قسم الحسابات", "الدعم الفني"]
    assert caseless_people_score(departments) is None
    invented = ["North Цветелинаbury", "West Ерина", "Томиславberg", "New Златкоview", "Port Аглоида", "Пъковshire"]
    assert caseless_people_score(invented) is None


def test_sparse_column_named_by_the_tables_people() -> None:
    rows = len(SORANI)
    partner = ["", "", "ئارام هێمن", "", "", "", "ژیلا دڵشاد", "", "", "", ""]
    things = ["", "", "تۆوی تەماتە", "", "", "", "تۆوی باینجان", "", "", "", ""]
    df = pd.DataFrame({"c001": SORANI, "c002": partner, "c003": things, "c004": [str(i) for i in range(rows)]})
    out = caseless_people_columns(df, ["c001", "c002", "c003", "c004"], {})
    assert out["c001"].entity == "name" and out["c002"].entity == "name"
    assert "c003" not in out and "c004" not in out


def test_decided_columns_are_left() -> None:
    df = pd.DataFrame({"c001": SORANI})
    assert caseless_people_columns(df, ["c001"], {"c001": object()}) == {}
