"""Column-name cues in scripts without Latin letters: Japanese, Chinese, Korean, Cyrillic, Greek, Arabic, Thai.

Chinese, Japanese, Korean and Thai write compound words without spaces (``患者氏名``,
``電話番号``, ``고객이름``), so a cue word counts wherever it appears in the column name; Cyrillic,
Greek and Arabic words are matched as words (or glued to a longer word, as in :mod:`cues`); Greek
accents are dropped (``ΕΠΏΝΥΜΟ`` = ``Επώνυμο``) and dotted abbreviations joined (``Τ.Κ.`` = ``ΤΚ``). Names are
NFKC-normalised first, so full-width forms (``氏名（カナ）``, ``ＴＥＬ``) and half-width katakana
match too. Single-character cues (``姓``, ``名``, ``성``) must be the whole name apart from
brackets, digits and reading marks (``姓（カナ）``): inside longer words they mean other things.

Example::

    script_cues("氏名（カナ）")  # {"name"}
    script_cues("手机号码")  # {"phone_number"}
    script_cues("商品名")  # set()
"""

from __future__ import annotations

import re
import unicodedata

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cue_words_world import SCRIPT_WORDS
from safe_synthesizer.utils.scripts import UNSPACED_LETTERS

# Letters of scripts written without spaces between words (CJK ideographs, kana, Hangul, Thai).
_UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")
_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")
_WORDS = re.compile(r"[^\W\d_]+")
_PIECES = re.compile(r"[\s\d_.,;:()\[\]（）\-/・\"]+")

_SCRIPT_CUE_WORDS: dict[str, tuple[str, ...]] = {
    E.NAME: ("氏名", "姓名", "名前", "お名前", "おなまえ", "フリガナ", "ふりがな", "者名", "患者名", "顧客名", "会員名",
             "利用者名", "名字", "联系人", "聯絡人", "收件人", "收货人", "收貨人", "이름", "성명", "성함", "고객명",
             "환자명", "회원명", "담당자", "фио", "піб", "имя и фамилия", "полное имя", "ім'я та прізвище",
             "الاسم", "اسم", "الاسم الكامل", "ชื่อ", "ชื่อ-นามสกุล", "ชื่อนามสกุล", "ชื่อลูกค้า"),
    E.FIRST_NAME: ("名", "メイ", "下の名前", "名（カナ）", "名前（名）", "이름", "имя", "ім'я", "імя", "отчество",
                   "الاسم الأول", "ชื่อจริง", "ชื่อ"),
    E.LAST_NAME: ("姓", "セイ", "苗字", "名字", "姓（カナ）", "성", "фамилия", "прізвище", "اسم العائلة", "العائلة",
                  "اللقب", "นามสกุล"),
    E.PHONE_NUMBER: ("電話", "电话", "手机", "手機", "携帯", "ケータイ", "連絡先", "联系方式", "聯絡電話", "電話番号",
                     "전화", "휴대폰", "핸드폰", "연락처", "휴대전화", "телефон", "тел", "мобильный", "моб",
                     "номер телефона", "мобільний", "هاتف", "الهاتف", "جوال", "الجوال", "رقم الجوال", "موبايل",
                     "โทร", "เบอร์", "โทรศัพท์", "มือถือ"),
    E.FAX_NUMBER: ("ファックス", "ファクス", "传真", "傳真", "팩스", "факс"),
    E.EMAIL: ("メール", "メールアドレス", "邮箱", "邮件", "電子郵件", "電郵", "이메일", "전자우편", "почта",
              "эл почта", "електронна пошта", "البريد", "البريد الإلكتروني", "بريد", "อีเมล"),
    E.ADDRESS: ("住所", "地址", "住址", "所在地", "주소", "адрес", "адреса", "العنوان", "عنوان", "ที่อยู่"),
    # The lot part of a Japanese address (``戸山41丁目19番13号``), a street line in Chinese and Korean.
    E.STREET_ADDRESS: ("番地", "町名番地", "丁目番地", "街道地址", "街道", "도로명", "도로명주소"),
    E.CITY: ("市区町村", "市町村", "都市", "城市", "縣市", "县市", "市区", "도시", "시군구", "город", "місто",
             "населенный пункт", "населений пункт", "المدينة", "مدينة", "เมือง", "อำเภอ"),
    E.STATE: ("都道府県", "省份", "省", "州", "시도", "광역시도", "область", "регион", "край", "область",
              "المنطقة", "منطقة", "الولاية", "จังหวัด"),
    E.POSTCODE: ("郵便番号", "〒", "邮编", "邮政编码", "郵遞區號", "郵政編碼", "郵遞區号", "우편번호", "индекс",
                 "почтовый индекс", "поштовий індекс", "індекс",
                 "поштовий код", "пощенски код", "пощ код", "الرمز البريدي", "رمز بريدي", "รหัสไปรษณีย์"),
    E.DATE_OF_BIRTH: ("生年月日", "出生日期", "出生年月", "生日", "誕生日", "생년월일", "생일", "дата рождения",
                      "дата народження", "день рождения", "تاريخ الميلاد", "الميلاد", "วันเกิด"),
    E.NATIONAL_ID: ("身份证", "身分證", "身份證", "マイナンバー", "個人番号", "주민등록번호", "주민번호", "паспорт",
                    "снилс", "рнокпп", "ідентифікаційний код", "ідентифікаційний номер", "ипн", "іпн",
                    "رقم الهوية", "الهوية", "هوية", "เลขบัตรประชาชน", "บัตรประชาชน"),
    E.TAX_ID: ("инн", "税号", "統一編號", "사업자등록번호", "الرقم الضريبي", "เลขประจำตัวผู้เสียภาษี"),
    E.IBAN: ("口座番号", "银行账号", "銀行帳號", "계좌번호", "счет", "счёт", "رقم الحساب", "เลขบัญชี"),
    E.CREDIT_DEBIT_CARD: ("クレジットカード", "カード番号", "银行卡", "信用卡", "카드번호", "номер карты",
                          "رقم البطاقة", "บัตรเครดิต"),
}  # fmt: skip

