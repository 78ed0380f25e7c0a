"""Dates of birth in notes written in languages the main birth-word list does not cover.

``text_patterns._DOB_CUE`` and ``text_dates.MORE_BORN_CUES`` list the birth words of the European languages,
Turkish, Arabic, Persian, Hebrew, Hindi, Thai, Vietnamese, Indonesian, Korean, Chinese and Japanese. A note in
Amharic, Swahili, Tamil, Sinhala or Uzbek says "born" with words none of them holds (``ተወለድኩ``, ``alizaliwa``,
``பிறந்த தேதி``, ``උපන් දිනය``, ``tug'ilgan sana``), often after the date (Tamil, Sinhala, Amharic, Uzbek and the
other verb-final languages: ``12.03.1985 அன்று பிறந்தேன்``) and with the month written in the language
(``12 Machi 1985``, ``12 மார்ச் 1985``, ``12-mart 1985-yil``).

Covered: Amharic, Tigrinya, Somali, Swahili, Yoruba, Hausa, Igbo, Zulu, Xhosa, Afrikaans, Twi, Tamil, Telugu,
Kannada, Malayalam, Marathi, Gujarati, Punjabi (Gurmukhi and Shahmukhi), Urdu, Bengali, Odia, Nepali, Sinhala,
Uzbek (Latin and Cyrillic), Kazakh, Kyrgyz, Tajik, Turkmen, Mongolian, Albanian, Irish, Welsh, Basque, Catalan,
Galician, Luxembourgish, Latin, Malay, Tagalog, Khmer, Lao, Burmese and Thai's "เกิดวันที่" (bare "เกิด" also
means "happened": left out, as are Khmer "កើត" and Lao "ເກີດ"). Month names:
Gregorian months in each of those languages (the Ethiopian calendar's months and year numbers are out of scope:
``መጋቢት 12 ቀን 1977 ዓ.ም.`` is left to the numeric date rules; a converted year would need the calendar).

Rule: a birth word, then at most three short words, then a date (the caller's numeric date regex or a month-name
date of :data:`LOCAL_MONTH_DATES`); or a date, then at most two short words, then a birth verb of a verb-final
language. A word boundary here counts the combining vowel signs of the Indic, Ethiopic, Myanmar and Khmer
scripts as part of the word (Python's ``\\w`` does not), so ``பிறந்த`` is not found inside another word.

Example::

    local_dob_spans("Nilizaliwa tarehe 12 Machi 1985 Mombasa.")  # [(18, 31, 'date_of_birth')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.month_names import MORE_DATE_MONTHS, month_words

# Letters plus the combining marks of the scripts below (vowel signs are no ``\w`` in Python).
_WORD = (
    r"(?:[^\W_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1200-\u139f\u1780-\u17ff\u200c\u200d"
    r"\u02bb\u02bc'’‘])"
)
_APOS = r"[’'‘ʻʼ`]?"

# Birth words written before the date ("date of birth", "born on", "I was born"), per language. Amharic conjugates
# and prefixes the verb (የተወለድኩት "that I was born", ተወልዳለች, ስተወለድ): any word of the stem ተወለ-/ተወል- counts.
_BEFORE = {
    "am": "የትውልድ ቀን|የትውልድ ዘመን|የተወለደበት ቀን|የተወለደችበት ቀን|የተወለድኩበት ቀን|የተወለዱበት ቀን|የልደት ቀን|ልደት|"
    "ተወለደ|ተወለደች|ተወለድኩ|ተወልጄ|ተወለዱ|[የስበ]?ተወ[ለ-ሏ][\u1200-\u135f]*",
    "ti": "ዕለተ ልደት|ዝተወለደሉ ዕለት|ዝተወለደትሉ ዕለት|ተወሊደ|ተወሊዱ|ተወሊዳ",
    "so": "taariikhda dhalashada|taariikh dhalasho|dhalashada|dhalasho|waxaan dhashay|wuxuu dhashay|"
    "waxay dhalatay|ku dhashay|dhashay",
    "sw": "tarehe ya kuzaliwa|siku ya kuzaliwa|mwaka wa kuzaliwa|alizaliwa|nilizaliwa|amezaliwa|"
    "nimezaliwa|kuzaliwa|mzaliwa wa",
    "yo": "ọjọ́ ìbí|ọjọ ìbí|ọjọ ibi|ojo ibi|ọjọ́-ìbí|a bí mi|a bi mi|wọ́n bí mi|won bi mi|a bí i|a bi i|a bí|ìbí",
    "ha": "ranar haihuwa|ranar haifuwa|shekarar haihuwa|an haife ni|an haife shi|an haife ta|an haifi|haihuwa|haifaffe",
    "ig": "ụbọchị ọmụmụ|ubochi omumu|ụbọchị amụrụ m|a mụrụ m|a muru m|amụrụ m|a mụrụ ya|a muru ya|ọmụmụ",
    "zu": "usuku lokuzalwa|usuku lwokuzalwa|ngazalwa|wazalwa|wazalelwa|ozalwe|wazalwa ngo|ukuzalwa",
    "xh": "umhla wokuzalwa|usuku lokuzalwa|ndazalwa|wazalwa|ozalwe|ukuzalwa",
    "af": "geboortedatum|geboorte datum|verjaarsdag|gebore op|gebore|ek is gebore|hy is gebore|sy is gebore",
    "tw": "awoda|da a wɔwoo no|wɔwoo me|wɔwoo no|wowoo me",
    "ta": "பிறந்த தேதி|பிறந்த திகதி|பிறந்த நாள்|பிறந்த தினம்|பிறப்பு|பிறந்தது|பிறந்தேன்|பிறந்தார்|பிறந்தவர்|பிறந்தாள்|பி\\.தே\\.|ஜனனம்",
    "te": "పుట్టిన తేదీ|పుట్టిన రోజు|జన్మ తేదీ|జనన తేదీ|జననం|పుట్టాను|పుట్టారు|జన్మించాను|జన్మించారు|జన్మించింది",
    "kn": "ಹುಟ್ಟಿದ ದಿನಾಂಕ|ಜನ್ಮ ದಿನಾಂಕ|ಜನನ ದಿನಾಂಕ|ಹುಟ್ಟಿದ ದಿನ|ಜನ್ಮದಿನ|ಜನನ|ಜನಿಸಿದೆ|ಜನಿಸಿದರು|ಜನಿಸಿದ್ದು|ಹುಟ್ಟಿದೆ|ಹುಟ್ಟಿದರು",
    "ml": "ജനന തീയതി|ജനനത്തീയതി|ജനന തിയ്യതി|ജന്മദിനം|ജനനം|ജനിച്ചത്|ജനിച്ചു|ജനിച്ച തീയതി",
    "mr": "जन्मतारीख|जन्म तारीख|जन्मदिनांक|जन्म दिनांक|जन्मतिथी|जन्मलो|जन्मले|जन्मला|जन्मली|वाढदिवस",
    "hi": "जन्म तारीख|जन्मतिथि|जन्म दिनांक|पैदा हुआ|पैदा हुई|पैदा हुए|जन्मदिन|जन्म मिति",
    "gu": "જન્મ તારીખ|જન્મતારીખ|જન્મ તિથિ|જન્મદિવસ|જન્મ્યો|જન્મી|જન્મ",
    "pa": "ਜਨਮ ਮਿਤੀ|ਜਨਮ ਤਾਰੀਖ|ਜਨਮ ਤਰੀਕ|ਜਨਮ ਦਿਨ|ਜੰਮਿਆ|ਜੰਮੀ|ਜਨਮ|تاریخ پیدائش|پیدائش|پیدا ہوا|پیدا ہوئی",
    "bn": "জন্ম তারিখ|জন্মতারিখ|জন্মদিন|জন্মগ্রহণ|জন্ম",
    "or": "ଜନ୍ମ ତାରିଖ|ଜନ୍ମତାରିଖ|ଜନ୍ମ ତିଥି|ଜନ୍ମଦିନ|ଜନ୍ମ",
    "si": "උපන් දිනය|උපන්දිනය|උපන් දිනේ|උපන් දින|උපන්නේ|උපන්නා|ඉපදුණේ|ඉපදුනේ|ඉපදුණා|ඉපදුනා|උපත|උපන්",
    "uz": f"tug{_APOS}ilgan sana|tug{_APOS}ilgan kuni|tug{_APOS}ilgan yili|tug{_APOS}ilganman|tug{_APOS}ilgan|"
    f"tug{_APOS}ildi|tug{_APOS}ilgan joyi va sanasi|туғилган сана|туғилган куни|туғилганман|туғилган|туғилди",
    "kk": "туған күні|туылған күні|туған жылы|туғанмын|туылғанмын|туылған|туған",
    "ky": "туулган күнү|туулган жылы|туулгам|туулган",
    "tg": "таърихи таваллуд|санаи таваллуд|рӯзи таваллуд|таваллуд шудаам|таваллуд шудааст|таваллуд",
    "tk": "doglan senesi|doglan güni|doglan guni|doglan ýyly|doguldym|dogldy|doglan",
    "mn": "төрсөн огноо|төрсөн он сар өдөр|төрсөн өдөр|төрсөн он|төрсөн",
    "sq": "data e lindjes|datëlindje|ditëlindje|ka lindur|kam lindur|i lindur|e lindur|lindi më|lindi",
    "ga": "dáta breithe|data breithe|lá breithe|la breithe|rugadh mé|rugadh é|rugadh í|saolaíodh|a rugadh",
    "cy": "dyddiad geni|dyddiad ei geni|dyddiad ei eni|pen-blwydd|penblwydd|cefais fy ngeni|cafodd ei geni|"
    "cafodd ei eni|ganed|ganwyd|a anwyd",
    "eu": "jaiotze-data|jaiotza data|jaiotze data|jaiotze eguna|jaio nintzen|jaio zen|jaiotakoa|jaioa|jaiotza",
    # Catalan forms write both genders at once when the form is shared ("nascut/da el 3 de maig de 2012").
    "ca": "data de naixement|data naixement|va néixer|vaig néixer|nascut/da|nascut/uda|nascut/a|nascuda|nascut el",
    "gl": "data de nacemento|data nacemento|naceu|nacín",
    "lb": "gebuertsdatum|gebuer am|gebuer",
    "la": "natus est|nata est|natus|nata|natalis",
    "ms": "tarikh lahir|tarikh kelahiran|kelahiran|dilahirkan|dilahirkan pada",
    "tl": "petsa ng kapanganakan|araw ng kapanganakan|isinilang|ipinanganak ako|kaarawan",
    "km": "ថ្ងៃខែឆ្នាំកំណើត|ថ្ងៃកំណើត|កំណើត",
    "lo": "ວັນເດືອນປີເກີດ|ວັນເກີດ|ເກີດວັນທີ",
    "my": "မွေးသက္ကရာဇ်|မွေးနေ့|မွေးဖွားခဲ့|မွေးဖွား|မွေးခဲ့|မွေး",
    "th": "เกิดวันที่|วันเดือนปีเกิด",
    # Icelandic, Hungarian, Estonian, Latvian, Lithuanian, Slovene, Maltese, Breton and West Frisian: their
    # month names are below, so "fæðingardagur 3. janúar 1990", "született 1985. március 12." are read whole.
    "is": "fæðingardagur|fæðingardag|fæðingardags|fæddur|fædd|fæddist",
    "hu": "születési dátum|születési idő|születési nap|születési év|született|szül\\.",
    "et": "sünniaeg|sünnikuupäev|sünnipäev|sündinud|sündis",
    "lv": "dzimšanas datums|dzimšanas diena|dzimis|dzimusi|dzimusies",
    "lt": "gimimo data|gimimo diena|gimęs|gimusi|gimė",
    "sl": "datum rojstva|rojen|rojena",
    "mt": "data tat-twelid|data tal-għeluq|twieled|twieldet|twelidt|imwieled|imwielda",
    "br": "deiziad ganedigezh|ganet|ganedigezh",
    "fy": "bertedatum|bertedei|berne op|berne",
}
# Birth verbs after the date in verb-final languages ("12.03.1985 அன்று பிறந்தேன்", "1985-yil ... tug'ilganman").
_AFTER = {
    "am": "ተወለድኩ|ተወለደ|ተወለደች|ተወልጃለሁ|ተወልዷል|ተወልዳለች|ተወለዱ|የተወለድኩ|የተወለደ|የተወለደች|[የስበ]?ተወ[ለ-ሏ][\u1200-\u135f]*",
    "ti": "ተወሊደ|ተወሊዱ|ተወሊዳ",
    "so": "dhashay|dhalatay|ayaan dhashay|ayuu dhashay",
    "ta": "பிறந்தேன்|பிறந்தார்|பிறந்தாள்|பிறந்தவர்|பிறந்தது|பிறந்த",
    "te": "పుట్టాను|పుట్టారు|జన్మించాను|జన్మించారు|జన్మించింది|పుట్టింది",
    "kn": "ಜನಿಸಿದೆ|ಜನಿಸಿದರು|ಜನಿಸಿದ್ದೇನೆ|ಹುಟ್ಟಿದೆ|ಹುಟ್ಟಿದರು|ಜನಿಸಿದ",
    "ml": "ജനിച്ചു|ജനിച്ചത്|ജനിച്ച",
    "mr": "जन्मलो|जन्मले|जन्मला|जन्मली|जन्म झाला",
    "hi": "पैदा हुआ|पैदा हुई|पैदा हुए|जन्म हुआ|को जन्म",
    "gu": "જન્મ્યો|જન્મી|જન્મ થયો|જન્મ થયેલ",
    "pa": "ਜੰਮਿਆ|ਜੰਮੀ|ਜਨਮ ਹੋਇਆ|پیدا ہوا|پیدا ہوئی",
    "bn": "জন্মগ্রহণ|জন্ম হয়|জন্মেছি|জন্মেছেন",
    "si": "උපන්නේ|උපන්නා|ඉපදුණේ|ඉපදුනේ|ඉපදුණා|ඉපදුනා|උපත ලැබුවේ|උපන්",
    "uz": f"tug{_APOS}ilganman|tug{_APOS}ilgan|tug{_APOS}ildi|туғилганман|туғилган|туғилди",
    "kk": "туғанмын|туылғанмын|туылған|туған",
    "ky": "туулгам|туулган",
    "tg": "таваллуд шудаам|таваллуд шудааст|таваллуд шуд",
    "tk": "doguldym|dogldy|doglan",
    "mn": "төрсөн",
    "eu": "jaio nintzen|jaio zen|jaioa",
    "my": "မွေးဖွားခဲ့|မွေးခဲ့|မွေး",
}
_MONTH_WORDS = month_words(MORE_DATE_MONTHS)
_MONTH = "(?:" + "|".join(re.escape(m).replace(r"\ ", r"[ \t]+") for m in _MONTH_WORDS) + ")"
# A day's suffix ("12ú", "12-", "12.", Amharic "12 ቀን", Tamil "12ஆம்", Swahili "tarehe 12"), a year's
# ("1985-yil", "1985 жылы", "1985eko", "1985 ዓ.ም.", "1985ல்").
_DAY = r"\d{1,2}(?:ú|er|\.|-?(?:ஆம்|ம்|වැනි|වන|ኛ|chi))?"
_YEAR = r"\d{4}(?:[ \t\-]?(?:yil|йил|жылы|жыл|ж\.|eko|ko|ዓ\.ም\.?|ல்|ம்|දී)|\.?[ \t]+gad[aā]|[ \t]+m\.)?"
# Catalan elides "de" before a vowel: "14 d'octubre de 2010", "3 d'abril".
_SEP = (
    r"(?:[ \t]*[,\-./][ \t]*|[ \t]+d['’](?=[aeiouàèéíòóú])"
    r"|[ \t]+(?:de[ \t]+|del[ \t]+|ta'?[ \t]+|ya[ \t]+|ቀን[ \t]+|an[ \t]+|a[ \t]+viz[ \t]+)?)"
)
_MONTH_TAIL = r"(?:-?(?:da|de|ta|te|ாம்|ஆம்)|ren)?"
# Month-name dates: day month year, month day year, year month day, year day month (Uzbek ``1984-yil 7-mart``).
LOCAL_MONTH_DATES = (
    rf"(?i:{_DAY}{_SEP}{_MONTH}{_MONTH_TAIL}{_SEP}{_YEAR}"
    rf"|{_MONTH}{_SEP}{_DAY}(?:[ \t]+ቀን)?,?{_SEP}{_YEAR}"
    rf"|{_YEAR}{_SEP}{_MONTH}{_MONTH_TAIL}{_SEP}{_DAY}(?:-?(?:an|da|kuni|күні|ቀን)|[ \t]+d\.)?"
    rf"|{_YEAR}{_SEP}{_DAY}{_SEP}{_MONTH}{_MONTH_TAIL})"
)


# Numeric dates (day or year first, ``/ . -`` between the parts), used when the caller gives no date regex.
NUMERIC_DATE = r"\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})"


def _alternation(groups: dict[str, str]) -> str:
    words = {w for alts in groups.values() for w in alts.split("|")}
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(w.replace(" ", r"[ \t]+") for w in ordered)


BIRTH_WORDS_BEFORE = _alternation(_BEFORE)
BIRTH_WORDS_AFTER = _alternation(_AFTER)


def _fragments(*groups: dict[str, str]) -> tuple[str, ...]:
    """The first (up to four) lower-case characters of every listed word: a text holding none of them holds no
    birth word, found by plain substring tests (a regex alternation of hundreds of words is slow in ``re``)."""
    out = set()
    for group in groups:
        for alt in (w for alts in group.values() for w in alts.split("|")):
            head = re.split(r"[\[(\\]", alt, maxsplit=1)[0].lower()
            if not head:  # "[የስበ]?ተወ[ለ-ሏ]...": the letters between the classes
                head = re.split(r"[\[(\\]", alt.split("]", 1)[1].lstrip("?*"), maxsplit=1)[0]
            out.add(head[:4])
    return tuple(sorted(f for f in out if f))


# Cheap gate: one of these (lower-cased) in the text before any regex runs.
_GATE = _fragments(_BEFORE, _AFTER)
_FILLER = rf"(?:{_WORD}{{1,14}}\.?[ \t:,\-]+)"  # a short word between the birth word and the date


@lru_cache(maxsize=4)
def _patterns(date: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    any_date = rf"(?:{LOCAL_MONTH_DATES}|{date})"
    before = re.compile(
        rf"(?i)(?<!{_WORD})(?:{BIRTH_WORDS_BEFORE})(?!{_WORD})[ \t:,\-–()]*{_FILLER}{{0,3}}?"
        rf"(?:በ|ከ)?(?<![\d./\-])({any_date})(?![\d/]|[.\-]\d)"
    )
    after = re.compile(
        rf"(?i)(?<![\d./\-])({any_date})(?![\d/]|[.\-]\d)[ \t,]*(?:{_FILLER}){{0,2}}?"
        rf"(?:{BIRTH_WORDS_AFTER})"
    )
    return before, after


# English birth words before a date with a month of the languages above: English forms filled in Wales, Malta,
# Iceland, the Baltics... ("Date of birth 29 Awst 1980", "born 26 Gorffennaf 1996"); the main rule of
# ``text_patterns`` knows only the months of ``text_dates``.
_ENGLISH_CUED = re.compile(
    rf"(?i)(?<!\w)(?:date[ \t]+of[ \t]+birth|birth[ \t]?date|born(?:[ \t]+on)?|d\.?o\.?b\.?)[ \t:,\-]*"
    rf"(?:the[ \t]+)?(?<![\d./\-])({LOCAL_MONTH_DATES})(?![\d/]|[.\-]\d)"
)


def local_dob_spans(text: str, date: str = NUMERIC_DATE) -> list[tuple[int, int, str]]:
    """Birth dates after (or, in verb-final languages, before) a birth word of the languages above.

    ``date`` is the caller's regex of a numeric date (default :data:`NUMERIC_DATE`; ``text_patterns._DATE``
    fits too); month-name dates of these languages are added here. Returns ``(start, end, DATE_OF_BIRTH)`` of each date.
    """
    if not any(ch.isdigit() for ch in text):
        return []
    low = text.lower()
    english = (
        [(m.start(1), m.end(1), E.DATE_OF_BIRTH) for m in _ENGLISH_CUED.finditer(text)]
        if ("birth" in low or "born" in low or "dob" in low or "d.o.b" in low)
        else []
    )
    if not any(f in low for f in _GATE):
        return english
    before, after = _patterns(date)
    out = [(m.start(1), m.end(1), E.DATE_OF_BIRTH) for m in before.finditer(text)]
    out += [(m.start(1), m.end(1), E.DATE_OF_BIRTH) for m in after.finditer(text)]
    return sorted(set(out + english))
