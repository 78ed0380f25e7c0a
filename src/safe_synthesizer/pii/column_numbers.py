"""Number columns from their values: national ids, postcodes without a hint, phone numbers.

Why apart: each weighs several value checks against each other (one id scheme for nearly all
values, a birth date at one place, written postcodes beside bare ones, phones written as phones or
bare national numbers of one region beyond chance), which is where most wrong column calls came from.
"""

from __future__ import annotations

import re

from safe_synthesizer.config.replace_pii import MIN_COLUMN_CONFIDENCE
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_id_animals import animal_id_column
from safe_synthesizer.pii.column_id_local import local_numbering
from safe_synthesizer.pii.column_id_printed import printed_ids
from safe_synthesizer.pii.column_id_respaced import id_share
from safe_synthesizer.pii.column_id_vehicles import vehicle_numbers
from safe_synthesizer.pii.column_ids import MIN_DATED_SHARE, dated_id_evidence
from safe_synthesizer.pii.column_phone_groups import grouped_after_prefix
from safe_synthesizer.pii.column_phone_ids import phones_over_ids, printed_as_phones
from safe_synthesizer.pii.column_phone_marked import marked_phone_score
from safe_synthesizer.pii.column_phone_small_plans import dialled_small_plan_score
from safe_synthesizer.pii.column_phone_unwritten import unwritten_groups
from safe_synthesizer.pii.column_phone_worded import worded_phone_score
from safe_synthesizer.pii.column_phones import MIN_VALID_SHARE, national_phone_evidence
from safe_synthesizer.pii.column_sample import _PROBE, MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct, _simple

# Share of values passing one national id scheme's check that lets values alone decide: a column
# of random numbers passes the weakest scheme (the 9-digit BSN) about one time in eleven.
MIN_NATIONAL_ID_SHARE = 0.9
# With one layout for nearly all values, this share passing one scheme is no accident either: ids typed by hand
# or exported from test data break some check digits (15 % typos left a French NIR column a phone column). A
# scheme's check passes random digits one time in ten or eleven; three in four of a whole column never.
MIN_NATIONAL_ID_SHARE_ONE_LAYOUT = 0.75
MIN_ONE_LAYOUT = 0.9
MIN_TYPO_VALUES = 20
# Schemes whose only check is one check digit, with the grouped layout that tells them from other
# checked numbers (``046 454 286``; an NHS number ``943 476 5919``, where ISBN-10s pass the same mod 11).
# Share of such values written the scheme's way: most (some typed bare by hand beside the printed ones).
MIN_LAID_OUT = 0.5
_CHECK_DIGIT_ONLY = {
    "ca.sin": re.compile(r"^\d{3}[ -]\d{3}[ -]\d{3}$"),
    "gb.nhs": re.compile(r"^\d{3}([ -])\d{3}\1\d{4}$"),
}


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


def _layout(value: str) -> str:
    return _LETTER.sub("A", _DIGIT.sub("9", value))


def _typed_ids(values: list[str]) -> bool:
    """Enough values, nearly all written in one layout of digits (and letters): one scheme's ids."""
    if len(values) < MIN_TYPO_VALUES:
        return False
    layouts: dict[str, int] = {}
    for v in values:
        layouts[key] = layouts.get(key := _layout(v), 0) + 1
    main = max(layouts, key=layouts.__getitem__)
    return layouts[main] >= MIN_ONE_LAYOUT * len(values) and "9999" in main.replace(" ", "")


