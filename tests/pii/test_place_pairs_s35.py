"""Session 35 (helper OL): postcodes written in groups or with a country prefix before a group
(``SK-067 83``, ``PL-67-532``, ``P-2647-971``, ``NL-7284 FO``), letter-digit codes without a space (Kazakh
``A71F8H0``), and counters (invoice numbers issued in turn) that must not pair with a town column."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.place_pairs import pair_places

# Towns of no gazetteer the detector reads (Faroese villages), so only the pair rule can find them.
_TOWNS = ["Tórshavn", "Klaksvík", "Runavík", "Tvøroyri", "Fuglafjørður", "Vágur", "Sandavágur", "Miðvágur"]


def _pairs(codes: list[str], n: int = 24) -> dict[str, str]:
    rows = [(codes[i % len(codes)], _TOWNS[i % len(codes) % len(_TOWNS)], f"{10 + i * 7 % 40}.50") for i in range(n)]
    df = pd.DataFrame(rows, columns=["c001", "c002", "c003"])
    return {c: f.entity for c, f in pair_places(df, ["c001", "c002", "c003"], {}).items()}


def test_prefixed_grouped_codes_pair_with_towns() -> None:
    for codes in (
        ["SK-067 83", "SK-070 60", "SK-857 65", "SK-023 20", "SK-824 56", "SK-847 65", "SK-931 01", "SK-010 01"],
        ["PL-67-532", "PL-35-545", "PL-68-062", "PL-00-950", "PL-31-042", "PL-80-180", "PL-90-001", "PL-61-701"],
        ["P-2647-971", "P-5300-809", "P-3526-434", "P-1000-001", "P-4000-123", "P-8000-301", "P-9000-045",
         "P-2750-142"],
        ["NL-7284 FO", "NL-3018 JD", "NL-4015PH", "NL-1011 AB", "NL-2511 CV", "NL-3511 LX", "NL-9711 KN",
         "NL-6211 HX"],
    ):  # fmt: skip
        assert _pairs(codes) == {"c001": "postcode", "c002": "city"}, codes[0]


def test_kazakh_letter_digit_codes_pair_with_towns() -> None:
    codes = ["A71F8H0", "Z82G8E7", "T56F9C2", "R64B5G7", "A45F3H6", "Z05K2E1", "M10C4P3", "A15E0T9"]
    assert _pairs(codes) == {"c001": "postcode", "c002": "city"}


def test_invoice_numbers_issued_in_turn_do_not_pair() -> None:
    # Distinct numbers packed in a narrow range: a counter, whatever column stands beside it.
    # Beside many villages (more than a category's handful), so only the count-up tells them apart.
    towns = [f"{t}{end}" for t in _TOWNS for end in ("", " Norður")]
    codes = [str(58100 + 7 * i + i % 3) for i in range(24)]
    df = pd.DataFrame({"c001": codes, "c002": [towns[i % len(towns)] for i in range(24)]})
    assert pair_places(df, ["c001", "c002"], {}) == {}


def test_postcodes_of_one_town_that_repeat_still_pair() -> None:
    # A local table: few codes, close together, each repeated with its town (not unique: no counter).
    codes = ["75001", "75002", "75003", "75004", "75005", "75006", "75007", "75008"]
    assert _pairs(codes) == {"c001": "postcode", "c002": "city"}


def test_town_state_postcode_pairs_across_the_state_column() -> None:
    # ``town, state, postcode``: the state column (already detected) stands between the pair.
    codes = ["34369", "70474", "94364", "21822", "01124", "02434", "55102", "68311"]
    rows = [(_TOWNS[i % 8], "Dubai" if i % 2 else "Sharjah", codes[i % 8]) for i in range(24)]
    df = pd.DataFrame(rows, columns=["c001", "c002", "c003"])
    found = pair_places(df, ["c001", "c002", "c003"], {"c002": "state"})
    assert {c: f.entity for c, f in found.items()} == {"c003": "postcode", "c001": "city"}
    # Without the state between them, codes two columns away from words pair with nothing.
    assert pair_places(df, ["c001", "c002", "c003"], {"c002": "name"}) == {}


def test_marked_towns_built_from_given_names_are_towns() -> None:
    # Invented or real towns in a town's marked form (``Nicole Ville``) are not people.
    towns = ["Nicole Ville", "Monica Ville", "Ashley Ville", "David Ville", "Tony Ville", "Denise Ville"]
    codes = ["9451", "6379", "1599", "4837", "3675", "4882"]
    df = pd.DataFrame({"c001": [codes[i % 6] for i in range(24)], "c002": [towns[i % 6] for i in range(24)]})
    assert {c: f.entity for c, f in pair_places(df, ["c001", "c002"], {}).items()} == {
        "c001": "postcode",
        "c002": "city",
    }


def test_dutch_codes_with_and_without_the_space_are_one_layout() -> None:
    codes = ["6359YW", "8781 JS", "3529 YB", "1011AB", "2511 CV", "3511LX", "9711 KN", "6211HX"]
    assert _pairs(codes) == {"c001": "postcode", "c002": "city"}
