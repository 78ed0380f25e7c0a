"""Name lists and person titles of the scripts written with spaces between words that have no rules of
their own elsewhere: Hebrew, Arabic (with Persian), Georgian, Armenian and the Indic scripts, plus Thai.

Why one module for all of them: the evidence is the same everywhere (Faker's given- and family-name lists
of every locale written in the script, the titles written before a name, the endings family names take),
so a script the detectors meet for the first time needs one row here, not a copy of the rules. Lists are
read from the installed Faker wheel (offline) and keyed as :func:`name_key` folds a word: Hebrew and Arabic
vowel points dropped, lower case, the Arabic letters Persian writes differently folded (``ي``/``ی``,
``ك``/``ک``), the zero-width non-joiner Persian writes inside compound names dropped. Entries of
several words (``نازنین زهرا``, ``אבו טיר``, ``محمد پور``) are kept as word tuples, and joined into one
word too (``محمدپور``).

Example::

    spaced_script_of("מירא שוויקי")  # "hebrew"
    ("יעל",) in given_entries("hebrew")  # True
    surname_shaped("გულიაშვილი", "georgian")  # True
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache

from safe_synthesizer.utils import scripts as U

__all__ = [
    "SPACED_SCRIPTS",
    "courtesy_titles",
    "family_entries",
    "given_entries",
    "name_key",
    "script_stop_words",
    "spaced_script_of",
    "surname_shaped",
    "titles",
    "towns",
]

#: Script -> (regex class body of its letters, Faker locales whose name lists are written in it, spaCy
#: languages whose stop words are no names). Thai is written without spaces inside a phrase but with a
#: space between given and family name, so its lists live here too.
SPACED_SCRIPTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "hebrew": (U.HEBREW, ("he_IL",), ("he",)),
    "arabic": (U.ARABIC, ("ar_AA", "ar_SA", "ar_PS", "ar_DZ", "fa_IR"), ("ar", "fa", "ur")),
    "georgian": (U.GEORGIAN, ("ka_GE",), ()),
    "armenian": (U.ARMENIAN, ("hy_AM",), ("hy",)),
    "devanagari": (U.DEVANAGARI, ("hi_IN", "ne_NP", "mr_IN"), ("hi", "ne", "mr")),
    "bengali": (U.BENGALI, ("bn_BD",), ("bn",)),
    "gujarati": (U.GUJARATI, ("gu_IN",), ("gu",)),
    "oriya": (U.ORIYA, ("or_IN",), ()),
    "tamil": (U.TAMIL, ("ta_IN",), ("ta",)),
    "sinhala": (U.SINHALA, ("si_LK",), ("si",)),
    "thai": (U.THAI, ("th_TH",), ("th",)),
}
_SCRIPT_RANGES = {script: re.compile(f"[{letters}]") for script, (letters, _, _) in SPACED_SCRIPTS.items()}
_ANY = re.compile("|".join(f"[{letters}]" for letters, _, _ in SPACED_SCRIPTS.values()))

# Titles written before a name, per script (the Faker prefixes of each locale are added): Mr/Mrs/Ms/Dr/Prof,
# lawyer, rabbi, engineer, sheikh, hajji. Abbreviations keep their geresh or dot as written.
_TITLES = {
    "hebrew": ("מר", "מרת", "גב'", "גב׳", "גברת", 'ד"ר', "ד״ר", "דר'", "פרופ'", "פרופ׳", "פרופסור", 'עו"ד', "עו״ד",
               "הרב", 'רו"ח', "רו״ח"),
    "arabic": ("آقای", "آقا", "خانم", "دکتر", "مهندس", "جناب", "سرکار", "استاد", "حاج", "حاجی", "السيد", "السيدة",
               "سيد", "سيدة", "الدكتور", "الدكتورة", "د.", "الأستاذ", "الأستاذة", "الشيخ", "المهندس", "المهندسة",
               "الحاج", "الآنسة", "السید", "جناب آقای", "سرکار خانم"),
    "georgian": ("ბატონი", "ბატონო", "ბატონ", "ქალბატონი", "ქალბატონო", "ქალბატონ", "ბ-ნი", "ქ-ნი", "დოქტორი",
                 "ექიმი", "პროფესორი"),
    "armenian": ("պարոն", "տիկին", "օրիորդ", "դոկտոր", "բժիշկ", "պրոֆեսոր", "պրն.", "տկն.", "բժ.", "դոկտ.", "պրոֆ.",
                 "օրդ."),
    "devanagari": ("श्री", "श्रीमती", "सुश्री", "श्रीमान", "कुमारी", "डॉ.", "डॉ", "डा.", "डॉक्टर"),
    "bengali": ("জনাব", "জনাবা", "বেগম", "শ্রী", "শ্রীমতী", "ডা.", "ডাঃ", "ড.", "ডঃ", "মিসেস"),
    "gujarati": ("શ્રી", "શ્રીમતી", "કુમારી", "ડૉ."),
    "oriya": ("ଶ୍ରୀ", "ଶ୍ରୀମତୀ", "ଶ୍ରୀମାନ", "ସୁଶ୍ରୀ", "କୁମାରୀ"),
    "tamil": ("திரு", "திரு.", "திருமதி", "செல்வி", "டாக்டர்", "டாக்டர்.", "டா."),
    "sinhala": ("මහතා", "මහත්මිය", "මෙනවිය", "වෛද්‍ය"),
    "thai": ("นาย", "นาง", "นางสาว", "น.ส.", "คุณ", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "ดร.", "นพ.", "พญ.", "ศ.",
             "รศ.", "ผศ."),
}  # fmt: skip
# Courtesy titles that stand before a person's name only (unlike "doctor" or "engineer", also nouns, or Hebrew
# "מר", also "bitter"): after one of these even an unlisted word is the person's surname.
_COURTESY = {
    "hebrew": ("גב'", "גב׳", "גברת", 'ד"ר', "ד״ר", 'עו"ד', "עו״ד", "הגב'"),
    "arabic": ("آقای", "جناب", "سرکار", "السيد", "السيدة", "السید"),
    "georgian": ("ბატონი", "ბატონო", "ქალბატონი", "ქალბატონო", "ბ-ნი", "ქ-ნი"),
    "armenian": ("պարոն", "տիկին", "պրն.", "տկն."),
    "devanagari": ("श्री", "श्रीमती", "सुश्री"),
    "bengali": ("জনাব", "জনাবা", "শ্রী", "শ্রীমতী"),
    "tamil": ("திரு", "திரு.", "திருமதி", "செல்வி"),
}
# Endings only family names take (Georgian -შვილი "child of", -ძე "son of"; Armenian -յան/-յանց; Persian
# -زاده "born of", -پور "son of", -نژاد "of the line of"): a word with one is a surname even when unlisted.
_SURNAME_ENDINGS = {
    "georgian": re.compile(r"(?:შვილი|ძე)$"),
    "armenian": re.compile(r"(?:յան|յանց|ունի)$"),
    "arabic": re.compile(r"(?:زاده|پور|نژاد)$"),
}
# Arabic letters Persian and Arabic write differently, and the tatweel that only stretches a line.
_ARABIC_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ـ": None, "\u200c": None, "\u200d": None})
# Hebrew cantillation and vowel points (niqqud), Arabic short vowels, shadda, sukun and dagger alef.
_POINTS = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670]")
_MIN_SHAPED = 5  # a shaped surname has letters before its ending


def spaced_script_of(value: str) -> str | None:
    """The script of :data:`SPACED_SCRIPTS` most letters of ``value`` are in, ``None`` when none is."""
    if _ANY.search(value) is None:
        return None
    counts = {script: len(pattern.findall(value)) for script, pattern in _SCRIPT_RANGES.items()}
    script = max(counts, key=counts.__getitem__)
    return script if counts[script] else None


def name_key(word: str) -> str:
    """Lookup form of a word: lower case, Hebrew points and Arabic vowel marks dropped, Persian/Arabic letter
    variants folded. Indic and Thai vowel signs are marks too but spell the word, so they stay."""
    return _POINTS.sub("", unicodedata.normalize("NFC", word)).lower().translate(_ARABIC_FOLD)


def _provider(locale: str):
    try:
        return importlib.import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:
        return None


def _entries(script: str, prefix: str) -> frozenset[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for locale in SPACED_SCRIPTS[script][1]:
        provider = _provider(locale)
        for attribute in dir(provider) if provider is not None else ():
            values = getattr(provider, attribute)
            if not attribute.startswith(prefix) or callable(values) or isinstance(values, str):
                continue
            for value in values:
                words = tuple(name_key(w) for w in str(value).split())
                if words and spaced_script_of(str(value)) == script:
                    out.add(words)
                    if len(words) > 1:
                        out.add(("".join(words),))
    return frozenset(out)


@cache
def given_entries(script: str) -> frozenset[tuple[str, ...]]:
    """Given names listed for ``script``'s locales, as tuples of keyed words."""
    return _entries(script, "first_name") - {(w,) for w in script_stop_words(script)}


