"""Birth dates in notes after a birth word of a language the other birth-word tables leave out.

Why: the birth cues of :mod:`birth_cue_reader`, :mod:`text_dates` and :mod:`text_birth_words_local` cover the
European languages and about forty others; a note in Aymara, Malagasy, Sindhi, Sorani, Lingala, Chichewa,
Kiribati or Tetum (``Yurïwipa: 1973 mayo 1``, ``Teraka tamin'ny 15 07 1958``, ``ڄمڻ جي تاريخ 23/3/1983``,
``Abotamaki na 91-06-19``, ``Wobadwa pa 1987 January 23``) kept its birth date whatever the date's layout. Each
set wrote a few more languages, so the table here is not the notes' words: it is the verb "to be born" and the noun
"birth" of each language as a dictionary gives them, for about sixty languages of Africa, the Americas, the
Pacific, the Caucasus, Central and South Asia and the small languages of Europe (no installed library holds them:
CLDR has no word for birth).

Many of these languages build the word with prefixes and suffixes around the root (Lingala ``ko-botam-a`` "to be
born", ``a-botam-aki`` "was born", ``m-botam-a`` "birth"; Chichewa ``ku-badwa``, ``wo-badwa``, ``lo-badwa``;
Malagasy ``nahaterahana``), so each language gives ROOTS found inside a word (of five letters or more, or four in a
script of its own), besides WHOLE words. Words are compared without Latin accents and case (``Yurïwipa`` holds
``yuri``).

After the cue: punctuation (``:``, ``,``, ``(``, ``-``), up to three joining words of any language (``tamin'ny``,
``pa``, ``na``, ``iha``, ``جي تاريخ``), then a date in any layout :mod:`date_reader` reads (a backslash joins a
date's fields as another separator does: ``20\\02\\1973``) or a number only date with a two-digit year, last or
first (``15.07.58``, ``87-02-06``). The date must be a birth date's: not after today, at most :data:`MAX_AGE` years
back; a two-digit year is put in the century that makes it so. The joining words stop at a sentence's end, so a
greeting's ``Tsiku lobadwa losangalala, Mwayi!`` (happy birthday) does not reach a date of the next sentence. The
note is first scanned for a word holding a root (a set look-up per word and a substring test per root).

Example::

    world_birth_cue_spans("Tsiku lobadwa losangalala, Mwayi! Wobadwa pa 76-01-20")  # [(45, 53, 'date_of_birth')]
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.birth_cue_reader import MAX_AGE, MAX_JOINERS
from safe_synthesizer.pii.birth_words_more import MORE_BIRTH_WORDS
from safe_synthesizer.pii.date_reader import DateReading, read_date_at

# Joining words between a cue and its date may be longer than the cue reader's (whole words of other languages).
MAX_JOINER_LETTERS = 12

# Per language: (whole words, roots found inside a word), lower case; the words of "to be born", "born" and
# "birth" (the roots: of the verb and the noun, the language's prefixes and suffixes left out).
WORLD_BIRTH_WORDS: dict[str, tuple[str, str]] = {
    # The Americas
    "ay": ("", "yuri"),  # Aymara: yuriña "to be born", yuriwi "birth, birthday"
    "qu": ("", "paqari"),  # Quechua: paqariy "to be born", paqarisqa "born"
    "gn": ("heñói onase", "heñoi"),  # Guarani: heñói "to be born", onase "was born"
    "nah": ("", "tlacat"),  # Nahuatl: tlacati "to be born", otlacat "was born"
    "pap": ("nase nasé", "nasement"),  # Papiamento: nase "to be born", nasementu "birth"
    "ht": ("nesans fèt", ""),  # Haitian Creole: nesans "birth", dat nesans "date of birth", fèt "born"
    "kl": ("", "inunngor"),  # Greenlandic: inunngorpoq "was born", inunngorfik "birthday"
    # Africa
    "mg": ("teraka", "terah"),  # Malagasy: teraka "born", nahaterahana / fahaterahana "birth"
    "ln": ("", "botam"),  # Lingala: kobotama "to be born", abotamaki "was born", mbotama "birth"
    "kg": ("", "butuk"),  # Kikongo: kubutuka "to be born"
    "xh": ("", "zalwa zalwe"),  # Xhosa, Zulu, Ndebele: ukuzalwa "to be born", uzalwe "was born"
    "ny": ("", "badwa"),  # Chichewa: kubadwa "to be born", wobadwa "born", tsiku lobadwa "birthday"
    "bem": ("", "fyalw fyelwe"),  # Bemba: ukufyalwa "to be born", afyelwe "was born"
    "sn": ("", "zvarw"),  # Shona: kuzvarwa "to be born", akazvarwa "was born"
    "st": ("hlahile tswetswe", "tswalw"),  # Sesotho: ho tswalwa "to be born", o hlahile "was born"
    "tn": ("tshotswe", "tsholw"),  # Tswana: go tsholwa "to be born", o tshotswe "was born"
    "ts": ("", "velekiw"),  # Tsonga: ku velekiwa "to be born"
    "ve": ("", "bebw"),  # Venda: u bebwa "to be born"
    "ss": ("", "talw"),  # Swati: kutalwa "to be born"
    "rw": ("yavutse amavuko kuvuka", "vukiy"),  # Kinyarwanda, Kirundi: kuvuka "to be born", yavutse "was born"
    "lg": ("", "zaalibw"),  # Luganda: okuzaalibwa "to be born"
    "ki": ("", "ciarw"),  # Kikuyu: gũciarwo "to be born"
    "om": ("", "dhalat dhaloot"),  # Oromo: dhalate "was born", dhaloota "birth"
    "wo": ("juddu", ""),  # Wolof: juddu "to be born", bés bu juddu "birthday"
    "ff": ("", "jibin"),  # Fula: jibinaa "to be born", jibinannde "birth"
    "bm": ("", "bange"),  # Bambara: bange "to be born", bangelon "birthday"
    # The Pacific and South-East Asia
    "gil": ("", "bungi"),  # Kiribati: bungia "to give birth", bungiaki "born"
    "mh": ("lotak", ""),  # Marshallese: lotak "born"
    "sm": ("fanau", "fanauʻ fanau' faʻele fa'ele"),  # Samoan, Tongan, Tuvaluan: fanau "born", fāʻeleʻi "born"
    "haw": ("hanau whanau", "fanauhia"),  # Hawaiian hānau, Māori whānau "born"; Tahitian fanauhia
    "fj": ("sucu", ""),  # Fijian: sucu "born", siga ni sucu "birthday"
    "tet": ("moris", ""),  # Tetum: moris "born", data moris "date of birth"
    "ch": ("", "mafañag mafanag"),  # Chamorro: mafañågu "born"
    "ceb": ("natawo pagkatawo", ""),  # Cebuano, Hiligaynon: natawo "born"
    "ilo": ("nayanak", "kayanak"),  # Ilocano: nayanak "born", pannakayanak "birth"
    "jv": ("lair", "kelair"),  # Javanese: lair "born", kelairan "birth"
    # Europe's smaller languages
    "fo": ("føddur fødd", "føðing"),  # Faroese: føddur "born", føðingardagur "birthday"
    "se": ("", "riegád"),  # Northern Sami: riegádan "born", riegádanbeaivi "birthday"
    "fy": ("berne", "bertedatum"),  # Frisian: berne "born"
    "br": ("ganet", "ganedig"),  # Breton: ganet "born", ganedigezh "birth"
    "kw": ("genys", ""),  # Cornish: genys "born"
    "gv": ("ruggit", ""),  # Manx: ruggit "born"
    "gd": ("breith", ""),  # Scottish Gaelic: breith "birth", là-breith "birthday"
    "rm": ("naschì naschida", "naschientsch"),  # Romansh: naschì "born", naschientscha "birth"
    "eo": ("", "naskiĝ naskig"),  # Esperanto: naskiĝis "was born", naskiĝtago "birthday"
    "yi": ("געבוירן", ""),  # Yiddish: geboyrn "born"
    # The Caucasus, Central and South Asia (scripts of their own)
    "hy": ("", "ծնվ ծննդ"),  # Armenian: ծնվել "to be born", ծննդյան "of birth"
    "ka": ("დაიბადა", "დაბადებ"),  # Georgian: დაიბადა "was born", დაბადების "of birth"
    "az": ("doğulub", "doğul"),  # Azerbaijani: doğulub "was born"
    "ku": ("", "dayikb"),  # Kurmanji: jidayikbûn "birth", ji dayik bû "was born"
    "ckb": ("", "لەدایکب"),  # Sorani: لەدایکبوون "birth", لەدایکبووە "was born"
    "sd": ("ڄمڻ ڄائو ڄائي ڄم ولادت", "پيدائش"),  # Sindhi: ڄمڻ "birth", ڄائو "born"
    "ps": ("", "زېږېد زیږید زوکړ"),  # Pashto: زېږېدلی "born", زوکړه "birth"
    "tt": ("туган тыуған туған", "туулган"),  # Tatar, Bashkir, Kazakh, Kyrgyz: туган "born"; туган көне "birthday"
    "pa": ("ਜਨਮ", ""),  # Punjabi: ਜਨਮ "birth", ਜਨਮ ਮਿਤੀ "date of birth"
    "hi": ("जन्म", ""),  # Hindi, Marathi, Nepali: जन्म "birth"
    "bn": ("জন্ম", ""),  # Bengali: জন্ম "birth"
    "gu": ("જન્મ", ""),  # Gujarati: જન્મ "birth"
    "ug": ("", "تۇغۇل"),  # Uyghur: تۇغۇلغان "born"
    "dv": ("", "އުފަން"),  # Dhivehi: އުފަން "born", އުފަންދުވަސް "birthday"
    "bo": ("སྐྱེས འཁྲུངས", ""),  # Tibetan, Dzongkha: སྐྱེས "born", འཁྲུངས "born" (honorific)
}
# A root inside a word needs this many letters in the Latin script (four-letter roots of scripts of their own, and
# ``yuri``, ``bebw``, ``talw``, which no Latin word of other languages holds, are listed whole below).
MIN_ROOT = 5
_SHORT_ROOTS_ALLOWED = frozenset({"yuri", "bebw", "talw"})
# Letters, the combining marks of the Arabic, Thaana, Indic (Devanagari to Oriya, their digits left out), Tibetan
# and Armenian scripts, and the apostrophes written inside words (``tamin'ny``, ``fāʻeleʻi``).
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u07a6-\u07b0"
                   r"\u0900-\u0965\u0970-\u09e5\u09f0-\u0a65\u0a70-\u0ae5\u0af0-\u0b65"
                   r"\u0f71-\u0fbc\u02bb\u02bc'’])+")  # fmt: skip
_GAP = re.compile(r"[ \t:,(\[\-\u2013\u2014=\u0f0b\u060c]*")
_SENTENCE_END = frozenset(".!?;\n\u061f\u06d4\u0f0d")
# A number only date with a two-digit year, last (``15.07.58``) or first (``87-02-06``): one separator used twice.
_SHORT_LAST = re.compile(r"(\d{1,2})([^\w\s]| )(\d{1,2})\2(\d{2})(?![\w]|[.,/\-\\]\d)")
_SHORT_FIRST = re.compile(r"(\d{2})([^\w\s])(\d{1,2})\2(\d{1,2})(?![\w]|[.,/\-\\]\d)")


def fold(word: str) -> str:
    """A word as the tables are looked up: lower case, Latin accents dropped (``Yurïwipa`` -> ``yuriwipa``), other
    scripts' marks kept."""
    text = unicodedata.normalize("NFD", word.casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not 0x300 <= ord(ch) <= 0x36F))


