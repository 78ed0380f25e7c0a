"""Held-out set 13: the languages' data: titles, mail domains, date layouts, address styles and own
street lists (where Faker has none), names that are English words, column-name vocabularies and the column
namer (split out of ``bench_pii_heldout13_tables.py``; nothing here changed a table).
"""

# ruff: noqa: E501  (templates, vocabularies and address lists read best one per line)
from __future__ import annotations

import random

from heldout13_base import LANG, LOCALES

# ---------------------------------------------------------------- data: titles, banks, addresses, mail, dates

TITLE_BY_SEX = {
    "en": (["Mr", "Mr.", "Dr", "Mr"], ["Mrs", "Ms", "Miss", "Dr.", "Mrs."]), "de": (["Herr", "Hr.", "Dr."], ["Frau", "Fr.", "Dr."]),
    "fr": (["M.", "Monsieur", "Dr"], ["Mme", "Madame", "Mlle"]), "es": (["Sr.", "D.", "Dr."], ["Sra.", "Dña.", "Dra."]),
    "it": (["Sig.", "Dott.", "sig."], ["Sig.ra", "Dott.ssa", "sig.ra"]), "nl": (["dhr.", "de heer", "dr."], ["mevr.", "mevrouw"]),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra.", "D."]), "sv": (["herr"], ["fru"]), "da": (["hr."], ["fru"]),
    "no": (["herr"], ["fru"]), "pl": (["Pan", "pan", "dr"], ["Pani", "pani"]), "fi": (["herra"], ["rouva"]),
    "cs": (["pan", "Ing.", "MUDr."], ["paní", "Mgr."]), "sk": (["pán", "Ing."], ["pani", "Mgr."]),
    "tr": (["Bay", "Dr."], ["Bayan", "Dr."]), "ja": (["様", "さん"], ["様", "さん"]), "zh": (["先生"], ["女士"]),
    "ro": (["dl.", "domnul", "dr."], ["dna.", "doamna"]), "el": (["κ.", "κύριος"], ["κα", "κυρία"]),
    "hu": (["dr.", "id."], ["dr.", "özv."]), "hr": (["g.", "dr."], ["gđa", "gđa."]), "sl": (["g.", "dr."], ["ga.", "dr."]),
    "lt": (["p.", "ponas"], ["p.", "ponia"]), "lv": (["kgs.", "kungs"], ["kdz.", "kundze"]), "et": (["hr", "härra"], ["pr", "proua"]),
    "uk": (["пан", "д-р"], ["пані"]), "ru": (["г-н", "господин"], ["г-жа", "госпожа"]), "bg": (["г-н", "д-р"], ["г-жа", "д-р"]),
}  # fmt: skip
TITLES = {lang: sorted({t for pair in v for t in pair}) for lang, v in TITLE_BY_SEX.items()}
SUFFIX_TITLE = ("ja", "zh", "lv")  # the title follows the name (田中様, 王先生, Bērziņa kundze)

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net"], "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
    "de_DE": ["web.de", "gmx.de", "t-online.de"], "fr_FR": ["orange.fr", "free.fr", "laposte.net"],
    "es_ES": ["gmail.com", "telefonica.net", "hotmail.es"], "it_IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "sv_SE": ["telia.com", "spray.se"], "pl_PL": ["wp.pl", "o2.pl", "onet.pl"],
    "pt_PT": ["sapo.pt", "gmail.com"], "da_DK": ["mail.dk", "jubii.dk"], "en_AU": ["bigpond.com", "optusnet.com.au"],
    "de_AT": ["aon.at", "gmx.at"], "fr_CH": ["bluewin.ch", "sunrise.ch"], "de_CH": ["bluewin.ch", "gmx.ch"],
    "en_IN": ["rediffmail.com", "gmail.com"], "en_CA": ["rogers.com", "shaw.ca"], "fr_CA": ["videotron.ca", "sympatico.ca"],
    "pt_BR": ["uol.com.br", "bol.com.br"], "es_MX": ["prodigy.net.mx", "hotmail.com"], "cs_CZ": ["seznam.cz", "centrum.cz"],
    "fi_FI": ["suomi24.fi", "luukku.com"], "tr_TR": ["yandex.com.tr", "hotmail.com"], "ja_JP": ["docomo.ne.jp", "yahoo.co.jp"],
    "zh_CN": ["163.com", "qq.com"], "no_NO": ["online.no", "hotmail.no"], "ro_RO": ["yahoo.ro", "gmail.com"],
    "el_GR": ["otenet.gr", "yahoo.gr"], "hu_HU": ["freemail.hu", "citromail.hu"], "sk_SK": ["azet.sk", "zoznam.sk"],
    "hr_HR": ["net.hr", "t-com.hr"], "lt_LT": ["one.lt", "inbox.lt"], "uk_UA": ["ukr.net", "i.ua"], "ru_RU": ["mail.ru", "yandex.ru"],
    "bg_BG": ["abv.bg", "mail.bg"], "sl_SI": ["siol.net", "gmail.com"], "en_IE": ["eircom.net", "gmail.com"],
    "nl_BE": ["telenet.be", "skynet.be"], "fr_BE": ["skynet.be", "voo.be"], "lv_LV": ["inbox.lv", "apollo.lv"],
    "es_AR": ["fibertel.com.ar", "hotmail.com"], "es_CO": ["une.net.co", "gmail.com"], "en_NZ": ["xtra.co.nz", "gmail.com"],
    "et_EE": ["hot.ee", "mail.ee"],
}  # fmt: skip

