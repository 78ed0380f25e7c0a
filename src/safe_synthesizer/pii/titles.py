"""Titles and honorifics that precede a person's name, per language, and the names after them.

A surname after a title is a name even when it is also an ordinary word (``Dr Little``,
``Monsieur Baron``, ``meneer Wolters``) or missing from every name list, so the title is the
evidence. The lists cover the forms each language writes (Faker's person prefixes, CLDR-style
honorifics and everyday abbreviations): English, German, French, Spanish, Italian, Dutch,
Portuguese, Polish, Swedish/Danish/Norwegian and Indian English/Hindi. Titles chain (``Frau
Prof. Dr.``, ``dr hab.``, ``Dr. med.``) and lower-case forms count where a language writes them so
(``meneer``, ``pani``, ``dr``, Spanish ``don``: the English verb is followed by a lower-case word);
lower-case forms that are common words elsewhere (``me``, ``sister``, ``father`` in English...) are
only taken capitalised.

Example::

    titled_name_spans("Ask for Monsieur Baron at reception.")  # [(18, 23, 'last_name')]
    titled_name_spans("meneer van der Spaendonc belde")  # [(7, 24, 'last_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import CJK_LETTERS

TITLES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Doctor", "Prof", "Professor", "Sir", "Dame", "Rev", "Revd",
           "Reverend", "Fr", "Nurse", "Mister", "Madam", "Sister", "Matron", "Lady", "Lord", "Father", "Brother",
           "Captain", "Capt", "Judge", "Rabbi", "Pastor"),
    "de": ("Herr", "Herrn", "Hr", "Frau", "Fr", "Fräulein", "Frl", "Dr", "Doktor", "Prof", "Professor",
           "Professorin", "Dipl.-Ing", "Ing", "Mag", "DI", "Mag.a", "Dr.in", "DDr"),
    "fr": ("Monsieur", "Messieurs", "Madame", "Mesdames", "Mademoiselle", "M.", "MM", "Mme", "Mmes", "Mlle",
           "Mlles", "Me", "Maître", "Docteur", "Dr", "Pr", "Professeur"),
    "es": ("Señor", "Señora", "Señorita", "Sr", "Sra", "Srta", "Don", "Doña", "D.", "Dña", "Dª", "Dr", "Dra",
           "Doctor", "Doctora", "Lic", "Licenciado", "Licenciada", "Ing"),
    "it": ("Signor", "Signore", "Signora", "Signorina", "Sig", "Sig.ra", "Sig.na", "Sigg", "Dott", "Dott.ssa",
           "Dottor", "Dottore", "Dottoressa", "Prof", "Prof.ssa", "Professore", "Professoressa", "Avv", "Avvocato",
           "Ing"),
    "nl": ("meneer", "mevrouw", "juffrouw", "heer", "Dhr", "Mevr", "Mw", "Mej", "Dr", "Drs", "Ir", "Ing", "Mr",
           "Prof", "dokter"),
    "pt": ("Senhor", "Senhora", "Senhorita", "Sr", "Sra", "Srta", "Sr.ª", "Sra.ª", "Dona", "Dom", "Dr", "Dra",
           "Doutor", "Doutora", "Prof", "Profa", "Professor", "Professora", "Exmo", "Exma", "Eng", "Engª", "Enga",
           "Arq", "Arqª"),
    "pl": ("Pan", "Pani", "Pana", "Panu", "Panem", "Panią", "Państwo", "dr", "prof", "mgr", "inż", "lek", "doc"),
    "sv": ("herr", "fru", "fröken", "frk", "doktor", "dr", "professor", "prof", "hr"),
    "cs": ("pan", "paní", "pana", "panu", "slečna", "MUDr", "MVDr", "JUDr", "PhDr", "RNDr", "Mgr", "Bc", "doc"),
    "fi": ("herra", "rouva", "neiti", "tri", "toht"),
    "tr": ("Bay", "Bayan", "Sayın", "Doç", "Av", "Uzm"),
    "hi": ("Shri", "Shree", "Sri", "Smt", "Shrimati", "Srimati", "Sushri", "Kumari", "Pandit", "Pt",
           "श्री", "श्रीमती", "सुश्री", "कुमारी", "डॉ"),
    # Indonesian, Malay, Vietnamese, Tagalog, Swahili and Maltese forms of address (``Pak Budi``, ``Ibu
    # Sari``, ``Encik Azlan``, ``Ông Nguyễn``, ``Bà Trần``, ``Gng. Santos``, ``Bwana Otieno``, ``is-Sur Borg``).
    "id": ("Bapak", "Pak", "Ibu", "Bu", "Sdr", "Sdri", "Saudara", "Saudari"),
    "ms": ("Encik", "Puan", "Cik", "Datuk", "Dato", "Datin"),
    "vi": ("Ông", "Bà", "Cô", "Chú", "BS", "ThS"),
    "tl": ("Ginoo", "Ginang", "Binibini", "G.", "Gng", "Bb"),
    "sw": ("Bwana", "Bi"),
    "mt": ("Sur", "Sinjura", "Sinjorina"),
}  # fmt: skip
# Words that only qualify a title before them (``Dr. med.``, ``dr hab.``, ``Prof. Dr. h.c.``).
QUALIFIERS = ("med", "dent", "vet", "hab", "habil", "rer", "nat", "phil", "jur", "h.c", "mult", "inż", "lek")
# Lower-case forms that are ordinary words in some language: only taken as written in the lists.
_LOWER_UNSAFE = frozenset(
    {"me", "dame", "miss", "sir", "madam", "mister", "doctor", "nurse", "fr", "rev", "pr", "ing", "mag",
     "lic", "dom", "dona", "pt", "mm", "mx", "d.", "m.", "hr", "mw", "sister", "matron", "lady", "lord", "father",
     "brother", "captain", "capt", "judge", "rabbi", "pastor", "bay", "av", "doc", "bc", "di", "eng", "enga", "arq",
     "ddr", "pak", "bu", "ibu", "cik", "sur", "bi", "g.", "bb", "cô", "chú", "dato", "datin", "puan"}
)  # fmt: skip
# Lower-case surname particles written inside a name (``van der``, ``von``, ``dos``, ``auch``).
PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "do", "dos", "du", "la", "le",
     "les", "ten", "ter", "vom", "zu", "zur", "het", "'t", "auch", "y", "e"]
)  # fmt: skip
# Capitalised words that follow a title without being a name ("Dr Monday", "Mrs The ...").
_NOT_NAMES = frozenset(
    ["the", "and", "or", "of", "for", "to", "on", "at", "in", "by", "with", "from", "a", "an", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april", "september",
     "october", "november", "december", "team", "department", "clinic", "office", "unit", "street", "road",
     "avenue", "lane", "lanka"]
)  # fmt: skip


def _forms() -> list[str]:
    """Every written form of every title: as listed, capitalised, lower (when safe) and upper case."""
    out: set[str] = set()
    for titles in TITLES_BY_LANGUAGE.values():
        for t in titles:
            out |= {t, t[:1].upper() + t[1:]}
            if t.lower() not in _LOWER_UNSAFE:
                out.add(t.lower())
                if len(t.rstrip(".")) >= 3:
                    out.add(t.upper())
    out.add("MR")
    return sorted(out, key=len, reverse=True)


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in forms)


_FORMS = _forms()
_TITLE = rf"(?:{_alternation(_FORMS)})"
# A title ends at its dot or at a space; ``M.``/``D.`` carry their dot.
_END = r"(?:\.(?=[ \t\n])|(?<=\.)(?=[ \t])|(?=[ \t]))"
_TITLE_AT = re.compile(rf"(?<![\w.\-]){_TITLE}{_END}")
_NEXT_TITLE = re.compile(rf"[ \t]+(?:{_TITLE}|{_alternation(list(QUALIFIERS))}){_END}")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*(?<![\-'’])\.?)")
_CHAINED_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_CJK = re.compile(f"[{CJK_LETTERS}]{{1,4}}")
_MAX_WORDS = 4


def title_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each title chain in ``text`` (``Dr.``, ``Frau Prof. Dr.``, ``Sig.ra``): where a
    name may follow. The end is after the last title's dot, if any."""
    out = []
    done = 0
    for m in _TITLE_AT.finditer(text):
        if m.start() < done:
            continue
        pos = m.end()
        while (chained := _NEXT_TITLE.match(text, pos)) is not None:
            pos = chained.end()
        done = pos
        out.append((m.start(), pos))
    return out