@lru_cache(maxsize=1)
def _gate() -> re.Pattern[str]:
    """Any word or root of the tables anywhere in a folded note: one search per note before its words are read."""
    whole, roots = _tables()
    return re.compile("|".join(re.escape(w) for w in sorted(whole | set(roots), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, roots found inside a word), folded."""
    whole: set[str] = set()
    roots: set[str] = set()
    for words, stems in (*WORLD_BIRTH_WORDS.values(), *MORE_BIRTH_WORDS.values()):  # and more languages'
        whole.update(fold(w) for w in words.split())
        for stem in stems.split():
            key = fold(stem)
            latin = key.isascii()
            if not latin or len(key) >= MIN_ROOT or key in _SHORT_ROOTS_ALLOWED:
                roots.add(key)
    return frozenset(whole), tuple(sorted(roots))


def is_birth_word(word: str) -> bool:
    """Whether ``word`` is a birth word of :data:`WORLD_BIRTH_WORDS`: listed whole, or holding a root with at least
    one more letter (``Yuri`` alone is a given name; ``yuriwi`` is "birth").

    Example::

        is_birth_word("Abotamaki")  # True
    """
    whole, roots = _tables()
    key = fold(word).replace("’", "'")
    if key in whole:
        return True
    return any(root in key and len(key) > len(root) for root in roots)


def birth_date_at(text: str, pos: int, today: date) -> tuple[int, date] | None:
    """(where it ends, the date) of a birth date written at ``text[pos:]``: any layout :mod:`date_reader` reads
    (a backslash read as another separator), or a number only date with a two-digit year last or first, its
    century the one that puts it in the last :data:`MAX_AGE` years; None when no date is there or it is no birth
    date's (after today, too old).

    Example::

        birth_date_at("pa 76-01-20", 3, date(2026, 1, 1))  # (11, datetime.date(1976, 1, 20))
    """
    same_length = text.replace("\\", "|")  # ``20\\02\\1973``: read as the rare separator ``|`` is (same offsets)
    reading = read_date_at(same_length, pos)
    if reading is not None:
        found = _recentred(reading, today)
        return (reading.end, found) if _born(found, today) else None
    if (m := _SHORT_LAST.match(same_length, pos)) is not None:
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        for day, month in ((first, second), (second, first)):
            if (found := _in_century(year, month, day, today)) is not None:
                return (m.end(), found) if _born(found, today) else None
    if (m := _SHORT_FIRST.match(same_length, pos)) is not None:
        found = _in_century(int(m.group(1)), int(m.group(3)), int(m.group(4)), today)
        if found is not None:
            return (m.end(), found) if _born(found, today) else None
    return None


def _recentred(reading: DateReading, today: date) -> date:
    short = any(not isinstance(p, str) and p[0] == "Y" and p[1] == 2 for p in reading.pieces)
    if not short:
        return reading.date
    found = _in_century(reading.date.year % 100, reading.date.month, reading.date.day, today)
    return found if found is not None else reading.date


def _in_century(year: int, month: int, day: int, today: date) -> date | None:
    """``day``/``month`` of the two-digit ``year`` in the latest century where it is not after ``today``."""
    full = today.year // 100 * 100 + year
    for candidate in (full, full - 100):
        try:
            found = date(candidate, month, day)
        except ValueError:
            return None
        if found <= today:
            return found
    return None


def _born(born: date, today: date) -> bool:
    return born <= today and today.year - born.year <= MAX_AGE


def _date_after(text: str, pos: int, today: date) -> tuple[int, int] | None:
    """(start, end) of the birth date after a cue ending at ``pos``: punctuation, up to :data:`MAX_JOINERS` joining
    words (not past a sentence's end), then the date."""
    for _ in range(MAX_JOINERS + 1):
        pos = _GAP.match(text, pos).end()
        if pos >= len(text) or text[pos] in _SENTENCE_END:
            return None
        if text[pos].isdigit():
            found = birth_date_at(text, pos, today)
            return (pos, found[0]) if found is not None else None
        if text[pos].isalpha():  # a month word first (``March 23, 1983``)
            found = birth_date_at(text, pos, today)
            if found is not None:
                return pos, found[0]
        joiner = _WORD.match(text, pos)
        if joiner is None or len(joiner.group(0)) > MAX_JOINER_LETTERS:
            return None
        pos = joiner.end()
    return None


def world_birth_cue_spans(text: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """Birth dates of ``text`` after a birth word of :data:`WORLD_BIRTH_WORDS`, ``(start, end, DATE_OF_BIRTH)``
    each, in order.

    Example::

        world_birth_cue_spans("Suma urupa, Jacinta! Yurïwipa: 11/6/1979 (lun)")  # [(31, 40, 'date_of_birth')]
    """
    if not any(ch.isdigit() for ch in text) or _gate().search(fold(text)) is None:
        return []
    today = today or date.today()
    out: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        if not is_birth_word(m.group(0)):
            continue
        found = _date_after(text, m.end(), today)
        if found is not None and (not out or found[0] >= out[-1][1]):
            out.append((found[0], found[1], E.DATE_OF_BIRTH))
    return out
