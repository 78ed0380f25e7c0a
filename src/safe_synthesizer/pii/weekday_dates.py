"""Dates written with their weekday (an Excel or CLDR "long date"), read and rewritten in their own language.

Why: HR, CRM and booking exports write a date in the spreadsheet's long-date layout, which names the weekday:
``Thursday, 5 March 1942``, ``Dienstag, 5. August 1975``, ``Di., 9. März 1954``, ``jueves, 13 de mayo de 2004``,
``torsdag den 5. marts 1942``, ``1942. március 5., csütörtök``, ``1953年3月28日(土)``. The date readers read a date
alone, so a birth-date column written so read as free text (even under the header ``Date of birth``) and its dates
were published as written. Here the weekday word is found before or after the date (any language of
:data:`WEEKDAYS`, full or abbreviated, any case, a dot after an abbreviation, brackets around it), the date beside
it is read by the date readers, and the weekday is checked against it: a long date's weekday is computed from its
date, so agreement is a strong sign of a real date (and tells ``03/04/1985`` day first from month first). A fake
keeps the layout: the date part shifted as any date is, the weekday recomputed for the new date and written in the
same language, form and case.

Example::

    weekday_date("Thursday, 5 March 1942")  # WeekdayDate(date=datetime.date(1942, 3, 5), agrees=True, ...)
    shift_weekday_date("Di., 9. März 1954", 1, shift)  # 'Mi., 10. März 1954' (``shift`` shifts the date part)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from safe_synthesizer.pii.month_names import CELL_MONTHS, month_forms

# Weekday names, Monday to Sunday, per language (CLDR's wide and abbreviated forms, stand-alone and format where
# they differ); per language first the full names, then ``|`` and the abbreviations; alternatives within a day
# split by ``/``, a space inside a name written ``_``. A short form shared by two languages may name two days
# (Czech ``so`` is Saturday, German ``So`` Sunday): the date beside it decides.
WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday | mon tue/tues wed/weds thu/thur/thurs fri sat sun",
    "de": "montag dienstag mittwoch donnerstag freitag samstag/sonnabend sonntag | mo di mi do fr sa so",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche | lun mar mer jeu ven sam dim",
    "es": "lunes martes miércoles jueves viernes sábado domingo | lun mar mié jue vie sáb dom",
    "it": "lunedì/lunedi martedì/martedi mercoledì/mercoledi giovedì/giovedi venerdì/venerdi sabato domenica"
    " | lun mar mer gio ven sab dom",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"
    " | seg ter qua qui sex sáb dom",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag | ma di wo do vr za zo",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag | mån tis ons tors fre lör sön",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag | man tirs ons tors fre lør søn",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag | man tir ons tor fre lør søn",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela | pon wt śr czw pt sob niedz/ndz",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle | po út st čt pá so ne",
    "sk": "pondelok utorok streda štvrtok piatok sobota nedeľa | po ut st št pi so ne",
    "hr": "ponedjeljak utorak srijeda četvrtak petak subota nedjelja | pon uto sri čet pet sub ned",
    "sl": "ponedeljek torek sreda četrtek petek sobota nedelja | pon tor sre čet pet sob ned",
    "sr": "ponedeljak utorak sreda četvrtak petak subota nedelja | pon uto sre čet pet sub ned",
    "ro": "luni marți/marti miercuri joi vineri sâmbătă/sambata duminică/duminica | lun mar mie joi vin sâm dum",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar | pzt sal çar per cum cmt paz",
    "fi": "maanantai/maanantaina tiistai/tiistaina keskiviikko/keskiviikkona torstai/torstaina perjantai/perjantaina"
    " lauantai/lauantaina sunnuntai/sunnuntaina | ma ti ke to pe la su",
    "el": "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή | δευ τρί τετ πέμ παρ σάβ κυρ",
    "lt": "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis",
    "lv": "pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena",
    "et": "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
    "ca": "dilluns dimarts dimecres dijous divendres dissabte diumenge | dl dt dc dj dv ds dg",
    "gl": "luns martes mércores xoves venres sábado domingo",
    "eu": "astelehena asteartea asteazkena osteguna ostirala larunbata igandea",
    "is": "mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur",
    "lb": "méindeg dënschdeg mëttwoch donneschdeg freideg samschdeg sonndeg",
    "af": "maandag dinsdag woensdag donderdag vrydag saterdag sondag",
    "sw": "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili",
    "ms": "isnin selasa rabu khamis jumaat sabtu ahad",
    "id": "senin selasa rabu kamis jumat sabtu minggu",
    "tl": "lunes martes miyerkules huwebes biyernes sabado linggo",
    "cy": "dydd_llun dydd_mawrth dydd_mercher dydd_iau dydd_gwener dydd_sadwrn dydd_sul",
    "ga": "dé_luain dé_máirt dé_céadaoin déardaoin dé_haoine dé_sathairn dé_domhnaigh",
    "sq": "e_hënë e_martë e_mërkurë e_enjte e_premte e_shtunë e_diel",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье | пн вт ср чт пт сб вс",
    "uk": "понеділок вівторок середа четвер пʼятниця/п'ятниця/п’ятниця субота неділя | пн вт ср чт пт сб нд",
    "bg": "понеделник вторник сряда четвъртък петък събота неделя | пн вт ср чт пт сб нд",
    "mk": "понеделник вторник среда четврток петок сабота недела",
    "sr_cyrl": "понедељак уторак среда четвртак петак субота недеља",
    "hi": "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    "ja": "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 | 月 火 水 木 金 土 日",
    "zh": "星期一 星期二 星期三 星期四 星期五 星期六 星期日/星期天 | 周一/週一 周二/週二 周三/週三 周四/週四 周五/週五"
    " 周六/週六 周日/週日",
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일 | 월 화 수 목 금 토 일",
}

_CJK = ("ja", "zh", "ko")


@dataclass(frozen=True)
class Form:
    """One written weekday: its language, day (0 Monday .. 6 Sunday), form (0 full, 1 abbreviated, 2 the full name
    cut short) and the alternative within that form (``tue``/``tues``; for a cut name, the letters kept)."""

    lang: str
    day: int
    form: int
    alt: int


def _key(word: str) -> str:
    """A weekday word as looked up: lower case, single spaces, the apostrophes of ``п'ятниця`` alike."""
    return re.sub(r"\s+", " ", word.casefold().replace("’", "'").replace("ʼ", "'"))


