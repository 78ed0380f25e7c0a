"""Phone columns told from their values alone: the readings a column of numbers is tried under, in turn.

Why apart from :mod:`column_phone_bare` (the bare-number test against random digits of the column's layout):
a column is read as cells of two or three numbers (:func:`listed_phone_evidence`), as bare national numbers,
as dialled numbers that lost their ``+`` (:mod:`column_phone_digits`), as numbers that lost their trunk ``0``,
as North American numbers of one head (:mod:`column_phone_nanp`), as one country's numbers in several layouts
(:mod:`column_phone_mixed`) or in dotted pairs (:mod:`column_phone_dotted`); the first reading that passes
decides. :func:`bare_phone_region` names the country of a column already known to hold phones.

Example::

    national_phone_evidence(["0139852833", "0598588402", ...])
    # (1.0, "NL", "100% valid NL numbers written bare (random digits of this layout: 71%)")
"""

from __future__ import annotations

from collections import Counter

import phonenumbers

from safe_synthesizer.pii.column_phone_bare import (
    _PROBE,
    BARE_PHONE_REGIONS,
    MAX_P_VALUE,
    MIN_VALID_SHARE,
    MIN_VALUES,
    _as_written,
    _long_head,
    _valid_share,
    bare_phone_share,
)
from safe_synthesizer.pii.column_phone_chance import _binomial_tail, _fisher, _mobiles, _null_key, _null_rates
from safe_synthesizer.pii.column_phone_digits import (
    as_region_writes,
    dialled_as_national,
    dialled_region,
    restored_trunk_zero,
)
from safe_synthesizer.pii.column_phone_dotted import dotted_pair_evidence
from safe_synthesizer.pii.column_phone_lookalikes import decimal_coordinates, epoch_like
from safe_synthesizer.pii.column_phone_mixed import mixed_phone_evidence
from safe_synthesizer.pii.column_phone_nanp import nanp_evidence
from safe_synthesizer.pii.locales import VOTE_PHONE_REGIONS
from safe_synthesizer.pii.phone_lists import phone_list_parts, phone_list_values

__all__ = ["MIN_VALID_SHARE", "MIN_VALUES", "bare_phone_region", "listed_phone_evidence", "national_phone_evidence"]


def national_phone_evidence(values: list[str]) -> tuple[float, str | None, str]:
    """(share of ``values`` that are valid bare numbers of one region, that region, why); share 0
    when the column has no single layout, no spread, or random digits would pass as often. Each
    number of a two-number cell (``065790205 / 066030779``) is tested as one of the column's; a column
    of such cells is tested number by number (:func:`listed_phone_evidence`)."""
    if (listed := listed_phone_evidence(values)) is not None:
        return listed
    if epoch_like(values):
        return 0.0, None, "Unix timestamps of 2000-2033, not phones"
    if decimal_coordinates(values):
        return 0.0, None, "decimal degrees (latitudes, longitudes), not phones"
    share, region, why = bare_phone_share(phone_list_values(values))
    if share < MIN_VALID_SHARE and (national := dialled_as_national(values)) is not None:
        # ``4915123456789``: a dialled number that lost its ``+`` in a spreadsheet.
        found = bare_phone_share(national)
        if found[0] >= MIN_VALID_SHARE:
            share = found[0] * len(national) / len(values)
            return share, found[1], f"dialled without '+': {found[2]}"
    for shorter_only in (False, True):
        # ``15123456789``, ``30985591``: numbers of an integer column that lost their trunk ``0`` (Italian
        # landlines lost theirs, the mobiles beside them had none: the shorter values only).
        if share >= MIN_VALID_SHARE or _long_head(values):
            break
        if (restored := restored_trunk_zero(values, shorter_only)) is None or restored == values:
            break
        found = bare_phone_share(restored, lost_zero=True)
        if found[0] >= MIN_VALID_SHARE:
            return found[0], found[1], f"leading 0 lost: {found[2]}"
    if share < MIN_VALID_SHARE and (nanp := nanp_evidence(values)) is not None:
        # ``2059075516``: bare North American numbers of one head (area codes 20x), tested on the plan's exact chance.
        return nanp
    if share < MIN_VALID_SHARE and (mixed := mixed_phone_evidence(phone_list_values(values))) is not None:
        # ``34581024`` beside ``34 58 10 24`` and ``0045 39898481``: one country's numbers in several layouts.
        return mixed
    if share < MIN_VALID_SHARE and (dotted := dotted_pair_evidence(values)) is not None:
        # ``41.76.32.53``: a Norwegian number in dotted pairs, too short a column for the tests above.
        return dotted
    return share, region, why


