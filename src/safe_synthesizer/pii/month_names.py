"""Month names as dates write them, per language, January to December: one table for the date rules and the
date shifter.

:data:`DATE_MONTHS` are the months of the languages whose dates the birth rule of ``text_patterns`` reads after
any birth cue (genitive where the language declines them in a date: Polish ``marca``, Greek ``μαρτίου``);
:data:`MORE_DATE_MONTHS` those of the languages whose birth words ``text_birth_words_local`` adds (alternatives
within a month split by ``/``, a space inside a month written ``_``). They are kept apart because a month word is
also an ordinary word (Tagalog ``mayo``, Swahili ``mei``): each rule reads only the languages it is written for,
while a date found by either is shifted by :func:`month_forms`' one table.

Example::

    month_forms()["es"][2]  # ['marzo']
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Month names written in dates, January to December, per language (genitive where the language declines
# them in a date).
DATE_MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "de_at": "jänner februar märz april mai juni juli august september oktober november dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta",
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
    "νοεμβρίου δεκεμβρίου",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
}
# Gregorian months in each language, January to December (alternatives within a month split by "/").
MORE_DATE_MONTHS = {
    "sw": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
    "sq": "janar/janarit shkurt/shkurtit mars/marsit prill/prillit maj/majit qershor/qershorit korrik/korrikut "
    "gusht/gushtit shtator/shtatorit tetor/tetorit nëntor/nëntorit/nentor dhjetor/dhjetorit",
    "ga": "eanáir/eanair feabhra márta/marta aibreán/aibrean bealtaine meitheamh iúil/iuil lúnasa/lunasa "
    "meán_fómhair/mean_fomhair deireadh_fómhair/deireadh_fomhair samhain nollaig/nollag",
    "uz": "yanvar/январ fevral/феврал mart/март aprel/апрел may/май iyun/июн iyul/июл avgust/август "
    "sentabr/сентябр oktabr/октябр noyabr/ноябр dekabr/декабр",
    "kk": "қаңтар/қаңтарда ақпан/ақпанда наурыз/наурызда сәуір/сәуірде мамыр/мамырда маусым/маусымда "
    "шілде/шілдеде тамыз/тамызда қыркүйек/қыркүйекте қазан/қазанда қараша/қарашада желтоқсан/желтоқсанда",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "si": "ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල්/අප්රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්",
    "am": "ጃንዋሪ/ጃንዩወሪ ፌብሩዋሪ/ፌብሩወሪ ማርች ኤፕሪል/ኤፕሪል ሜይ ጁን ጁላይ ኦገስት/ኦገስት ሴፕቴምበር/ሴፕቴምበር ኦክቶበር ኖቬምበር/ኖቬምበር ዲሴምበር",
    "te": "జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్",
    "kn": "ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
    "ml": "ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ്/മെയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ്/ആഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ",
    "hi": "जनवरी फ़रवरी/फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर/सितम्बर अक्टूबर नवंबर/नवम्बर दिसंबर/दिसम्बर",
    "mr": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    "gu": "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ/ઓગસ્ટ સપ્ટેમ્બર ઑક્ટોબર/ઓક્ટોબર નવેમ્બર ડિસેમ્બર",
    "pa": "ਜਨਵਰੀ ਫ਼ਰਵਰੀ/ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ/ਅਪਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ms": "januari februari mac/maret april mei jun/juni julai/juli ogos/agustus september oktober november "
    "disember/desember",
    "tl": "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "af": "januarie februarie maart april mei junie julie augustus september oktober november desember",
    "zu": "januwari februwari mashi ephreli meyi juni julayi agasti septhemba okthoba novemba disemba",
    "ha": "janairu fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba",
    "so": "janaayo febraayo maarso abriil maajo juun luulyo ogosto sebtembar oktoobar nofembar desembar",
    "cy": "ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "eu": "urtarrila/urtarrilaren otsaila/otsailaren martxoa/martxoaren apirila/apirilaren maiatza/maiatzaren "
    "ekaina/ekainaren uztaila/uztailaren abuztua/abuztuaren iraila/irailaren urria/urriaren azaroa/azaroaren "
    "abendua/abenduaren",
    "mt": "jannar frar marzu april mejju ġunju/gunju lulju awwissu settembru ottubru novembru diċembru/dicembru",
    "lb": "januar februar mäerz abrëll mee juni juli august september oktober november dezember",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "hu": "január/jan. február/febr. március/márc. április/ápr. május/máj. június/jún. július/júl. augusztus/aug. "
    "szeptember/szept. október/okt. november/nov. december/dec.",
    "et": "jaanuar/jaanuaril veebruar/veebruaril märts/märtsil aprill/aprillil mai/mail juuni/juunil juuli/juulil "
    "august/augustil september/septembril oktoober/oktoobril november/novembril detsember/detsembril",
    "lv": "janvāris/janvārī februāris/februārī marts/martā aprīlis/aprīlī maijs/maijā jūnijs/jūnijā jūlijs/jūlijā "
    "augusts/augustā septembris/septembrī oktobris/oktobrī novembris/novembrī decembris/decembrī",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "sl": "januar/januarja februar/februarja marec/marca april/aprila maj/maja junij/junija julij/julija "
    "avgust/avgusta september/septembra oktober/oktobra november/novembra december/decembra",
    "br": "genver c'hwevrer meurzh ebrel mae mezheven gouere eost gwengolo here miz_du kerzu",
    "fy": "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber",
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
    "km": "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ",
    "lo": "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ",
    "my": "ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ်/ဩဂုတ်လ စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ",
}


# Forms of month names date cells of exports write beyond the two tables above (read only in a date's layout, a day
# and a year around the month, where a month word cannot be an ordinary word): English, the usual abbreviations,
# nominative forms, and the languages of no birth rule (Cyrillic, Thai). Alternatives within a month split by "/".
CELL_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "abbr": "jan/janv/ene/gen/jän feb/febr/févr/fevr/fév/fev mar/mär/mrz/maerz/mars apr/avr/abr "
    "may/mai/mag jun/giu juil/jul/lug aug/ago/aoû/aou sep/sept/set oct/okt/ott/out nov dec/dez/déc/dic",
    "de_ascii": "januar februar maerz april mai juni juli august september oktober november dezember",
    "el_nom": "ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος "
    "νοέμβριος δεκέμβριος",
    "el_abbr": "ιαν φεβ μαρ απρ μαι ιουν ιουλ αυγ σεπ οκτ νοε δεκ",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "sr": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "ru": "января/январь февраля/февраль марта/март апреля/апрель мая/май июня/июнь июля/июль августа/август "
    "сентября/сентябрь октября/октябрь ноября/ноябрь декабря/декабрь",
    "ru_abbr": "янв фев мар апр май июн июл авг сен окт ноя дек",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr_ascii": "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
    "pt_nom": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "sk_nom": "január február marec apríl máj jún júl august september október november december",
    # Northern Sami (Norway, Sweden, Finland): CLDR's names, their genitive (``30. skábmamánu 1943``) and
    # abbreviations.
    "se": "ođđajagemánnu/ođđajagemánu/ođđj guovvamánnu/guovvamánu/guov njukčamánnu/njukčamánu/njuk "
    "cuoŋománnu/cuoŋománu/cuo miessemánnu/miessemánu/mies geassemánnu/geassemánu/geas "
    "suoidnemánnu/suoidnemánu/suoi borgemánnu/borgemánu/borg čakčamánnu/čakčamánu/čakč "
    "golggotmánnu/golggotmánu/golg skábmamánnu/skábmamánu/skáb juovlamánnu/juovlamánu/juov",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "th_abbr": "มค กพ มีค เมย พค มิย กค สค กย ตค พย ธค",
}

_THAI = re.compile("[\u0e00-\u0e7f]")


def month_key(word: str) -> str:
    """A month word as :func:`month_number` looks it up: lower case, accents and dots dropped (``Μαΐου`` ->
    ``μαιου``, ``Févr.`` -> ``fevr``, ``ม.ค.`` -> ``มค``)."""
    text = unicodedata.normalize("NFD", word.casefold().replace(".", ""))
    # Thai vowels and tone marks are combining characters too, yet part of the word: keep them.
    return "".join(ch for ch in text if not unicodedata.combining(ch) or _THAI.match(ch))


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    out: dict[str, int] = {}
    # Where one word is a month in two languages (``listopada``: November in Polish, October in Croatian), the
    # first table and language listed wins.
    for table in (DATE_MONTHS, MORE_DATE_MONTHS, CELL_MONTHS):
        for names in table.values():
            for number, month in enumerate(names.split(), start=1):
                for alt in month.split("/"):
                    out.setdefault(month_key(alt.replace("_", " ")), number)
    return out


def month_number(word: str) -> int | None:
    """The month (1-12) a month word of any language above names (any case, accents and dots or not), else
    ``None``: the one table the date readers of columns look month names up in.

    Example::

        month_number("Févr.")  # 2
        month_number("Ιουλίου")  # 7
    """
    return _month_numbers().get(month_key(word))


@lru_cache(maxsize=1)
def month_forms() -> dict[str, list[list[str]]]:
    """Language -> its twelve months, each the list of forms a date writes it in (a language in both tables
    has both tables' forms, ``DATE_MONTHS``' first; ``DATE_MONTHS``' languages come first, so where a word is a
    month of two languages the first listed names the language)."""
    forms: dict[str, list[list[str]]] = {}
    for table in (DATE_MONTHS, MORE_DATE_MONTHS):
        for lang, names in table.items():
            months = [[alt.replace("_", " ") for alt in month.split("/")] for month in names.split()]
            if len(months) != 12:
                continue
            known = forms.setdefault(lang, [[] for _ in months])
            for have, alts in zip(known, months, strict=True):
                have.extend(alt for alt in alts if alt not in have)
    return forms


def month_words(table: dict[str, str]) -> list[str]:
    """Every month word of ``table``, longest first (for a regex alternation)."""
    words = {alt.replace("_", " ") for names in table.values() for month in names.split() for alt in month.split("/")}
    return sorted(words, key=len, reverse=True)
