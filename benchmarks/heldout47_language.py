"""Held-out set 47: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 47 has set 46's 302 locales (``heldout46_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout47_new8``: te_IN Telugu, ti_ET Tigrinya in Ethiopia, ee_GH Ewe, tn_BW Setswana, ty_PF
Tahitian, kab_DZ Kabyle, haw_US Hawaiian, co_FR Corsican). Birth dates are the people's own; event dates count back
from 2026-12-07. Date layouts new to the sets: ``02,04,1998`` (commas), ``02–04–1998`` (en dashes), ``02·04·1998``
(middle dots), ``1998.Apr.02`` (the year first, the month's abbreviation in the table's language between dots),
``1998-04-02 → 28`` (ISO with the age after an arrow), ``Thursday, 1998-04-02`` (the weekday's whole name in the
table's language, a comma, ISO) and ``1998, 2 April`` (the year first, a comma, the day and the month's whole name in
the table's language or in the new 8's own: ``ఏప్రిల్``, ``ሚያዝያ``, ``Afɔfĩe``, ``Moranang``, ``ʻEperēra``,
``Yebrir``, ``ʻApelila``, ``aprile``); the US writes the month before the day in the numeric ones.
"""

from __future__ import annotations

import datetime as dt
import random

import heldout46_language as l46
import heldout47_new8 as new8

NEW8_47 = new8.NEW8_47
FIRST7 = l46.FIRST7
OTHER = (*l46.OTHER, *l46.NEW8_46)
LOCALES = (*FIRST7, *OTHER, *NEW8_47)
SEEDS = (47001, 47002, 47003, 47004, 47005, 47006)
N_ROWS = 0
CJK = l46.CJK
INDIC = (*l46.INDIC, "te_IN")  # Telugu: words between spaces
LANG = {**l46.LANG, **new8.LANG47}
# Languages whose headers are in the table's language (set 46's ten).
LOCAL_LANGS = l46.LOCAL_LANGS
# Languages with set 47's local note genres.
NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", *new8.LANG47.values())
TITLES = l46.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"te": ("శ్రీమతి", "శ్రీ", "Smt.", "Sri"), "ti": ("ወ/ሮ", "ኣቶ", "ወ/ሪት"),
                "ee": ("Mrs", "Mr", "Togbe", "Mama"), "tn": ("Mma", "Rra", "Mrs", "Mr"),
                "ty": ("Mme", "M.", "Madame", "Monsieur"), "kab": ("Nna", "Dda", "Mme", "M."),
                "haw": ("Mrs", "Mr", "Tūtū", "Aunty", "Uncle"), "co": ("Mme", "M.", "Madama", "Sgiò")}.items():  # fmt: skip  # noqa: E501
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES.get(_lg, ()), *_t)))
TODAY = dt.date(2026, 12, 7)
# A cell with no value as set 47's exports write it (besides the locale's words).
TOOL_MISSING = ("#NAME?", "<NA>", "(skipped)", "no reply", "—none—", "not asked", "form not returned",
                "[not given]", "no contact", "to check", "n/r", "∗∗∗")  # fmt: skip
