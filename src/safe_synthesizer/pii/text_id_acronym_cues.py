"""A personal id after an acronym cue and a number word: ``showed ID (NHI no WHG0745)``, ``(NHI# LMQ7362)``,
``I/D no CF63971652057T``, ``PPS no 1234567TA``, ``N.H.S. number 943 476 5919`` is left to the spaced-id rule.

Why: the id rules take a number after an id word they list (``ID``, ``passport``, ``dni``, ``nat. ident.``); a
country's own id acronym that no list holds (New Zealand's ``NHI``), or a listed one written with slashes or dots
between its letters (``I/D``, ``D.N.I.``), leaves the number in the note. Three readings of the cue, none of a
template's words:

- the acronym with its slashes and dots removed is an id word the loose-cue rule knows (``I/D`` -> ``ID``):
  :func:`text_id_loose_cues.loose_cue_id_spans` decides on the undotted cue;
- the acronym names a personal id in python-stdnum (its module names whose description says person, citizen,
  identity, social security, health or birth: ``NHS``, ``PPS``, ``BSN``, ``PESEL``, ``CURP``, ``AMKA``...), read at
  import;
- any upper-case acronym of two to five letters inside a bracket opened right after an id word (``ID (NHI no
  ...)``, ``identity (XYZ# ...)``): the id word names what the bracket holds.

After the cue come a number word or sign (``no``, ``nr``, ``nbr``, ``nro``, ``number``, ``#``, ``:``) and a token
of six to twenty upper-case letters and digits with a digit, not a date, a time or an amount.

Example::

    acronym_id_spans("A. Baxter showed ID (NHI# LMQ7362) to collect.")
    # [(26, 33, 'national_id')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.text_id_loose_cues import loose_cue_id_spans

__all__ = ["acronym_id_spans"]

_CUE = re.compile(
    r"(?<![\w/.])(?P<cue>[A-Z](?:[/.]?[A-Z]){1,4}\.?)[ \t]*(?P<filler>(?i:no\.?|nr\.?|nbr|nro|num\.?|number|n°|nº|#|:))"
    r"[ \t]*(?P<id>[A-Z0-9]{6,20})(?![\w\-/]|[.,]\d)"
)
_ID_BRACKET_BEFORE = re.compile(r"(?i)(?<![\w])(?:id|i\.d\.?|identity|identification|passport|ident)[ \t]*\([ \t]*\Z")
# stdnum ids that are not a person's or whose acronym is an everyday word of notes (card, PIN, company numbers).
_NOT_PERSONAL = frozenset({"pin", "cc", "cpj", "vid", "nipt", "nuis"})
_PERSONAL = re.compile(r"(?i)person|citizen|national ident|identity|social security|health|passport|resident|birth")
_NOT_PERSON = re.compile(r"(?i)compan|business|vat|bank|account|legal entit|organi[sz]ation|enterprise|employer")


@lru_cache(maxsize=1)
def personal_id_acronyms() -> frozenset[str]:
    """Acronyms of personal ids in python-stdnum (``nhs``, ``bsn``, ``pesel``...), lower case; empty without it."""
    try:
        import importlib
        import pkgutil

        import stdnum
    except ImportError:
        return frozenset()
    out: set[str] = set()
    for info in pkgutil.walk_packages(stdnum.__path__, "stdnum."):
        name = info.name.rsplit(".", 1)[-1]
        if info.name.count(".") != 2 or not 2 <= len(name) <= 5:
            continue
        try:
            doc = (importlib.import_module(info.name).__doc__ or "").strip().split("\n", 1)[0]
        except Exception:
            continue
        if _PERSONAL.search(doc) and not _NOT_PERSON.search(doc):
            out.add(name)
            head = doc.split("(", 1)[0]
            out |= {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", head)}
    return frozenset(out - _NOT_PERSONAL)


def _id_shaped(token: str) -> bool:
    if not any(ch.isdigit() for ch in token):
        return False
    if token.isdigit() and len(token) < 6:
        return False
    return not V.looks_like_date(token)


def _known_after_undotting(cue: str, filler: str, token: str) -> bool:
    """The cue without its slashes and dots is an id word of the loose-cue rule (``I/D`` -> ``ID``)."""
    bare = re.sub(r"[/.]", "", cue)
    if bare == cue:
        return False  # the loose-cue rule has read this cue already
    probe = f"{bare} {filler} {token}"
    return bool(loose_cue_id_spans(probe))


def acronym_id_spans(text: str, found: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """National-id spans after an acronym cue (module docstring); tokens overlapping ``found`` are left."""
    if not any(ch.isdigit() for ch in text):
        return []
    out = []
    for m in _CUE.finditer(text):
        start, end = m.start("id"), m.end("id")
        token, cue = m.group("id"), m.group("cue")
        if any(a < end and start < b for a, b in found) or not _id_shaped(token):
            continue
        bare = re.sub(r"[/.]", "", cue).lower()
        known = bare in personal_id_acronyms() or _known_after_undotting(cue, m.group("filler"), token)
        bracketed = _ID_BRACKET_BEFORE.search(text, 0, m.start("cue")) is not None
        if known or bracketed:
            out.append((start, end, E.NATIONAL_ID))
    return out
