"""Phone columns with names hidden (session 32): cells of two numbers each written its own way, bare
numbers of countries outside the listed regions, and Russia's trunk ``8``; ids in the same shapes stay
no phones."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phones import national_phone_evidence

_NATIONAL = phonenumbers.PhoneNumberFormat.NATIONAL


def _numbers(
    region: str, n: int, seed: int, mobile: bool = True, keeps: tuple[int, ...] = (2, 3)
) -> list[phonenumbers.PhoneNumber]:
    """``n`` valid numbers of ``region``: an example number's first ``keeps`` digits, the rest drawn."""
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = str(phonenumbers.example_number_for_type(region, kind).national_number)
    rng, out = random.Random(seed), []
    while len(out) < n:
        keep = rng.choice(keeps)
        digits = example[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(example) - keep))
        number = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number_for_region(number, region) and number not in out:
            out.append(number)
    return out


def _bare(number: phonenumbers.PhoneNumber) -> str:
    return "".join(c for c in phonenumbers.format_number(number, _NATIONAL) if c.isdigit())


def test_cells_of_a_bare_mobile_and_a_grouped_landline_are_phones():
    """``692182329; 26 20 52 57``: the mobiles and the landlines each keep one layout, the column mixes two
    (set 17's Luxembourg, Mexican and Azerbaijani interpreter columns were left as written)."""
    mobiles, lines = _numbers("LU", 24, 1), _numbers("LU", 24, 2, mobile=False)
    values = [f"{_bare(m)}; {phonenumbers.format_number(f, _NATIONAL)}" for m, f in zip(mobiles, lines, strict=True)]
    share, _, why = national_phone_evidence(values)
    assert share >= 0.95, why


def test_a_dialled_number_proves_the_country_of_the_number_beside_it():
    """``+359 41 023 527 / 02 833 721``: Sofia's ``02`` lines pass random digits too often to prove
    themselves, beside a number dialled with +359 they need only be valid Bulgarian numbers."""
    dialled, lines = _numbers("BG", 24, 3), _numbers("BG", 24, 4, mobile=False)
    intl = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    values = [
        f"{phonenumbers.format_number(d, intl)} / {phonenumbers.format_number(f, _NATIONAL)}"
        for d, f in zip(dialled, lines, strict=True)
    ]
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "BG", why


def test_bare_mobiles_of_countries_outside_the_listed_regions_are_phones():
    """Nigerian ``080...``/``081...`` and Macedonian ``07...`` mobiles are valid in no listed region, or there
    only as often as random digits (detection only: the fakes' country is found apart)."""
    for region in ("NG", "MK"):
        share, _, why = national_phone_evidence([_bare(n) for n in _numbers(region, 24, 5, keeps=(1,))])
        assert share >= 0.95, (region, why)


def test_russian_numbers_with_their_trunk_eight_are_phones():
    """``89282481306``: every Russian mobile opens ``89`` written nationally, which the few-prefix
    test took for ids or timestamps."""
    share, region, why = national_phone_evidence([_bare(n) for n in _numbers("RU", 24, 6)])
    assert share >= 0.95 and region == "RU", why


def test_ids_in_the_same_shapes_are_no_phones():
    rng = random.Random(7)
    eights = [f"8{rng.randint(10**9, 10**10 - 1)}" for _ in range(40)]
    assert national_phone_evidence(eights)[0] == 0.0
    pairs = [f"{rng.randint(10**7, 10**8 - 1)}; {rng.randint(10**7, 10**8 - 1)}" for _ in range(40)]
    assert national_phone_evidence(pairs)[0] == 0.0
    refs = [f"{rng.randint(100000, 999999)} / {rng.randint(100000, 999999)}" for _ in range(40)]
    assert national_phone_evidence(refs)[0] == 0.0
