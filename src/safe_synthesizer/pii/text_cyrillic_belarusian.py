"""Belarusian person names in Cyrillic: given names, patronymics and family names in Belarusian spelling.

Why: the Cyrillic name rules (:mod:`text_cyrillic`) read Faker's Russian, Ukrainian and Bulgarian lists, and
no Faker locale is Belarusian. Belarusian spelling differs from both neighbours in the very letters a name
is made of: ``ў`` (``Яўгенія``, ``Максімаўна``), ``і`` beside ``ы`` (``Юрый``), ``э`` after consonants
(``Андрэй``), ``дз``/``ц`` for Russian ``д``/``т`` (``Дзмітрый``, ``Кацярына``) and akanne (``Марына``,
``Вольга``). So ``Марына Максімаўна Дзямідава`` and ``Мікалай`` matched no list and no ending, and the notes
kept them. Three language facts mark them instead:

- given names: the frequent Belarusian given names in Belarusian spelling (:data:`BELARUSIAN_GIVEN`);
- patronymics: the father's name with ``-авіч``/``-евіч`` (men) or ``-аўна``/``-еўна`` (women), the
  Belarusian forms of Russian ``-ович``/``-овна``. A word of seven letters or more with this ending names a
  person's father and nothing else in the language;
- family names: the Belarusian endings ``-ёнак``/``-онак`` (``Кавалёнак``), ``-віч``/``-іч`` (``Багдановіч``),
  ``-скі``/``-ская``/``-цкі``/``-цкая``, the possessive ``-аў``/``-еў``/``-ёў`` (``Быкаў``) and its
  feminine ``-ава``/``-ева`` (``Сцяпанава``), ``-чык`` (``Лявончык``) and ``-енка`` (``Ярмоленка``).

The functions answer for one word; :mod:`text_cyrillic` combines them with its own rules of case and position.

Example::

    belarusian_given("Мікалай"), belarusian_patronymic("Максімаўна"), belarusian_surname_shaped("Кавалёнак")
    # (True, True, True)
"""

from __future__ import annotations

import re

__all__ = ["BELARUSIAN_GIVEN", "belarusian_given", "belarusian_patronymic", "belarusian_surname_shaped"]

# Frequent given names in Belarusian spelling (men, then women), lower case; both apostrophes of ``Дар'я``.
_MEN = """аляксандр аляксей алесь алег анатоль андрэй антон антось арцём аркадзь арсень багдан барыс вадзім
валерый валянцін васіль віктар віталь вячаслаў генадзь глеб дзмітрый дзяніс зміцер змітрок ігар ігнат ілья
кірыл канстанцін леанід лявон максім мацей міхаіл міхась мікалай мікіта павел пётр пятро раман рыгор сяргей
сямён станіслаў сцяпан цімафей тарас уладзімір уладзіслаў фёдар францішак эдуард юрый юрась язэп ян янка
яраслаў яўген ягор данііл"""
_WOMEN = """аляксандра алена алеся ала анастасія ганна антаніна валянціна вераніка вольга галіна дар'я дар’я
зінаіда кацярына ксенія ларыса лізавета лідзія людміла любоў маргарыта марына марыя надзея наталля настасся
паліна святлана соф'я соф’я таццяна тамара ульяна уладзіслава хрысціна юлія яўгенія ядвіга ірына інэса
вікторыя рэгіна тэрэза францішка аксана"""
#: Frequent Belarusian given names in Belarusian spelling (lower case).
BELARUSIAN_GIVEN = frozenset((_MEN + " " + _WOMEN).split())

# Patronymics: Belarusian -авіч/-евіч/-ёвіч and -аўна/-еўна/-ёўна.
_PATRONYMIC = re.compile(r"(?:[ае]віч|ёвіч|[ае]ўна|ёўна)$")
_MIN_PATRONYMIC = 7
_SURNAME = re.compile(
    r"(?:[ёо]нак|енак|віч|іч|скі|ская|цкі|цкая|аў|еў|ёў|ава|ева|ёва|чык|енка)$",
)
_MIN_SURNAME = 5


def belarusian_given(word: str) -> bool:
    """A frequent Belarusian given name (any letter case)."""
    return word.lower() in BELARUSIAN_GIVEN


def belarusian_patronymic(word: str) -> bool:
    """A Belarusian patronymic (``Максімаўна``, ``Андрэевіч``): seven letters or more with its ending."""
    key = word.lower()
    return len(key) >= _MIN_PATRONYMIC and bool(_PATRONYMIC.search(key))


def belarusian_surname_shaped(word: str) -> bool:
    """A word of five letters or more ending as Belarusian family names do (``Кавалёнак``, ``Быкаў``)."""
    key = word.lower()
    return len(key) >= _MIN_SURNAME and bool(_SURNAME.search(key)) and key not in BELARUSIAN_GIVEN