DATE_LAYOUTS = ("comma_sep", "endash_sep", "middot_sep", "ymon_dot", "iso_arrow_age", "wd_long_iso", "y_d_mon")
_MONTHS = {
    **{k: v for k, v in l46._MONTHS.items() if k in ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb")},
    "te": "జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్",
    "ti": "ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት ሰነ ሓምለ ነሓሰ መስከረም ጥቅምቲ ሕዳር ታሕሳስ",
    "ee": "Dzove Dzodze Tedoxe Afɔfĩe Damɛ Masa Siamlɔm Deasiamime Anyɔnyɔ Kele Adeɛmekpɔxe Dzome",
    "tn": "Ferikgong Tlhakole Mopitlwe Moranang Motsheganang Seetebosigo Phukwi Phatwe Lwetse Diphalane Ngwanatsele "
          "Sedimonthole",
    "ty": "Tenuare Fepuare Māti ʻEperēra Mē Tiunu Tiurai ʻAtete Tetepa ʻAtopa Novema Tītema",
    "kab": "Yennayer Fuṛar Meɣres Yebrir Mayyu Yunyu Yulyu Ɣuct Ctembeṛ Tubeṛ Nunembeṛ Dujembeṛ",
    "haw": "Ianuali Pepeluali Malaki ʻApelila Mei Iune Iulai ʻAukake Kepakemapa ʻOkakopa Nowemapa Kēkēmapa",
    "co": "ghjennaghju ferraghju marzu aprile maghju ghjugnu lugliu aostu settembre ottobre nuvembre dicembre",
}
_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "te": "సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం",
    "ti": "ሰኑይ ሰሉስ ረቡዕ ሓሙስ ዓርቢ ቀዳም ሰንበት",
    "ee": "Dzoɖa Blaɖa Kuɖa Yawoɖa Fiɖa Memleɖa Kɔsiɖa",
    "tn": "Mosupologo Labobedi Laboraro Labone Labotlhano Matlhatso Tshipi",
    "ty": "Monire Mahana_piti Mahana_toru Mahana_maha Mahana_pae Mahana_mā Tāpati",
    "kab": "Letnayen Ttlata Larebɛa Lexmis Lǧemɛa Ssebt Lḥed",
    "haw": "Poʻakahi Poʻalua Poʻakolu Poʻahā Poʻalima Poʻaono Lāpule",
    "co": "luni marti mercuri ghjovi venneri sabbatu dumenica",
}  # fmt: skip
# The language a locale's dates are written in where it has no month names of its own here.
_DATE_LANG = {"mi": "en"}
_MISSING_NEW = {"te_IN": ("లేదు", "N/A", "-"), "ti_ET": ("የለን", "N/A", "-"), "ee_GH": ("meli o", "N/A", "nil"),
                "tn_BW": ("ga go na", "N/A", "nil"), "ty_PF": ("aita", "néant", "-"),
                "kab_DZ": ("ulac", "néant", "-"), "haw_US": ("ʻaʻohe", "N/A", "none"),
                "co_FR": ("nunda", "néant", "-")}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_47 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 46's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_47 else l46.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_47 else l46.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l46.iso_of(value)


def date_lang(locale: str) -> str:
    """The language a locale's month names are written in."""
    lg = lang(locale)
    lg = _DATE_LANG.get(lg, lg)
    return lg if lg in _MONTHS else "en"


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def _abbr(month: str) -> str:
    """A month's abbreviation (its first three letters; not-Latin scripts keep the whole word)."""
    return month[:3] if month[:1].isascii() and month[:1].isalpha() else month


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 47's layouts, or set 46's (``heldout46_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    lg = date_lang(locale)
    us = locale.endswith("_US")
    first, second = (d.month, d.day) if us else (d.day, d.month)
    month = _MONTHS[lg].split()[d.month - 1]
    if layout == "comma_sep":
        return f"{first:02d},{second:02d},{d.year}"
    if layout == "endash_sep":
        return f"{first:02d}–{second:02d}–{d.year}"
    if layout == "middot_sep":
        return f"{first:02d}·{second:02d}·{d.year}"
    if layout == "ymon_dot":
        return f"{d.year}.{_abbr(month)}.{d.day:02d}"
    if layout == "iso_arrow_age":
        return f"{d.isoformat()} → {age_on(d)}"
    if layout == "wd_long_iso":
        wd = _WEEKDAYS.get(lg, _WEEKDAYS["en"]).split()[d.weekday()].replace("_", " ")
        return f"{wd}, {d.isoformat()}"
    if layout == "y_d_mon":
        return f"{d.year}, {d.day} {month}"
    return l46.fmt_date(iso, _old(locale), layout)


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"te_IN": "pa_IN", "ti_ET": "am_ET", "ee_GH": "tw_GH", "tn_BW": "en_BW", "ty_PF": "fr_PF",
            "kab_DZ": "fr_DZ", "haw_US": "en_US", "co_FR": "fr_FR"}.get(locale, locale)  # fmt: skip


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
