"""Tables per locale beyond Latin-script Europe for :mod:`bench_pii_scripts` (seeds 9651+).

One table per (locale, seed): person names (half Faker, half this file's own lists of common real
names that Faker may not hold), phones that are valid numbers of the country (random digits
checked by ``phonenumbers``, written in the country's usual layouts), postcodes in the country's
layout, towns and regions, and category columns in the same script that are *not* PII
(departments, wards, product groups): they must not be taken for names.

``labels`` maps a column to the accepted entities (``None``: not PII); ``scripts`` maps a name
column to the script its fakes must keep.

Example::

    df, labels, scripts = script_table("ja_JP", 9651)
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd
import phonenumbers
from faker import Faker

LOCALES = (
    "ja_JP", "zh_CN", "zh_TW", "ko_KR", "en_IN", "ru_RU", "uk_UA", "ar_SA", "th_TH", "pt_BR", "es_MX", "en_CA",
    "fr_CA",
)  # fmt: skip
SEEDS = (9651, 9652, 9653)
REGION = {loc: loc.split("_")[1] for loc in LOCALES}

_OWN_NAMES = {
    "ja_kana": (["サトウ", "スズキ", "タカハシ", "タナカ", "ワタナベ", "イトウ", "ヤマモト", "ナカムラ", "コバヤシ",
                 "カトウ", "ヨシダ", "ヤマダ", "ササキ", "ヤマグチ", "マツモト", "イノウエ", "キムラ", "シミズ"],
                ["ヒロシ", "タロウ", "ユウキ", "ハルト", "ソウタ", "ユイ", "アオイ", "ハナ", "サクラ", "ケンジ",
                 "マサコ", "ヨウコ", "アキラ", "ミホ", "ナオキ", "リコ", "メイ", "ツバサ"]),
    "ja_JP": (["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田",
               "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"],
              ["蓮", "陽翔", "湊", "悠真", "大翔", "結菜", "陽菜", "凛", "芽依", "葵", "翔太", "美咲", "健太",
               "真由美"]),
    "zh_CN": (["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"],
              ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
               "子涵", "浩然", "欣怡", "梓萱"]),
    "zh_TW": (["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭", "謝", "郭", "洪", "曾"],
              ["家豪", "志明", "俊傑", "建宏", "淑芬", "美玲", "雅婷", "怡君", "冠宇", "宗翰", "詩涵", "佳穎"]),
    "ko_KR": (["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"],
              ["민준", "서준", "도윤", "예준", "시우", "하준", "서연", "서윤", "지우", "하은", "지민", "수아",
               "현우", "지훈", "유진", "민서"]),
    "en_IN": (["Sharma", "Verma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Singh", "Kumar", "Das", "Chatterjee",
               "Mukherjee", "Joshi", "Kulkarni", "Deshpande", "Pillai", "Menon", "Agarwal", "Bansal", "Rao"],
              ["Aarav", "Vivaan", "Aditya", "Arjun", "Sai", "Krishna", "Ishaan", "Priya", "Ananya", "Diya", "Saanvi",
               "Aditi", "Kavya", "Pooja", "Rahul", "Rohit", "Sneha", "Neha", "Vikram", "Lakshmi"]),
    "ru_RU": (["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
               "Фёдоров", "Морозов", "Волков"],
              ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Анна", "Мария", "Елена", "Ольга",
               "Наталья", "Татьяна"]),
    "uk_UA": (["Мельник", "Шевченко", "Коваленко", "Бондаренко", "Бойко", "Ткаченко", "Кравченко", "Ковальчук",
               "Олійник", "Шевчук", "Поліщук", "Лисенко"],
              ["Олександр", "Андрій", "Сергій", "Володимир", "Іван", "Олена", "Наталія", "Тетяна", "Оксана",
               "Ірина", "Юлія", "Богдан"]),
    "ar_SA": (["العتيبي", "القحطاني", "الغامدي", "الزهراني", "الشمري", "الدوسري", "الحربي", "المطيري", "العنزي",
               "السبيعي"],
              ["محمد", "عبدالله", "فهد", "خالد", "سلطان", "نورة", "سارة", "ريم", "هند", "فاطمة", "عبدالرحمن", "لمى"]),
    "th_TH": (["สมบูรณ์", "ศรีสุข", "แก้วมณี", "ทองดี", "บุญมา", "วงศ์สวัสดิ์", "จันทร์เพ็ญ", "พรหมมา", "สุขสวัสดิ์",
               "มีสุข"],
              ["สมชาย", "สมศรี", "วิชัย", "สุดา", "ประเสริฐ", "มาลี", "อนุชา", "กาญจนา", "ธนพล", "ปิยะ"]),
    "pt_BR": (["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
               "Ribeiro", "Carvalho"],
              ["Miguel", "Arthur", "Heitor", "Helena", "Alice", "Laura", "Valentina", "Davi", "Gael", "Cecília",
               "Thiago", "Larissa"]),
    "es_MX": (["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
               "Cruz", "Flores", "Gómez"],
              ["José", "Juan", "Miguel", "Guadalupe", "Ximena", "Itzel", "Santiago", "Mateo", "Regina", "Fernanda",
               "Luis", "Sofía"]),
    "en_CA": (["Tremblay", "Gagnon", "Roy", "Smith", "Brown", "Wilson", "MacDonald", "Campbell", "Martin", "Lee",
               "Côté", "Bouchard"],
              ["Liam", "Olivia", "Noah", "Emma", "Jacob", "Charlotte", "Logan", "Amelia", "Lucas", "Chloe"]),
    "fr_CA": (["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
               "Ouellet", "Pelletier"],
              ["Léa", "Florence", "Alice", "Livia", "William", "Thomas", "Noah", "Jacob", "Félix", "Émile",
               "Zoé", "Mathis"]),
}  # fmt: skip

# Category columns (not PII) in the table's script: name-like words a careless detector takes for names.
_CATEGORIES = {
    "ja_JP": {"診療科": ["内科", "小児科", "整形外科", "皮膚科", "眼科", "耳鼻咽喉科", "外科", "産婦人科"],
              "病棟": ["東病棟", "西病棟", "北3階", "南2階", "ICU", "新館5階"],
              "保険種別": ["社保", "国保", "後期高齢", "自費"]},
    "zh_CN": {"科室": ["内科", "外科", "儿科", "妇产科", "眼科", "口腔科", "急诊科"],
              "商品类别": ["手机", "服装", "食品", "家电", "图书", "美妆"]},
    "zh_TW": {"部門": ["業務部", "人資部", "財務部", "研發部", "客服部", "行銷部"],
              "付款方式": ["現金", "信用卡", "轉帳", "街口支付"]},
    "ko_KR": {"부서": ["영업부", "인사부", "총무부", "개발팀", "마케팅팀", "고객지원팀"],
              "등급": ["일반", "실버", "골드", "VIP"]},
    "en_IN": {"Category": ["Mobiles", "Fashion", "Grocery", "Electronics", "Home", "Books"],
              "Payment Mode": ["COD", "UPI", "Credit Card", "Debit Card", "EMI", "Net Banking"]},
    "ru_RU": {"Отдел": ["Продажи", "Бухгалтерия", "Склад", "Маркетинг", "Кадры", "Логистика"],
              "Статус": ["Новый", "В работе", "Закрыт", "Отменён"]},
    "uk_UA": {"Відділ": ["Продажі", "Бухгалтерія", "Склад", "Маркетинг", "Кадри"],
              "Статус": ["Новий", "В роботі", "Закрито"]},
    "ar_SA": {"القسم": ["المبيعات", "المحاسبة", "الموارد البشرية", "التسويق", "المستودع"],
              "الحالة": ["جديد", "قيد التنفيذ", "مغلق"]},
    "th_TH": {"แผนก": ["ฝ่ายขาย", "บัญชี", "บุคคล", "การตลาด", "คลังสินค้า"],
              "สถานะ": ["ใหม่", "กำลังดำเนินการ", "เสร็จสิ้น"]},
    "pt_BR": {"Categoria": ["Eletrônicos", "Moda", "Mercado", "Livros", "Casa"],
              "Forma de Pagamento": ["Pix", "Boleto", "Cartão de Crédito", "Cartão de Débito"]},
    "es_MX": {"Departamento": ["Ventas", "Compras", "Recursos Humanos", "Contabilidad", "Almacén"],
              "Estatus": ["Activo", "Suspendido", "Cancelado"]},
    "en_CA": {"Department": ["Sales", "Finance", "Operations", "Support", "Marketing"],
              "Plan": ["Basic", "Plus", "Premium"]},
    "fr_CA": {"Service": ["Ventes", "Finances", "Opérations", "Soutien", "Marketing"],
              "Forfait": ["Base", "Plus", "Premium"]},
}  # fmt: skip

# Column names per locale and entity (shown run).
_HEADERS = {
    "ja_JP": {"name": "氏名", "kana": "氏名（カナ）", "phone": "電話番号", "address": "住所", "city": "市区町村",
              "state": "都道府県", "postcode": "郵便番号", "email": "メールアドレス", "dob": "生年月日"},
    "zh_CN": {"name": "姓名", "phone": "手机号", "address": "地址", "city": "城市", "state": "省份",
              "postcode": "邮编", "email": "电子邮箱", "dob": "出生日期"},
    "zh_TW": {"name": "姓名", "phone": "電話", "address": "地址", "city": "縣市", "postcode": "郵遞區號",
              "email": "電子郵件", "dob": "生日"},
    "ko_KR": {"name": "이름", "phone": "전화번호", "address": "주소", "city": "도시", "state": "시도",
              "postcode": "우편번호", "email": "이메일", "dob": "생년월일"},
    "en_IN": {"name": "Customer Name", "first": "First Name", "phone": "Mobile", "address": "Address",
              "city": "City", "state": "State", "postcode": "PIN Code", "email": "Email", "dob": "DOB"},
    "ru_RU": {"name": "ФИО", "first": "Имя", "last": "Фамилия", "phone": "Телефон", "address": "Адрес",
              "city": "Город", "postcode": "Индекс", "email": "Эл. почта", "dob": "Дата рождения"},
    "uk_UA": {"name": "ПІБ", "phone": "Телефон", "city": "Місто", "postcode": "Поштовий індекс",
              "email": "Електронна пошта", "dob": "Дата народження"},
    "ar_SA": {"name": "الاسم", "phone": "رقم الجوال", "city": "المدينة", "email": "البريد الإلكتروني",
              "dob": "تاريخ الميلاد"},
    "th_TH": {"name": "ชื่อ-นามสกุล", "phone": "เบอร์โทรศัพท์", "state": "จังหวัด", "postcode": "รหัสไปรษณีย์",
              "email": "อีเมล"},
    "pt_BR": {"name": "Nome Completo", "phone": "Celular", "address": "Endereço", "city": "Cidade", "state": "UF",
              "postcode": "CEP", "email": "E-mail", "dob": "Data de Nascimento", "id": "CPF"},
    "es_MX": {"name": "Nombre", "phone": "Teléfono", "city": "Municipio", "state": "Estado",
              "postcode": "Código Postal", "email": "Correo", "dob": "Fecha de Nacimiento", "id": "CURP"},
    "en_CA": {"name": "Full Name", "phone": "Phone", "address": "Street Address", "city": "City",
              "state": "Province", "postcode": "Postal Code", "email": "Email", "dob": "Date of Birth"},
    "fr_CA": {"name": "Nom complet", "phone": "Téléphone", "city": "Ville", "state": "Province",
              "postcode": "Code postal", "email": "Courriel", "dob": "Date de naissance"},
}  # fmt: skip

LABELS = {"name": ("name",), "kana": ("name",), "first": ("first_name",), "last": ("last_name",),
          "phone": ("phone_number",), "address": ("address", "street_address"), "city": ("city",),
          "state": ("state",), "postcode": ("postcode",), "email": ("email",), "dob": ("date_of_birth",),
          "id": ("national_id",)}  # fmt: skip

# Script of a locale's names (``kana`` columns: katakana).
SCRIPT = {"ja_JP": "japanese", "zh_CN": "han", "zh_TW": "han", "ko_KR": "hangul", "ru_RU": "cyrillic",
          "uk_UA": "cyrillic", "ar_SA": "arabic", "th_TH": "thai"}  # fmt: skip
_SCRIPT_RE = {
    "han": re.compile(r"^[\u3005\u4e00-\u9fff\s\u3000]+$"),
    # Japanese given names are also written in hiragana (さゆり): kanji and hiragana, no katakana.
    "japanese": re.compile(r"^[\u3005\u4e00-\u9fff\u3040-\u309f\u30f6\u30b1\s\u3000]+$"),
    "katakana": re.compile(r"^[\u30a0-\u30ff\s\u3000]+$"),
    "hangul": re.compile(r"^[\uac00-\ud7a3\s]+$"),
    "cyrillic": re.compile(r"^[\u0400-\u04ff\s\-.'\u02bc\u2019]+$"),
    "arabic": re.compile(r"^[\u0600-\u06ff\s]+$"),
    "thai": re.compile(r"^[\u0e00-\u0e7f\s]+$"),
    "latin": re.compile(r"^[A-Za-z\u00c0-\u024f\s'\-.]+$"),
}

_PHONE_LAYOUT = {  # phonenumbers format per locale: national or international
    "ja_JP": "national", "zh_CN": "plain", "zh_TW": "national", "ko_KR": "national", "en_IN": "international",
    "ru_RU": "international", "uk_UA": "international", "ar_SA": "national", "th_TH": "national",
    "pt_BR": "national", "es_MX": "international", "en_CA": "national", "fr_CA": "national",
}  # fmt: skip
_CITIES_AR = ["الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "الخبر", "تبوك", "أبها", "الطائف",
              "بريدة", "حائل", "نجران", "جازان", "ينبع"]  # fmt: skip
_OWN_CITIES = {
    "pt_BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Fortaleza", "Curitiba", "Recife",
              "Porto Alegre", "Manaus", "Goiânia", "Campinas", "Florianópolis", "Niterói", "Santos", "Londrina"],
    "es_MX": ["Guadalajara", "Monterrey", "Puebla", "Zapopan", "Tijuana", "León", "Mérida", "Querétaro",
              "Toluca", "Cancún", "Morelia", "Oaxaca de Juárez", "Hermosillo", "Culiacán", "Aguascalientes"],
    "en_CA": ["Toronto", "Vancouver", "Calgary", "Edmonton", "Ottawa", "Winnipeg", "Halifax", "Hamilton",
              "Mississauga", "Victoria", "Regina", "Saskatoon", "Kitchener", "London", "Surrey"],
    "fr_CA": ["Montréal", "Québec", "Laval", "Gatineau", "Longueuil", "Sherbrooke", "Saguenay", "Lévis",
              "Trois-Rivières", "Terrebonne", "Rimouski", "Drummondville", "Granby", "Blainville", "Repentigny"],
}  # fmt: skip
_STATES_BR = ["SP", "RJ", "MG", "BA", "RS", "PR", "PE", "CE", "PA", "SC", "GO", "DF"]


def phone(rng: np.random.Generator, locale: str) -> str:
    """A valid mobile (70 %) or fixed-line number of the locale's country, in its usual layout."""
    region = REGION[locale]
    kind = phonenumbers.PhoneNumberType.MOBILE if rng.random() < 0.7 else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(200):
        keep = 2 if len(nsn) > 8 else 1
        cand = nsn[:keep] + "".join(str(d) for d in rng.integers(0, 10, len(nsn) - keep))
        number = phonenumbers.parse("+" + str(example.country_code) + cand)
        if phonenumbers.is_valid_number_for_region(number, region):
            break
    else:
        number = example
    layout = _PHONE_LAYOUT[locale]
    if layout == "plain":
        return phonenumbers.national_significant_number(number)
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if layout == "international" else (
        phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, fmt)


