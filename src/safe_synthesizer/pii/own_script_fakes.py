"""Person fakes written in the original's own script when no Faker locale writes it (Gurmukhi, Kannada, Telugu,
Malayalam, Ethiopic, Thaana...), with the culture's naming markers kept in place and the gender they tell.

Why: Faker has no Punjabi names in Gurmukhi, no Amharic, Tigrinya or Dhivehi names at all, so the fake of
``ਜਸਪ੍ਰੀਤ ਕੌਰ ਬਰਾੜ`` came out as ``Wahab Kumer`` and the fake of ``ተስፋዬ ገብረ መድህን`` as ``Saanvi Falguni
Varughese``: Latin letters in a Gurmukhi or Ethiopic column are junk to its user and tell a reader which cells were
replaced. And a marker is no identifier but was faked like a name (``Ринат Камил улы Нуриев`` -> ``Галактион Чеслав
алевтина Александров``; a woman's ``ਕੌਰ`` -> a man's given name).

The fake the mapper drew (its consistency across the table is kept: the same original gives the same Latin fake,
so the same re-written fake) is re-written word by word, each word aligned with the original's word:

* a word of the original that is a naming marker telling a gender (:mod:`.name_marker_words`: a filial link, a Sikh
  or Indic middle name) is written back as it was; an Ethiopic compound head (``ገብረ``) is part of the person's own
  name and is faked with it;
* the given name the marker speaks for takes its gender (a Sikh ``ਕੌਰ``: the word before it; a Turkic ``кызы``: the
  word before the father's name; an Arabic or Malay ``bint``: the word before it), and a father's name a man's: a
  listed given name of the other gender is exchanged for one of the right gender, picked by the fake's own spelling
  (the same fake, the same exchange);
* a Latin fake word of an original word in a script with a table here is transliterated into that script: the
  Brahmic scripts share one layout (the Unicode blocks of Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
  Telugu, Kannada and Malayalam are laid out alike: one table of offsets, a letter a block lacks falls back to its
  plain or voiceless kin), Ethiopic by its syllable rows and vowel orders, Thaana by letters and vowel signs.

Never the original's own words (only its markers): no shuffle of a column's names, which would leak them.

Example::

    own_script_fakes("name", {"ਜਸਪ੍ਰੀਤ ਕੌਰ ਬਰਾੜ": "Wahab Kumer Gill"})
    # {"ਜਸਪ੍ਰੀਤ ਕੌਰ ਬਰਾੜ": "<a woman's given name in Gurmukhi> ਕੌਰ ਗਿਲ"}
"""

from __future__ import annotations

import importlib
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.name_marker_words import FILIAL, TURKIC_AFTER, is_marker, marker_gender

__all__ = ["in_script", "own_script_fakes", "script_of_word"]

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_WORD = re.compile(r"\S+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")

# Brahmic blocks: the same offsets from each block's start (ISCII's layout).
_BRAHMIC = {"DEVANAGARI": 0x0900, "BENGALI": 0x0980, "GURMUKHI": 0x0A00, "GUJARATI": 0x0A80, "ORIYA": 0x0B00,
            "TAMIL": 0x0B80, "TELUGU": 0x0C00, "KANNADA": 0x0C80, "MALAYALAM": 0x0D00}  # fmt: skip
# Scripts that drop the final vowel of a name and write its last consonant bare (the others close it with a
# virama: Dravidian scripts).
_BARE_FINAL = frozenset({"DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA"})
# Gurmukhi writes a cluster's consonants side by side, each with its inherent vowel (``ਸ਼ਰਮਾ``), not as conjuncts.
_NO_CONJUNCTS = frozenset({"GURMUKHI"})
_INDIC_CONSONANTS = {
    "k": 0x15, "kh": 0x16, "g": 0x17, "gh": 0x18, "ch": 0x1A, "chh": 0x1B, "c": 0x15, "j": 0x1C, "jh": 0x1D,
    "t": 0x24, "th": 0x25, "d": 0x26, "dh": 0x27, "n": 0x28, "p": 0x2A, "ph": 0x2B, "f": 0x2B, "b": 0x2C,
    "bh": 0x2D, "m": 0x2E, "y": 0x2F, "r": 0x30, "l": 0x32, "v": 0x35, "w": 0x35, "sh": 0x36, "s": 0x38, "h": 0x39,
    "z": 0x1C, "q": 0x15,
}  # fmt: skip
# A letter a block lacks: its plain, then voiceless kin (Tamil has no aspirates and no voiced stops of its own).
_FALLBACK = {0x16: 0x15, 0x17: 0x15, 0x18: 0x15, 0x1B: 0x1A, 0x1C: 0x1A, 0x1D: 0x1C, 0x25: 0x24, 0x26: 0x24,
             0x27: 0x26, 0x2B: 0x2A, 0x2C: 0x2A, 0x2D: 0x2C, 0x36: 0x38, 0x38: 0x1A}  # fmt: skip
