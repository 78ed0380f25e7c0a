"""Telephone words of the world's languages before a number in a note: the nouns for telephone and mobile and the
verbs of calling, per language, as a closed class.

Why: a note's phone rules take a national number without a trunk prefix (``74 036 564`` in Botswana, ``87 45 56 00``
in French Polynesia) only after a cue word, and the cue list (:mod:`text_phone_cues`) holds the words of the
European and the larger Asian languages. Set 47 wrote ``..., mogala 74 036 564`` (Tswana) and ``..., niuniu 87 45 56
00`` (Tahitian): the number kept because the word before it was unknown. The next set writes another language, so
the class is written per language for the languages of Africa, the Pacific, the Americas, South and South-East Asia
and Europe's smaller languages, each with its own words for "telephone", "mobile" and "call", never a template's.
"Number" words are left out (``nomoro``, ``namba``, ``helu``): alone they come before ids and order numbers too.

What follows the word must be a number written as a phone (6-15 digits in groups, no date's layout) that is valid in
the caller's regions or in a region the note rules try (``TEXT_PHONE_REGIONS`` of :mod:`text_phone_cues`); at most
two words may stand between (``simu yake 0712 345 678``: "his phone"). Cheap: the note's numbers are found first
(most notes have none of six digits), then at most three words before each are looked up in a set.

Example::

    world_phone_word_spans("Motlhokomedi: Lauren May, mogala 74 036 564", ("BW",))  # [(33, 43, "phone_number")]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_phone_cues import CUE_WORD, TEXT_PHONE_REGIONS

__all__ = ["TELEPHONE_WORDS", "WORLD_PHONE_WORDS", "world_phone_word_spans"]

# Per language (ISO 639 code): the words for telephone and mobile phone, and the verb "call" in its usual forms.
TELEPHONE_WORDS: dict[str, tuple[str, ...]] = {
    # Southern and East Africa
    "tn": ("mogala", "megala", "founu", "selefouno", "leletsa", "letsetsa"),
    "st": ("mohala", "mehala", "fono", "founu", "letsetsa", "letsetse"),
    "nso": ("mogala", "megala", "sellathekeng", "letšetša"),
    "zu": ("ucingo", "ifoni", "ifowuni", "iselula", "umakhalekhukhwini", "shayela", "ngishayele"),
    "xh": ("umnxeba", "ifowuni", "iselfowuni", "tsalela", "ndifowunele"),
    "ss": ("lucingo", "lifoni"),
    "ve": ("lutingo", "founu"),
    "ts": ("riqingho", "foni"),
    "af": ("telefoon", "selfoon", "foon", "sel", "skakel", "bel"),
    "sn": ("runhare", "nhare", "foni", "fonera", "ndifonere"),
    "ny": ("foni", "telefoni", "lamya", "muimbireni"),
    "sw": ("simu", "rununu", "kipepesi", "piga", "pigia", "nipigie", "mpigie"),
    "lg": ("essimu", "ssimu", "simu", "kubira", "mukubire"),
    "rw": ("telefoni", "terefone", "hamagara", "hamagare", "mumuhamagare"),
    "so": ("telefoon", "taleefan", "taleefoon", "mobile", "wac", "wacdo"),
    "om": ("bilbila", "bilbilaa", "bilbilaan"),
    "am": ("ስልክ", "ሞባይል", "ደውል", "ይደውሉ", "ስልኩ"),
    "ti": ("ስልኪ", "ተሌፎን", "ቴሌፎን", "ሞባይል", "ደውል", "ደውሉ"),
    "mg": ("finday", "telefaonina", "antsoy", "antsoina"),
    # West and Central Africa
    "ha": ("waya", "tarho", "wayar"),
    "yo": ("fóònù", "foonu", "fonu", "tẹlifóònù", "ẹ̀rọ-ìbánisọ̀rọ̀"),
    "ig": ("ekwentị", "ekwenti", "fon", "kpọọ"),
    "ee": ("fon", "telefon", "kaƒomɔ", "fonkaka"),
    "ak": ("ahomatrofoɔ", "fon", "telefon", "frɛ"),
    "ff": ("telefon", "noddu", "noddon"),
    "wo": ("telefon", "portaabal"),
    "ln": ("telefone", "telefoni", "benga", "bengá"),
    "kg": ("telefone", "binga"),
    "bm": ("telefɔni", "fɔni", "wele"),
    # North Africa (Berber languages)
    "kab": ("tiliɣri", "tilifun", "tiliphun", "aselkim", "siwel", "ssiwel"),
    "zgh": ("tilifun", "ⵜⵉⵍⵉⴼⵓⵏ", "ⴰⵙⵉⵡⵍ"),
    # Pacific
    "haw": ("kelepona", "kāhea", "kahea"),
    "mi": ("waea", "pūkoro", "pukoro", "waeatia"),
    "ty": ("niuniu", "tāniuniu", "taniuniu"),
    "sm": ("telefoni", "vili", "valaau"),
    "to": ("telefoni", "tā"),
    "fj": ("talevoni", "qiri", "qiria"),
    "tpi": ("telefon", "fon", "ringim"),
    "bi": ("telefon", "fon", "ringim"),
    "ch": ("telefon", "agang"),
    # Americas
    "ht": ("telefòn", "fòn", "selilè", "rele", "relem"),
    "pap": ("telefon", "selular", "yama", "yam'é"),
    "gn": ("pumbyry", "pumbyrýpe", "ehenói"),
    "qu": ("rimaykuq", "willakuq", "qayay"),
    "ay": ("jawsaña", "aruskipaña"),
    "kl": ("oqarasuaat", "sianerfigiuk"),
    "nv": ("béésh bee hane'é",),
    # Europe's smaller languages
    "co": ("telefonu", "purtatile", "chjamà", "chjamate", "chjamatelu"),
    "br": ("pellgomz", "pellgomzer", "pellgomzit"),
    "cy": ("ffôn", "ffon", "symudol", "ffoniwch", "ffonio"),
    "ga": ("guthán", "fón", "póca", "glaoigh", "glaoch"),
    "gd": ("fòn", "fònaich", "fòn-làimhe"),
    "kw": ("pellgowser", "klew"),
    "gv": ("fone", "chellvaig"),
    "gl": ("teléfono", "móbil", "chamar", "chame", "chamade"),
    "oc": ("telefòn", "portable", "sonatz", "sonar"),
    "lb": ("telefon", "handy", "uruffen"),
    "fo": ("telefon", "fartelefon", "ring"),
    "se": ("telefovdna", "mátketelefovdna", "riŋge"),
    "fy": ("telefoan", "mobyl", "skilje"),
    "rm": ("telefon", "telefonin", "telefonai"),
    "sc": ("telèfonu", "telefoneddu", "tzèrria"),
    "fur": ("telefon", "telefonin", "clamait"),
    "eo": ("telefono", "poŝtelefono", "telefonu"),
    "ku": ("telefon", "têlefon", "mobîl", "telefonê", "lê bigere"),
    "ckb": ("تەلەفۆن", "مۆبایل", "پەیوەندی"),
    # South, Central and South-East Asia
    "ur": ("فون", "موبائل", "ٹیلیفون", "کال"),
    "ps": ("ټیلیفون", "تلیفون", "موبایل", "زنګ"),
    "bn": ("ফোন", "মোবাইল", "টেলিফোন", "মুঠোফোন"),
    "pa": ("ਫ਼ੋਨ", "ਫੋਨ", "ਮੋਬਾਈਲ", "ਟੈਲੀਫੋਨ"),
    "gu": ("ફોન", "મોબાઇલ", "ટેલિફોન"),
    "mr": ("फोन", "फ़ोन", "मोबाईल", "दूरध्वनी", "भ्रमणध्वनी"),
    "ne": ("फोन", "मोबाइल", "टेलिफोन"),
    "te": ("ఫోన్", "ఫోను", "మొబైల్", "సెల్", "దూరవాణి"),
    "ta": ("தொலைபேசி", "கைபேசி", "அலைபேசி", "போன்", "மொபைல்"),
    "kn": ("ಫೋನ್", "ದೂರವಾಣಿ", "ಮೊಬೈಲ್"),
    "ml": ("ഫോൺ", "മൊബൈൽ", "ടെലിഫോൺ"),
    "or": ("ଫୋନ", "ମୋବାଇଲ"),
    "as": ("ফোন", "দূৰভাষ"),
    "si": ("දුරකථන", "ජංගම", "දුරකතන"),
    "dv": ("ފޯނު", "މޯބައިލް"),
    "my": ("ဖုန်း", "တယ်လီဖုန်း"),
    "km": ("ទូរស័ព្ទ", "ទូរសព្ទ"),
    "lo": ("ໂທລະສັບ", "ມືຖື"),
    "mn": ("утас", "гар утас"),
    "kk": ("телефон", "ұялы", "қоңырау"),
    "ky": ("телефон", "уюлдук", "чалыңыз"),
    "uz": ("telefon", "mobil", "qo'ng'iroq", "qoʻngʻiroq"),
    "tg": ("телефон", "мобилӣ", "занг"),
    "tk": ("telefon", "jaň"),
    "tt": ("телефон", "кесә", "шалтыратыгыз"),
    "ba": ("телефон", "шылтырат"),
    "jv": ("telpon", "tilpun", "hape", "ditelpon"),
    "su": ("telepon", "hapé", "nelepon"),
    "ceb": ("telepono", "selpon", "tawag", "tawagi"),
    "ilo": ("telepono", "selpon", "awagan"),
    "tet": ("telefone", "selular", "bolu"),
    "vi": ("điện thoại", "thoại", "di động", "động"),
    "bo": ("ཁ་པར", "ཁ་པར་"),
    "ug": ("تېلېفون", "يانفون"),
}  # fmt: skip

#: Every language's words, lower case, one set (multi-word entries by their last word: it stands before the number).
WORLD_PHONE_WORDS: frozenset[str] = frozenset(
    unicodedata.normalize("NFC", w.split()[-1].lower()) for words in TELEPHONE_WORDS.values() for w in words
)
# Words of two letters or fewer are too often something else (``tā``, ``jaň`` stay: three letters or a mark).
_MIN_WORD = 3
# The words the note rules' own cue list holds are left to them (``ring``, ``telefon``, ``mobile``: weighed there).
_WORDS = frozenset(w for w in WORLD_PHONE_WORDS if len(w) >= _MIN_WORD and not CUE_WORD.fullmatch(w))

# A number as a note writes it: an optional ``+``, a bracketed area code, groups joined by one space, dash or dot.
_NUMBER = re.compile(r"(?<![\w+])\+?(?:\(\d{1,5}\)[ \-]?)?\d{1,6}(?:[ \-.]\d{1,6}){0,6}(?!\w)(?![.,]\d)")
# A date in any one separator, a space included (``06 09 1967``, ``12.03.2024``, ``2024-03-12``).
_DATE = re.compile(r"^(?:\d{1,2}[ ./\-]\d{1,2}[ ./\-](?:1[89]|20)\d\d|(?:1[89]|20)\d\d[ ./\-]\d{1,2}[ ./\-]\d{1,2})$")
MIN_DIGITS, MAX_DIGITS = 6, 15
# Words read before a number for a telephone word (the word itself and two between).
WINDOW_WORDS = 3
_STRIP = " \t:;,.-–—()[]\"'«»“”‘’=/"


def world_phone_word_spans(text: str, regions: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """Spans of the numbers in ``text`` that follow a telephone word of some language (at most two words between)
    and are valid numbers of one of ``regions`` or of the regions the note rules try.

    Example::

        world_phone_word_spans("Tiaʻi tamariʻi: Thomas Poirier, niuniu 87 45 56 00", ("FR",))
        # [(39, 50, "phone_number")]
    """
    if sum(ch.isdigit() for ch in text) < MIN_DIGITS:
        return []
    out: list[tuple[int, int, str]] = []
    tried = tuple(dict.fromkeys((*regions, *TEXT_PHONE_REGIONS)))
    for m in _NUMBER.finditer(text):
        number = m.group()
        digits = sum(ch.isdigit() for ch in number)
        if not MIN_DIGITS <= digits <= MAX_DIGITS or _DATE.match(number):
            continue
        if not _cued(text[: m.start()]):
            continue
        if _valid_somewhere(number, tried):
            out.append((m.start(), m.end(), E.PHONE_NUMBER))
    return out


# A clause ends between the word and the number: the word is no cue for it (``an Nadeshda Ring, geboren am ...``).
_CLAUSE_END = re.compile(r"[,;.!?](?:\s|$)")


def _cued(before: str) -> bool:
    """One of the last :data:`WINDOW_WORDS` words before the number is a telephone word, in the same clause."""
    words = before[-80:].split()[-WINDOW_WORDS:]
    for i, word in enumerate(words):
        if _CLAUSE_END.search(" ".join(words[i:]) + " "):
            continue
        w = unicodedata.normalize("NFC", word.strip(_STRIP).lower())
        if w in _WORDS:
            return True
    return False


def _valid_somewhere(number: str, regions: Sequence[str]) -> bool:
    for region in regions:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            return False
        if phonenumbers.is_valid_number(parsed):
            return True
    return False
