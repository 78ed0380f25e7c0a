"""Column words of further languages: the everyday form labels for a person's name, address, phone and birth date.

:mod:`cues` knows the column words of the large European languages and some of Asia; :mod:`script_cues` those of
CJK, Cyrillic, Arabic, Thai, Greek, Hebrew, Persian, Georgian, Armenian, Bengali and Devanagari. A table exported in
Irish, Basque, Yoruba or Tamil named its columns in words neither knew, so only the values could speak for them. These
lists fill that gap, language by language, with the labels a registration form of that country prints:

- Latin-script words are written folded (lower case, no accents: what :func:`cues.fold` leaves) and split at spaces,
  as :mod:`cues` matches them: Irish, Welsh, Basque, Catalan, Galician, Albanian, Uzbek and Kazakh (Latin),
  Afrikaans, Xhosa, Yoruba, Hausa, Igbo, Luxembourgish, Hungarian, Estonian, Latvian, Lithuanian, Slovak, Slovene,
  Icelandic.
- Other scripts are written as :func:`script_cues.normalise` leaves them (lower case, marks kept): Tamil, Sinhala,
  Amharic (Ethiopic), Gujarati, Marathi, Punjabi (Gurmukhi), Telugu, Kannada, Malayalam, Odia, Khmer, Lao, Burmese,
  Mongolian, Kazakh, Kyrgyz, Uzbek and Tajik Cyrillic, Belarusian, Pashto, and more Arabic.

Left out: words that are ordinary words of a large language (Afrikaans ``van`` "surname" is Dutch and German
"of"; Irish ``baile`` "town" is Spanish "dance"; Welsh ``dinas`` "city" is Indonesian "department") and words that
begin common words (Luxembourgish ``numm`` "name" begins German ``Nummer``, Icelandic ``simi`` "phone" begins
``similarity``, Slovak ``meno`` "name" begins ``menopause``). A cue only hints, but a hint lowers the share of values
that must agree.
"""

from __future__ import annotations

from safe_synthesizer.pii import entities as E

LATIN_WORDS: dict[str, tuple[str, ...]] = {
    E.NAME: (
        "ainm", "ainm iomlan", "enw", "enw llawn", "izena", "izen abizenak", "emri i plote", "emri dhe mbiemri",
        "ismi sharifi", "fio", "aty zhoni", "oruko", "oruko kikun", "suna", "cikakken suna", "aha", "aha zuru ezu",
        "volle naam", "nev", "teljes nev", "ees ja perekonnanimi", "vards uzvards", "vardas pavarde",
        "meno a priezvisko", "ime in priimek", "nafn", "fullt nafn", "igama elipheleleyo",
    ),
    E.FIRST_NAME: (
        "ceadainm", "enw cyntaf", "izena", "emri", "ism", "ismi", "aty", "oruko akoko", "sunan farko", "aha mbu",
        "virnumm", "keresztnev", "utonev", "eesnimi", "vards", "vardas", "krstne meno", "fornafn",
        "igama lokuqala",
    ),
    E.LAST_NAME: (
        "sloinne", "cyfenw", "abizena", "abizenak", "cognom", "cognoms", "apelidos", "mbiemri", "mbiemer",
        "familiya", "familiyasi", "tegi", "oruko idile", "sunan mahaifi", "sunan iyali", "aha nna", "familljennumm",
        "vezeteknev", "csaladnev", "perekonnanimi", "uzvards", "pavarde", "priezvisko", "priimek", "eftirnafn",
        "ifani",
    ),
    E.ADDRESS: (
        "seoladh", "cyfeiriad", "helbidea", "adreca", "enderezo", "manzil", "manzili", "mekenjai", "adiresi",
        "adireshi", "adreesi", "idilesi", "aadress",
    ),
    E.STREET_ADDRESS: (
        "sraid", "bothar", "stryd", "heol", "kalea", "carrer", "rruga", "kocha", "ko cha", "ko chasi", "koshe",
        "titi", "okporo uzo", "isitrato", "strooss",
    ),
    E.CITY: (
        "cathair", "tref", "herria", "hiria", "udalerria", "ciutat", "poblacio", "municipi", "concello", "qyteti",
        "qytet", "shahar", "tuman", "qala", "ilu", "birni", "obodo", "dorp", "idolophu",
        "uertschaft",
    ),
    E.POSTCODE: (
        "eirchod", "cod post", "posta kodea", "codi postal", "kodi postar", "kodi postal", "pochta indeksi",
        "poshta indeksi", "poskode", "postove smerovacie cislo",
    ),
    E.PHONE_NUMBER: (
        "uimhir theileafoin", "teileafon", "fon poca", "rhif ffon", "ffon", "ffon symudol", "telefonoa",
        "mugikorra", "telefoni", "celulari", "telefon raqami", "nomba foonu", "foonu", "lambar waya", "waya",
        "nomba ekwenti", "ekwenti", "selfoon", "telefoonnommer", "inombolo yefowuni", "ifowuni", "telefonszam",
        "talrunis", "telefonas", "telefonne cislo", "farsimi",
    ),
    E.EMAIL: (
        "riomhphost", "e bost", "ebost", "posta elektronikoa", "correu", "correu electronic", "correo electronico",
        "posta elektronike", "elektron pochta", "imeeli", "e pos", "imeyili", "e mail cim", "e pasts", "el pastas",
        "netfang",
    ),
    E.DATE_OF_BIRTH: (
        "data breithe", "data bhreithe", "dyddiad geni", "jaiotze data", "data de naixement", "data de nacemento",
        "data e lindjes", "tugilgan sana", "tug ilgan sana", "tugilgan kun", "tugan kuni", "ojo ibi",
        "ranar haihuwa", "ubochi omumu", "umhla wokuzalwa", "gebuertsdatum",
    ),
    E.NATIONAL_ID: (
        "uimhir pps", "pps", "ppsn", "numri personal", "numri i identitetit", "jshshir", "pinfl", "pasport",
        "id nommer", "identiteitsnommer", "inombolo yesazisi", "nimc",
    ),
}  # fmt: skip

