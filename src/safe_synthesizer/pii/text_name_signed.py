"""Capitalised names signed at the end of a note: after a closing formula of the note's language (``Avec
affection, Romaric Gbaguidi, Lot 18, Gbégamey``, ``Veel sterkte, Shurenska Croes``, ``Firma: Daniella Véliz
Lagos``), or alone after the contact details that close a complaint or a request (``... Me joindre au 01 95 32 96
27. Koffi Gbaguidi``, ``Recapito +39 319 501 6949, Amalia Necci``).

Cards, condolence books, complaint forms and contact forms end with the writer's name. Names of the stocks no list
holds (Beninese, Algerian, Bhutanese, Aruban) are caught neither by the pair rules nor by the NER model, which
reads ``Avec affection, Romaric`` as prose. The place is the evidence, the words must still be name-shaped:

- after a closing formula (:data:`text_name_closings.CLOSINGS`, condolence formulas such as ``avec affection``,
  ``veel sterkte``, ``un abrazo``, ``with sympathy``, and signature labels ``Firma:``, ``Signé :``) that opens the
  text, a line, a sentence or a clause: one to three capitalised words (particles ``van``, ``de``, ``da``,
  ``bin`` between them), ending at the end of the text or line, a comma, a semicolon or a bracket;
- at the very end of the text, after a phone number or an e-mail address and a stop or a comma, or after a dash
  that opens a line or follows a sentence (``... at the desk. - Themba Gamedze``): two or three capitalised
  words, and nothing after them but a stop;
- at the very end of the text, as a sentence of its own after a sentence of the note (``... ball hit the car
  park. Somphone Phommachanh``): two or three capitalised words, each a possible name word;
- each word may be a name (:func:`text_name_relation_bracketed.capital_name_word`: no English word, function word,
  common word, place, title), and a family name after the first word may be a place too (``Lagos``, ``Paris``);
  one word alone must be a listed given name (``Un abrazo, Claudia``); greeting words after a closing are no
  name (``Merci, Bonne Journée``).

Example::

    signed_name_spans("Avec affection, Romaric Gbaguidi, Lot 1885")  # [(16, 32, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_closings import CLOSINGS, OPENS, formula_pattern
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["signed_name_spans"]

# Closings of condolence cards and letters, and signature labels, beside the letters' closings of CLOSINGS.
SIGNING = (
    "avec affection", "affectueusement", "amicalement", "sincères condoléances", "toutes nos pensées",
    "avec toute notre sympathie", "en toute sympathie", "signé", "signée", "signature", "veel sterkte", "sterkte",
    "met deelneming", "innige deelneming", "hartelijke groet", "handtekening", "un abrazo", "un fuerte abrazo",
    "con afecto", "mis condolencias", "firma", "firmado", "un forte abbraccio", "firmato", "um abraço", "abraço",
    "força", "assinatura", "assinado", "with sympathy", "with deepest sympathy", "deepest sympathy",
    "in sympathy", "thinking of you", "with love", "signed", "herzliches beileid", "mit herzlichem beileid",
    "in stiller trauer", "in liebe", "unterschrift", "gezeichnet", "podpis", "imza",
    # short thanks and goodbyes of order notes and SMS ("Thx Pim", "Ciao, Bruna Lotti")
    "thx", "thanx", "tks", "tnx", "tq", "bye", "ciao", "salut", "hola",
)  # fmt: skip
# Words after a closing that address people, not name them ("Thanks All", "Cheers Mate", "Thx Again").
_ADDRESSES = frozenset(
    """all again everyone everybody guys folks mate mates friend friends dear love lots much now so team you sir
    madam""".split()  # noqa: SIM905
)

_CAP = rf"[ʻ‘'’]?[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)*"
_PARTICLE = r"(?:van|von|de|der|den|da|di|del|della|dos|das|du|le|la|ter|ten|bin|binti|ibn)"
_NAME = rf"(?P<name>{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_CAP}){{0,2}})"
# After a signature: the end of the text or the line, a comma or semicolon (an address follows), a bracket.
_SIGN_END = re.compile(r"[ \t]*(?:[,;(<]|[.!]*[ \t]*(?:\n|$))")
# The contact details that close the note, then the name and nothing but a stop.
_TRAILING = re.compile(
    r"(?:\+?\d[\d \-().]{5,}\d|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)[ \t]*[.,;]?[ \t]*\n?[ \t]*"
    rf"{_NAME}[ \t]*\.?[ \t]*\Z"
)
# A signature line: after the end of a sentence or a line, a dash, then the name and nothing after it (``... at the
# desk. - Themba Gamedze``, an SMS thread's ``\n- Chimwemwe Chirwa``).
_DASHED = re.compile(rf"(?:[.!?][ \t]*\n?|\n)[ \t]*[-–—][ \t]*{_NAME}[ \t]*\.?[ \t]*\Z")
# The note's last sentence is only a name (``... ball hit the car park. Somphone Phommachanh``): the writer's.
_LAST_SENTENCE = re.compile(rf"[{LATIN_LOWER}\d)][.!?][ \t]+{_NAME}[ \t]*\.?[ \t]*\Z")
_WORD = re.compile(_CAP)
_TEXT_END = re.compile(r"[ \t]*[.!]*[ \t]*\Z")
# Words a greeting after a closing formula holds ("Merci, Bonne Journée", "Saludos, Buen Día").
_GREETING = frozenset(
    """bonne journée soirée semaine continuation buen buena día dia tarde noche fin semana schönen tag abend
    wochenende fijne dag avond weekend buona giornata serata boa tarde noite equipe équipe equipo team staff
    direction dirección direzione família famille familia family buenas buenos noches tardes días dias bonsoir
    bonjour guten gute nacht morgen goede avondje""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _closing_pattern() -> re.Pattern[str]:
    return re.compile(formula_pattern((*SIGNING, *(f for group in CLOSINGS.values() for f in group))) + _NAME)


