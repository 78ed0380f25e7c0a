"""Columns of the locales set 7 missed (issue 11, session 22): Turkish names, Czech streets and birth
numbers, Chinese streets/names/resident ids, Quebec towns typed with loose hyphens, postcode columns
whose name carries a width (``ZIP5``), national ids without a cue, and phone fakes of the number's
own country (Czech, Turkish) when the table's locale says another."""

from __future__ import annotations

import numpy as np
import pandas as pd
import phonenumbers
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES, ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.cues import cue_hints, cued_entities
from safe_synthesizer.pii.replace import replace_pii

ALL = list(KNOWN_ENTITIES)


def _faker(locale: str, seed: int) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def _entity(values: list, name: str = "c007") -> str | None:
    df = pd.DataFrame({name: values})
    found = detect_column(df[name], infer_schema(df)[name], entities=ALL)
    return None if found is None else found.entity


def _cased(values: list[str], seed: int) -> list[str]:
    """Values in mixed letter case, as hand-typed exports hold them."""
    rng = np.random.default_rng(seed)
    styles = (str, str.upper, str.lower)
    return [styles[int(rng.integers(0, 3))](v) for v in values]


@pytest.mark.parametrize("seed", [41, 42])
def test_turkish_name_columns_from_values(seed):
    fake = _faker("tr_TR", seed)
    firsts = _cased([fake.first_name() for _ in range(200)], seed)
    lasts = _cased([fake.last_name() for _ in range(200)], seed + 1)
    fulls = [f"{fake.first_name()} {fake.last_name()}" for _ in range(200)]
    assert _entity(firsts) == "first_name"
    assert _entity(lasts) == "last_name"
    assert _entity(fulls) == "name"


def test_turkish_dotted_capitals_match_the_lists():
    # "İsak".lower() keeps a combining dot, "ISAK".lower() has none, "YILMAZ".lower() is "yilmaz"
    # for "yılmaz": every case of a listed Turkish name still matches.
    from faker.providers.person.tr_TR import Provider

    from safe_synthesizer.pii import validators as V

    dotted = next(n for n in Provider.first_names_male if n.startswith("İ"))
    dotless = next(n for n in Provider.last_names if "ı" in n)
    for form in (dotted, dotted.upper(), dotted.lower()):
        assert V.first_name_known(form), form
    for form in (dotless, dotless.upper(), dotless.lower()):
        assert V.last_name_known(form), form


@pytest.mark.parametrize("name", ["ZIP5_x", "old_ZIP5", "Zip5", "zip5 (copy)"])
def test_postcode_columns_named_with_a_width(name):
    assert "postcode" in cue_hints(name)
    fake = _faker("fr_FR", 43)
    assert _entity([fake.postcode() for _ in range(200)], name) == "postcode"


def test_width_suffix_keeps_strict_cues():
    assert cued_entities("ipv4") == {"ip_address"}
    assert cued_entities("email2") == {"email"}


def test_zip_plus_four_column_with_short_codes():
    fake = _faker("en_US", 44)
    values = [fake.zipcode_plus4() if i % 3 else fake.zipcode() for i in range(200)]
    assert _entity(values) == "postcode"


@pytest.mark.parametrize(
    ("locale", "method"), [("tr_TR", "ssn"), ("cs_CZ", "birth_number"), ("zh_CN", "ssn"), ("en_CA", "ssn")]
)
def test_national_id_columns_without_a_cue(locale, method):
    fake = _faker(locale, 45)
    assert _entity([str(getattr(fake, method)()) for _ in range(200)]) == "national_id"


def test_random_digit_columns_are_no_national_ids():
    rng = np.random.default_rng(46)
    for width in (9, 10, 11, 12, 18):
        values = ["".join(map(str, rng.integers(0, 10, size=width))) for _ in range(300)]
        values = [v if v[0] != "0" else "1" + v[1:] for v in values]
        assert _entity(values) is None, width


