"""A given name before a bracketed relation or role: ``Contact Kimberley (family)``, ``Comes with Jasmijn
(grandchild)``, ``Ask for Pilar (her daughter)``, ``Rückruf Anke (Tochter)``, ``Appeler Maëlle (voisine)``,
``Recoge Ximena (hija, 14)``, ``Ritira Ornella (badante)``, ``Bel Fenna (buurvrouw)``.

Patient, guest and customer notes name the second person they mention by the given name alone and say who that
person is in a bracket after it. A lone capitalised word is taken by no pair rule, and the NER model, trained on
news, reads ``Comes with Jasmijn (grandchild)`` as no person. The bracket holds only the relation or role (kin,
carer, neighbour, friend, next of kin...) in English or a supported language, maybe after a possessive (``her``,
``sa``, ``seine``, ``su``, ``sua``, ``haar``) and before a comment (``(daughter, lives nearby)``); the word before
it must be a cued given name (:func:`text_name_given_word.given_word`), so ``Pilar``, ``Marina`` and ``Victoria``
count here, but no word after a preposition of place (``holiday in Florence (family)``). A capitalised listed family
name between the given name and the bracket joins the span (``Imelda Monte (spouse)``). The relation may also
stand in commas after the name with its possessive or article (``Ask for Pilar, her daughter, at the desk``,
``Anke, seine Tochter, holt ab``).

Example::

    bracket_relation_spans("Pt anxious. Comes with Jasmijn (grandchild).")  # [(23, 30, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word
from safe_synthesizer.pii.text_name_lists import family_names

__all__ = ["RELATIONS", "bracket_relation_spans"]

RELATIONS = frozenset(
    """family relative relation spouse wife husband partner fiance fiancee fiancé fiancée girlfriend boyfriend
    daughter son child kid grandchild grandson granddaughter stepson stepdaughter mum mom mother mam mummy dad
    father parent brother sister sibling aunt auntie uncle niece nephew cousin grandma grandpa grandmother
    grandfather nan nanna granny carer caregiver career careworker neighbour neighbor friend guardian nok
    next-of-kin kin pa assistant nanny au-pair interpreter flatmate housemate lodger son-in-law daughter-in-law
    in-law landlord landlady colleague employer sponsor familie ehefrau ehemann frau mann partnerin tochter sohn
    kind enkel enkelin mutter vater mama papa bruder schwester tante onkel nichte neffe cousine betreuer
    betreuerin pfleger pflegerin nachbar nachbarin freund freundin angehörige angehöriger vormund
    schwiegertochter schwiegersohn lebensgefährte lebensgefährtin famille épouse époux mari femme conjoint
    conjointe fille fils enfant petit-fils petite-fille mère père maman frère sœur soeur oncle nièce neveu
    cousin aidant aidante auxiliaire voisin voisine ami amie tuteur tutrice belle-fille gendre compagne compagnon
    familia esposa esposo marido mujer pareja hija hijo niño niña nieto nieta madre padre mamá papá hermano
    hermana tía tío sobrina sobrino prima primo cuidador cuidadora vecino vecina amigo amiga tutora nuera yerno
    familiar famiglia moglie marito compagna compagno figlia figlio bambino bambina nipote mamma papà fratello
    sorella zia zio cugino cugina badante vicino vicina amico amica tutore nuora genero familiare coniuge
    echtgenote echtgenoot vrouw man dochter zoon kleinkind kleinzoon kleindochter moeder vader broer zus oom
    nicht neef mantelzorger verzorger verzorgster buurman buurvrouw buren vriend vriendin voogd schoondochter
    schoonzoon filha filho esposa marido mãe pai irmão irmã avó avô neta neto vizinho vizinha cuidadora""".split()  # noqa: SIM905
)
_POSSESSIVE = (
    r"(?:her|his|their|pt['’]?s|patient['’]?s|guest['’]?s|client['’]?s|customer['’]?s|ihre|ihr|seine|sein|sa|son|"
    r"ses|su|sus|sua|suo|la[ \t]+sua|il[ \t]+suo|haar|zijn|the)[ \t]+"
)
_BRACKET = re.compile(
    rf"(?<![\w'’\-])(?P<given>{NAME_WORD})(?:[ \t]+(?P<family>{NAME_WORD}(?:-{NAME_WORD})?))?"
    rf"[ \t]*\([ \t]*(?i:{_POSSESSIVE})?"
    r"(?P<relation>[^\W\d_]+(?:-[^\W\d_]+){0,2}(?:[ \t]+of[ \t]+kin)?)[ \t]*(?:[,;/\-–][^()\n]{0,30})?\)"
)
# "Ask for Pilar, her daughter, at the desk": the relation in commas after the name, with its possessive or article.
_APPOSITION = re.compile(
    rf"(?<![\w'’\-])(?P<given>{NAME_WORD})[ \t]*,[ \t]*(?i:(?:her|his|their|the|pt['’]?s|patient['’]?s|ihre|ihr|"
    r"seine|sein|sa|son|ses|su|sua|suo|la[ \t]+sua|il[ \t]+suo|haar|zijn|die|der|la|le|el|de)[ \t]+)"
    r"(?P<relation>[^\W\d_]+(?:-[^\W\d_]+){0,2})(?=[ \t]*(?:[,.;:)\n]|$))"
)
_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_]+)[ \t]+$")
# Prepositions of place and travel: "holiday in Florence (family)", "Urlaub nach Florenz (Familie)".
_PLACE_PREPOSITIONS = frozenset("in at near via into visiting nach à au en vers naar uit".split())  # noqa: SIM905


def bracket_relation_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of given names (and a listed surname after them) before a bracketed relation, or
    before the relation in commas (``Pilar, her daughter,``)."""
    out = _apposition_spans(text) if "," in text else []
    if "(" not in text:
        return out
    pos = 0
    while (m := _BRACKET.search(text, pos)) is not None:
        pos = m.start() + 1
        relation = m.group("relation").lower()
        if relation not in RELATIONS and relation != "next of kin":
            continue
        given, family = m.group("given"), m.group("family")
        if family is not None and not given_word(given) and given_word(family):
            continue  # "Contact Kimberley (family)" is found from "Kimberley" at the next start
        if not given_word(given):
            continue
        if _after_place_preposition(text, m.start()):
            continue
        if family is not None and (family.lower() in family_names() or not given_word(family)):
            out.append((m.start(), m.end("family"), E.NAME))
        elif family is None:
            out.append((m.start(), m.end("given"), E.FIRST_NAME))
    return out


def _after_place_preposition(text: str, start: int) -> bool:
    before = _BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in _PLACE_PREPOSITIONS


def _apposition_spans(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end("given"), E.FIRST_NAME)
        for m in _APPOSITION.finditer(text)
        if m.group("relation").lower() in RELATIONS
        and given_word(m.group("given"))
        and not _after_place_preposition(text, m.start())
    ]
