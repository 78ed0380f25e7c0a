"""Names in greeting-card messages: the signer (``all our love Kathryn & family``) and the person the card
is for (``Thinking of you, Ana Lima``).

Florists', gift shops' and sympathy-card orders copy the card's text into the order note. A card is
signed by a given name alone, often with the household after it, and wishes end with the addressee's
name after a comma; neither is a ``First Last`` pair or follows a title, so the pair and title rules miss
them. Three layouts, each a fact of how cards are written:

- a given name before the signer's household (``Kathryn & family``, ``Bas and the kids``, ``Ana y
  familia``, ``Nurlan & семья``) anywhere in a note: the household word says the word before it is who
  signs;
- inside a quoted card message (``Card: '...'``, ``message "..."``), the words after a sign-off (``love``,
  ``all our love``, ``from``, ``hugs``, ``xx``) are the signer;
- inside a quoted card message, the words after the last comma that close the message are the
  addressee of the wish (``Thinking of you, Сергей Зимин'``, ``Get well soon, Tom!``).

A word counts in a script with capitals when it is capitalised and no function word, month or common
word unless a listed given name (:func:`text_name_kin._cased_name`); in a script without capitals (Hangul,
Devanagari, Thai...) when it is a listed name, or, in the strong household and sign-off slots, any word of
one script that is no function word of it. Up to three words make the name; the first must qualify, the
others must be capitalised (or uncased) name-shaped words.

Example::

    card_name_spans("Card: 'Happy 80th, all our love Kathryn & family'. Deliver to ...")  # [(32, 39, 'first_name')]
"""

from __future__ import annotations

import re
from itertools import pairwise

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import script_lexicon as L
from safe_synthesizer.pii.text_cued_names import english_vocabulary
from safe_synthesizer.pii.text_name_kin import _cased_name, _uncased_name
from safe_synthesizer.pii.text_name_lists import given_names

__all__ = ["card_name_spans", "cased_name_word"]