@cache
def family_entries(script: str) -> frozenset[tuple[str, ...]]:
    """Family names listed for ``script``'s locales, as tuples of keyed words."""
    return _entries(script, "last_name") - {(w,) for w in script_stop_words(script)}


@cache
def titles(script: str) -> frozenset[str]:
    """Titles written before a name in ``script`` (keyed), from the list above and Faker's prefixes."""
    out = {name_key(t) for t in _TITLES.get(script, ())}
    for locale in SPACED_SCRIPTS[script][1]:
        provider = _provider(locale)
        for attribute in ("prefixes", "prefixes_male", "prefixes_female"):
            values = getattr(provider, attribute, None) if provider is not None else None
            out.update(name_key(str(v)) for v in values or () if not callable(values))
    return frozenset(out)


# Largest towns Faker's lists lack (Faker he_IL has 100 small localities, fa_IR none, ar none).
_BIG_TOWNS = {
    "hebrew": "ירושלים|תל אביב|תל אביב-יפו|חיפה|ראשון לציון|פתח תקווה|אשדוד|נתניה|באר שבע|בני ברק|חולון|רמת גן|אשקלון|"
    "רחובות|בת ים|בית שמש|כפר סבא|הרצליה|חדרה|מודיעין|נצרת|לוד|רמלה|רעננה|עכו|אילת|טבריה|צפת|קריית גת|נהריה|"
    "הוד השרון|רמת השרון|קריית שמונה|דימונה|ערד|יפו",
    "arabic": "تهران|مشهد|اصفهان|کرج|شیراز|تبریز|قم|اهواز|کرمانشاه|ارومیه|رشت|زاهدان|کرمان|همدان|یزد|اردبیل|"
    "بندر عباس|قزوین|سنندج|گرگان|ساری|الرياض|جدة|مكة|المدينة|الدمام|القاهرة|الإسكندرية|دبي|أبوظبي|عمان|بيروت|"
    "دمشق|بغداد|الكويت|الدوحة|المنامة|مسقط|تونس|الجزائر|وهران|الرباط|الدار البيضاء|مراكش|طنجة|الخرطوم|صنعاء",
    "georgian": "თბილისი|ბათუმი|ქუთაისი|რუსთავი|ზუგდიდი|გორი|ფოთი|თელავი|სამტრედია|ხაშური|ზესტაფონი|მარნეული",
    "armenian": "երևան|գյումրի|վանաձոր|էջմիածին|աբովյան|կապան|հրազդան|արմավիր|արտաշատ|իջևան|գավառ|գորիս",
}