_DMY, _DMYD, _MDY, _YMD = "%d/%m/%Y", "%d.%m.%Y", "%m/%d/%Y", "%Y-%m-%d"
DATE_FORMATS = {x: [_DMYD] for x in LOCALES}
DATE_FORMATS.update({
    "en_US": [_MDY, "%m-%d-%Y"], "en_GB": [_DMY, "LONG_EN"], "fr_FR": [_DMY], "es_ES": [_DMY, "%d-%m-%Y"], "it_IT": [_DMY],
    "nl_NL": ["%d-%m-%Y"], "sv_SE": [_YMD], "pt_PT": [_DMY, "%d-%m-%Y"], "da_DK": ["%d-%m-%Y", _DMYD], "en_AU": [_DMY],
    "en_IN": ["%d-%m-%Y", _DMY], "en_CA": [_YMD, _DMY], "fr_CA": [_YMD], "pt_BR": [_DMY], "es_MX": [_DMY], "ja_JP": ["%Y/%m/%d"],
    "zh_CN": [_YMD, "ZH"], "el_GR": [_DMY], "hu_HU": ["%Y.%m.%d."], "hr_HR": ["%d.%m.%Y."], "lt_LT": [_YMD],
    "sl_SI": ["%d. %m. %Y", _DMYD], "en_IE": [_DMY], "nl_BE": [_DMY], "fr_BE": [_DMY], "lv_LV": ["%d.%m.%Y."],
    "es_AR": [_DMY], "es_CO": [_DMY], "en_NZ": [_DMY], "et_EE": [_DMYD],
})  # fmt: skip

ADDRESS_STYLE = {"en_US": "us", "en_CA": "us", "fr_CA": "us", "en_AU": "us", "en_GB": "uk", "en_IE": "uk", "en_NZ": "uk",
                 "en_IN": "in", "pt_BR": "br", "ru_RU": "ru", "uk_UA": "ru", "hu_HU": "hu", "ja_JP": "ja", "zh_CN": "zh"}  # fmt: skip


def _num(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(1, 30), rng.randint(1, 120), rng.randint(1, 9)]))


