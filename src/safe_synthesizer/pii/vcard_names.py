"""vCard ``N`` cells (``Myers;Melissa;;;``): a person's name in the card's five fields, read and rebuilt.

Why: contact exports (vCard 3/4, Outlook, phone address books flattened to CSV) write the structured name as
``Family;Given;Additional;Prefix;Suffix``. No name rule read it (the semicolons hide the words), so a column of
them stayed as written with its header shown or hidden (blind set 24: babysitting families, every first-7
locale). Read as ``Family, Given Additional`` (the comma layout the name rules and fakes already know), the
cell is judged and faked as a name; the fake is written back in the five fields, prefix and suffix (``Dr.``,
``Jr.``) as they were: they name no one.

Example::

    card = vcard_name("Myers;Melissa;Ann;;")
    card.as_comma()                        # "Myers, Melissa Ann"
    card.rebuild("Bailey, Katrina Rose")   # "Bailey;Katrina;Rose;;"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Five fields, four semicolons; the family and given fields hold words (no digit, comma or @).
_VCARD_N = re.compile(r"^([^;,@\d]+);([^;,@\d]+);([^;,@\d]*);([^;,@\d]*);([^;,@\d]*)$")


@dataclass(frozen=True)
class VCardName:
    """The five fields of a vCard ``N`` value."""

    family: str
    given: str
    additional: str
    prefix: str
    suffix: str

    def as_comma(self) -> str:
        """``Family, Given Additional``: the layout the name rules and fakes read."""
        given = f"{self.given} {self.additional}".strip()
        return f"{self.family}, {given}"

    def rebuild(self, fake: str) -> str:
        """The fake (``Family, Given Additional`` or ``Given Family``) written back in the five fields."""
        family, _, rest = fake.partition(", ")
        if not rest:  # a fake in the plain order
            *first, family = fake.split() or [fake]
            rest = " ".join(first)
        words = rest.split()
        n_given = max(1, len(self.given.split()))
        given = " ".join(words[:n_given])
        additional = " ".join(words[n_given:]) if self.additional else ""
        return ";".join((family, given, additional, self.prefix, self.suffix))


def vcard_name(cell: str) -> VCardName | None:
    """The fields of ``cell`` when it is a vCard ``N`` value, else ``None`` (cheap: most cells hold no ``;``)."""
    if cell.count(";") != 4:
        return None
    m = _VCARD_N.match(cell.strip())
    if m is None:
        return None
    family, given, additional, prefix, suffix = (part.strip() for part in m.groups())
    if not family or not given:
        return None
    return VCardName(family, given, additional, prefix, suffix)