# Greek cue words, written as :func:`normalise` leaves them: no accents, ``σ`` for final sigma.
_GREEK_CUE_WORDS: dict[str, tuple[str, ...]] = {
    E.NAME: ("ονοματεπωνυμο", "πληρες ονομα", "ονομα και επωνυμο"),
    E.FIRST_NAME: ("ονομα", "μικρο ονομα"),
    E.LAST_NAME: ("επωνυμο",),
    E.PHONE_NUMBER: ("τηλεφωνο", "τηλ", "κινητο"),
    E.FAX_NUMBER: ("φαξ",),
    E.EMAIL: ("ηλεκτρονικο ταχυδρομειο", "ηλ ταχυδρομειο"),
    E.STREET_ADDRESS: ("οδοσ", "οδοσ και αριθμοσ", "λεωφοροσ"),
    E.ADDRESS: ("διευθυνση", "δνση"),
    E.CITY: ("πολη", "δημοσ", "τοποθεσια", "οικισμοσ"),
    E.STATE: ("νομοσ", "περιφερεια"),
    E.POSTCODE: ("τκ", "ταχ κωδικασ", "ταχυδρομικοσ κωδικασ"),
    E.DATE_OF_BIRTH: ("ημερομηνια γεννησησ", "ημ γεννησησ"),
    E.NATIONAL_ID: ("αμκα", "ταυτοτητα", "αδτ"),
    E.TAX_ID: ("αφμ",),
    E.IBAN: ("λογαριασμοσ",),
    E.CREDIT_DEBIT_CARD: ("καρτα",),
}
for _entity, _words in _GREEK_CUE_WORDS.items():
    _SCRIPT_CUE_WORDS[_entity] = (*_SCRIPT_CUE_WORDS.get(_entity, ()), *_words)