OWN_ADDRESS = {
    "tr_TR": {"streets": ["Atatürk", "Cumhuriyet", "İnönü", "Gazi Mustafa Kemal", "Bağdat", "Fevzi Çakmak", "Menekşe",
                          "Lale", "Papatya", "Çınar", "Karanfil", "Zübeyde Hanım"],
              "line": lambda s, r: r.choice([f"{s} Cad. No: {_num(r)}", f"{s} Sok. No:{_num(r)} D:{r.randint(1, 12)}",
                                             f"{s} Caddesi No {_num(r)}", f"{s} Sokak {_num(r)}/{r.randint(1, 9)}"]),
              "towns": ["Kadıköy", "Çankaya", "Konak", "Osmangazi", "Muratpaşa", "Seyhan", "Selçuklu", "Tepebaşı", "Üsküdar"],
              "postcode": lambda r, t: str(r.choice([34, 6, 35, 16, 7, 1, 42, 26]) * 1000 + r.randint(0, 999)).zfill(5)},
    "lt_LT": {"streets": ["Gedimino", "Vilniaus", "Žalgirio", "Savanorių", "Taikos", "Laisvės", "Kęstučio", "Ąžuolų",
                          "Liepų", "Basanavičiaus", "Sodų", "Pilies"],
              "line": lambda s, r: r.choice([f"{s} g. {_num(r)}", f"{s} g. {_num(r)}-{r.randint(1, 60)}",
                                             f"{s} pr. {_num(r)}", f"{s} gatvė {_num(r)}"]),
              "towns": ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Utena"],
              "postcode": lambda r, t: f"LT-{r.randint(1000, 99999):05d}"},
    "bg_BG": {"streets": ["Шипка", "Витоша", "Раковски", "Граф Игнатиев", "Цар Симеон", "Христо Ботев", "Васил Левски",
                          "Оборище", "Алабин", "Княз Борис I", "Иван Вазов", "Солунска"],
              "line": lambda s, r: r.choice([f"ул. „{s}“ {_num(r)}", f"бул. „{s}“ {_num(r)}, ет. {r.randint(1, 9)}, ап. {r.randint(1, 40)}",
                                             f"ул. {s} № {_num(r)}"]),
              "towns": ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен", "Велико Търново"],
              "postcode": lambda r, t: str(r.randint(1000, 9999))},
    "lv_LV": {"streets": ["Brīvības", "Krišjāņa Barona", "Dzirnavu", "Tērbatas", "Elizabetes", "Lāčplēša", "Gertrūdes",
                          "Valdemāra", "Ausekļa", "Rīgas", "Skolas", "Zemitāna"],
              "line": lambda s, r: r.choice([f"{s} iela {_num(r)}", f"{s} iela {_num(r)}-{r.randint(1, 60)}",
                                             f"{s} gatve {_num(r)}", f"{s} ielā {_num(r)} dz. {r.randint(1, 40)}"]),
              "towns": ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne", "Valmiera"],
              "postcode": lambda r, t: f"LV-{r.randint(1001, 5799)}"},
    "fr_BE": {"streets": ["de la Station", "Louise", "de Waterloo", "des Déportés", "du Moulin", "Saint-Gilles", "de l'Église",
                          "des Combattants", "Albert Ier", "de Namur", "des Tilleuls", "du Château"],
              "line": lambda s, r: r.choice([f"Rue {s} {_num(r)}", f"Avenue {s} {_num(r)}", f"Chaussée {s} {_num(r)} bte {r.randint(1, 12)}",
                                             f"Place {s} {_num(r)}"]),
              "towns": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Tournai", "Arlon", "Verviers"],
              "postcode": lambda r, t: str(r.choice([1000, 4000, 5000, 6000, 7000, 1300, 7500, 6700, 4800]) + r.randint(0, 99))},
    "et_EE": {"streets": ["Pärnu", "Tartu", "Narva", "Tammsaare", "Sõpruse", "Mustamäe", "Kalevi", "Lõkke", "Vabaduse",
                          "Riia", "Kesk", "Jaama"],
              "line": lambda s, r: r.choice([f"{s} mnt {_num(r)}", f"{s} tn {_num(r)}-{r.randint(1, 60)}",
                                             f"{s} tee {_num(r)}", f"{s} pst {_num(r)}"]),
              "towns": ["Tallinn", "Tartu", "Narva", "Pärnu", "Viljandi", "Rakvere", "Kuressaare", "Haapsalu"],
              "postcode": lambda r, t: f"{r.randint(10000, 94999)}"},
    "en_IE": {"streets": ["O'Connell", "Patrick", "Shop", "Church", "Castle", "Seafield", "Griffith", "Ballymun",
                          "Clontarf", "Mill", "Bridge", "Strand", "Lower Baggot", "Mary"],
              "line": lambda s, r: r.choice([f"{_num(r)} {s} Street", f"{_num(r)} {s} Road", f"Apt {r.randint(1, 40)}, {s} Court",
                                             f"{_num(r)} {s} Avenue", f"{_num(r)} {s} Lane"]),
              "towns": ["Dublin 4", "Cork", "Galway", "Limerick", "Kilkenny", "Sligo", "Athlone", "Drogheda", "Tralee"],
              "postcode": lambda r, t: r.choice(["D04", "T12", "H91", "V94", "R95", "F91", "N37", "A92", "V92", "D08"]) + " "
              + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))},
    "ja_JP": {"streets": ["西新宿", "本町", "栄", "天神", "中央", "大手町", "元町", "東山", "緑が丘", "桜木町", "旭町", "南平台"],
              "line": lambda s, r: r.choice([f"{s}{r.randint(1, 9)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}",
                                             f"{s}{r.randint(1, 9)}-{r.randint(1, 30)}-{r.randint(1, 20)}"]),
              "towns": ["東京都新宿区", "横浜市中区", "大阪市北区", "札幌市中央区", "名古屋市中区", "福岡市中央区", "神戸市中央区"],
              "postcode": lambda r, t: f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}"},
    "zh_CN": {"streets": ["建国路", "人民路", "解放路", "中山路", "长江路", "南京路", "和平街", "文化路", "学院路", "青年路"],
              "line": lambda s, r: r.choice([f"{s}{r.randint(1, 300)}号", f"{s}{r.randint(1, 300)}号{r.randint(1, 20)}栋{r.randint(101, 1802)}室"]),
              "towns": ["北京市朝阳区", "上海市浦东新区", "广州市天河区", "成都市武侯区", "杭州市西湖区", "武汉市江汉区"],
              "postcode": lambda r, t: f"{r.randint(100000, 850000)}"},
}  # fmt: skip