@lru_cache(maxsize=1)
def _names() -> dict[str, list[list[list[str]]]]:
    """Language -> [full, abbreviated] -> seven days -> the day's alternatives."""
    out: dict[str, list[list[list[str]]]] = {}
    for lang, text in WEEKDAYS.items():
        forms = []
        for part in text.split("|"):
            forms.append([[alt.replace("_", " ") for alt in day.split("/")] for day in part.split()])
        out[lang] = forms
    return out


@lru_cache(maxsize=1)
def _forms() -> dict[str, list[Form]]:
    """Weekday word (looked-up key) -> every reading of it (a short word may name days of two languages)."""
    out: dict[str, list[Form]] = {}
    for lang, forms in _names().items():
        for form, days in enumerate(forms):
            for day, alts in enumerate(days):
                for alt, word in enumerate(alts):
                    out.setdefault(_key(word), []).append(Form(lang, day, form, alt))
    return out


@lru_cache(maxsize=1)
def _layouts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(weekday first, weekday last, CJK weekday glued after the date, a weekday cut short with a dot first)."""
    words = sorted({w for w in _forms() if not re.search(r"[\u3040-\u9fff\uac00-\ud7af]", w)}, key=len, reverse=True)
    cjk = sorted({w for w in _forms() if re.search(r"[\u3040-\u9fff\uac00-\ud7af]", w)}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’ʼ]") for w in words)
    first = re.compile(
        rf"^(?P<w>{alternation})(?P<gap>\.?,?\s*(?:den\s+)?)(?P<core>(?:\d|(?<=[\s.,])[^\W\d_]).*)$",
        re.IGNORECASE | re.DOTALL,
    )
    last = re.compile(
        rf"^(?P<core>.*?\d\.?)(?P<gap>,?\s*\(|,\s*|\s+)(?P<w>{alternation})(?P<tail>\.?\)?)$", re.IGNORECASE | re.DOTALL
    )
    glued = re.compile(rf"^(?P<core>.*?[日일])(?P<gap>\s*[(（]?\s*)(?P<w>{'|'.join(cjk)})(?P<tail>\s*[)）]?)$")
    cut = re.compile(r"^(?P<w>[^\W\d_]{3,9})(?P<gap>\.,?\s*)(?P<core>\d.*)$", re.DOTALL)
    return first, last, glued, cut


@dataclass(frozen=True)
class WeekdayDate:
    """A date read beside its weekday word: the date, whether the weekday agrees with it, the reading of the word
    that does (or the first one), and the cell's pieces (``head`` + weekday + ``gap`` + ``core`` + ``tail`` or
    ``core`` + ``gap`` + weekday + ``tail``)."""

    date: date
    agrees: bool
    form: Form
    word: str
    core: str
    gap: str
    weekday_first: bool
    tail: str = ""


# ``5 марта 1942 г.``: the year word after a Russian, Bulgarian or Ukrainian date (``г.``, ``р.``).
_YEAR_WORD = re.compile(r"\s*(?:г|р)\.?$")
_NUMERIC = re.compile(r"^(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?$")
_CJK_DATE = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]$")
# ``1942. március 5.``, ``1942 m. kovo 5 d.``: a year, a month's name, the day (Hungarian, Lithuanian).
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})\.?\s+(?:m\.\s+)?([^\W\d_]+\.?)\s+(\d{1,2})(?:\.|\s+d\.)?$")


def _calendar(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def cjk_date(value: str) -> date | None:
    """The date of a Japanese, Chinese or Korean long date without its weekday (``1953年3月28日``, ``1953년 3월
    28일``), else ``None``."""
    m = _CJK_DATE.match(value.strip())
    return None if m is None else _calendar(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def core_dates(core: str, langs: Collection[str] = ()) -> list[date]:
    """Every date the date part of a long date may name: one for a month's name or a year first, both orders for
    an ambiguous ``03/04/1985`` (the weekday tells which). ``langs``: languages whose months may be cut short
    (``15 maa. 1976``: Dutch ``maart``), when the weekday was."""
    from safe_synthesizer.pii.column_birth_cells import written_date
    from safe_synthesizer.pii.month_names import month_number

    text = _YEAR_WORD.sub("", core.strip()).rstrip(",")
    if m := _NUMERIC.match(text):
        a, b, c = m.group(1), m.group(3), m.group(4)
        if len(a) == 4:
            found = [_calendar(int(a), int(b), int(c))]
        elif len(c) == 4:
            found = [_calendar(int(c), int(b), int(a)), _calendar(int(c), int(a), int(b))]
        else:
            found = []
        return list(dict.fromkeys(d for d in found if d is not None))
    if d := cjk_date(text):
        return [d]
    if (m := _YEAR_MONTH_DAY.match(text)) and (month := month_number(m.group(2))):
        d = _calendar(int(m.group(1)), month, int(m.group(3)))
        return [d] if d else []
    d = written_date(text) or _cut_month_date(text, langs)
    return [d] if d else []


# ``15 maa. 1976``: a day, a month's name cut short with its dot, a year.
_CUT_MONTH = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]{3,})\.?\s+(\d{4})$")


def _cut_month_date(text: str, langs: Collection[str]) -> date | None:
    """The date of ``15 maa. 1976`` when the cut month opens exactly one month's name of ``langs``."""
    m = _CUT_MONTH.match(text) if langs else None
    if m is None:
        return None
    word = _plain(m.group(2))
    months = {
        number
        for lang in langs
        for number, alts in enumerate(_month_names(lang) or [], 1)
        if any(_plain(a).startswith(word) for a in alts)
    }
    return _calendar(int(m.group(3)), months.pop(), int(m.group(1))) if len(months) == 1 else None


