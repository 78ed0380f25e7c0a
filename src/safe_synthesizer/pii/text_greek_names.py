"""Greek surnames in Greek notes: after a title, after an initial, and written ``Surname, Given``.

The full-name rule of :mod:`.text_script_names` wants a listed given and a listed family name side
by side; a lone surname in Greek prose is left alone there, since capitalised Greek words are also
towns, streets and saints. Three layouts still mark a person:

- a title (``κ.``, ``κα``, ``κος``, ``Δρ.``, ``κυρία``, ``κύριος``, ``Καθ.``) and a Greek word, capitalised
  or not (``ζητήστε τον κα Μάνδαλος``, ``ο κα πανταζή``);
- an initial and a capitalised word (``Μάρτυρας Ι. Κουτεντάκης``, ``επικεφαλής Θ. Βαρδάκης``), unless a
  house number follows (``Ν. Κερασιάς 85`` is a street: ``Ν.`` for Νέα); the initial belongs to the span;
- a listed given name and a listed family name in lower case (``επικοινωνία ζαχαρίας ταχτσίδης``);
- a capitalised word, a comma and a listed given name (``Αποστολίδου, Μελπομένη``), when the first
  word is a listed family name or no listed given name or town.

Example::

    greek_surname_spans("Μάρτυρας Ι. Κουτεντάκης, ζητήστε τον κα πανταζή.")
    # [(40, 47, 'last_name'), (9, 23, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.validators import scripts as S

__all__ = ["GREEK_CAP", "GREEK_CHARS", "GREEK_UP", "greek_surname_spans"]

# Greek letters, and combining marks that some exports write apart (``Ϊ`` + acute: ``ΗΣΑΪ́ΑΣ``).
GREEK_CHARS = "\u0370-\u03ff\u1f00-\u1fff\u0300-\u036f"
GREEK_UP = (
    "\u0386\u0388-\u038f\u0391-\u03ab\u1f08-\u1f0f\u1f18-\u1f1d\u1f28-\u1f2f\u1f38-\u1f3f\u1f48-\u1f4d"
    "\u1f59-\u1f5f\u1f68-\u1f6f"
)
GREEK_CAP = rf"[{GREEK_UP}][{GREEK_CHARS}]+(?:-[{GREEK_UP}][{GREEK_CHARS}]+)?"
_WORD = rf"[{GREEK_CHARS}]{{2,}}(?:-[{GREEK_CHARS}]{{2,}})?"
_END = rf"(?![{GREEK_CHARS}\w\-])"
# Titles before a surname ("κ." Mr, "κα"/"κα." Mrs, "κος", "Δρ." Dr, "Καθ." Prof).
_TITLE = re.compile(
    rf"(?<![{GREEK_CHARS}\w])(?:κ\.|κα\.?|κος|κ/κα|κυρ\.|[Δδ]ρ\.?|Καθ\.|[Κκ]υρία|[Κκ]ύριος|[Κκ]υρίου|[Κκ]υρίας|"
    rf"[Κκ]ύριε)[ \t]+(?P<name>{_WORD}){_END}"
)
_INITIAL = re.compile(
    rf"(?<![{GREEK_CHARS}\w.])(?:[{GREEK_UP}]\.[ \t]?){{1,2}}(?P<name>{GREEK_CAP}){_END}(?![ \t]*\d)"
)
_INVERTED = re.compile(
    rf"(?<![{GREEK_CHARS}\w\-])(?P<family>{GREEK_CAP}),[ \t]+(?P<given>{GREEK_CAP}){_END}"
)

# Endings of Greek surnames (marks stripped, final sigma medial): -άκης, -ίδης, -όπουλος, -ου, -άτος...
_SURNAME_END = re.compile(r"(?:[ηαο]σ|ου|ακη|ιδη|αδη|ουλη|ελη|αρη)$")


# Two lower-case Greek words: a listed given name and a listed family name ("επικοινωνία ζαχαρίας ταχτσίδης").
_LOWER_PAIR = re.compile(
    rf"(?<![{GREEK_CHARS}\w\-])(?P<a>[{GREEK_CHARS}]{{3,}})[ \t]+(?P<b>[{GREEK_CHARS}]{{3,}}){_END}"
)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return frozenset(S._key(w) for w in spacy_stop_words(("el",)))


def _surname_like(word: str) -> bool:
    """A word that may be a surname: no function word, town or street word."""
    key = S._key(word)
    return key not in _stop_words() and not S.script_town(word) and not re.match(r"(?:οδοσ|λεωφοροσ|πλατεια)$", key)


def greek_surname_spans(text: str) -> list[tuple[int, int, str]]:
    """Surnames after Greek titles and initials, and ``Surname, Given`` names (see the module)."""
    out: list[tuple[int, int, str]] = []
    given, family = S.given_names("greek"), S.family_names("greek")
    for m in _TITLE.finditer(text):
        word = m.group("name")
        if S._key(word) in given and re.match(rf"[ \t]+{GREEK_CAP}", text[m.end() :]):
            continue  # "Δρ. Πολυτίμη Κουκουλιάντας": a full name, the full-name rule's
        if _surname_like(word):
            out.append((m.start("name"), m.end("name"), E.LAST_NAME))
    for m in _INITIAL.finditer(text):
        word = m.group("name")
        key = S._key(word)
        # "Ν. Σμύρνη" (Νέα Σμύρνη) is a town: an unlisted word needs a surname's ending.
        shaped = key in family or bool(_SURNAME_END.search(key))
        if shaped and _surname_like(word) and word.upper() != word:  # "Ν. ΚΕΡΑΣΙΑΣ": a heading
            # The initial is the given name's: a fake of the surname alone would leave it ("Λ. Χρυσίδης" ->
            # "Λ. Τάχας"), so the initial and the surname are one name.
            out.append((m.start(), m.end("name"), E.NAME))
    pos = 0
    while (m := _LOWER_PAIR.search(text, pos)) is not None:
        a, b = m.group("a"), m.group("b")
        pos = m.start("b")
        listed = a.islower() and b.islower() and S._key(a) in given and S._key(b) in family
        if listed and S._key(a) not in _stop_words() and S._key(b) not in _stop_words():
            out.append((m.start(), m.end(), E.NAME))
            pos = m.end()
    for m in _INVERTED.finditer(text):
        first, second = S._key(m.group("family")), S._key(m.group("given"))
        if second in given and (first in family or (first not in given and _surname_like(m.group("family")))):
            out.append((m.start(), m.end(), E.NAME))
    return out
