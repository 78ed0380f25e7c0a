"""The particle and family name after a name span: ``Hervør á Rógvi did the fitting``, ``HAFSA BINTI ROSLI``,
``Cc: Anouk van der Berg``, ``Sidi ould Cheikh``.

Faroese and Icelandic farm names (``í``, ``á``), Malay and Arabic patronyms (``bin``, ``binti``, ``ibn``),
Hassaniya (``ould``, ``mint``), Dutch, German, Romance and Portuguese particles (``van der``, ``von``, ``de la``,
``da``, ``dos``) sit between a given name and the family name. The NER model and the pair rules often stop at
the given name, and the fake then reads ``Ruth á Rógvi``: the real family name is kept. After a name span, a
particle of this list and a capitalised word (or one in capitals after a span in capitals) that is no ordinary
word belong to the name; a place name counts (farm names are places: ``á Ryggi``).

Example::

    with_particle_tails("Cutter said Hervør á Rógvi did it.", [(12, 18, "first_name")])
    # [(12, 26, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["with_particle_tails"]

_SINGLE = "í á bin binti bint ibn ould mint ag van von zu af de da di du del della dos das".split()  # noqa: SIM905
_MULTI = ("van der", "van den", "van de", "de la", "de los", "de las", "von der")
_PARTICLE = "|".join(sorted({*_SINGLE, *_MULTI}, key=len, reverse=True)).replace(" ", r"[ \t]+")
_TAIL = re.compile(rf"[ \t]+(?P<particle>(?i:{_PARTICLE}))[ \t]+(?P<word>[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?)(?![\w'’])")


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return common_words() | english_vocabulary() | latin_stop_words()


# Street and place words a span may hold wrongly: "Rua de Simões" is a street, not "Rua" and a family name.
_STREET_WORDS = frozenset(
    """rua rue calle carrer via viale avenida avenue av travessa largo praça praca estrada camino strada piazza
    straat weg plaza paseo rambla quai chemin route vila bairro""".split()  # noqa: SIM905
)


def _tail_ok(span_text: str, particle: str, word: str) -> bool:
    """The particle's case follows the span's (``Hervør á``, ``HERVØR Á``) and the word is a name's."""
    if any(w.lower().strip(".") in _STREET_WORDS for w in span_text.split()):
        return False
    caps = span_text.isupper()
    if caps:
        if not (particle.isupper() and word.isupper() and len(word) > 1):
            return False
    elif not (particle.islower() and word[:1].isupper() and not word.isupper()):
        return False
    from safe_synthesizer.pii.text_name_lists import family_names

    low = word.lower()
    if low in family_names() and len(low) > 2:  # "da Silva", "van der Berg": listed, though words too
        return True
    return not any(_word(p) for p in (low, *low.split("-")))


def _word(low: str) -> bool:
    """An ordinary word, or the plural of one (``Tickets``)."""
    return low in _ordinary() or (low.endswith("s") and low[:-1] in _ordinary())


def with_particle_tails(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` with each person span followed by a particle and a family name extended over them."""
    out = []
    for start, end, entity in spans:
        if entity in (E.NAME, E.FIRST_NAME):
            m = _TAIL.match(text, end)
            if m and _tail_ok(text[start:end], m.group("particle"), m.group("word")):
                out.append((start, m.end("word"), E.NAME))
                continue
        out.append((start, end, entity))
    return out
