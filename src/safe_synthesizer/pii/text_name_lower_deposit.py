"""Lower-case names after the prepositions of "left with / at the home of" in notes not in English.

Couriers, kennels and caretakers write where a parcel, a key or a pet was left, and the person often in lower
case: ``Paket bei sina kohl-stroh abgegeben``, ``Colis déposé chez bernard vigneau, voisine``, ``Pacco lasciato
da fabio giardi``, ``Pakket afgegeven bij sam bastiaanse``, ``Paquete dejado con maximino corominas``,
``Encomenda deixada com ...``, ``lämnat hos karl johansson``. :mod:`text_name_lower` takes such names only when
the family name is listed and no word of any language holds either name (``sina`` and ``sam`` are function words
of Polish and Czech; ``giardi`` and ``vigneau`` are in no list).

Here the preposition must follow a verb of leaving, handing or delivering (``abgegeben``, ``déposé``,
``lasciato``, ``afgegeven``, ``dejado``, ``deixada``, ``lämnat``), with at most a few words between
(``Colis déposé chez``, ``Schlüssel liegt bei``), and the words after it read as a name
(:func:`text_name_lower_pair.pair_end`: a listed given name, then a listed family name or a word no vocabulary
holds), so ``déposé chez le voisin`` and ``lasciato da solo`` keep their words.

Example::

    lower_deposit_spans("Colis déposé chez bernard vigneau, voisine")  # [(18, 33, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens

__all__ = ["lower_deposit_spans"]

# Prepositions "at/with (the home of)" of the supported languages (English ones are left to the memo cues).
_PREPOSITIONS = frozenset(("bei", "chez", "da", "presso", "bij", "con", "com", "hos", "hjá", "u", "kod", "pri", "tek"))
# Stems of verbs of leaving, handing over, delivering, depositing, keeping.
_VERB = re.compile(
    r"(?i:(?<![\w'’])(?:ab|hinter|über|zurück)?(?:gegeben|gelassen|gelegt|gestellt|hinterlegt|abgeholt|liegt|"
    r"deponiert|zugestellt|geliefert|"
    r"d[ée]pos[ée]e?s?|laiss[ée]e?s?|remise?s?|livr[ée]e?s?|confi[ée]e?s?|gard[ée]e?s?|"
    r"dejad[oa]s?|entregad[oa]s?|depositad[oa]s?|"
    r"lasciat[oa]|lasciati|lasciate|consegnat[oa]|depositat[oa]|affidat[oa]|"
    r"afgegeven|achtergelaten|bezorgd|afgeleverd|gelaten|"
    r"deixad[oa]s?|entregue|"
    r"lämnat|lämnad|lämnades|lagt|levert|afleveret|efterladt|leveret|jätetty))(?![\w'’])"
)
_PREP = re.compile(r"(?i:(?<![\w'’])(?:" + "|".join(sorted(_PREPOSITIONS, key=len, reverse=True)) + r"))[ \t]+")


def lower_deposit_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case names after a leaving verb and its preposition (see the module docstring)."""
    if _PREPOSITIONS.isdisjoint(w.strip(".,;:!?()\"'") for w in text.lower().split()):
        return []  # cheap test: most notes hold none of the prepositions
    verbs = [m.end() for m in _VERB.finditer(text)]
    if not verbs:
        return []
    tokens = word_tokens(text)
    starts = {start: k for k, (start, _, _) in enumerate(tokens)}
    out: list[tuple[int, int, str]] = []
    for m in _PREP.finditer(text):
        i = starts.get(m.end())
        if i is None or not _near_verb(text, verbs, m.start()):
            continue
        j = pair_end(text, tokens, i)
        if j is not None:
            out.append((tokens[i][0], tokens[j][1], E.NAME))
    return out


def _near_verb(text: str, verbs: list[int], at: int) -> bool:
    """A leaving verb within the clause before the preposition (at most three words between), or one right
    after the name's clause ("Paket bei ... abgegeben"): any in the same sentence part."""
    for end in verbs:
        if end <= at:
            between = text[end:at]
            if len(between.split()) <= 3 and not re.search(r"[.;!?]", between):
                return True
        else:
            between = text[at:end]
            if len(between.split()) <= 6 and not re.search(r"[.;!?(]", between):
                return True
    return False