def _cut_forms(word: str) -> list[Form]:
    """Readings of a weekday's full name cut short (``din``, ``zat``: Dutch ``dinsdag``, ``zaterdag``): per language,
    the one day whose name the word opens (three letters at least); the form is ``2`` and ``alt`` the letters kept."""
    key = _plain(word)
    if len(key) < 3:
        return []
    out = []
    for lang, forms in _names().items():
        days = {
            day
            for day, alts in enumerate(forms[0])
            if any(_plain(a).startswith(key) and len(a) > len(key) for a in alts)
        }
        if len(days) == 1:
            out.append(Form(lang, days.pop(), 2, len(word)))
    return out


def weekday_date(value: str) -> WeekdayDate | None:
    """The date of a cell written with its weekday (either side of the date), else ``None``."""
    text = value.strip()
    if not text or not any(ch.isdigit() for ch in text):
        return None
    first, last, glued, cut = _layouts()
    for pattern, weekday_first in ((first, True), (last, False), (glued, False), (cut, True)):
        m = pattern.match(text)
        if m is None:
            continue
        forms = _forms().get(_key(m.group("w"))) if pattern is not cut else _cut_forms(m.group("w"))
        dates = core_dates(m.group("core"), {f.lang for f in forms or ()} if pattern is cut else ())
        if not forms or not dates:
            continue
        agreeing = [(d, f) for d in dates for f in forms if d.weekday() == f.day]
        found, form = agreeing[0] if agreeing else (dates[0], forms[0])
        if agreeing:
            form = _in_month_language(agreeing, m.group("core"))
        tail = m.groupdict().get("tail") or ""
        return WeekdayDate(found, bool(agreeing), form, m.group("w"), m.group("core"), m.group("gap"), weekday_first,
                           tail)  # fmt: skip
    return None