def test_bare_luhn_nine_digit_numbers_need_the_sin_layout_or_a_cue():
    fake = _faker("en_CA", 47)
    sins = [fake.ssn() for _ in range(200)]  # "046 454 286"
    bare = [s.replace(" ", "") for s in sins]
    assert _entity(sins) == "national_id"
    assert _entity(bare) is None  # any Luhn-checked 9-digit code would pass
    assert _entity(bare, "customer_sin") == "national_id"


@pytest.mark.parametrize("seed", [48, 49])
def test_czech_streets_and_addresses(seed):
    fake = _faker("cs_CZ", seed)
    assert _entity([fake.street_address() for _ in range(200)]) == "street_address"
    assert _entity([f"{fake.street_address()}, {fake.postcode()} {fake.city()}" for _ in range(200)]) == "address"


def test_chinese_street_lines_and_given_name_first():
    fake = _faker("zh_CN", 50)
    assert _entity([fake.street_address() for _ in range(200)]) == "street_address"
    # Western forms export the given name first: "丹丹 周".
    assert _entity([f"{fake.first_name()} {fake.last_name()}" for _ in range(200)]) == "name"


def test_japanese_given_name_first_in_kanji():
    fake = _faker("ja_JP", 51)
    assert _entity([f"{fake.first_name()} {fake.last_name()}" for _ in range(200)]) == "name"


def test_quebec_towns_typed_with_loose_hyphens():
    fake = _faker("fr_CA", 52)
    rng = np.random.default_rng(52)
    towns = []
    for _ in range(200):
        town = fake.city()
        if rng.random() < 0.5:
            town = town.replace("-", "- ", 1)  # "Sainte- Julie", as typed by hand
        towns.append(town)
    assert _entity(_cased(towns, 52)) == "city"
    assert {"city"} <= cue_hints("old_KUNTA") and {"city"} <= cue_hints("tmp_il")


def _valid_share(before: list[str], after: list[str], region: str) -> float:
    def valid(v: str) -> bool:
        try:
            return phonenumbers.is_valid_number(phonenumbers.parse(v, region))
        except phonenumbers.NumberParseException:
            return False

    pairs = [(b, a) for b, a in zip(before, after, strict=True) if valid(b)]
    return sum(valid(a) for _, a in pairs) / len(pairs)


@pytest.mark.parametrize(("locale", "region"), [("cs_CZ", "CZ"), ("tr_TR", "TR")])
def test_phone_fakes_valid_in_the_numbers_country(locale, region):
    """Czech mobiles are also valid Polish ones and Turkish national numbers fit no default region:
    the fakes must still be valid numbers of the original's country."""
    fake = _faker(locale, 53)
    fmt = phonenumbers.PhoneNumberFormat
    values = []
    for i in range(200):
        try:
            parsed = phonenumbers.parse(fake.phone_number(), region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(parsed):
            continue
        values.append(phonenumbers.format_number(parsed, fmt.NATIONAL if i % 2 else fmt.INTERNATIONAL))
    df = pd.DataFrame({"mobile": values})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["mobile"].tolist()
    assert _valid_share(values, out, region) >= 0.99


def test_turkish_name_column_gets_turkish_fakes_with_titles_kept():
    """Probe 4's ``ad_soyad``: Turkish names, some behind academic titles, got English fakes."""
    from faker.providers.person.tr_TR import Provider

    from safe_synthesizer.pii.fake_names import leading_titles
    from safe_synthesizer.pii.replace import plan_columns

    fake = _faker("tr_TR", 54)
    titles = ("Yrd. Doç.", "Doç.", "Arş. Gör.", "Dr.", "Öğr.")
    values = [f"{titles[i % 5]} {fake.name()}" if i % 3 == 0 else fake.name() for i in range(300)]
    df = pd.DataFrame({"ad_soyad": values})
    (plan,) = plan_columns(df, infer_schema(df), ReplacePiiParameters())
    assert (plan.entity, plan.locale) == ("name", "tr_TR")
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["ad_soyad"].tolist()
    turkish = {n.lower() for n in (*Provider.first_names, *Provider.last_names)}
    for before, after in zip(values, out, strict=True):
        title = next((t for t in titles if before.startswith(t + " ")), None)
        if title:
            assert after.startswith(title + " "), (before, after)
        kept, _ = leading_titles(before)
        assert after.startswith(kept), (before, after)  # Faker's own "Dr." too
        assert all(w.lower() in turkish for w in leading_titles(after)[1].split()), (before, after)


def test_national_id_column_names_the_tables_country():
    from safe_synthesizer.pii.replace import plan_columns

    fake = _faker("tr_TR", 55)
    df = pd.DataFrame({"kimlik": [fake.ssn() for _ in range(200)], "c1": [fake.first_name() for _ in range(200)]})
    plans = {p.column: p.locale for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())}
    assert plans == {"kimlik": "tr_TR", "c1": "tr_TR"}


