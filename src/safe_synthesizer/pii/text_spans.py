"""Entity spans inside a text cell, and how overlapping ones are resolved.

A :class:`TextSpan` is one entity occurrence ``text[start:end]``. Several recognizers may claim the same
characters; :func:`resolve_spans` keeps the more specific entity (a card number over a phone number),
then the longer span. Identifiers found first are masked to one character before the NER model reads a
cell (:func:`mask_spans`), and the model's spans are mapped back (:func:`unmask_spans`).

Example::

    >>> resolve_spans([TextSpan(0, 8, "name", 0.7), TextSpan(4, 12, "email", 1.0)])
    [TextSpan(start=4, end=12, entity='email', score=1.0)]
"""

from __future__ import annotations

from dataclasses import dataclass

from safe_synthesizer.pii import entities as E

# Specific identifiers win over generic ones when spans overlap.
_RANK = {
    E.CREDIT_DEBIT_CARD: 0, E.IBAN: 1, E.SSN: 2, E.NATIONAL_ID: 3, E.EMAIL: 4, E.URL: 5, E.IP_ADDRESS: 6,
    E.DATE_OF_BIRTH: 7, E.PHONE_NUMBER: 8, E.STREET_ADDRESS: 9, E.POSTCODE: 10, E.NAME: 11,
    E.LAST_NAME: 12, E.FIRST_NAME: 13, E.CITY: 14,
}  # fmt: skip


@dataclass(frozen=True)
class TextSpan:
    """One entity occurrence inside a text cell: ``text[start:end]``."""

    start: int
    end: int
    entity: str
    score: float


# Entities written as words: a span of one never runs across a line break.
_WORDY = (E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY)


def one_line(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """Name and place spans cut at their first line break: a name never runs into the next line of a
    letter or form ("WILSON, Lisa\\nDOB: ..." is no name "Lisa DOB"; the label stays)."""
    out = []
    for span in spans:
        cut = text.find("\n", span.start, span.end) if span.entity in _WORDY else -1
        if cut < 0:
            out.append(span)
            continue
        end = cut
        while end > span.start and text[end - 1] in " \t,;:-":
            end -= 1
        if any(ch.isalpha() for ch in text[span.start : end]):
            out.append(TextSpan(span.start, end, span.entity, span.score))
    return out


_MASK = "X"


def mask_spans(text: str, spans: list[TextSpan]) -> tuple[str, list[tuple[int, int, int]]]:
    """Replace each (non-overlapping) span by one placeholder character.

    Returns the masked text and, per placeholder, (masked position, original start, original end).
    """
    pieces, placeholders, last, shift = [], [], 0, 0
    for span in spans:
        pieces += [text[last : span.start], _MASK]
        placeholders.append((span.start - shift, span.start, span.end))
        shift += span.end - span.start - 1
        last = span.end
    pieces.append(text[last:])
    return "".join(pieces), placeholders


def unmask_spans(spans: list[TextSpan], placeholders: list[tuple[int, int, int]]) -> list[TextSpan]:
    """Map spans found in the masked text back to original offsets; drop any touching a mask."""
    out = []
    for span in spans:
        if any(span.start <= pos < span.end for pos, _, _ in placeholders):
            continue

        def orig(offset: int) -> int:
            return offset + sum(end - start - 1 for pos, start, end in placeholders if pos < offset)

        out.append(TextSpan(orig(span.start), orig(span.end), span.entity, span.score))
    return out


def resolve_spans(spans: list[TextSpan]) -> list[TextSpan]:
    """Drop overlaps: the better-ranked, then longer span wins."""
    ordered = sorted(spans, key=lambda s: (_RANK.get(s.entity, 99), -(s.end - s.start), s.start))
    kept: list[TextSpan] = []
    for span in ordered:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
