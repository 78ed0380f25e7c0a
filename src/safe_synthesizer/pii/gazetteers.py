"""Offline word lists for names and places, taken from Faker's locale providers.

Faker ships first/last name lists and state lists for many locales inside the wheel, so they work
without network. The lists are unioned over a fixed set of Latin-script locales (name coverage of
real data improves a lot over ``en_US`` alone) and cached lower-cased.
"""

from __future__ import annotations

import importlib
import unicodedata
from functools import cache, lru_cache

from safe_synthesizer.pii.titles import QUALIFIERS, TITLES_BY_LANGUAGE

NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_CA", "en_AU", "en_IN", "es_ES", "es_MX", "fr_FR", "de_DE",
    "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "cs_CZ", "sv_SE", "da_DK", "fi_FI", "no_NO",
    # Regional lists: Austrian, Swiss and Belgian names differ from their neighbours' (``Mandl``, ``Vermeil``).
    "de_AT", "de_CH", "fr_CH", "fr_BE", "nl_BE", "en_NZ",
    # Quebec names (``Tremblay``, ``Gagnon``, ``Côté``), Turkish ones (``Yılmaz``, ``Şahin``) and
    # Romanian ones (``Ionescu``, ``Ștefan``).
    "fr_CA", "tr_TR", "ro_RO",
)  # fmt: skip
#: Further name lists used by the *column* checks only (values of a whole column decide there;
#: free text keeps :data:`NAME_LOCALES`, where one more listed word is one more false name).
COLUMN_NAME_LOCALES = ("hu_HU", "sk_SK", "sl_SI", "hr_HR", "lt_LT", "lv_LV", "et_EE", "is_IS", "es_AR", "es_CO",
                       "es_CL",
                       # Latin-script lists of Africa, Asia and the smaller European countries: a table
                       # of Nigerian, Kenyan, Indonesian or Vietnamese people is no rarer than a Danish one.
                       "en_NG", "yo_NG", "ig_NG", "ha_NG", "en_KE", "sw", "tw_GH", "zu_ZA", "id_ID", "vi_VN",
                       "en_PK", "en_TH", "az_AZ", "uz_UZ", "fr_DZ", "de_LI", "de_LU", "es_CA", "ga_IE",
                       "fr_QC")  # fmt: skip
