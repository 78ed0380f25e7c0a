"""Held-out set 8 for ``bench_pii_heldout8.py``: export-shaped tables, a mixed-country customer list.

Written from scratch for session 22 while the free-text and column fixes of set 7 were being made,
and kept from the people making them. No sentence, column-name stem, decoration or word list is
taken from sets 1-7 or ``tests/pii``; the seeds (9801-9802) are used nowhere else.

Per locale (the 24 of set 7 plus no_NO, ro_RO and el_GR) one table per seed, in the shape of a real
export drawn per table: a CRM export (``Contact First Name``, ``Billing Street 1``), an EHR extract
(``pt_fname``, ``PATIENT_SURNAME``, ``nok_phone``) or an HR file with column names in the local
language (``Geslachtsnaam``, ``Efternamn``, ``氏名``...). Column names get prefixes, suffixes and odd
letter case; values get stray whitespace, upper/lower case, initials, middle initials, and 10-30 %
missing cells per column. Negatives are category columns a hospital or shop exports: wards named
after people, ``Abteilung``, ``outcome``, products with street words (``Portobello Road Basket``),
job titles that are surnames (``Turner``), colours that are surnames (``Brown``), EAN codes.

The free text is new genres: incident reports, pharmacy notes, insurance claims, tenancy notes,
school messages, chat transcripts, voicemail transcriptions and OCR-ish scanned forms with line
breaks, in English, plus a note in the locale's own language for a third of the rows.

``international_table`` is a customer list whose name, phone, street, postcode and town columns mix
ten countries row by row (a ``country`` column says which); fakes must stay valid per row's country.

Example::

    table, labels, notes = heldout8_table("el_GR", seed=9801)
    table, labels, countries = international_table(seed=9801)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pandas as pd
import phonenumbers
from faker import Faker
from stdnum import iban as stdnum_iban

SET7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "sv_SE", "pl_PL", "pt_PT", "da_DK",
        "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR", "es_MX", "cs_CZ", "fi_FI", "tr_TR",
        "ja_JP", "zh_CN")  # fmt: skip
ADDED = ("no_NO", "ro_RO", "el_GR")  # Faker spells Norwegian Bokmål ``no_NO``
LOCALES = SET7 + ADDED
SEEDS = (9801, 9802)
N_ROWS = 160
NOTES_COLUMN = "free_text_remarks"
# Countries of the international customer list (each row one of them).
INTERNATIONAL = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "sv_SE", "pt_BR")

ENTITIES = ("first_name", "last_name", "name", "email", "phone_number", "street_address", "address", "city",
            "postcode", "iban", "credit_debit_card", "national_id")  # fmt: skip

# Column names of three export shapes. ``hr`` is per language; a language without one uses ``crm``.
CRM = {
    "first_name": ("Contact First Name", "Lead Given Name", "Buyer FirstName"),
    "last_name": ("Contact Last Name", "Lead Surname", "Buyer LastName"),
    "name": ("Account Owner Full Name", "Primary Contact", "Ship To Name"),
    "email": ("Contact Email Address", "Billing E-Mail", "Opt-in Email"),
    "phone_number": ("Contact Mobile Phone", "Billing Phone #", "Ship To Telephone"),
    "street_address": ("Billing Street 1", "Mailing Street", "Ship To Address Line1"),
    "address": ("Billing Address (full)", "Mailing Address Block"),
    "city": ("Billing City", "Mailing Town/City", "Ship To Locality"),
    "postcode": ("Billing Zip/Postal Code", "Mailing Postcode", "Ship To ZIP"),
    "iban": ("Direct Debit IBAN", "Payout Account IBAN"),
    "credit_debit_card": ("Stored Card Number", "Card Used At Checkout"),
    "national_id": ("Tax Identifier", "Government ID No"),
}  # fmt: skip
EHR = {
    "first_name": ("pt_fname", "PATIENT_FORENAME", "patFirstNm"),
    "last_name": ("PATIENT_SURNAME", "pt_lname", "patLastNm"),
    "name": ("attending_clinician", "nok_full_name", "GP_NAME"),
    "email": ("pt_email_addr", "PORTAL_LOGIN_EMAIL"),
    "phone_number": ("nok_phone", "PT_HOME_TEL", "mobileNo_pt"),
    "street_address": ("pt_addr_line1", "RESIDENCE_STREET"),
    "address": ("pt_address_full", "HOME_ADDRESS_BLOCK"),
    "city": ("pt_res_town", "RESIDENCE_CITY"),
    "postcode": ("pt_postcode", "RES_ZIP_CD"),
    "iban": ("billing_iban", "REFUND_IBAN"),
    "credit_debit_card": ("copay_card_no", "CARD_ON_FILE"),
    "national_id": ("pt_national_id", "GOV_ID_NUMBER"),
}  # fmt: skip
# HR files in the local language: (first, last, full, email, phone, street, address, town, postcode,
# iban, card, national id).
_HR_ROWS = {
    "de": ("Vorname lt. Pass", "Familienname", "Mitarbeiter Name", "E-Mail dienstlich", "Handynummer",
           "Straße und Hausnr.", "Wohnanschrift", "Ort (Wohnsitz)", "PLZ Wohnort", "Bankverbindung IBAN",
           "Firmenkreditkarte", "Steuer-ID"),
    "fr": ("Prénom d'usage", "Nom de naissance", "Salarié", "Courriel pro", "Tél. portable", "N° et voie",
           "Adresse du domicile", "Commune de résidence", "CP domicile", "RIB IBAN", "N° carte bleue", "N° INSEE"),
    "es": ("Nombre (pila)", "Primer apellido", "Empleado/a", "Correo corporativo", "Tel. móvil personal",
           "Dirección (vía)", "Domicilio completo", "Población", "Cód. postal", "IBAN nómina",
           "Nº tarjeta empresa", "DNI/NIE"),
    "it": ("Nome di battesimo", "Cognome", "Dipendente", "Indirizzo PEC", "Num. cellulare", "Indirizzo (via, n.)",
           "Residenza (indirizzo)", "Comune di residenza", "C.A.P. residenza", "IBAN accredito stipendio",
           "Carta aziendale", "Cod. fiscale"),
    "nl": ("Roepnaam", "Geslachtsnaam", "Medewerker", "E-mailadres werk", "Mobiel nummer", "Straat + huisnr",
           "Woonadres", "Plaatsnaam", "Postcode woonadres", "Rekeningnummer IBAN", "Creditcardnummer", "BSN-nummer"),
    "pt": ("Nome próprio", "Sobrenomes", "Colaborador", "Correio eletrónico", "Telemóvel", "Morada (rua)",
           "Morada completa", "Localidade", "C.P. morada", "NIB/IBAN", "Nº do cartão", "Nº contribuinte"),
    "sv": ("Förnamn (tilltal)", "Efternamn (folkbokf.)", "Anställd", "E-postadress", "Mobilnummer", "Gatuadr.",
           "Folkbokföringsadress", "Postort", "Postnr (bostad)", "Kontonummer IBAN", "Kortnr (företagskort)",
           "Personnr"),
    "da": ("Kaldenavn", "Efternavn jf. pas", "Medarbejder", "E-mail arbejde", "Mobilnr", "Vejnavn og nr",
           "Bopælsadresse", "Bynavn", "Postnr", "Kontonr IBAN", "Betalingskort", "CPR-nr"),
    "no": ("Fornavn(e)", "Etternavn", "Ansatt navn", "E-post jobb", "Mobiltelefon", "Gateadresse",
           "Bostedsadresse", "Poststed", "Postnr.", "Kontonummer (IBAN)", "Bedriftskort",
           "Fødselsnr"),
    "pl": ("Imię pracownika", "Nazwisko rodowe", "Pracownik", "Adres e-mail", "Nr komórki", "Ulica i nr domu",
           "Adres zamieszk.", "Miejscowość zamieszkania", "Kod poczt.", "Nr rachunku IBAN", "Nr karty",
           "Nr PESEL"),
    "cs": ("Křestní jméno", "Příjmení", "Zaměstnanec", "Pracovní e-mail", "Mobilní telefon", "Ulice a č.p.",
           "Trvalé bydliště", "Obec", "PSČ bydliště", "Číslo účtu IBAN", "Platební karta", "Rodné číslo"),
    "fi": ("Kutsumanimi", "Sukunimi/virallinen", "Työntekijä", "Työsähköposti", "Matkapuhelin", "Lähiosoite",
           "Kotiosoite", "Postitoimipaikka", "Postinumero", "Tilinumero IBAN", "Maksukortti", "Hetu"),
    "tr": ("İlk ad", "Soyadı", "Personel Adı Soyadı", "E-posta adresi", "Cep telefonu", "Sokak ve no",
           "Ev adresi", "İlçe", "Posta kodu", "IBAN numarası", "Kredi kartı no", "T.C. Kimlik No"),
    "ro": ("Prenume", "Nume de familie", "Angajat", "Adresă e-mail", "Telefon mobil", "Stradă și număr",
           "Adresă domiciliu", "Localitate", "Cod poștal", "Cont IBAN", "Card bancar", "CNP"),
    "el": ("Όνομα", "Επώνυμο", "Ονοματεπώνυμο", "Ηλεκτρονικό ταχυδρομείο", "Κινητό τηλέφωνο", "Οδός και αριθμός",
           "Διεύθυνση κατοικίας", "Πόλη", "Ταχ. κώδικας", "Λογαριασμός IBAN", "Αριθμός κάρτας", "ΑΜΚΑ"),
    "ja": ("下の名前", "苗字", "従業員氏名", "Eメール", "携帯電話番号", "番地",
           "現住所", "居住地", "自宅郵便番号", "IBAN口座", "カード番号", "個人番号"),
    "zh": ("名字", "姓氏", "员工姓名", "工作邮箱", "手机号码", "街道地址", "家庭住址",
           "所在城市", "邮政编码", "IBAN账号", "银行卡号", "身份证号码"),
}  # fmt: skip
HR = {lang: dict(zip(ENTITIES, row, strict=True)) for lang, row in _HR_ROWS.items()}
# Prefixes, suffixes and letter cases a real export adds.
DECORATIONS = ("{}", "exp_{}", "{}__c", "{} ", "{}.1", "HR-{}", "{}_orig", "src.{}")
CASES = ("as is", "lower", "upper", "snake")

# Category columns that are not personal data (precision); some levels are surnames or street words.
NEGATIVES: dict[str, tuple[str, ...]] = {
    "ward": ("Osler", "Hodgkin", "Addison", "Sherrington", "Garrod", "Bright"),
    "Abteilung": ("Einkauf", "Vertrieb", "Buchhaltung", "Lager", "Personal"),
    "outcome": ("admitted", "discharged home", "transferred", "left before seen", "deceased"),
    "product": ("Oxford Street Lamp", "Park Avenue Sofa", "Portobello Road Basket", "Abbey Road Print",
                "Rue Royale Mug", "Via Veneto Chair"),
    "job_title": ("Carpenter", "Gardener", "Porter", "Weaver", "Turner", "Butcher"),
    "finish_shade": ("Brown", "Green", "White", "Black", "Gray", "Rose"),
    "plan_tier": ("Starter", "Plus", "Pro", "Standard"),
}  # fmt: skip

# Titles in the locale's own words (and English ones where the locale writes them).
TITLES = {
    "en_US": ("Mrs.", "Dr", "Mx.", "Rev."), "en_GB": ("Mrs", "Dr", "Sir", "Miss"),
    "de_DE": ("Frau Dr.", "Herrn", "Prof.", "Fr."), "fr_FR": ("Madame", "Monsieur", "Pr", "Mlle"),
    "es_ES": ("Don", "Doña", "Dra.", "Sr."), "it_IT": ("Dott.ssa", "Sig.", "Prof.ssa", "Ing."),
    "nl_NL": ("mevrouw", "de heer", "dr.", "mr."), "sv_SE": ("Doktor", "Herr", "Fru"),
    "pl_PL": ("Pani", "Pan", "dr", "prof."), "pt_PT": ("Dra.", "Sr.", "Sra.", "Prof."),
    "da_DK": ("Fru", "Hr.", "Dr."), "en_AU": ("Mrs", "Dr", "Ms"),
    "de_AT": ("Frau", "Herr", "Mag.", "Dr."), "fr_CH": ("Madame", "Monsieur", "Dr"),
    "en_IN": ("Smt.", "Shri", "Dr.", "Mrs."), "en_CA": ("Mrs.", "Dr.", "Mr."),
    "fr_CA": ("Madame", "Monsieur", "Dre"), "pt_BR": ("Dra.", "Sr.", "Sra."),
    "es_MX": ("Lic.", "Ing.", "Sra.", "Dr."), "cs_CZ": ("paní", "pan", "MUDr.", "Mgr."),
    "fi_FI": ("rouva", "herra", "tri"), "tr_TR": ("Sayın", "Bay", "Dr."),
    "ja_JP": ("Dr.", "Mrs."), "zh_CN": ("Dr.", "Mrs."),
    "no_NO": ("fru", "herr", "dr."), "ro_RO": ("doamna", "domnul", "dr."), "el_GR": ("κ.", "κα", "Dr."),
}  # fmt: skip
# Surnames that are also words of the language (none of sets 4-7's lists).
WORD_SURNAMES = {
    "en": ("Chambers", "Swift", "Noble", "Cotton", "Crane", "Frost", "Sparrow", "Snow"),
    "de": ("Kurz", "Adler", "Specht", "Hase", "Stark", "Strauß"),
    "fr": ("Loiseau", "Lenfant", "Laforge", "Labbé", "Lecomte", "Poulain"),
    "es": ("Toro", "Bueno", "Iglesias", "Rey", "Manso", "Pardo"),
    "it": ("Pace", "Fiore", "Neri", "Bianco", "Benvenuto", "Sole"),
    "nl": ("Hoogland", "Groen", "Zwart", "Koning", "Vos", "de Haan"),
    "sv": ("Sjö", "Gran", "Lövgren", "Fors", "Lilja", "Sandvik"),
    "pl": ("Mróz", "Lew", "Kula", "Gołąb", "Gąska", "Sokół"),
    "pt": ("Cabral", "Aguiar", "Macedo", "Teixeira", "Bento", "Salgado"),
    "da": ("Sand", "Bonde", "Fisker", "Smed", "Friis", "Ørn"),
    "cs": ("Kočí", "Zeman", "Kovář", "Beneš", "Sedlák", "Mráz"),
    "fi": ("Rinne", "Kivi", "Aho", "Mäkelä", "Heikkinen", "Lehto"),
    "tr": ("Yılmaz", "Öztürk", "Polat", "Erdem", "Güneş", "Ateş"),
    "no": ("Haugen", "Bakke", "Lie", "Moen", "Foss", "Sunde"),
    "ro": ("Lupu", "Ursu", "Popa", "Munteanu", "Stan", "Florea"),
}  # fmt: skip
WORD_FIRST = ("Hazel", "Jasmine", "Amber", "Honor", "Clementine", "Sage")
DOB_CUES = {
    "en": ("d.o.b.", "birth date", "date of birth"), "de": ("geboren", "Geb.-Datum"), "fr": ("né le", "née le"),
    "es": ("nacida el", "F. nac."), "it": ("nata il", "nato a Roma il"), "nl": ("geboren op",),
    "sv": ("födelsedatum",), "pl": ("urodzony", "data ur."), "pt": ("nascida em", "data nasc."),
    "da": ("fødselsdato",), "cs": ("narozen",), "fi": ("syntymäaika",), "tr": ("doğum tarihi",),
    "no": ("født",), "ro": ("născut la", "data nașterii"), "el": ("ημερομηνία γέννησης",),
    "ja": ("生年月日",), "zh": ("出生日期",),
}  # fmt: skip
DOB_LAYOUTS = {"en_US": "%m/%d/%Y", "en_CA": "%Y-%m-%d", "fr_CA": "%Y-%m-%d", "sv_SE": "%Y-%m-%d",
               "ja_JP": "%Y年%m月%d日", "zh_CN": "%Y年%m月%d日"}  # fmt: skip

# English notes of new genres; ``_lc`` slots are written in lower case.
NOTES_EN = (
    "INCIDENT REPORT {ticket}\nReported by: {name}\nLocation: {street_address}\nWitness {title} {word_surname} "
    "can be reached on {phone_number}.",
    "At approx. 14:20 resident {name_upper} slipped in the corridor; her son was notified by phone ({phone_number}).",
    "Rx collected by {first_lc} {last_lc} as proxy for {name}; photo ID checked, number {national_id}.",
    "Pharmacist note: {title} {last_name} phoned about the interaction warning for {name_rev}, {dob_cue} {dob}.",
    "Claim {ticket} - policyholder {name}, {street_address}, {postcode} {city}. Settlement to IBAN {iban}.",
    "Claimant states the van was parked outside {street_address} overnight. Contact {email} or {phone_number}.",
    "Tenancy of {street_address} passes from {name} to {other_name} on 1 March; deposit back to {iban}.",
    "Landlord inspection: {title} {word_surname} found damp in the bathroom and asks to book visits via {email}.",
    "Dear parents of {first_name},\nthe trip money is due on Friday. Questions? Email the office.\n{title} "
    "{last_name}, Year 4",
    "{name} will be picked up from school today by grandma {other_name} ({phone_number}).",
    "[chat] visitor: hi its {first_lc} again\n[chat] agent: welcome back! which card was charged twice?\n"
    "[chat] visitor: {credit_debit_card}",
    "user_8812: my name is {name} and my social security no is {national_id}\nmod: please never post that here.",
    "CLAIM FORM (scanned)\nName of insured: {name_upper}\n{dob_cue}: {dob}\nAddr: {street_address}\n"
    "{postcode} {city}\nTel.: {phone_number}",
    "...continued from p.1\nSigned: {initial_last}\nWitnessed by: {middle_name}\nCard ref. {credit_debit_card}",
    "Answerphone transcript: hi this is {name} about the broken boiler, please call me back on {phone_number} thanks",
    "Parcel refused at {street_address}. The courier spoke to {middle_name}, who gave {email} for the refund.",
    "Refill request from {last_comma_initial} (ward 3) - allergy to penicillin noted, GP {title} {word_surname}.",
    "Chat closed. Summary: {word_first} {word_surname} wants the insurance letter re-sent to {street_address}.",
)
# One note per language in that language (used for about a third of the rows).
NOTES_LOCAL = {
    "de": "Schadenmeldung: Versicherungsnehmer {name}, wohnhaft {street_address}, Rückruf unter {phone_number}.",
    "fr": "Note de pharmacie : ordonnance retirée par {title} {last_name} pour {name}, tél. {phone_number}.",
    "es": "Parte de incidencia: el inquilino {name} ({email}) avisa de una fuga de agua en {street_address}.",
    "it": "Avviso della scuola: {first_name} oggi esce alle 12, lo ritira {other_name} ({phone_number}).",
    "nl": "Huurdersnotitie: {name} heeft de sleutels van {street_address} ingeleverd; borg terug naar {iban}.",
    "pt": "Sinistro {ticket}: o segurado {name} indicou o contacto {phone_number} e o e-mail {email}.",
    "pl": "Zgłoszenie szkody: poszkodowany {name}, adres {street_address}, tel. {phone_number}.",
    "sv": "Hyresgästen {name} på {street_address} har sagt upp kontraktet och nås på {phone_number}.",
    "da": "Skadesanmeldelse fra {name}, {street_address}; ring på {phone_number} efter kl. 16.",
    "cs": "Hlášení události: nájemník {name}, {street_address}, tel. {phone_number}.",
    "fi": "Vahinkoilmoitus: {name}, {street_address}, puh. {phone_number}.",
    "tr": "Hasar bildirimi: sigortalı {name}, adres {street_address}, tel {phone_number}.",
    "no": "Skademelding fra {name}, {street_address}; ring {phone_number} på dagtid.",
    "ro": "Sesizare: chiriașul {name} din {street_address} poate fi contactat la {phone_number}.",
    "el": "Αναφορά συμβάντος: ο ενοικιαστής {name}, {street_address}, τηλ. {phone_number}.",
    "ja": "事故報告: 契約者 {name} 様、住所 {street_address}、電話 {phone_number}。",
    "zh": "理赔记录：投保人 {name}，地址 {street_address}，电话 {phone_number}。",
}  # fmt: skip
NOTES = NOTES_EN + tuple(NOTES_LOCAL.values())
NOTES_US: tuple[str, ...] = ()
SUPPORTED = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")


def _lang(locale: str) -> str:
    return locale.split("_")[0]


def _cjk(locale: str) -> bool:
    return _lang(locale) in ("ja", "zh")


def id_generator(locale: str, seed: int) -> Callable[[], str] | None:
    """The locale's personal id number (Faker), or None when Faker writes none for that country."""
    own = {"es_ES": "nif", "en_IN": "aadhaar_id", "es_MX": "curp", "cs_CZ": "birth_number"}
    source = "en_CA" if locale == "fr_CA" else locale  # Faker's fr_CA ``ssn`` is the US one
    if locale not in own and locale not in ("en_US", "en_GB", "fr_FR", "it_IT", "nl_NL", "sv_SE", "pl_PL",
                                            "de_AT", "fr_CH", "en_CA", "fr_CA", "fi_FI", "tr_TR", "zh_CN",
                                            "pt_BR", "no_NO", "ro_RO", "el_GR"):  # fmt: skip
        return None
    fake = Faker(source)
    fake.seed_instance(seed + 11)
    return getattr(fake, own.get(locale, "ssn"))


