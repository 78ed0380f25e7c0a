"""A person cell with something ATTACHED to the name: a birth-year aside, a kinship aside, a kinship address word.

Why: registers attach to a name what the desk needed beside it: the year of birth (``Wahyudi Sutrisno (b. 1947)``,
``Cheang Mei Leng (n. 1993)``, ``Carla Pohl (geb. 1993)``, ``Ana Ruiz, born 1990``, ``Jan Novák *1990``), whose child
the person is the parent of (``Mzwandile Mtyobile (dad of Lunga)``, ``Virgilio Cámara (padre de Mireia)``, ``Hadiza
Oumarou (mère de Fati)``), or the word a community addresses a person by in place of a surname (``Uncle Makana``,
``Aunty Haunani``, ``Mma Lesego``, ``Rra Onkemetse``, ``Tío Paco``, ``Oom Piet``). The column readers saw a name
plus an unknown tail or an unknown first word and refused the cell. This reader lists no layout of the aside: it
reads a trailing aside by its STRUCTURE (in brackets, or after a comma, dash or sign) as a plausible birth YEAR with
at most one short word or sign beside it (the abbreviation of "born" in any language: ``b.``, ``n.``, ``geb.``,
``nac.``, ``ur.``, ``s.``, ``f.``, ``*``, ``°``; or a birth word of :mod:`birth_words_world`), or as a RELATION: one or
two lower-case words, a short link word and a capitalised name (``dad of Lunga``, ``madre di Dino``). The address
words are a closed class per language (kinship and respect words used as titles), not the template's words.

The reader never decides a column: :mod:`column_attached_people` asks the existing judges about the cells with the
attachment set aside.

Example::

    split_person_attachment("Wahyudi Sutrisno (b. 1947)")  # ('Wahyudi Sutrisno', 'birth_year')
    split_person_attachment("Mma Lesego")                  # ('Lesego', 'address_word')
    split_person_attachment("Wahyudi Sutrisno")            # None
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

__all__ = ["ADDRESS_WORDS", "split_person_attachment"]

# Kinship and respect words a community puts before a given name in place of a surname (folded to lower case, no
# final dot), per language: en, Hawaiian/Pidgin, Tswana/Sotho, Zulu/Xhosa, Swahili, Yoruba/Igbo/Ewe/Akan, Amharic/
# Tigrinya, Filipino, Indonesian/Malay/Javanese, Turkish, Spanish, Italian, Portuguese, French, German, Dutch/
# Afrikaans, Hindi/Urdu/Bengali/Telugu (romanised), Arabic (romanised).
ADDRESS_WORDS = frozenset({
    "uncle", "aunty", "auntie", "aunt", "granny", "grandma", "grandpa", "nana", "nan", "gran", "cousin", "brother",
    "sister", "bro", "sis", "pastor", "deacon", "elder", "coach", "tutu", "kupuna", "kumu", "mma", "rra", "mme",
    "ntate", "nkgono", "rakgadi", "malome", "baba", "mama", "gogo", "tata", "sisi", "bhuti", "malume", "makhulu",
    "bibi", "babu", "mzee", "bwana", "dada", "kaka", "shangazi", "mjomba", "iya", "nne", "papa", "togbe", "efo",
    "maame", "agya", "opanyin", "ato", "weyzero", "wro", "abba", "emahoy", "aboy", "tita", "tito", "lola", "lolo",
    "kuya", "manong", "manang", "tatay", "nanay", "pak", "bu", "bapak", "ibu", "mas", "mbak", "kak", "kakak",
    "abang", "adik", "cik", "encik", "puan", "tante", "eyang", "mbah", "teyze", "amca", "dayi", "hala", "abla",
    "agabey", "hoca", "tio", "tia", "abuelo", "abuela", "dona", "doña", "padrino", "madrina", "zio", "zia", "nonno",
    "nonna", "compare", "comare", "vovo", "vovó", "avo", "avó", "tonton", "tatie", "mamie", "papi", "papy", "pepe",
    "mémé", "meme", "onkel", "oma", "opa", "oom", "tannie", "ouma", "oupa", "ome", "chacha", "chachi", "mami",
    "bua", "nani", "dadi", "bhaiya", "didi", "bhai", "behen", "mamu", "khala", "phupho", "akka", "amma", "appa",
    "ammamma", "thatha", "garu", "ammu", "ammi", "abbu", "khalu", "chachu", "ammo", "khalo", "khalto", "amto",
    "hajj", "hajja", "haji", "hajji", "sheikh",
})  # fmt: skip
# Opening and closing of an aside, and the signs that put one after a name without brackets.
_BRACKETED = re.compile(
    r"^(?P<person>.*?[^\W\d_].*?)\s*[(\[{（【]\s*(?P<aside>[^()\[\]{}（）【】]{1,40}?)\s*[)\]}）】]\s*$"
)
_TRAILING = re.compile(
    r"^(?P<person>.*?[^\W\d_][^,;–—/|]*?)\s*(?:[,;|/]|\s[-–—]|\s(?=[*°✱⁕]))\s*(?P<aside>[^,;|]{1,30})$"
)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
# Beside the year: nothing, a sign, or one short word with or without a dot (an abbreviation of "born").
_BESIDE_YEAR = re.compile(r"^[\s*°✱⁕†:.\-–]*(?:[^\W\d_]{1,6}\.?)?[\s*°✱⁕:.\-–]*$")
_BORN_WORDS = frozenset({"born", "geboren", "nacido", "nacida", "nato", "nata", "nascido", "nascida", "ne", "nee"})
# A relation aside: one or two lower-case words, a short lower-case link word (``of``, ``de``, ``di``, ``d'``, ``wa``),
# then one or two capitalised name words (``dad of Lunga``, ``madre di Dino``, ``mère d'Amina``).
MAX_LINK_LETTERS = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_SIGNED_YEAR = re.compile(r"^(?P<person>[^\d]+?)\s+[*°✱⁕]\s?(1[89]\d\d|20\d\d)$")
MAX_PERSON_WORDS = 6


def _plausible_year(year: int) -> bool:
    return 1900 <= year <= date.today().year


def _birth_year_aside(aside: str) -> bool:
    years = _YEAR.findall(aside)
    if len(years) != 1 or not _plausible_year(int(years[0])):
        return False
    rest = _YEAR.sub(" ", aside, count=1).strip()
    if not rest or _BESIDE_YEAR.match(rest):
        return True
    words = [w.rstrip(".") for w in _WORD.findall(rest)]
    return len(words) <= 2 and any(_is_birth_word(w) for w in words)


def _is_birth_word(word: str) -> bool:
    from safe_synthesizer.pii.birth_words_world import is_birth_word

    return word.lower() in {
        "born",
        "geboren",
        "nacido",
        "nacida",
        "nato",
        "nata",
        "nascido",
        "nascida",
        "ne",
        "nee",
    } or (is_birth_word(word))


def _relation_aside(aside: str) -> bool:
    words = aside.replace("'", "' ").replace("’", "’ ").split()
    if not 3 <= len(words) <= 5:
        return False
    names = [w for w in words if w[:1].isupper()]
    lowers = words[: len(words) - len(names)]
    if not 1 <= len(names) <= 2 or words[len(lowers) :] != names or not 2 <= len(lowers) <= 3:
        return False
    *relation, link = lowers
    return (
        all(w.isalpha() and w.islower() for w in relation)
        and len(link.rstrip("'’")) <= MAX_LINK_LETTERS
        and link.rstrip("'’").isalpha()
        and all(n.replace("-", "").isalpha() for n in names)
    )


def _name_like(person: str) -> bool:
    words = person.split()
    return 1 <= len(words) <= MAX_PERSON_WORDS and not any(ch.isdigit() for ch in person) and "@" not in person


@lru_cache(maxsize=16384)
def split_person_attachment(cell: str) -> tuple[str, str] | None:
    """``(person part, kind)`` of a cell with an attachment (``birth_year``, ``relation`` or ``address_word``; see
    the module), else ``None``. The person part still has to read as a person: the caller's judges decide.

    Example::

        split_person_attachment("Hadiza Oumarou (mère de Fati)")  # ('Hadiza Oumarou', 'relation')
        split_person_attachment("Carla Pohl, geb. 1993")          # ('Carla Pohl', 'birth_year')
    """
    text = " ".join(str(cell).split())
    if not text or len(text) > 120:
        return None
    for pattern in (_BRACKETED, _TRAILING):
        m = pattern.match(text)
        if m is None:
            continue
        person, aside = m.group("person").strip(" ,;-–—"), m.group("aside").strip()
        if not _name_like(person):
            continue
        if _birth_year_aside(aside):
            return person, "birth_year"
        if pattern is _BRACKETED and _relation_aside(aside):
            return person, "relation"
    # A sign of birth glued to the year after the name (``Jan Novák *1990``).
    m = _SIGNED_YEAR.match(text)
    if m and _plausible_year(int(m.group(2))) and _name_like(m.group("person")):
        return m.group("person"), "birth_year"
    words = text.split()
    if 2 <= len(words) <= 3 and words[1][:1].isupper() and words[1].replace("-", "").isalpha():
        first = _fold(words[0]).rstrip(".")
        # A kinship or respect word before a name, or a courtesy title before a lone given name (``Mr Moses``,
        # ``Miss Lydia``: the title readers want a surname after it).
        if first in ADDRESS_WORDS or (len(words) == 2 and first in _titles()):
            return " ".join(words[1:]), "address_word"
    return None


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from safe_synthesizer.pii.gazetteers import TITLES

    return frozenset(TITLES) - {"jr", "sr", "ii", "iii", "iv"}
