"""Held-out set 24: locales, groups, seeds, row counts, birth-date layouts and missing-cell words.

Set 24 has set 23's 118 locales and eight no set used: five regional languages of the first 7 countries (eu_ES
Basque, gl_ES Galician, fy_NL West Frisian, br_FR Breton, gd_GB Scottish Gaelic) and ca_AD (Andorra, Catalan),
es_SV (El Salvador) and fr_CM (Cameroon). Dates count back from 2026-06-01, never from the clock.
"""

from __future__ import annotations

import datetime as dt
import random

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
# Set 23's locales beyond the first 7 (its ``LOCALES`` minus the first 7), written out so set 24 stays fixed.
OTHER = ("sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR", "es_MX",
         "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK", "hr_HR", "de_CH",
         "lt_LT", "uk_UA", "ru_RU", "bg_BG", "sl_SI", "en_IE", "nl_BE", "lv_LV", "es_AR", "es_CO", "en_NZ", "fr_BE",
         "et_EE", "es_CL", "en_PH", "it_CH", "de_LU", "is_IS", "ko_KR", "en_NG", "id_ID", "vi_VN", "es_VE", "mt_MT",
         "zh_TW", "he_IL", "th_TH", "az_AZ", "ka_GE", "fr_DZ", "fa_IR", "hi_IN", "bn_BD", "hy_AM", "ne_NP", "en_PK",
         "mk_MK", "zu_ZA", "ar_EG", "ta_IN", "uz_UZ", "sq_AL", "yo_NG", "ga_IE", "si_LK", "am_ET", "sw_KE", "ar_SA",
         "gu_IN", "mr_IN", "ha_NG", "tw_GH", "lb_LU", "el_CY", "de_LI", "ar_AE", "ar_JO", "bs_BA", "or_IN", "fil_PH",
         "es_PE", "ms_MY", "kk_KZ", "ca_ES", "sr_RS", "ro_MD", "en_SG", "mn_MN", "es_UY", "pt_AO", "en_ZA", "es_EC",
         "es_CR", "es_DO", "pt_MZ", "ar_BH", "sv_FI", "en_JM", "fr_SN", "ig_NG", "en_BD", "es_GT", "es_PY", "pt_CV",
         "ar_OM", "cy_GB", "fr_CI")  # fmt: skip