@lru_cache(maxsize=1)
def _cheap() -> frozenset[str]:
    """The first words of every formula: a note holding none of them has no closing."""
    return frozenset(f.split()[0] for f in (*SIGNING, *(f for group in CLOSINGS.values() for f in group)))


def _trailing_word(word: str, surname: bool) -> bool:
    """A word of a name that ends the note after its contact details or a dash: a possible name word, or a
    function word or month of a language other than English (``Farai``: Italian "you will do"; ``Julio``: a
    Spanish month), never a word of English, a common word, a place, a title or an institution's word."""
    from safe_synthesizer.pii.text_name_relation_bracketed import _english_stops, _vocab, capital_name_word
    from safe_synthesizer.pii.text_name_verb_subject import INSTITUTIONS, never_name_word
    from safe_synthesizer.pii.titles import is_title

    if capital_name_word(word, alone=False, surname=surname):
        return True
    common, _, vocab, _, family, given, places = _vocab()
    parts = [p.lower() for p in word.split("-")]
    if any(never_name_word(p) and p not in given and p not in family for p in parts):
        return False  # "Lunes Martes": weekdays, no given name
    bad = (common, vocab, places, _english_stops(), INSTITUTIONS, _GREETING)
    return len(word) > 2 and not is_title(word) and not any(p in words for p in parts for words in bad)