SCRIPT_WORDS: dict[str, tuple[str, ...]] = {
    E.NAME: (
        "பெயர்", "முழு பெயர்", "නම", "සම්පූර්ණ නම", "ስም", "ሙሉ ስም", "નામ", "પૂરું નામ", "नाव", "पूर्ण नाव", "ਨਾਮ",
        "ਪੂਰਾ ਨਾਮ", "పేరు", "పూర్తి పేరు", "ಹೆಸರು", "ಪೂರ್ಣ ಹೆಸರು", "പേര്", "മുഴുവൻ പേര്", "ନାମ", "ឈ្មោះ",
        "ឈ្មោះពេញ", "ຊື່", "ຊື່ ແລະ ນາມສະກຸນ", "အမည်", "нэр", "овог нэр", "аты-жөні", "аты жөні", "аты-жөнү",
        "исми шарифи", "ному насаб", "імя і прозвішча", "نوم", "بشپړ نوم",
    ),
    E.FIRST_NAME: (
        "முதல் பெயர்", "මුල් නම", "የመጀመሪያ ስም", "પ્રથમ નામ", "पहिले नाव", "ਪਹਿਲਾ ਨਾਮ", "మొదటి పేరు", "ಮೊದಲ ಹೆಸರು",
        "ആദ്യ പേര്", "នាមខ្លួន", "ຊື່ແທ້", "аты", "исм", "ном",
    ),
    E.LAST_NAME: (
        "குடும்பப் பெயர்", "குடும்ப பெயர்", "வாசகம்", "වාසගම", "የአባት ስም", "የቤተሰብ ስም", "અટક", "आडनाव", "ਗੋਤ",
        "ਉਪਨਾਮ", "ఇంటి పేరు", "ಉಪನಾಮ", "കുടുംബപ്പേര്", "ଉପନାମ", "នាមត្រកូល", "ນາມສະກຸນ", "овог", "тегі",
        "фамилиясы", "насаб", "прозвішча", "تخلص",
    ),
    E.ADDRESS: (
        "முகவரி", "ලිපිනය", "አድራሻ", "સરનામું", "पत्ता", "ਪਤਾ", "చిరునామా", "ವಿಳಾಸ", "വിലാസം", "ଠିକଣା", "អាសយដ្ឋាន",
        "ທີ່ຢູ່", "လိပ်စာ", "хаяг", "мекенжай", "дарек", "манзил", "суроға", "адрас", "پته",
    ),
    E.STREET_ADDRESS: (
        "தெரு", "சாலை", "වීදිය", "පාර", "මාවත", "መንገድ", "ጎዳና", "શેરી", "रस्ता", "ਗਲੀ", "వీధి", "ರಸ್ತೆ", "തെരുവ്",
        "ផ្លូវ", "ຖະໜົນ", "လမ်း", "гудамж", "көше", "кўча", "кӯча", "вуліца", "کوڅه",
    ),
    E.CITY: (
        "நகரம்", "ஊர்", "නගරය", "ከተማ", "શહેર", "ਸ਼ਹਿਰ", "నగరం", "ಊರು", "ನಗರ", "നഗരം", "ସହର", "ទីក្រុង", "ເມືອງ",
        "မြို့", "хот", "қала", "шаар", "шаҳар", "шаҳр", "горад", "ښار",
    ),
    E.POSTCODE: (
        "அஞ்சல் குறியீடு", "பின் கோடு", "තැපැල් කේතය", "የፖስታ ቁጥር", "પિન કોડ", "ਪਿੰਨ ਕੋਡ", "పిన్ కోడ్", "ಪಿನ್ ಕೋಡ್",
        "പിൻ കോഡ്", "ପିନ କୋଡ", "លេខកូដប្រៃសណីយ៍", "ລະຫັດໄປສະນີ", "шуудангийн код", "пошта индексі", "почта индекси",
        "паштовы індэкс", "پوستی کوډ",
    ),
    E.PHONE_NUMBER: (
        "தொலைபேசி", "கைபேசி", "அலைபேசி", "දුරකථන", "ජංගම", "ስልክ", "ስልክ ቁጥር", "ሞባይል", "ફોન", "મોબાઇલ", "मोबाईल",
        "ਫ਼ੋਨ", "ਫੋਨ", "ਮੋਬਾਈਲ", "ఫోన్", "మొబైల్", "ಫೋನ್", "ಮೊಬೈಲ್", "ഫോൺ", "മൊബൈൽ", "ଫୋନ", "ទូរស័ព្ទ", "ໂທລະສັບ",
        "ဖုန်း", "утас", "утасны дугаар", "тэлефон", "ټیلیفون", "رقم الهاتف",
    ),
    E.EMAIL: (
        "மின்னஞ்சல்", "විද්‍යුත් තැපෑල", "ඊමේල්", "ኢሜይል", "ઇમેઇલ", "ਈਮੇਲ", "ఇమెయిల్", "ಇಮೇಲ್", "ഇമെയിൽ", "ଇମେଲ",
        "អ៊ីមែល", "ອີເມວ", "အီးမေးလ်", "имэйл", "электрон пошта", "электронная пошта", "بریښنالیک",
    ),
    E.DATE_OF_BIRTH: (
        "பிறந்த தேதி", "பிறந்த நாள்", "උපන් දිනය", "የትውልድ ቀን", "የልደት ቀን", "જન્મ તારીખ", "जन्मतारीख", "जन्म तारीख",
        "ਜਨਮ ਮਿਤੀ", "ਜਨਮ ਤਾਰੀਖ", "పుట్టిన తేదీ", "ಜನ್ಮ ದಿನಾಂಕ", "ജനനത്തീയതി", "ജനന തീയതി", "ଜନ୍ମ ତାରିଖ",
        "ថ្ងៃខែឆ្នាំកំណើត", "ວັນເດືອນປີເກີດ", "မွေးနေ့", "төрсөн огноо", "туған күні", "туулган күнү",
        "туғилган сана", "санаи таваллуд", "дата нараджэння", "د زیږیدو نیټه", "تاريخ الولادة",
    ),
    E.NATIONAL_ID: (
        "ஆதார்", "ජාතික හැඳුනුම්පත් අංකය", "හැඳුනුම්පත් අංකය", "ජා.හැ.අ", "መታወቂያ", "የመታወቂያ ቁጥር", "આધાર", "ਆਧਾਰ",
        "ఆధార్", "ಆಧಾರ್", "ആധാർ", "ଆଧାର", "អត្តសញ្ញាណប័ណ្ណ", "ບັດປະຈຳຕົວ", "မှတ်ပုံတင်", "регистрийн дугаар", "жсн",
        "иин", "пинфл", "тазкира", "تذکره",
    ),
}  # fmt: skip
