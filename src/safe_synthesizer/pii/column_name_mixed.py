"""Columns of people written as given names alone or as full names, both in one column.

Why: a parish roll's ``Spouse``, a club's ``Partner`` or a referral column holds ``Barbara`` in one row and
``Mark Olson`` in the next: the clerk wrote the full name when the spouse's surname differs or is known, the given
name alone otherwise. Read value by value, half the cells are listed first names, so the column passed as a
first-name column (or failed as a full-name column: too few cells of several words). But a given-names column
holds no surnames: its cells of several words are double given names (``José Luis``, ``Grace Joseph``), whose last
word is itself a given name. A column where a share of cells end in a word that is no given name, and the rest are
given names alone, names people in full or in part: a name column.

Example::

    mixed_people(sample_of(["Barbara", "Mark Olson", "Julie", "Patrick Miller"]))
    # MixedPeople(surnamed=0.5, given_alone=0.5)
"""

from __future__ import annotations

from dataclasses import dataclass

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_sample import ValueSample

# Share of distinct cells that must be a given name followed by a word no list gives as a given name: double given
# names (``Maria José``, ``Akinyi Joyce``) end in a given name, so first-name columns hold none of these.
MIN_SURNAMED = 0.2
# Share of distinct cells that must be either such a full name or a listed given name alone.
MIN_GIVEN_OR_FULL = 0.75


@dataclass(frozen=True)
class MixedPeople:
    """Shares of distinct cells that are a full name ending in a surname, and a listed given name alone."""

    surnamed: float
    given_alone: float

    @property
    def mixed(self) -> bool:
        """Full names and given names alone together make up the column, with enough full names to tell."""
        return self.surnamed >= MIN_SURNAMED and self.surnamed + self.given_alone >= MIN_GIVEN_OR_FULL

    @property
    def share(self) -> float:
        """Share of cells that name a person in full or by given name."""
        return min(1.0, self.surnamed + self.given_alone)


def _surnamed(value: str) -> bool:
    """A listed given name first, and a last word no list gives as a given name (``Mark Olson``, not ``José Luis``)."""
    words = V.name_words(value)
    return len(words) >= 2 and V.opens_with_given_name(value) and not V.first_name_known(words[-1])


def _given_alone(value: str) -> bool:
    return len(V.name_words(value)) == 1 and V.first_name_known(value)


def mixed_people(sample: ValueSample) -> MixedPeople:
    """How many of the sample's distinct values are full names ending in a surname, and given names alone."""
    return MixedPeople(sample.share(_surnamed), sample.share(_given_alone))
