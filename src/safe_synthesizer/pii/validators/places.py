"""Place checks: postcodes, towns, regions, street lines and whole addresses of many locales.

Example::

    postcode_locales("SW1A 1AA")  # ("en_GB",)
    is_street_any("Löwerstr. 7")  # True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.validators.japanese import JA_POSTCODE, is_japanese_address, is_japanese_town, is_prefecture
from safe_synthesizer.pii.validators.scripts import script_address, script_region, script_street, script_town
from safe_synthesizer.pii.validators.towns import extra_listed_town, hungarian_town_shape

_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_ZIP4 = re.compile(r"^\d{5}-\d{4}$")
_POSTCODE = re.compile(r"^(?=.*\d)[A-Za-z0-9]{2,5}(?:[ \-][A-Za-z0-9]{2,4})?$|^\d{6}$|^\d{5}-?\d{3}$")
# The country letters of European mail before a postcode: "H-7311", "A-1010", "D-10115", "CH-8001".
_LETTERED_POSTCODE = re.compile(r"^(?:[A-Z]{1,2}|CH)-\d{4,5}$")
# Royal Mail: the inward code ends in two letters other than C, I, K, M, O, V.
_UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)
_PLACE = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.'\- ]{0,40}$")
_STREET_NUMBER = re.compile(r"^\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?$")
_SECONDARY = re.compile(r"\b(apt|apartment|suite|ste|unit|#)\b\.?\s*\w+", re.IGNORECASE)
# Postcodes of other layouts inside an address: Polish 00-950, Brazilian 01310-100 / 01310100,
# Indian 110001, Swedish/Czech 114 55, Japanese 100-0001.
_OTHER_POSTCODE = re.compile(r"\b(?:\d{2}-\d{3}|\d{5}-?\d{3}|\d{6}|\d{3} \d{2}|\d{3}-\d{4})\b")
_PL_POSTCODE = re.compile(r"^\d{2}-\d{3}$")
_BR_POSTCODE = re.compile(r"^\d{5}-\d{3}$")
_PT_POSTCODE = re.compile(r"^\d{4}-\d{3}$")  # Portuguese "1391-500"
_SPACED_POSTCODE = re.compile(r"^\d{3} \d{2}$")
# Greek postcodes behind their abbreviation ``ΤΚ`` / ``Τ.Κ.`` (ταχυδρομικός κώδικας): ``ΤΚ 075 98``.
_GR_POSTCODE = re.compile(r"^Τ\.?\s?Κ\.?\s*\d{3} ?\d{2}$")
_NL_POSTCODE = re.compile(r"^\d{4} ?[A-Z]{2}$", re.IGNORECASE)
_FIVE = re.compile(r"^\d{5}$")
# Canadian "K1A 0B1" (no D, F, I, O, Q, U; no W or Z first).
_CA_POSTCODE = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$", re.IGNORECASE)
_UK_POSTCODE_ANYWHERE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
# A house number, also glued to its label as Turkish and other exports write it (``No:73B``, ``Nr.5``).
_HOUSE_NUMBER = re.compile(r"^(?:(?:No|NO|no|Nr|nr|[Nn][º°])[:.]?)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?,?$")
_PLACE_PREFIX = re.compile(
    r"^(new|north|south|east|west|lake|port|saint|sainte|st|ste|san|santa|santo|sankt|bad|fort|mount|mont|"
    r"villa|castel|castello|monte|borgo|sint|nieuw|oud|groot|klein|são|sao|nova|novo|porto|vila|bom|boa|ponta|foz|"
    # Vietnamese, Indonesian and Malay words for a town or regency (``thành phố Huế``, ``TP. Đà Nẵng``,
    # ``Kota Bandung``, ``Kabupaten Bogor``, ``Bandar Baru Bangi``).
    r"thành phố|thanh pho|tp|thị xã|thi xa|kota|kabupaten|kab|bandar)"
    r"\b\.?\s"
    # Quebec and French towns joined by hyphens (``Saint-Jérôme``, ``Lac-Mégantic``, ``L'Île-Perrot``).
    r"|^(saint|sainte|st|ste|mont|lac|baie|l'[îi]le|[îi]le|ville|rivi[èe]re|pointe|cap|notre-dame)-",
    re.IGNORECASE,
)
_PLACE_INFIX = re.compile(
    r"(-|\s)(sur|sous|les|lès|en|la|le|am|an der|im|bei|aan|aan de|op|de la|del|di|in)(-|\s)", re.IGNORECASE
)
_PLACE_SUFFIX = re.compile(
    r"(ville|town|burgh|bury|borough|view|mouth|stad|furt|chester|haven|shire|dorf|hausen|heim|stedt|ingen|"
    r"drecht|huizen|veen|nec|boeuf|bourg|port|fort|side|berg|land)$",
    re.IGNORECASE,
)

# Scandinavian town endings (``Larvik``, ``Haugesund``, ``Sandefjord``, ``Lillestrøm``, ``Tromsø``,
# ``Åndalsnes``, ``Mosjøen``) after a stem of three or more letters: the bare words (``Sund``,
# ``Strand``, ``Dal``) are surnames too, and about 1% of Nordic surnames carry such an ending.
_PLACE_SUFFIX_NORDIC = re.compile(
    r"^[^\W\d_]{3,}?(?:vik|sund|havn|hamn|fjord|strøm|strand|nes|øy|øya|sjøen|odden|eid|bø|mark|våg|vær|dal|by|"
    r"grunn|helle|ås|ø|foss|borg|sand)$",
    re.IGNORECASE,
)

# A French compass word ending a town (``Rouyn Est``, ``Val-d'Or Sud``).
_PLACE_COMPASS_FR = re.compile(r"[\s-](?:est|ouest|nord|sud)$", re.IGNORECASE)
_LOOSE_HYPHEN = re.compile(r"\s*-+\s*")
_LOOSE_APOSTROPHE = re.compile(r"(?<=\b[LlDd]['’])\s+")


def squash_hyphens(value: str) -> str:
    """A town as typed with stray spaces or doubled hyphens written tightly (``Mont- Kevin -sur-Mer``
    -> ``Mont-Kevin-sur-Mer``, ``L' Fortier`` -> ``L'Fortier``): exports and hand entry loosen them."""
    return _LOOSE_APOSTROPHE.sub("", _LOOSE_HYPHEN.sub("-", value.strip()))


# Brazilian and Portuguese town endings ("Rio Grande do Sul", "Campo Grande", "Vargem Grande Paulista").
_PLACE_TAIL_PT = re.compile(
    r"\s(?:d[oa]s?|de)\s(?:sul|norte|oeste|leste|serra|campo|praia|flores|pedras|minas|prata|amparo|dourados|goiás|"
    r"rio|mar|monte|vale|lagoa)$|\s(?:paulista|alegre|grande|verde)$",
    re.IGNORECASE,
)


def is_postcode(value: str, *, cued: bool = False) -> bool:
    """ZIP+4 (``12345-6789``) alone; with a cue also 5-digit ZIPs and other national layouts."""
    if _ZIP4.match(value):
        return True
    if not cued:
        return False
    return bool(
        _ZIP.match(value) or _UK_POSTCODE.match(value) or _POSTCODE.match(value) or _LETTERED_POSTCODE.match(value)
    )


def is_place_shaped(value: str) -> bool:
    """A place name: letters, spaces, dots, hyphens, apostrophes; starts upper-case."""
    return bool(_PLACE.match(value)) and value[:1].isupper() and len(value.split()) <= 5


def is_state(value: str) -> bool:
    """A state or province name or postal abbreviation in the offline lists."""
    return value.lower() in gazetteers.states()


def is_street_address(value: str) -> bool:
    """``123 Main Street [Apt. 4]``: a house number, a street name and a street-type word."""
    first_line = re.split(r"[\n,]", value.strip(), maxsplit=1)[0]
    tokens = _SECONDARY.sub("", first_line).split()
    if len(tokens) < 2 or not _STREET_NUMBER.match(tokens[0]):
        return False
    suffixes = gazetteers.street_suffixes()
    return any(t.lower().rstrip(".,") in suffixes for t in tokens[1:])


def is_full_address(value: str) -> bool:
    """A street address followed by a city/state/postcode part on the same value."""
    if not is_street_address(value):
        return False
    rest = re.split(r"[\n,]", value.strip(), maxsplit=1)
    if len(rest) < 2:
        return False
    tail = rest[1].replace(",", " ").split()
    return any(_ZIP.match(t) or t.lower() in gazetteers.states() for t in tail)


# --- Case-insensitive, locale-aware checks (values decide; see column_detector) --------------


def has_place_marker(value: str) -> bool:
    """A word that marks a town name: ``New``/``Saint``/``San`` prefixes, ``-sur-``, ``-ville`` endings,
    Scandinavian ``-vik``/``-sund``/``-fjord`` endings, Hungarian ``-háza``/``-vára`` ones, or a Japanese
    municipality (``南房総市``)."""
    if is_japanese_town(value) or script_town(value) or hungarian_town_shape(value):
        return True
    value = squash_hyphens(value)
    return bool(
        _PLACE_PREFIX.match(value) or _PLACE_INFIX.search(value) or _PLACE_SUFFIX.search(value)
        or _PLACE_TAIL_PT.search(value) or _PLACE_COMPASS_FR.search(value) or _PLACE_SUFFIX_NORDIC.match(value)
    )  # fmt: skip


def is_listed_city(value: str) -> bool:
    """A town in one of the per-locale city lists (any case; Croatian, Slovenian and Hungarian ones too)."""
    return value.lower() in gazetteers.all_cities() or script_town(value) or extra_listed_town(value)


def is_listed_region(value: str) -> bool:
    """A state, region, province or county of a detectable locale (any case), by its name.

    Bare digits are no region's name: France numbers its départements ``01``-``95`` and its overseas ones
    ``971``-``976`` (Faker lists the numbers beside the names), and so does every shirt, room or count column
    (TeamSnap's ``Jersey Number`` of 9-39 was taken for a state column: set 27, seen, nl_NL ig_NG nl_SR)."""
    if value.strip().isdigit():
        return False
    return value.lower() in gazetteers.all_regions() or is_prefecture(value) or script_region(value)


def postcode_locales(value: str) -> tuple[str, ...]:
    """Locales whose postcode layout ``value`` has (``"SW1A 1AA"`` -> ``("en_GB",)``)."""
    if _ZIP4.match(value):
        return ("en_US",)
    if _UK_POSTCODE.match(value):
        return ("en_GB",)
    if _NL_POSTCODE.match(value):
        return ("nl_NL",)
    if _CA_POSTCODE.match(value):
        return ("en_CA",)
    if JA_POSTCODE.match(value):
        return ("ja_JP",)
    if _FIVE.match(value):
        return ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT")
    if _PL_POSTCODE.match(value):
        return ("pl_PL",)
    if _BR_POSTCODE.match(value):
        return ("pt_BR",)
    if _PT_POSTCODE.match(value):
        return ("pt_PT",)
    if _SPACED_POSTCODE.match(value):
        return ("sv_SE", "cs_CZ", "el_GR")
    if _GR_POSTCODE.match(value):
        return ("el_GR",)
    if (m := _COUNTRY_POSTCODE.match(value)) and len(m.group(2)) == _COUNTRY_POSTCODE_WIDTH[m.group(1)]:
        return (_COUNTRY_POSTCODE_LOCALES[m.group(1)],)
    if _EIRCODE.match(value):
        return ("en_IE",)
    if _AZ_POSTCODE.match(value):
        return ("az_AZ",)
    return ()


# Ireland's Eircode: a routing key (letter and two digits, or ``D6W``) and four characters of its own
# alphabet, which leaves out the letters that read as digits or words (B G I J L M O Q S U Z): ``A65 F4A7``.
# A letter among the four: ``A12 3456`` is as likely a part number (an Eircode of four digits is 1 in 40).
_EIRCODE = re.compile(r"^(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)\s{0,2}(?=[0-9]*[ACDEFHKNPRTVWXY])[0-9ACDEFHKNPRTVWXY]{4}$")
# Azerbaijan writes its four-digit postcodes after the country letters: ``AZ1000``, ``AZ 5600``.
_AZ_POSTCODE = re.compile(r"^AZ\s?\d{4}$")


# Postcodes written with their country letters, whose width is the country's (``LT-01234``, ``H-1636``).
_COUNTRY_POSTCODE = re.compile(r"^(LT|LV|H|HR|SK|CZ|CH|A|D|PL|SI|EE|RO|BG|FIN|DK|N|S)-(\d{4,6})$")
_COUNTRY_POSTCODE_LOCALES = {
    "LT": "lt_LT", "LV": "lv_LV", "H": "hu_HU", "HR": "hr_HR", "SK": "sk_SK", "CZ": "cs_CZ", "CH": "de_CH",
    "A": "de_AT", "D": "de_DE", "PL": "pl_PL", "SI": "sl_SI", "EE": "et_EE", "RO": "ro_RO", "BG": "bg_BG",
    "FIN": "fi_FI", "DK": "da_DK", "N": "no_NO", "S": "sv_SE",
}  # fmt: skip
_COUNTRY_POSTCODE_WIDTH = {"LT": 5, "LV": 4, "H": 4, "HR": 5, "SK": 5, "CZ": 5, "CH": 4, "A": 4, "D": 5, "PL": 5,
                           "SI": 4, "EE": 5, "RO": 6, "BG": 4, "FIN": 5, "DK": 4, "N": 4, "S": 5}  # fmt: skip


def street_locales(value: str) -> tuple[str, ...]:
    """Locales whose street-type words occur in ``value`` (``"12, rue Victor Hugo"`` -> fr_FR...)."""
    words = [w.lower().strip(".,") for w in re.split(r"[\s\n]+", value) if w]
    found = []
    for locale in gazetteers.DETECT_LOCALES:
        vocabulary = gazetteers.locale_street_words(locale)
        glued = locale in ("de_DE", "nl_NL")
        if any(w in vocabulary or (glued and _glued_street(w, vocabulary)) for w in words):
            found.append(locale)
    return tuple(found)


def _fold(text: str) -> str:
    """Lower case without accents: exports of old systems drop them (``Jarnvagsvagen`` for ``Järnvägsvägen``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _folded_glued_types() -> tuple[str, ...]:
    # Imported here: the text street rules build on the validators. Their glued types cover languages Faker's
    # street lists lack (West Frisian ``-strjitte``, ``-dyk``, ``-buorren``; Icelandic ``-vegur``).
    from safe_synthesizer.pii.text_streets import _glued  # one list for text and columns

    # Three letters end too many words of their own (``Notepad``, ``Renewal``, ``Magnolia``).
    return tuple(sorted({_fold(t) for t in _glued() if len(t) >= 4 and t.isalpha()}))


def _glued_type_folded(word: str) -> bool:
    """A capitalised word ending in a glued street type, accents dropped on both sides (``Industrivagen``,
    ``Noarderdyk``, ``Tsjerkebuorren``, ``Munewei``): the name is at least three letters before the type."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    folded = _fold(word)
    return any(len(folded) >= len(t) + 3 and folded.endswith(t) for t in _folded_glued_types())


def _glued_street(word: str, vocabulary: frozenset[str]) -> bool:
    return any(len(word) > len(s) + 2 and word.endswith(s) for s in vocabulary if len(s) >= 3)


# Street-type words of Turkish, Hungarian, Baltic and South Slavic addresses that Faker's street
# lists miss (``Lale Sok. No: 79``, ``Kossuth utca 19.``, ``Liepų g. 105-47``, ``Ilica 12``): full
# words, and abbreviations that count only with their dot (``g.``, ``u.``, ``krt.``).
_MORE_STREET_WORDS = frozenset(
    {
        "sokak", "sokağı", "sokagi", "cadde", "caddesi", "mahallesi", "bulvar", "bulvarı", "bulvari", "meydanı",
        "utca", "út", "útja", "tér", "körút", "köz", "sétány", "fasor", "rakpart", "lakótelep",
        "gatvė", "gatve", "alėja", "prospektas", "aikštė", "plentas", "skersgatvis", "iela", "tänav", "maantee",
        "puiestee", "ulica", "cesta", "trg", "obala",
    }
)  # fmt: skip
_MORE_STREET_ABBREVIATIONS = frozenset(
    {"sok.", "sk.", "cad.", "cd.", "mah.", "mh.", "blv.", "bulv.", "u.", "krt.", "g.", "al.", "pr.", "pl.", "skg.",
     "ul.", "mnt.", "pst."}
)  # fmt: skip
# A house number as these countries write it: ``59.`` (Hungarian), ``105-47``, ``12/3``, ``No: 79``.
_HOUSE_NUMBER_DOTTED = re.compile(r"^\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?[.,]?$")


def _more_street(words: list[str]) -> bool:
    """A street name, then a word of :data:`_MORE_STREET_WORDS` (or a dotted abbreviation after a
    capitalised name: ``Liepų g.``, not ``5 g. sugar``), then a house number."""
    for i, word in enumerate(words[1:-1], start=1):
        lowered = word.lower().rstrip(",")
        before = words[i - 1]
        full = lowered.rstrip(".") in _MORE_STREET_WORDS and before[:1].isalpha()
        short = lowered in _MORE_STREET_ABBREVIATIONS and before[:1].isupper()
        if (full or short) and any(_HOUSE_NUMBER_DOTTED.match(w) for w in words[i + 1 :]):
            return True
    return False


# Street-type words that open a street line in Indonesian and Malay (``Jl. Merdeka No. 12``, ``Gang Mawar
# 7``, ``Lorong 3``, ``Taman Melati 5``), Vietnamese (``Ngõ 13``, ``Hẻm 95``, ``Phố Huế``, ``Đường số 1``, also
# typed without accents), Maltese (``Triq il-Kbira``, ``Sqaq``, ``Vjal``), Tagalog (``Kalye``), Swahili
# (``Mtaa``) and the Pacific and African road words below. Not in the shared street vocabulary: several are names
# or common words (``Ngô``, ``gang``, ``hala``) that free text must not take for street words; here they count only
# beside a house number.
_LEAD_STREET_TYPES = frozenset(
    {"jl", "jln", "jalan", "gg", "gang", "lr", "lorong", "komplek", "perumahan", "perum", "taman", "lebuh",
     "persiaran", "ngõ", "ngo", "ngách", "ngach", "hẻm", "hem", "kiệt", "kiet", "phố", "pho", "đường", "duong",
     "triq", "sqaq", "vjal", "pjazza", "kalye", "mtaa", "barabara"}
)  # fmt: skip
# Tongan (``Lot 12, Hala Tupou``), Malagasy (``Lot II 45, Lalana Rainandriamampandry``), Somali (``Waddada Makka
# 12``), Hausa (``Titin Bello 4``), Samoan and Fijian road words written before the name: common words elsewhere
# (Turkish ``hala``), so only before a capitalised name, never before a number.
_LEAD_NAMED_TYPES = frozenset({"hala", "lalana", "waddada", "wadada", "titin", "auala", "gaunisala"})
# A street name may open with ``số`` (number: ``Đường số 1``) or a Maltese article (``tal-Qroqq``, ``ta' Xbiex``).
_LEAD_NAME_START = re.compile(r"^(?:số|so\b|(?:ta|tal|tad|tan|tas|tat|taż|tax|taz|il|is|it|iż|ix|in|id|ir|l)[-'’])")
_LEAD_HOUSE = re.compile(r"^(?:no\.?)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)*[.,]?$", re.IGNORECASE)


def _lead_type_street(words: list[str]) -> bool:
    """A street line of those languages: a type word of :data:`_LEAD_STREET_TYPES` among the first
    five words, followed by a capitalised word or a number, and a house number anywhere
    (``GG. TUBAGUS ISMAIL NO. 7``, ``Số 9/23/917 Ngõ 13 phố 98``, ``66, Triq tal-Qroqq``)."""
    for i, word in enumerate(words[:5]):
        key = word.lower().strip(".,")
        if (key not in _LEAD_STREET_TYPES and key not in _LEAD_NAMED_TYPES) or i + 1 >= len(words):
            continue
        after = words[i + 1]
        if key in _LEAD_NAMED_TYPES and not (after[:1].isupper() and after[1:2].isalpha()):
            continue
        if not word[:1].isupper() or not (after[:1].isupper() or after[:1].isdigit() or _LEAD_NAME_START.match(after)):
            continue
        if any(_LEAD_HOUSE.match(w) for j, w in enumerate(words) if j != i):
            return True
    return False


def is_street_any(value: str) -> bool:
    """A street line in any detectable locale: a street-type word plus a house number or a name.

    Covers ``123 Main St``, ``Löwerstr. 7``, ``7, boulevard Dupont``, ``Piazza Pellico, 59``,
    ``Yusufbaan 6`` and ``Flat 0\\nOlivia Forge``; at most 12 words.
    """
    if not value or len(value) > 120 or "@" in value:
        return False
    if is_japanese_address(value) or script_street(value):
        return True
    words = [w for w in re.split(r"\s+", value.strip()) if w]
    if not 2 <= len(words) <= 12:
        return False
    if _slavic_street(words) or _more_street(words) or _lead_type_street(words):
        return True
    has_number = any(_HOUSE_NUMBER.match(w) for w in words)
    vocabulary = gazetteers.all_street_words()
    lowered = [w.lower().strip(".,") for w in words]
    glued_locales = gazetteers.GLUED_STREET_LOCALES
    typed = any(w in vocabulary for w in lowered) or any(
        _glued_street(w, gazetteers.locale_street_words(loc)) for w in lowered for loc in glued_locales
    )
    if not typed:
        return has_number and any(_glued_type_folded(w) for w in words)
    return has_number or lowered[0] in vocabulary


# Czech, Slovak and Polish street names carry no street-type word: they are a preposition phrase
# (``U Hřiště``, ``Na Příkopě``, ``K Lipám``) or an adjective/possessive of a name (``Vídeňská``,
# ``Liškova``, ``Průmyslová``), then the house number (``418``, ``1234/5``).
_SLAVIC_PREPOSITION = frozenset("u k ke v ve na nad pod za před pred při pri mezi".split())  # noqa: SIM905
_SLAVIC_ADJECTIVE = re.compile(r"(?:sk[áa]|ck[áa]|ov[áa]|ova|n[íi]|[íi]ho|[ée]ho|ovo|ovy|ovych)$", re.IGNORECASE)
_SLAVIC_NUMBER = re.compile(r"^\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?,?$")


def _slavic_street(words: list[str]) -> bool:
    """``Liškova 418``, ``U Nové Dálnice 930``: a name phrase, then the house number last."""
    if not 2 <= len(words) <= 6 or not _SLAVIC_NUMBER.match(words[-1]):
        return False
    name = words[:-1]
    if not all(w[:1].isalpha() for w in name) or any(w[:1].isdigit() for w in name):
        return False
    if name[0].lower() in _SLAVIC_PREPOSITION and len(name) >= 2:
        return name[1][:1].isupper() or name[1].isalpha()
    return bool(_SLAVIC_ADJECTIVE.search(name[-1].rstrip(",")))


# A form or a note, not an address: two or more ``Label:`` fields (``Katuosoite: ... Paikkakunta:``).
_FIELD_LABEL = re.compile(r"(?<![\d:])\b[^\W\d_]{2,}\s?:(?!\d)")
# Addresses are short: more words than this is a note that mentions one.
MAX_ADDRESS_WORDS = 20
# ``Caupolicán 532``, ``Krvavi most 8a``, ``Grettisgata 98``: name words, then a house number (the
# continental order; no street-type word needed), then extras (``Piso 2``, ``íbúð 17``, ``Dpto. 5``).
# The house number's letter is of any alphabet (``Питу Гули 4в``, ``Лондонска 0б/4``).
_NAMED_STREET = re.compile(
    r"^(?:[^\W\d_][\w'’.\-]*\s){1,4}\d{1,5}[^\W\d_]?(?:[-/]\d{1,4}[^\W\d_]?)?(?=,|\s|$)(?:[ ,][^\n]{0,30})?$"
)
# The town part that ends an address: a postcode of 3-8 digits (with an optional country prefix
# ``L-``) and then a capitalised town (``2844850 Corral``, ``148 Hafnarfjörður``, ``L-9815 Wiltz``).
_CODE_TOWN_TAIL = re.compile(r"(?:^|,)\s*(?:[A-Z]{1,3}-)?\d{3,8}\s+([^\W\d_])[^\d,]{1,40}$")


def is_named_street(value: str) -> bool:
    """A street line without a street-type word: one to four words, then a house number.

    Why: Croatian, Icelandic and Chilean streets are often a bare name (``Šalata 3``, ``Grettisgata
    98``, ``Caupolicán 532``). Too loose alone (``Bay 4``, ``Room 12``): callers need more evidence
    (a column-name cue, or a postcode and town after it).
    """
    text = value.strip()
    return bool(text) and text[:1].isupper() and "@" not in text and bool(_NAMED_STREET.match(text))


# German street types glued to the name (``Stiffelgasse``, ``Theresia-Scholtz-Ring``).
_GLUED_STREET_TYPES = (
    "strasse", "straße", "str.", "gasse", "allee", "ring", "weg", "platz", "damm", "ufer", "pfad", "steig",
)  # fmt: skip
# A number written apart after a dash or slash (``Jörg-Etzler-Ring /91``): the street's name is before it.
_APART_NUMBER = re.compile(r"\s+[-/]\s*\d+\w?$")


def is_unnumbered_street(value: str) -> bool:
    """A street's name without its house number: one to four capitalised words, the first or last a street-type
    word (``Watson Court``, ``Calle Mayor``, ``Hendrik-Koch-Allee``, ``Stiffelgasse``).

    Why: exports that keep the house number apart (window-cleaning rounds, utility meters) write the street
    alone. Too loose without a street-name cue (``Conference Room``...): callers need one.
    """
    name = _APART_NUMBER.sub("", value.strip())
    words = name.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or any(c.isdigit() for c in name):
        return False
    streets = gazetteers.all_street_words()
    ends = {words[0].lower().rstrip("."), words[-1].lower().rstrip("."), words[-1].lower().split("-")[-1]}
    if len(words) > 1 and ends & streets:
        return True
    last = words[-1].lower()
    return any(last.endswith(t) and len(last) > len(t) + 2 for t in _GLUED_STREET_TYPES)


def is_form_or_note(value: str) -> bool:
    """A note or a pasted form, not an address: too many words, or two ``Label:`` fields."""
    return len(value.split()) > MAX_ADDRESS_WORDS or len(_FIELD_LABEL.findall(value)) >= 2


def is_address_any(value: str) -> bool:
    """A multi-part address: a street part and a postcode (any detectable layout) in another part,
    or a street line then a listed town, or a bare street name and number then a postcode and town.

    Japanese addresses (prefecture, municipality, block numbers, written unspaced) count too.
    Notes and forms that mention an address (:func:`is_form_or_note`) are not addresses.
    """
    if is_form_or_note(value) or "@" in value or not any(ch.isalpha() for ch in value):
        return False  # digits and separators only are numbers (two phones, ZIP+4 lists), never an address
    if is_japanese_address(value) or script_address(value):
        return True
    head, _, tail = value.strip().partition(",")
    if tail and (town := _CODE_TOWN_TAIL.search(tail)) and town.group(1).isupper() and is_named_street(head):
        return True
    parts = [p.strip() for p in re.split(r"[\n;]|,(?=\s*\D)|,\s*(?=\d{4,5}\b)", value) if p.strip()]
    if len(parts) < 2 or not any(is_street_any(p) or _HOUSE_NUMBER.match(p.split()[0]) for p in parts[:-1]):
        return False
    tail = " ".join(parts[1:])
    return bool(
        re.search(r"\b\d{4,5}\b", tail)
        or _OTHER_POSTCODE.search(tail)
        or _UK_POSTCODE_ANYWHERE.search(tail)
        or re.search(r"\b\d{4} ?[A-Z]{2}\b", tail)
        or any(t.strip(",") in gazetteers.states() for t in tail.lower().split())
        # A street line then a listed town, no postcode (``Στενού 598, Μυτιλήνη``, ``Kauno g. 15, Alytus``).
        or (is_street_any(parts[0]) and is_listed_city(parts[-1]))
    )
