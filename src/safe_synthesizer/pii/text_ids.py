"""National id numbers named by their own word in free text, checksum or not.

``rodné číslo 511216/7033``, ``Steuer-ID 49 889 959 218``, ``OIB 85201749364``, ``マイナンバー 1515 8041
9635``, ``身份证号440305194001284040``, ``documento PEWH400227HQOKBL08``: the word before the number says
what it is, so the number is replaced even when its check digit is wrong (a typo, a made-up test
record, a scheme the validators lack). Without such a word only numbers passing a scheme are ids
(:func:`~safe_synthesizer.pii.text_patterns.national_id_spans`).

The cue words are id words only (not ``order``, ``account`` or ``invoice`` numbers), and the cue must
stand right before the number (a label, ``no.``/``číslo``/``szám`` and a colon may sit between).
Numbers glued to Chinese or Japanese text count as words of their own.

Example::

    cued_id_spans("Nájemce: JAN NOVÁK, rodné číslo 511216/7033")  # [(33, 44, 'national_id')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.id_words_world import CODE_WORDS_WORLD, ID_CAPITALS_WORLD, ID_WORDS_WORLD, NUMBER_WORDS_WORLD
from safe_synthesizer.pii.text_id_schemes import any_id_scheme
from safe_synthesizer.utils.scripts import HAN, KANA

_CJK = f"{KANA}{HAN}"
# Words that name a personal id number, in the languages of the supported locales. Short ones
# (``id``, ``pan``, ``rg``, ``tc``) are whole words; ``id`` is not an id after a business word
# (``order id``, ``transaction id``), see _BUSINESS.
_CUE_WORDS = (
    r"rodné[ \t]+číslo|rodne[ \t]+cislo|r\.[ \t]?č\.|birth[ \t]+number|"
    r"steuer-?id(?:entifikationsnummer)?|steuer-?identifikationsnummer|identifikationsnummer|steuernummer|"
    r"ausweis(?:nummer)?|personalausweis(?:nummer)?|sozialversicherungsnummer|svnr|sv-nummer|"
    r"tax[ \t]+(?:file[ \t]+)?(?:id|number|no\.?)|tfn|ssn|nino|ni[ \t]+number|national[ \t]+insurance|"
    r"national[ \t]+id(?:entity)?(?:[ \t]+(?:number|no\.?))?|identity[ \t]+(?:card|number|no\.?)|id[ \t]+card|"
    r"personal[ \t]+(?:id|number|code)|passport(?:[ \t]+(?:number|no\.?))?|id|ids|"
    r"reisepass(?:nummer)?|passnummer|ausweis-?id|dokumentennummer|passeport|pasaporte|passaporto|"
    r"passaporte|paszport|paspoort|passnummer|carta[ \t]+d'identità|documento[ \t]+d'identità|"
    r"oib|jmbg|emšo|adóazonosító(?:[ \t]+jel)?|adószám|taj(?:-szám)?|személyi[ \t]+szám|személyi|"
    r"pesel|dowód(?:[ \t]+osobisty)?|henkilötunnus|hetu|personnummer|personnr|cpr(?:-nr\.?|-nummer)?|"
    r"f[øo]dselsnummer|f[øo]dselsnr\.?|f\.[ \t]?nr\.?|fnr\.?|pers\.?[ \t]?nr\.?|"
    r"personnummer|bsn|burgerservicenummer|sofinummer|nif|nss|curp|rfc|cpf|"
    r"cnp|cod[ \t]+numeric[ \t]+personal|tc[ \t]+kimlik(?:[ \t]+no\.?)?|kimlik(?:[ \t]+no\.?)?|tckn|"
    r"amka|afm|αμκα|αφμ|α\.?μ\.?κ\.?α\.?|α\.?φ\.?μ\.?|aadhaar|aadhar|uid|"
    r"codice[ \t]+fiscale|c\.?f\.|nir|insee|n°[ \t]?sécu|sécurité[ \t]+sociale|ahv(?:-nr\.?)?|avs|"
    r"documento(?:[ \t]+de[ \t]+identidad)?|cédula|cedula|carte[ \t]+d'identité|cartão[ \t]+de[ \t]+cidadão|"
    # French "pièce d'identité"/"numéro de sécurité sociale", Slavic and Baltic id words ("osobna iskaznica",
    # "davčna številka", "občanský průkaz", "asmens kodas").
    r"pièce[ \t]+d'identité|numéro[ \t]+d'identité|(?:numéro[ \t]+de[ \t]+)?sécurité[ \t]+sociale|carte[ \t]+vitale|"
    r"osobna[ \t]+iskaznica|davčna[ \t]+številka|davčna|osebna[ \t]+izkaznica|občanský[ \t]+průkaz|"
    r"občiansky[ \t]+preukaz|asmens[ \t]+kodas|"
    # Irish PPSN, Latvian and Estonian personal codes, Belgian national register number, Icelandic
    # kennitala, Serbian/Bosnian JMBG and "lični broj", Korean resident number, Chilean/Argentine RUT/DNI.
    r"ppsn?(?:[ \t]+(?:no\.?|number))?|personal[ \t]+public[ \t]+service(?:[ \t]+number)?|"
    r"personas[ \t]+kod[su]|personas[ \t]+koda|isikukood|"
    r"rijksregisternummer|rijksregisternr\.?|rijksregister|registre[ \t]+national|numéro[ \t]+national|niss|insz|"
    r"kennitala|kt\.|lični[ \t]+broj|matični[ \t]+broj[ \t]+građana|주민등록번호|rut|run|"
    # Cyrillic: Russian INN/SNILS/passport, Ukrainian RNOKPP/IPN, Bulgarian EGN/LNCh and "personal number".
    r"инн|снилс|паспорт(?:а|у|ом)?|серия(?:[ \t]+и[ \t]+номер)?|рнокпп|іпн|ипн|егн|лнч|личен[ \t]+номер|"
    r"лична[ \t]+карта|ідентифікаційний[ \t]+(?:код|номер)|идентификационный[ \t]+номер|"
    r"страховой[ \t]+номер|паспортные[ \t]+данные|"
    # Indonesian NIK/KTP, Vietnamese CCCD/CMND ("số CCCD", "căn cước công dân", "số định danh"), Nigerian NIN
    # and BVN, Maltese "karta tal-identità" / "K.I.", Filipino PhilSys and UMID, Malay "no. kad pengenalan".
    r"nik|ktp|no\.?[ \t]?ktp|nomor[ \t]+induk[ \t]+kependudukan|e-?ktp|cccd|cmnd|cmt|"
    r"căn[ \t]+cước(?:[ \t]+công[ \t]+dân)?|"
    r"chứng[ \t]+minh[ \t]+nhân[ \t]+dân|số[ \t]+định[ \t]+danh(?:[ \t]+cá[ \t]+nhân)?|nin|bvn|"
    r"karta[ \t]+tal-identità|k\.[ \t]?i\.|numru[ \t]+tal-identità|philsys|psn|umid|"
    r"kad[ \t]+pengenalan|mykad|nric|c\.[ \t]?i\.|rif|"
    # Ghana Card, Kenyan "kitambulisho"/Huduma, Arabic "identity number"/"national number", Hebrew "teudat zehut",
    # Hindi Aadhaar, Thai "citizen id", Persian "national code".
    r"ghana[ \t]+card|kitambulisho|huduma(?:[ \t]+namba)?|رقم[ \t]+الهوية(?:[ \t]+الوطنية)?|الرقم[ \t]+القومي|"
    r"رقم[ \t]+الهويه|תעודת[ \t]+זהות|ת\.ז\.?|आधार(?:[ \t]+संख्या)?|เลขประจำตัวประชาชน|บัตรประชาชน|"
    # ... and the world's other languages (Saudi civil register, Hausa, Greek, Georgian...): id_words_world.
    r"کد[ \t]+ملی|شماره[ \t]+ملی|" + ID_WORDS_WORLD
)
# Acronyms that are also words ("nie" and "dni" are Polish for "not" and "days", "pan" and "tin" English
# words): cues only in capitals (``NIE X1234567L``, ``DNI 12345678Z``, ``PAN ABCDE1234F``, ``NIP 123-456-32-18``).
_CAPITAL_CUES = r"NIE|DNI|PAN|TIN|NIP|RG|" + ID_CAPITALS_WORLD
# Cues in Chinese and Japanese, glued to the number or not (no word boundary in those scripts).
_CJK_CUES = (
    r"身份证号码|身份证号|身份证|身份證號碼|身份證號|身份證|公民身份号码|证件号码|證件號碼|"
    # Taiwan writes 身分證 (字號: its number), residents' permits 居留證 and the unified id 統一證號.
    r"身分證字號|身分證號碼|身分證號|身分證|國民身分證|居留證號碼|居留證|統一證號|"
    r"マイナンバーカード|マイナンバー|個人番号"
)
# What may stand between the cue and the number: a label word and punctuation.
# ``Ausweis-Nr.``, ``Documento n.``, ``n.º``: the label may be glued to the cue by a hyphen. A form's label
# may end its line with a colon, the number on the next (``Documento:\n27-80132808-9``, OCR'd forms).
_LINK = (
    r"(?i:[ \t]*-?(?:no\.?|nr\.?|number|num\.?|n°|n\.[ \t]?º|nº|n\.|núm\.?|#|číslo|č\.|szám|broj|numer|"
    r"numero|número|nummer|jel|№|номер|бр\.|број|št\.|številka))?"
    # "الهوية الوطنية رقم", "Ghana Card nɔma ne", "K.I. nru", "katin shaida mai lamba": the language's "number".
    rf"(?:[ \t]*(?i:{NUMBER_WORDS_WORLD}))?"
    # "Steuer-ID laut Akte 11 385 192 403", "NIR selon dossier ...", "BSN volgens het dossier ...": where the
    # number was read (a preposition, maybe an article, a word for the file or the system).
    r"(?:[ \t]+(?i:according[ \t]+to|as[ \t]+per|per|on|in|from|laut|lt\.|gemäß|aus|selon|au|d'après|dans|según|"
    r"en|del|da|come[ \t]+da|secondo|nel|volgens|uit|op|in)[ \t]+(?i:(?:the|le|la|l'|el|il|lo|het|de|der|dem|den)"
    r"[ \t]*)?(?i:akte|unterlagen|kartei|system|file|record|records|dossier|fiche|système|ficha|expediente|sistema|"
    r"pratica|archivio|fascicolo|systeem))?"
    # "My id is B250779349", "NIK-nya 3273...", "CCCD là 0010...": a verb between the cue and the number.
    r"(?:[ \t]+(?i:is|was|=|là|adalah|nya|ist|est|es|è|era|staat))?"
    r"[ \t]*(?:[:#：][ \t]*\r?\n)?[ \t]*[:#：]?[ \t]*"
)
# Bolivia's nine departments as its identity card writes them after the number (La Paz, Cochabamba, Santa
# Cruz, Oruro, Potosí, Tarija, Chuquisaca, Beni, Pando).
_BO_DEPARTMENTS = "LP|CB|SC|OR|PT|PO|TJ|CH|BN|BE|PA|PD"
# The number: a birth number (``511216/7033``), digits in groups (``49 889 959 218``, ``1515 8041 9635``),
# digits with a check letter (``11010119620920240X``), a code of capitals and digits (a CURP, a codice
# fiscale ``RSSMRA85T10A562S``, a passport ``L01X00T47``, ``18AV12345``).
_VALUE = (
    r"(?P<value>\d{6}/\d{3,4}"
    # a Bolivian carnet with its issuing department (``4789123 LP``, ``6543210-1B SC``), a Tanzanian NIDA number
    # (``19850412-12345-00001-23``: the birth date, then three groups), a Panamanian cédula (``8-745-1234``,
    # ``PE-12-345``, ``3AV-12-1234``: the province or kind, the book, the entry)
    rf"|\d{{5,8}}(?:-\d[A-Z])?[ \-](?:{_BO_DEPARTMENTS})|\d{{8}}-?\d{{5}}-?\d{{5}}-?\d{{2}}"
    r"|(?:\d{1,2}(?:AV|PI)?|PE|E|N)-\d{1,4}-\d{1,6}"
    # an Emirates ID ``784-1985-1234567-1``, a Pakistani CNIC ``42101-0838916-5``, a Malaysian MyKad
    # ``800426-14-2704``, a Mongolian register number ``УБ85031212``, a Greek identity card ``ΑΒ 123456``
    r"|\d{3}-\d{4}-\d{7}-\d|\d{5}-\d{7}-\d|\d{6}-\d{2}-\d{4}|[А-ЯЁӨҮ]{2}\d{8}|[Α-Ω]{1,2}[ \-]?\d{6,7}"
    # a birth date, a separator or century sign and a serial (a Finnish ``161058-445P``/``050101A123B``, a
    # Latvian ``270838-18879``, a Korean ``800101-1234567``)
    r"|\d{6}[\-+A-FU-Y]\d{3,7}[0-9A-Y]?"
    # digits and one or two check letters (an Irish PPSN ``3616008CW``, a Spanish DNI ``12345678Z``, a
    # Finnish id without its century sign ``161058445P``)
    r"|\d{6,10}[A-Z]{1,2}|\d{3,5}[MGAPLHBZ]"
    # a Chilean RUT ``12.345.678-5``, an Argentine CUIT/CUIL ``20-12345678-6``
    r"|\d{1,2}\.\d{3}\.\d{3}-[\dkK]|\d{2}-\d{8}-\d"
    # a Venezuelan cédula or RIF (``V-12345678``, ``E-8123456``, ``V-12345678-9``)
    r"|[VE]-?\d{6,9}(?:-\d)?"
    # digits, one letter, digits: a German social insurance number (``65 180591 M 123``, ``65180591M123``)
    r"|\d{2}[ ]?\d{6}[ ]?[A-Z][ ]?\d{3}"
    # digits in groups; the first may be one digit (a French NIR ``1 85 07 75 123 456 78``), a later one up to
    # six (a Russian passport ``45 08 123456``)
    r"|\d{2,4}[ .\-]\d{2,4}[ .\-]\d{5,6}|\d{2,4}(?:[ .\-]\d{1,4}){1,5}|\d(?:[ .\-]\d{1,4}){3,7}"
    # a Thai citizen id ``1-2345-67890-12-3``, a Ghana Card ``GHA-712345678-1``
    r"|\d-\d{4}-\d{5}-\d{2}-\d|[A-Z]{3}-\d{9}-\d"
    # thousands grouped by dots from one digit on (a Paraguayan or Bolivian cédula ``3.071.819``, a Uruguayan one
    # with its check digit ``1.234.567-8``)
    r"|\d{1,3}(?:\.\d{3}){2,3}(?:-\d)?"
    r"|\d{6,18}[Xx]?"
    r"|[A-Z]{1,6}\d[A-Z0-9]{5,20}"
    r"|\d{1,3}[A-Z]{1,3}\d[A-Z0-9]{4,20})"
)
# The number ends at a space, punctuation or a Chinese/Japanese character (``...4040，``, ``...7257。``);
# it starts after one too (``身份证号440305194001284040``) or after a label's dot (``Nr.65 180591 M 123``),
# not inside a decimal (``3.1415926``).
_NUMBER = re.compile(rf"(?<![\d/\-A-Za-z])(?<![\d.]\.){_VALUE}(?!(?![{_CJK}])\w|[/\-]|[.,]\d)")
# The cue right before a number (searched in the few characters before it only: fast on long text).
_CUE_BEFORE = re.compile(
    rf"(?:(?i:(?<![\w.])(?:{_CUE_WORDS})(?![\w']))|(?<![\w.])(?:{_CAPITAL_CUES})(?![\w'])|(?:{_CJK_CUES})){_LINK}$"
)
# ``order id 12345678``: the id of a thing, not of a person.
_BUSINESS = re.compile(
    r"(?i)(?:order|invoice|transaction|tracking|product|item|session|request|ticket|booking|reference|ref|"
    r"shipment|parcel|package|device|user|customer|client|account|policy|claim|case|employee|member|app|staff|"
    r"bestell|auftrags|rechnungs|kunden)[ \t\-]*$"
)
# "Number" in Chinese, Japanese and Korean (``番号1117 6202 6410``, ``号码``, ``번호``): an id only when the
# number passes an id scheme and no phone, order, member or account word comes before the cue.
_WEAK_CJK_CUE = re.compile(r"(?:番号|号码|號碼|번호)[ \t\u3000]*[:：]?[ \t\u3000]*$")
_NOT_PERSONAL = re.compile(
    r"(?:電話|携帯|ファックス|FAX|注文|会員|口座|受付|予約|伝票|管理|商品|電话|电话|手机|订单|會員|会员|账户|帳戶|"
    r"快递|运单|전화|휴대폰|팩스|주문|회원|계좌|예약|접수|카드|운송장)$",
    re.I,
)
_MIN_DIGITS, _MAX_DIGITS = 6, 18
# A Tanzanian NIDA number has 20 digits, more than any other id: longer runs are account numbers.
_NIDA = re.compile(r"^\d{8}-?\d{5}-?\d{5}-?\d{2}$")
# A Maltese identity card number: up to seven digits and its letter ("61317G", "0012345M"), after a cue only.
_SHORT_LETTERED = re.compile(r"^\d{3,7}[MGAPLHBZ]$")


# A short code of letters and digits (an Azerbaijani FIN ``5ZK8B3L``, a German identity card ``L01X00T47``):
# an id only right after an id word that names such codes (``CODE_WORDS_WORLD``), a digit in it at least.
_CODE = re.compile(r"(?<![\w\-/])(?=[A-Za-z0-9]*\d)(?=[0-9]*[A-Za-z])[A-Za-z0-9]{7,10}(?![\w\-/])")
_CODE_CUE = rf"(?:(?<![\w.])(?:FİN|FIN)(?![\w'])|(?i:(?<![\w.])(?:{CODE_WORDS_WORLD}|f[iıİ]n[ \t]+kod(?:u)?)(?![\w'])))"
_CODE_CUE_ANY = re.compile(_CODE_CUE)
_CODE_CUE_BEFORE = re.compile(rf"{_CODE_CUE}{_LINK}$")
# Luxembourg's national number (``1985031212345``: the birth date ``YYYYMMDD`` and five digits) is called
# "matricule", which in French is also a staff number: after that word, only a dated 13-digit number is an id.
_MATRICULE = re.compile(r"(?i)(?<![\w.])matricule(?:[ \t]+(?:national|nationale))?[ \t]*[:#]?[ \t]*$")
_DATED_13 = re.compile(r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{5}$")


def _code_spans(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Short letter-and-digit codes right after an id word naming such codes, not inside ``taken``."""
    if not _CODE_CUE_ANY.search(text):
        return []
    out = []
    for m in _CODE.finditer(text):
        if any(s < m.end() and e > m.start() for s, e, _ in taken):
            continue
        if _CODE_CUE_BEFORE.search(text, max(0, m.start() - 48), m.start()):
            out.append((m.start(), m.end(), E.NATIONAL_ID))
    return out


