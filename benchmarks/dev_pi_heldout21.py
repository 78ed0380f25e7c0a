"""Set 21 (SEEN, diagnostic only, never tuned to): phone and id column calls of the first 7 locales and the ones
helper PI worked on, names hidden (``--hidden``) or hidden and shown; ``--patch`` adds the unwired phone table pass.

Usage: PYTHONPATH=src .venv/bin/python benchmarks/dev_pi_heldout21.py --hidden [--patch]
"""

import sys

sys.path.insert(0, "/work/main/benchmarks")
import heldout21_language as language
import heldout21_shapes as set21

if "--patch" in sys.argv:
    from dev_pi_columns import with_table_phones

    with_table_phones()
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

LOC = [
    "en_US",
    "en_GB",
    "de_DE",
    "fr_FR",
    "es_ES",
    "it_IT",
    "nl_NL",
    "da_DK",
    "es_MX",
    "no_NO",
    "bg_BG",
    "es_UY",
    "ro_MD",
    "en_SG",
    "sv_SE",
    "uk_UA",
    "en_ZA",
    "en_AU",
    "cs_CZ",
    "hu_HU",
    "sl_SI",
    "mn_MN",
    "yo_NG",
    "ha_NG",
    "lt_LT",
]
MODES = ("hidden",) if "--hidden" in sys.argv else ("hidden", "shown")
KEY = {"phone_number", "fax_number", "national_id"}
params = ReplacePiiParameters()
tot = {"hidden": [0, 0, 0], "shown": [0, 0, 0]}
for loc in LOC:
    for seed in language.seeds_for(loc):
        t = set21.heldout21_table(loc, seed)
        df, labels = t.frame, t.labels
        for mode in MODES:
            names = {c: (f"c{i:03d}" if mode == "hidden" else c) for i, c in enumerate(df.columns)}
            tab = df.rename(columns=names)
            plans = {p.column: p.entity for p in plan_columns(tab, infer_schema(tab), params, seed=0)}
            for c, want in labels.items():
                acc = set(want) if isinstance(want, (set, frozenset, tuple, list)) else {want}
                if want == "dont_care":
                    continue
                got = plans.get(names[c])
                if acc & KEY:
                    tot[mode][1] += 1
                    ok = got in acc or (got in ("phone_number", "fax_number") and acc & {"phone_number", "fax_number"})
                    tot[mode][0] += bool(ok)
                    if not ok:
                        print(mode, loc, seed, names[c], c, sorted(acc), "->", got)
                elif got in KEY and got not in acc:
                    tot[mode][2] += 1
                    print(mode, loc, seed, names[c], c, "FALSE", sorted(a for a in acc if a), "->", got)
print(tot, "(found, total phone/id columns, false phone/id columns)")