# Hebrew, Persian, Georgian, Armenian and Hindi column words (``ת.ז.`` is joined to ``תז`` by :func:`normalise`;
# ``דוא"ל`` splits at its gershayim into two words).
_SPACED_CUE_WORDS: dict[str, tuple[str, ...]] = {
    E.NAME: ("שם", "שם מלא", "שם הלקוח", "שם ומשפחה", "نام و نام خانوادگی", "نام کامل",
             "სახელი და გვარი", "სახელი გვარი", "անուն ազգանուն", "ազգանուն անուն", "नाम", "पूरा नाम"),
    E.FIRST_NAME: ("שם פרטי", "نام", "სახელი", "անուն", "पहला नाम"),
    E.LAST_NAME: ("שם משפחה", "نام خانوادگی", "გვარი", "ազգանուն", "उपनाम"),
    E.PHONE_NUMBER: ("טלפון", "טל", "נייד", "פלאפון", "تلفن", "شماره تماس", "موبایل", "همراه", "شماره همراه",
                     "ტელეფონი", "მობილური", "ტელ", "հեռախոս", "հեռ", "फ़ोन", "फोन", "मोबाइल"),
    E.EMAIL: ("דוא ל", "אימייל", "דואר אלקטרוני", "ایمیل", "پست الکترونیک", "ელ-ფოსტა", "ელფოსტა", "ელ ფოსტა",
              "էլ. փոստ", "էլ փոստ", "ईमेल"),
    E.ADDRESS: ("כתובת", "כתובת מגורים", "מען", "نشانی", "آدرس", "მისამართი", "հասցե", "पता"),
    E.STREET_ADDRESS: ("רחוב", "خیابان", "ქუჩა", "փողոց"),
    E.CITY: ("עיר", "ישוב", "יישוב", "شهر", "ქალაქი", "քաղաք", "शहर"),
    E.STATE: ("מחוז", "استان", "რეგიონი", "მხარე", "մարզ", "राज्य"),
    E.POSTCODE: ("מיקוד", "کد پستی", "საფოსტო ინდექსი", "ინდექსი", "փոստային ինդեքս", "पिन कोड"),
    E.DATE_OF_BIRTH: ("תאריך לידה", "ת לידה", "تاریخ تولد", "დაბადების თარიღი", "ծննդյան ամսաթիվ", "जन्म तिथि"),
    E.NATIONAL_ID: ("תז", "ת ז", "תעודת זהות", "מספר זהות", "کد ملی", "شماره ملی", "პირადი ნომერი",
                    "პირადი №", "անձնագիր", "आधार"),
    E.IBAN: ("חשבון בנק", "شبا", "شماره شبا", "ანგარიში", "հաշիվ"),
    E.CREDIT_DEBIT_CARD: ("מספר כרטיס", "כרטיס אשראי", "شماره کارت", "ბარათი", "քարտ"),
}  # fmt: skip
for _entity, _words in _SPACED_CUE_WORDS.items():
    _SCRIPT_CUE_WORDS[_entity] = (*_SCRIPT_CUE_WORDS.get(_entity, ()), *_words)

# South Slavic Cyrillic (Macedonian, Serbian, Bulgarian), Bengali, Nepali, Urdu and more Arabic and Armenian column
# words: the everyday words of each language's forms for name, surname, address, town, phone, birth date, id.
_MORE_CUE_WORDS: dict[str, tuple[str, ...]] = {
    E.NAME: ("име и презиме", "име и фамилия", "име презиме", "পুরো নাম", "নাম", "پورا نام", "نام"),
    E.FIRST_NAME: ("име", "лично име", "প্রথম নাম", "পহিলো নাম", "پہلا نام", "الاسم الاول"),
    E.LAST_NAME: ("презиме", "фамилно име", "পদবি", "পদবী", "শেষ নাম", "থর", "थर", "कुलनाम", "خاندانی نام"),
    E.PHONE_NUMBER: ("мобилен", "мобилни", "ফোন", "মোবাইল", "ফোন নম্বর", "फोन नम्बर", "فون", "موبائل",
                     "فون نمبر"),
    E.EMAIL: ("е-пошта", "е пошта", "е-поща", "имејл", "ইমেইল", "ই-মেইল", "ای میل"),
    E.ADDRESS: ("ঠিকানা", "ठेगाना", "پتہ", "پتا", "адреса на живеење"),
    E.STREET_ADDRESS: ("улица", "الشارع", "شارع", "রাস্তা"),
    E.CITY: ("град", "општина", "населено место", "শহর", "নগর", "शहर", "नगरपालिका", "شہر", "բնակավայր"),
    E.STATE: ("জেলা", "जिल्ला", "जिला", "المحافظة", "محافظة"),
    E.POSTCODE: ("поштенски број", "পোস্ট কোড", "পোস্টকোড", "পিন কোড", "पिन", "पोस्ट कोड", "ڈاک کوڈ"),
    E.DATE_OF_BIRTH: ("датум на раѓање", "датум рођења", "дата на раждане", "জন্ম তারিখ", "জন্মতারিখ", "जन्म मिति",
                      "जन्मतिथि", "जन्म दिनांक", "تاریخ پیدائش"),
    E.NATIONAL_ID: ("ембг", "матичен број", "егн", "лична карта", "জাতীয় পরিচয়পত্র", "এনআইডি", "नागरिकता",
                    "मतदाता पहचान", "شناختی کارڈ", "قومی شناختی", "الرقم القومي", "رقم قومي", "الرقم الوطني",
                    "الرقم المدني", "رقم الإقامة", "սոցիալական քարտ", "հծհ", "անձնագրի համար"),
}  # fmt: skip
for _entity, _words in _MORE_CUE_WORDS.items():
    _SCRIPT_CUE_WORDS[_entity] = (*_SCRIPT_CUE_WORDS.get(_entity, ()), *_words)