#: Frequent names of countries Faker lists too few (Vietnam: 10 family and 35 given names) or none of
#: (Malta, the Philippines, Malaysia), for the column checks. Vietnamese names are family name first.
EXTRA_COLUMN_FIRST_NAMES = (
    # Vietnamese given names
    "An", "Anh", "Bảo", "Bình", "Chi", "Công", "Cường", "Dũng", "Duy", "Dương", "Giang", "Hà", "Hải", "Hân",
    "Hạnh", "Hằng", "Hậu", "Hiền", "Hiếu", "Hiệp", "Hòa", "Hoa", "Hoàng", "Hồng", "Huệ", "Hùng", "Hưng", "Hương",
    "Huy", "Khang", "Khánh", "Khoa", "Khôi", "Kiên", "Lan", "Liên", "Linh", "Loan", "Long", "Lộc", "Luân", "Mai",
    "Minh", "My", "Nam", "Nga", "Ngân", "Nghĩa", "Ngọc", "Nguyên", "Nhân", "Nhi", "Nhung", "Oanh", "Phong",
    "Phúc", "Phương", "Quân", "Quang", "Quốc", "Quỳnh", "Sơn", "Tài", "Tâm", "Tân", "Thái", "Thanh", "Thành",
    "Thắng", "Thảo", "Thiện", "Thịnh", "Thu", "Thủy", "Thúy", "Tiến", "Toàn", "Trâm", "Trang", "Trí", "Trinh",
    "Trung", "Tú", "Tuấn", "Tùng", "Tuyết", "Uyên", "Vân", "Việt", "Vinh", "Vy", "Xuân", "Yến", "Đạt", "Đức",
    "Đông", "Diệp", "Diệu", "Hạ", "Lực", "Phát", "Sang", "Tín", "Trọng", "Vũ", "Hữu",
    # Filipino and Malaysian given names and spellings
    "Jhon", "Jhun", "Rodel", "Rommel", "Arnel", "Danilo", "Rolando", "Marites", "Maricel", "Rowena", "Jocelyn",
    "Analyn", "Jenelyn", "Mylene", "Rhodora", "Leonila", "Ligaya", "Dalisay", "Marilou", "Jomar", "Jericho",
    "Nur", "Siti", "Nurul", "Azlan", "Faridah", "Hafiz", "Aminah", "Norazlina", "Zulkifli", "Rosnah",
)  # fmt: skip
EXTRA_COLUMN_LAST_NAMES = (
    # Vietnamese family names (nine in ten people carry one of these)
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đinh", "Đoàn", "Lâm", "Trịnh", "Mai", "Trương", "Cao", "Lưu", "Hà", "Tô", "Tạ", "Châu",
    "Thái", "Quách", "Lương", "Kiều", "Vương", "Phùng", "Tăng", "La", "Triệu", "Đào", "Doãn", "Mạc",
    # Maltese surnames
    "Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri",
    "Azzopardi", "Mifsud", "Agius", "Caruana", "Pace", "Sammut", "Debono", "Cassar", "Fenech", "Xuereb",
    "Muscat", "Abela", "Bonnici", "Schembri", "Gauci", "Cutajar", "Formosa", "Tabone", "Buttigieg", "Portelli",
    "Calleja", "Gatt", "Mallia", "Bugeja", "Ellul", "Scicluna", "Psaila", "Zerafa", "Bartolo", "Saliba",
    "Briffa", "Falzon", "Sciberras", "Aquilina", "Cachia", "Dimech", "Mizzi", "Vassallo", "Zahra", "Baldacchino",
    "Busuttil", "Chetcuti", "Darmanin", "Degiorgio", "Ebejer", "Frendo", "Gerada", "Magro", "Mercieca",
    "Pisani", "Sant", "Tanti", "Xerri", "Zarb", "Axiak", "Bezzina", "Camenzuli", "Farrugia", "Grima", "Pullicino",
    # Filipino surnames (Spanish ones are in the Spanish lists)
    "Bautista", "Villanueva", "Manalo", "Pangilinan", "Macapagal", "Dimaculangan", "Magsaysay", "Soriano",
    "Lacson", "Dizon", "Mangubat", "Magbanua", "Tolentino", "Quiambao", "Sison", "Cayabyab", "Galang",
    "Lacsamana", "Cunanan", "Evangelista", "Samonte", "Yap", "Panganiban", "Dumalagan", "Mabini", "Ocampo",
    "Macaraeg", "Manalastas", "Dela Cruz", "De Leon", "Catacutan", "Tiongson", "Ilagan", "Mallari", "Sarmiento",
)  # fmt: skip
STATE_LOCALES = ("en_US", "en_CA", "en_AU", "es_MX", "en_IN", "de_DE", "pt_BR")

_FIRST_GENDERED = ("first_names_male", "first_names_female")
_LAST_NAME_ATTRIBUTES = (
    "last_names", "male_last_names", "female_last_names", "unisex_last_names", "last_names_male", "last_names_female",
)  # fmt: skip
# Titles and suffixes dropped from name values (lower case, without their dot): the title lists of
# every language (:mod:`titles`) except forms that are also given names or surnames, and initials.
_TITLES_ALSO_NAMES = frozenset(
    {
        "don",
        "dona",
        "dom",
        "sri",
        "shree",
        "kumari",
        "pandit",
        "heer",
        "dame",
        "m",
        "d",
        "me",
        "phil",
        "nat",
        "doc",
        "ing",
    }
)
TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "jr", "sr", "ii", "iii", "iv", "herr", "frau", "mme", "mlle",
     "sra", "srta", "dott", "sig", "dhr", "mevr", "pan", "pani", "fru"}
    | {t.lower().rstrip(".") for forms in TITLES_BY_LANGUAGE.values() for t in forms}
    | {q.rstrip(".") for q in QUALIFIERS}
) - _TITLES_ALSO_NAMES  # fmt: skip

_EXTRA_STREET_SUFFIXES = (
    "st", "ave", "av", "rd", "blvd", "dr", "ln", "ct", "pl", "pkwy", "hwy", "ter", "cir", "sq",
    "trl", "way", "strasse", "straße", "rue", "calle", "via", "avenida", "road", "lane", "drive",
)  # fmt: skip


def _provider(kind: str, locale: str):
    try:
        return importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    except (ImportError, AttributeError):
        return None


def _collect(
    kind: str, locales: tuple[str, ...], attributes: tuple[str, ...], *, plain: bool = False
) -> frozenset[str]:
    """Lower-cased words of the providers' lists (``plain``: also without their accents)."""
    words: set[str] = set()
    for locale in locales:
        provider = _provider(kind, locale)
        for attribute in attributes:
            values = getattr(provider, attribute, None) if provider is not None else None
            if callable(values) or isinstance(values, (str, property)):
                continue  # some providers compute the list (a property on the class)
            for value in values or ():
                # Some providers store (abbreviation, name) pairs.
                items = value if isinstance(value, tuple) else (value,)
                words.update(form for v in items for form in case_forms(str(v), plain=plain))
    return frozenset(words)


