"""Person names in Cyrillic notes (Ukrainian, Russian, Bulgarian), which the English NER model never reads.

Evidence is Faker's ``uk_UA``/``ru_RU``/``bg_BG`` given-name, patronymic and family-name lists (via
:mod:`validators.scripts`, offline) plus the shape of East Slavic and Bulgarian surnames
(``-енко``, ``-чук``, ``-ов``/``-ова``, ``-ський``/``-ська``, ``-ич``):

- two or three Cyrillic words in one case (``Ольга Наливайко``, ``ААРОН ЧАЛЕНКО``, ``дан шахрай``,
  ``Клавдия Николаевна Селезнева``) with a listed given name (or patronymic) and a listed or
  surname-shaped family name; the family name may come first, also before a comma (``Бебешко, Ольга``).
  Lower-case words count only when both parts are listed: lower-case prose has no capitals to go by;
- initials and a surname (``Л. Яковенко``, ``І. П. Шевченко``, ``Шевченко Т. Г.``);
- a title (``пан``, ``пані``, ``д-р``, ``лікар``, ``гр.``, ``г-н``, ``господин``) and the words after it
  (``пан Чабан``, ``пані Ольга Сич``); after a lower-case title a lower-case word needs to be a listed
  family name (``пан цибуленко``, not ``пан директор``);
- a role noun (``свідок``, ``пацієнт``, ``абонент``, ``свидетель``) and a listed or surname-shaped word.

Example::

    cyrillic_name_spans("присутні Л. Яковенко та Бебешко, Ольга. Завдання: пан Чабан телефонує")
    # [(9, 20, 'name'), (24, 38, 'name'), (50, 59, 'last_name')]
"""

from __future__ import annotations

import itertools
import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cyrillic_belarusian import (
    belarusian_given,
    belarusian_patronymic,
    belarusian_surname_shaped,
)
from safe_synthesizer.pii.text_name_kazakh import KAZAKH_GIVEN, kazakh_name_spans
from safe_synthesizer.pii.text_name_south_slavic import (
    SOUTH_SLAVIC_TITLES,
    south_slavic_family,
    south_slavic_given,
    south_slavic_shaped,
)
from safe_synthesizer.pii.validators import scripts as S

__all__ = ["CYRILLIC", "cyrillic_name_spans", "has_cyrillic"]

