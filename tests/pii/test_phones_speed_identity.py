"""Speed-ups of the batch and phone fakes change no output: fakes pinned at session 55's start.

Why: the PII stage's throughput work (session 55) rewrote loops of :mod:`batch_formats`,
:mod:`phones` and :mod:`phone_types` for speed only. The same seed must give the same fakes, byte
for byte; these values were made by the code before the rewrite.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import _number_type_helper

from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii import phones as P
from safe_synthesizer.pii.phone_list_short import short_list_parts
from safe_synthesizer.pii.phone_lists import phone_list_parts
from safe_synthesizer.pii.phone_types import number_type

VALUES = {
    "ssn": ["123-45-6789", "123 45 6789", "{1}23-45-6789", "12345678", "abc", "१२३-45-6789"],
    "card": ["4000 0000 0000 0002", "5500-0000-0000-0004", "4111111111111111", "12ab"],
    "iban": [
        "GB82 WEST 1234 5698 7654 32",
        "gb82west12345698765432",
        "NL91ABNA0417164300",
        "FR1420041010050500013M02606",
        "XX",
    ],
    "phone_us": [
        "(212) 555-0101",
        "+1 416 555 0123",
        "212.555.0199 x12",
        "(905) 555-0175 / (416) 555-0111",
        "555-0101",
        "n/a",
        "2125550101",
        "+44 20 7946 0018",
    ],
    "phone_gb": ["020 7946 0018", "07700 900123", "+44 7700 900456; 0161 496 0000", "7700900123", "0044 20 7946 0999"],
    "phone_de": ["030 1234567", "+49 30 901820", "0151 23456789 oder 030 123456", "(0)30 1234567"],
}

PINNED = {
    "ssn": [
        "121-97-9412",
        "116 62 8167",
        "{7}17-86-8391",
        "449-37-5491",
        "530-15-9822",
        "541-51-9809",
        "640-44-1352",
        "026 66 2045",
        "{4}36-99-3084",
        "133-28-5537",
        "361-85-8238",
        "835-14-4836",
        "492-35-9837",
        "064 79 3533",
        "{4}88-25-9283",
        "117-67-5916",
        "679-46-7208",
        "853-51-2353",
    ],
    "card": [
        "4000 1174 5670 4141",
        "5500-6459-8859-9128",
        "4111983421860250",
        "90bm",
        "4000 9505 1799 6839",
        "5500-3584-9395-7258",
        "4111992601243740",
        "01iy",
        "4000 1546 9281 3725",
        "5500-8889-1746-2006",
        "4111396673803102",
        "33aa",
    ],
    "iban": [
        "GB11 DFIO 1174 5670 4149 50",
        "ox88paef62009834218602",
        "NL14OZDD2506968759",
        "FR8136210450263200618R52613",
        "GA",
        "GB80 VMZJ 5179 9683 1546 92",
        "ma04amld40180503933071",
        "NL30ZGWJ4156116447",
        "FR7846130123931951009G56949",
        "KH",
        "GB31 YPSG 8137 2645 9885 99",
        "jy60ylui97642892234249",
        "NL49TBQW6817500361",
        "FR7547807896417480386B75887",
        "HN",
    ],
    "phone_us": [
        "(212) 471-2372",
        "+1 418 664 8749",
        "212.593.1982 x12",
        "(905) 303-0673 / (416) 309-6185",
        "555-2700",
        "n/a",
        "2124514580",
        "+44 23 0514 9669",
        "(212) 304-7026",
        "+1 438 901 7523",
        "212.791.7878 x12",
        "(905) 207-2187 / (416) 772-2950",
        "555-3870",
        "n/a",
        "2122227563",
        "+44 20 1840 8109",
    ],
    "phone_gb": [
        "020 7969 6346",
        "07742 523724",
        "+44 1156 912989; 0125 820 1104",
        "7864670681",
        "0044 28 4262 4711",
        "024 0554 1416",
        "07426 090175",
        "+44 7597 241113; 0154 673 9101",
        "7742694140",
        "0044 24 7875 1201",
    ],
    "phone_de": [
        "033 0557982",
        "+49 33 397418",
        "0150 98659496 oder 030 546219",
        "(0)37 7173869",
        "039 2690820",
        "+49 30 463467",
        "0174 72624711 oder 038 255414",
        "(0)37 2497284",
    ],
}


@pytest.mark.parametrize(("name", "fake"), [("ssn", B.fake_ssns), ("card", B.fake_cards), ("iban", B.fake_ibans)])
def test_batch_fakes_are_pinned(name, fake):
    assert fake(VALUES[name] * 3, np.random.default_rng(11)) == PINNED[name]


@pytest.mark.parametrize("region", ["US", "GB", "DE"])
def test_phone_fakes_are_pinned(region):
    key = "phone_" + region.lower()
    assert P.fake_phones(VALUES[key] * 2, np.random.default_rng(12), region=region, elsewhere=True) == PINNED[key]


def test_ssn_layouts_keep_every_character_but_digits():
    values = ["123-45-6789", "12-345-6789 (a{b})", "123456789", "1234"]
    fakes = B.fake_ssns(values, np.random.default_rng(0))
    for value, fake in zip(values[:3], fakes[:3], strict=True):
        assert [c for c in value if not c.isdigit()] == [c for c in fake if not c.isdigit()]
        assert sum(c.isdigit() for c in fake) == 9
    assert len(fakes[3]) == 11 and fakes[3][3] == fakes[3][6] == "-"


def test_card_and_iban_check_digits_stay_valid():
    cards = B.fake_cards(["4000 0000 0000 0002"] * 50, np.random.default_rng(3))
    for card in cards:
        digits = [int(c) for c in card if c.isdigit()][::-1]
        assert sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(digits)) % 10 == 0
    for iban in B.fake_ibans(["GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32"] * 25, np.random.default_rng(4)):
        text = iban.replace(" ", "").upper()
        moved = text[4:] + text[:4]
        assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def test_list_cells_match_the_per_cell_tests():
    rng = random.Random(5)
    shapes = ["(212) 555-0101", "020 7946 0018 / 07700 900123", "030 1234567 oder 0151 2345678", "12 / 34",
              "+682 74 464 or 29/138", "51.69888, 13.33083", "0612 34 56 78; 0478 12 34 56", "n/a", ""]  # fmt: skip
    values = ["".join(rng.choice("0123456789") if c.isdigit() else c for c in rng.choice(shapes)) for _ in range(400)]
    for region in ("US", "GB", "DE", "CK"):
        expected = {
            i: spans for i, v in enumerate(values) if (spans := phone_list_parts(v) or short_list_parts(v, region))
        }
        assert P._list_cells(values, region) == expected


@pytest.mark.parametrize("region", ["US", "CA", "GB", "JE", "DE", "JP", "IN", "BR", "IT"])
def test_number_type_is_phonenumbers_type(region):
    metadata = PhoneMetadata.metadata_for_region(region)
    rng = random.Random(region)
    for _ in range(500):
        nsn = "".join(rng.choice("0123456789") for _ in range(rng.choice((7, 8, 9, 10, 11))))
        assert number_type(nsn, region) == _number_type_helper(nsn, metadata)


def _load_test_column(n: int, seed: int) -> list[str]:
    """The throughput benchmark's phone column (random NANP-like digits in the US layout), ``n`` values."""
    rows = np.random.default_rng(seed).integers(0, 10, size=(n, 10))
    return [f"({2 + r[0] % 8}{r[1]}{r[2]}) {2 + r[3] % 8}{r[4]}{r[5]}-{r[6]}{r[7]}{r[8]}{r[9]}" for r in rows]


