"""Kazakh person names in Cyrillic, in Kazakh, Russian or English notes.

Why: the Cyrillic name rules (:mod:`text_cyrillic`) know the given names of Faker's Russian, Ukrainian and
Bulgarian lists, and Kazakh given names (``Нұрлан``, ``Әсел``, ``Дәурен``, ``Мөлдір``) are in none of them, so
``Берік Сәрсенбаев`` was no name although its family name has the Russian-style ending every Kazakh family name
of the Soviet registry took (``-ов``/``-ев``, ``-ова``/``-ева``) or the Kazakh patronymic one (``-ұлы`` "son
of", ``-қызы`` "daughter of"; Russian spellings ``-улы``/``-кызы``).

A name is two or three Cyrillic words in one case (title case or capitals), given name first or family name
first (the Kazakh registry order ``Сәрсенбаев Берік``), where one word is a family-name-shaped word and another:

- a listed Kazakh given name (the frequent given names of the last decades, in Kazakh and Russian spellings); or
- any capitalised word, when the family word holds a letter only the Kazakh alphabet has (``ә ғ қ ң ө ұ ү һ і``:
  ``Жұмабаев``, ``Әбдірахманов``): those endings on a Kazakh stem name a person, never a street or a town
  (Kazakh streets and towns are written ``... көшесі``, ``-қаласы``, or are proper nouns with no such ending); or
- any capitalised word, in a note written in Latin letters, where a pair of Cyrillic words with a family ending
  can only be a person's name.

A street abbreviation (``ул.``, ``пр.``, ``д.``) or a town before the pair keeps it a place.

Example::

    kazakh_name_spans("Parcel left with Ерлан Жұмабаев at the back door.")  # [(17, 31, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.validators import scripts as S

__all__ = ["KAZAKH_GIVEN", "kazakh_name_spans"]

# Frequent Kazakh given names (men, then women), lower case; Kazakh spelling and, where it differs, the Russian
# spelling of passports (``Нурлан``, ``Асель``).
_MEN = """нұрлан нурлан ерлан серік серик асхат айдос дәурен даурен қанат канат бауыржан бауржан ержан талғат талгат
арман азамат мұрат мурат болат жандос ерболат нұрсұлтан нурсултан дастан ерасыл мирас алихан темірлан темирлан
данияр ермек марат бекзат самат ербол жасұлан жаслан абай арсен әділет адилет олжас ғалым галым қайрат кайрат
бақыт бакыт берік берик ақжол акжол нұржан нуржан ерік ерик әлихан алижан елдос ернар жәнібек жанибек қуаныш
куаныш мейрам нұрбол нурбол саят сұлтан султан тимур әлібек алибек бақытжан бакытжан ерзат жарас ілияс ильяс
қасым касым мақсат максат нұрлыбек нурлыбек рахат сабыр серікбол ғабит габит дәулет даулет еркебұлан ақылбек"""
_WOMEN = """жанар айгүл айгуль гүлнар гульнар әсел асель мөлдір молдир айжан динара жансая аружан балжан гүлмира
гульмира сәуле сауле жұлдыз жулдыз айгерім айгерим әйгерім назерке ақбота акбота жанель томирис меруерт ботагөз
ботагоз салтанат ләззат ляззат раушан құралай куралай алия айнұр айнур гүлжан гульжан жібек жибек перизат
гүлназ гульназ дариға дарига жазира зарина ақмарал акмарал баян гаухар әлия ажар аяжан ақерке акерке дилназ
жансұлу жансулу қарлығаш карлыгаш мадина нұрай нурай сабина толқын толкын ұлжан улжан шолпан эльмира арайлым"""
#: Frequent Kazakh given names in Cyrillic (lower case).
KAZAKH_GIVEN = frozenset((_MEN + " " + _WOMEN).split())

_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# Family-name endings: the registry's -ов/-ев (-ова/-ева) after a stem of three letters or more, the patronymic
# -ұлы/-қызы (-улы/-кызы), and -ин/-ина only on a stem with a Kazakh letter (``Тоқин``; Russian Марина is a
# given name).
_FAMILY = re.compile(r"^[\u0400-\u04ff]{3,}(?:ов|ев|ова|ева|ұлы|улы|қызы|кызы)$")
_FAMILY_KAZAKH_IN = re.compile(r"^[\u0400-\u04ff]{3,}(?:ин|ина)$")
_WORD = r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?"
_UPPER = r"[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,}(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,})?"
_PAIR = re.compile(
    rf"(?<![\w\-.])(?:(?P<t>{_WORD}(?:[ \t]+{_WORD}){{1,2}})|(?P<u>{_UPPER}(?:[ \t]+{_UPPER}){{1,2}}))(?![\w\-])"
)
# Street and building abbreviations of Russian addresses right before a word: the word is a street's name.
_PLACE_BEFORE = re.compile(r"(?:ул|пр|пер|бул|наб|ш|алл|пл|мкр|д|г|обл|р-н|көш)\.?[ \t]*$", re.I)
_LATIN = re.compile("[A-Za-z]")
_CYR = re.compile("[\u0400-\u04ff]")


def _family(word: str) -> bool:
    key = word.lower()
    return bool(_FAMILY.match(key) or (_FAMILY_KAZAKH_IN.match(key) and _KAZAKH_LETTERS.search(key)))


def _given(word: str) -> bool:
    return word.lower() in KAZAKH_GIVEN


def _is_name(words: list[str], latin_note: bool) -> bool:
    """A family-shaped word and, beside it, a listed given name (or any word when the family word is Kazakh or
    the note is in Latin letters); no word is a town."""
    if any(S.script_town(w) for w in words):
        return False
    families = [i for i, w in enumerate(words) if _family(w)]
    if not families:
        return False
    others = [w for i, w in enumerate(words) if i not in families[:1]]
    if any(_given(w) for w in others):
        return True
    strong = any(_KAZAKH_LETTERS.search(words[i]) for i in families)
    return (strong or latin_note) and all(len(w) >= 3 for w in words)


def kazakh_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Kazakh full names in the Cyrillic words of ``text`` (see the module docstring)."""
    if not _CYR.search(text):
        return []
    latin_note = len(_LATIN.findall(text)) > len(_CYR.findall(text))
    out = []
    for m in _PAIR.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        i = 0
        while i < len(words) - 1:
            if i == 0 and _PLACE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                i += 1
                continue
            # Three words when each is a listed given name or family-shaped ("Сәрсенбаев Берік Нұрланұлы"); else
            # two ("Кілттерді Ерлан Жұмабаев": the sentence's first word is no part of the name).
            for n in (3, 2):
                group = [w.group() for w in words[i : i + n]]
                if len(group) < n:
                    continue
                if n == 3 and not all(_given(w) or _family(w) for w in group):
                    continue
                if _is_name(group, latin_note):
                    out.append((m.start() + words[i].start(), m.start() + words[i + n - 1].end(), E.NAME))
                    i += n
                    break
            else:
                i += 1
    return out
