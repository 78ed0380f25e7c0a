"""Dev check (helper AD, session 48): which locale a table's address, town and free-text fakes take for
countries Faker has no locale for (fr_DZ, en_PG, pap_AW, ...): prints each PII column's locale and a few
fakes beside the originals. Usage: ``PYTHONPATH=src:benchmarks python benchmarks/dev_ad_fake_locales.py
fr_DZ:33001 en_PG:33501``."""

from __future__ import annotations

import sys

import heldout32_shapes as s32
import heldout33_shapes as s33
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

_PLACES = ("address", "street_address", "city", "state", "postcode", "phone_number", "free_text")


def _table(locale: str, seed: int):
    try:
        return s33.heldout33_table(locale, seed)
    except Exception:  # a locale of set 32 only
        return s32.heldout32_table(locale, seed)


def main(args: list[str]) -> None:
    for arg in args:
        locale, seed = arg.split(":")
        t = _table(locale, int(seed))
        df = t.frame
        result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
        print(f"== {locale} {seed} {t.shape}")
        for col in result.report.columns:
            if col.entity not in _PLACES:
                continue
            before = [v for v in df[col.column].astype(str).tolist() if v.strip()][:3]
            after = [v for v in result.data[col.column].astype(str).tolist() if v.strip()][:3]
            if col.entity == "free_text":
                before, after = [b[:90] for b in before], [a[:90] for a in after]
            print(f"  {col.column} {col.entity} {col.locale}\n    {before}\n    -> {after}")


if __name__ == "__main__":
    main(sys.argv[1:])