def _weak_cjk_id(text: str, start: int, value: str) -> bool:
    """``value`` (at ``start``) follows a bare "number" word of Chinese, Japanese or Korean and passes a
    national id scheme (``番号1117 6202 6410``: a Japanese My Number)."""
    cue = _WEAK_CJK_CUE.search(text, max(0, start - 8), start)
    if cue is None or _NOT_PERSONAL.search(text, max(0, cue.start() - 6), cue.start()):
        return False
    return any_id_scheme(value) is not None


def cued_id_spans(text: str) -> list[tuple[int, int, str]]:
    """Numbers after a personal id word (``rodné číslo``, ``Steuer-ID``, ``OIB``, ``身份证号``...)."""
    if not any(ch.isdigit() for ch in text):
        return []
    out = []
    for m in _NUMBER.finditer(text):
        value = m.group("value")
        digits = sum(ch.isdigit() for ch in value)
        if not _MIN_DIGITS <= digits <= _MAX_DIGITS and not _SHORT_LETTERED.match(value) and not _NIDA.match(value):
            continue
        cue = _CUE_BEFORE.search(text, max(0, m.start() - 48), m.start())
        if cue is None and _DATED_13.match(value) and _MATRICULE.search(text, max(0, m.start() - 30), m.start()):
            out.append((m.start("value"), m.end("value"), E.NATIONAL_ID))
            continue
        if cue is None:
            if _weak_cjk_id(text, m.start(), m.group("value")):
                out.append((m.start("value"), m.end("value"), E.NATIONAL_ID))
            continue
        business = _BUSINESS.search(text, max(0, cue.start() - 20), cue.start())
        if business and cue.group().strip().lower().startswith("id"):
            continue
        out.append((m.start("value"), m.end("value"), E.NATIONAL_ID))
    return out + _code_spans(text, out)
