"""Names in Latin letters written family name first (Hungarian ``Horváth Bence``).

Hungarian writes the family name first; a fake written given name first (``Horváth Bence`` ->
``Teréz Magyar``) reads wrong and tells a reader which value was replaced. Non-Latin scripts are
handled by :func:`safe_synthesizer.pii.script_fakes.family_first`; here the locale's language says
the order may be family-first and its name lists decide per value: the first word a listed family
name (and no given name), the last word a listed given name.

Example::

    latin_family_first("Horváth Bence", "hu_HU")  # ("Horváth", "Bence")
    latin_family_first("Bence Horváth", "hu_HU")  # None
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import gazetteers as G

#: Languages whose names in Latin letters are written family name first.
FAMILY_FIRST_LANGUAGES = frozenset({"hu", "vi"})
# Vietnamese family names are few and listed (Nguyễn, Trần, Lê...); given names are not reliably
# listed (Faker's vi_VN list is a stub), so a listed family name first decides the order alone.
_FAMILY_ALONE = frozenset({"vi"})


def latin_family_first(value: str, locale: str | None) -> tuple[str, str] | None:
    """(family, given) when ``value`` is a ``locale`` name written family name first, else ``None``."""
    if not locale or locale.split("_")[0] not in FAMILY_FIRST_LANGUAGES:
        return None
    words = [w for w in re.split(r"\s+", value.strip()) if w]
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return None
    given, family = G.locale_first_names(locale), G.locale_last_names(locale)
    first, last = words[0].lower(), words[-1].lower()
    if first in family and first not in given and (last in given or locale.split("_")[0] in _FAMILY_ALONE):
        return words[0], " ".join(words[1:])
    return None
