"""The address written after the addressee of a piece of post: ``letter to Jane Law, 32 Great Harbour - 'not known at
this address'``, ``parcel for Mr Rose, PK 15,2 côté montagne.``, ``lettre à Awa Diop, Dixinn, Taouyah -``.

Why: a street line is told by its street type, its house number and a town or postcode after it; many addresses of
small places have none of them or only some (``Route 1``, ``The Settlement``, ``32 Great Harbour``, Tahiti's
``PK 15,2 côté montagne``, Conakry's quarters ``Dixinn, Taouyah``), and a note of returned post names such an
address right after the person it was for (set 42, seen: fr_PF, en_VG, en_AS, en_KN, en_AG, fr_GN). The grammar
of an address on post is the cue: a word for a piece of post (letter, parcel, card, invoice; ``lettre``, ``colis``,
``carta``, ``Brief``, ``pakket``...), ``to``/``for`` (``à``, ``pour``, ``para``, ``an``, ``aan``...), the addressee
(one to four capitalised words, a title allowed), a comma, then the address up to the phrase's end (a dash, a
bracket, a semicolon, a quote, a full stop before a space, the end of the line). The address must open with a
digit or a capital, hold at most eight words and no e-mail; unless it opens with a house number (or a short code and
a number: ``PK 15,2``), each comma-separated part is up to four capitalised words (particles between them), not a
greeting (``Love``, ``Thanks``, ``Happy``...): a sentence or a card's wishes after the name are not taken.

Example::

    addressee_street_spans("Returned post: letter to Jane Law, 32 Great Harbour - 'not known at this address'.")
    # [(35, 51, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["addressee_street_spans"]

# Pieces of post, singular and plural (English, French, Spanish, Portuguese, German, Dutch, Italian); lower case.
_POST_WORDS = frozenset(
    """letter letters parcel parcels package packages packet packets card cards postcard postcards mail post invoice
    invoices bill bills statement statements cheque cheques envelope envelopes renewal renewals reminder reminders
    notice notices lettre lettres colis courrier courriers carte cartes facture factures pli plis avis carta cartas
    paquete paquetes sobre sobres factura facturas envío envíos encomenda encomendas fatura faturas brief briefe
    paket pakete karte karten rechnung rechnungen sendung sendungen brieven pakket pakketten kaart kaarten factuur
    facturen lettera lettere pacco pacchi cartolina cartoline fattura fatture""".split()  # noqa: SIM905
)
_TRIM = ".,;:!?()\"'“”‘’"
_POST = rf"(?i:{'|'.join(sorted(_POST_WORDS, key=len, reverse=True))})"
_TO = r"(?:(?i:addressed[ \t]+to|to|for)|à|pour|para|a|an|für|aan|voor|per)"
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"
_WORD = rf"[{_UP}][{_LOW}'’\-]*(?:-[{_UP}][{_LOW}'’\-]*)?\.?"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|dos|del|la|le|bin|binti|al|el)"
_ADDRESSEE = rf"{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}"
# The address: opens with a digit or a capital, runs to the phrase's end.
_ADDRESS = rf"(?:\d|[{_UP}])[^\n;()\"'“”‘’@!?]*?"
_END = r"(?=[ \t]+[-–—][ \t]|[ \t]*[;(\"'“‘\n]|\.(?:[ \t]|$)|[ \t]*$)"
_LINE = re.compile(rf"{_POST}[ \t]+{_TO}[ \t]+{_ADDRESSEE},[ \t]+(?P<address>{_ADDRESS}){_END}")
# A piece of post and its "to": the line is tried only where this stands.
_GATE = re.compile(rf"(?<![\w\-]){_POST}[ \t]+{_TO}[ \t]")
MAX_WORDS = 8
MAX_PART_WORDS = 4
# A part opening with a house number or a short code and a number ("32 Great Harbour", "PK 15,2 côté montagne").
_NUMBERED = re.compile(rf"^(?:\d|[{_UP}]{{1,3}}[ \t]?\d)")
_PLACE_PARTICLES = frozenset(
    "de del della di da do dos das du des la le les van von der den y e et and of on upon".split()  # noqa: SIM905
)
# Greetings, thanks and sign-offs a card's addressee is followed by ("Card for Jim, Love Mum.").
_GREETINGS = frozenset(
    """love thanks thank happy best regards cheers merry congratulations dear hi hello get many with all kind warm
    see sorry please welcome good well bonne joyeux merci feliz gracias alles liebe herzlichen gefeliciteerd
    tanti auguri buon""".split()  # noqa: SIM905
)


def _part_reads_as_place(part: str) -> bool:
    """A part of the address: numbered, or up to four capitalised words (particles between them)."""
    if _NUMBERED.match(part):
        return True
    words = part.split()
    if not words or len(words) > MAX_PART_WORDS or words[0].casefold().strip(".") in _GREETINGS:
        return False
    return (
        all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _PLACE_PARTICLES for w in words)
        and words[0][:1].isupper()
    )


def addressee_street_spans(text: str) -> list[tuple[int, int, str]]:
    """The address after a piece of post's addressee and a comma (see the module docstring)."""
    if "," not in text or not any(w.casefold().strip(_TRIM) in _POST_WORDS for w in text.split()):
        return []
    out = []
    for gate in _GATE.finditer(text):
        if (m := _LINE.match(text, gate.start())) is None:
            continue
        address = m.group("address")
        parts = [p.strip() for p in address.split(",")]
        numbered = bool(_NUMBERED.match(address))  # "PK 15,2": a comma inside the number
        if len(address.split()) > MAX_WORDS or not (numbered or all(map(_part_reads_as_place, parts))):
            continue
        out.append((m.start("address"), m.end("address"), E.STREET_ADDRESS))
    return out