@cache
def towns(script: str) -> frozenset[str]:
    """Towns and villages listed for ``script``'s locales (keyed, words joined by one space): ``תל אביב``."""
    out = {name_key(t) for t in _BIG_TOWNS.get(script, "").split("|") if t}
    for locale in SPACED_SCRIPTS[script][1]:
        try:
            provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except ImportError:
            continue
        for attribute in ("cities", "city_names", "villages"):
            values = getattr(provider, attribute, None)
            if values is not None and not callable(values):
                out.update(" ".join(name_key(w) for w in str(v).split()) for v in values)
    return frozenset(out)


@cache
def courtesy_titles(script: str) -> frozenset[str]:
    """Titles (keyed) after which any word is a person's name (see ``_COURTESY``)."""
    return frozenset(name_key(t) for t in _COURTESY.get(script, ()))


@cache
def script_stop_words(script: str) -> frozenset[str]:
    """Function words of the script's languages (spaCy's lists): never a name, even when a list holds them."""
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return frozenset(name_key(w) for w in spacy_stop_words(SPACED_SCRIPTS[script][2]))


def surname_shaped(key: str, script: str) -> bool:
    """A keyed word ends as only family names do in ``script`` (``-შვილი``, ``-յան``, ``-زاده``)."""
    pattern = _SURNAME_ENDINGS.get(script)
    return pattern is not None and len(key) >= _MIN_SHAPED and bool(pattern.search(key))
