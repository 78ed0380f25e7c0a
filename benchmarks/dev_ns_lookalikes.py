"""Dev (helper NS, session 46): category columns written in non-Latin scripts (Faker's towns, streets, companies,
jobs, countries, colours, months and days of each script's locales, plus wards, relations and religions written
here) must not read as person columns through ``column_script_pairs`` (``people_score``); the person columns of the
same locales in export layouts (``Family, Given``, initials, phones, several people) must.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ns_lookalikes.py``"""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.pii.column_people import people_score
from safe_synthesizer.pii.column_sample import sample_values

LOCALES = ["hi_IN", "ne_NP", "mr_IN", "bn_BD", "ta_IN", "gu_IN", "or_IN", "si_LK", "he_IL", "ka_GE", "hy_AM", "fa_IR",
           "ar_SA", "ru_RU", "uk_UA", "bg_BG", "mk_MK", "el_GR", "ko_KR", "th_TH", "zh_CN", "ja_JP"]  # fmt: skip
KINDS = ["city", "street_name", "street_address", "company", "job", "country", "color_name", "month_name",
         "day_of_week", "administrative_unit", "bank", "license_plate"]  # fmt: skip
WRITTEN = {
    "hi_IN": [["पति", "पत्नी", "बेटा", "बेटी", "माता", "पिता", "भाई", "बहन"],
              ["हिन्दू", "मुस्लिम", "सिख", "ईसाई", "जैन", "बौद्ध"],
              ["ब्राह्मण", "क्षत्रिय", "यादव", "जाट", "कुर्मी", "अनुसूचित जाति", "अन्य पिछड़ा वर्ग", "सामान्य"]],
    "ru_RU": [["муж", "жена", "сын", "дочь", "мать", "отец"], ["Улица Королёва", "Проспект Гагарина", "Улица Чехова",
              "Площадь Суворова", "Улица Менделеева", "Переулок Павлова", "Улица Лермонтова"]],
}  # fmt: skip


def _kind_values(faker: Faker, kind: str, n: int) -> list[str] | None:
    try:
        return [str(getattr(faker, kind)()) for _ in range(n)]
    except (AttributeError, TypeError, NotImplementedError):
        return None


def _people(faker: Faker, n: int, rng: random.Random) -> list[str]:
    out = []
    for i in range(n):
        g, f = faker.first_name(), faker.last_name()
        out.append([f"{f}, {g}", f"{g[0]}. {f}", f"{g} {f} +{rng.randint(10**10, 10**11)}", f"{g} {f}"][i % 4])
    return out


def main() -> None:
    false, missed, checked, people = [], [], 0, 0
    for locale in LOCALES:
        faker, rng = Faker(locale), random.Random(locale)
        faker.seed_instance(4646)
        for n in (15, 200):
            columns = {k: v for k in KINDS if (v := _kind_values(faker, k, n)) is not None}
            columns |= {f"written{i}": [rng.choice(w) for _ in range(n)] for i, w in enumerate(WRITTEN.get(locale, []))}
            for kind, values in columns.items():
                checked += 1
                score = people_score(sample_values(pd.Series(values), 500, 0))
                if score is not None and "non-Latin" in score.evidence:
                    false.append(f"{locale} {n} {kind}: {score.evidence} {values[:3]}")
            people += 1
            values = _people(faker, n, rng)
            if people_score(sample_values(pd.Series(values), 500, 0)) is None:
                missed.append(f"{locale} {n}: {values[:4]}")
    print(f"look-alike columns {checked}, read as people by the script rules: {len(false)}")
    for x in false:
        print("false", x)
    print(f"person columns in layouts {people}, missed {len(missed)}")
    for x in missed:
        print("miss", x)


if __name__ == "__main__":
    main()