NEW8_24 = ("eu_ES", "gl_ES", "fy_NL", "br_FR", "gd_GB", "ca_AD", "es_SV", "fr_CM")
LOCALES = FIRST7 + OTHER + NEW8_24
SEEDS = (24001,)
# 0: every table has its own row count (drawn from its seed); ``--rows N`` forces N.
N_ROWS = 0
REFERENCE = dt.date(2026, 6, 1)
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
INDIC = ("hi_IN", "bn_BD", "ne_NP", "ta_IN", "si_LK", "gu_IN", "mr_IN", "or_IN")
_LANG = {"fil_PH": "en", "ig_NG": "en", "yo_NG": "en", "ha_NG": "en", "tw_GH": "en", "zu_ZA": "en", "sw_KE": "en",
         "ga_IE": "en", "cy_GB": "en", "mt_MT": "en", "lb_LU": "de", "sv_FI": "sv", "gd_GB": "gd", "am_ET": "en",
         "en_BD": "en", "uz_UZ": "en", "mn_MN": "en", "kk_KZ": "ru", "ms_MY": "en", "si_LK": "en", "ne_NP": "en",
         "ta_IN": "en", "gu_IN": "en", "mr_IN": "en", "or_IN": "en", "hi_IN": "en", "bn_BD": "en"}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(24001, 24007))
    if locale in NEW8_24:
        return (24001, 24002)
    return (24001,)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``fy_NL`` -> ``NL``."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language a table's labels and local notes are written in (``en`` where none is written here)."""
    return _LANG.get(locale, locale.split("_")[0])


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from ``REFERENCE``: adults 18-92, children 5-16."""
    lo, hi = (5, 16) if child else (18, 92)
    return REFERENCE - dt.timedelta(days=rng.randint(lo * 365, hi * 365))


def event_date(rng: random.Random) -> dt.date:
    """A booking, visit or order date of the last three years (not personal data)."""
    return REFERENCE - dt.timedelta(days=rng.randint(1, 3 * 365))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "fy": "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber",
    "eu": "urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren "
    "urriaren azaroaren abenduaren",
    "br": "Genver C'hwevrer Meurzh Ebrel Mae Mezheven Gouere Eost Gwengolo Here Du Kerzu",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge",
    "gl": "luns martes mércores xoves venres sábado domingo",
    "fy": "moandei tiisdei woansdei tongersdei freed sneon snein",
    "br": "dilun dimeurzh dimerc'her diriaou digwener disadorn disul",
}
# Layouts: strftime codes, ``%B`` the month in the locale's language, ``%A`` the weekday, ``EU`` Basque order.
DOB_LAYOUTS = {
    "en_US": ("%m/%d/%Y", "%-m/%-d/%Y", "%B %-d, %Y", "%m-%d-%Y", "%Y-%m-%d"),
    "en_GB": ("%d/%m/%Y", "%-d %B %Y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"),
    "de_DE": ("%d.%m.%Y", "%-d. %B %Y", "%d.%m.%y", "%Y-%m-%d"),
    "fr_FR": ("%d/%m/%Y", "%-d %B %Y", "%d-%m-%Y", "%Y-%m-%d"),
    "es_ES": ("%d/%m/%Y", "%-d de %B de %Y", "%d-%m-%Y", "%-d/%-m/%Y"),
    "it_IT": ("%d/%m/%Y", "%-d %B %Y", "%d.%m.%Y", "%d-%m-%Y"),
    "nl_NL": ("%d-%m-%Y", "%-d %B %Y", "%d/%m/%Y", "%Y%m%d"),
    "eu_ES": ("%Y/%m/%d", "EU", "%d/%m/%Y"),
    "gl_ES": ("%d/%m/%Y", "%-d de %B de %Y"),
    "fy_NL": ("%d-%m-%Y", "%-d %B %Y"),
    "br_FR": ("%d/%m/%Y", "%-d %B %Y"),
    "gd_GB": ("%d/%m/%Y", "%d-%m-%Y"),
    "ca_AD": ("%d/%m/%Y", "%-d de %B de %Y", "%d-%m-%Y"),
    "es_SV": ("%d/%m/%Y", "%-d de %B de %Y"),
    "fr_CM": ("%d/%m/%Y", "%-d %B %Y"),
}
OTHER_DOB = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y")
US_LIKE = ("en_US", "en_PH", "fil_PH")
# How a country's exports write a cell nobody filled (besides leaving it empty).
MISSING = {
    "en_US": ("n/a", "N/A", "unknown", "none"), "en_GB": ("n/k", "N/A", "-", "not given"),
    "de_DE": ("k.A.", "unbekannt", "-", "keine Angabe"), "fr_FR": ("NC", "inconnu", "-", "non renseigné"),
    "es_ES": ("NS/NC", "desconocido", "-", "sin datos"), "it_IT": ("n.d.", "non disponibile", "-", "ND"),
    "nl_NL": ("onbekend", "n.v.t.", "-", "geen"), "eu_ES": ("ezezaguna", "-"), "gl_ES": ("descoñecido", "sen datos"),
    "fy_NL": ("ûnbekend", "-"), "br_FR": ("dianav", "-"), "gd_GB": ("gun fhios", "-"), "ca_AD": ("desconegut", "-"),
    "es_SV": ("N/D", "no tiene"), "fr_CM": ("néant", "RAS"),
}  # fmt: skip
# What an export tool writes for an empty cell whatever the country (MySQL Workbench, Power BI).
TOOL_MISSING = ("NULL", "(Blank)")


def month_words(locale: str) -> list[str]:
    """The month names of the locale's language (English where none is written here)."""
    return MONTHS.get(lang(locale), MONTHS["en"]).split()


def fmt_date(d: dt.date, locale: str, layout: str, hour: int = -1, minute: int = 0) -> str:
    """``d`` in ``layout`` with month and weekday names in the locale's language; ``hour >= 0`` adds a time."""
    if layout == "EU":  # Basque: 1987ko martxoaren 4a
        text = f"{d.year}ko {month_words(locale)[d.month - 1]} {d.day}a"
    else:
        lay = layout.replace("%B", month_words(locale)[d.month - 1])
        lay = lay.replace("%A", WEEKDAYS.get(lang(locale), WEEKDAYS["en"]).split()[d.weekday()])
        lay = lay.replace("%-d", str(d.day)).replace("%-m", str(d.month))
        text = d.strftime(lay)
    return f"{text} {hour:02d}:{minute:02d}" if hour >= 0 else text


def has_long_dates(locale: str) -> bool:
    """Whether month and weekday names of the locale's language are written here (Power BI's long dates)."""
    return lang(locale) in MONTHS and lang(locale) in WEEKDAYS


def dob_layouts(locale: str) -> tuple[str, ...]:
    """The birth-date layouts of the locale's exports."""
    if locale in DOB_LAYOUTS:
        return DOB_LAYOUTS[locale]
    return ("%m/%d/%Y", "%Y-%m-%d") if locale in US_LIKE else OTHER_DOB


def dob_layout(locale: str, rng: random.Random) -> str:
    """One layout for a whole column (an export writes every row alike)."""
    return rng.choice(dob_layouts(locale))


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return MISSING.get(locale, ("n/a", "-"))
