"""Lone given names that a cue of the sentence marks, gathered for :func:`text_name_pairs.name_pair_spans`.

Notes name children, relatives, carers and callers by the given name alone, which no pair rule takes and the NER
model often misses in a short note. Each cue has its module: a list after a word for the people
(:mod:`text_name_people_lists`: ``Kids: Adriana and Katrina``), a bracketed relation after the name
(:mod:`text_name_bracket_relation`: ``Comes with Jasmijn (grandchild)``), a role noun before it
(:mod:`text_name_role_given`: ``Carer Pilar collects``), a phrase of the name one is called by
(:mod:`text_name_called`: ``Prefers to be called Candela``), a verb of contact after a sentence's subject
(:mod:`text_name_action_subject`: ``Mariano will call back``) and a signature after ``//`` at the end
(:mod:`text_name_signoff`). The word checks they share are in :mod:`text_name_given_word`.

Session 45 adds names a cue marks that are no lone given name: a name in brackets right after the relation
(:mod:`text_name_relation_bracketed`: ``Patient's wife (lara)``, ``via son (Moana Flosse, +689 ...)``) and a name in
lower case after a verb of contact and a role (:mod:`text_name_contacted`: ``Called tenant brown x3``); both may be in
lower case, so they run before the capital pre-check. A full name no list knows after a role or relation
(:mod:`text_name_role_unlisted`: ``Guarantor Chilufya Musonda``, ``Travelling with Tamatoa Mai``) needs capitals.
Session 48 adds full names no list holds that the note's place or grammar marks: signed at the end after a closing
formula or after the contact details (:mod:`text_name_signed`: ``Avec affection, Romaric Gbaguidi, ...``), and a
sentence's subject before a verb of people or a possessive (:mod:`text_name_verb_subject`: ``Famatta Dolo
offered a ring``, ``For Tshering Dema's case``).
Two rules may find the same span (``Contact Kimberley (family)``: the bracketed relation and the role noun); each
span is returned once.

Example::

    given_cue_spans("Kids: Tom and Mia.")  # [(6, 9, 'first_name'), (14, 17, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_action_subject import action_subject_spans
from safe_synthesizer.pii.text_name_bracket_relation import bracket_relation_spans
from safe_synthesizer.pii.text_name_called import called_name_spans
from safe_synthesizer.pii.text_name_contacted import contacted_name_spans
from safe_synthesizer.pii.text_name_lone_cued import lone_cued_name_spans
from safe_synthesizer.pii.text_name_people_lists import people_list_spans
from safe_synthesizer.pii.text_name_relation_bracketed import relation_bracketed_spans
from safe_synthesizer.pii.text_name_role_given import role_given_spans
from safe_synthesizer.pii.text_name_role_unlisted import role_unlisted_spans
from safe_synthesizer.pii.text_name_signed import signed_name_spans
from safe_synthesizer.pii.text_name_signoff import signoff_name_spans
from safe_synthesizer.pii.text_name_verb_subject import verb_subject_spans

__all__ = ["given_cue_spans"]

# Cheap pre-check: every rule needs a capitalised word after a space, a line start or a bracket.
_CAPITAL = re.compile(r"(?:^|[\s(\"'])[^\W\d_a-zß-ÿ]", re.M)


def given_cue_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the names the cue rules find in ``text``, each span once (may overlap other
    rules)."""
    if len(text) < 6:
        return []
    spans = relation_bracketed_spans(text) + contacted_name_spans(text)
    if _CAPITAL.search(text):
        spans += (
            people_list_spans(text)
            + bracket_relation_spans(text)
            + role_given_spans(text)
            + called_name_spans(text)
            + action_subject_spans(text)
            + signoff_name_spans(text)
            + role_unlisted_spans(text)
            + signed_name_spans(text)
            + verb_subject_spans(text)
            + lone_cued_name_spans(text)  # Apologies: Phiri. / Borrower Burke born ... / Merci, Kalolaine
        )
    return list(dict.fromkeys(spans))