# Scripts of South and South-East Asia, Ethiopia, Central Asia and Mongolia: :mod:`cue_words_world`.
for _entity, _words in SCRIPT_WORDS.items():
    _SCRIPT_CUE_WORDS[_entity] = (*_SCRIPT_CUE_WORDS.get(_entity, ()), *_words)

#: Words that make a "name" the name of a thing, a place or an organisation (``商品名``, ``병원명``).
_NOT_A_PERSON = ("会社", "商品", "製品", "病院", "店", "企業", "団体", "品", "科", "部", "課", "学校", "施設", "銀行",
                 "公司", "产品", "产品名", "医院", "商店", "部门", "部門", "单位", "單位", "항목", "상품", "제품",
                 "회사", "병원", "부서", "학교", "은행", "компании", "компания", "товар", "товара", "продукт",
                 "организации", "отдел", "банк", "الشركة", "المنتج", "المستشفى", "القسم", "บริษัท", "สินค้า",
                 "โรงพยาบาล", "แผนก", "ธนาคาร", "προιον", "εταιρει", "τμημα", "νοσοκομει", "καταστημα",
                 "σχολει", "τραπεζ", "מוצר", "חברה", "פריט", "קובץ", "סניף", "מחלקה", "משתמש", "محصول", "کالا",
                 "شرکت", "فروشگاه", "بیمارستان", "کاربری", "فایل", "პროდუქტ", "კომპანი", "ფაილ", "ბანკ",
                 "производ", "компаниј", "фирм", "училишт", "болниц", "продавниц", "улиц", "পণ্য", "কোম্পানি",
                 "প্রতিষ্ঠান", "শাখা", "হাসপাতাল", "उत्पाद", "कंपनी", "अस्पताल", "शाखा", "کمپنی", "ہسپتال",
                 "ընկերությ", "մասնաճյուղ", "ապրանք", "հիվանդանոց", "الفرع")  # fmt: skip
#: Harmless parts of a cued name (who, or how it is written): ``患者氏名``, ``氏名（カナ）``.
_QUALIFIERS = ("カナ", "かな", "フリガナ", "ふりがな", "漢字", "ローマ字", "患者", "顧客", "会員", "利用者", "お客様",
               "客户", "顾客", "病人", "会员", "客戶", "會員", "고객", "환자", "회원", "клиента", "клиент", "пациента",
               "контактный", "номер", "رقم", "العميل", "المريض", "ลูกค้า", "ผู้ป่วย", "番号", "号码", "號碼", "号", "번호",
               "携帯", "自宅", "手机", "的", "の", "αριθμοσ", "αριθμ", "κατοικιασ", "πελατη", "ασθενη", "εργαζομενου",
               "και", "προσωπικο", "κινητο")  # fmt: skip
