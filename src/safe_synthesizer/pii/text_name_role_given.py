"""A given name right after a role noun: ``Child Marina (age 6)``, ``Carer Pilar collects``, ``Driver Tom will
ring``, ``Nurse Ana``, ``Betreuerin Aura holt ab``, ``Aide-soignante Lucie passe``, ``Cuidadora Candela``.

Care, pharmacy, travel and delivery notes name a helper or a child by the role and the given name alone. The older
role-word rules (:mod:`text_name_intro`, :mod:`text_name_bracket_subject`) take only given names that are no
ordinary word or place; but ``Pilar``, ``Marina``, ``Aura``, ``Victoria`` and ``Hugo`` are words or towns in some
language and were kept. After a role noun (:func:`text_name_role_prefix.is_role_noun` and the carers, children and
passengers below, in any case) a cued given name (:func:`text_name_given_word.given_word`) is a name when:

- it is no ordinary word or place, and no capitalised word that is no listed surname follows (``Customer Grace
  Period`` stays); a listed surname after it joins the span (``Nurse Ana Lind``);
- or it is one (``Pilar``, ``Grace``, ``Victoria``), and then only before a bracket, a stop, a comma, the end of
  the text or a verb of what the person does (``collects``, ``will``, ``rang``): ``Contact Victoria line`` and
  ``Carer Rose garden`` stay.

Example::

    role_given_spans("Blister pack weekly. Carer Pilar collects.")  # [(27, 32, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word, lower_words
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun, role_nouns

__all__ = ["role_given_spans"]

_MORE_ROLES = frozenset(
    """child kid baby infant toddler minor passenger pax traveller traveler nurse nanny babysitter childminder
    cleaner housekeeper gardener escort helper aide pa assistant betreuerin betreuer pflegerin pfleger kind
    aide-soignante aidante aidant auxiliaire enfant cuidadora cuidador niño niña badante bambino bambina
    verzorgster verzorger mantelzorger oppas""".split()  # noqa: SIM905
)
_AFTER_ROLE = rf"[ \t]+(?P<given>{NAME_WORD})(?![\w'’\-])(?:[ \t]+(?P<next>{NAME_WORD})(?![\w'’\-]))?"


@lru_cache(maxsize=256)
def _role_name(present: frozenset[str]) -> re.Pattern[str]:
    """A role noun of those a text holds, then a capitalised word (one pattern of every role noun, tried at each
    position of every cell, cost too much)."""
    roles = "|".join(sorted(map(re.escape, present), key=len, reverse=True))
    return re.compile(rf"(?<![\w\-'’])(?P<role>(?i:{roles})){_AFTER_ROLE}")


# What may follow a given name that is also a word or a place: a bracket, a stop, the end, or a verb of the person.
_AFTER_WORD = re.compile(
    r"[ \t]*(?:$|[(.,;:!?\n]|[\-–][ \t]|(?:will|would|is|was|has|had|can|to|collects|collected|picks|picked|brings|"
    r"rang|rings|called|calls|says|said|phoned|texted|emailed|confirmed|arrives|comes|came|holt|kommt|ruft|hat|ist|"
    r"passe|vient|récupère|appelle|recoge|viene|llama|ritira|viene|chiama|haalt|komt|belt)(?![\w]))"
)


@lru_cache(maxsize=1)
def _words_and_places() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return common_words() | place_names() | english_vocabulary(("adj", "verb", "adv"))


def _role(word: str) -> bool:
    return is_role_noun(word) or word.lower() in _MORE_ROLES


def role_given_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of given names (and a listed surname after them) right after a role noun."""
    out: list[tuple[int, int, str]] = []
    words = lower_words(text)
    present = (words & _MORE_ROLES) | (words & role_nouns())
    if not present:
        return out
    pattern = _role_name(present)
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        pos = m.start("given")  # "Met Carer Pilar": the failed "Met Carer" must not hide "Carer Pilar"
        given, nxt = m.group("given"), m.group("next")
        # "Passenger June (age 9)", "Child Domingo (6)": a calendar word that is a given name, before a bracket.
        calendar = text[m.end("given") : m.end("given") + 2].lstrip().startswith("(")
        if not _role(m.group("role")) or not given_word(given, months=calendar):
            continue
        if nxt is not None and nxt.lower() in family_names():
            out.append((m.start("given"), m.end("next"), E.NAME))
            continue
        if given.lower() in _words_and_places():
            if not _AFTER_WORD.match(text, m.end("given")):
                continue
        elif nxt is not None and not given_word(nxt):
            continue
        out.append((m.start("given"), m.end("given"), E.FIRST_NAME))
    return out
