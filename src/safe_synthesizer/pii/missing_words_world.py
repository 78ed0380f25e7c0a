"""Words for "none", "no", "not known", "missing" in the languages the earlier lists did not cover: the
subcontinent's, the Middle East's, Africa's, Central Asia's and South-East Asia's, in their own scripts.

Why: :mod:`.not_known_words` listed the European languages' forms and a few East Asian ones, so a Kurdish form's
``نییە`` (there is none), a Punjabi ``ਨਹੀਂ``, a Tatar ``юк`` or a Luganda ``tewali`` in a name column was read as a
person and faked (a claim of a person where the source had none, and a name column's missing rate changed). The
words here are the closed class of each language's negative answers (no, none, nothing, unknown, not available,
not applicable), a handful per language, written as a form-filler writes them: never a language's names.

Some are also people's names or common words of other languages (Arabic ``Alaa``, Hindi ``Babu``, Norwegian
``Tune``): those are in :data:`NAME_LIKE_MISSING`, for :mod:`.not_known_cells` to take as no value only when they
are written unlike the column's names (as it does for ``na``, ``nan``, ``nil``).

Example::

    "ਨਹੀਂ" in MISSING_WORDS_WORLD, "نییە" in MISSING_WORDS_WORLD   # (True, True)
"""

from __future__ import annotations

import unicodedata

__all__ = ["MISSING_WORDS_WORLD", "NAME_LIKE_MISSING"]

_BY_LANGUAGE = {
    # Kurdish (Sorani, Kurmanji), Persian, Arabic, Urdu, Pashto, Sindhi, Uyghur, Hebrew
    "ckb": ("نییە", "نیە", "نەزانراو", "بەتاڵ", "نییه"),
    "kmr": ("tune", "tuneye", "nenas", "nayê zanîn", "tu tişt"),
    "fa": ("ندارد", "نامعلوم", "نامشخص", "هیچ", "ناموجود"),
    "ar": ("لا يوجد", "غير معروف", "لا شيء", "غير متوفر", "مجهول", "بدون", "غير متاح", "لا ينطبق"),
    "ur": ("نہیں", "نامعلوم", "کوئی نہیں", "موجود نہیں", "دستیاب نہیں"),
    "ps": ("نشته", "نامعلوم", "هیڅ"),
    "sd": ("ڪونهي", "ناهي", "اڻڄاتل"),
    "ug": ("يوق", "نامەلۇم", "ئېنىق ئەمەس"),
    "he": ("אין", "לא ידוע", "ללא", "חסר", "אין נתונים"),
    # Indic languages
    "hi": ("नहीं", "कोई नहीं", "अज्ञात", "उपलब्ध नहीं", "लागू नहीं", "पता नहीं"),
    "mr": ("नाही", "अज्ञात", "माहीत नाही"),
    "ne": ("छैन", "थाहा छैन", "अज्ञात"),
    "pa": ("ਨਹੀਂ", "ਕੋਈ ਨਹੀਂ", "ਅਣਜਾਣ", "ਪਤਾ ਨਹੀਂ", "ਉਪਲਬਧ ਨਹੀਂ"),
    "bn": ("নেই", "অজানা", "প্রযোজ্য নয়", "কিছু নেই", "জানা নেই"),
    "gu": ("નથી", "અજ્ઞાત", "ખબર નથી"),
    "or": ("ନାହିଁ", "ଅଜଣା"),
    "ta": ("இல்லை", "தெரியாது", "தெரியவில்லை"),
    "te": ("లేదు", "తెలియదు"),
    "kn": ("ಇಲ್ಲ", "ತಿಳಿದಿಲ್ಲ"),
    "ml": ("ഇല്ല", "അറിയില്ല"),
    "si": ("නැත", "නොදනී", "නැහැ"),
    # South-East Asia, the Horn, the Maldives, the Caucasus
    "th": ("ไม่มี", "ไม่ทราบ", "ไม่ระบุ"),
    "lo": ("ບໍ່ມີ", "ບໍ່ຮູ້"),
    "km": ("គ្មាន", "មិនដឹង"),
    "my": ("မရှိ", "မသိ"),
    "am": ("የለም", "የማይታወቅ", "አይታወቅም"),
    "ti": ("የለን", "ዘይፍለጥ", "የለን።"),
    "dv": ("ނެތް", "ނޭނގޭ"),
    "ka": ("არა", "უცნობი", "არ არის"),
    "hy": ("չկա", "անհայտ", "ոչ"),
    # Cyrillic languages (Russian and Ukrainian ``нет``, ``немає`` are listed already)
    "ru": ("неизвестно", "отсутствует", "не указано", "нету", "нет данных"),
    "uk": ("невідомо", "не вказано", "відсутній", "немає даних"),
    "be": ("няма", "невядома"),
    "bg": ("няма", "неизвестно", "не е посочено"),
    "sr": ("нема", "непознато", "nepoznato"),
    "tt": ("юк", "билгесез", "күрсәтелмәгән"),
    "ba": ("юҡ", "билдәһеҙ"),
    "kk": ("жоқ", "белгісіз"),
    "ky": ("жок", "белгисиз"),
    "mn": ("байхгүй", "тодорхойгүй", "мэдэгдэхгүй"),
    "tg": ("нест", "номаълум"),
    # Turkic and Central Asian languages in Latin letters
    "uz": ("yo'q", "yo‘q", "noma'lum", "noma’lum", "йўқ", "номаълум"),
    "az": ("yoxdur", "yox", "naməlum", "məlum deyil"),
    "tk": ("ýok", "näbelli"),
    # Africa
    "sw": ("hakuna", "haijulikani", "haipo"),
    "zu": ("akukho", "ayikho", "akwaziwa", "akaziwa"),
    "xh": ("akukho", "ayaziwa", "akwaziwa"),
    "yo": ("kò sí", "ko si", "a ko mọ"),
    "ig": ("enweghị", "amaghị"),
    "ha": ("babu", "ba a sani ba"),
    "so": ("ma jiro", "lama yaqaan", "majiro"),
    "lg": ("tewali", "tekimanyiddwa", "tewaali"),
    "rw": ("ntabyo", "ntawe", "ntibizwi"),
    "sn": ("hapana", "hazvizivikanwe"),
    "mg": ("tsy misy", "tsy fantatra"),
    "ff": ("alaa", "alaa fii", "anndaaka"),
    "wo": ("amul", "xamuñu ko"),
    "ht": ("pa genyen", "pa gen", "pa konnen", "okenn"),
    # South-East Asia and the Pacific in Latin letters
    "jv": ("ora ana", "ora ono", "mboten wonten", "ora ngerti"),
    "id": ("tidak ada", "tiada", "tidak diketahui", "tak diketahui", "tdk ada"),
    "tl": ("wala", "hindi alam"),
    "vi": ("không có", "không rõ", "không biết", "chưa có"),
    # East Asia (Chinese ``无``, Japanese ``なし``, Korean ``없음`` are listed already)
    "zh": ("没有", "不详", "未知", "無", "沒有", "不詳"),
    "ja": ("不明", "無し", "該当なし"),
    "ko": ("미상", "모름", "해당 없음", "없음"),
}  # fmt: skip

MISSING_WORDS_WORLD = frozenset(
    unicodedata.normalize("NFC", word).casefold() for words in _BY_LANGUAGE.values() for word in words
)
# Missing-value words that are also given names, surnames or common words of other languages.
NAME_LIKE_MISSING = frozenset({"alaa", "babu", "wala", "tune", "yox", "amul", "hapana", "haipo"})
