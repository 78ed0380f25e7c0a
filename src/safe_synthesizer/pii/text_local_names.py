"""Names in Amharic (Ethiopic script), Albanian and Irish notes, which no name list or NER model here reads.

- Amharic and Tigrinya: one to three Ethiopic words after a name cue of the language (``ስሜ ... ነው`` "my name
  is", ``እኔ ... ነኝ`` "I am", ``ስም:`` "name:", the titles ``አቶ`` Mr, ``ወ/ሮ`` Mrs, ``ወ/ሪት`` Miss, ``ዶ/ር`` Dr,
  ``ሻምበል``..., Tigrinya ``ሽመይ``), ending at the copula (``ነው``, ``ነኝ``, ``እዩ``), punctuation (``።``, ``፣``) or a
  non-Ethiopic character. Ethiopians write a given name and the father's name, no capitals to go by, so the
  cue is required.
- Albanian: capitalised words after ``quhem`` / ``më quajnë`` (I am called), ``emri im është`` (my name is),
  ``Zoti``/``z.`` (Mr), ``Zonja``/``znj.`` (Mrs), ``Zonjusha`` (Miss).
- Irish: a given name and an Irish surname particle and surname (``Seán Ó Briain``, ``Aoife Ní Bhriain``,
  ``Pádraig Mac Cárthaigh``, ``Síle Nic Giolla Phádraig``, ``Máire Uí Cheallaigh``): the particle makes it a
  name without a cue; and capitalised words after ``Is mise`` (I am), ``an tUasal`` (Mr), ``Bean`` (Mrs),
  ``m'ainm`` / ``is é m'ainm`` (my name).

Example::

    local_name_spans("ሰላም፣ ስሜ አበበ ከበደ ነው። በ21/02/1975 ተወለድኩ።")  # [(8, 15, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["local_name_spans"]

_ET = "\u1200-\u135f"  # letters and marks; 1360-1368 are punctuation (። ፣), then numbers
_ET_WORD = rf"[{_ET}](?:[{_ET}]|/(?=[{_ET}]))*"
# Ethiopic words after a cue that are no part of a name: copulas, pronouns, "and", "from", "called".
_ET_STOP = frozenset(
    {"ነው", "ነኝ", "ነች", "ናቸው", "እዩ", "እየ", "እባላለሁ", "ይባላል", "ትባላለች", "እና", "ከ", "የ", "ጋር", "ደግሞ", "እኔ", "ስሜ",
     "ስም", "ስልክ", "ቁጥር", "አድራሻ", "ደውዬ", "ደውሉልኝ", "እባክዎ", "ሰላም", "ጤና", "ይስጥልኝ"}
)  # fmt: skip
_ET_CUE = re.compile(
    rf"(?<![{_ET}])(?:ስሜ|ስሟ|ስሙ|ስም[ \t]*[:፡]|የታካሚው[ \t]+ስም|የታካሚዋ[ \t]+ስም|ሽመይ|ሽመይ[ \t]*[:፡]|እኔ|ኣነ|አቶ|ወ/ሮ|ወይዘሮ|ወ/ሪት|"
    rf"ወይዘሪት|ዶ/ር|ዶክተር|ሻምበል|ሻለቃ|ኮሎኔል|ፕሮፌሰር|ኣቶ)(?![{_ET}])[ \t:፡]*"
    rf"(?P<run>{_ET_WORD}(?:[ \t]+{_ET_WORD}){{0,2}})"
)

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOW = "a-zß-öø-ÿĀ-ſ"
_CAP = rf"[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)?"
# Irish given name + particle + surname; the particle may be followed by a lenited or eclipsed capital
# ("Ní Bhriain", "Uí Cheallaigh", "Mac an Bhaird", "Nic Giolla Phádraig", "Ó hAodha", "Ó Súilleabháin").
_IRISH_PARTICLE = r"(?:Ó|O'|Ní|Nic|Mac|Mhic|Uí|Mag|Ua)"
_IRISH_SURNAME = rf"(?:an[ \t]+|h|n|t)?[{_UP}][{_LOW}]+(?:[ \t]+(?:an[ \t]+)?[{_UP}][{_LOW}]+)?"
_IRISH_NAME = re.compile(
    rf"(?<![{_UP}{_LOW}'’\-])(?P<name>{_CAP}(?:[ \t]+{_CAP})?[ \t]+{_IRISH_PARTICLE}[ \t]+{_IRISH_SURNAME})"
    rf"(?![{_LOW}])"
)
_LATIN_CUE = re.compile(
    # Albanian, then Irish cues; one to three capitalised words after them.
    rf"(?:(?<![{_UP}{_LOW}])(?:[Qq]uhem|[Mm]ë[ \t]+quajnë|[Ee]mri[ \t]+im[ \t]+(?:është|eshte)|[Ee]mri[ \t]*:|"
    rf"Zoti|Zonja|Zonjusha|[Zz]\.|[Zz]nj\.|[Ii]s[ \t]+mise|an[ \t]+tUasal|[Mm]'ainm[ \t]+(?:ná|is)?|"
    rf"[Ii]s[ \t]+é[ \t]+m'ainm)"
    rf"[ \t:]+)(?P<run>{_CAP}(?:[ \t]+(?:{_IRISH_PARTICLE}[ \t]+)?{_CAP}){{0,2}})"
)
# Capitalised words after a cue that are no name (sentence words, places, "Doktor").
_LATIN_STOP = frozenset({"Dhe", "Nga", "Në", "Ne", "Tek", "Jam", "Doktor", "Dr", "An", "Agus", "Ar", "Sa", "I", "Is"})


def _ethiopic(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _ET_CUE.finditer(text):
        start, words = m.start("run"), []
        for w in re.finditer(rf"{_ET_WORD}", m.group("run")):
            if w.group() in _ET_STOP or (w.group().startswith(("በ", "ከ")) and len(words) >= 2):
                break
            words.append((start + w.start(), start + w.end()))
        # A given name and the father's name; a third word is more often the sentence's verb (ተደውሏል) than
        # the grandfather's name, unless the copula closes the name (ስሜ አበበ ከበደ ተሰማ ነው).
        closed = re.match(rf"[ \t]*(?:ነው|ነኝ|እዩ|እየ)(?![{_ET}])", text[words[-1][1] :]) if words else None
        words = words if closed else words[:2]
        if words:
            out.append((words[0][0], words[-1][1], E.NAME))
    return out


def _latin(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start("name"), m.end("name"), E.NAME) for m in _IRISH_NAME.finditer(text)]
    for m in _LATIN_CUE.finditer(text):
        end = None
        for w in re.finditer(r"\S+", m.group("run")):
            if w.group() in _LATIN_STOP:
                break
            end = m.start("run") + w.end()
        if end is not None:
            out.append((m.start("run"), end, E.NAME))
    return out


def local_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names of the module docstring's rules in ``text`` (overlaps resolved by the caller)."""
    out: list[tuple[int, int, str]] = []
    if re.search(f"[{_ET}]", text):
        out += _ethiopic(text)
    return out + _latin(text)
