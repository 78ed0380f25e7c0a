"""Held-out set 28: locales, groups, seeds, row counts, date layouts, titles and missing-cell words.

Set 28 has set 27's 150 locales (imported from ``heldout27_language``, not copied) and eight no set used:

- fr_RE (Réunion: French and Creole names, ``974xx`` postcodes, the French NIR of a person born in department 974,
  FR IBANs, ``0262`` landlines and ``0692``/``0693`` mobiles);
- es_NI (Nicaragua: two surnames, Managua's landmark addresses ``De la Rotonda El Güegüense 2 c. al sur``, the
  cédula ``001-150385-0012A`` with its check letter, postcodes not written, NI IBANs seldom, 8-digit numbers);
- be_BY (Belarus: Belarusian names in Cyrillic, ``вул.`` streets with ``кв.`` flats, 6-digit postcodes, the
  14-character identification number, BY IBANs, ``8 029`` mobiles);
- en_TT (Trinidad and Tobago: Indo-, Afro-, Chinese- and Syrian-Trinidadian names, ``LP 45 Old Southern Main
  Road`` (light-pole numbers), the 6-digit postcodes nobody writes, an 11-digit national id without a check digit,
  no IBAN, NANP ``868`` numbers);
- ms_BN (Brunei: Malay names with ``bin``/``binti``, ``Kampung`` addresses with ``Simpang`` numbers, postcodes
  ``BS8811``, the IC ``01-123456``, no IBAN, 7-digit numbers);
- fr_TN (Tunisia: Arabic names in French spelling, ``Rue de Marseille`` and ``Cité`` addresses, 4-digit postcodes,
  the 8-digit CIN without a check digit, TN IBANs, 8-digit numbers);
- en_FJ (Fiji: iTaukei and Indo-Fijian names, ``Lot 12 Ratu Sukuna Road``, no postcodes, no national id with a check
  digit, no IBAN, 7-digit numbers);
- nl_CW (Curaçao: Papiamentu, Dutch and Sephardic names, ``Kaya Grandi 42`` (``kaya`` is the street), no postcodes,
  the ``sédula`` number ``YYYYMMDDNN`` without a check digit, no IBAN, ``9 5xx xxxx`` numbers).

Dates count back from 2026-06-01 (nothing from the clock). A birth date may be written with the weekday's and
month's names in the language (``Montag, 5. März 1956``, ``mardi 5 mars 1956``) where this module knows them.
"""

from __future__ import annotations

import datetime as dt
import random

import heldout27_language as set27

FIRST7 = set27.FIRST7
OTHER = tuple(x for x in set27.LOCALES if x not in set27.FIRST7)
NEW8_28 = ("fr_RE", "es_NI", "be_BY", "en_TT", "ms_BN", "fr_TN", "en_FJ", "nl_CW")
LOCALES = FIRST7 + OTHER + NEW8_28
SEEDS = (28001,)
N_ROWS = 0  # each table its own row count
REFERENCE = dt.date(2026, 6, 1)
CJK = set27.CJK
INDIC = set27.INDIC

# The set-27 locale whose numeric date layouts (order, separators) a new locale's tables use.
PROXY = {"fr_RE": "fr_FR", "es_NI": "es_ES", "be_BY": "ru_RU", "en_TT": "en_GB", "ms_BN": "en_GB",
         "fr_TN": "fr_FR", "en_FJ": "en_GB", "nl_CW": "nl_NL"}  # fmt: skip
_NEW_LANG = {"fr_RE": "fr", "es_NI": "es", "be_BY": "be", "en_TT": "en", "ms_BN": "ms", "fr_TN": "fr",
             "en_FJ": "en", "nl_CW": "nl"}  # fmt: skip
LANG = {**set27.LANG, **_NEW_LANG}
TITLES = {**set27.TITLES, "be": ["спадар", "спадарыня", "Mr", "Mrs", "Dr"],
          "ms": ["Awang", "Dayang", "Pengiran", "Haji", "Hajah", "Dr"]}  # fmt: skip
MISSING = {**set27.MISSING, "fr_RE": ("n.c.", "non renseigné", "-"), "es_NI": ("N/D", "sin dato", "-"),
           "be_BY": ("—", "няма", "н/д"), "en_TT": ("N/A", "none", "-"), "ms_BN": ("TIADA", "-", "N/A"),
           "fr_TN": ("néant", "-", "n.c."), "en_FJ": ("N/A", "nil", "-"),
           "nl_CW": ("onbekend", "-", "n.v.t.")}  # fmt: skip