_LATIN_NOTE = re.compile(r"[(（][\sA-Za-z.,/-]*[)）]")
_SHORT = 1  # cue words this long must be the whole name (``姓``, ``名``, ``성``)


_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
# Single letters each followed by a dot, two or more (``τ.κ.``, ``α.μ.κ.α.``): one abbreviation.
_DOTTED = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]\.){2,})(?![^\W\d_])")


def normalise(column_name: str) -> str:
    """NFKC (full-width and half-width forms folded), lower case, marks kept (``ＴＥＬ`` -> ``tel``).

    Greek loses its accents and final sigma (upper-case names drop accents: ``ΕΠΏΝΥΜΟ``, ``ΕΠΩΝΥΜΟ``),
    and dotted abbreviations are joined (``Τ.Κ.`` -> ``τκ``).
    """
    text = unicodedata.normalize("NFKC", str(column_name)).lower().strip()
    if _GREEK.search(text):
        text = "".join(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            if _GREEK.match(ch)
            else ch
            for ch in text
        ).replace("ς", "σ")
    return _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)


def has_script_letters(column_name: str) -> bool:
    """The name holds letters of a script other than Latin (CJK, kana, Hangul, Cyrillic, Arabic, Thai)."""
    return bool(_NON_LATIN.search(str(column_name)))


def _core(text: str) -> str:
    """The name without brackets, digits, punctuation and spaces (``姓（カナ）1`` -> ``姓カナ``)."""
    return _PIECES.sub("", text)


def _found(word: str, text: str, words: list[str]) -> bool:
    if _UNSPACED.search(word):
        if len(word) <= _SHORT:
            # A bracketed note in Latin letters says whose (``名 (child)``, ``姓（parent）``), not what.
            cores = {_core(text), _core(_LATIN_NOTE.sub(" ", text))}
            return any(core == word or core == word + q or core == q + word for core in cores for q in _QUALIFIERS)
        return word in text
    if " " in word:  # several words: all of them, in any order
        return all(_found(w, text, words) for w in word.split())
    # Cyrillic, Arabic: a word, or a word glued to a longer one (``телефона``, ``адресу``).
    return any(w == word or (len(word) >= 4 and w.startswith(word)) for w in words)


def script_cues(column_name: str, *, strict: bool = False) -> set[str]:
    """Entities a non-Latin column name hints at (``strict``: cue words plus harmless parts only).

    Example::

        script_cues("患者氏名")  # {"name"}
        script_cues("電話番号", strict=True)  # {"phone_number"}
    """
    if not has_script_letters(column_name):
        return set()
    text = normalise(column_name)
    # Indic vowel signs are marks, no word letters for ``re``: the pieces between separators keep them (``পদবি``).
    words = _WORDS.findall(text) + [w for w in _PIECES.split(text) if w]
    found: set[str] = set()
    for entity, cue_words in _SCRIPT_CUE_WORDS.items():
        for word in cue_words:
            if _found(word, text, words) and (not strict or _harmless_rest(text, entity)):
                found.add(entity)
                break
    if found & {E.NAME, E.FIRST_NAME, E.LAST_NAME} and any(w in text for w in _NOT_A_PERSON):
        found -= {E.NAME, E.FIRST_NAME, E.LAST_NAME}
    return found


def _harmless_rest(text: str, entity: str) -> bool:
    """Nothing is left of the name once the entity's cue words and the qualifiers are taken out."""
    rest = text
    # Unspaced words first (longest first): splitting at punctuation would cut ``ชื่อ-นามสกุล``.
    words = sorted((*_SCRIPT_CUE_WORDS[entity], *_QUALIFIERS), key=lambda w: (not _UNSPACED.search(w), -len(w)))
    for word in words:
        if _UNSPACED.search(word):
            rest = rest.replace(word, " ")
        else:  # a word, or a longer word it starts (``телефона``)
            # Split at spaces and punctuation only: Thai and Arabic marks are no word boundary.
            parts = word.split()
            rest = " ".join(
                w for w in _PIECES.split(rest) if not any(w == p or (len(p) >= 4 and w.startswith(p)) for p in parts)
            )
    return not _core(rest)
