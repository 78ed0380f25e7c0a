# ruff: noqa: E501 - the column-word table ``_W`` keeps one language per line
"""Set 14's locales, groups, titles, column words and date layouts.

Part of ``bench_pii_heldout14_tables`` (split from it by concept; the tables are unchanged).
"""

from __future__ import annotations

from datetime import date

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER37 = (
    "sv_SE",
    "pl_PL",
    "pt_PT",
    "da_DK",
    "en_AU",
    "de_AT",
    "fr_CH",
    "en_IN",
    "en_CA",
    "fr_CA",
    "pt_BR",
    "es_MX",
    "cs_CZ",
    "fi_FI",
    "tr_TR",
    "ja_JP",
    "zh_CN",
    "no_NO",
    "ro_RO",
    "el_GR",
    "hu_HU",
    "sk_SK",
    "hr_HR",
    "de_CH",
    "lt_LT",
    "uk_UA",
    "ru_RU",
    "bg_BG",
    "sl_SI",
    "en_IE",
    "nl_BE",
    "lv_LV",
    "es_AR",
    "es_CO",
    "en_NZ",
    "fr_BE",
    "et_EE",
)
NEW6 = ("es_CL", "en_PH", "it_CH", "de_LU", "is_IS", "ko_KR")
LOCALES = FIRST7 + OTHER37 + NEW6
SEEDS = (14001, 14002)
N_ROWS = 40
CJK = ("ja_JP", "zh_CN")
REF = date(2026, 1, 1)

LANG = {x: x.split("_")[0] for x in LOCALES}
LANG["no_NO"] = "no"


def region(locale: str) -> str:
    """The phone/country region of a locale (``en_GB`` -> ``GB``)."""
    return locale.split("_")[1]