WORD_SURNAMES = ["Little", "Wood", "Rose", "Young", "King", "Bishop", "Mason", "Baker", "Hill", "Bell", "Fox", "Price", "Lane",
                 "Day", "Gray", "Frost", "Hope", "Moss", "Sharp", "Strong", "Long", "Small", "Rich", "Waters", "Field",
                 "Brown", "Green", "White", "Black", "Cook", "Marsh", "Banks", "Hunt", "Page", "Fisher", "Dean", "Church"]  # fmt: skip
WORD_FIRST_F = ["Hope", "Faith", "Grace", "Joy", "Rose", "Dawn", "June", "April", "Holly", "Summer", "Ivy", "Pearl", "Robin"]
WORD_FIRST_M = ["Will", "Mark", "Bill", "Frank", "Max", "Rich", "Victor", "Jack", "Guy", "Miles", "Dean", "Chase", "Drew"]

# ---------------------------------------------------------------- data: column names

CONCEPTS = "name first last phone mobile email address street zip city dob id iban notes ref amount date".split()  # noqa: SIM905
VOCAB = {lang: dict(zip(CONCEPTS, w.split("|"), strict=True)) for lang, w in {
    "de": "Name|Vorname|Nachname|Telefon|Handy|E-Mail|Anschrift|Straße|PLZ|Ort|Geburtsdatum|Ausweisnummer|IBAN|Bemerkungen|Vorgangsnummer|Betrag|Datum",
    "fr": "nom complet|prénom|nom|téléphone|portable|courriel|adresse|rue|code postal|ville|date de naissance|n° sécu|iban|remarques|référence|montant|date",
    "es": "nombre completo|nombre|apellidos|teléfono|móvil|correo|dirección|calle|código postal|localidad|fecha de nacimiento|documento|IBAN|observaciones|referencia|importe|fecha",
    "it": "nominativo|nome|cognome|telefono|cellulare|email|indirizzo|via|CAP|comune|data di nascita|codice fiscale|IBAN|note|riferimento|importo|data",
    "nl": "naam|voornaam|achternaam|telefoon|mobiel|e-mailadres|adres|straat|postcode|woonplaats|geboortedatum|BSN|IBAN|opmerkingen|referentie|bedrag|datum",
    "pt": "nome completo|nome próprio|apelido|telefone|telemóvel|email|morada|rua|código postal|localidade|data de nascimento|documento|IBAN|observações|referência|valor|data",
    "sv": "namn|förnamn|efternamn|telefon|mobil|e-post|adress|gatuadress|postnummer|ort|födelsedatum|personnummer|IBAN|anteckningar|referens|belopp|datum",
    "da": "navn|fornavn|efternavn|telefon|mobil|e-mail|adresse|vej|postnr|by|fødselsdato|CPR-nr|IBAN|bemærkninger|reference|beløb|dato",
    "no": "navn|fornavn|etternavn|telefon|mobil|e-post|adresse|gate|postnr|poststed|fødselsdato|fødselsnummer|IBAN|merknader|referanse|beløp|dato",
    "pl": "imię i nazwisko|imię|nazwisko|telefon|komórka|e-mail|adres|ulica|kod pocztowy|miejscowość|data urodzenia|PESEL|IBAN|uwagi|numer sprawy|kwota|data",
    "fi": "nimi|etunimi|sukunimi|puhelin|matkapuhelin|sähköposti|osoite|katuosoite|postinumero|postitoimipaikka|syntymäaika|henkilötunnus|IBAN|huomautukset|viite|summa|päivämäärä",
    "cs": "jméno a příjmení|jméno|příjmení|telefon|mobil|e-mail|adresa|ulice|PSČ|obec|datum narození|rodné číslo|IBAN|poznámka|číslo jednací|částka|datum",
    "sk": "meno a priezvisko|meno|priezvisko|telefón|mobil|e-mail|adresa|ulica|PSČ|obec|dátum narodenia|rodné číslo|IBAN|poznámka|číslo objednávky|suma|dátum",
    "tr": "ad soyad|ad|soyad|telefon|cep telefonu|e-posta|adres|sokak|posta kodu|ilçe|doğum tarihi|TC kimlik no|IBAN|notlar|referans|tutar|tarih",
    "ja": "氏名|名|姓|電話番号|携帯|メール|住所|番地|郵便番号|市区町村|生年月日|マイナンバー|口座|備考|予約番号|金額|日付",
    "zh": "姓名|名|姓|电话|手机|邮箱|地址|街道|邮编|城市|出生日期|身份证号|账号|备注|订单号|金额|日期",
    "ro": "nume complet|prenume|nume|telefon|mobil|email|adresa|strada|cod postal|localitate|data nasterii|CNP|IBAN|observatii|referinta|suma|data",
    "el": "ονοματεπώνυμο|όνομα|επώνυμο|τηλέφωνο|κινητό|email|διεύθυνση|οδός|ΤΚ|πόλη|ημερομηνία γέννησης|ΑΜΚΑ|IBAN|σημειώσεις|αριθμός αναφοράς|ποσό|ημερομηνία",
    "hu": "név|keresztnév|vezetéknév|telefon|mobil|e-mail|lakcím|utca|irányítószám|település|születési dátum|TAJ szám|IBAN|megjegyzés|ügyszám|összeg|dátum",
    "hr": "ime i prezime|ime|prezime|telefon|mobitel|e-pošta|adresa|ulica|poštanski broj|mjesto|datum rođenja|OIB|IBAN|napomena|referenca|iznos|datum",
    "sl": "ime in priimek|ime|priimek|telefon|mobilni telefon|e-pošta|naslov|ulica|poštna številka|kraj|datum rojstva|EMŠO|IBAN|opombe|referenca|znesek|datum",
    "lt": "vardas pavardė|vardas|pavardė|telefonas|mobilusis|el. paštas|adresas|gatvė|pašto kodas|miestas|gimimo data|asmens kodas|IBAN|pastabos|užsakymo nr|suma|data",
    "lv": "vārds uzvārds|vārds|uzvārds|tālrunis|mobilais|e-pasts|adrese|iela|pasta indekss|pilsēta|dzimšanas datums|personas kods|IBAN|piezīmes|pasūtījuma nr|summa|datums",
    "et": "nimi|eesnimi|perekonnanimi|telefon|mobiil|e-post|aadress|tänav|postiindeks|linn|sünniaeg|isikukood|IBAN|märkused|viitenumber|summa|kuupäev",
    "uk": "ПІБ|ім'я|прізвище|телефон|мобільний|ел. пошта|адреса|вулиця|індекс|місто|дата народження|РНОКПП|IBAN|примітки|номер заявки|сума|дата",
    "ru": "ФИО|имя|фамилия|телефон|мобильный|эл. почта|адрес|улица|индекс|город|дата рождения|ИНН|счёт|примечание|номер заявки|сумма|дата",
    "bg": "име и фамилия|име|фамилия|телефон|мобилен|имейл|адрес|улица|пощенски код|град|дата на раждане|ЕГН|IBAN|бележки|номер на заявка|сума|дата",
}.items()}  # fmt: skip
EN_COLS = {
    "name": ["name", "full name", "fullName", "NAME", "client", "contact"], "first": ["first_name", "fname", "givenName", "FIRST NAME", "forename"],
    "last": ["surname", "lname", "lastName", "LAST_NAME", "family name"], "phone": ["phone", "tel1", "contactNo", "PHONE", "telephone", "ph"],
    "mobile": ["mobile", "cell", "mob_no", "MobilePhone", "mob"], "email": ["email", "e_mail", "emailAddress", "EMAIL_ADDR", "mail"],
    "address": ["address", "home_address", "addr", "POSTAL ADDRESS", "residence"], "street": ["street", "addr1", "address_line_1", "streetLine", "STREET"],
    "zip": ["postcode", "zip", "post_code", "ZIP_CODE", "pcode"], "city": ["town", "city", "locality", "CITY", "suburb"],
    "dob": ["dob", "date_of_birth", "birthDate", "DOB", "birthdate"], "id": ["national_id", "natID", "ID_NUMBER", "id no", "tax_ref"],
    "iban": ["iban", "bank_account", "IBAN", "acct_iban", "payout account"], "notes": ["notes", "remarks", "comments", "NOTES", "free_text"],
    "ref": ["ref", "booking_ref", "REF_NO", "reference", "case no"], "amount": ["amount", "amt", "TOTAL", "value", "sum_eur"],
    "date": ["date", "visit_date", "DATE", "eventDate", "on"],
}  # fmt: skip
ROLE_EN = {"applicant": "applicant", "co": "co_applicant", "pax": "pax", "client": "client", "member": "member",
           "cust": "cust", "nok": "next_of_kin", "from": "from", "to": "to", "alum": "alumni", "": ""}  # fmt: skip