@lru_cache(maxsize=1)
def _plain_months() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(language, every form of its months, plain) for each language of :mod:`month_names`."""
    tables = {**month_forms(), **{lang: _month_names(lang) or [] for lang in CELL_MONTHS}}
    return tuple((lang, tuple(_plain(a) for alts in months for a in alts)) for lang, months in tables.items())


def _month_languages(core: str, among: Collection[str]) -> set[str]:
    """Languages of ``among`` whose month names a word of ``core`` writes, in full or cut short (``März``,
    ``lug.``)."""
    words = {_plain(w) for w in re.findall(r"[^\W\d_]{3,}", core)}
    return {
        lang for lang, forms in _plain_months() if lang in among and any(f.startswith(w) for w in words for f in forms)
    }


def _plain(word: str) -> str:
    text = unicodedata.normalize("NFD", word.casefold().replace(".", ""))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _in_month_language(agreeing: list[tuple[date, Form]], core: str) -> Form:
    """The agreeing reading of the weekday word in the language of the date's month name, when one is."""
    among = {f.lang for _, f in agreeing}
    if len(among) == 1 or not any(ch.isalpha() for ch in core):
        return agreeing[0][1]
    langs = _month_languages(core, among)
    return next((f for _, f in agreeing if f.lang in langs), agreeing[0][1])


def weekday_word(day: int, form: Form, like: str) -> str:
    """Weekday ``day`` (0 Monday) in ``form``'s language, form and alternative, cased like ``like``."""
    if form.form == 2:  # a full name cut short: as many letters of the new day's
        return _cased(_names()[form.lang][0][day][0][: form.alt], like)
    alts = _names()[form.lang][form.form][day]
    word = alts[min(form.alt, len(alts) - 1)]
    return word if form.lang in _CJK else _cased(word, like)


