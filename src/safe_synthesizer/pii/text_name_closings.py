"""Lower-case names signed after a closing formula: ``Cordialement, michael mercier-bochud``, ``Groetjes
kai van de brink-wooning``, a card's ``'Happy birthday, love albert cook'``.

Web forms (shop order notes, card messages, contact forms) keep the text as typed, and many customers type
their signature in lower case. A letter or a card ends with the writer's name after a closing formula of
its language (``love``, ``kind regards``, ``cordialement``, ``liebe Grüße``, ``groetjes``, ``saludos``,
``un abbraccio``...), with or without a comma, on the same line or the next. The formula and the place
of the name make the evidence; the words must still be a name:

- the formula opens a sentence, a line, a quoted message or a clause after a comma (``Happy birthday,
  love ...``): ``I love anna's cake`` has ``love`` as a verb, not as a closing;
- the words after it are a listed given name, then particles or a second given name and a family name as
  :func:`text_name_lower_memo.lower_name_end` reads them (``kai van de brink-wooning``); a strong given
  name alone (no ordinary word, ``love, jessica``) is a signature too;
- the name ends the signature: nothing but ``.``/``!``, kisses (``xx``) or a closing quote or bracket
  follows before the line or the text ends (``love you all``, ``thanks, will do`` hold no name).

Example::

    closing_name_spans("Colis abîmé. Cordialement, michael mercier-bochud")  # [(27, 49, 'name')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_memo import lower_name_end, word_tokens
from safe_synthesizer.pii.text_name_lower_words import given_kind

__all__ = ["CLOSINGS", "OPENS", "closing_name_spans", "closing_words", "formula_pattern"]

# Closing formulas of letters, messages and cards, per language (lower case; the regex ignores case).
CLOSINGS: dict[str, tuple[str, ...]] = {
    "en": ("love", "lots of love", "all my love", "all our love", "much love", "love from", "with love",
           "love always", "hugs", "xoxo", "regards", "kind regards", "best regards", "warm regards", "best wishes",
           "best", "cheers", "thanks", "many thanks", "thank you", "sincerely", "yours sincerely", "yours",
           "yours truly", "take care", "warmly"),
    "de": ("liebe grüße", "lg", "viele grüße", "herzliche grüße", "beste grüße", "schöne grüße", "grüße", "gruß",
           "mit freundlichen grüßen", "mfg", "alles liebe", "danke", "vielen dank", "bis bald"),
    "fr": ("cordialement", "bien cordialement", "amitiés", "bisous", "gros bisous", "bises", "salutations",
           "bien à vous", "merci", "merci beaucoup", "à bientôt", "avec amour"),
    "nl": ("groetjes", "groeten", "groet", "met vriendelijke groet", "vriendelijke groeten", "mvg",
           "hartelijke groeten", "liefs", "dank je", "bedankt", "tot ziens"),
    "es": ("saludos", "un saludo", "atentamente", "besos", "abrazos", "un abrazo", "gracias", "cariños",
           "con cariño", "hasta pronto"),
    "it": ("saluti", "cordiali saluti", "distinti saluti", "un abbraccio", "baci", "grazie", "a presto",
           "con affetto"),
    "pt": ("abraços", "beijos", "atenciosamente", "cumprimentos", "obrigado", "obrigada", "com carinho"),
    "nordic": ("hälsningar", "vänliga hälsningar", "mvh", "hilsen", "venlig hilsen", "vennlig hilsen", "kram",
               "klem", "terveisin", "kiitos"),
    "pl_cs": ("pozdrawiam", "dziękuję", "s pozdravem", "děkuji"),
    "ro_tr_hu": ("cu drag", "mulțumesc", "numai bine", "saygılarımla", "sevgiler", "üdvözlettel", "köszönöm"),
}  # fmt: skip

# Short thanks and greetings that sign a message off too ("Thx Pim", "Merci, Awa Diop"), beside the formulas.
_SHORT_CLOSINGS = frozenset(
    """thx thanx tks tnx ta tq ty bye ciao salut hola adios adiós tschüss tschüs groetjes merci gracias grazie
    danke obrigado obrigada tak takk tack kiitos dziękuję hvala mulțumesc teşekkürler teşekkür shukran asante
    salamat""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def closing_words() -> frozenset[str]:
    """Lower-case one-word closings of every language (``saludos``, ``gruß``, ``thx``): such a word before a comma
    is no surname (``Saludos, Cipriano Riquelme`` is no inverted name)."""
    return _SHORT_CLOSINGS | {f for group in CLOSINGS.values() for f in group if " " not in f}


# What may stand before a closing formula: nothing on the line, or the end of a sentence, a clause or an
# opening quote or bracket ("Happy birthday, love ...", "card: 'love ..."); text_name_signed asks the same.
OPENS = re.compile(r"(?:^|[\n.!?,;:'\"“‘«(\-–—])[ \t]*$")
# After the name: stops, kisses, a closing quote or bracket, then the end of the line or the text.
_ENDS = re.compile(r"[ \t]*[.!]*[ \t]*(?:x+[ \t]*)?(?:['\"”’»)]|\n|$)", re.IGNORECASE)


def formula_pattern(formulas: Iterable[str]) -> str:
    """A closing formula of ``formulas`` as a whole phrase (longest first, any run of spaces or tabs between its
    words, case ignored), then its comma, stop or colon and the line break before the name; the name's pattern
    follows (:mod:`text_name_signed` adds a capitalised one)."""
    alternatives = "|".join(
        re.escape(f).replace(r"\ ", r"[ \t]+") for f in sorted(set(formulas), key=len, reverse=True)
    )
    return rf"(?i:(?<![\w'’\-])(?:{alternatives}))(?![\w'’\-])[ \t]*[,!.:]?[ \t]*\n?[ \t]*"


@lru_cache(maxsize=1)
def _closing_pattern() -> re.Pattern[str]:
    return re.compile(formula_pattern(f for group in CLOSINGS.values() for f in group))


def closing_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of lower-case signatures after a closing formula (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    matches = [m for m in _closing_pattern().finditer(text) if OPENS.search(text, 0, m.start())]
    if not matches:
        return out
    tokens = word_tokens(text)
    starts = {start: i for i, (start, _, _) in enumerate(tokens)}
    for m in matches:
        i = starts.get(m.end())
        if i is None:
            continue
        word = tokens[i][2]
        kind = given_kind(word) if word.islower() else ""
        if not kind:
            continue
        j = lower_name_end(text, tokens, i)
        if j is None and kind == "strong":
            j = i  # "love, jessica": a given name that is no word signs alone
        if j is not None and _ENDS.match(text, tokens[j][1]):
            out.append((tokens[i][0], tokens[j][1], E.NAME))
    return out
