"""Session 23: phone fakes are valid numbers of the original's own country, of the original's kind."""

from __future__ import annotations

import numpy as np
import phonenumbers
import pytest

from safe_synthesizer.pii.locales import parse_phone
from safe_synthesizer.pii.phones import fake_phones


def _region(value: str, hint: str) -> str | None:
    parsed = parse_phone(value, hint)
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.region_code_for_number(parsed)


CANADIAN = ["(506) 234-5678", "+18075335272", "(548).538-8330", "1-579-934-5235", "819-734-0260",
            "(902) 965-8426 ext. 178", "5062345678", "(905).256-5225", "(514) 884-1843", "(604) 555-0199"]  # fmt: skip


@pytest.mark.parametrize("hint", ["US", "CA"])
def test_canadian_numbers_get_canadian_fakes_whatever_the_column_region(hint: str) -> None:
    # Canada shares +1 with the US: a fake valid in both was counted US (toll-free 888, a US area code).
    originals = [v for v in CANADIAN if _region(v, "CA") == "CA"] * 5
    fakes = fake_phones(originals, np.random.default_rng(0), region=hint)
    assert [_region(f, "CA") for f in fakes] == ["CA"] * len(originals)


def test_fake_keeps_the_original_kind_no_premium_or_toll_free_for_a_persons_number() -> None:
    originals = ["(905) 256-5225", "(802) 555-0142", "(888) 555-0100"] * 30
    originals = [v for v in originals if _region(v, "US")]
    fakes = fake_phones(originals, np.random.default_rng(1), region="US")
    kinds = {phonenumbers.number_type(parse_phone(v, "US")) for v in originals}
    for original, fake in zip(originals, fakes, strict=True):
        want = phonenumbers.number_type(parse_phone(original, "US"))
        got = phonenumbers.number_type(parse_phone(fake, "US"))
        assert got == want, (original, fake)
    assert len(kinds) >= 1


def test_uk_mobile_stays_mobile_and_landline_stays_landline() -> None:
    originals = ["07400 123456", "0121 496 0628", "+44 7400 123456", "+44 20 7946 0958"] * 20
    assert all(_region(v, "GB") == "GB" for v in originals)
    fakes = fake_phones(originals, np.random.default_rng(2), region="GB")
    for original, fake in zip(originals, fakes, strict=True):
        assert _region(fake, "GB") == "GB"
        assert phonenumbers.number_type(parse_phone(fake, "GB")) == phonenumbers.number_type(
            parse_phone(original, "GB")
        ), (original, fake)


# National numbers of a mixed customer list that reached the column's own region (set 8's list:
# Italian, Dutch, Swedish rows without +CC). (value, column region, the row's real country)
FOREIGN_NATIONAL = [
    ("0345 717652", "GB", "IT"), ("0768513294", "GB", "NL"), ("(0233) 440587", "US", "NL"),
    ("0851746564", "US", "SE"), ("0815-05 27 52", "US", "SE"), ("0619235127", "US", "FR"),
    ("01514960478", "US", "GB"), ("84 3205-8969", "US", "BR"), ("(55).3271-4726", "GB", "BR"),
    ("339.913.7518", "GB", "IT"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "hint", "country"), FOREIGN_NATIONAL)
def test_national_number_of_another_country_is_faked_valid_there(value: str, hint: str, country: str) -> None:
    from safe_synthesizer.pii.fakes import FakeMapper
    from safe_synthesizer.pii.locales import locale_of_region

    assert _region(value, country) == country
    for keyed in (False, True):  # under DP too: the decision reads the value alone
        mapper = FakeMapper(["en_US"], seed=3, keyed=keyed)
        fake = mapper.map_values("phone_number", [value], locale=locale_of_region(hint))[value]
        assert _region(fake, country) == country, (value, fake, keyed)
        assert fake.translate(str.maketrans("0123456789", "9" * 10)) == value.translate(
            str.maketrans("0123456789", "9" * 10)
        )


def test_unassigned_number_of_the_columns_own_shape_stays_home() -> None:
    from safe_synthesizer.pii.fake_phone_regions import elsewhere_regions

    # An unassigned US area code is still a US-shaped number; a template is no real number at all.
    assert elsewhere_regions("(521) 701-9918", "US") == ()
    assert elsewhere_regions("0121 496 0628", "GB") == ()
    assert elsewhere_regions("+39 0345 717652", "GB") == ()
    fakes = fake_phones(["(521) 701-9918"] * 20, np.random.default_rng(4), region="US", elsewhere=True)
    assert all(_region(f, "US") == "US" for f in fakes)


def test_templates_for_synthetic_records_are_not_sent_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    # A codec template stands for no real number: its layout is the column's, so is its fake.
    from safe_synthesizer.pii import phones
    from safe_synthesizer.pii.fakes import FakeMapper

    def no_search(*args, **kwargs):
        raise AssertionError("templates must keep the column's region")

    monkeypatch.setattr(phones, "elsewhere_regions", no_search)
    fakes = FakeMapper(["en_GB"], seed=5, phone_region="GB").new_fakes("phone_number", ["0345 717652"] * 3)
    assert len(fakes) == 3
    with pytest.raises(AssertionError):
        FakeMapper(["en_GB"], seed=5).map_values("phone_number", ["0345 717652"], locale="en_GB")


def test_greek_postcodes_keep_the_layout_and_start_like_greek_codes() -> None:
    import re

    from safe_synthesizer.pii.fakes import FakeMapper

    originals = [f"{a}{b:02d} {c:02d}" for a in range(1, 9) for b in range(0, 99, 7) for c in (10, 31)]
    originals += [o.replace(" ", "") for o in originals[:40]]
    fakes = FakeMapper(["en_US"], seed=6).map_values("postcode", originals, locale="el_GR")
    for original, fake in fakes.items():
        assert re.fullmatch(r"[1-8]\d{2} \d{2}" if " " in original else r"[1-8]\d{4}", fake), (original, fake)


def test_romanian_postcodes_are_six_digits() -> None:
    from safe_synthesizer.pii.fakes import FakeMapper

    fakes = FakeMapper(["en_US"], seed=7).map_values("postcode", ["400001", "010011", "700259"], locale="ro_RO")
    assert all(len(f) == 6 and f.isdigit() for f in fakes.values())


def test_greek_man_gets_a_male_given_name_and_surname() -> None:
    import importlib

    from safe_synthesizer.pii.fakes import FakeMapper

    provider = importlib.import_module("faker.providers.person.el_GR").Provider
    male = {n.lower() for n in provider.first_names_male} | {n.lower() for n in provider.last_names_male}
    female = {n.lower() for n in provider.first_names_female} | {n.lower() for n in provider.last_names_female}
    men = [f"{f} {la}" for f, la in zip(provider.first_names_male[:30], provider.last_names_male[:30], strict=True)]
    men = [m for m in men if all(w.lower() in male and w.lower() not in female for w in m.split())]
    fakes = FakeMapper(["en_US"], seed=8).map_values("name", men, locale="el_GR")
    for original, fake in fakes.items():
        assert all(w.lower() not in female or w.lower() in male for w in fake.split()), (original, fake)
