"""Birth-date words and date layouts of more languages, for the date-of-birth rule of ``text_patterns``.

The rule there takes a date after a "born" word (``born``, ``geb.``, ``nacido``, ``née le``...). Letters
and cover letters say it in the first person (``nací el 20/10/1974``, ``urodziłam się``, ``γεννήθηκα``,
``m-am născut``, ``jag föddes``), and many write the month as a word in their own language (``12 de marzo
de 1985``, ``3 de março de 1985``, ``12. März 1985``, ``5 maggio 1990``). Some languages put the word after
the date (``am 12.03.1985 geboren``, ``12.03.1985 doğumluyum``).

Example::

    re.search(FIRST_PERSON_BORN, "me llamo Ana, nací el 20/10/1974")  # matches 'nací'
"""

from __future__ import annotations

import datetime as dt
import re

from safe_synthesizer.pii.month_names import DATE_MONTHS, month_words

# "I was born" and the first-person past of "to be born", in the supported languages (the third person
# and the participles are in ``text_patterns._DOB_CUE``).
FIRST_PERSON_BORN = (
    r"nací|naci|nasci|sono[ \t]+nat[oa]|je[ \t]+suis[ \t]+née?|ik[ \t]+ben[ \t]+geboren|"
    r"urodziłe[mś](?:[ \t]+się)?|urodziłam(?:[ \t]+się)?|narodil[a]?[ \t]+jsem(?:[ \t]+se)?|narodil[a]?[ \t]+som|"
    r"rođen[a]?[ \t]+sam|rodio[ \t]+sam[ \t]+se|rodila[ \t]+sam[ \t]+se|rodil[a]?[ \t]+sem[ \t]+se|rojen[a]?[ \t]+sem|"
    r"gimiau|gimusi|m-am[ \t]+născut|s-a[ \t]+născut|m-am[ \t]+nascut|γεννήθηκα|doğdum|születtem|synnyin|"
    r"jag[ \t]+föddes|föddes|jeg[ \t]+er[ \t]+født|jeg[ \t]+ble[ \t]+født|jeg[ \t]+blev[ \t]+født|"
    r"я[ \t]+родил(?:ся|ась)|я[ \t]+народив(?:ся|ася)|роден[а]?[ \t]+съм"
)
# A full date right after an abbreviated cue (``d.t. 09.10.1981``, ``s. 1.2.1950``): the abbreviation alone
# stands for much else.
_NEXT_DATE = r"[ \t:]*\d{1,2}[./\-][ \t]?\d{1,2}[./\-][ \t]?\d{4}"
# "Born" with both genders' endings, as forms and handovers write it when the sex is unknown or the template is
# shared: ``nato/a il``, ``nata/o``, ``nacido(a) el``, ``nascido/a em``, ``né/e le``, ``né·e``, ``urodzony/a``,
# ``narozen(a)``, ``rođen/a``, ``născut(ă)``, ``нар./народився(-лася)``, ``родился(ась)``.
GENDERED_BORN = (
    r"(?:nat[oa]|nacid[oa]|nascid[oa]|nascut|née?|urodzon[ya]|narozen[aáý]?|narodil|narodený|rođen[aoi]?|"
    r"rojen[aoi]?|n[ăa]scut[ăa]?|народил(?:ся|ась)|народився|народжен(?:ий|а)|родил(?:ся|ась)|роден[ао]?|"
    r"γεννηθείς|geboren|sündinud|gimęs|dzimis)"
    r"(?:[/·]|\()-?[^\W\d_]{1,5}\)?"
)
# "He/she was born" in the third person past, where the participle list lacks it: Spanish "nació", Portuguese
# and Galician "nasceu"/"naceu", Italian "nacque", French "naquit", Catalan "va néixer"/"nasqué", Turkish
# "doğdu", Azerbaijani "doğulub"/"anadan olub", Estonian "sündis", Icelandic "fæddist", Maltese "twieled"/
# "twieldet", Albanian "u lind", Georgian "დაიბადა", Armenian "ծնվել", Arabic "وُلد في" and Persian
# "به دنیا آمد" (a date must follow within three short words, as for every cue).
THIRD_PERSON_BORN = (
    r"nació|nacio|nasceu|naceu|nacque|naquit|va[ \t]+néixer|nasqué|doğdu|doğulub|anadan[ \t]+olub|sündis|"
    r"fæddist|twieled|twieldet|u[ \t]+lind(?:ën|i)?|დაიბადა|ծնվել|ولد[تة]?[ \t]+(?:في|بتاريخ)|"
    r"به[ \t]+دنیا[ \t]+آمد"
)
# Birth cue words of more languages (before the date; a date must follow within three short words, so
# the short ones are safe): Latvian ("dzimšanas datums", "dzim."), Estonian ("sünniaeg", "sünnikuupäev",
# "sündinud"), Lithuanian "gimė", Icelandic ("fæðingardagur", "fæddur"), Finnish "syntyi", Catalan/Galician/
# Basque ("data de naixement", "nascut", "nacemento", "jaiotze data"), Portuguese/Italian/Spanish field words
# ("nascimento", "nascita", "nacimiento", "nac."), Polish/Czech/Slovak/Slovene/Serbo-Croatian nouns
# ("urodzenia", "narození", "narodenia", "roj.", "rojstva", "rođenja", "rodjen", "рођен"), Macedonian,
# Bulgarian, Russian, Ukrainian and Belarusian nouns ("раѓање", "раждане", "рождения", "народження",
# "нараджэння"), Hungarian "születés...", Turkish/Azerbaijani "doğum...", Albanian ("datëlindja", "lindur"),
# Maltese ("twelid", "imwieled"), Irish ("breithe", "rugadh"), Welsh ("dyddiad geni", "ganwyd"), French
# "ddn", English "b." and "bday", Indonesian/Malay "lahir", Filipino, Vietnamese, Korean, Hebrew, Arabic,
# Persian, Hindi, Thai, Georgian and Armenian birth words.
MORE_BORN_CUES = (
    r"dzim(?:šanas|sanas|is|usi|\.)|dz\.[ \t]?d\.|sünni(?:aeg|kuupäev|päev)|sunniaeg|sündinud|sünd\.|gimė|"
    r"fæðingar(?:dagur|dag)|fæddur|fædd|syntyi|synt\.|naixement|nascut|nascuda|nacemento|jaiotze[ \t]+data|jaio|"
    r"nascimento|nasc\.|nascita|nacimiento|nac\.|urodzenia|narození|narozeni|narodenia|roj\.|rojstva|"
    r"rođenja|rodjen[aoi]?|rodjenja|рођен[аои]?|рођења|раѓање|раждане|нараджэння|"
    # not the "рождения" of "12.05.1961 года рождения" (that date is before it, see BORN_AFTER)
    r"(?<!года[ \t])(?<!г\.[ \t])рождения|(?<!року[ \t])(?<!р\.[ \t])народження|"
    r"нарадзі(?:ўся|лася)|születés\w*|doğum\w*|dogum[ \t]+tarihi|dat[ëe]lindj[ae]|dit[ëe]lindj[ae]|lindur|"
    r"twelid|imwiel(?:ed|da)|breithe|rugadh|dyddiad[ \t]+geni|ganwyd|ddn|b\.(?=[ \t]?\d)|b-?day|"
    r"lahir|kapanganakan|ipinanganak|ngày[ \t]+sinh|sinh[ \t]+ngày|năm[ \t]+sinh|생년월일|출생|"
    r"תאריך[ \t]+לידה|נולד[הו]?|تاريخ[ \t]+الميلاد|تاريخ[ \t]+الولادة|مواليد|تاریخ[ \t]+تولد|متولد|"
    r"जन्म[ \t]?तिथि|जन्म|วันเกิด|დაბადების|ծննդյան|"
    # Turkish "d.t." / "doğ. tar." (doğum tarihi) and Finnish "(s." (syntynyt), only right before a full date;
    # French "naiss.", German "Geburtsdat.", Korean "출생일", "생일", Chinese "出生" and "生于".
    rf"d\.[ \t]?t\.(?={_NEXT_DATE})|doğ\.(?:[ \t]?(?:tar|t)\.)?|(?<=\()s\.(?={_NEXT_DATE})|naiss\.|geburtsdat\.|"
    # "F.N." / "D.N." (fecha / data de nascimento, data di nascita) right before a full date; the genealogists'
    # and German notes' star for "born" after a name or a bracket ("Max Müller (* 12.03.1950)"), not a bullet.
    rf"[fd]\.[ \t]?n\.(?={_NEXT_DATE})|(?:(?<=\()|(?<=\([ \t])|(?<=[^\W\d_][ \t])|(?<=,[ \t]))\*(?={_NEXT_DATE})|"
    r"출생일(?:자)?|생일|出生|生于|生於|"
    rf"{THIRD_PERSON_BORN}|"
) + GENDERED_BORN
_MONTHS = "|".join(month_words(DATE_MONTHS))
# "12 de marzo de 1985", "3 de março de 1985", "12. März 1985", "5 maggio 1990", "1er mars 1990".
# Korean writes year, month and day with their words: "1967년 2월 23일".
_KOREAN = r"\d{4}년[ \t]?\d{1,2}월[ \t]?\d{1,2}일"
# "23-Jan-1988", "07-sept-1950": the day, an abbreviated English month and the year joined by dashes, the
# layout of death notices, registers and exports (no other date reads so; a bare one is any date, the
# birth cue before it decides).
_DASHED_MONTH = r"\d{1,2}-(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)-\d{4}(?![\d\-])"
LOCAL_MONTH_DATE = (
    rf"\d{{1,2}}(?:er|\.)?(?:[ \t]+de)?[ \t]+(?i:{_MONTHS})(?:[ \t]+de|[ \t]+del)?[ \t]+\d{{4}}|{_KOREAN}"
    rf"|{_DASHED_MONTH}"
)
# A birth word after the date ("am 12.03.1985 geboren", "12.03.1985 doğumluyum", "1985-03-12 födda").
# Russian "г.р." (года рождения), Ukrainian "р.н." (року народження), Belarusian "г.н.", written out or not;
# Korean "생" / "년생" / "출생" glued to the date ("1967.02.23생"); Finnish, Estonian, Latvian and Lithuanian
# participles ("12.3.1950 syntynyt", "sündinud", "dzimis", "gimęs").
BORN_AFTER = (
    r"[ \t]+geboren|[ \t]+doğumlu(?:yum|dur)?|[ \t]+tarihinde[ \t]+doğ\w*|[ \t]+födda?|[ \t]+født|"
    r"[ \t]*(?:г\.[ \t]?р|р\.[ \t]?н|г\.[ \t]?н)(?:\.|(?![\w\-]))|[ \t]*г(?:ода|\.)?[ \t]+рожд(?:ения|\.)|"
    r"[ \t]*р(?:оку|\.)?[ \t]+народж(?:ення|\.)|[ \t]*년?생(?![가-힣])|[ \t]+출생|"
    r"[ \t]+syntyn(?:yt|eet|yttä)|[ \t]+sündinud|[ \t]+dzim(?:is|usi)|[ \t]+gim(?:ęs|usi|ė)"
)
# Texts holding one of these may carry a birth word after the date (a quick gate before that rule runs).
BORN_AFTER_GATE = (
    "生", "szület", "geboren", "doğ", "föd", "født", "г.", "р.", "рожд", "народж", "생", "syntyn", "sündinud",
    "dzim", "gim",
)  # fmt: skip

_YEAR4 = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_THAI = re.compile("[\u0e00-\u0e7f]")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def plausible_birth_year(date: str, text: str) -> bool:
    """``date``'s four-digit year (if any) can be a living person's birth year: Gregorian from 1900 to this year,
    Buddhist era (Gregorian + 543) in Thai text, Persian solar (Gregorian - 621) in Arabic-script text, as
    Thai and Iranian records write birth dates (``30/04/2497``, ``1330/01/06``)."""
    years = _YEAR4.findall(date)
    if not years:
        return True
    year, now = int(years[0]), dt.date.today().year
    if 1900 <= year <= now:
        return True
    if _THAI.search(text) and 1900 + 543 <= year <= now + 543:
        return True
    return bool(_ARABIC_SCRIPT.search(text)) and 1900 - 621 <= year <= now - 621
