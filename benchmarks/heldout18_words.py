"""Words of held-out set 18: column labels in 45 languages, national-id headers in each country's own words,
titles by sex, and the roles that name a second person.

Labels are written from the languages as people write form fields (``Geburtsdatum``, ``data di nascita``,
``syntymäaika``); the national-id header is the country's own name of the number (``Steuer-ID``,
``codice fiscale``, ``PESEL``, ``JSHSHIR``, ``NIN``).
"""

from __future__ import annotations

FIELDS = ("first", "last", "name", "phone", "mobile", "email", "address", "street", "postcode", "town", "dob", "iban",
          "card", "ref", "amount", "date", "staff", "notes")  # fmt: skip

_RAW = {
    "en": (
        "first name|surname|full name|phone|mobile|email|address|street|postcode|town|date of birth|"
        "iban|card number|reference|amount|date|staff id|notes"
    ),
    "de": (
        "Vorname|Nachname|Name|Telefon|Handy|E-Mail|Anschrift|Straße|PLZ|Ort|Geburtsdatum|IBAN|"
        "Kartennummer|Aktenzeichen|Betrag|Datum|Personalnummer|Bemerkungen"
    ),
    "fr": (
        "prénom|nom de famille|nom complet|téléphone|portable|courriel|adresse|rue|code postal|ville|"
        "date de naissance|IBAN|numéro de carte|référence|montant|date|matricule agent|remarques"
    ),
    "es": (
        "nombre|apellidos|nombre completo|teléfono|móvil|correo electrónico|domicilio|calle|código "
        "postal|localidad|fecha de nacimiento|IBAN|número de tarjeta|referencia|importe|fecha|código "
        "empleado|observaciones"
    ),
    "it": (
        "nome|cognome|nominativo|telefono|cellulare|email|indirizzo|via|CAP|comune|data di nascita|"
        "IBAN|numero carta|riferimento|importo|data|matricola|annotazioni"
    ),
    "nl": (
        "voornaam|achternaam|naam|telefoon|mobiel|e-mailadres|adres|straat|postcode|woonplaats|"
        "geboortedatum|IBAN|kaartnummer|kenmerk|bedrag|datum|personeelsnummer|opmerkingen"
    ),
    "pt": (
        "nome próprio|apelido|nome completo|telefone|telemóvel|email|morada|rua|código postal|"
        "localidade|data de nascimento|IBAN|número do cartão|referência|valor|data|n.º funcionário|"
        "observações"
    ),
    "sv": (
        "förnamn|efternamn|namn|telefon|mobil|e-post|adress|gata|postnummer|ort|födelsedatum|IBAN|"
        "kortnummer|ärendenummer|belopp|datum|anställningsnummer|anteckningar"
    ),
    "da": (
        "fornavn|efternavn|navn|telefon|mobil|e-mail|adresse|vej|postnummer|by|fødselsdato|IBAN|"
        "kortnummer|sagsnummer|beløb|dato|medarbejdernummer|bemærkninger"
    ),
    "no": (
        "fornavn|etternavn|navn|telefon|mobil|e-post|adresse|gate|postnummer|poststed|fødselsdato|"
        "IBAN|kortnummer|saksnummer|beløp|dato|ansattnummer|merknader"
    ),
    "pl": (
        "imię|nazwisko|imię i nazwisko|telefon|komórka|e-mail|adres|ulica|kod pocztowy|miejscowość|"
        "data urodzenia|IBAN|numer karty|sygnatura|kwota|data|nr pracownika|uwagi"
    ),
    "cs": (
        "jméno|příjmení|celé jméno|telefon|mobil|e-mail|adresa|ulice|PSČ|obec|datum narození|IBAN|"
        "číslo karty|číslo jednací|částka|datum|osobní číslo|poznámky"
    ),
    "sk": (
        "meno|priezvisko|celé meno|telefón|mobil|e-mail|adresa|ulica|PSČ|obec|dátum narodenia|IBAN|"
        "číslo karty|číslo spisu|suma|dátum|osobné číslo|poznámky"
    ),
    "fi": (
        "etunimi|sukunimi|nimi|puhelin|matkapuhelin|sähköposti|osoite|katuosoite|postinumero|"
        "postitoimipaikka|syntymäaika|IBAN|kortin numero|viite|summa|päivämäärä|henkilönumero|"
        "huomautukset"
    ),
    "tr": (
        "ad|soyad|ad soyad|telefon|cep telefonu|e-posta|adres|sokak|posta kodu|ilçe|doğum tarihi|"
        "IBAN|kart numarası|dosya no|tutar|tarih|sicil no|notlar"
    ),
    "ro": (
        "prenume|nume|nume complet|telefon|mobil|e-mail|adresă|stradă|cod poștal|localitate|data "
        "nașterii|IBAN|număr card|număr dosar|sumă|data|marcă angajat|observații"
    ),
    "hu": (
        "keresztnév|vezetéknév|teljes név|telefon|mobil|e-mail|lakcím|utca|irányítószám|település|"
        "születési dátum|IBAN|kártyaszám|ügyszám|összeg|dátum|törzsszám|megjegyzés"
    ),
    "hr": (
        "ime|prezime|ime i prezime|telefon|mobitel|e-pošta|adresa|ulica|poštanski broj|mjesto|datum "
        "rođenja|IBAN|broj kartice|broj predmeta|iznos|datum|matični broj djelatnika|napomene"
    ),
    "sl": (
        "ime|priimek|ime in priimek|telefon|mobilni telefon|e-pošta|naslov|ulica|poštna številka|"
        "kraj|datum rojstva|IBAN|številka kartice|številka zadeve|znesek|datum|številka zaposlenega|"
        "opombe"
    ),
    "ru": (
        "имя|фамилия|ФИО|телефон|мобильный|эл. почта|адрес|улица|индекс|город|дата рождения|IBAN|"
        "номер карты|номер дела|сумма|дата|табельный номер|примечания"
    ),
    "uk": (
        "ім'я|прізвище|ПІБ|телефон|мобільний|ел. пошта|адреса|вулиця|індекс|місто|дата народження|"
        "IBAN|номер картки|номер справи|сума|дата|табельний номер|примітки"
    ),
    "bg": (
        "име|фамилия|трите имена|телефон|мобилен|имейл|адрес|улица|пощенски код|населено място|дата "
        "на раждане|IBAN|номер на карта|номер на преписка|сума|дата|служебен номер|бележки"
    ),
    "mk": (
        "име|презиме|име и презиме|телефон|мобилен|е-пошта|адреса|улица|поштенски број|место|датум "
        "на раѓање|IBAN|број на картичка|број на предмет|износ|датум|службен број|забелешки"
    ),
    "el": (
        "όνομα|επώνυμο|ονοματεπώνυμο|τηλέφωνο|κινητό|email|διεύθυνση|οδός|ΤΚ|πόλη|ημερομηνία "
        "γέννησης|IBAN|αριθμός κάρτας|αριθμός πρωτοκόλλου|ποσό|ημερομηνία|αριθμός μητρώου|"
        "παρατηρήσεις"
    ),
    "lt": (
        "vardas|pavardė|vardas pavardė|telefonas|mobilusis|el. paštas|adresas|gatvė|pašto kodas|"
        "miestas|gimimo data|IBAN|kortelės numeris|bylos nr.|suma|data|tabelio nr.|pastabos"
    ),
    "lv": (
        "vārds|uzvārds|vārds uzvārds|tālrunis|mobilais|e-pasts|adrese|iela|pasta indekss|pilsēta|"
        "dzimšanas datums|IBAN|kartes numurs|lietas nr.|summa|datums|personāla nr.|piezīmes"
    ),
    "et": (
        "eesnimi|perekonnanimi|nimi|telefon|mobiil|e-post|aadress|tänav|sihtnumber|linn|sünniaeg|"
        "IBAN|kaardi number|viitenumber|summa|kuupäev|töötaja nr|märkused"
    ),
    "is": (
        "fornafn|eftirnafn|nafn|sími|farsími|netfang|heimilisfang|gata|póstnúmer|bæjarfélag|"
        "fæðingardagur|IBAN|kortanúmer|málsnúmer|upphæð|dagsetning|starfsmannanúmer|athugasemdir"
    ),
    "id": (
        "nama depan|nama belakang|nama lengkap|telepon|ponsel|surel|alamat|jalan|kode pos|kota|"
        "tanggal lahir|IBAN|nomor kartu|nomor referensi|jumlah|tanggal|NIP|catatan"
    ),
    "vi": (
        "tên|họ|họ và tên|điện thoại|di động|email|địa chỉ|đường|mã bưu chính|thành phố|ngày sinh|"
        "IBAN|số thẻ|mã hồ sơ|số tiền|ngày|mã nhân viên|ghi chú"
    ),
    "ja": (
        "名|姓|氏名|電話番号|携帯電話|メールアドレス|住所|番地|郵便番号|市区町村"
        "|生年月日|IBAN|カード番号|受付番号|金額|日付|社員番号|備考"
    ),
    "zh": ("名|姓|姓名|电话|手机|电子邮箱|地址|街道|邮编|城市|出生日期|IBAN|卡号|编号|金额|日期|工号|备注"),
    "ko": (
        "이름|성|성명|전화번호|휴대폰|이메일|주소|도로명|우편번호|시군구|생년월"
        "일|IBAN|카드번호|접수번호|금액|날짜|사번|비고"
    ),
    "th": (
        "ชื่อ|นามสกุล|ชื่อ-นามสกุล|โทรศัพท์|มือถือ|อีเมล|ที่อยู่|ถนน|รหัสไปรษณีย์|จังหวัด|วันเกิด|"
        "IBAN|เลขบัตร|เลขที่อ้างอิง|จำนวนเงิน|วันที่|รหัสพนักงาน|หมายเหตุ"
    ),
    "he": (
        'שם פרטי|שם משפחה|שם מלא|טלפון|נייד|דוא"ל|כתובת|רחוב|מיקוד|יישוב|תאריך לידה|IBAN|מספר כרטיס|'
        "אסמכתא|סכום|תאריך|מספר עובד|הערות"
    ),
    "ar": (
        "الاسم الأول|اسم العائلة|الاسم الكامل|الهاتف|الجوال|البريد الإلكتروني|العنوان|الشارع|الرمز "
        "البريدي|المدينة|تاريخ الميلاد|IBAN|رقم البطاقة|رقم المرجع|المبلغ|التاريخ|الرقم الوظيفي|"
        "ملاحظات"
    ),
    "fa": (
        "نام|نام خانوادگی|نام و نام خانوادگی|تلفن|موبایل|ایمیل|نشانی|خیابان|کد پستی|شهر|تاریخ تولد|"
        "شبا|شماره کارت|شماره پرونده|مبلغ|تاریخ|کد پرسنلی|توضیحات"
    ),
    "hi": (
        "पहला नाम|उपनाम|पूरा नाम|फ़ोन|मोबाइल|ईमेल|पता|गली|पिन कोड|शहर|जन्म तिथि|IBAN|कार्ड नंबर|"
        "संदर्भ संख्या|राशि|तारीख|कर्मचारी संख्या|टिप्पणी"
    ),
    "bn": (
        "নামের প্রথম অংশ|পদবি|পুরো নাম|ফোন|মোবাইল|ইমেইল|ঠিকানা|রাস্তা|পোস্ট কোড|শহর|জন্ম তারিখ|IBAN|"
        "কার্ড নম্বর|রেফারেন্স|পরিমাণ|তারিখ|কর্মী নম্বর|মন্তব্য"
    ),
    "az": (
        "ad|soyad|ad soyad|telefon|mobil|e-poçt|ünvan|küçə|poçt indeksi|şəhər|doğum tarixi|IBAN|kart "
        "nömrəsi|iş nömrəsi|məbləğ|tarix|işçi nömrəsi|qeydlər"
    ),
    "ka": (
        "სახელი|გვარი|სახელი და გვარი|ტელეფონი|მობილური|ელფოსტა|მისამართი|ქუჩა|საფოსტო ინდექსი|"
        "ქალაქი|დაბადების თარიღი|IBAN|ბარათის ნომერი|საქმის ნომერი|თანხა|თარიღი|თანამშრომლის ნომერი|"
        "შენიშვნები"
    ),
    "hy": (
        "անուն|ազգանուն|անուն ազգանուն|հեռախոս|բջջային|էլ. փոստ|հասցե|փողոց|փոստային ինդեքս|քաղաք|"
        "ծննդյան ամսաթիվ|IBAN|քարտի համար|գործի համար|գումար|ամսաթիվ|աշխատողի համար|նշումներ"
    ),
    "ta": (
        "முதல் பெயர்|குடும்பப் பெயர்|முழுப் பெயர்|தொலைபேசி|கைபேசி|மின்னஞ்சல்|முகவரி|தெரு|அஞ்சல் "
        "குறியீடு|நகரம்|பிறந்த தேதி|IBAN|அட்டை எண்|குறிப்பு எண்|தொகை|தேதி|பணியாளர் எண்|குறிப்புகள்"
    ),
    "uz": (
        "ism|familiya|F.I.Sh.|telefon|mobil telefon|elektron pochta|manzil|ko'cha|pochta indeksi|"
        "shahar|tug'ilgan sana|IBAN|karta raqami|ish raqami|summa|sana|xodim raqami|izohlar"
    ),
    "sq": (
        "emri|mbiemri|emër mbiemër|telefoni|celulari|email|adresa|rruga|kodi postar|qyteti|"
        "datëlindja|IBAN|numri i kartës|nr. reference|shuma|data|nr. punonjësi|shënime"
    ),
    "ga": (
        "céadainm|sloinne|ainm iomlán|guthán|fón póca|ríomhphost|seoladh|sráid|éirchód|baile|dáta "
        "breithe|IBAN|uimhir chárta|tagairt|méid|dáta|uimhir foirne|nótaí"
    ),
    "sw": (
        "jina la kwanza|jina la ukoo|jina kamili|simu|simu ya mkononi|barua pepe|anwani|mtaa|sanduku "
        "la posta|mji|tarehe ya kuzaliwa|IBAN|namba ya kadi|kumbukumbu namba|kiasi|tarehe|namba ya "
        "mfanyakazi|maelezo"
    ),
    "am": (
        "ስም|የአባት ስም|ሙሉ ስም|ስልክ|ሞባይል|ኢሜይል|አድራሻ|መንገድ|የፖስታ ቁጥር|ከተማ|የትውልድ ቀን|IBAN|የካርድ ቁጥር|የመዝገብ ቁጥር|መጠን|ቀን|የሰራተኛ ቁጥር|ማስታወሻ"
    ),
    "si": (
        "මුල් නම|වාසගම|සම්පූර්ණ නම|දුරකථන|ජංගම|විද්\u200dයුත් තැපෑල|ලිපිනය|වීදිය|තැපැල් කේතය|නගරය|උපන් "
        "දිනය|IBAN|කාඩ්පත් අංකය|යොමු අංකය|මුදල|දිනය|සේවක අංකය|සටහන්"
    ),
    "mt": (
        "isem|kunjom|isem u kunjom|telefon|mowbajl|email|indirizz|triq|kodiċi postali|lokalità|data "
        "tat-twelid|IBAN|numru tal-karta|referenza|ammont|data|numru tal-impjegat|noti"
    ),
    "zu": (
        "igama|isibongo|igama eliphelele|ucingo|iselula|i-imeyili|ikheli|umgwaqo|ikhodi yeposi|"
        "idolobha|usuku lokuzalwa|IBAN|inombolo yekhadi|inombolo yereferensi|inani|usuku|inombolo "
        "yesisebenzi|amanothi"
    ),
}
WORDS = {lang: dict(zip(FIELDS, raw.split("|"), strict=True)) for lang, raw in _RAW.items()}
# Languages whose notes and columns fall back to English (the locale writes them in English or we lack a model).
WORDS["ne"] = WORDS["hi"] | {
    "first": "नाम",
    "last": "थर",
    "name": "पूरा नाम",
    "town": "नगरपालिका",
    "dob": "जन्म मिति",
}
WORDS["yo"] = WORDS["en"]