def shift_weekday_date(value: str, days: int, shift: Callable[[str, int, bool | None], str | None]) -> str | None:
    """``value`` (a date with its weekday) moved by ``days``: its date part moved by ``shift(part, days,
    day_first)`` (the date shifter, which keeps that part's layout; ``day_first`` the order of an ambiguous numeric
    part as the weekday showed it, else ``None``) and the weekday of the new date written as the old one was;
    ``None`` when ``value`` is no such date or its date part does not shift."""
    found = weekday_date(value)
    if found is None:
        return None
    numeric = _NUMERIC.match(_YEAR_WORD.sub("", found.core.strip()).rstrip(","))
    day_first = None if numeric is None or len(numeric.group(1)) == 4 else int(numeric.group(1)) == found.date.day
    new = found.date + timedelta(days=days)
    # A month's name is written in the weekday's language (``giovedì 5 marzo``: Italian, though ``marzo`` is Spanish
    # too); the shifter, which knows no weekday, would pick the first language holding the word.
    new_core = _renamed(found, new) or shift(found.core, days, day_first)
    if new_core is None:
        return None
    new = _same_order(found, core_dates(new_core), days)
    if new is None:
        return None
    word = weekday_word(new.weekday(), found.form, found.word)
    if found.weekday_first:
        return word + found.gap + new_core
    return new_core + found.gap + word + found.tail


def _month_names(lang: str) -> list[list[str]] | None:
    """The twelve months of ``lang`` (each its forms) from :mod:`month_names`, else ``None``."""
    if lang in month_forms():
        return month_forms()[lang]
    if lang in CELL_MONTHS:
        return [month.split("/") for month in CELL_MONTHS[lang].split()]
    return None


_TOKENS = re.compile(r"\d+|[^\W\d_]+")


def _renamed(found: WeekdayDate, new: date) -> str | None:
    """The date part rewritten for ``new`` when it writes its month's name in the weekday's language: the day, the
    month's name and the year replaced where they stand (a full name by the new month's full name, an abbreviation
    by as many letters of it, without the dot where the whole name is no longer: ``Jan.`` -> ``März``, ``Sep.`` ->
    ``Okt.``); ``None`` for any other date part (the shifter's job)."""
    months = _month_names(found.form.lang)
    old = found.date
    if months is None:
        return None
    spans: dict[str, tuple[int, int]] = {}
    for m in _TOKENS.finditer(found.core):
        token = m.group(0)
        if token.isdigit():
            kind = "year" if len(token) == 4 and int(token) == old.year else "day" if int(token) == old.day else None
        else:
            kind = "month" if any(_plain(a).startswith(_plain(token)) for a in months[old.month - 1]) else None
        if kind is not None and kind not in spans and (kind != "month" or len(token) >= 3):
            spans[kind] = m.span()
    if set(spans) != {"year", "day", "month"}:
        return None
    core = found.core
    a, b = spans["month"]
    written = core[a:b]
    full = next((i for i, alt in enumerate(months[old.month - 1]) if _plain(alt) == _plain(written)), None)
    name = months[new.month - 1][min(full or 0, len(months[new.month - 1]) - 1)]
    dot = core[b : b + 1] == "."
    if full is None and len(name) > len(written) + 1:
        name = name[: len(written)]
    elif full is None and dot:
        b += 1  # ``Jan.`` -> ``März``: the whole name takes no abbreviation's dot
    day_text = core[spans["day"][0] : spans["day"][1]]
    parts = {
        spans["day"]: f"{new.day:02d}" if day_text.startswith("0") else str(new.day),
        (a, b): _cased(name, written),
        spans["year"]: str(new.year),
    }
    out, pos = "", 0
    for (start, end), text in sorted(parts.items()):
        out += core[pos:start] + text
        pos = end
    return out + core[pos:]


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _same_order(found: WeekdayDate, new_dates: list[date], days: int) -> date | None:
    """Of the readings of the shifted date part, the one ``days`` from the original date (the same order of day and
    month); the first when none is (the shifter moved it otherwise)."""
    target = found.date + timedelta(days=days)
    return target if target in new_dates else (new_dates[0] if new_dates else None)