#: Cyrillic letters (the whole block: Ukrainian ``ї є ґ``, Serbian ``ђ ј``, Belarusian ``ў``).
CYRILLIC = "\u0400-\u04ff"
_APOS = "'ʼ’"
_UP = "А-ЯЁІЇЄҐЎЂЈЉЊЋЏЃЌЅ"
# An apostrophe between letters is part of the word ("Дар'я"); a quote around it is not ("love айдос омаров'").
_TOKEN = re.compile(
    rf"(?<![\w\-])(?<!\w[{_APOS}])[{CYRILLIC}](?:[{CYRILLIC}{_APOS}\-]*[{CYRILLIC}])?(?![\w]|[{_APOS}]\w)"
)
_ANY_CYRILLIC = re.compile(f"[{CYRILLIC}]")
_LATIN_WORD = re.compile("[A-Za-z]{2,}")
_CYRILLIC_WORD = re.compile(f"[{CYRILLIC}]{{2,}}")
# Family-name endings of Ukrainian, Russian and Bulgarian surnames (of five letters or more).
_SURNAME_SHAPE = re.compile(
    r"(?:енко|єнко|чук|щук|юк|ук|ишин|ович|евич|ович|ов|ова|ев|ева|єв|єва|ін|іна|ин|ина|ын|ына|ський|ська|"
    r"цький|цька|зький|зька|ский|ская|цкий|цкая|ски|ска|ич|ак|як|ко)$"
)
_PATRONYMIC = re.compile(r"(?:ович|евич|йович|ич|овна|евна|ична|инична|інична|ївна|івна|йовна)$")
# The patronymic endings no other word of Russian, Ukrainian or Belarusian takes (``-ич``/``-ична`` also end
# adjectives such as ``логична``): a word so ended after a given name is the father's name.
_STRICT_PATRONYMIC = re.compile(r"(?:ович|евич|овна|евна|ївна|івна)$")
_TITLES = frozenset(
    [
        "пан",
        "пані",
        "панна",
        "пане",
        "паню",
        "добродій",
        "добродійка",
        "д-р",
        "др",
        "доктор",
        "докторка",
        "лікар",
        "лікарка",
        "лікаря",
        "проф",
        "професор",
        "професорка",
        "гр",
        "громадянин",
        "громадянка",
        "г-н",
        "г-жа",
        "г-ца",
        "господин",
        "господина",
        "госпожа",
        "госпожи",
        "гражданин",
        "гражданка",
        "врач",
        "врача",
        "тов",
        "товариш",
        "товарищ",
        "инж",
        "інж",
        "адв",
        "адвокат",
        "нотаріус",
        "нотариус",
    ]
)
_TITLES |= SOUTH_SLAVIC_TITLES  # Macedonian and Serbian courtesy titles (г-дин, г-ѓа, гђа)
_ABBREVIATED = frozenset({"д-р", "др", "проф", "гр", "тов", "инж", "інж", "адв", "г-н", "г-жа", "г-ца"})
_ABBREVIATED |= {"г-дин", "г-ѓа", "гђа"}
_ROLES = frozenset(
    [
        "свідок",
        "свідка",
        "свідки",
        "свидетель",
        "свидетельница",
        "пацієнт",
        "пацієнтка",
        "пациент",
        "пациентка",
        "абонент",
        "абонентка",
        "заявник",
        "заявниця",
        "заявитель",
        "заявительница",
        "потерпілий",
        "потерпіла",
        "потерпевший",
        "потерпевшая",
        "водій",
        "водитель",
        "клієнт",
        "клієнтка",
        "клиент",
        "клиентка",
        "орендар",
        "орендарка",
        "арендатор",
        "власник",
        "власниця",
        "владелец",
        "менеджер",
        "старший",
        "керівник",
        "відповідальний",
        "ответственный",
        "учень",
        "ученик",
        "студент",
        "студентка",
        "вчитель",
        "учитель",
        "медсестра",
        "фельдшер",
        "свидетелка",
        "пациентът",
        "клиентът",
    ]
)


def has_cyrillic(text: str) -> bool:
    """Any Cyrillic letter in ``text`` (the gate of the Cyrillic rules)."""
    return _ANY_CYRILLIC.search(text) is not None


def _style(word: str) -> str | None:
    """``title``, ``upper`` or ``lower``: the case a word is written in (``None`` when mixed)."""
    parts = [p for p in re.split(rf"[\-{_APOS}]", word) if p]
    if len(word) >= 2 and word.isupper():
        return "upper"
    if word.islower():
        return "lower"
    if parts and parts[0][:1].isupper() and all(p[1:] == p[1:].lower() for p in parts):
        return "title"
    return None


def _given(word: str) -> bool:
    """A listed given name: Faker's Russian, Ukrainian, Bulgarian lists, Serbian, Kazakh or Belarusian ones."""
    key = S._key(word)
    return key in S.given_names("cyrillic") or south_slavic_given(word) or key in KAZAKH_GIVEN or belarusian_given(word)


def _kinds(word: str, position: int) -> set[str]:
    """What a word may be: ``G`` listed given name (or a patronymic after the first word), ``P`` a patronymic
    by its unambiguous ending, ``F`` listed family name, ``f`` surname-shaped (five letters or more)."""
    key = S._key(word)
    out = set()
    if _given(word):
        out.add("G")
    if position > 0 and len(key) >= 6 and _PATRONYMIC.search(key):
        out.add("G")
    if position > 0 and ((len(key) >= 7 and _STRICT_PATRONYMIC.search(key)) or belarusian_patronymic(word)):
        out |= {"G", "P"}
    if key in S.family_names("cyrillic") or south_slavic_family(word):
        out.add("F")
    if (len(key) >= 5 and _SURNAME_SHAPE.search(key)) or south_slavic_shaped(word) or belarusian_surname_shaped(word):
        out.add("f")
    if len(key) >= 5 and key.endswith(("ић", "иќ")):
        out.add("S")  # only Serbian and Macedonian surnames end so: enough in lower case beside a listed given name
    return out


