"""Dates written with a month's name of more languages, and Thai dates in Buddhist-era years.

Why: birth-date columns of Greek, Bulgarian, Macedonian, Russian, Ukrainian, Polish, Czech, Turkish,
Portuguese and Thai exports write the month's name in that language (``8 Ιουλίου 1967``, ``7 април 1995``,
``12 มกราคม 2521``), and Thai exports count years from the Buddha (2521 = 1978). The written-date reader of
the validators knows the month names of the seven first languages only, so such a column read as free
text and its birth dates were published as written. Here each month name is keyed in lower case with
accents dropped (Greek writes ``Μαΐου``/``ΜΑΙΟΥ``), a dot after an abbreviation allowed; a year of
2400-2600 is a Buddhist-era year when the cell is Thai or has no other reading (no calendar in use puts
a person's birth there).

Example::

    local_date("8 Ιουλίου 1967")  # date(1967, 7, 8)
    local_date("26/11/2540")  # date(1997, 11, 26)
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import cache

# Month names by language, January first; genitive and nominative forms where a language writes both.
_MONTH_LISTS = (
    # Greek (genitive, nominative, abbreviations)
    "ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου "
    "νοεμβριου δεκεμβριου",
    "ιανουαριος φεβρουαριος μαρτιος απριλιος μαιος ιουνιος ιουλιος αυγουστος σεπτεμβριος οκτωβριος "
    "νοεμβριος δεκεμβριος",
    "ιαν φεβ μαρ απρ μαι ιουν ιουλ αυγ σεπ οκτ νοε δεκ",
    # Bulgarian, Macedonian, Serbian
    "януари февруари март април май юни юли август септември октомври ноември декември",
    "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    # Russian (genitive, nominative), Ukrainian (genitive)
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "янв фев мар апр май июн июл авг сен окт ноя дек",
    # Polish (genitive), Czech (genitive), Slovak (genitive), Croatian/Slovenian/Serbian Latin
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia",
    "ledna unora brezna dubna kvetna cervna cervence srpna zari rijna listopadu prosince",
    "januara februara marca aprila maja juna jula augusta septembra oktobra novembra decembra",
    "sijecnja veljace ozujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "januar februar marec april maj junij julij avgust september oktober november december",
    # Turkish, Portuguese, Swedish/Danish/Norwegian, Romanian, Hungarian, Icelandic, Albanian, Azerbaijani
    "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari mars april maj juni juli augusti september oktober november december",
    "januar februar marts april maj juni juli august september oktober november december",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "januar februar mars april mai juni juli august september oktober november desember",
    "januar februar mars april mai juni juli agust september oktober november desember",
    "janar shkurt mars prill maj qershor korrik gusht shtator tetor nentor dhjetor",
    "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
    # Thai (full names and the dotted abbreviations without their dots)
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "มค กพ มีค เมย พค มิย กค สค กย ตค พย ธค",
)
_BUDDHIST_OFFSET = 543
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})\.?[\s./-]*(?:de\s+)?([^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*\.?)[\s,./-]*(?:de\s+)?(\d{4})\.?$"
)
_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_THAI = re.compile("[\u0e00-\u0e7f]")


def _key(word: str) -> str:
    """Lower case without accents or dots (``Μαΐου`` -> ``μαιου``, ``ม.ค.`` -> ``มค``)."""
    text = unicodedata.normalize("NFD", word.casefold().replace(".", ""))
    # Thai vowels and tone marks are combining characters too, yet part of the word: keep them.
    return "".join(ch for ch in text if not unicodedata.combining(ch) or _THAI.match(ch))


@cache
def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for line in _MONTH_LISTS:
        for number, name in enumerate(line.split(), start=1):
            out.setdefault(_key(name), number)
    return out


def _year(text: str, thai: bool) -> int | None:
    """A year as the calendar in use writes it: Buddhist-era years (2400-2600) moved to the common era."""
    year = int(text)
    if 2400 <= year <= 2600:
        return year - _BUDDHIST_OFFSET
    return None if thai and year < 1800 else year


def local_date(value: str) -> date | None:
    """The date of ``d <month name> yyyy`` in a language above, or of ``dd/mm/yyyy`` with a Buddhist-era year."""
    text = value.strip()
    thai = bool(_THAI.search(text))
    try:
        if m := _NUMERIC.match(text):
            if not 2400 <= int(m.group(3)) <= 2600:
                return None  # common-era numeric dates: the general readers' job
            year = _year(m.group(3), thai)
            return date(year, int(m.group(2)), int(m.group(1))) if year else None
        if m := _DAY_MONTH_YEAR.match(text):
            month = _months().get(_key(m.group(2)))
            year = _year(m.group(3), thai)
            return date(year, month, int(m.group(1))) if month and year else None
    except ValueError:
        return None
    return None