_INDIC_VOWELS = {  # (independent letter, sign after a consonant); "a" after a consonant is the inherent vowel
    "a": (0x05, None), "aa": (0x06, 0x3E), "i": (0x07, 0x3F), "ee": (0x08, 0x40), "ii": (0x08, 0x40),
    "u": (0x09, 0x41), "oo": (0x0A, 0x42), "uu": (0x0A, 0x42), "e": (0x0F, 0x47), "ai": (0x10, 0x48),
    "ay": (0x10, 0x48), "o": (0x13, 0x4B), "au": (0x14, 0x4C), "ou": (0x14, 0x4C),
}  # fmt: skip
_VIRAMA = 0x4D
# Ethiopic: a consonant's row (its first-order syllable) and the vowel orders (ä u i a e ə o).
_ETHIOPIC_ROWS = {
    "h": 0x1200, "l": 0x1208, "m": 0x1218, "r": 0x1228, "s": 0x1230, "sh": 0x1238, "q": 0x1240, "b": 0x1260,
    "bh": 0x1260, "v": 0x1268, "t": 0x1270, "th": 0x1270, "ch": 0x1278, "chh": 0x1278, "c": 0x12A8, "n": 0x1290,
    "k": 0x12A8, "kh": 0x12A8, "w": 0x12C8, "z": 0x12D8, "y": 0x12E8, "d": 0x12F0, "dh": 0x12F0, "j": 0x1300,
    "jh": 0x1300, "g": 0x1308, "gh": 0x1308, "f": 0x1348, "ph": 0x1348, "p": 0x1350,
}  # fmt: skip
_ETHIOPIC_CARRIER = 0x12A0
_ETHIOPIC_ORDER = {"e": 0, "u": 1, "oo": 1, "uu": 1, "i": 2, "ee": 2, "ii": 2, "a": 3, "aa": 3, "ai": 4, "ay": 4,
                   "o": 6, "au": 6, "ou": 6}  # fmt: skip
_ETHIOPIC_BARE = 5
# Thaana: letters and their vowel signs (fili); a consonant with no vowel takes the sukun.
_THAANA_LETTERS = {
    "h": 0x0780, "sh": 0x0781, "n": 0x0782, "r": 0x0783, "b": 0x0784, "bh": 0x0784, "k": 0x0786, "kh": 0x0786,
    "c": 0x0786, "q": 0x0786, "v": 0x0788, "w": 0x0788, "m": 0x0789, "f": 0x078A, "ph": 0x078A, "dh": 0x078B,
    "th": 0x078C, "l": 0x078D, "g": 0x078E, "gh": 0x078E, "s": 0x0790, "d": 0x0791, "z": 0x0792, "t": 0x0793,
    "y": 0x0794, "p": 0x0795, "j": 0x0796, "jh": 0x0796, "ch": 0x0797, "chh": 0x0797,
}  # fmt: skip
_THAANA_ALIF = 0x0787
_THAANA_FILI = {
    "a": 0x07A6, "aa": 0x07A7, "i": 0x07A8, "ee": 0x07A9, "ii": 0x07A9, "u": 0x07AA, "oo": 0x07AB, "uu": 0x07AB,
    "e": 0x07AC, "ai": 0x07AD, "ay": 0x07AD, "o": 0x07AE, "au": 0x07AF, "ou": 0x07AF,
}  # fmt: skip
_SUKUN = 0x07B0
_TABLES = frozenset({*_BRAHMIC, "ETHIOPIC", "THAANA"})
# Latin sounds, longest first: consonant clusters of the romanisations, long vowels and diphthongs.
_SOUND = re.compile(r"chh|[kgjtdpb]h|ch|sh|aa|ee|ii|oo|uu|ai|au|ou|ay(?![aeiou])|x|[a-z]")
_VOWELS = frozenset(_INDIC_VOWELS)
# Faker locales whose given-name lists tell a fake's gender, per script of the fake.
_GENDER_LOCALES = {"LATIN": ("en_IN", "en_US", "en_GB", "tr_TR", "ar_AA"), "CYRILLIC": ("ru_RU", "uk_UA"),
                   "ARABIC": ("ar_AA", "fa_IR")}  # fmt: skip