TOOL_MISSING = (*set27.TOOL_MISSING, "(not set)", "--")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(28001, 28007))
    if locale in NEW8_28:
        return (28001, 28002)
    return (28001,)


def proxy(locale: str) -> str:
    """The set-27 locale whose date layouts a table of ``locale`` uses (itself for set 27's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``fr_RE`` -> ``RE``."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language of a locale's labels and local notes."""
    return LANG[locale]


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from ``REFERENCE``: adults 18-93, children 3-15."""
    years = rng.uniform(3, 15) if child else rng.uniform(18, 93)
    return REFERENCE - dt.timedelta(days=int(years * 365.25) + rng.randrange(365))


def event_date(rng: random.Random, years: int = 3, ahead: int = 0) -> dt.date:
    """A booking, hiring, joining or service date of the last ``years`` years (``ahead`` days into the future
    allowed): no personal data."""
    return REFERENCE - dt.timedelta(days=rng.randrange(-ahead, int(years * 365)))


# Weekday and month names as the language writes a date in full (Monday first).
_NAMES = {
    "en": ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
           "January February March April May June July August September October November December"),
    "de": ("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
           "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": ("lundi mardi mercredi jeudi vendredi samedi dimanche",
           "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": ("lunes martes miércoles jueves viernes sábado domingo",
           "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
    "it": ("lunedì martedì mercoledì giovedì venerdì sabato domenica",
           "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
    "nl": ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
           "januari februari maart april mei juni juli augustus september oktober november december"),
    "pt": ("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
           "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
    "ca": ("dilluns dimarts dimecres dijous divendres dissabte diumenge",
           "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre"),
    "sv": ("måndag tisdag onsdag torsdag fredag lördag söndag",
           "januari februari mars april maj juni juli augusti september oktober november december"),
    "pl": ("poniedziałek wtorek środa czwartek piątek sobota niedziela",
           "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
    "ru": ("понедельник вторник среда четверг пятница суббота воскресенье",
           "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "be": ("панядзелак аўторак серада чацвер пятніца субота нядзеля",
           "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня"),
    "ms": ("Isnin Selasa Rabu Khamis Jumaat Sabtu Ahad",
           "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember"),
}  # fmt: skip


def has_named(lg: str) -> bool:
    """Whether this module writes dates with weekday and month names in ``lg``."""
    return lg in _NAMES


def named_date(d: dt.date, lg: str, short: bool = False) -> str:
    """``d`` with the weekday's and month's names as ``lg`` writes a date in full (``Montag, 5. März 1956``,
    ``mardi 5 mars 1956``, ``Monday, 5 March 1956``); ``short``: abbreviated names (``Mon 5 Mar 1956``)."""
    days, months = (s.split() for s in _NAMES[lg])
    day, month = days[d.weekday()], months[d.month - 1]
    if short:  # ``Mi., 5. März 1956``, ``mar. 5 mars 1956``, ``Mon 5 Mar 1956``
        dot = "" if lg == "en" else "."
        day = day[: 2 if lg == "de" else 3] + dot
        month = month if len(month) <= 4 else month[:3] + dot
    if lg == "de":
        return f"{day}, {d.day}. {month} {d.year}"
    if lg == "en":
        return f"{day} {d.day} {month} {d.year}" if short else f"{day}, {d.day} {month} {d.year}"
    if lg == "fr" and short:
        return f"{day} {d.day} {month} {d.year}"
    if lg in ("es", "pt", "ca"):
        return f"{day}, {d.day} de {month} de {d.year}"
    return f"{day} {d.day} {month} {d.year}"


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout``: set 27's layouts (in the proxy locale's order for the new eight) and ``named`` /
    ``named_short`` (weekday and month names in the language, ``long`` where this module has none)."""
    if layout.startswith("named"):
        lg = LANG[locale]
        if has_named(lg):
            return named_date(d, lg, short=layout == "named_short")
        layout = "long"
    return set27.fmt_date(d, proxy(locale), layout)


def dob_mix(rng: random.Random, main: str = "") -> tuple[list[str], list[float]]:
    """A column's birth-date layouts and weights: a main one on most rows, one or two others (set 27's mix)."""
    return set27.dob_mix(rng, main)


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return tuple(MISSING.get(locale, ("-",)))