def _cpf(rng: np.random.Generator) -> str:
    d = [int(x) for x in rng.integers(0, 10, 9)]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1), strict=False)) % 11
        d.append(0 if s < 2 else 11 - s)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
_MX_STATES = ["AS", "BC", "CH", "DF", "JC", "NL", "PL", "VZ", "YN", "MC", "GT", "SP"]


def _curp(rng: np.random.Generator) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    vowels = "AEIOU"
    consonants = "BCDFGHJKLMNPQRSTVWXYZ"
    year = int(rng.integers(1950, 2005))
    body = (letters[rng.integers(0, 26)] + vowels[rng.integers(0, 5)] + letters[rng.integers(0, 26)]
            + letters[rng.integers(0, 26)] + f"{year % 100:02d}{rng.integers(1, 13):02d}{rng.integers(1, 29):02d}"
            + "HM"[rng.integers(0, 2)] + _MX_STATES[rng.integers(0, len(_MX_STATES))]
            + "".join(consonants[i] for i in rng.integers(0, len(consonants), 3))
            + ("0" if year < 2000 else "A"))  # fmt: skip
    total = sum(_CURP_CHARS.index(c) * (18 - i) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _postcode(rng: np.random.Generator, locale: str, fake: Faker) -> str:
    d = lambda n: "".join(str(x) for x in rng.integers(0, 10, n))  # noqa: E731
    if locale == "ja_JP":
        return f"〒{rng.integers(100, 1000)}-{d(4)}" if rng.random() < 0.6 else f"{rng.integers(100, 1000)}-{d(4)}"
    if locale in ("zh_CN", "ru_RU", "en_IN"):
        return f"{rng.integers(1, 10)}{d(5)}"
    if locale == "zh_TW":
        return f"{rng.integers(100, 990)}"
    if locale == "pt_BR":
        return f"{rng.integers(10000, 99999):05d}-{d(3)}"
    if locale in ("en_CA", "fr_CA"):
        code = fake.postcode()
        return code if rng.random() < 0.7 else code.replace(" ", "")
    return f"{rng.integers(10000, 99999):05d}"


def _name(rng: np.random.Generator, fake: Faker, locale: str, kana: bool = False) -> str:
    own = _OWN_NAMES["ja_kana" if kana else locale]
    if kana:
        if rng.random() < 0.5:
            return f"{fake.last_kana_name()} {fake.first_kana_name()}"
        return f"{own[0][rng.integers(0, len(own[0]))]} {own[1][rng.integers(0, len(own[1]))]}"
    if rng.random() < 0.5:
        if locale in ("ru_RU",):
            return f"{fake.last_name()} {fake.first_name()}"
        return fake.name() if locale not in ("ar_SA",) else f"{fake.first_name()} {fake.last_name()}"
    last, first = own[0][rng.integers(0, len(own[0]))], own[1][rng.integers(0, len(own[1]))]
    if locale in ("ja_JP",):
        return f"{last} {first}" if rng.random() < 0.5 else last + first
    if locale in ("zh_CN", "zh_TW", "ko_KR"):
        return last + first
    if locale in ("ru_RU", "uk_UA"):
        return f"{last} {first}"
    return f"{first} {last}"


def _city(rng: np.random.Generator, fake: Faker, locale: str) -> str:
    if locale == "ar_SA":
        return _CITIES_AR[rng.integers(0, len(_CITIES_AR))]
    if locale in _OWN_CITIES and rng.random() < 0.7:
        return _OWN_CITIES[locale][rng.integers(0, len(_OWN_CITIES[locale]))]
    if locale == "ru_RU":
        return re.sub(r"^(г|с|п|д|клх|ст|пос)\.?\s+", "", fake.city()).split(" (")[0]
    if locale == "uk_UA":
        return fake.city().split()[-1]
    return fake.city()


def _state(rng: np.random.Generator, fake: Faker, locale: str) -> str:
    if locale == "pt_BR":
        return _STATES_BR[rng.integers(0, len(_STATES_BR))]
    return fake.administrative_unit()


def _address(fake: Faker, locale: str) -> str:
    return fake.address().replace("\n", ", ")


def _dob(rng: np.random.Generator, locale: str) -> str:
    y, m, d = int(rng.integers(1940, 2006)), int(rng.integers(1, 13)), int(rng.integers(1, 29))
    if locale in ("ja_JP", "zh_CN", "zh_TW", "ko_KR"):
        return f"{y}-{m:02d}-{d:02d}" if rng.random() < 0.5 else f"{y}/{m:02d}/{d:02d}"
    if locale in ("ru_RU", "uk_UA"):
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


def script_table(locale: str, seed: int, n: int = 300) -> tuple[pd.DataFrame, dict, dict]:
    """(table, column -> accepted entities or None, name column -> script of its values)."""
    rng = np.random.default_rng(seed)
    fake = Faker(locale)
    fake.seed_instance(seed)
    heads = _HEADERS[locale]
    # Repeated persons: each person appears ~2 times (a frequent patient or customer).
    n_people = n // 2
    gens: dict[str, Callable[[], str]] = {
        "name": lambda: _name(rng, fake, locale),
        "kana": lambda: _name(rng, fake, locale, kana=True),
        "first": lambda: _OWN_NAMES[locale][1][rng.integers(0, len(_OWN_NAMES[locale][1]))]
        if rng.random() < 0.5 else fake.first_name(),
        "last": lambda: _OWN_NAMES[locale][0][rng.integers(0, len(_OWN_NAMES[locale][0]))]
        if rng.random() < 0.5 else fake.last_name(),
        "phone": lambda: phone(rng, locale),
        "address": lambda: _address(fake, locale),
        "city": lambda: _city(rng, fake, locale),
        "state": lambda: _state(rng, fake, locale),
        "postcode": lambda: _postcode(rng, locale, fake),
        "email": lambda: fake.email(),
        "dob": lambda: _dob(rng, locale),
        "id": lambda: _cpf(rng) if locale == "pt_BR" else _curp(rng),
    }  # fmt: skip
    people = [{heads[k]: gens[k]() for k in heads} for _ in range(n_people)]
    rows = []
    cats = _CATEGORIES[locale]
    for i in range(n):
        row = dict(people[int(rng.integers(0, n_people))] if i >= n_people else people[i])
        for column, levels in cats.items():
            row[column] = levels[int(rng.integers(0, len(levels)))]
        row["amount"] = f"{rng.lognormal(7, 1):.2f}"
        rows.append(row)
    df = pd.DataFrame(rows)
    labels: dict[str, tuple[str, ...] | None] = {heads[k]: LABELS[k] for k in heads}
    labels.update({c: None for c in (*cats, "amount")})
    scripts = {}
    for key in ("name", "kana", "first", "last"):
        if key in heads:
            scripts[heads[key]] = "katakana" if key == "kana" else SCRIPT.get(locale, "latin")
    return df, labels, scripts


def script_of(value: str, script: str) -> bool:
    """``value`` is written only in ``script`` (spaces allowed)."""
    return bool(_SCRIPT_RE[script].match(value))