# Romanian s/t with a comma below (``ș``, ``ț``, the standard) are often typed with a cedilla (``ş``, ``ţ``).
_CEDILLA = str.maketrans("șțşţ", "şţșț")


def plain_form(word: str) -> str:
    """``word`` without accents or other marks (``ștefan`` -> ``stefan``, ``müller`` -> ``muller``)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def case_forms(word: str, *, plain: bool = False) -> set[str]:
    """Lower-case forms a listed word may take in data.

    Turkish dotted/dotless i is lost by case changes: ``"İsmail".lower()`` keeps a combining dot
    (``i̇smail``) while ``"ISMAIL".lower()`` has none, and ``"IŞIK".lower()`` gives ``işik`` for
    ``ışık``. Romanian ``ș``/``ț`` are also written ``ş``/``ţ``. With ``plain``, the form without
    accents too (names typed without them: ``Stefan``, ``Muller``; the column lists).
    """
    low = word.lower()
    undotted = low.replace("\u0307", "")
    forms = {low, undotted, undotted.replace("ı", "i"), low.translate(_CEDILLA)}
    if plain:
        forms.add(plain_form(undotted))
    return forms


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Lower-cased first names of the name locales."""
    return _collect("person", NAME_LOCALES, ("first_names", "first_names_male", "first_names_female"))


@lru_cache(maxsize=1)
def column_first_names() -> frozenset[str]:
    """First names of :data:`NAME_LOCALES` and :data:`COLUMN_NAME_LOCALES`, also without accents
    (column checks)."""
    attributes = ("first_names", "first_names_male", "first_names_female")
    extra = {form for name in EXTRA_COLUMN_FIRST_NAMES for form in case_forms(name, plain=True)}
    return _collect("person", (*NAME_LOCALES, *COLUMN_NAME_LOCALES), attributes, plain=True) | extra


@lru_cache(maxsize=1)
def column_surname_words() -> frozenset[str]:
    """:func:`surname_words` plus the surnames of :data:`COLUMN_NAME_LOCALES`, also without accents
    (column checks)."""
    extra = _collect("person", (*NAME_LOCALES, *COLUMN_NAME_LOCALES), _LAST_NAME_ATTRIBUTES, plain=True)
    extra |= {form for name in EXTRA_COLUMN_LAST_NAMES for form in case_forms(name, plain=True)}
    words = {plain_form(w) for w in last_names()} | extra
    for name in extra:
        words.update(w for w in name.replace("-", " ").split() if w not in PARTICLES)
    return surname_words() | frozenset(words)


@lru_cache(maxsize=1)
def cjk_names() -> frozenset[str]:
    """Given and family names of the Japanese, Chinese and Korean Faker locales (``直人``, ``山下``)."""
    return _collect("person", ("ja_JP", "zh_CN", "zh_TW", "ko_KR"), ("first_names", "last_names", *_FIRST_GENDERED))


@lru_cache(maxsize=1)
def male_first_names() -> frozenset[str]:
    """Lower-cased first names listed as male in the name locales."""
    return _collect("person", NAME_LOCALES, ("first_names_male",))


@lru_cache(maxsize=1)
def female_first_names() -> frozenset[str]:
    """Lower-cased first names listed as female in the name locales."""
    return _collect("person", NAME_LOCALES, ("first_names_female",))


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    """Lower-cased last names of the name locales (Polish and Czech keep theirs by gender)."""
    names = set(_collect("person", NAME_LOCALES, _LAST_NAME_ATTRIBUTES))
    # Faker writes Polish female surnames from the male list at run time (Kowalski -> Kowalska).
    names |= {n[:-1] + "a" for n in names if n.endswith(("ski", "cki", "dzki"))}
    return frozenset(names)


@lru_cache(maxsize=1)
def states() -> frozenset[str]:
    """Lower-cased state/province names and abbreviations (US, CA, AU, MX, IN, DE, BR)."""
    words = set(
        _collect(
            "address",
            STATE_LOCALES,
            ("states", "provinces", "states_abbr", "province_abbrs", "provinces_abbr", "estados"),
        )
    )
    words |= set(_collect("address", ("en_US",), ("territories_abbr", "military_state_abbr")))
    words |= {"district of columbia", "puerto rico"}
    return frozenset(words)


@lru_cache(maxsize=1)
def street_suffixes() -> frozenset[str]:
    """Lower-cased street-type words (``street``, ``ave``, ``boulevard``...)."""
    words = set(_collect("address", ("en_US", "en_GB", "en_CA", "en_AU"), ("street_suffixes",)))
    words |= set(_EXTRA_STREET_SUFFIXES)
    return frozenset(words)


