"""Macedonian and Serbian names in Cyrillic: the name lists and surname shapes the Cyrillic name rules add.

Why: :mod:`.text_cyrillic` reads Cyrillic names with Faker's Russian, Ukrainian and Bulgarian lists, which
lack most Macedonian and Serbian given names (``Дарија``, ``Благица``, ``Јована``, ``Ѓорѓи``) and whose
surname endings miss ``-иќ``/``-ић``. Evidence here is language facts:

- Faker's ``mk_MK`` given and family names;
- Faker's ``hr_HR`` names written in Serbian Cyrillic: Serbian and Croatian share most names, and Gaj's
  Latin alphabet maps one to one onto Vuk's Cyrillic (``lj`` -> ``љ``, ``nj`` -> ``њ``, ``dž`` -> ``џ``,
  ``ć`` -> ``ћ``, ``đ`` -> ``ђ``; ``Vuković`` -> ``Вуковић``), so the Croatian list vouches for a Serbian
  Cyrillic name;
- Macedonian letters ``ѓ ќ ѕ љ њ џ ј`` and Serbian ``ђ ћ`` in a capitalised word that ends like a family
  name (``Пејчиновиќ``, ``Јовановић``): no Russian, Ukrainian or Bulgarian word is spelt with them;
- the courtesy titles ``г-дин``, ``г-ѓа``, ``г-ца`` (Macedonian), ``г.``, ``гђа``, ``гђица`` (Serbian).

Example::

    south_slavic_given("Дарија"), south_slavic_family("Спасовска")  # (True, True)
"""

from __future__ import annotations

import re
from functools import cache

from safe_synthesizer.pii.validators import scripts as S

__all__ = ["SOUTH_SLAVIC_TITLES", "south_slavic_family", "south_slavic_given", "south_slavic_shaped"]

#: Courtesy titles of Macedonian and Serbian letters and forms (lower case, without the dot).
SOUTH_SLAVIC_TITLES = frozenset({"г-дин", "г-ѓа", "г-ца", "гдин", "гѓа", "господинот", "госпоѓа", "госпоѓица", "гђа",
                                 "гђица", "госпођа", "госпођица", "д-р"})  # fmt: skip

# Gaj's Latin to Serbian Cyrillic: digraphs first.
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_LETTERS = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True))
_DIGRAPH = re.compile("lj|nj|dž")
# Family-name endings with a letter only Macedonian or Serbian spell: "-иќ", "-ић" (and their plural
# and feminine-free forms), five letters or more.
_SHAPED = re.compile(r"(?:иќ|ић)$")
_OWN_LETTERS = re.compile("[ѓќѕљњџјђћЃЌЅЉЊЏЈЂЋ]")


def to_serbian_cyrillic(word: str) -> str:
    """``word`` in Gaj's Latin alphabet written in Serbian Cyrillic (lower case; other letters kept)."""
    lowered = word.lower()
    lowered = _DIGRAPH.sub(lambda m: _DIGRAPHS[m.group()], lowered)
    return "".join(_LETTERS.get(ch, ch) for ch in lowered)


# Serbian given names Faker's hr_HR list lacks (Orthodox and Serbian forms), in Gaj's Latin: written here
# because no Faker locale holds Serbian names; converted to Cyrillic like the Croatian ones.
_SERBIAN_GIVEN = """aleksa aleksandar aleksandra andrija anđela bogdan bojan bojana borislav borivoje branislav
branislava branko brankica budimir cvijeta časlav danica danilo dejan desanka dimitrije dobrila dragan
dragana dragiša dragoljub dragomir dragutin dušan dušanka đorđe đurđa đurđica gordana gojko ilija jagoda
jelena jelisaveta jovan jovana jovanka kosta ljubica ljubiša ljubomir lazar ljiljana milan milana milena
milica milivoje miljan miloš milorad milutin miodrag mirjana mladen momčilo nebojša nemanja nenad nevena
nikola obrad ognjen olivera predrag radmila radomir radoslav radovan ratko savo sava slavica slobodan
slobodanka smiljana snežana sofija spasoje srđan stanislava stefan stevan stojan strahinja svetlana
svetozar tijana teodora tihomir uroš veljko velimir vesna vidosava vladimir vladan vojislav vuk vukašin
zoran zorica žarko željko živko živorad""".split()  # noqa: SIM905


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    given = set(S._gather("person", ("mk_MK",), S._GIVEN))
    given |= {S._key(to_serbian_cyrillic(n)) for n in _SERBIAN_GIVEN}
    family = set(S._gather("person", ("mk_MK",), S._FAMILY))
    given |= {S._key(to_serbian_cyrillic(n)) for n in S._gather("person", ("hr_HR",), S._GIVEN)}
    family |= {S._key(to_serbian_cyrillic(n)) for n in S._gather("person", ("hr_HR",), S._FAMILY)}
    # Macedonian family names change with sex: "-ски"/"-ска", "-ов"/"-ова", "-ев"/"-ева".
    family |= {n[:-1] + "а" for n in family if n.endswith("ски")}
    family |= {n[:-1] + "и" for n in family if n.endswith("ска")}
    family |= {n + "а" for n in family if n.endswith(("ов", "ев"))}
    return frozenset(given), frozenset(family)


def south_slavic_given(word: str) -> bool:
    """A Macedonian or Serbian given name (listed), in any case."""
    return S._key(word) in _lists()[0]


def south_slavic_family(word: str) -> bool:
    """A Macedonian or Serbian family name (listed), in any case."""
    return S._key(word) in _lists()[1]


def south_slavic_shaped(word: str) -> bool:
    """A word shaped like a Macedonian or Serbian family name: ``-иќ``/``-ић``, or ``-ски``/``-ска``/``-ов``/
    ``-ев`` spelt with a letter only these languages use (``Пејчиновиќ``, ``Ѓорѓиевски``, ``Бојаџиев``)."""
    key = word.lower()
    if len(key) < 5:
        return False
    return bool(_SHAPED.search(key)) or (
        bool(_OWN_LETTERS.search(word)) and key.endswith(("ски", "ска", "ов", "ова", "ев", "ева"))
    )