# Titles, offices and words that stand before a Serbian surname without being a given name.
_NOT_GIVEN = frozenset(
    """господин госпођа госпођица доктор професор министар председник директор тренер тим улица булевар
    породица брат сестра отац мајка син ћерка деда бака кум кума колега колегиница капитен судија адвокат
    инжењер генерал пуковник мајор""".split()  # noqa: SIM905
)


def _is_name(words: list[str], style: str, comma: bool, latin_note: bool = False) -> bool:
    kinds = [_kinds(w, i) for i, w in enumerate(words)]
    family = {"F", "S"} if style == "lower" else {"F", "f"}
    if style == "lower" and (latin_note or any("P" in k for k in kinds)):
        # A patronymic says a person is named; Cyrillic words inside Latin prose are no Cyrillic prose.
        family = {"F", "S", "f"}
    if not comma and "P" in kinds[1] and ("G" in kinds[0] or _unlisted_given(words[0], style)):
        # Given name and patronymic ("Алесь Янкаавіч"), then the family name when there is a third word.
        return len(words) == 2 or style != "lower" or latin_note or bool(kinds[2] & family)
    if comma:  # "Бебешко, Ольга": the family name first
        return bool(kinds[0] & family) and "G" in kinds[1] and all(k for k in kinds)
    if len(words) == 2 and style != "lower" and not kinds[0] and "S" in kinds[1]:
        # "Злата Перишић": an -ић surname names a person beside a capitalised word no list holds (Serbian
        # given names are many), unless that word is a title, office or town.
        return len(words[0]) >= 3 and words[0].lower() not in _NOT_GIVEN and not S.script_town(words[0])
    if latin_note and style != "lower" and len(words) == 2 and any("G" in k for k in kinds):
        # In Latin prose two capitalised Cyrillic words beside each other, one a listed given name, are a
        # person whatever the other is ("Companion Дзмітрый Козел"), unless one is a town.
        return not any(S.script_town(w) for w in words)
    if not all(k for k in kinds):
        return False
    return any("G" in k and any(kinds[j] & family for j in range(len(kinds)) if j != i) for i, k in enumerate(kinds))


def _unlisted_given(word: str, style: str) -> bool:
    """A capitalised word no list holds may stand before a patronymic as the given name, unless it is a title,
    an office or a town."""
    key = word.lower()
    if style == "lower" or len(word) < 3 or key in _NOT_GIVEN or key in _TITLES:
        return False
    return not S.script_town(word)


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _joined(text: str, a: re.Match[str], b: re.Match[str]) -> str | None:
    """How two neighbouring words are joined: ``" "`` (spaces), ``","`` (a comma), else ``None``."""
    gap = text[a.end() : b.start()]
    if re.fullmatch(r"[ \t]+", gap):
        return " "
    if re.fullmatch(r",[ \t]+", gap):
        return ","
    return None


def _latin_note(text: str) -> bool:
    """More Latin words than Cyrillic ones: the Cyrillic words are names or places set in Latin prose (words,
    not letters: a Kazakh name and patronymic outweigh "Gift for" in letters)."""
    return len(_LATIN_WORD.findall(text)) > len(_CYRILLIC_WORD.findall(text))