def national_id_score(sample: ValueSample, cued: bool) -> Score:
    """National ids from values: one country's checksum/date scheme (``stdnum``) for nearly all values."""
    if (printed := printed_ids(sample.values)) is not None:  # ``2 56 10 71 461 919 50``: a NIR as France prints it
        return Score(printed[0], True, printed[1])
    probe = sample.values[:_PROBE]
    if not cued and grouped_after_prefix(probe) is not None:
        # ``01512 1975852``: split after a phone plan's area or mobile prefix, as no id scheme writes its digits.
        return Score(0.0, False, "numbers split after a phone plan's area or mobile prefix: phones, not ids")
    if not cued and len(sample.values) > _PROBE and id_share(probe)[0] < 0.5:
        dated, why = dated_id_evidence(sample.values)
        return Score(dated, True, why) if dated >= MIN_DATED_SHARE else Score(0.0, False, "<50% national ids")
    share, scheme = id_share(sample.values)
    if not cued and share >= MIN_NATIONAL_ID_SHARE_ONE_LAYOUT and (printed := printed_as_phones(probe)) is not None:
        return Score(0.0, False, printed)  # ``040-190-84-53``: a phone plan's groups, not the id scheme's
    if not cued and share >= MIN_NATIONAL_ID_SHARE_ONE_LAYOUT:
        # ``015129231669``: German mobiles a check-less scheme (Vietnamese CCCD) takes 11 times in 12.
        phones, why = phones_over_ids(sample.values, share, scheme)
        if phones:
            return Score(0.0, False, f"phones, not {scheme} ids: {why}")
    if share < MIN_NATIONAL_ID_SHARE and animal_id_column(sample.values):
        # ``826012345678901`` under ``Passport (UELN)``: a horse's passport, not its owner's id.
        return Score(0.0, False, "horse passport (UELN) or microchip numbers: an animal's ids, not a person's")
    typos = MIN_NATIONAL_ID_SHARE_ONE_LAYOUT <= share < MIN_NATIONAL_ID_SHARE
    if typos and (cued or scheme not in _CHECK_DIGIT_ONLY) and _typed_ids(sample.values):
        return Score(share, True, f"{_pct(share)} valid {scheme} numbers, all in one layout (some typos)")
    if share >= MIN_NATIONAL_ID_SHARE and scheme in _CHECK_DIGIT_ONLY and not cued:
        # One check digit, nothing else (the SIN is a Luhn number): any numbered column with a check
        # digit passes, so without a cue the values must also be written the scheme's way.
        laid_out = sample.share(_CHECK_DIGIT_ONLY[scheme].match)
        if laid_out < MIN_LAID_OUT:
            return Score(share, False, f"{_pct(share)} valid {scheme} numbers, {_pct(laid_out)} in its layout")
    if share >= MIN_NATIONAL_ID_SHARE:
        return Score(share, True, f"{_pct(share)} valid {scheme} numbers")
    dated, why = dated_id_evidence(sample.values)
    if dated >= MIN_DATED_SHARE:
        return Score(dated, True, why)
    if cued:  # the name says id: any letter/digit code will do, but a register's own numbering
        if (why := local_numbering(sample.values) or vehicle_numbers(sample.values)) is not None:  # ``TN-2024-117``
            return Score(0.0, True, why)
        return _simple(sample, V.is_id_code, "ID codes", values_decide=False)
    return Score(share, False, f"{_pct(share)} national ids")


# Share of written postcodes (``01310-100``) that lets the same codes written bare (``01310100``) count.
MIN_WRITTEN_POSTCODES = 0.2


def postcode_value_score(sample: ValueSample) -> Score:
    """Postcodes from values alone: layouts with letters or separators; bare digits only beside them.

    A bare number is any number, but a column that writes many of its codes ``01310-100`` and the
    rest ``01310100`` (Brazilian CEPs exported both ways) is one postcode column.
    """
    written = [v for v in sample.values if not v.isdigit() and V.postcode_locales(v.upper())]
    share = len(written) / len(sample.values) if sample.values else 0.0
    evidence = f"{_pct(share)} postcodes"
    if share >= MIN_WRITTEN_POSTCODES:
        # Digit counts of the written codes made only of digits and separators ("01310-100" -> 8).
        digit_only = [v for v in written if not any(c.isalpha() for c in v)]
        widths = {sum(c.isdigit() for c in v) for v in digit_only}
        # ZIP+4 columns also hold the codes without the +4 (``51592-4324`` beside ``25112``).
        widths |= {len(v.split("-")[0]) for v in digit_only if "-" in v and v.split("-")[0].isdigit()}
        bare = sum(1 for v in sample.values if v.isdigit() and len(v) in widths)
        if bare:
            share += bare / len(sample.values)
            evidence += f", {_pct(bare / len(sample.values))} the same codes without separator"
    return Score(share, sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE, evidence)


def _national_ids_not_phones(sample: ValueSample) -> bool:
    """Digits without a ``+`` in one layout, three in four passing one national id scheme (the rest typos):
    ids written in groups (``1 85 05 78 006 084 36``), which phone checks take for national numbers."""
    probe = sample.values[:_PROBE]
    if any(v.startswith(("+", "00")) for v in probe[:5]) or not _typed_ids(probe):
        return False
    if grouped_after_prefix(probe) is not None:  # split after a plan's area or mobile prefix: phones
        return False
    share, scheme = id_share(probe)
    if share < MIN_NATIONAL_ID_SHARE_ONE_LAYOUT:
        return False
    # ``070-173 23 31``: Swedish mobiles 7 in 8 of which read as Danish CPR dates; more of them are phones.
    return not phones_over_ids(probe, share, scheme)[0]


