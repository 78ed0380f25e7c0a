"""Dev (helper AD): the wirings requested in /work/s50docs/wiring_AD.md, patched in for a dev run (not the library).

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_patch.py en_MW:35001 ar_MR:35002 ...
(``--off``: the plans without the patches, for the before.)
"""

from __future__ import annotations

import sys

import dev_ad_plans
from safe_synthesizer.pii import cues
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import replace as R
from safe_synthesizer.pii.column_residence_cues import residence_cues
from safe_synthesizer.pii.country_towns import real_town_fakes


def patch() -> None:
    script_cues = cues.script_cues

    def with_residence(column_name: str, strict: bool = False) -> set[str]:
        found = script_cues(column_name, strict=strict)
        return found | residence_cues(column_name) if not strict else found

    cues.script_cues = with_residence

    def kept(plan, df, params) -> bool:
        if plan.entity != E.CITY or not R._common_only(plan, df, params):
            return False
        return not real_town_fakes(plan.locale, df[plan.column].dropna().astype(str).head(2000).unique())

    R._kept_town_column = kept


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--off" in args:
        args.remove("--off")
    else:
        patch()
    for arg in args:
        loc, _, seed = arg.partition(":")
        dev_ad_plans.show(loc, int(seed))