def _style(words: list[str], rng: random.Random) -> str:
    words = [w for w in words if w]
    kind = rng.choice(["snake", "camel", "caps", "title", "plain", "dot"])
    if kind == "snake":
        return "_".join(w.lower().replace(" ", "_") for w in words)
    if kind == "camel":
        parts = " ".join(words).replace("_", " ").split()
        return parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if kind == "caps":
        return "_".join(w.upper().replace(" ", "_") for w in words)
    if kind == "title":
        return " ".join(w.replace("_", " ").title() for w in words)
    if kind == "dot":
        return ".".join(w.lower().replace(" ", "_") for w in words)
    return " ".join(words)


def colname(locale: str, concept: str, role: str, rng: random.Random, native: float) -> str:
    """A column name for ``concept``: the locale's word (styled) or an English one, with a role prefix or a
    numbered suffix now and then."""
    lang = LANG[locale]
    if lang in VOCAB and rng.random() < native:
        base = VOCAB[lang][concept]
        if lang in ("ja", "zh"):
            return base + rng.choice(["", "", "1", "（主）"])
        name = rng.choice([base, base, base.upper(), base.lower().replace(" ", "_"), base + "_1", base.title()])
        return name
    base = rng.choice(EN_COLS[concept])
    prefix = ROLE_EN[role] if role and rng.random() < 0.6 else ""
    suffix = rng.choice(["", "", "", "_1", "2", "_primary"]) if concept in ("phone", "mobile", "email", "street") else ""
    if not prefix and not suffix:
        return base
    return _style([prefix, base], rng) + suffix