# Share of values written as phones that decides a column without a cue (``min_column_confidence``'s default, read
# from the config so the two cannot drift): the national-number check may replace a lower written share, never one
# that decides alone.
MIN_WRITTEN_DECIDES = MIN_COLUMN_CONFIDENCE


# Digits in three or more groups of four (``2985 5415 0458 16``): the layout of library, loyalty and
# account card numbers; no country writes its phone numbers so.
_FOUR_DIGIT_GROUPS = re.compile(r"^\d{4}([ \-])\d{4}\1\d{4}(?:\1\d{1,4})?$")


def phone_score(entity: str, sample: ValueSample, cued: bool, numeric: bool) -> Score:
    """Phone evidence: numbers written as phones; without a cue, bare national numbers of one region
    (:mod:`column_phones`). Text typed as a number (``612345678``) only by the latter, which tests
    the column against random digits of its layout."""
    if numeric and not cued:
        if dated_id_evidence(sample.values)[0] >= MIN_DATED_SHARE:
            return Score(0.0, True, "a birth date at one place in every value: personal ids, not phones")
        share, _, why = national_phone_evidence(sample.values)
        return Score(share, entity == E.PHONE_NUMBER and share >= MIN_VALID_SHARE, why)
    if not cued and sample.share(_FOUR_DIGIT_GROUPS.match) >= MIN_VALID_SHARE:
        return Score(0.0, True, "digits in groups of four: card or account numbers, not phones")
    if not cued and printed_ids(sample.values) is not None:
        return Score(0.0, True, "one national id scheme's check in the scheme's printed layout: ids, not phones")
    # A fax column without a "fax" hint is reported as a phone column.
    score = _simple(sample, lambda v: V.is_phone_any(v, cued=cued), "phone numbers")
    if not cued and 0.3 <= score.share < 0.7:
        # Written numbers prove the column; bare national ones ("0304144698") may fill the rest.
        loose = sample.share(lambda v: V.is_phone_any(v, cued=True))
        if loose >= 0.9:
            score = Score(loose, True, f"{score.evidence} written as phones, {_pct(loose)} possible phones")
    if entity == E.PHONE_NUMBER and (marked := marked_phone_score(sample.values, score.share)) is not None:
        return marked  # ``(+47) 23 42 05 20`` beside ``40 60 72 94``, ``61100 (h)``: cells that say they are phones
    if entity == E.PHONE_NUMBER and (worded := worded_phone_score(sample.values, score.share)) is not None:
        return worded  # ``tel 0504 524 97 46``, ``☎ 07407 604398``, ``+34 612 73 37 97 / WhatsApp``, ``21576 ext. 469``
    if not cued and score.share and V.one_layout_many_countries(sample.values):
        return Score(0.0, True, "one digit layout dialling several countries: codes, not phones")
    if not cued and (score.share or numeric) and dated_id_evidence(sample.values)[0] >= MIN_DATED_SHARE:
        return Score(0.0, True, "a birth date at one place in every value: personal ids, not phones")
    if not cued and score.share and _national_ids_not_phones(sample):
        return Score(0.0, True, "one national id scheme's check in one layout: ids, not phones")
    if not cued and score.share and (unwritten := unwritten_groups(sample.values)) is not None:
        # ``747-26-8199``, ``6846-3833-06``: nine digits or more in groups no country writes a phone in.
        return Score(0.0, True, f"{unwritten}: ids, not phones")
    if (
        entity == E.PHONE_NUMBER
        and not cued
        and score.share < MIN_VALID_SHARE
        and (dialled := dialled_small_plan_score(sample.values)) is not None
    ):
        return dialled  # "+678 591 9611" beside "591 3060" and "22463": one short plan's numbers, a quarter dialled
    if not cued and score.share < MIN_VALID_SHARE:
        # Bare national numbers (``0341910544``): one region's valid numbers, beyond chance.
        share, _, why = national_phone_evidence(sample.values)
        # Only a share that decides replaces a written one that may: 94.6 % written as phones, the national
        # check at 94.9 % (below its bar, not deciding), lost an en_US column.
        if share >= MIN_VALID_SHARE or (share > score.share and score.share < MIN_WRITTEN_DECIDES):
            return Score(share, entity == E.PHONE_NUMBER and share >= MIN_VALID_SHARE, why)
    return Score(score.share, entity == E.PHONE_NUMBER, score.evidence)
