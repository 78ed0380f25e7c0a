"""A name after a form of address of a language :mod:`titles` and :mod:`text_name_cue_words_world` leave out:
Malagasy ``antsoy Ramatoa Ravelojaona amin'ny ...``, Chichewa ``imbirani Bambo Nyirenda pa ...``, Gilbertese ``reke
Nei Ioane n ...``, Lingala ``benga Mama Mukendi Bokele na ...``, Oromo ``Obbo Jaarsoo``, Fijian ``Ratu Seru``, and in
scripts without capitals Sorani ``کاک هاوڕێ``, Uyghur ``ئەپەندى ئىمىن``, Amharic ``አቶ ዳዊት``, Bengali ``জনাব করিম``.

Why: the title tables of the project list the forms of address of the main European and Asian languages; the
languages of Africa, the Pacific and the Middle East write theirs before a name just the same, and a note in one
of them (a for-sale line, a greeting, a desk note) names the person right after it, in whatever frame. The title
is a closed class word of its language, so it is the evidence, not the frame: the table below is written per
language from their grammars and style guides (forms of address only; kinship words a language uses as titles
are taken capitalised only), not from any note seen.

After a Latin title, the name is one to three capitalised words (particles inside; capitals too, ``Bambo
NYIRENDA``), each of which may be a name (:func:`text_name_word_kinds.name_word`, ``"sure"``), not a street word,
ending at anything else. After a title in a script without case, the name is the next word of that script, or the
next two when a Latin clause, a number, a comma or a bracket follows them (``خاتوو عومەر دلێر on the desk``); a
sentence's end there is as often its verb (verb-final languages), a third word the clause's.

Example::

    world_title_name_spans("Zogulitsa: njinga, imbirani Bambo Nyirenda pa 0882 08 61 37.")
    # [(34, 42, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_runs import name_run, run_entity
from safe_synthesizer.pii.text_name_word_kinds import name_word, note_script
from safe_synthesizer.pii.text_street_vocab import CAPITALISED_PREFIXES, PREFIXES, SPACED_TYPES
from safe_synthesizer.pii.titles import is_title

__all__ = ["LATIN_TITLES", "SCRIPT_TITLES", "world_title_name_spans"]

# Forms of address written before a name in Latin letters, per language (ISO 639 code), not in titles.py.
LATIN_TITLES: dict[str, tuple[str, ...]] = {
    "mg": ("Andriamatoa", "Ramatoa", "Ramatoakely", "Atoa", "Rtoa", "Ingahy", "Andriambavy"),
    "ny": ("Bambo", "Mayi", "Amayi", "Abambo", "Agogo", "Achimwene", "Dona"),
    "sw": ("Bibi", "Mzee", "Mwalimu", "Ndugu", "Mheshimiwa", "Mhe"),
    "ln": ("Tata", "Mama", "Papa", "Ndeko", "Koko", "Yaya"),
    "gil": ("Nei",),
    "fj": ("Ratu", "Adi", "Ro", "Bu"),
    "sm": ("Susuga", "Afioga", "Tofa"),
    "mi": ("Matua", "Whaea", "Koro", "Kui", "Pāpā", "Kōka"),
    "st": ("Ntate", "Mme", "'Me", "Mofumahali", "Morena"),
    "tn": ("Rre", "Mma", "Mmê", "Mohumagadi"),
    "zu": ("Mnu", "Mnumzane", "Nkk", "Nksz", "Nkosikazi", "Nkosazana", "Baba", "Gogo"),
    "sn": ("Amai", "Sekuru", "Ambuya", "Changamire"),
    "om": ("Obbo", "Obboo", "Aadde", "Adde", "Durbe", "Addee"),
    "am": ("Ato", "Woizero", "Weyzero", "Woizerit", "Weyzerit", "W/ro", "W/t", "W/rt"),
    "so": ("Mudane", "Marwo", "Mudo", "Aabbe"),
    "ha": ("Malam", "Mallam", "Malama", "Hajiya", "Alhaji", "Alhaja", "Alh"),
    "yo": ("Oloye", "Iya", "Baba", "Alagba", "Oga"),
    "ig": ("Mazi", "Nne", "Ichie", "Lolo"),
    "wo": ("Serigne", "Sokhna", "Adja", "Mame", "Oustaz"),
    "ay": ("Tata", "Mama", "Jilata", "Kullaka"),
    "qu": ("Tayta", "Mama", "Wayqey"),
    "tet": ("Maun", "Mana", "Avó", "Senhór", "Senhóra"),
    "ht": ("Msye", "Madan", "Manmzèl", "Mèt"),
    "ca": ("Senyor", "Senyora", "Senyoreta", "Mossèn"),
    "ro": ("Domnul", "Doamna", "Domnișoara", "Dl", "Dna", "D-na", "D-l"),
    "sq": ("Zoti", "Zonja", "Znj"),
    "hr": ("Gospodin", "Gospođa", "Gospođica", "Gđa", "Gđica"),
    "lt": ("Ponas", "Ponia", "Panelė"),
    "ar": ("Sayyid", "Sayyida", "Sayed", "Sheikh", "Shaikh", "Sheikha", "Haji", "Hajji", "Hajja", "Ustaz",
           "Ustadh", "Ustaza"),
    "fa": ("Agha", "Aghaye", "Aqa", "Khanum", "Khanom", "Janab"),
    "ur": ("Janab", "Begum", "Mohtarma", "Mohtaram", "Sain", "Saeen"),
    "ku": ("Kak", "Kaka", "Xatû", "Xatu", "Xanim", "Mamosta", "Berêz", "Birêz", "Birêza", "Xatûn", "Mamoste"),
    "xh": ("Mnumzana", "Nkosikazi", "Nksk", "Nkosazana", "Nkszn"),
    "lg": ("Omwami", "Mukyala", "Muky", "Nnyabo", "Ssebo"),
    "tl": ("Mang", "Aling", "Kuya", "Manong", "Manang"),
    "jv": ("Mbak", "Mbah", "Raden", "Kanjeng"),
    "th": ("Khun", "Nai", "Nang", "Nangsao"),
    "km": ("Lok", "Lok Srey", "Neak"),
    "my": ("Daw", "Maung"),
}  # fmt: skip
# Forms of address in scripts without capitals, written before the name with a space.
SCRIPT_TITLES: dict[str, tuple[str, ...]] = {
    "ar": ("السيد", "السيدة", "الآنسة", "السيده", "الأستاذ", "الأستاذة", "الاستاذ", "الدكتور", "الدكتورة", "الحاج",
           "الحاجة", "الشيخ", "الشيخة", "سيد", "سيدة", "د."),
    "fa": ("آقای", "آقا", "خانم", "دکتر", "جناب", "استاد", "سرکار", "بانو"),
    "ps": ("ښاغلی", "ښاغلې", "میرمن", "اغلې", "محترم", "محترمه"),
    "ur": ("جناب", "محترم", "محترمہ", "محترمه", "بیگم", "بيگم", "مسٹر", "مسز", "ڈاکٹر", "سائیں"),
    "sd": ("سائين", "مسٽر", "مسز", "ڊاڪٽر", "ڀاءُ", "ادي", "جناب", "محترم", "محترمه"),
    "ckb": ("کاک", "کاکە", "خاتوو", "خاتو", "مامۆستا", "بەڕێز", "دکتۆر", "خانم", "کاکی"),
    "ug": ("ئەپەندى", "ئەپەندىم", "خانىم", "ئۇستاز", "ئاكا", "ھەدە"),
    "he": ("מר", "גב'", "גברת", "ד\"ר", "הרב", "עו\"ד"),
    "dv": ("ޑރ.",),
    "bn": ("জনাব", "শ্রী", "শ্রীমতী", "বেগম", "মিসেস", "মিস্টার", "ডাঃ", "ড.", "জনাবা"),
    "ta": ("திரு", "திருமதி", "செல்வி", "டாக்டர்", "திரு."),
    "te": ("శ్రీ", "శ్రీమతి", "కుమారి"),
    "ml": ("ശ്രീ", "ശ്രീമതി"),
    "am": ("አቶ", "ወይዘሮ", "ወይዘሪት", "ወ/ሮ", "ወ/ሪት", "ዶ/ር", "ኣቶ", "ወ/ሮ", "ዶክተር"),
    "ka": ("ბატონი", "ქალბატონი", "ბ-ნი", "ქ-ნი"),
    "my": ("ဦး", "ဒေါ်", "ကို", "မ"),
    "km": ("លោក", "លោកស្រី", "អ្នកស្រី"),
}  # fmt: skip
_CASELESS = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0780-\u07bf\u08a0-\u08ff\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff"
    "\u1000-\u109f\u10a0-\u10ff\u1200-\u139f\u1780-\u17ff\u200c\u200d"
)
_SCRIPT_WORD = re.compile(f"[ \t]+([{_CASELESS}]+)")
# After the second word, what shows the run was the name (a Latin clause, a number, a comma or a bracket): the end of
# a sentence there is as often its verb (Amharic, Persian, Kurdish and Bengali put the verb last).
_SCRIPT_END = re.compile(r"[ \t]*[,،(\[]|[ \t]+[A-Za-z0-9\u00c0-\u024f]")
_MAX_WORDS = 3


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    latin = {t for forms in LATIN_TITLES.values() for t in forms if not is_title(t.rstrip("."))}
    latin |= {t.upper() for t in latin if len(t) >= 3}
    script = {t for forms in SCRIPT_TITLES.values() for t in forms}
    # A Latin title stands alone (no letter before it), capitalised as listed, a dot after it allowed.
    latin_cue = re.compile(rf"(?<![\w'’./-])(?:{_alternation(sorted(latin))})\.?(?=[ \t]+[^\W\d_])")
    script_cue = re.compile(rf"(?<![\w{_CASELESS}])(?:{_alternation(sorted(script))})(?=[ \t]+[{_CASELESS}])")
    return latin_cue, script_cue


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    words = {w.lower() for w in (*PREFIXES, *CAPITALISED_PREFIXES, *SPACED_TYPES)}
    return frozenset(words | set(gazetteers.street_suffixes()))


def _latin_name(word: str) -> bool:
    """A capitalised word after a Latin title may be a name: "sure" (capitals read capitalised), no title, no
    street word."""
    probe = word.title() if word.isupper() else word
    return not (is_title(word.rstrip(".")) or word.lower() in _street_words()) and name_word(probe, "sure", places=True)


def _script_run(text: str, pos: int, latin_frame: bool) -> tuple[int, int]:
    first = _SCRIPT_WORD.match(text, pos)
    if first is None:
        return -1, -1
    second = _SCRIPT_WORD.match(text, first.end())
    if second is None or len(second.group(1)) < 2:
        return first.start(1), first.end()
    # In a note whose frame is Latin the clause's verb is a Latin word: the script's run ends with the name, at
    # whatever mark ("Happy 40th திரு குகன் ரவீந்திரன்! Party at ours").
    if _SCRIPT_END.match(text, second.end()) or (latin_frame and not _SCRIPT_WORD.match(text, second.end())):
        return first.start(1), second.end()
    return first.start(1), first.end()


def world_title_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names after the forms of address of :data:`LATIN_TITLES` and :data:`SCRIPT_TITLES`."""
    if not text:
        return []
    latin_cue, script_cue = _cues()
    out: list[tuple[int, int, str]] = []
    for m in latin_cue.finditer(text):
        run = name_run(text, m.end(), accept=_latin_name, max_words=_MAX_WORDS)
        if run.start >= 0:
            out.append((run.start, run.end, run_entity(run)))
    if any(ord(ch) > 0x58F for ch in text):
        latin_frame = note_script(text) == "LATIN"
        for m in script_cue.finditer(text):
            start, end = _script_run(text, m.end(), latin_frame)
            if start >= 0 and end - start >= 2:
                out.append((start, end, E.NAME if " " in text[start:end] else E.LAST_NAME))
    return out
