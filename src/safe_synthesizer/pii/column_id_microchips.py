"""Animal microchips (ISO 11784/11785 FDX-B): fifteen digits that open with a country or a maker, not a person's id.

Why: a pet's transponder number is 15 digits, the first three an ISO 3166 numeric country code (``250`` France,
``276`` Germany, ``826`` the UK, ``840`` the USA) or a maker's code (``900``-``998``), then twelve digits with no
check digit. An animal shelter's or a vet's ``Microchip`` column, with its header hidden, is one long digit layout,
unique per row, beside the adopter's name: the unseen-layout id rule (:mod:`column_id_unseen_layouts`) took it for
the people's national ids (set 34, seen: 7 shelter tables). Random 15-digit ids open with a country or maker code by
chance about a third of the time; a column whose values nearly all do is a register of chips.

Example::

    microchip_share(["250269604123456", "941000012345678", "826097200000123"])  # 1.0
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

# Digits of an ISO 11784 transponder code.
CHIP_DIGITS = 15
# Share of the values that must open with a country or a maker code.
MIN_CHIP_SHARE = 0.9
# Maker (manufacturer) codes given out by ICAR: 900-998; 999 is a test code.
_MAKERS = range(900, 1000)
# ISO 3166-1 numeric country codes.
_ISO_NUMERIC = (
    "004 008 010 012 016 020 024 028 031 032 036 040 044 048 050 051 052 056 060 064 068 070 072 074 076 084 "
    "086 090 092 096 100 104 108 112 116 120 124 132 136 140 144 148 152 156 158 162 166 170 174 175 178 180 "
    "184 188 191 192 196 203 204 208 212 214 218 222 226 231 232 233 234 238 239 242 246 248 250 254 258 260 "
    "262 266 268 270 275 276 288 292 296 300 304 308 312 316 320 324 328 332 334 336 340 344 348 352 356 360 "
    "364 368 372 376 380 384 388 392 398 400 404 408 410 414 417 418 422 426 428 430 434 438 440 442 446 450 "
    "454 458 462 466 470 474 478 480 484 492 496 498 499 500 504 508 512 516 520 524 528 531 533 534 535 540 "
    "548 554 558 562 566 570 574 578 580 581 583 584 585 586 591 598 600 604 608 612 616 620 624 626 630 634 "
    "638 642 643 646 652 654 659 660 662 663 666 670 674 678 682 686 688 690 694 702 703 704 705 706 710 716 "
    "724 728 729 732 740 744 748 752 756 760 762 764 768 772 776 780 784 788 792 795 796 798 800 804 807 818 "
    "826 831 832 833 834 840 850 854 858 860 862 876 882 887 894"
)
COUNTRY_CODES = frozenset(int(c) for c in _ISO_NUMERIC.split(" "))


def is_chip_code(digits: str) -> bool:
    """``digits`` (separators removed) are 15 digits opening with a country or a maker code."""
    if len(digits) != CHIP_DIGITS or not digits.isdigit():
        return False
    head = int(digits[:3])
    return head in COUNTRY_CODES or head in _MAKERS


def microchip_share(digits: Sequence[str]) -> float:
    """Share of ``digits`` (one value each, separators removed) that read as ISO 11784 transponder codes."""
    return sum(map(is_chip_code, digits)) / len(digits) if digits else 0.0


def _born(digits: str) -> bool:
    """Digits 7-12 are a ``YYMMDD`` date: China's old 15-digit id (six-digit area code, then the birth date)."""
    try:
        return bool(date(2000 + int(digits[6:8]), int(digits[8:10]), int(digits[10:12])))
    except ValueError:
        return False


# Share of the values with a birth date after a six-digit area code that says people's ids, not chips.
MAX_BORN_SHARE = 0.5


def are_microchips(digits: Sequence[str]) -> bool:
    """Nearly all ``digits`` are transponder codes (:data:`MIN_CHIP_SHARE`) and most carry no birth date where
    China's old 15-digit ids do (an area code such as ``320`` is also a country's): a register of animals'
    chips."""
    if microchip_share(digits) < MIN_CHIP_SHARE:
        return False
    return sum(map(_born, digits)) < MAX_BORN_SHARE * len(digits)