# Share of a column's cells that must hold two or three numbers for each place to be tested apart.
MIN_LISTED_SHARE = 0.9


def listed_phone_evidence(values: list[str]) -> tuple[float, str | None, str] | None:
    """Evidence of a column whose cells hold two or three numbers (``0462608702; (018) 740 24 16``), each
    place of the cell tested as a column of its own; ``None`` when most cells hold one value.

    Why: a person's mobile and landline are each written their own way (``692182329; 26 20 52 57``,
    ``+359 41 023 527 / 02 833 721``), so the numbers of the whole column mix layouts and fail the
    one-layout test, while the first numbers of the cells, and the second ones, each keep one. Each
    place must be phones: written as phones (international, or grouped with nine digits or more, or with
    an extension), or valid bare numbers of one region beyond chance.
    """
    from safe_synthesizer.pii.validators.phones import is_phone_any

    cells = [(v, spans) for v in values if (spans := phone_list_parts(v)) is not None]
    if len(values) < MIN_VALUES or len(cells) < MIN_LISTED_SHARE * len(values):
        return None
    places = [[v[a:b] for v, spans in cells if len(spans) > i for a, b in spans[i : i + 1]] for i in range(2)]
    shares, regions, whys, failed = [], [], [], []
    for i, numbers in enumerate(places, start=1):
        written = sum(is_phone_any(n) for n in numbers) / len(numbers)
        if written >= MIN_VALID_SHARE:
            shares.append(written)
            whys.append(f"number {i}: {round(100 * written)}% written as phones")
            regions.extend(_dialled_regions(numbers))
            continue
        share, region, why = bare_phone_share(numbers)
        if share < MIN_VALID_SHARE:
            failed.append((i, numbers, why))
            continue
        shares.append(share)
        regions.append(region)
        whys.append(f"number {i}: {why}")
    for i, numbers, why in failed:
        # Beside a proven number of one country (``+359 41 023 527 / 02 833 721``), the other number only
        # needs to be valid there: Sofia's ``02`` lines pass random digits too often to prove themselves.
        share, region = max(((_valid_share(numbers, r), r) for r in dict.fromkeys(regions) if r), default=(0.0, None))
        shares.append(share if share >= MIN_VALID_SHARE else 0.0)
        whys.append(f"number {i}: {round(100 * share)}% valid {region} numbers" if region else f"number {i}: {why}")
    share = min(shares) * len(cells) / len(values)
    lead = f"{round(100 * len(cells) / len(values))}% cells of numbers; "
    return share, next((r for r in regions if r), None), lead + "; ".join(whys)


def _dialled_regions(numbers: list[str]) -> list[str]:
    """Regions of the numbers dialled with ``+``/``00`` among ``numbers``, most frequent first."""
    found: Counter[str] = Counter()
    for n in numbers:
        if n.lstrip().startswith(("+", "00")):
            try:
                region = phonenumbers.region_code_for_number(phonenumbers.parse(n.replace("00", "+", 1), None))
            except phonenumbers.NumberParseException:
                continue
            if region:
                found[region] += 1
    return [r for r, _ in found.most_common()]


# Share of a bare column's numbers that must be valid in a region for :func:`bare_phone_region` to name it.
MIN_REGION_SHARE = 0.9
_QUICK = 10
# Countries of tables Faker has no locale for in every version (Kazakh ``8771...`` mobiles).
_MORE = ("KZ", "PE", "MY", "BA", "JO", "AE", "UZ", "AZ", "GE", "AM", "BY", "MD", "KE", "NG", "EG", "MA", "PK")


def _written_in(probe: list[str], region: str, restore: bool = True) -> list[str] | None:
    """``probe`` as ``region`` writes its numbers (``restore``: a lost trunk ``0`` put back where only then they
    are its national numbers: :func:`column_phone_digits.as_region_writes`) when nearly all are valid there and
    written as there, else ``None``."""
    if _valid_share(probe[:_QUICK], region) < MIN_REGION_SHARE and not restore:
        return None  # quick reject: the first few are no valid numbers there
    restored = [as_region_writes(v, region) for v in probe] if restore else probe
    valid, _ = _mobiles(restored, region)
    if valid < MIN_REGION_SHARE * len(probe) or _as_written(restored, region) < MIN_REGION_SHARE * len(probe):
        return None
    return restored