# Titles by language (left out of "words kept").
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Rev", "Mx"],
    "de": ["Herr", "Frau", "Dr.", "Prof."],
    "fr": ["M.", "Mme", "Mlle", "Dr", "Me"],
    "es": ["Sr.", "Sra.", "Dr.", "Dra.", "D.", "Dña."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv."],
    "nl": ["dhr.", "mevr.", "dr.", "mr."],
    "sv": ["herr", "fru", "dr"],
    "pl": ["Pan", "Pani", "dr"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
    "da": ["hr.", "fru", "dr."],
    "cs": ["pan", "paní", "MUDr.", "Ing."],
    "fi": ["herra", "rouva", "tri"],
    "tr": ["Bay", "Bayan", "Dr."],
    "ja": ["様", "さん"],
    "zh": ["先生", "女士"],
    "no": ["herr", "fru", "dr."],
    "ro": ["dl.", "dna.", "dr."],
    "el": ["κ.", "κα", "Δρ."],
    "hu": ["dr.", "úr"],
    "sk": ["pán", "pani", "MUDr."],
    "hr": ["g.", "gđa", "dr."],
    "lt": ["p.", "dr."],
    "uk": ["пан", "пані", "д-р"],
    "ru": ["г-н", "г-жа", "д-р"],
    "bg": ["г-н", "г-жа", "д-р"],
    "sl": ["g.", "ga.", "dr."],
    "lv": ["k-gs", "k-dze", "Dr."],
    "et": ["hr", "pr", "dr"],
    "is": ["hr.", "frú", "dr."],
    "ko": ["님", "씨"],
}

# Column words by language: name first last phone mobile email dob address street postcode city id iban card notes
_W = """
en|full name|first name|last name|phone|mobile|email|date of birth|address|street|postcode|town|id number|iban|card number|notes
de|name|vorname|nachname|telefon|handy|e-mail|geburtsdatum|anschrift|strasse|plz|ort|ausweisnummer|iban|kartennummer|bemerkungen
fr|nom complet|prénom|nom|téléphone|portable|courriel|date de naissance|adresse|rue|code postal|ville|numéro d'identité|iban|numéro de carte|remarques
es|nombre completo|nombre|apellidos|teléfono|móvil|correo|fecha de nacimiento|dirección|calle|código postal|localidad|documento|iban|tarjeta|observaciones
it|nominativo|nome|cognome|telefono|cellulare|email|data di nascita|indirizzo|via|cap|comune|codice fiscale|iban|carta|annotazioni
nl|naam|voornaam|achternaam|telefoon|mobiel|e-mailadres|geboortedatum|adres|straat|postcode|woonplaats|bsn|iban|kaartnummer|opmerkingen
sv|namn|förnamn|efternamn|telefon|mobil|e-post|födelsedatum|adress|gatuadress|postnummer|ort|personnummer|iban|kortnummer|anteckningar
pl|imię i nazwisko|imię|nazwisko|telefon|komórka|e-mail|data urodzenia|adres|ulica|kod pocztowy|miejscowość|pesel|iban|numer karty|uwagi
pt|nome completo|nome próprio|apelido|telefone|telemóvel|email|data de nascimento|morada|rua|código postal|localidade|nif|iban|cartão|observações
da|navn|fornavn|efternavn|telefon|mobil|e-mail|fødselsdato|adresse|vej|postnr|by|cpr|iban|kortnummer|noter
cs|jméno a příjmení|jméno|příjmení|telefon|mobil|e-mail|datum narození|adresa|ulice|psč|obec|rodné číslo|iban|číslo karty|poznámky
fi|nimi|etunimi|sukunimi|puhelin|matkapuhelin|sähköposti|syntymäaika|osoite|katuosoite|postinumero|paikkakunta|henkilötunnus|iban|kortin numero|huomiot
tr|ad soyad|ad|soyad|telefon|cep|e-posta|doğum tarihi|adres|sokak|posta kodu|şehir|tc kimlik no|iban|kart no|notlar
ja|氏名|名|姓|電話番号|携帯|メール|生年月日|住所|番地|郵便番号|市区町村|マイナンバー|iban|カード番号|備考
zh|姓名|名|姓|电话|手机|邮箱|出生日期|地址|街道|邮编|城市|身份证号|iban|卡号|备注
no|navn|fornavn|etternavn|telefon|mobil|e-post|fødselsdato|adresse|gateadresse|postnummer|poststed|fødselsnummer|iban|kortnummer|merknader
ro|nume complet|prenume|nume|telefon|mobil|email|data nașterii|adresa|strada|cod poștal|localitate|cnp|iban|card|observații
el|ονοματεπώνυμο|όνομα|επώνυμο|τηλέφωνο|κινητό|email|ημερομηνία γέννησης|διεύθυνση|οδός|τκ|πόλη|αμκα|iban|κάρτα|σημειώσεις
hu|név|keresztnév|vezetéknév|telefon|mobil|email|születési dátum|lakcím|utca|irányítószám|település|taj szám|iban|kártyaszám|megjegyzés
sk|meno a priezvisko|meno|priezvisko|telefón|mobil|e-mail|dátum narodenia|adresa|ulica|psč|obec|rodné číslo|iban|číslo karty|poznámky
hr|ime i prezime|ime|prezime|telefon|mobitel|e-pošta|datum rođenja|adresa|ulica|poštanski broj|mjesto|oib|iban|broj kartice|napomene
lt|vardas pavardė|vardas|pavardė|telefonas|mobilus|el. paštas|gimimo data|adresas|gatvė|pašto kodas|miestas|asmens kodas|iban|kortelės nr|pastabos
uk|піб|ім'я|прізвище|телефон|мобільний|ел. пошта|дата народження|адреса|вулиця|індекс|місто|рнокпп|iban|номер картки|примітки
ru|фио|имя|фамилия|телефон|мобильный|эл. почта|дата рождения|адрес|улица|индекс|город|инн|iban|номер карты|примечания
bg|име и фамилия|име|фамилия|телефон|мобилен|имейл|дата на раждане|адрес|улица|пощенски код|град|егн|iban|номер на карта|бележки
sl|ime in priimek|ime|priimek|telefon|mobitel|e-pošta|datum rojstva|naslov|ulica|poštna številka|kraj|emšo|iban|številka kartice|opombe
lv|vārds uzvārds|vārds|uzvārds|tālrunis|mobilais|e-pasts|dzimšanas datums|adrese|iela|pasta indekss|pilsēta|personas kods|iban|kartes numurs|piezīmes
et|nimi|eesnimi|perekonnanimi|telefon|mobiil|e-post|sünniaeg|aadress|tänav|postiindeks|linn|isikukood|iban|kaardi number|märkused
is|nafn|fornafn|eftirnafn|sími|farsími|netfang|fæðingardagur|heimilisfang|gata|póstnúmer|bær|kennitala|iban|kortanúmer|athugasemdir
ko|성명|이름|성|전화번호|휴대폰|이메일|생년월일|주소|도로명|우편번호|시군구|주민등록번호|iban|카드번호|비고
"""
_KEYS = (
    "name",
    "first",
    "last",
    "phone",
    "mobile",
    "email",
    "dob",
    "address",
    "street",
    "postcode",
    "city",
    "id",
    "iban",
    "card",
    "notes",
)
WORDS = {row.split("|")[0]: dict(zip(_KEYS, row.split("|")[1:], strict=True)) for row in _W.strip().splitlines()}

DATE_FMT = {
    "en_US": "%m/%d/%Y",
    "en_PH": "%m/%d/%Y",
    "en_CA": "%Y-%m-%d",
    "fr_CA": "%Y-%m-%d",
    "sv_SE": "%Y-%m-%d",
    "lt_LT": "%Y-%m-%d",
    "nl_NL": "%d-%m-%Y",
    "da_DK": "%d-%m-%Y",
    "hu_HU": "%Y.%m.%d.",
    "ja_JP": "%Y/%m/%d",
    "zh_CN": "%Y年%m月%d日",
    "ko_KR": "%Y.%m.%d",
    "hr_HR": "%d.%m.%Y.",
    "lv_LV": "%d.%m.%Y.",
    "sl_SI": "%d. %m. %Y",
    "cs_CZ": "%d.%m.%Y",
    "sk_SK": "%d.%m.%Y",
}
_DOTTED = (
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_CH",
    "it_CH",
    "pl_PL",
    "ru_RU",
    "uk_UA",
    "bg_BG",
    "tr_TR",
    "fi_FI",
    "no_NO",
    "ro_RO",
    "et_EE",
    "is_IS",
)


def date_fmt(locale: str) -> str:
    """How a date of birth is written in the locale."""
    return DATE_FMT.get(locale, "%d.%m.%Y" if locale in _DOTTED else "%d/%m/%Y")