def _words_ok(words: list[str], alone_given: bool, last: bool = False, trailing: bool = False) -> bool:
    """The capitalised ``words`` may be a person's name (module docstring); ``trailing``: they end the note after
    its contact details or a dash (:func:`_trailing_word`)."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_name_given_word import given_word
    from safe_synthesizer.pii.text_name_lists import family_names
    from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word
    from safe_synthesizer.pii.text_name_verb_subject import name_words_unlisted, never_name_word

    bare = [w.lstrip("ʻ‘'’") for w in words]
    if any(w.lower() in _GREETING for w in bare):
        return False
    if trailing and len(bare) >= 2 and all(_trailing_word(w, i > 0) for i, w in enumerate(bare)):
        return True
    if any(never_name_word(w.lower()) for w in bare):
        return False
    if len(bare) == 1:
        # The note's last word after a closing may be a given name that is a word too ("... invoice. Thx Summer").
        strict = not last or bare[0].lower() in _ADDRESSES
        return alone_given and given_word(bare[0], strict=strict)
    if name_words_unlisted(bare):
        return True
    for i, word in enumerate(bare):
        if capital_name_word(word, alone=False, surname=i > 0):
            continue
        low = word.lower()
        if i > 0 and low in family_names() and low not in common_words() and len(low) > 2:
            continue  # "Daniella Véliz Lagos": a family name that is a town too
        return False
    return True


def _name_words(text: str, m: re.Match[str]) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, m.start("name"), m.end("name")))


def signed_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of capitalised names signed at the end of a note (module docstring)."""
    out: list[tuple[int, int, str]] = []
    low = text.lower()
    if any(w in low for w in _cheap()):
        for m in _closing_pattern().finditer(text):
            if not OPENS.search(text, 0, m.start()):
                continue
            words = _name_words(text, m)
            # The longest run of words that ends where a signature ends.
            for k in range(len(words), 0, -1):
                run = words[:k]
                last = _TEXT_END.match(text, run[-1].end()) is not None
                if _SIGN_END.match(text, run[-1].end()) and _words_ok(
                    [w.group() for w in run], alone_given=True, last=last
                ):
                    out.append((_start(text, run), run[-1].end(), E.NAME))
                    break
    if any(ch.isdigit() for ch in text[-60:]) or "@" in text:
        m = _TRAILING.search(text)
        if m is not None:
            words = _name_words(text, m)
            if len(words) >= 2 and _words_ok([w.group() for w in words], alone_given=False, trailing=True):
                out.append((_start(text, words), words[-1].end(), E.NAME))
    if "-" in text[-60:] or "–" in text[-60:] or "—" in text[-60:]:
        m = _DASHED.search(text)
        if m is not None:
            words = _name_words(text, m)
            if len(words) >= 2 and _words_ok([w.group() for w in words], alone_given=False, trailing=True):
                out.append((_start(text, words), words[-1].end(), E.NAME))
    if len(text) > 30 and text.rstrip(" \t.")[-1:].islower():
        m = _LAST_SENTENCE.search(text)
        if m is not None and len(text[: m.start()].split()) >= 4:
            words = _name_words(text, m)
            run = [w.group() for w in words]
            closing = any(w.lower() in _cheap() for w in run)  # "Thx Dawn": the closing rule's
            if len(run) >= 2 and not closing and not any(_inflected(w) for w in run) and _words_ok(run, False):
                out.append((_start(text, words), words[-1].end(), E.NAME))
    return list(dict.fromkeys(out))


def _inflected(word: str) -> bool:
    """An English word's plural or verb form (``Rocks``, ``Jeans``, ``Rated``): a shop's or a brand's phrase ends
    a review (``... Pilcro Jeans``), not a name."""
    from safe_synthesizer.pii.text_name_relation_bracketed import _vocab

    vocab = _vocab()[2]
    low = word.lower()
    stems = (low[:-1], low[:-2]) if low.endswith("s") else (low[:-2], low[:-1]) if low.endswith("ed") else ()
    return any(stem in vocab for stem in stems) or (low.endswith("ing") and low[:-3] in vocab)


def _start(text: str, run: list[re.Match[str]]) -> int:
    """Where the name starts: an okina before a vowel belongs to it (``'Ana``), a quote does not."""
    start = run[0].start()
    if text[start] in "ʻ‘'’" and text[start + 1 : start + 2] not in "AEIOUĀĒĪŌŪ":
        start += 1
    return start
