"""Address cells in Hebrew, Persian, Georgian, Armenian and Azerbaijani."""

from __future__ import annotations

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.script_addresses import spaced_script_address


@pytest.mark.parametrize(
    "value",
    [
        "מזרחי יוסף 28, עמיר 9040524",
        "העבודה 56, נתיב השיירה, 8233025",
        "רביבים 87, חיפה",
        "خیابان فردوسی، پلاک 30, اصفهان 10312-73956",
        "რიონის ქ. 89",
        "ք. Ալավերդի, 0424, Պարոնյան 66, բն. 28",
        "Bülbül küç. 73B",
    ],
)
def test_addresses(value: str) -> None:
    assert spaced_script_address(value)


@pytest.mark.parametrize("value", ["ספר טוב", "גודל 42", "מחיר 100", "Maria Rossi", "12345"])
def test_no_addresses(value: str) -> None:
    # One word and a number is a label and its value (size 42, price 100), not a street.
    assert not spaced_script_address(value)


@pytest.mark.parametrize(
    "value",
    ["צוקית 67, פוריה - נווה עובד 1104812", "הנקר 45, מרחביה )מושב( 6481721", "מרחביה (מושב) 42"],
)
def test_israeli_localities_with_a_bracketed_kind_or_two_names(value: str) -> None:
    # The he_IL pipeline replay left these five address cells as written.
    assert spaced_script_address(value)


@pytest.mark.parametrize(
    "value",
    [
        "फ्लैट 147, सुभाष चौक, अमरावती 318793",
        "मकान नं. 43, सुभाष चौक, चिरमिरी 231687",
        "कंसाकार निवास, 52350 वीरगञ्ज",
        "मुसलमान रोड, 67044 बारा",
        "বাসা ১২, মিরপুর রোড, ঢাকা ১২১৬",
    ],
)
def test_indic_addresses_ending_in_postcode_and_town(value: str) -> None:
    # Set 17 hi_IN/ne_NP: address columns (cued 'पता' too) were left as written.
    assert spaced_script_address(value)


@pytest.mark.parametrize(
    "value",
    ["कुल राशि 50000", "भुगतान बाकी है, कृपया जल्द भुगतान करें", "बैठक 10 बजे, कमरा 2", "Flat 4, MG Road, Pune 411001"],
)
def test_indic_text_with_numbers_is_no_address(value: str) -> None:
    assert not spaced_script_address(value)


def test_address_columns_in_devanagari() -> None:
    fake = Faker("ne_NP")
    fake.seed_instance(3201)
    values = [f"{fake.street_name()}, {fake.postcode()} {fake.city()}" for _ in range(40)]
    for name in ("ठेगाना", "c003"):
        df = pd.DataFrame({name: values})
        found = detect_column(df[name], infer_schema(df)[name], entities=list(KNOWN_ENTITIES))
        assert found is not None and found.entity == "address"


@pytest.mark.parametrize("value", ["বাসা নং ৪, পশ্চিম আলমতলা রাস্তা", "বাড়ী নং ৭৩৫, বালিয়াহাট মহাসড়ক"])
def test_indic_street_lines_without_a_postcode_still_read_as_streets(value: str) -> None:
    # The postcode layout must not shut out the street lines the note rules read (set 17 bn_BD HOMEOWNER_STREET).
    assert spaced_script_address(value)