# The country's own name of its national id (column header and cue in notes).
ID_HEADERS = {
    "en_US": "SSN",
    "en_GB": "NI number",
    "de_DE": "Steuer-ID",
    "fr_FR": "n° sécu",
    "es_ES": "DNI",
    "it_IT": "codice fiscale",
    "nl_NL": "BSN",
    "sv_SE": "personnummer",
    "pl_PL": "PESEL",
    "pt_PT": "NIF",
    "da_DK": "CPR-nr.",
    "en_AU": "TFN",
    "de_AT": "SV-Nummer",
    "fr_CH": "n° AVS",
    "en_IN": "Aadhaar no",
    "en_CA": "SIN",
    "fr_CA": "NAS",
    "pt_BR": "CPF",
    "es_MX": "CURP",
    "cs_CZ": "rodné číslo",
    "fi_FI": "henkilötunnus",
    "tr_TR": "TC kimlik no",
    "ja_JP": "マイナンバー",
    "zh_CN": "身份证号",
    "no_NO": "fødselsnummer",
    "ro_RO": "CNP",
    "el_GR": "ΑΜΚΑ",
    "hu_HU": "TAJ szám",
    "sk_SK": "rodné číslo",
    "hr_HR": "OIB",
    "de_CH": "AHV-Nr.",
    "lt_LT": "asmens kodas",
    "uk_UA": "РНОКПП",
    "ru_RU": "ИНН",
    "bg_BG": "ЕГН",
    "sl_SI": "EMŠO",
    "en_IE": "PPS number",
    "nl_BE": "rijksregisternummer",
    "lv_LV": "personas kods",
    "es_AR": "DNI",
    "es_CO": "NIT",
    "en_NZ": "IRD number",
    "fr_BE": "n° de registre national",
    "et_EE": "isikukood",
    "es_CL": "RUT",
    "en_PH": "PhilSys no",
    "it_CH": "n. AVS",
    "de_LU": "Matricule",
    "is_IS": "kennitala",
    "ko_KR": "주민등록번호",
    "en_NG": "NIN",
    "id_ID": "NIK",
    "vi_VN": "số CCCD",
    "es_VE": "cédula",
    "mt_MT": "numru tal-karta tal-identità",
    "zh_TW": "身分證字號",
    "he_IL": "מספר זהות",
    "th_TH": "เลขประจำตัวประชาชน",
    "az_AZ": "FİN kod",
    "ka_GE": "პირადი ნომერი",
    "fr_DZ": "NIN",
    "fa_IR": "کد ملی",
    "hi_IN": "आधार संख्या",
    "bn_BD": "জাতীয় পরিচয়পত্র নম্বর",
    "hy_AM": "սոցիալական քարտ",
    "ne_NP": "नागरिकता नं.",
    "en_PK": "CNIC",
    "mk_MK": "ЕМБГ",
    "zu_ZA": "inombolo kamazisi",
    "ar_EG": "الرقم القومي",
    "ta_IN": "ஆதார் எண்",
    "uz_UZ": "JSHSHIR",
    "sq_AL": "numri personal",
    "yo_NG": "NIN",
    "ga_IE": "uimhir PSP",
    "si_LK": "ජාතික හැඳුනුම්පත් අංකය",
    "am_ET": "ፋይዳ ቁጥር",
    "sw_KE": "namba ya kitambulisho",
}

