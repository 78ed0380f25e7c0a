"""Columns of the locales set 8 missed (issue 11, session 23): Greek script names, streets, towns,
postcodes and AMKA numbers; Romanian names (few listed surnames, ``ș``/``ş`` spellings, no accents)
and CNP numbers; column names in Greek and Romanian; dotted abbreviations (``C.A.P.``)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import phonenumbers
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.cues import cue_hints, cued_entities, tokens
from safe_synthesizer.pii.script_locales import SCRIPT_LOCALES, value_locale

ALL = list(KNOWN_ENTITIES)


def _faker(locale: str, seed: int) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def _detect(values: list, name: str = "c004"):
    df = pd.DataFrame({name: values})
    return detect_column(df[name], infer_schema(df)[name], entities=ALL)


def _entity(values: list, name: str = "c004") -> str | None:
    found = _detect(values, name)
    return None if found is None else found.entity


def _cased(values: list[str], seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    styles = (str, str.upper, str.lower)
    return [styles[int(rng.integers(0, 3))](v) for v in values]


# --- Greek ------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [2301, 2302])
def test_greek_person_columns_from_values(seed):
    fake = _faker("el_GR", seed)
    firsts = _cased([fake.first_name() for _ in range(200)], seed)
    lasts = _cased([fake.last_name() for _ in range(200)], seed + 1)
    fulls = _cased([fake.name() for _ in range(200)], seed + 2)
    for values, entity in ((firsts, "first_name"), (lasts, "last_name"), (fulls, "name")):
        found = _detect(values)
        assert found is not None and found.entity == entity
        assert found.locale == "el_GR"


def test_greek_upper_case_drops_accents_and_still_matches():
    # Greek writes capitals without accents and with a medial sigma at the end.
    assert V.full_name_known("ΓΕΩΡΓΙΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ")
    assert V.last_name_known("ΠΑΠΑΔΟΠΟΥΛΟΣ")
    assert V.first_name_known("γεώργιος")
    assert value_locale("Γεώργιος Παπαδόπουλος") == "el_GR"
    assert "el_GR" in SCRIPT_LOCALES


@pytest.mark.parametrize("seed", [2303, 2304])
def test_greek_place_columns_from_values(seed):
    fake = _faker("el_GR", seed)
    assert _entity([fake.street_address() for _ in range(200)]) == "street_address"
    assert _entity([fake.address() for _ in range(200)]) == "address"
    assert _entity([fake.city() for _ in range(300)]) == "city"
    assert _entity([fake.postcode() for _ in range(300)]) == "postcode"


def test_greek_streets_need_a_street_not_a_numbered_thing():
    assert V.is_street_any("Λεωφόρος Κηφισίας 120Α")
    assert V.is_street_any("ΕΡΜΟΥ 12")
    assert V.is_street_any("Κλεινάκη 783-533")
    # Nominative nouns with a number are rooms, floors and departments.
    for value in ("Τμήμα 3", "Όροφος 2", "Δωμάτιο 12"):
        assert not V.is_street_any(value)
    assert V.postcode_locales("ΤΚ 075 98") == ("el_GR",)
    assert "el_GR" in V.postcode_locales("075 98")


def test_greek_ward_categories_are_not_streets_or_names():
    values = [f"{w} {n}" for w in ("Τμήμα", "Θάλαμος", "Όροφος", "Δωμάτιο") for n in range(1, 12)]
    assert _entity(values * 3) is None


@pytest.mark.parametrize("seed", [2305, 2306])
def test_greek_amka_and_romanian_cnp_columns_from_values(seed):
    greek, romanian = _faker("el_GR", seed), _faker("ro_RO", seed)
    assert _entity([greek.ssn() for _ in range(200)]) == "national_id"
    assert _entity([romanian.ssn() for _ in range(200)]) == "national_id"
    assert V.national_id_scheme(_faker("el_GR", seed).ssn())[0] == "gr.amka"
    assert V.national_id_scheme(_faker("ro_RO", seed).ssn())[0] == "ro.cnp"


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("Ονοματεπώνυμο", "name"), ("HR-ΟΝΟΜΑΤΕΠΏΝΥΜΟ", "name"), ("ΕΠΏΝΥΜΟ__c", "last_name"),
        ("Όνομα", "first_name"), ("src.Οδός και αριθμός", "street_address"), ("Διεύθυνση κατοικίας", "address"),
        ("src.πόλη", "city"), ("HR-ταχ._κώδικας", "postcode"), ("Τ.Κ.", "postcode"), ("ΑΜΚΑ", "national_id"),
        ("ΑΦΜ", "tax_id"), ("Κινητό τηλέφωνο", "phone_number"), ("Ηλεκτρονικό ταχυδρομείο", "email"),
    ],
)  # fmt: skip
def test_greek_column_name_cues(name, entity):
    assert entity in cue_hints(name)


def test_greek_name_of_a_thing_is_no_person_cue():
    assert not cue_hints("Όνομα προϊόντος") & {"name", "first_name", "last_name"}


# --- Romanian ---------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [2307, 2308])
def test_romanian_person_columns_from_values(seed):
    fake = _faker("ro_RO", seed)
    firsts = _cased([fake.first_name() for _ in range(200)], seed)
    lasts = _cased([fake.last_name() for _ in range(200)], seed + 1)
    fulls = [fake.name() for _ in range(200)]
    assert _entity(firsts) == "first_name"
    assert _entity(lasts) == "last_name"
    assert _entity(fulls) == "name"


def test_romanian_spellings_match_the_lists():
    # Comma-below and cedilla forms, and names typed without accents.
    assert V.first_name_known("Ștefan") and V.first_name_known("Ştefan") and V.first_name_known("STEFAN")
    assert V.first_name_known("Mihăela")
    # Surnames Faker does not list, by their Romanian ending.
    for surname in ("Dumitrașcu", "Teodorescu", "Vlădeanu", "CONSTANTINESCU"):
        assert V.last_name_known(surname)
    assert V.full_name_known("Ioana Teodorescu")


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("Prenume", "first_name"), ("Nume de familie", "last_name"), ("Nume complet", "name"),
        ("Localitate", "city"), ("Județ", "state"), ("Cod poștal", "postcode"), ("CNP", "national_id"),
        ("Stradă și număr", "street_address"), ("src.poststed", "city"), ("Fødselsnr", "national_id"),
    ],
)  # fmt: skip
def test_romanian_and_norwegian_column_name_cues(name, entity):
    assert entity in cue_hints(name)


def test_romanian_product_name_is_no_person_cue():
    assert not cue_hints("Nume produs") & {"name", "first_name", "last_name"}


# --- dotted abbreviations ---------------------------------------------------------------------


def test_dotted_abbreviation_is_one_token():
    assert "postcode" in cue_hints("C.A.P. residenza")
    assert "postcode" in cue_hints("HR-c.a.p. residenza")
    assert cued_entities("C.A.P.") == {"postcode"}
    assert tokens("C.A.P. residenza") == {"cap", "residenza"}


def test_dotted_postcode_column_detected_shown():
    fake = _faker("it_IT", 2309)
    found = _detect([fake.postcode() for _ in range(200)], name="C.A.P. residenza")
    assert found is not None and found.entity == "postcode"


# --- hidden phone columns ---------------------------------------------------------------------


def test_phone_extension_in_any_separator_style():
    # Exports that turn spaces into dots write the extension ``.ext..``; ``00`` is no digit of the number.
    assert V.is_phone_any("(339).713-0841.ext..9066")
    assert V.is_phone_any("33.3088.3779.ext..929")
    assert V.is_phone_any("0043478485727781")
    assert V.phone_regions("(339).713-0841.ext..9066", cued=True)
    assert not V.is_phone_any("120 x 80")


def _valid_national(fake: Faker, region: str) -> str:
    while True:
        try:
            parsed = phonenumbers.parse(fake.phone_number(), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(parsed, region):
            parsed.extension = None
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


@pytest.mark.parametrize(("locale", "region", "seed"), [("en_US", "US", 2310), ("es_MX", "MX", 2311)])
def test_hidden_phone_column_with_dotted_extensions(locale, region, seed):
    # Half written numbers, a quarter with an extension and spaces turned into dots, a quarter bare digits.
    fake = _faker(locale, seed)
    values = []
    for i in range(200):
        national = _valid_national(fake, region)
        if i % 4 == 0:
            values.append("".join(ch for ch in national if ch.isdigit()))
        elif i % 4 == 1:
            values.append(f"{national} ext. {100 + i}".replace(" ", "."))
        else:
            values.append(national)
    assert _entity(values) == "phone_number"


def test_random_twelve_digit_numbers_are_not_an_id_without_a_cue():
    # Faker's en_IN ``aadhaar_id`` is twelve random digits (8% pass Verhoeff): without a name saying
    # Aadhaar, such a column is any account or order number and stays undetected.
    rng = np.random.default_rng(2312)
    values = [str(int(rng.integers(10**11, 10**12))) for _ in range(200)]
    assert _entity(values) is None
    assert _entity(values, name="aadhaar_no") == "national_id"


# --- Norwegian towns --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [2313, 2314])
def test_norwegian_town_column_from_values(seed):
    # Faker no_NO towns are a first name plus a town ending (``Ninamark``) or a bare surname: the
    # endings mark the column as towns, so it is no surname column.
    fake = _faker("no_NO", seed)
    assert _entity(_cased([fake.city() for _ in range(300)], seed)) == "city"
    assert V.has_place_marker("Larvik") and V.has_place_marker("Haugesund") and V.has_place_marker("TROMSØ")
    assert not V.has_place_marker("Sund") and not V.has_place_marker("Strand")


@pytest.mark.parametrize("locale", ["no_NO", "sv_SE", "da_DK"])
def test_nordic_surname_columns_stay_surnames(locale):
    fake = _faker(locale, 2315)
    assert _entity([fake.last_name() for _ in range(300)]) == "last_name"


@pytest.mark.parametrize(("locale", "region"), [("el_GR", "GR"), ("ro_RO", "RO")])
def test_greek_and_romanian_phone_columns_name_their_country(locale, region):
    # A column of national numbers valid in Greece/Romania is located there (fakes of that country).
    from safe_synthesizer.pii.locales import locale_of_region

    fake = _faker(locale, 2316)
    values = [_valid_national(fake, region) for _ in range(60)]
    assert V.column_phone_region(values, "US") == region
    assert locale_of_region(region) == locale


# --- more name lists for columns --------------------------------------------------------------


@pytest.mark.parametrize("locale", ["hu_HU", "sk_SK", "hr_HR", "lt_LT", "et_EE"])
def test_central_and_baltic_name_columns_from_values(locale):
    fake = _faker(locale, 2317)
    assert _entity(_cased([fake.first_name() for _ in range(200)], 2317)) == "first_name"
    assert _entity(_cased([fake.last_name() for _ in range(200)], 2318)) == "last_name"
    assert _entity([fake.name() for _ in range(200)]) == "name"


def test_family_name_first_without_a_comma():
    # Hungarian order, and exports sorted by surname.
    assert V.full_name_known("Nagy László")
    assert V.full_name_known("SMITH JOHN")
