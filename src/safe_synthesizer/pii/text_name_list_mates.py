"""The other items of a list of full names: ``3 rods on beat 2: Goitseone Tshekedi, Kagiso Ramotswa and Katlego
Bogatsu``, ``flatmates Mwansa Hichilema and Bwalya Mwale say``, ``présents : Tamatoa Mai, Hiro Teriitahi et Teva
Flosse``.

Patrol reports, minutes and tenancy notes list the people present as ``A B, C D and E F``. The pair rules find the
items whose given name some list knows; an item of a name nobody listed (Tswana, Bemba, Tahitian names) stays, and
the note keeps one person of three. The list itself is the evidence: when a name span already covers one item of
a list of two to eight items of two or three capitalised words, joined by commas and a last conjunction, or an
item ends in a surname the text names elsewhere (``Complaint from Mrs Radipati``), every other item whose words all
may be names (:func:`text_name_relation_bracketed.capital_name_word`: no English word, function word, common word,
place, title or company word) is a name too. ``Sales, Marketing and Jenna Evans``
adds nothing (``Sales`` is a word), nor do lists of towns (places) or of single words.

The rule needs every name span of the text, the NER model's too (it finds ``Kagiso Ramotswa`` where no list knows
him), so the detector calls :func:`with_list_mates` before it resolves overlaps.

Example::

    list_mate_spans("present: Goitseone Tshekedi, Kagiso Ramotswa and Joseph West", [(39, 50, "name")])
    # [(9, 27, 'name'), (29, 44, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["list_mate_spans", "with_list_mates"]

_CAP = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)?"
_ITEM = rf"{_CAP}(?:[ \t]+{_CAP}){{1,2}}"
_AND = r"(?:&|and|und|et|y|e|en|og|och|i|a|és|și|ve)"
_LIST = re.compile(
    rf"(?<![\w'’\-])(?P<items>{_ITEM}(?:[ \t]*,[ \t]*{_ITEM}){{0,6}}[ \t]*,?[ \t]+{_AND}[ \t]+{_ITEM})(?![\w'’\-])"
)
_SPLIT = re.compile(rf"[ \t]*,[ \t]*|[ \t]*,?[ \t]+{_AND}[ \t]+")
_COMPANY = frozenset(
    """ltd inc llc gmbh plc co corp ag sa bv srl spa sas sarl nv oy ab as kg holdings group partners associates
    services solutions enterprises trading consulting""".split()  # noqa: SIM905
)


def list_mate_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of list items beside an item a name span covers (see the module docstring)."""
    names = [(s, e) for s, e, entity in spans if entity == E.NAME]
    # Surnames the text names elsewhere ("Complaint from Mrs Radipati"): an item ending in one is a person too.
    surnames = {text[s:e] for s, e, entity in spans if entity == E.LAST_NAME}
    if not names and not surnames:
        return []
    from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word

    out = []
    for m in _LIST.finditer(text):
        items, pos = [], m.start("items")
        for part in _SPLIT.split(m.group("items")):
            start = text.index(part, pos)
            items.append((start, start + len(part)))
            pos = start + len(part)
        held = [any(s <= a and b <= e for s, e in names) for a, b in items]
        if not any(held) and not any(text[a:b].split()[-1] in surnames for a, b in items):
            continue
        for (a, b), is_held in zip(items, held, strict=True):
            # A name span across the item's edge reads the words otherwise; one inside it ("Radipati") is a part.
            if is_held or any(s < b and a < e and not (a <= s and e <= b) for s, e in names):
                continue
            words = text[a:b].split()
            if any(w.lower() in _COMPANY for w in words):
                continue
            if all(capital_name_word(w, alone=False, surname=i > 0) for i, w in enumerate(words)):
                out.append((a, b, E.NAME))
    return out


def _uninverted(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with every ``Surname, Given`` span that sits across two items of a list cut
    (:func:`text_name_list_inversion.without_list_inversions`): the NER model reads ``Munroe, Louis Brant`` in
    ``Sean Kerr, Rashad Munroe, Louis Brant`` as one person too, and its span outlives the rules' cut."""
    if "," not in text or not any(s.entity == E.NAME and "," in text[s.start : s.end] for s in spans):
        return spans
    from safe_synthesizer.pii.text_name_list_inversion import without_list_inversions

    triples = [(s.start, s.end, s.entity) for s in spans]
    cut = without_list_inversions(text, triples)
    if sorted(cut) == sorted(triples):
        return spans
    scores = {(s.start, s.end, s.entity): s.score for s in spans}

    def score(a: int, b: int, e: str) -> float:  # a cut part scores as the span it came from
        return scores.get((a, b, e)) or max((s.score for s in spans if s.start < b and a < s.end), default=0.7)

    return [TextSpan(a, b, e, score(a, b, e)) for a, b, e in cut]


def _with_name_parts(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` with the particle and family name after a name (:mod:`text_name_particle_tails`: ``Hervør á
    Rógvi``) and the lone repeats of a full name's given name (:mod:`text_name_repeated_given`: ``Thx Vinko``)."""
    from safe_synthesizer.pii.text_name_particle_tails import with_particle_tails
    from safe_synthesizer.pii.text_name_repeated_given import repeated_given_spans

    triples = [(s.start, s.end, s.entity) for s in spans]
    tailed = with_particle_tails(text, triples)
    if tailed != triples:
        spans = [TextSpan(a, b, e, s.score) for (a, b, e), s in zip(tailed, spans, strict=True)]
        triples = tailed
    return spans + [TextSpan(a, b, e, 0.7) for a, b, e in repeated_given_spans(text, triples)]


def with_list_mates(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` and the list mates of their name spans (:func:`list_mate_spans`), scored as the name-list rules;
    inverted names across two list items cut first (:func:`_uninverted`)."""
    if not any(s.entity in (E.NAME, E.LAST_NAME, E.FIRST_NAME) for s in spans):
        return spans
    spans = _with_name_parts(text, _uninverted(text, spans))
    if not any(s.entity in (E.NAME, E.LAST_NAME) for s in spans):
        return spans
    found = list_mate_spans(text, [(s.start, s.end, s.entity) for s in spans])
    return spans + [TextSpan(a, b, e, 0.7) for a, b, e in found]
