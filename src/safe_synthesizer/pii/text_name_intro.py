"""Lone given names that an introduction or a family word marks, and surnames after local titles.

- ``hi its Emma from ...``, ``hallo hier ist Kirstin``, ``hola soy Inés``, ``slt c Noémi``, ``hej
  det är Anton``, ``hej tu Daniel``, ``bok, ja sam Leon``, ``merhaba ben Abdiş``, ``oi aqui é Íris``,
  ``hoi met Sven``, ``moi täällä Heidi``, ``γεια ειμαι ο Δρόσος``, ``szia Petra vagyok``: a
  capitalised word after a self-introduction is the writer's given name. The NER model reads many
  of them as places (``hallo hier ist Bad Kreuznach`` was the fake); a listed given name after any
  of these cues is a first name, and after the unambiguous ones (``my name is``, ``ich bin``, ``je
  m'appelle``) any capitalised word that is no town, common word, title or month.
- ``my husband Caleb got charged``, ``Tochter Anna rief an``: a listed given name right after a
  family or role word (:data:`ROLE_WORDS`); ``my mate Bell``, ``mi amiga Blanco``: a capitalised listed
  family name there is a surname.
- ``syster Nilsson``, ``tohtori Salo``, ``hr. Rønning``, ``g. Vrhovec``, ``dna. Lupu``, ``κ.
  Μάστορας``, ``Δρ. Ρήγας``: titles of the languages :mod:`titles` does not list, or lists only
  capitalised; the capitalised word after them is a surname (``LAST_NAME``).
- ``Aláírás: C. Orosz``, ``Υπογραφή: Σ. Παναγιωτακοπούλου``: an initial and a surname after a
  signature label of any language.

Example::

    intro_name_spans("hallo hier ist Kirstin, syster Nilsson ringer")
    # [(15, 22, 'first_name'), (31, 38, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names, greek_family, greek_given, greek_key
from safe_synthesizer.pii.text_name_lower import ROLE_WORDS
from safe_synthesizer.pii.titles import is_title

__all__ = ["intro_name_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠȘŢȚŤŦŨŪŬŮŰŲŴŶŸŹŻŽ\u0386\u0388-\u038f\u0391-\u03ab"
_LOW = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšșţțťŧũūŭůűųŵŷźżž\u03ac-\u03ce"
_CAP = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_END = r"(?![\w'’\-])"
# Cues after which a listed given name is the writer's own (any case; several languages).
_INTRO_CUES = frozenset(
    """its|it's|it’s|it is|this is|here is|here's|i'm|i’m|im|i am|hier ist|hier is|soy|sono|c|c'est|det är|det er|
    tu|tady|tady je|ja sam|ovdje|ben|aqui é|aqui|aquí|met|sunt|eu sunt|täällä|olen|ειμαι ο|είμαι ο|ειμαι η|
    είμαι η|εδώ|je suis|ik ben|jestem|ich bin|mi chiamo|me llamo|jag heter|jeg heter|jeg hedder|my name is""".replace(
        "\n", ""
    )
    .replace("    ", "")
    .split("|")
)
# Cues that say a name follows whatever the word is.
_STRONG = frozenset(("my name is", "ich bin", "je suis", "ik ben", "jestem", "mi chiamo", "me llamo", "jag heter",
                     "jeg heter", "jeg hedder", "ja sam", "eu sunt"))  # fmt: skip
# Short cues that are words or names when capitalised ("Ben Smith", "Met Office", "Tu Madre").
_LOWER_ONLY = frozenset(("c", "ben", "met", "tu", "sono", "soy", "aqui", "im"))
# A capitalised word after a space: the candidates every rule below looks behind.
_CANDIDATE = re.compile(rf"(?<=[ \t])(?P<first>{_CAP}){_END}")
_NEXT = re.compile(rf"[ \t]+(?P<last>{_CAP}){_END}")
_BEFORE = re.compile(r"[^\s,;:!?()]+")
# Hungarian puts the verb after the name ("szia Petra vagyok").
_HU_INTRO = re.compile(rf"(?<![\w'’])(?P<first>{_CAP})[ \t]+vagyok{_END}")
# Titles and honorifics missing from :mod:`titles` (or kept there for capitalised use only), written
# out in full (no dot needed) ...
_LOCAL_TITLES = frozenset(
    """syster sköterska doktor fru herr frøken tohtori rouva herra neiti sairaanhoitaja gospodin gospođa domnul
    doamna doamnei domnului pán pani paní úr gđa gđica gospa κύριος κυρία κύριο κυρίου""".split()  # noqa: SIM905
)
# ... and abbreviations, only with their dot ("g. Vrhovec", "κ. Μάστορας"): one letter alone is an initial.
_ABBREVIATED_TITLES = frozenset(
    "g gđa gđica gosp hr frk dr dl dna d-na d-l κ κα κος δρ dott sig sr sra p".split()  # noqa: SIM905
)
# One-letter titles ("p. Urbonas": Lithuanian ponas/ponia, Polish pan/pani) are also initials and page
# marks: only a listed family name that is no ordinary word follows them as a surname.
_LETTER_TITLES = frozenset(("p",))
_SIGNATURE = re.compile(
    r"(?i:signed|signature|sign|unterschrift|gezeichnet|signé|signature|firmado|firma|firmato|getekend|"
    r"ondertekend|underskrift|underskrevet|allekirjoitus|podpis|podepsáno|assinado|assinatura|aláírás|"
    r"semnătura|semnat|potpis|potpisano|imza|υπογραφή)"
    rf"[ \t]*:[ \t]*(?:[{_UP}]\.[ \t]*){{1,2}}(?P<last>{_CAP}){_END}"
)
_CALENDAR = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december")
)  # fmt: skip
_GREEK = re.compile("[\u0370-\u03ff]")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(ordinary words, places), lower case."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    ordinary = latin_stop_words() | common_words() | english_vocabulary(("adj", "verb", "adv")) | _CALENDAR
    return frozenset(ordinary), gazetteers.all_cities() | gazetteers.all_regions()


def _listed_given(word: str) -> bool:
    if _GREEK.search(word):
        return greek_key(word) in greek_given()
    low = word.lower()
    return low in given_names() or low.split("-")[0] in given_names()


def _listed_family(word: str) -> bool:
    if _GREEK.search(word):
        return greek_key(word) in greek_family()
    low = word.lower()
    return low in family_names() or low.split("-")[-1] in family_names()


def _plain_word(word: str) -> bool:
    """A capitalised word that can only be a name: no ordinary word, place or title."""
    ordinary, places = _words()
    low = word.lower()
    return low not in ordinary and low not in places and not is_title(word)


def _cue_before(text: str, start: int) -> tuple[str, str, str] | None:
    """(the one word, the two words, the three words) before ``start`` on its line, as written."""
    line = text.rfind("\n", 0, start) + 1
    words = _BEFORE.findall(text, max(line, start - 40), start)
    if not words:
        return None
    return words[-1], " ".join(words[-2:]), " ".join(words[-3:])


def _introduced(text: str, start: int, cues: tuple[str, str, str]) -> str | None:
    """The introduction cue right before ``start`` (lower case), if any."""
    gap = text[:start].rstrip(" \t")
    for cue in cues:
        low = cue.lower()
        if low in _INTRO_CUES and gap.rstrip(",").endswith(cue):
            if low in _LOWER_ONLY and cue != low:
                return None
            return low
    return None


def _title_before(word: str) -> bool:
    low = word.lower()
    if low.endswith("."):
        return low[:-1] in _ABBREVIATED_TITLES
    return low in _LOCAL_TITLES


def _candidates(text: str) -> list[tuple[int, int, str]]:
    ordinary, _ = _words()
    out = []
    for m in _CANDIDATE.finditer(text):
        first = m.group("first")
        cues = _cue_before(text, m.start())
        if cues is None:
            continue
        cue = _introduced(text, m.start(), cues)
        if cue is not None:
            listed = _listed_given(first) and first.lower() not in ordinary
            if listed or (cue in _STRONG and _plain_word(first)):
                nxt = _NEXT.match(text, m.end())
                if nxt and _listed_family(nxt.group("last")) and _plain_word(nxt.group("last")):
                    out.append((m.start(), nxt.end(), E.NAME))
                else:
                    out.append((m.start(), m.end(), E.FIRST_NAME))
            continue
        word = cues[0]
        role = word.lower() in ROLE_WORDS
        if role and _listed_given(first) and first.lower() not in ordinary:
            out.append((m.start(), m.end(), E.FIRST_NAME))
        elif role and _role_surname(first):
            out.append((m.start(), m.end(), E.LAST_NAME))
        elif _title_before(word) and (_listed_family(first) or _plain_word(first)):
            if word.rstrip(".").lower() in _LETTER_TITLES and (not _listed_family(first) or first.lower() in ordinary):
                continue
            out.append((m.start(), m.end(), E.LAST_NAME))
    return out


def _role_surname(word: str) -> bool:
    """A capitalised listed family name after a role word ("my mate Bell", "mi amiga Blanco"): capitalised
    inside a sentence, after a word naming a person, an ordinary word that is a surname counts too; function
    words, towns, months and titles do not."""
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    low = word.lower()
    _, places = _words()
    if low in latin_stop_words() or low in _CALENDAR or is_title(word):
        return False
    if low in places and low not in gazetteers.last_names():
        return False
    return _listed_family(word)


def _hungarian(text: str) -> list[tuple[int, int, str]]:
    if "vagyok" not in text:
        return []
    return [(m.start("first"), m.end("first"), E.FIRST_NAME) for m in _HU_INTRO.finditer(text)
            if _listed_given(m.group("first"))]  # fmt: skip


def _signatures(text: str) -> list[tuple[int, int, str]]:
    if ":" not in text:
        return []
    out = []
    for m in _SIGNATURE.finditer(text):
        last = m.group("last")
        if _listed_family(last) or _plain_word(last):
            out.append((m.start("last"), m.end("last"), E.LAST_NAME))
    return out


# Titles written in lower case before a lower-case surname in chat and minutes ("mr kelly", "dr. chapman").
# Titles that are also words or names somewhere ("mr", "pan", "bay", "don") and one-letter abbreviations
# (Lithuanian and Polish "p.", French "m.", Croatian "g.": dot required) need a surname that is no
# ordinary word; titles that are nothing else ("mevr.", "doktor", "tohtori", "bayan", "frau") take any
# listed family name that is no function word or place ("frau held", "dl. dobre", "mevr. vegt").
_AMBIGUOUS_LOWER = "mr|mrs|ms|miss|dr|prof|hr|fr|pan|bay|sr|dl|don|tri|pr"
_CLEAR_LOWER = (
    "herr|frau|fru|herra|rouva|neiti|tohtori|toht|doktor|dhr|mevr|mevrouw|meneer|mw|mme|mlle|sig|signor|signora|"
    "sig\\.ra|sra|srta|señor|señora|doña|dott|dott\\.ssa|bayan|sayın|dna|d-na|gđa|gđica|gosp|gospodin|gospođa|"
    "pani|paní|pán|domnul|doamna|dra|mudr|mvdr|judr|phdr|rndr|mgr"
)
# Professional titles that are English syllables or words without their dot ("ing.", "eng.", "lic.", "inż.").
_DOTTED_LOWER = "ing|eng|lic|inż|arch|mag|ir"
_LOWER_TITLED = re.compile(
    rf"(?<![\w'’.\-])(?P<title>(?:{_CLEAR_LOWER}|{_AMBIGUOUS_LOWER})\.?|[pmg]\.|(?:{_DOTTED_LOWER})\.)[ \t]+"
    r"(?P<last>(?:(?:van|von|de|der|den|da|di|dos|das|du|del|della|le|la|ten|ter)[ \t]+){0,2}"
    r"[^\W\d_A-Z][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*)(?![\w'’])"
)
_CLEAR_TITLES = frozenset(_CLEAR_LOWER.replace("\\", "").split("|"))
_DOTTED_TITLES = frozenset(_DOTTED_LOWER.split("|"))
_MISTER = frozenset(("mr", "mrs"))
# A line of a chat export: a date and a time open it ("30/03/2024, 7:46 pm - ", "[05/27/2025, 21:05] ").
_CHAT_LINE = re.compile(r"(?m)^[ \t]*\[?\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4},?[ \t]+\d{1,2}[:.]\d{2}")


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("adj",))


def _unknown_word(word: str) -> bool:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary
    from safe_synthesizer.pii.text_name_lower_cues import _inflected

    ordinary, _ = _words()
    return (
        len(word) >= 4
        and word.isalpha()
        and word not in ordinary
        and word not in english_vocabulary()
        and not _inflected(word)
    )


def _lower_titled(text: str) -> list[tuple[int, int, str]]:
    """``mr kelly``, ``pani łosiak``: a listed family name in lower case after a lower-case title."""
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    ordinary, places = _words()
    chat = _CHAT_LINE.search(text) is not None
    out = []
    for m in _LOWER_TITLED.finditer(text):
        last = m.group("last").split()[-1]  # "m. da costa", "mme dos santos": particles belong to the span
        title = m.group("title").rstrip(".")
        if len(last) < 3 or not last.islower() or last in places:
            continue
        # After a title that is nothing else ("sra.", "ing."), a word no vocabulary holds is the surname the
        # lists lack ("sra. colmenares", "ing. molinari").
        unlisted_ok = (title in _CLEAR_TITLES or title in _DOTTED_TITLES) and _unknown_word(last)
        if not _listed_family(last) and not unlisted_ok:
            continue
        # In a chat export (lines opening with a date and time) "mr"/"mrs" in lower case are the writer's
        # titles: a noun or verb that is a listed family name counts after them ("mr hill next door", "mrs
        # lamb"); an adjective describes ("spoke to mrs young today"). Reviews keep their pop-culture
        # references ("a mr rogers sort of day"); "dr", "ms", "pan", "don" are words too.
        clear = title in _CLEAR_TITLES or (
            title in _MISTER and chat and last in gazetteers.last_names() and last not in _adjectives()
        )
        if last in latin_stop_words() or (not clear and last in ordinary):
            continue
        out.append((m.start("last"), m.end("last"), E.LAST_NAME))
    return out


def intro_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Introduced given names, role-word names and titled surnames; overlaps resolved by the caller."""
    return _candidates(text) + _hungarian(text) + _signatures(text) + _lower_titled(text)