# The signer's household after the name, in the languages of the supported locales.
_HOUSEHOLD = (
    r"(?:the[ \t]+)?(?:family|fam|kids)|the[ \t]+(?:children|boys|girls|gang|crew|clan)|familie|die[ \t]+kinder|kinder|"
    r"(?:la[ \t]+)?famille|les[ \t]+enfants|(?:la[ \t]+)?familia|los[ \t]+niños|(?:a[ \t]+)?família|os[ \t]+miúdos|"
    r"(?:la[ \t]+)?famiglia|i[ \t]+bambini|gezin|de[ \t]+kinderen|familien|familjen|perhe|rodzina|rodzinka|"
    r"семья|семьёй|семьей|дети|obitelj|porodica|familia[ \t]+mea|aile|ailesi|család"
)
_AND = r"(?:&|\+|and|und|et|y|e|en|og|och|ja|i|ve|és|и|a)"
# A name word of any script: letters with Indic vowel signs and joiners, an inner hyphen or apostrophe.
_NAME_WORD = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e31-\u0e4e\u064b-\u065f\u0670\u200c\u200d])+(?:[\-'’](?:[^\W\d_])+)*"
_SIGNER = re.compile(
    rf"(?<![\w\-'’])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*(?i:{_AND})[ \t]*(?i:{_HOUSEHOLD})"
    # The household closes the signature: "& family photos", "and family day" are no signatures.
    r"(?=[ \t]*(?:$|[.,;:!?'\"”’»)\n]))"
)
# The quoted message of a card: a card word, an optional verb, then the quote.
_CARD_WORD = (
    r"card|card message|card reads|card text|message|gift message|gift note|karte|kartentext|carte|message carte|"
    r"tarjeta|tarjetón|mensaje|cartão|mensagem|biglietto|messaggio|kaart|kaartje|tekst kaartje|kort|korttext|"
    r"kortti|bilecik|kartka|открытка|текст открытки|надпись|čestitka|kártya"
)
_QUOTE = re.compile(
    rf"(?i:(?<!\w)(?:{_CARD_WORD}))[ \t]*(?:[:\-–][ \t]*)?(?P<open>['\"“‘«„])(?P<body>[^\n]*?)"
    r"(?:['\"”’»“](?=[ \t]*(?:[.,;:!?)]|$|[ \t]))|$)"
)
# Sign-offs a card's signer follows (inside the quoted message).
_SIGN_OFF = re.compile(
    r"(?i:(?<!\w)(?:all[ \t]+(?:our|my)[ \t]+love|lots[ \t]+of[ \t]+love|with[ \t]+(?:all[ \t]+(?:our|my)[ \t]+)?love|"
    r"much[ \t]+love|love[ \t]+(?:always|from)|love|from|hugs|xoxo|xx+|cheers|best[ \t]+wishes|"
    r"with[ \t]+(?:deepest[ \t]+)?sympathy[ \t]+from|in[ \t]+loving[ \t]+memory,|alles[ \t]+liebe|liebe[ \t]+grüße|"
    r"bisous|gros[ \t]+bisous|avec[ \t]+amour|besos|con[ \t]+cariño|beijos|com[ \t]+carinho|baci|con[ \t]+affetto|"
    r"liefs|groetjes|kram|klemmer|halauksin|buziaki|с[ \t]+любовью|обнимаем|pozdrav))(?![\w\-])[ \t]*[,!:.]?[ \t]+"
)


def _uncased(word: str) -> bool:
    return not any(ch.isupper() or ch.islower() for ch in word)


def _script_word(word: str) -> bool:
    """An uncased word (Hangul, Devanagari, Thai...) that is no function word of its script."""
    if not _uncased(word):
        return False
    script = L.spaced_script_of(word)
    return script is None or L.name_key(word) not in L.script_stop_words(script)


def cased_name_word(word: str) -> bool:
    """A capitalised listed given name, or a capitalised word that is no English word either (``Fun``,
    ``Friends`` are no signers; the card templates around the names are English in every locale)."""
    if not _cased_name(word):
        return False
    low = word.lower()
    if low in given_names():
        return True
    vocabulary = english_vocabulary()
    return low not in vocabulary and low.removesuffix("s") not in vocabulary


def _first_ok(word: str, strong: bool) -> bool:
    if _uncased(word):
        return _uncased_name(word) or (strong and _script_word(word))
    return cased_name_word(word)


def _more_ok(word: str) -> bool:
    """A later word of the name: capitalised and name-shaped, or an uncased script word."""
    if _uncased(word):
        return _script_word(word)
    return word[:1].isupper() and cased_name_word(word)


def _name_at(text: str, start: int, words: list[re.Match[str]], strong: bool) -> tuple[int, int] | None:
    """The span of the leading name words of ``words`` (matches in ``text``), ``None`` if the first fails."""
    if not words or words[0].start() != start or not _first_ok(words[0].group(), strong):
        return None
    end = words[0].end()
    for prev, word in pairwise(words[:3]):
        if text[prev.end() : word.start()] not in (" ", "\t") or not _more_ok(word.group()):
            break
        end = word.end()
    return start, end


def card_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of card signers and addressees (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    for m in _SIGNER.finditer(text):
        base, words = m.start("name"), list(re.finditer(_NAME_WORD, m.group("name")))
        # The name is the words right before the household; the longest tail of name words wins
        # ("love Kathryn & family": "love" fails, "Kathryn" is the signer).
        for k in range(len(words)):
            tail = words[k:]
            if _first_ok(tail[0].group(), strong=True) and all(_more_ok(w.group()) for w in tail[1:]):
                out.append((base + tail[0].start(), base + tail[-1].end(), E.FIRST_NAME if len(tail) == 1 else E.NAME))
                break
    for q in _QUOTE.finditer(text):
        body_start, body = q.start("body"), q.group("body")
        for s in _SIGN_OFF.finditer(body):
            start = body_start + s.end()
            words = [w for w in re.finditer(_NAME_WORD, text[: q.end("body")]) if w.start() >= start]
            span = _name_at(text, start, words, strong=True)
            if span:
                out.append((*span, E.FIRST_NAME if " " not in text[span[0] : span[1]] else E.NAME))
        comma = body.rfind(",")
        if comma < 0:
            continue
        tail = body[comma + 1 :]
        name = tail.strip().rstrip("!.")
        parts = name.split()
        if not 1 <= len(parts) <= 3:
            continue
        start = body_start + comma + 1 + (len(tail) - len(tail.lstrip()))
        words = [w for w in re.finditer(_NAME_WORD, text[: start + len(name)]) if w.start() >= start]
        if len(words) != len(parts):
            continue
        # The addressee needs a listed or capitalised name first; uncased words when one of them is listed.
        listed = any(_uncased(w.group()) and _uncased_name(w.group()) for w in words)
        span = _name_at(text, start, words, strong=listed)
        if span and span[1] == start + len(name):
            out.append((*span, E.FIRST_NAME if len(words) == 1 else E.NAME))
    return list(dict.fromkeys(out))