def _full_names(text: str, tokens: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    out, i = [], 0
    latin_note = _latin_note(text)
    while i < len(tokens):
        found = 0
        for n in (3, 2):
            group = tokens[i : i + n]
            if len(group) < n:
                continue
            joins = [_joined(text, a, b) for a, b in itertools.pairwise(group)]
            if None in joins or "," in joins[1:]:
                continue
            styles = {_style(m.group()) for m in group}
            if styles == {"lower", "title"}:
                styles = {"lower"}  # typed in a hurry ("иринеус Кобиларов"): both parts listed, as in lower case
            if len(styles) != 1 or None in styles:
                continue
            if _is_name([m.group() for m in group], styles.pop(), comma=joins[0] == ",", latin_note=latin_note):
                out.append((group[0].start(), group[-1].end(), E.NAME))
                found = n
                break
        i += found or 1
    return out


_INITIALS = rf"[{_UP}]\.[ \t]?(?:[{_UP}]\.[ \t]?)?"
_TITLE_WORD = rf"[{_UP}][{CYRILLIC}{_APOS}\-]*[{CYRILLIC}]"
_INITIAL_FIRST = re.compile(rf"(?<![\w.]){_INITIALS}(?:{_TITLE_WORD})(?![\w{_APOS}])")
_INITIAL_AFTER = re.compile(rf"(?<![\w{_APOS}\-])({_TITLE_WORD})[ \t]+[{_UP}]\.(?:[ \t]?[{_UP}]\.)?")


def _initial_names(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), E.NAME) for m in _INITIAL_FIRST.finditer(text)]
    for m in _INITIAL_AFTER.finditer(text):
        if _kinds(m.group(1), 1) & {"F", "f"}:  # "Шевченко Т. Г.", not "Свідок К." before "К. Усик"
            out.append((m.start(), m.end(), E.NAME))
    return out


def _cued_names(text: str, tokens: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    out = []
    for i, cue in enumerate(tokens[:-1]):
        key = cue.group().lower()
        dotted = text.startswith(".", cue.end())
        if key not in _TITLES and key not in _ROLES:
            continue
        nxt = tokens[i + 1]
        # Only an abbreviation takes a dot ("гр. Коваль"); "товарищ. Потом" ends a sentence.
        if not re.fullmatch(r"\.?[ \t]+", text[cue.end() : nxt.start()]) or (dotted and key not in _ABBREVIATED):
            continue
        style = _style(nxt.group())
        kinds = _kinds(nxt.group(), 1)
        if key in _ROLES:
            # A role noun precedes many words ("пацієнт Київської лікарні"): a name must look like one.
            if style not in ("title", "upper") or not kinds & {"F", "f", "G"}:
                continue
        elif style is None or (style == "lower" and "F" not in kinds):
            continue
        end, entity = nxt.end(), E.LAST_NAME
        if i + 2 < len(tokens) and _joined(text, nxt, tokens[i + 2]) == " ":
            after = tokens[i + 2]
            if _style(after.group()) == style and _is_name([nxt.group(), after.group()], style, comma=False):
                end, entity = after.end(), E.NAME
        if entity == E.LAST_NAME and "G" in kinds and "F" not in kinds:
            entity = E.NAME  # "пані Ольга": a given name alone still names the person
        out.append((nxt.start(), end, entity))
    return out


def _names_in_latin_notes(text: str, tokens: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """In a note written in Latin letters a Cyrillic word stands out: a capitalised listed given or family
    name alone is a person ("pass to Михайло for 2nd round", "escalated to Теа"), a listed town is not."""
    if not _latin_note(text):
        return []
    out = []
    for m in tokens:
        word = m.group()
        if _style(word) not in ("title", "upper") or len(word) < 2 or S.script_town(word):
            continue
        if re.match(r"[ \t]*,?[ \t]*\d{3,6}(?!\d)", text[m.end() :]):
            continue  # "..., ет. 52, София, 2667": a town before its postcode, though also a given name
        key = S._key(word)
        if _given(word):
            out.append((m.start(), m.end(), E.NAME))
        elif key in S.family_names("cyrillic") or south_slavic_family(word):
            out.append((m.start(), m.end(), E.LAST_NAME))
    return out


def cyrillic_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Person-name spans in the Cyrillic parts of ``text`` (overlaps resolved by the caller)."""
    if not has_cyrillic(text):
        return []
    tokens = _tokens(text)
    out = _full_names(text, tokens) + _initial_names(text) + _cued_names(text, tokens)
    # Kazakh given names are in no Faker Cyrillic list: their own rule (family endings, Kazakh letters).
    return out + _names_in_latin_notes(text, tokens) + kazakh_name_spans(text)
