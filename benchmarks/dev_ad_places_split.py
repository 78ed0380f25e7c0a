"""Dev (helper AD): proof that splitting ``validators/places.py`` left its behaviour unchanged.

Loads the pre-split module from a saved copy (argument 1) and compares every public check on every cell of held-out
set 35's tables in many locales plus Faker addresses, streets, towns and postcodes of every locale.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_places_split.py /tmp/ad/places_orig.py
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys

from faker import Faker
from faker.config import AVAILABLE_LOCALES

import heldout35_shapes
from safe_synthesizer.pii.validators import places as new

CHECKS = ("is_postcode", "postcode_locales", "is_place_shaped", "is_state", "is_street_address", "is_full_address",
          "has_place_marker", "is_listed_city", "is_listed_region", "street_locales", "is_street_any",
          "is_named_street", "is_unnumbered_street", "is_form_or_note", "is_address_any", "squash_hyphens")  # fmt: skip
LOCALES = ("fr_GP", "en_GG", "ar_MR", "fr_BF", "gd_GB", "vi_VN", "rm_CH", "en_GM", "en_BS", "de_NA", "en_MW", "nl_NL",
           "pl_PL", "de_DE", "fr_FR", "en_US", "ja_JP", "tr_TR", "hu_HU", "cs_CZ", "pt_BR", "es_ES", "it_IT", "sv_SE",
           "zh_MO", "rn_BI", "el_GR", "ko_KR", "ru_RU", "id_ID")  # fmt: skip


def values() -> list[str]:
    out: set[str] = set()
    for locale in LOCALES:
        for seed in (35001, 35501):
            frame = heldout35_shapes.heldout35_table(locale, seed).frame
            out |= {str(v) for c in frame.columns for v in frame[c].dropna().head(200)}
    for locale in AVAILABLE_LOCALES:
        fake = Faker(locale)
        fake.seed_instance(7)
        for _ in range(20):
            for method in ("address", "street_address", "city", "postcode", "street_name", "name", "company"):
                with contextlib.suppress(AttributeError):
                    out.add(str(getattr(fake, method)()))
    return sorted(out)


def main() -> None:
    spec = importlib.util.spec_from_file_location("places_before", sys.argv[1])
    old = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(old)
    cells = values()
    differ = 0
    for check in CHECKS:
        for value in cells:
            if getattr(old, check)(value) != getattr(new, check)(value):
                differ += 1
                print("DIFF", check, repr(value))
    print(f"{len(cells)} values x {len(CHECKS)} checks: {differ} differences")


if __name__ == "__main__":
    main()
