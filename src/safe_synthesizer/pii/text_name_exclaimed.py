"""A name in the vocative before an exclamation mark, in any language: the whole clause between a comma (or a
greeting, or a preposition after one) and ``!`` is a person's name (``Tratry ny andro nahaterahana, Rakotoarisoa
Hery!``, ``Kam na bane ni mauri n am bong ni bungiaki, Rimon Bauro!``, ``Parabéns ba loron moris, Abílio Amaral!``,
``Joyeux anniversaire à Balkissa Maïnassara !``, ``Thank you ئازاد!``, ``Mbote, Papy!``).

Why: greetings, wishes and thanks address their person by name, and every language words the greeting its own
way: a list of greeting phrases would hold the languages seen and miss the next one. The vocative's SHAPE does not
change: the addressed name closes the clause and the exclamation mark closes the name. So the reader ignores the
greeting's words and reads the clause: everything from the clause's start (a comma, semicolon, colon or dash, or
the end of an English or European greeting word or a preposition after it) to ``!`` must be one to four capitalised
words that may each be a name (:func:`text_name_word_kinds.name_word`, ``"sure"``: no place, title, month, role
noun or English word ``Great Job!``), particles inside; or, in a Latin note, one or two words of a script without
capitals. A clause with any other word (``, see you Friday!``) is no vocative.

Example::

    exclaimed_name_spans("Tratry ny andro nahaterahana, Rakotoarisoa Hery! Teraka tamin'ny 15 07 1958")
    # [(30, 47, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity, name_word, note_script
from safe_synthesizer.pii.text_street_vocab import PREFIXES, SPACED_TYPES
from safe_synthesizer.pii.titles import is_title

__all__ = ["exclaimed_name_spans"]

_CASELESS = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0780-\u07bf\u08a0-\u08ff\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff"
    "\u1000-\u109f\u10a0-\u10ff\u1200-\u139f\u1780-\u17ff\u200c\u200d"
)
# The clause before "!" reaches back to the sentence's start, 80 characters at most.
_MAX_CLAUSE = 80
_SENTENCE_END = "!?.\n"
# Greeting and thanks words of English and the main European languages whose end opens the vocative when no comma
# does (``Thank you Gail!``, ``Danke Jonas!``), and the prepositions after a wish (``Joyeux anniversaire à X !``).
_GREETING_END = re.compile(
    r"(?i:\b(?:thank[ \t]+you|thanks|thx|ty|hi|hello|hey|dear|welcome|congratulations|congrats|cheers|bye|"
    r"goodbye|merci|bonjour|salut|danke|hallo|gracias|hola|grazie|ciao|obrigad[oa]|ol[áa]|bedankt|dank[ \t]+je|"
    r"tak|tack|hej|kiitos|dzięki|děkuji|gefeliciteerd|proficiat|félicitations|felicidades|felicitaciones|"
    r"parabéns|auguri|glückwunsch|bravo|[àa]|aan|an|to|for|para|pour|per|für|voor))[ \t]+"
)
_LATIN_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*\.?")
_SCRIPT_WORD = re.compile(f"[{_CASELESS}]+")
_MAX_WORDS = 4
_STREET = frozenset(w.lower() for w in (*PREFIXES, *SPACED_TYPES))


def _latin_name(words: list[str]) -> bool:
    named = [w for w in words if w.lower() not in PARTICLES]
    if not named or len(named) > _MAX_WORDS or words[0].lower() in PARTICLES:
        return False
    for w in named:
        probe = w.title() if w.isupper() and len(w) > 1 else w
        if not probe[:1].isupper() or w.endswith(".") or is_title(w) or w.lower() in _STREET:
            return False
        if not name_word(probe, "sure"):
            return False
    return True


def _clauses(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each clause closed by ``!`` (one space before the mark allowed), back to the sentence's
    start or 80 characters."""
    out = []
    pos = text.find("!")
    while pos >= 0:
        end = pos - 1 if pos > 0 and text[pos - 1] in " \t" else pos
        start = end
        while start > 0 and end - start < _MAX_CLAUSE and text[start - 1] not in _SENTENCE_END:
            start -= 1
        if end > start:
            out.append((start, end))
        pos = text.find("!", pos + 1)
    return out


def _vocative(text: str, base: int, end: int) -> tuple[int, str] | None:
    """The vocative of the clause ``text[base:end]`` before ``!``: its offset and text, or ``None`` when nothing
    opens it."""
    clause = text[base:end]
    # The last greeting word of the clause opens the vocative ("Thanks a lot, thank you Gail!").
    greeting = next(reversed(list(_GREETING_END.finditer(text, base, end))), None)
    cut = max(clause.rfind(mark) for mark in ",;:—–")
    if greeting is not None and greeting.end() > base + cut:
        start = greeting.end()  # "Thank you Gail!", "Joyeux anniversaire à Gail !"
    elif cut >= 0:
        start = base + cut + 1  # "Tratry ny andro nahaterahana, Rakotoarisoa Hery!"
    else:
        return None
    body = text[start:end]
    lead = len(body) - len(body.lstrip(" \t"))
    return start + lead, body.strip(" \t")


def exclaimed_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names in the vocative before ``!`` (see the module docstring)."""
    if not text or "!" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    latin_note: bool | None = None
    for base, end in _clauses(text):
        found = _vocative(text, base, end)
        if found is None:
            continue
        offset, body = found
        if not body or any(ch.isdigit() for ch in body):
            continue
        words_latin = [w for w in _LATIN_WORD.findall(body) if not _SCRIPT_WORD.search(w)]
        words_script = _SCRIPT_WORD.findall(body)
        if words_script and not words_latin:
            if latin_note is None:
                latin_note = note_script(text) == "LATIN"
            # Another script's words in a Latin note's vocative: "Thank you ئازاد!".
            if latin_note and len(words_script) <= 2 and " ".join(words_script) == " ".join(body.split()):
                out.append((offset, offset + len(body), "name" if " " in body else "first_name"))
            continue
        if words_script or " ".join(words_latin) != " ".join(body.split()):
            continue  # other signs inside ("&", quotes, emoji): not a bare name
        if _latin_name(words_latin):
            value = " ".join(w for w in words_latin if w.lower() not in PARTICLES)
            out.append((offset, offset + len(body), name_entity(value.title() if value.isupper() else value)))
    return out