# --- Per-locale lists (locale guesses) ---------------------------------------------------------

#: Locales whose names, places, phone numbers and postcodes the detector can tell apart.
DETECT_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
#: Locales whose town, region and street-type words also count as evidence (they are not told
#: apart): the detector must see a Polish street or a Brazilian town as one without naming its locale.
VOCAB_LOCALES = (
    *DETECT_LOCALES, "en_AU", "en_CA", "en_IE", "en_IN", "de_AT", "de_CH", "fr_CA", "es_MX", "pt_BR", "pt_PT",
    "pl_PL", "cs_CZ",
    "sv_SE", "da_DK", "no_NO", "fi_FI", "ro_RO", "hu_HU", "tr_TR",
)  # fmt: skip
#: Locales whose street words are glued to the name (``Hauptstraße``, ``Storgatan``, ``Mannerheimintie``).
GLUED_STREET_LOCALES = ("de_DE", "de_AT", "de_CH", "nl_NL", "sv_SE", "da_DK", "no_NO", "fi_FI")
# Faker's street "prefixes" of these locales are name parts (``Björk``, ``Agricolan``), not street types.
_PREFIXES_NOT_TYPES = frozenset({"sv_SE", "fi_FI", "no_NO", "da_DK"})
#: Lower-case name particles that do not decide a surname (``van der Berg``, ``de la Cruz``).
PARTICLES = frozenset({"van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
                       "von", "zu", "vom", "ten", "ter", "mc", "st", "y", "i", "'t", "het", "die",
                       # Faroese family names after a farm or village (``í Dali``, ``við Gjógv``, ``á Rógvu``).
                       "í", "á", "við", "úr",
                       # Gaelic ``Ewan mac Donald``, Malay and Arabic ``Ahmad bin Ismail``, ``Khalid al Harbi``.
                       "mac", "bin", "al"})  # fmt: skip
# Street-type words per locale beyond Faker's lists: prefixes (``rue``, ``calle``) and suffixes.
# Names given mostly to dogs and cats in Europe and the Americas (vets' and insurers' yearly top lists): a column
# of given names with a share of them names pets, not people (``Balu``, ``Filou``, ``Rocky``, ``Bella``).
PET_NAMES = frozenset({
    "bello", "balu", "bobby", "buddy", "coco", "filou", "gizmo", "kira", "lucky", "minou", "mimi", "nala", "oreo",
    "pepper", "rex", "rocky", "rusty", "shadow", "simba", "snoopy", "smokey", "teddy", "tiger", "tigger", "toby",
    "whiskers", "muffin", "biscuit", "zeus", "bruno", "bailey", "luna", "bella", "milo", "nero", "chico", "pluto",
    "fluffy", "socks", "sammy", "benji", "lassie", "felix", "garfield", "misty", "pixie", "fido", "ringo",
})  # fmt: skip
# Share of a given-name column's distinct values that may be :data:`PET_NAMES` before it reads as animals' names.
MAX_PET_NAMES = 0.25

_STREET_WORDS = {
    "en_US": ("street", "avenue", "road", "drive", "lane", "boulevard", "court", "apt", "suite"),
    "en_GB": ("street", "road", "lane", "close", "flat", "studio", "crescent", "mews", "gardens", "terrace"),
    "de_DE": ("straße", "strasse", "str", "weg", "gasse", "allee", "platz", "ring", "damm", "ufer", "chaussee"),
    "fr_FR": ("rue", "avenue", "boulevard", "chemin", "allée", "impasse", "place", "quai", "route", "cours"),
    "es_ES": ("calle", "avenida", "plaza", "paseo", "camino", "ronda", "carrera", "cuesta", "callejón", "vía",
              "piso", "puerta", "pasaje", "rambla", "urbanización", "acceso", "glorieta", "alameda", "via"),
    "it_IT": ("via", "viale", "piazza", "corso", "strada", "vicolo", "largo", "piazzale", "contrada",
              "rotonda", "borgo", "canale", "incrocio", "stretto", "appartamento", "piano", "lungomare"),
    "nl_NL": ("straat", "laan", "weg", "plein", "dreef", "pad", "hof", "singel", "kade", "gracht", "steeg"),
    "en_IN": ("nagar", "marg", "chowk", "ganj", "zila", "path", "road", "street", "circle"),
    "pl_PL": ("ulica", "ul", "aleja", "al", "plac", "pl", "osiedle", "os"),
    # Faker's tr_TR has no street words; Turkish lines are ``Çınar Caddesi No:79B``, ``Lale Sok. 4``.
    "tr_TR": ("caddesi", "cadde", "cad", "sokak", "sokağı", "sok", "bulvarı", "bulvari", "mahallesi", "mah",
              "yolu", "meydanı"),
}  # fmt: skip