def test_common_towns_without_a_real_town_list_are_kept():
    """A shop's eight cities (each in 100+ rows) identify no one: kept, not swapped for the towns Faker
    invents for pt_BR; towns of a locale with a real list (de_DE) are still replaced."""
    rng = np.random.default_rng(56)
    cities = ["São Paulo", "Rio de Janeiro", "Curitiba", "Belo Horizonte", "Porto Alegre", "Recife", "Salvador",
              "Fortaleza"]  # fmt: skip
    states = {"São Paulo": "SP", "Rio de Janeiro": "RJ", "Curitiba": "PR", "Belo Horizonte": "MG",
              "Porto Alegre": "RS", "Recife": "PE", "Salvador": "BA", "Fortaleza": "CE"}  # fmt: skip
    shop = pd.DataFrame({"Cidade": list(rng.choice(cities, size=1000)) + cities * 20})
    shop["UF"] = shop["Cidade"].map(states)
    out = replace_pii(shop, infer_schema(shop), ReplacePiiParameters(), seed=0).data
    assert out["Cidade"].tolist() == shop["Cidade"].tolist()
    assert out["UF"].tolist() == shop["UF"].tolist()  # the towns' states stay with them
    fake = _faker("de_DE", 57)
    towns = pd.DataFrame({"Wohnort": [fake.city() for _ in range(300)]})  # rare towns: replaced
    out = replace_pii(towns, infer_schema(towns), ReplacePiiParameters(), seed=0).data
    assert (out["Wohnort"] != towns["Wohnort"]).mean() > 0.9
    common = ["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main"] * 60  # de_DE lists real towns
    towns = pd.DataFrame({"Wohnort": common, "Telefon": [f"030 {1000000 + i}" for i in range(300)]})
    out = replace_pii(towns, infer_schema(towns), ReplacePiiParameters(), seed=0).data
    assert (out["Wohnort"] != towns["Wohnort"]).mean() > 0.9


def test_russian_fakes_agree_in_gender():
    """A woman's given name and surname are both faked female (``Анна Иванова`` -> ``Мария Петрова``)."""
    from faker.providers.person.ru_RU import Provider

    fake = _faker("ru_RU", 58)
    values = [
        f"{fake.first_name_female()} {fake.last_name_female()}"
        if i % 2
        else f"{fake.first_name_male()} {fake.last_name_male()}"
        for i in range(200)
    ]
    df = pd.DataFrame({"ФИО": values})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["ФИО"].tolist()
    female_first, female_last = set(Provider.first_names_female), set(Provider.last_names_female)
    for before, after in zip(values, out, strict=True):
        woman = before.split()[0] in female_first
        assert (after.split()[0] in female_first) == woman, (before, after)
        assert (after.split()[-1] in female_last) == woman, (before, after)