def test_long_column_fakes_are_pinned():
    # Session 56: the column's plausible regions read its first national numbers only, and the per-column
    # memo of :func:`fake_phone_regions.elsewhere_regions` is keyed without a regular expression. The fakes of
    # a 3,000-value column (and of numbers faked elsewhere) are those of the session's start, byte for byte.
    import hashlib

    values = _load_test_column(3000, 56)
    values += ["0345 717652", "020 7946 0018", "84 3205-8969", "(55).3271-4726", "0453873054", "+32 12 38 61 40"]
    out = P.fake_phones(values, np.random.default_rng(13), region="US", elsewhere=True)
    digest = hashlib.sha256("\n".join(out).encode()).hexdigest()
    assert digest == "a3faa7590227fcd522cf720d4e45ebef54435ed0c6db8c1889acc4eb037468e8"


def test_memo_key_is_the_layout_and_leading_digits():
    from safe_synthesizer.pii.fake_phone_regions import _layout, _memo_key

    rng = random.Random(56)
    alphabet = "0123456789 -.()/+x٠١٢٣٤٥٦٧٨٩０１２３²"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16))).strip()
        digits = "".join(ch for ch in text if ch.isdigit())
        assert _memo_key("GB", text) == ("GB", _layout(text), digits[:4])


def test_column_regions_sample_only_the_first_national_numbers():
    from safe_synthesizer.pii import fake_phone_everywhere as E

    values = ["n/a", "+44 20 7946 0018", *_load_test_column(40, 7)]
    seen: list[str] = []
    real = E.national_digits

    def spy(value: str) -> str | None:
        seen.append(value)
        return real(value)

    try:
        E.national_digits = spy
        E.column_regions(values, "US")
    finally:
        E.national_digits = real
    assert seen[: E.SAMPLE + 2] == values[: E.SAMPLE + 2]
    assert seen.count(values[-1]) == 0  # the column's tail is never read for the sample