def bare_phone_region(values: list[str], first: str | None = None) -> str | None:
    """The region whose numbers a phone column's bare digit runs (``0852069485``) are, or ``None``.

    Why: such a column has no groups or separators to tell its country, and validity alone does not
    (an Irish ``085`` mobile is valid in Germany, France and a dozen plans more). Of the regions where
    nearly all are valid, the one random digits of the column's layout pass least often (the binomial
    p-value, with the mobile share as second evidence, as in :func:`national_phone_evidence`) is the
    one that explains them: Ireland's plan takes few ``085`` strings, Germany's takes most. Used for
    the fakes' country of a column already known to hold phones, so no minimum p-value is asked.

    A region counts only when the digits are its national number as written there (a Canadian
    ``5064142410`` is a Japanese ``050`` number only with the trunk 0 the column lacks), and the
    table's own region ``first`` keeps the column when its plan takes them: a sparser plan that also
    takes Ukrainian ``050`` mobiles (the Emirates') is no reason to leave the table's country.
    """
    probe = [v for v in values if v.strip().isdigit()][:_PROBE]
    if not probe:
        return None
    if first and _written_in(probe, first, restore=False) is not None:
        return first
    # ``33667637317``: French numbers that lost their ``+``, before a trunk 0 is put back for the table's own
    # plan (Germany's takes ``033667637317``). One-digit codes (``+1``, ``+7``) after it: German mobiles that
    # lost their 0 (``15123456789``) dial American area codes.
    dialled = dialled_region(probe)
    if dialled is not None and phonenumbers.country_code_for_region(dialled) >= 10:
        return dialled
    if first and _written_in(probe, first) is not None:
        return first
    if dialled is not None:
        return dialled
    # As written first; with a lost trunk 0 put back only where no plan takes them as written (a Canadian
    # ``5064142410`` is a Japanese ``050`` number only with the 0 the column never had).
    return _least_chance(probe, first, restore=False) or _least_chance(probe, first, restore=True)


def _least_chance(probe: list[str], first: str | None, restore: bool) -> str | None:
    """Of the regions (not ``first``, already tried) where nearly all ``probe`` are national numbers as written
    (``restore``: or with a lost trunk ``0`` put back), the one random digits of their layout pass least often.

    The commonly seen regions first; every other country Faker has a locale for (Kazakh ``8771...``: Luxembourg's
    dense plan took them) only when no commonly seen one explains the column beyond chance (:data:`MAX_P_VALUE`)
    and it does better: Lithuanian ``061...`` numbers are Bosnian ones too, a little less by chance.
    """
    from safe_synthesizer.pii.column_phone_language import language_regions, plan_only_regions
    from safe_synthesizer.pii.fake_phone_regions import faker_phone_regions

    # Every country a table may vote for (Venezuelan ``0417...`` mobiles are valid in no listed plan but VE).
    listed = tuple(dict.fromkeys((*BARE_PHONE_REGIONS, *VOTE_PHONE_REGIONS, "NZ", "IE", "MT", "CY")))
    # The countries writing the table's language first (they win a tie), the plans Faker has no locale of last.
    siblings = language_regions(first) if first else ()
    wide = tuple(
        r for r in dict.fromkeys((*siblings, *faker_phone_regions(), *_MORE, *plan_only_regions())) if r not in listed
    )
    best, best_p = _least_p(probe, first, restore, listed)
    other, other_p = _least_p(probe, first, restore, wide)
    return other if other is not None and other_p < best_p and best_p > MAX_P_VALUE else best


def _least_p(probe: list[str], first: str | None, restore: bool, regions: tuple[str, ...]) -> tuple[str | None, float]:
    """(region of ``regions`` with the least chance p-value, that p-value); (None, 2.0) when none fits."""
    best, best_p = None, 2.0
    for region in regions:
        if region == first or (restored := _written_in(probe, region, restore)) is None:
            continue
        valid, mobile = _mobiles(restored, region)
        chance, mobile_chance = _null_rates(_null_key(restored), region)
        p_value = _binomial_tail(len(probe), valid, chance)
        p_value = min(p_value, _fisher(p_value, _binomial_tail(valid, mobile, mobile_chance)))
        if p_value < best_p:
            best, best_p = region, p_value
    return best, best_p
