"""Held-out set 53: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 53 has set 52's 350 locales (``heldout52_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout53_new8``: ta_MY Tamil in Malaysia, pa_CA Punjabi in Canada, ko_CN Korean in China, ja_BR
Japanese in Brazil, ps_PK Pashto in Pakistan, ru_LV Russian in Latvia, es_US Spanish in the United States, ms_SG
Malay in Singapore). Birth dates are the people's own; event dates count back from 2026-12-07. Date layouts new to
the sets: ``{"$date": "1998-04-02T00:00:00Z"}`` (MongoDB extended JSON), ``ISODate("1998-04-02T00:00:00Z")`` (the
mongo shell), ``=DATE(1998,4,2)`` (a spreadsheet formula left in a cell), ``Date(1998,3,2)`` (the Google
Visualization API, its months counted from 0), ``BDAY:19980402`` (a vCard property), ``<say-as
interpret-as="date" format="dmy">02-04-1998</say-as>`` (SSML, a screen reader's or voice system's export) and
``~D[1998-04-02]`` (an Elixir sigil).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random

import heldout52_language as l52
import heldout53_new8 as new8

NEW8_53 = new8.NEW8_53
NEW8_52 = l52.NEW8_52
FIRST7 = l52.FIRST7
OTHER = (*l52.OTHER, *l52.NEW8_52)
LOCALES = (*FIRST7, *OTHER, *NEW8_53)
SEEDS = (53001, 53002, 53003, 53004, 53005, 53006)
N_ROWS = 0
CJK = (*l52.CJK, "ko_CN", "ja_BR")
INDIC = (*l52.INDIC, "ta_MY", "pa_CA")  # Tamil, Gurmukhi: words between spaces
LANG = {**l52.LANG, **new8.LANG53}
LOCAL_LANGS = l52.LOCAL_LANGS
EU_NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs")
NOTE_LANGS = (*EU_NOTE_LANGS, *new8.LANG53.values())
TITLES = l52.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"ta-MY": ("திருமதி", "திரு", "Mdm", "Mr"), "pa-CA": ("ਸ੍ਰੀਮਤੀ", "ਸ੍ਰੀ", "Mrs.", "Mr."), "ko-CN": ("녀사", "선생", "女士", "先生"),
                "ja-BR": ("Sra.", "Sr.", "様"), "ps": ("محترمه", "محترم", "Mrs", "Mr"), "ru-LV": ("г-жа", "г-н", "Ms", "Mr"),
                "es-US": ("Sra.", "Sr."), "ms-SG": ("Puan", "Encik")}.items():  # fmt: skip
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES.get(_lg, ()), *_t)))
TODAY = dt.date(2026, 12, 7)
# A cell with no value as set 53's exports write it (besides the locale's words).
TOOL_MISSING = ("#VALUE!", "#DIV/0!", "Optional(nil)", "NSNull", "<missing>", "(not set)", "N.D.", "--", "[]", "{}",
                "null null", "NONE GIVEN")  # fmt: skip
DATE_LAYOUTS = ("mongo_date", "isodate", "excel_date_fn", "gviz_date", "vcard_bday", "ssml_date", "elixir_sigil")
_MISSING_NEW = {"ta_MY": ("இல்லை", "tiada", "-"), "pa_CA": ("ਨਹੀਂ", "N/A", "-"), "ko_CN": ("없음", "无", "-"),
                "ja_BR": ("なし", "não informado", "-"), "ps_PK": ("نشته", "N/A", "-"), "ru_LV": ("нет", "nav", "-"),
                "es_US": ("no tiene", "N/A", "-"), "ms_SG": ("tiada", "NIL", "-")}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_53 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 52's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_53 else l52.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_53 else l52.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l52.iso_of(value)


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"ta_MY": "ms_MY", "pa_CA": "en_CA", "ko_CN": "zh_CN", "ja_BR": "pt_BR", "ps_PK": "ur_PK", "ru_LV": "lv_LV",
            "es_US": "en_US", "ms_SG": "en_SG"}.get(locale, locale)  # fmt: skip


def fmt_date(iso: str, locale: str, layout: str, lg: str = "en") -> str:
    """An ISO date in one of set 53's layouts (``DATE_LAYOUTS``), or set 52's (``heldout52_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    if layout == "mongo_date":
        return f'{{"$date": "{d.isoformat()}T00:00:00Z"}}'
    if layout == "isodate":
        return f'ISODate("{d.isoformat()}T00:00:00Z")'
    if layout == "excel_date_fn":
        return f"=DATE({d.year},{d.month},{d.day})"
    if layout == "gviz_date":
        return f"Date({d.year},{d.month - 1},{d.day})"
    if layout == "vcard_bday":
        return f"BDAY:{d:%Y%m%d}"
    if layout == "ssml_date":
        return f'<say-as interpret-as="date" format="dmy">{d:%d-%m-%Y}</say-as>'
    if layout == "elixir_sigil":
        return f"~D[{d.isoformat()}]"
    old = _old(locale) if locale in NEW8_53 else locale
    if old not in l52.LOCALES:
        old = "en_GB"
    return l52.fmt_date(iso, old, layout, lg)


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
