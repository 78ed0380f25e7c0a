"""Held-out set 13, the ground the other ``heldout13_*`` modules stand on: seeds, locales, languages,
the ``Table`` and ``Person`` records and small drawing helpers (split out of ``bench_pii_heldout13_tables.py``,
which still exports every name; nothing here changed a table).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

SEEDS = (13001, 13002)
N_ROWS = 60
REF = date(2026, 1, 1)
FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER32 = ("sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR",
           "es_MX", "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK",
           "hr_HR", "de_CH", "lt_LT", "uk_UA", "ru_RU", "bg_BG", "sl_SI", "en_IE", "nl_BE", "lv_LV")  # fmt: skip
NEW5 = ("es_AR", "es_CO", "en_NZ", "fr_BE", "et_EE")
LOCALES = FIRST7 + OTHER32 + NEW5
CJK = ("ja_JP", "zh_CN")
LANG = {x: ("no" if x == "no_NO" else x.split("_")[0]) for x in LOCALES}
LANG["nl_BE"] = "nl"


@dataclass
class Table:
    frame: pd.DataFrame
    labels: dict
    notes: list
    forms: list
    templates: list
    notes_column: str
    shape: str


@dataclass
class Person:
    first: str
    last: str
    female: bool
    dob: date
    street: str = ""
    postcode: str = ""
    city: str = ""
    state: str = ""
    phone: object = None
    email: str = ""
    nid: str = ""
    iban: str = ""
    card: str = ""
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- helpers


def _ascii(text: str) -> str:
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in "-"))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _retry(make, valid, tries: int = 20000) -> str:
    for _ in range(tries):
        value = make()
        if valid(value):
            return value
    raise RuntimeError("no valid value")