def is_title(word: str) -> bool:
    """``word`` (with or without its dot) is a title such as ``Dr``, ``Mevr.``, ``Dott.``, ``meneer``."""
    return bool(re.fullmatch(rf"{_TITLE}\.?", word.strip()))


def _name_word(word: str, after_particle: bool = False) -> str | None:
    """``"particle"``, ``"initial"``, ``"name"`` or None (not part of a name) for a word after a title.

    After a particle a title word is a surname (``mevrouw de Heer``).
    """
    bare = word.rstrip(".")
    if after_particle and bare[:1].isupper() and len(bare) > 1 and is_title(bare):
        return "name"
    if bare in PARTICLES:
        return "particle"
    if len(bare) == 1 and bare.isupper() and word.endswith("."):
        return "initial"
    if _CJK.fullmatch(bare):
        return "name"
    if bare[:1].isupper() and len(bare) > 1 and bare.lower() not in _NOT_NAMES and not is_title(bare):
        return "name"
    return None


def titled_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names after a title: one name word is a surname (``Dr Little``), more a full name."""
    out = []
    done = 0  # end of the last title chain: its inner titles start no match of their own
    for m in _TITLE_AT.finditer(text):
        if m.start() < done:
            continue
        pos = m.end()
        chained_last = None
        while (chained := _NEXT_TITLE.match(text, pos)) is not None:
            pos = chained.end()
            word = _CHAINED_WORD.match(text, chained.start())
            # Only a capitalised word of 3+ letters without a dot can be a surname ("Pastor", "Eng", not "Dr.").
            ok = word is not None and len(word.group(1)) >= 3 and not text.startswith(".", word.end(1))
            chained_last = word if ok and word.group(1)[:1].isupper() else None
        done = pos
        start = end = -1
        kinds: list[str] = []
        while len(kinds) < _MAX_WORDS and (w := _NEXT_WORD.match(text, pos)) is not None:
            word = w.group(1)
            kind = _name_word(word, after_particle=bool(kinds) and kinds[-1] == "particle")
            if kind is None:
                break
            if start < 0:
                start = w.start(1)
            kinds.append(kind)
            stop = word.endswith(".") and kind == "name"
            bare_end = w.end(1) - (1 if word.endswith(".") and kind != "initial" else 0)
            if kind != "particle":
                end = bare_end
            pos = w.end(1)
            if stop or word.endswith(("'", "’")):
                break
        named = [k for k in kinds if k == "name"]
        if not kinds and chained_last is not None:
            # "Sra. Pastor confirmed": a title word after a title, with no name after it, is the surname.
            out.append((chained_last.start(1), chained_last.end(1), E.LAST_NAME))
            continue
        if start < 0 or end < 0 or not named:
            continue
        out.append((start, end, E.NAME if len(named) > 1 else E.LAST_NAME))
    return out


# Whole-cell titles: forms of languages the prose list above leaves out, and short ones too
# ambiguous inside prose (``g.`` is also grams, ``κ.`` any abbreviation) that are safe when the
# whole cell is title + name. Case does not matter at cell level (``DR A. DANIELS``, ``dr toborek``).
CELL_TITLES = (
    "tohtori", "toht", "herra", "rouva", "neiti", "gospodin", "gospođa", "gospođica", "g", "gđa", "gđica",
    "gosp", "dl", "dna", "d-na", "d-l", "domnul", "doamna", "pán", "pani", "paní", "úr", "asszony", "κ", "κα",
    "κος", "κύριος", "κυρία", "δρ", "fru", "frk", "fröken", "hr", "fr", "sr", "sra", "dra", "doc", "ing",
)  # fmt: skip
# Street words that are also titles (``Dr`` = Drive, ``Av`` = Avenida, ``St`` = Saint/Street): a
# cell starting with one is a title only when no street word follows.
_CELL_TITLE_FORMS = frozenset(
    {t.lower().rstrip(".") for forms in TITLES_BY_LANGUAGE.values() for t in forms} | set(CELL_TITLES)
)
# Street types written after the street's name (``Main Dr``): before a name they are the title.
_SUFFIX_STREET_TITLES = frozenset({"dr"})
_CELL_NAME_WORD = re.compile(r"[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*")
_CELL_INITIAL = re.compile(r"[^\W\d_]\.(?:-?[^\W\d_]\.)?")
_CELL_MAX_NAME_WORDS = 4


def _cell_title(word: str) -> bool:
    bare = word.rstrip(".").lower()
    return bare in _CELL_TITLE_FORMS or bare in {q.rstrip(".") for q in QUALIFIERS}


def titled_person_cell(value: str, street_words: frozenset[str] = frozenset()) -> bool:
    """The whole cell is one or more titles then a name: ``Herr Schmidtke``, ``Dr A. Daniels``,
    ``Sig.ra Zamengo``, ``κα Ρόγγα``, ``tohtori Nevalainen``, ``DR. MATTHÄI``.

    Why: a guarantor or treating-doctor column often holds only a title and a surname, which no
    name list may know and which the street check takes for ``Dr[ive] ...``; the leading title is
    the evidence. ``street_words`` (lower case) rejects ``Dr Martin Luther King Blvd``.
    """
    words = value.split()
    n = 0
    while n < len(words) and _cell_title(words[n]):
        n += 1
    rest = words[n:]
    if not n or not rest or len(rest) > _CELL_MAX_NAME_WORDS:
        return False
    if words[0].rstrip(".").lower() in street_words and words[0].rstrip(".").lower() not in _SUFFIX_STREET_TITLES:
        return False  # ``Av. Paulista``: Avenida before a name, not the Turkish ``Av.`` (lawyer)
    names = 0
    for word in rest:
        bare = word.rstrip(",")
        if _CELL_INITIAL.fullmatch(bare) or bare.lower() in PARTICLES:
            continue
        bare = bare.rstrip(".")
        low = bare.lower()
        if not _CELL_NAME_WORD.fullmatch(bare) or low in _NOT_NAMES or low in street_words or _cell_title(low):
            return False
        names += 1
    return names >= 1
