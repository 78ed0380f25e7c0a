"""Locales, seeds, dates and missing-cell words of held-out set 22 (written blind in session 36).

Locales: set 21's 102 (its first 7, the other 95) and eight no set used before: es_EC (Ecuador), es_CR (Costa
Rica), es_DO (Dominican Republic), pt_MZ (Mozambique), ar_BH (Bahrain, Arabic script), sv_FI (Swedish-speaking
Finland), en_JM (Jamaica) and fr_SN (Senegal). Seeds 22001-22006 for the first 7, 22001-22002 for the new 8,
22001 elsewhere. Birth dates count back from 2026-06-01, never from the clock.
"""

# ruff: noqa: E501  (data lines: word lists and templates read better unbroken)

from __future__ import annotations

import datetime as dt
import random

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
SET21 = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR", "es_MX", "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK", "hr_HR", "de_CH", "lt_LT", "uk_UA", "ru_RU", "bg_BG", "sl_SI", "en_IE", "nl_BE", "lv_LV", "es_AR", "es_CO", "en_NZ", "fr_BE", "et_EE", "es_CL", "en_PH", "it_CH", "de_LU", "is_IS", "ko_KR", "en_NG", "id_ID", "vi_VN", "es_VE", "mt_MT", "zh_TW", "he_IL", "th_TH", "az_AZ", "ka_GE", "fr_DZ", "fa_IR", "hi_IN", "bn_BD", "hy_AM", "ne_NP", "en_PK", "mk_MK", "zu_ZA", "ar_EG", "ta_IN", "uz_UZ", "sq_AL", "yo_NG", "ga_IE", "si_LK", "am_ET", "sw_KE", "ar_SA", "gu_IN", "mr_IN", "ha_NG", "tw_GH", "lb_LU", "el_CY", "de_LI", "ar_AE", "ar_JO", "bs_BA", "or_IN", "fil_PH", "es_PE", "ms_MY", "kk_KZ", "ca_ES", "sr_RS", "ro_MD", "en_SG", "mn_MN", "es_UY", "pt_AO", "en_ZA"]  # fmt: skip
OTHER95 = tuple(x for x in SET21 if x not in FIRST7)
NEW8_22 = ("es_EC", "es_CR", "es_DO", "pt_MZ", "ar_BH", "sv_FI", "en_JM", "fr_SN")
LOCALES = FIRST7 + OTHER95 + NEW8_22
SEEDS = (22001,)
N_ROWS = 24
REFERENCE = dt.date(2026, 6, 1)
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
INDIC = ("hi_IN", "bn_BD", "ne_NP", "ta_IN", "si_LK", "gu_IN", "mr_IN", "or_IN")
ENGLISH = ("en_US", "en_GB", "en_AU", "en_IN", "en_CA", "en_IE", "en_NZ", "en_PH", "en_NG", "en_PK", "en_SG",
           "en_ZA", "en_JM")  # fmt: skip
_LANG = {
    "fil_PH": "fil",
    "nb_NO": "no",
    "no_NO": "no",
    "ca_ES": "ca",
    "ga_IE": "ga",
    "lb_LU": "lb",
}


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(22001, 22007))
    if locale in NEW8_22:
        return (22001, 22002)
    return (22001,)


def region(locale: str) -> str:
    """The country of a locale (phone region, IBAN country)."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language of a locale (``fil_PH`` -> ``fil``)."""
    return _LANG.get(locale, locale.split("_")[0])


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from ``REFERENCE``: adults 18-92, children 3-15."""
    lo, hi = (3, 15) if child else (18, 92)
    return REFERENCE - dt.timedelta(days=rng.randint(lo * 365, hi * 365))


def event_date(rng: random.Random) -> dt.date:
    """A visit, delivery or flight date (not personal data), within two years of ``REFERENCE``."""
    return REFERENCE - dt.timedelta(days=rng.randint(-200, 500))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
}
# Written day-first by default; these per locale (the first is the most common in that country's exports).
DOB_LAYOUTS = {
    "en_US": ("%m/%d/%Y", "%B %d, %Y", "%Y-%m-%d", "%m-%d-%Y", "%m/%d/%Y %H:%M"),
    "en_GB": ("%d/%m/%Y", "%d %B %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y %H:%M"),
    "de_DE": ("%d.%m.%Y", "%d. %B %Y", "%Y-%m-%d", "%d.%m.%y", "%d.%m.%Y %H:%M"),
    "fr_FR": ("%d/%m/%Y", "%d %B %Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y %H:%M"),
    "es_ES": ("%d/%m/%Y", "%d de %B de %Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y %H:%M"),
    "it_IT": ("%d/%m/%Y", "%d %B %Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y %H:%M"),
    "nl_NL": ("%d-%m-%Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y %H:%M"),
}
OTHER_DOB = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d %B %Y")
US_LIKE = ("en_US", "en_PH", "fil_PH")
MISSING = {
    "en": ("n/a", "-", "unknown", "none given", "N/K"),
    "de": ("k.A.", "-", "unbekannt", "keine Angabe"),
    "fr": ("N/C", "-", "inconnu", "non renseigné"),
    "es": ("s/d", "-", "desconocido", "no consta"),
    "it": ("n.d.", "-", "sconosciuto", "non pervenuto"),
    "nl": ("onbekend", "-", "n.v.t.", "geen"),
    "pt": ("s/i", "-", "desconhecido", "não informado"),
    "sv": ("saknas", "-", "okänd"),
    "da": ("ukendt", "-", "ikke oplyst"),
    "no": ("ukjent", "-", "ikke oppgitt"),
    "pl": ("brak", "-", "b.d."),
    "cs": ("neuvedeno", "-", "nezjištěno"),
    "fi": ("ei tiedossa", "-"),
    "tr": ("yok", "-", "bilinmiyor"),
    "ro": ("necunoscut", "-", "lipsă"),
}


def month_words(locale: str) -> list[str]:
    """Month names in the locale's language (English where none is written here)."""
    return MONTHS.get(lang(locale), MONTHS["en"]).split()


def fmt_date(d: dt.date, locale: str, layout: str, hour: int = 0, minute: int = 0) -> str:
    """``d`` in ``layout`` (``%B`` and ``%b`` in the locale's language, ``%H:%M`` a time of day)."""
    months = month_words(locale)
    text = layout.replace("%B", months[d.month - 1]).replace("%b", months[d.month - 1][:3])
    return dt.datetime(d.year, d.month, d.day, hour, minute).strftime(text)


def dob_layout(locale: str, rng: random.Random) -> str:
    """One table's birth-date layout: the locale's own (first 7) or a common one."""
    if locale in DOB_LAYOUTS:
        return rng.choice(DOB_LAYOUTS[locale])
    if locale in US_LIKE:
        return rng.choice(("%m/%d/%Y", "%B %d, %Y"))
    if lang(locale) in MONTHS:
        return "%d %B %Y" if rng.random() < 0.3 else rng.choice(OTHER_DOB)
    return rng.choice(OTHER_DOB[:3])  # month names only where written here in the locale's language


def missing_words(locale: str) -> tuple[str, ...]:
    """How an export of the locale writes a missing cell (besides empty)."""
    return MISSING.get(lang(locale), MISSING["en"])