@lru_cache(maxsize=65536)
def script_of_word(word: str) -> str | None:
    """The Unicode script name (``GURMUKHI``, ``LATIN``) most letters of ``word`` are in; None without letters."""
    counts = Counter(unicodedata.name(ch, "?").split(" ", 1)[0] for ch in word if ch.isalpha())
    return counts.most_common(1)[0][0] if counts else None


def _sounds(word: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(ch for ch in plain if "a" <= ch <= "z")
    out: list[str] = []
    for m in _SOUND.finditer(plain):
        for sound in ("k", "s") if m.group() == "x" else ("k",) if m.group() in ("c", "q") else (m.group(),):
            if not (out and sound == out[-1] and sound not in _VOWELS):  # ``Gill``, ``Frederick``: one consonant
                out.append(sound)
    return out


def _indic_letter(base: int, offset: int) -> str:
    while True:
        ch = chr(base + offset)
        if unicodedata.name(ch, ""):
            return ch
        if offset not in _FALLBACK:
            return ""
        offset = _FALLBACK[offset]


def _brahmic(sounds: list[str], script: str) -> str:
    base = _BRAHMIC[script]
    out: list[str] = []
    pending = False  # a consonant written that has no vowel yet
    for k, s in enumerate(sounds):
        if s in _VOWELS:
            # A name's last ``a`` after a consonant is long where the inherent vowel falls silent at the end
            # (``Sharma`` -> ``शर्मा``, not ``शर्म``).
            long_end = s == "a" and pending and k == len(sounds) - 1 and script in _BARE_FINAL
            letter, sign = _INDIC_VOWELS["aa" if long_end else s]
            if pending:
                out.append(_indic_letter(base, sign) if sign is not None else "")
            else:
                out.append(_indic_letter(base, letter))
            pending = False
            continue
        if pending and script not in _NO_CONJUNCTS:
            out.append(_indic_letter(base, _VIRAMA))
        out.append(_indic_letter(base, _INDIC_CONSONANTS.get(s, 0x30)))
        pending = True
    if pending and script not in _BARE_FINAL:
        out.append(_indic_letter(base, _VIRAMA))
    return "".join(out)


def _ethiopic(sounds: list[str]) -> str:
    out: list[str] = []
    row: int | None = None
    for s in sounds:
        if s in _VOWELS:
            order = _ETHIOPIC_ORDER[s]
            if row is None:
                out.append(chr(_ETHIOPIC_CARRIER + (0 if not out and s == "a" else order)))
            else:
                out.append(chr(row + order))
            row = None
            continue
        if row is not None:
            out.append(chr(row + _ETHIOPIC_BARE))
        row = _ETHIOPIC_ROWS.get(s, _ETHIOPIC_ROWS["r"])
    if row is not None:
        out.append(chr(row + _ETHIOPIC_BARE))
    return "".join(out)


def _thaana(sounds: list[str]) -> str:
    out: list[str] = []
    pending = False
    for s in sounds:
        if s in _VOWELS:
            if not pending:
                out.append(chr(_THAANA_ALIF))
            out.append(chr(_THAANA_FILI[s]))
            pending = False
            continue
        if pending:
            out.append(chr(_SUKUN))
        out.append(chr(_THAANA_LETTERS.get(s, _THAANA_LETTERS["r"])))
        pending = True
    if pending:
        out.append(chr(_SUKUN))
    return "".join(out)


def in_script(word: str, script: str) -> str | None:
    """``word`` (Latin letters) written in ``script`` (a Unicode script name with a table here), None otherwise.

    >>> in_script("Sharma", "GURMUKHI"), in_script("Abebe", "ETHIOPIC"), in_script("Nasheed", "THAANA")
    ('ਸ਼ਰਮਾ', 'አበበ', 'ނަށީޑް')
    """
    if script not in _TABLES or not _LATIN_LETTER.search(word):
        return None
    sounds = _sounds(word)
    if not sounds:
        return None
    if script == "ETHIOPIC":
        return _ethiopic(sounds)
    if script == "THAANA":
        return _thaana(sounds)
    return unicodedata.normalize("NFC", _brahmic(sounds, script)) or None


@lru_cache(maxsize=8)
def _given_names(script: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(case-folded given name -> "m"/"f", gender -> its names sorted) of the Faker locales writing ``script``."""
    gender: dict[str, str] = {}
    names: dict[str, set[str]] = {"m": set(), "f": set()}
    for k, locale in enumerate(_GENDER_LOCALES.get(script, ())):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for g, attribute in (("m", "first_names_male"), ("f", "first_names_female")):
            for name in getattr(provider, attribute, ()) or ():
                key = str(name).casefold()
                if " " in key:
                    continue
                gender[key] = "" if gender.get(key, g) != g else g  # on both lists: no gender told
                if k == 0:  # the exchange is drawn from the first locale's lists only
                    names[g].add(str(name))
    both = {k for k, g in gender.items() if not g}
    return {k: g for k, g in gender.items() if g}, {g: tuple(sorted(n for n in v if n.casefold() not in both))
                                                    for g, v in names.items()}  # fmt: skip


def _of_gender(fake: str, gender: str) -> str:
    """``fake`` when no list gives it the other gender, else a given name of ``gender`` picked by its spelling."""
    script = script_of_word(fake) or ""
    told, names = _given_names(script)
    if told.get(fake.casefold(), gender) == gender or not names.get(gender):
        return fake
    pool = names[gender]
    pick = pool[zlib.crc32(fake.casefold().encode()) % len(pool)]
    return pick.upper() if fake.isupper() else pick.lower() if fake.islower() else pick


def _gendered_slots(words: list[str]) -> dict[int, str]:
    """Word index -> the gender a marker tells for it (module docstring)."""
    out: dict[int, str] = {}
    for p, word in enumerate(words):
        gender = marker_gender(word)
        if not gender or p == 0:
            continue
        key = word.casefold()
        if key in TURKIC_AFTER:  # ``Ринат Камил улы``: the father before the link, the person before him
            out.setdefault(p - 1, "m")
            if p >= 2:
                out.setdefault(p - 2, gender)
        elif key in FILIAL:  # ``Aminah binti Yusof``: the person before the link, the father after it
            out.setdefault(p - 1, gender)
            if p + 1 < len(words):
                out.setdefault(p + 1, "m")
        else:  # ``ਜਸਪ੍ਰੀਤ ਕੌਰ``: the person's given name before her middle word
            out.setdefault(p - 1, gender)
    return out


def _rewritten(original: str, fake: str) -> str:
    words = _WORD.findall(original)
    fakes = list(_WORD.finditer(fake))
    if not words or not fakes:
        return fake
    scripts = [script_of_word(w) for w in words]
    aligned = len(words) == len(fakes)
    if not aligned and not any(s in _TABLES for s in scripts):
        return fake
    main = Counter(s for s in scripts if s and s != "LATIN").most_common(1)
    new = [m.group() for m in fakes]
    if aligned:
        for i, word in enumerate(words):
            if marker_gender(word):  # a link or a middle name telling a gender; an Ethiopic head is the name's own
                new[i] = word
        for i, gender in _gendered_slots(words).items():
            if not is_marker(words[i]):
                new[i] = _of_gender(new[i], gender)
    for i, word in enumerate(new):
        script = scripts[i] if aligned else (main[0][0] if main else None)
        if script and script != "LATIN" and not (aligned and marker_gender(words[i])):
            new[i] = in_script(word, script) or word
    out, last = [], 0
    for m, word in zip(fakes, new, strict=True):
        out += [fake[last : m.start()], word]
        last = m.end()
    return "".join(out) + fake[last:]


def own_script_fakes(entity: str, mapping: Mapping[str, str]) -> dict[str, str]:
    """``mapping`` (original -> fake, as :func:`replace_engine.value_mapping` makes it) with person fakes re-written
    in their original's script and markers (module docstring); other entities and fakes unchanged."""
    if entity not in _PERSON:
        return dict(mapping)
    out: dict[str, str] = {}
    for original, fake in mapping.items():
        if not isinstance(original, str) or not isinstance(fake, str) or fake == original or original.isascii():
            out[original] = fake
            continue
        out[original] = _rewritten(original, fake)
    return out