def _weights(values) -> dict[str, float]:
    """Lower-cased name -> relative frequency (Faker's weights, or uniform)."""
    if not values:
        return {}
    items = values.items() if isinstance(values, dict) else ((v, 1.0) for v in values)
    out: dict[str, float] = {}
    for value, weight in items:
        for form in case_forms(str(value)):
            out[form] = out.get(form, 0.0) + float(weight)
    total = sum(out.values()) or 1.0
    return {k: v / total for k, v in out.items()}


@cache
def locale_first_names(locale: str) -> dict[str, float]:
    """First name -> frequency in ``locale`` (``locale_first_names("de_DE")["jürgen"]``)."""
    provider = _provider("person", locale)
    merged: dict[str, float] = {}
    for attribute in ("first_names", "first_names_male", "first_names_female"):
        for k, v in _weights(getattr(provider, attribute, None)).items():
            merged[k] = max(merged.get(k, 0.0), v)
    return merged


@cache
def locale_last_names(locale: str) -> dict[str, float]:
    """Last name -> frequency in ``locale``; multi-word surnames (``van Mil``) add their last word."""
    out: dict[str, float] = {}
    for name, weight in _weights(getattr(_provider("person", locale), "last_names", None)).items():
        for key in {name, name.split()[-1]}:
            out[key] = max(out.get(key, 0.0), weight)
    return out


@cache
def locale_places(locale: str) -> tuple[frozenset[str], frozenset[str]]:
    """(cities, states/regions/counties) of ``locale``, lower-cased."""
    provider = _provider("address", locale)
    cities = {str(c).lower() for c in getattr(provider, "cities", ()) or ()}
    regions: set[str] = set()
    for attribute in ("states", "provinces", "regions", "counties", "departments", "states_abbr"):
        for value in getattr(provider, attribute, ()) or ():
            items = value if isinstance(value, tuple) else (value,)
            regions.update(str(v).lower() for v in items)
    return frozenset(cities), frozenset(regions)


@cache
def has_real_towns(locale: str | None) -> bool:
    """Faker lists real towns for ``locale`` (``de_DE``, ``en_IN``, ``ru_RU``), not only invents them."""
    provider = _provider("address", locale) if locale else None
    return any(getattr(provider, a, None) for a in ("cities", "city_names")) if provider is not None else False


@cache
def locale_street_words(locale: str) -> frozenset[str]:
    """Street-type words of ``locale`` (Faker's street suffixes/prefixes plus common ones)."""
    provider = _provider("address", locale)
    words = set(_STREET_WORDS.get(locale, ()))
    attributes = ("street_suffixes", "street_prefixes", "street_suffixes_long", "street_suffixes_short")
    for attribute in attributes[:1] + attributes[2:] if locale in _PREFIXES_NOT_TYPES else attributes:
        for value in getattr(provider, attribute, ()) or ():
            words.add(str(value).lower().strip(" -.").strip())
    # Faker's lists borrow a few words from other languages.
    words -= {"rue", "via", "calle", "plaza", "piazza", "straat"} if locale.startswith("en_") else {"street"}
    return frozenset(w for w in words if len(w) >= 2)


@lru_cache(maxsize=1)
def all_cities() -> frozenset[str]:
    """Cities listed by any vocabulary locale (:data:`VOCAB_LOCALES`)."""
    return frozenset().union(*(locale_places(loc)[0] for loc in VOCAB_LOCALES))


@lru_cache(maxsize=1)
def all_regions() -> frozenset[str]:
    """States, regions, provinces and counties of the vocabulary locales (plus :func:`states`)."""
    return frozenset().union(states(), *(locale_places(loc)[1] for loc in VOCAB_LOCALES))


@lru_cache(maxsize=1)
def all_street_words() -> frozenset[str]:
    """Street-type words of every vocabulary locale and :func:`street_suffixes`."""
    return frozenset().union(street_suffixes(), *(locale_street_words(loc) for loc in VOCAB_LOCALES))


@lru_cache(maxsize=1)
def surname_words() -> frozenset[str]:
    """:func:`last_names` plus every word of multi-word or hyphenated surnames (``van mil`` -> ``mil``)."""
    words = set(last_names())
    for name in last_names():
        words.update(w for w in name.replace("-", " ").split() if w not in PARTICLES)
    return frozenset(words)