def id_entity(locale: str) -> tuple[str, ...]:
    """Accepted entities of an id column or a text id (the US SSN is ``ssn``)."""
    return ("ssn", "national_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


def valid_phone(fake: Faker, rng: np.random.Generator, region: str) -> str:
    """A number ``phonenumbers`` calls valid in ``region``, in one of seven layouts.

    Faker's number is redrawn until valid (40 tries, then the region's example mobile is used);
    the layout is national, international, E.164, ``00``-prefixed, national digits only, national
    with dots, or Faker's own string.
    """
    fmt = phonenumbers.PhoneNumberFormat
    parsed = None
    for _ in range(40):
        raw = fake.phone_number()
        try:
            candidate = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(candidate) and phonenumbers.region_code_for_number(candidate) == region:
            parsed = candidate
            break
    if parsed is None:
        parsed = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        raw = phonenumbers.format_number(parsed, fmt.NATIONAL)
    national = phonenumbers.format_number(parsed, fmt.NATIONAL)
    layout = int(rng.integers(0, 7))
    if layout == 0 and "x" not in raw.lower():
        return raw
    if layout == 1:
        return national
    if layout == 2:
        return phonenumbers.format_number(parsed, fmt.INTERNATIONAL)
    if layout == 3:
        return phonenumbers.format_number(parsed, fmt.E164)
    if layout == 4:
        return "00" + phonenumbers.format_number(parsed, fmt.E164)[1:]
    if layout == 5:
        digits = "".join(ch for ch in national if ch.isdigit())
        return digits if len(digits) >= 8 else national
    return national.replace(" ", ".") if " " in national else national


def valid_iban(fake: Faker, rng: np.random.Generator) -> str:
    """Faker's IBAN when its checksum holds; otherwise a Dutch one (Faker's en_IN/es_MX/zh_CN fail it)."""
    value = fake.iban()
    if not stdnum_iban.is_valid(value):
        other = Faker("nl_NL")
        other.seed_instance(int(rng.integers(0, 2**31)))
        value = other.iban()
    if rng.random() < 0.35:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def card(fake: Faker, rng: np.random.Generator) -> str:
    """A Luhn-valid card number, bare or in dash / space groups of four."""
    number = fake.credit_card_number()
    draw = rng.random()
    if draw < 0.3 and len(number) == 16:
        return "-".join(number[i : i + 4] for i in range(0, 16, 4))
    if draw < 0.5 and len(number) == 16:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def _messy(value: str, rng: np.random.Generator, caps: bool = True) -> str:
    """Stray whitespace on about 8 % of cells; upper case on 10 % and lower case on 5 % when ``caps``."""
    draw = rng.random()
    if caps and draw < 0.10:
        value = value.upper()
    elif caps and draw < 0.15:
        value = value.lower()
    pad = rng.random()
    if pad < 0.04:
        return f" {value}"
    if pad < 0.08:
        return f"{value}  "
    return value


def _person(fake: Faker, rng: np.random.Generator, locale: str) -> str:
    """A full-name cell: plain, with a middle initial, ``Last, F.``, ``F. Last`` or with a title."""
    first, last = fake.first_name(), fake.last_name()
    if _cjk(locale):
        return f"{last}{'' if rng.random() < 0.5 else ' '}{first}"
    draw = rng.random()
    if draw < 0.10:
        return f"{first} {chr(int(rng.integers(65, 91)))}. {last}"
    if draw < 0.17:
        return f"{last}, {first[:1]}."
    if draw < 0.24:
        return f"{first[:1]}. {last}"
    if draw < 0.29:
        return f"{rng.choice(TITLES[locale])} {first} {last}"
    return f"{first} {last}"


def _generators(fake: Faker, rng: np.random.Generator, locale: str, seed: int) -> dict[str, Callable[[], str]]:
    region = locale.split("_")[1]
    gens: dict[str, Callable[[], str]] = {
        "first_name": lambda: _messy(fake.first_name() if rng.random() > 0.05 else fake.first_name()[:1] + ".", rng),
        "last_name": lambda: _messy(fake.last_name(), rng),
        "name": lambda: _messy(_person(fake, rng, locale), rng),
        "email": lambda: _messy(fake.email(), rng, caps=False),
        "phone_number": lambda: _messy(valid_phone(fake, rng, region), rng, caps=False),
        "street_address": lambda: _messy(fake.street_address().replace("\n", " "), rng),
        "address": lambda: fake.address().replace("\n", ", ") if rng.random() < 0.7 else fake.address(),
        "city": lambda: _messy(fake.city(), rng),
        "postcode": lambda: _messy(str(fake.postcode()), rng, caps=False),
        "iban": lambda: valid_iban(fake, rng),
        "credit_debit_card": lambda: card(fake, rng),
    }  # fmt: skip
    ident = id_generator(locale, seed)
    if ident is not None:
        gens["national_id"] = lambda: _messy(str(ident()), rng, caps=False)
    return gens


def _shape(locale: str, rng: np.random.Generator) -> dict:
    draw = int(rng.integers(0, 3))
    if draw == 2 and _lang(locale) in HR:
        return {e: (n,) for e, n in HR[_lang(locale)].items()}
    return CRM if draw == 0 else EHR


def _decorate(stem: str, rng: np.random.Generator) -> str:
    case = str(rng.choice(CASES))
    if case == "lower":
        stem = stem.lower()
    elif case == "upper":
        stem = stem.upper()
    elif case == "snake":
        stem = "_".join(stem.replace("/", " ").replace("-", " ").split()).lower()
    return str(rng.choice(DECORATIONS)).format(stem)


def _dob(fake: Faker, locale: str) -> str:
    born: dt.date = fake.date_of_birth(minimum_age=16, maximum_age=99)
    return born.strftime(
        DOB_LAYOUTS.get(
            locale, "%d.%m.%Y" if locale[:2] in ("de", "pl", "cs", "fi", "tr", "no", "da", "ro") else "%d/%m/%Y"
        )
    )


def _note(fake: Faker, rng: np.random.Generator, locale: str, ident) -> tuple[str, list[tuple[str, str]]]:
    lang = _lang(locale)
    if lang in NOTES_LOCAL and rng.random() < 0.33:
        template = NOTES_LOCAL[lang]
    else:
        pool = [t for t in NOTES_EN if ident is not None or "{national_id}" not in t]
        template = str(rng.choice(pool))
    region = locale.split("_")[1]
    cjk = _cjk(locale)

    def full() -> tuple[str, str]:
        first, last = fake.first_name(), fake.last_name()
        written = f"{last}{first}" if cjk else f"{first} {last}"
        return written, (f"{last}{first}" if cjk else f"{first} {last}".replace("-", " "))

    name_w, name_t = full()
    other_w, other_t = full()
    up_first, up_last = fake.first_name(), fake.last_name()
    rev_first, rev_last = fake.first_name(), fake.last_name()
    mid_first, mid_last = fake.first_name(), fake.last_name()
    lc_first, lc_last = fake.first_name(), fake.last_name()
    comma_first, comma_last = fake.first_name(), fake.last_name()
    init_first, init_last = fake.first_name(), fake.last_name()
    words = WORD_SURNAMES.get(lang)
    values = {
        "name": name_w,
        "other_name": other_w,
        "name_upper": f"{up_last}{up_first}" if cjk else f"{up_first} {up_last}".upper(),
        "name_rev": f"{rev_last.upper()}, {rev_first}" if not cjk else f"{rev_last}{rev_first}",
        "middle_name": f"{mid_first} {chr(int(rng.integers(65, 91)))}. {mid_last}" if not cjk else mid_last,
        "first_lc": lc_first.lower(),
        "last_lc": lc_last.lower(),
        "last_comma_initial": f"{comma_last}, {comma_first[:1]}." if not cjk else comma_last,
        "initial_last": f"{init_first[:1]}.{init_last}" if not cjk else init_last,
        "first_name": fake.first_name(),
        "last_name": fake.last_name(),
        "word_surname": str(rng.choice(words)) if words else fake.last_name(),
        "word_first": str(rng.choice(WORD_FIRST)) if lang == "en" else fake.first_name(),
        "title": str(rng.choice(TITLES[locale])),
        "phone_number": valid_phone(fake, rng, region),
        "email": fake.email(),
        "street_address": fake.street_address().replace("\n", " "),
        "postcode": str(fake.postcode()),
        "city": fake.city(),
        "iban": valid_iban(fake, rng),
        "credit_debit_card": card(fake, rng),
        "national_id": str(ident()) if ident is not None else "",
        "dob": _dob(fake, locale),
        "dob_cue": str(rng.choice(DOB_CUES.get(lang, ()) + DOB_CUES["en"])),
        "ticket": f"CL-{int(rng.integers(100000, 999999))}",
    }
    truth_value = {
        "name": name_t,
        "other_name": other_t,
        "name_upper": values["name_upper"].replace("-", " "),
        "name_rev": values["name_rev"].replace(",", "").replace("-", " "),
        "middle_name": f"{mid_first} {mid_last}".replace("-", " ") if not cjk else mid_last,
        "last_comma_initial": comma_last.replace("-", " "),
        "initial_last": init_last.replace("-", " "),
        "first_lc": lc_first.lower(),
        "last_lc": lc_last.lower(),
    }
    label = {"name_upper": "name", "name_rev": "name", "middle_name": "name", "other_name": "name",
             "first_lc": "name", "last_lc": "last_name", "last_comma_initial": "last_name",
             "initial_last": "last_name", "word_surname": "last_name", "first_name": "name", "word_first": "name",
             "dob": "date_of_birth", "national_id": id_entity(locale)[0]}  # fmt: skip
    skip = ("title", "postcode", "city", "dob_cue", "ticket")
    truth = [
        (label.get(slot, slot), truth_value.get(slot, value))
        for slot, value in values.items()
        if "{" + slot + "}" in template and slot not in skip
    ]
    return template.format(**values), truth


def heldout8_table(
    locale: str, seed: int, n: int = N_ROWS
) -> tuple[pd.DataFrame, dict[str, tuple[str, ...] | None], list[list[tuple[str, str]]]]:
    """(table, column -> accepted entities or None, per row the (entity, value) pairs of its note)."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = np.random.default_rng([seed, LOCALES.index(locale), 8])
    shape = _shape(locale, rng)
    columns: dict[str, list] = {}
    labels: dict[str, tuple[str, ...] | None] = {}
    accepted = {"address": ("address", "street_address"), "street_address": ("street_address", "address"),
                "national_id": id_entity(locale), "name": ("name",)}  # fmt: skip
    entities = list(_generators(fake, rng, locale, seed).items())
    for i in rng.permutation(len(entities)):
        entity, gen = entities[i]
        name = _decorate(str(rng.choice(shape[entity])), rng)
        while name in columns:
            name += "_2"
        missing = float(rng.uniform(0.10, 0.30))
        columns[name] = [None if rng.random() < missing else str(gen()) for _ in range(n)]
        labels[name] = accepted.get(entity, (entity,))
    for name, levels in NEGATIVES.items():
        columns[name] = list(rng.choice(np.array(levels, dtype=object), size=n))
        labels[name] = None
    columns["sku_ean"] = [fake.ean13() for _ in range(n)]
    labels["sku_ean"] = None
    columns["qty"] = [int(x) for x in rng.integers(1, 9, size=n)]
    labels["qty"] = None
    ident = id_generator(locale, seed + 1)
    notes = [_note(fake, rng, locale, ident) for _ in range(n)]
    columns[NOTES_COLUMN] = [text for text, _ in notes]
    labels[NOTES_COLUMN] = None  # free text: scored span by span
    return pd.DataFrame(columns), labels, [truth for _, truth in notes]


INTERNATIONAL_COLUMNS = {
    "name": "Customer Name",
    "phone_number": "Phone (any country)",
    "street_address": "Street",
    "postcode": "Post Code",
    "city": "City",
    "email": "E-mail",
}


def international_table(seed: int, n: int = 300) -> tuple[pd.DataFrame, dict, list[str]]:
    """A customer list mixing ten countries row by row: (table, labels, locale of each row)."""
    rng = np.random.default_rng([seed, 88])
    fakes = {}
    for i, locale in enumerate(INTERNATIONAL):
        fakes[locale] = Faker(locale)
        fakes[locale].seed_instance(seed * 100 + i)
    rows, countries = [], []
    for _ in range(n):
        locale = str(rng.choice(INTERNATIONAL))
        fake = fakes[locale]
        region = locale.split("_")[1]
        phone = valid_phone(fake, rng, region)
        rows.append({
            "customer_no": int(rng.integers(100000, 999999)),
            "country": region,
            INTERNATIONAL_COLUMNS["name"]: _messy(f"{fake.first_name()} {fake.last_name()}", rng),
            INTERNATIONAL_COLUMNS["phone_number"]: phone,
            INTERNATIONAL_COLUMNS["street_address"]: fake.street_address().replace("\n", " "),
            INTERNATIONAL_COLUMNS["postcode"]: str(fake.postcode()),
            INTERNATIONAL_COLUMNS["city"]: fake.city(),
            INTERNATIONAL_COLUMNS["email"]: fake.email(),
            "segment": str(rng.choice(("retail", "wholesale", "online", "partner"))),
            "product": str(rng.choice(NEGATIVES["product"])),
        })  # fmt: skip
        countries.append(locale)
    labels: dict = {c: None for c in ("customer_no", "segment", "product")}
    labels["country"] = "dont_care"  # a country code alone is not personal data, nor a false alarm
    accepted = {"street_address": ("street_address", "address"), "name": ("name",)}
    for entity, column in INTERNATIONAL_COLUMNS.items():
        labels[column] = accepted.get(entity, (entity,))
    return pd.DataFrame(rows), labels, countries