# Titles by sex ("M", "F") per language: what precedes a surname written alone.
TITLES = {
    "en": (("Mr", "Dr"), ("Mrs", "Ms", "Miss", "Dr")),
    "de": (("Herr",), ("Frau",)),
    "fr": (("M.", "Monsieur"), ("Mme", "Madame")),
    "es": (("Sr.", "don"), ("Sra.", "doña")),
    "it": (("Sig.", "dott."), ("Sig.ra", "dott.ssa")),
    "nl": (("dhr.",), ("mevr.",)),
    "pt": (("Sr.",), ("Sra.", "D.")),
    "sv": (("herr",), ("fru",)),
    "da": (("hr.",), ("fru",)),
    "no": (("herr",), ("fru",)),
    "pl": (("Pan",), ("Pani",)),
    "cs": (("pan",), ("paní",)),
    "sk": (("pán",), ("pani",)),
    "fi": (("herra",), ("rouva",)),
    "tr": (("Bay",), ("Bayan",)),
    "ro": (("dl.", "domnul"), ("dna", "doamna")),
    "hu": (("úr",), ("asszony",)),
    "hr": (("g.",), ("gđa",)),
    "sl": (("g.",), ("ga.",)),
    "ru": (("г-н",), ("г-жа",)),
    "uk": (("пан",), ("пані",)),
    "bg": (("г-н",), ("г-жа",)),
    "mk": (("г-дин",), ("г-ѓа",)),
    "el": (("κ.",), ("κα",)),
    "lt": (("p.",), ("p.",)),
    "lv": (("kgs.",), ("kdz.",)),
    "et": (("hr",), ("pr",)),
    "is": ((), ()),
    "id": (("Bapak", "Pak"), ("Ibu", "Bu")),
    "vi": (("ông",), ("bà",)),
    "ja": ((), ()),
    "zh": ((), ()),
    "ko": ((), ()),
    "th": (("นาย",), ("นาง", "นางสาว")),
    "he": (("מר",), ("גב'",)),
    "ar": (("السيد",), ("السيدة",)),
    "fa": (("آقای",), ("خانم",)),
    "hi": (("श्री",), ("श्रीमती",)),
    "ne": (("श्री",), ("श्रीमती",)),
    "bn": (("জনাব",), ("বেগম",)),
    "az": (("cənab",), ("xanım",)),
    "ka": (("ბატონი",), ("ქალბატონი",)),
    "hy": (("պարոն",), ("տիկին",)),
    "ta": (("திரு.",), ("திருமதி",)),
    "uz": (("janob",), ("xonim",)),
    "sq": (("z.",), ("znj.",)),
    "ga": (("An tUasal",), ("Bean",)),
    "sw": (("Bw.",), ("Bi.",)),
    "am": (("አቶ",), ("ወ/ሮ",)),
    "si": (("මහතා",), ("මහත්මිය",)),
    "mt": (("is-Sur",), ("is-Sinjura",)),
    "zu": (("Mnu.",), ("Nkk.",)),
    "yo": (("Mr", "Chief"), ("Mrs", "Alhaja")),
}


def titles_flat(lang: str) -> list[str]:
    """Every title of a language (the scoring leaves them out of a template's own words)."""
    male, female = TITLES[lang]
    return [*male, *female]
