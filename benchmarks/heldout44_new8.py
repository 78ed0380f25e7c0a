"""Held-out set 44: people, addresses, ids, phones and e-mails of the eight locales no set used (eight languages no
set used, each in a country whose phones other sets used in another language), written from the places' own customs
(none of these names or streets is taken from Faker).

- wo_SN (Wolof, Senegal): ``Awa Diop``, ``Moussa Ndiaye``, ``Cheikh Tidiane Fall`` (clan surnames: Diop, Ndiaye,
  Fall, Sène, Mbaye, Gueye, Faye, Sarr); Dakar's estates and units (``Sicap Liberté 2, Villa n° 1234``, ``Parcelles
  Assainies Unité 15, n° 234``), crossings (``Rue 10 x Bd de la Gueule Tapée``), ``Cité Keur Gorgui, Villa 45``,
  landmarks (``en face de la pharmacie Mame Diarra``), ``BP 5123``; no postcode in use; the 13-digit CNI number
  (first digit 1 for men, 2 for women); +221 ``33 8xx`` lines and ``70``/``76``/``77``/``78`` mobiles.
- qu_PE (Quechua, Peru): ``Wayra Quispe Mamani``, ``Sisa Huamán Condori``, ``Florencio Ccahuana Huillca`` (a given
  name and two surnames, the father's and the mother's); Cusco's ``Av. de la Cultura 1420``, ``Jr. Ayacucho 234``,
  ``Calle Saphy 640``, housing associations (``Asoc. Viv. Santa Rosa Mz. B Lt. 7``), peasant communities
  (``Comunidad Campesina de Chinchero``); Peruvian postcodes (``08001 Cusco``, ``05001 Ayacucho``, ``21001 Puno``);
  the 8-digit DNI; +51 ``84`` lines and ``9`` mobiles.
- gn_PY (Guarani, Paraguay): Guarani and Spanish given names with Spanish surnames (``Arami Benítez``, ``Yvoty
  Cáceres``, ``Kuarahy Villalba``); Asunción's streets with the crossing (``Tte. Fariña 1230 c/ Brasil``, ``Mcal.
  López 3456 e/ Cruz del Chaco``), barrios, rural ``compañías`` (``Compañía Potrero Guaraní``); Paraguayan postcodes
  (``001101``); the cédula (6-7 digits, often with dots: ``4.512.778``); +595 ``21`` lines and ``9x`` mobiles.
- ug_CN (Uyghur, China): names in the Uyghur Arabic script, given name and the father's given name (patronymic),
  with the Latin (ULY) second script (``Abdurehim Ehmet``, ``Gulnar Tursun``); addresses in Chinese as exports of
  the region write them (``解放南路123号``, ``乌鲁木齐市天山区``, ``830000``); the 18-digit resident id with its
  check digit; +86 ``991``/``998`` lines and ``13x``/``15x``/``18x`` mobiles.
- bo_CN (Tibetan, China): names in the Tibetan script, two given names and no surname (``བཀྲ་ཤིས་རྡོ་རྗེ`` Tashi
  Dorje), the romanised second script; Lhasa's and Shigatse's addresses in Chinese (``北京中路45号``,
  ``拉萨市城关区``, ``850000``); the resident id; +86 ``891``/``892`` lines and mobiles.
- om_ET (Oromo, Ethiopia): ``Chaltu Gemechu``, ``Abdi Tolosa Boru`` (given name, the father's and now and then the
  grandfather's given names); Adama, Jimma, Ambo, Shashemene: ``Ganda 04, Kebele 09, Mana 512``, ``Daandii Finfinnee
  45`` (a road), landmarks (``near Franco Hotel``), ``P.O. Box 1234``; no postcode in use; the 12-digit Fayda number;
  +251 ``22``/``47``/``11`` lines and ``9``/``7`` mobiles.
- ti_ER (Tigrinya, Eritrea): names in Ge'ez script, given name and the father's (``ሰምሃር ተስፋይ``), the romanised
  second script; Mendefera, Keren, Adi Keyh, Dekemhare, Barentu (``Kebabi 03, House 112``, ``Adi Quala Road 18``),
  landmarks, ``P.O. Box``; no postcode; no id number in common use; +291 ``1`` lines and ``7`` mobiles.
- fj_FJ (iTaukei Fijian, Fiji): ``Litia Naivalu``, ``Josaia Vunibola``, chiefly titles in cells (``Ratu``, ``Adi``,
  ``Ro``); ``Lot 12 Ratu Sukuna Road``, ``23 Vitogo Parade``, villages (``Nadonumai Village``: never a street in a
  note); no postcode; no id; +679 ``3``/``6`` lines and ``7``/``9``/``8`` mobiles.
"""

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers
from stdnum.cn import ric

NEW8_44 = ("wo_SN", "qu_PE", "gn_PY", "ug_CN", "bo_CN", "om_ET", "ti_ER", "fj_FJ")
LANG44 = {x: x.split("_")[0] for x in NEW8_44}
NOT_LATIN = ("ug_CN", "bo_CN", "ti_ER")
STREET_WORDS = frozenset({"rue", "villa", "unité", "cité", "av.", "avenida", "jr.", "calle", "asoc.", "mz.", "lt.",
                          "tte.", "mcal.", "路", "街", "号", "ganda", "kebele", "mana", "daandii", "kebabi", "house",
                          "road", "lot", "parade", "street", "bd", "c/", "e/"})  # fmt: skip

_NAMES = {
    "wo_SN": (("Awa", "Fatou", "Aminata", "Khady", "Ndeye Coumba", "Mariama", "Sokhna", "Astou", "Rokhaya", "Binta"),
              ("Moussa", "Cheikh Tidiane", "Mamadou", "Ousmane", "Babacar", "Abdoulaye", "Modou", "Serigne", "Ibrahima",
               "Pape"),
              ("Diop", "Ndiaye", "Fall", "Sène", "Mbaye", "Gueye", "Faye", "Sarr", "Ndour", "Thiam", "Seck", "Diouf")),
    "qu_PE": (("Wayra", "Sisa", "Killa", "Nina", "Juana", "Rosa", "Yupanki", "Kusi", "Paulina", "Saturnina"),
              ("Inti", "Amaru", "Florencio", "Teófilo", "Yawar", "Mayta", "Celestino", "Hilario", "Wiraqocha"),
              ("Quispe", "Mamani", "Huamán", "Condori", "Ccahuana", "Huillca", "Cusihuamán", "Ttito", "Apaza",
               "Chambi", "Yupanqui", "Puma")),
    "gn_PY": (("Arami", "Yvoty", "Jasy", "Ñasaindy", "Porã", "Mirna", "Liz", "Ramona", "Araceli"),
              ("Kuarahy", "Tupã", "Arandu", "Ñamandu", "Ramón", "Derlis", "Osvaldo", "Aníbal", "Nery"),
              ("Benítez", "Giménez", "Ortiz", "Cáceres", "Villalba", "Aquino", "Ayala", "Cabañas", "Samaniego",
               "Acosta", "Ojeda", "Riquelme")),
    "om_ET": (("Chaltu", "Lensa", "Ayantu", "Bontu", "Hawi", "Obsiie", "Gadise", "Caaltuu", "Tigist", "Meseret"),
              ("Gemechu", "Tolosa", "Lemma", "Fayyisa", "Abdi", "Boru", "Gutu", "Dhaba", "Jaarsoo", "Tadesse",
               "Kebede", "Bekele"),
              ()),
    "fj_FJ": (("Litia", "Mereoni", "Salote", "Asenaca", "Losana", "Vasemaca", "Unaisi", "Ana", "Akanisi"),
              ("Josaia", "Semisi", "Tevita", "Sevanaia", "Isikeli", "Waisale", "Apisai", "Viliame", "Jone", "Epeli"),
              ("Naivalu", "Vunibola", "Ravouvou", "Nacola", "Delana", "Koroi", "Tabua", "Rokotuiloma", "Waqanivalu",
               "Baravilala", "Tuisawau", "Matanitobua")),
}  # fmt: skip
# Not-Latin names: (script form, romanised) per (women, men); the father's name is a man's given name.
_UG_WOMEN = (("گۈلنار", "Gulnar"), ("مېھرىگۈل", "Mehrigul"), ("ئايگۈل", "Aygul"), ("زۇلپىيە", "Zulpiye"),
             ("پاتىگۈل", "Patigul"), ("ئاينۇر", "Aynur"), ("رەيھان", "Reyhan"))  # fmt: skip
_UG_MEN = (("ئابدۇرېھىم", "Abdurehim"), ("ئەھمەت", "Ehmet"), ("تۇرسۇن", "Tursun"), ("مەمەت", "Memet"),
           ("ئىمىن", "Imin"), ("قاسىم", "Qasim"), ("ياسىن", "Yasin"), ("نۇرمەمەت", "Nurmemet"), ("ئوسمان", "Osman"))
_BO_WOMEN = (("སྒྲོལ་མ", "Dolma"), ("ལྷ་མོ", "Lhamo"), ("དབྱངས་ཅན", "Yangchen"), ("ཆོས་སྒྲོན", "Chodron"),
             ("དཔལ་མོ", "Palmo"), ("ཚེ་རིང", "Tsering"), ("པད་མ", "Pema"))  # fmt: skip
_BO_MEN = (("བཀྲ་ཤིས", "Tashi"), ("རྡོ་རྗེ", "Dorje"), ("བསོད་ནམས", "Sonam"), ("ནོར་བུ", "Norbu"), ("བསྟན་འཛིན", "Tenzin"),
           ("ཉི་མ", "Nyima"), ("དབང་ཕྱུག", "Wangchuk"), ("འཇིགས་མེད", "Jigme"), ("ཀུན་དགའ", "Kunga"))  # fmt: skip
_TI_WOMEN = (("ሰምሃር", "Semhar"), ("ሉዋም", "Luwam"), ("ሳባ", "Saba"), ("ዊንታ", "Winta"), ("ሩታ", "Ruta"),
             ("ፍረወይኒ", "Freweini"), ("ኤልሳ", "Elsa"))  # fmt: skip
_TI_MEN = (("ዮናስ", "Yonas"), ("ተስፋይ", "Tesfay"), ("ዳኒኤል", "Daniel"), ("ፍሊሞን", "Filmon"), ("ሙሴ", "Mussie"),
           ("ሃብቶም", "Habtom"), ("ኣማኑኤል", "Amanuel"), ("በርሀ", "Berhe"), ("ኪዳነ", "Kidane"), ("ተኽለ", "Tekle"),
           ("ሃይለ", "Haile"))  # fmt: skip

_MAIL = {
    "wo_SN": ("gmail.com", "orange.sn", "yahoo.fr"), "qu_PE": ("gmail.com", "hotmail.com", "yahoo.es"),
    "gn_PY": ("gmail.com", "tigo.com.py", "hotmail.com"), "ug_CN": ("163.com", "qq.com", "126.com"),
    "bo_CN": ("qq.com", "163.com", "sina.com"), "om_ET": ("gmail.com", "yahoo.com", "ethionet.et"),
    "ti_ER": ("gmail.com", "tse.com.er"), "fj_FJ": ("gmail.com", "connect.com.fj", "yahoo.com"),
}  # fmt: skip
_PLANS = {
    "wo_SN": (("338xxxxxx", "339xxxxxx"), ("77xxxxxxx", "78xxxxxxx", "76xxxxxxx", "70xxxxxxx")),
    "qu_PE": (("84xxxxxx", "66xxxxxx", "51xxxxxx"), ("9xxxxxxxx",)),
    "gn_PY": (("21xxxxxx", "21xxxxxxx"), ("981xxxxxx", "971xxxxxx", "961xxxxxx", "991xxxxxx")),
    "ug_CN": (("991xxxxxxx", "998xxxxxxx"), ("13xxxxxxxxx", "15xxxxxxxxx", "18xxxxxxxxx")),
    "bo_CN": (("891xxxxxxx", "892xxxxxxx"), ("13xxxxxxxxx", "18xxxxxxxxx", "17xxxxxxxxx")),
    "om_ET": (("221xxxxxx", "471xxxxxx", "112xxxxxx"), ("91xxxxxxx", "92xxxxxxx", "70xxxxxxx")),
    "ti_ER": (("161xxxx", "140xxxx", "112xxxx"), ("7xxxxxx",)),
    "fj_FJ": (("33xxxxx", "66xxxxx"), ("7xxxxxx", "9xxxxxx", "8xxxxxx")),
}
_CC = {"SN": 221, "PE": 51, "PY": 595, "CN": 86, "ET": 251, "ER": 291, "FJ": 679}


def region(locale: str) -> str:
    """The phone country of a new locale: the part after ``_``."""
    return locale.split("_")[1]


def number(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    """A number of the locale's plan, valid for its region by ``phonenumbers``."""
    reg = region(locale)
    pats = _PLANS[locale][1 if mobile else 0]
    for _ in range(400):
        digits = "".join(str(rng.randint(0, 9)) if c == "x" else c for c in rng.choice(pats))
        num = phonenumbers.parse(f"+{_CC[reg]}{digits}")
        if phonenumbers.is_valid_number(num) and phonenumbers.is_valid_number_for_region(num, reg):
            return num
    raise ValueError(locale)


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street, postcode, town) as people of the place write them."""
    r = rng.randint
    if locale == "wo_SN":
        town = rng.choice(("Dakar", "Dakar", "Dakar", "Thiès", "Saint-Louis", "Kaolack", "Rufisque", "Ziguinchor"))
        kind = rng.random()
        if kind < 0.08:
            return f"BP {r(100, 9999)}", "", town
        if kind < 0.2:
            return rng.choice(("en face de la pharmacie Mame Diarra", "derrière la mosquée Massalikoul",
                               "près du marché Tilène")), "", town  # fmt: skip
        if town != "Dakar":
            return f"Quartier {rng.choice(('Escale', 'Randoulène', 'Sor', 'Médina', 'Keur Massar'))}, " \
                   f"n° {r(1, 900)}", "", town  # fmt: skip
        return rng.choice((f"Sicap Liberté {r(1, 6)}, Villa n° {r(1000, 9999)}",
                           f"Parcelles Assainies Unité {r(1, 26)}, n° {r(1, 500)}",
                           f"Rue {r(1, 30)} x Bd de la Gueule Tapée", f"Cité Keur Gorgui, Villa {r(1, 120)}",
                           f"{r(1, 90)} Avenue Cheikh Anta Diop")), "", town  # fmt: skip
    if locale == "qu_PE":
        town, pc = rng.choice((("Cusco", "08001"), ("Cusco", "08002"), ("Cusco", "08003"), ("Ayacucho", "05001"),
                               ("Puno", "21001"), ("Abancay", "03001"), ("Huancavelica", "09001")))  # fmt: skip
        kind = rng.random()
        if kind < 0.12:
            return rng.choice(("Comunidad Campesina de Chinchero", "Comunidad Campesina de Ccorca",
                               "Anexo Huayllapampa")), "", town  # fmt: skip
        if kind < 0.35:
            return f"Asoc. Viv. {rng.choice(('Santa Rosa', 'Los Incas', 'Tupac Amaru'))} Mz. " \
                   f"{rng.choice('ABCDEFGH')} Lt. {r(1, 30)}", pc, town  # fmt: skip
        road = rng.choice(("Av. de la Cultura", "Jr. Ayacucho", "Calle Saphy", "Av. Tullumayo", "Calle Choquechaca",
                           "Jr. Lima", "Av. Garcilaso"))  # fmt: skip
        return f"{road} {r(10, 1900)}", pc, town
    if locale == "gn_PY":
        town, pc = rng.choice((("Asunción", "001101"), ("Asunción", "001408"), ("Luque", "110101"),
                               ("San Lorenzo", "111101"), ("Caaguazú", "050101"), ("Encarnación", "070101")))  # fmt: skip  # noqa: E501
        kind = rng.random()
        if kind < 0.12:
            return f"Compañía {rng.choice(('Potrero Guaraní', 'Isla Valle', 'Costa Pucú'))}", "", town
        road = rng.choice(("Tte. Fariña", "Mcal. López", "Eusebio Ayala", "Avda. España", "Cerro Corá", "Azara"))
        cross = rng.choice(("Brasil", "Cruz del Chaco", "EE.UU.", "Tacuarí", "Perú", "Kubitschek"))
        return f"{road} {r(100, 4999)} {rng.choice(('c/', 'e/'))} {cross}", pc, town
    if locale == "ug_CN":
        town, pc = rng.choice((("乌鲁木齐市天山区", "830002"), ("乌鲁木齐市沙依巴克区", "830000"), ("喀什市", "844000"),
                               ("和田市", "848000"), ("伊宁市", "835000"), ("吐鲁番市", "838000")))  # fmt: skip
        road = rng.choice(("解放南路", "人民东路", "新华北路", "友好北路", "团结路", "色满路", "艾提尕尔路"))
        return f"{road}{r(1, 400)}号", pc, town
    if locale == "bo_CN":
        town, pc = rng.choice((("拉萨市城关区", "850000"), ("拉萨市城关区", "850000"), ("日喀则市桑珠孜区", "857000"),
                               ("林芝市巴宜区", "860000"), ("昌都市卡若区", "854000")))  # fmt: skip
        road = rng.choice(("北京中路", "北京东路", "林廓北路", "江苏路", "金珠西路", "德吉路", "上海中路"))
        return f"{road}{r(1, 300)}号", pc, town
    if locale == "om_ET":
        town = rng.choice(("Adama", "Adama", "Jimma", "Ambo", "Shashemene", "Bishoftu", "Nekemte"))
        kind = rng.random()
        if kind < 0.08:
            return f"P.O. Box {r(10, 9999)}", "", town
        if kind < 0.25:
            return rng.choice(("near Franco Hotel", "opposite the bus station", "behind Abba Jifar palace road")), "", town  # noqa: E501
        if kind < 0.55:
            return f"Daandii {rng.choice(('Finfinnee', 'Asallaa', 'Jimmaa', 'Harar'))} {r(1, 300)}", "", town
        return f"Ganda {r(1, 19):02d}, Kebele {r(1, 20):02d}, Mana {r(1, 2000)}", "", town
    if locale == "ti_ER":
        town = rng.choice(("Mendefera", "Keren", "Adi Keyh", "Dekemhare", "Barentu", "Adi Quala"))
        kind = rng.random()
        if kind < 0.1:
            return f"P.O. Box {r(10, 999)}", "", town
        if kind < 0.3:
            return rng.choice(("near the Orthodox church", "behind the market", "opposite the petrol station")), "", town  # noqa: E501
        if kind < 0.6:
            return f"{rng.choice(('Adi Quala Road', 'Asmara Road', 'Segeneiti Road', 'Hagaz Road'))} {r(1, 90)}", "", town  # noqa: E501
        return f"Kebabi {r(1, 9):02d}, House {r(1, 400)}", "", town
    if locale == "fj_FJ":
        town = rng.choice(("Suva", "Suva", "Lautoka", "Nadi", "Nausori", "Labasa", "Lami"))
        if rng.random() < 0.15:
            return f"{rng.choice(('Nadonumai', 'Naivicula', 'Namara', 'Navua'))} Village", "", town
        road = {"Suva": ("Ratu Sukuna Road", "Waimanu Road", "Toorak Road"), "Lautoka": ("Vitogo Parade", "Drasa Avenue"),  # noqa: E501
                "Nadi": ("Namaka Lane", "Queens Road"), "Nausori": ("Kings Road", "Rewa Street"),
                "Labasa": ("Nasekula Road", "Naseakula Street"), "Lami": ("Queens Road", "Wailekutu Road")}[town]
        return (f"Lot {r(1, 90)} {rng.choice(road)}" if rng.random() < 0.5 else f"{r(1, 200)} {rng.choice(road)}"), "", town  # noqa: E501
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """The address in one cell, in the place's order."""
    if locale in ("ug_CN", "bo_CN"):
        return f"{town}{street} {postcode}"
    if locale in ("qu_PE", "gn_PY"):
        return f"{street}, {town}" + (f" {postcode}" if postcode else "")
    return f"{street}, {town}"


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


_AREAS = {"ug_CN": ("650102", "650103", "653101", "653201", "654002", "650402"),
          "bo_CN": ("540102", "540202", "540402", "540302")}  # fmt: skip
_OLD_AREAS = {"ug_CN": ("653101", "650100"), "bo_CN": ("540100", "540121", "540122")}


def _ric(locale: str, dob: dt.date, female: bool, rng: random.Random) -> str:
    """A Chinese resident id for the birth date (checked by ``stdnum``)."""
    seq = rng.randint(0, 99) * 10 + rng.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
    areas = list(_AREAS[locale])
    rng.shuffle(areas)
    for area in (*areas, *_OLD_AREAS[locale]):  # a county code in use in the birth year
        base = f"{area}{dob:%Y%m%d}{seq:03d}"
        full = base + ric.calc_check_digit(base + "0")
        try:
            ric.validate(full)
        except Exception:
            continue
        return full
    raise ValueError(locale)


def _nid(locale: str, dob: dt.date, female: bool, rng: random.Random) -> str | None:
    if locale == "wo_SN":
        return ("2" if female else "1") + "".join(str(rng.randint(0, 9)) for _ in range(12))
    if locale == "qu_PE":
        return f"{rng.randint(10000000, 79999999)}"
    if locale == "gn_PY":
        return f"{rng.randint(800000, 6999999):,}".replace(",", ".") if rng.random() < 0.6 else \
            str(rng.randint(800000, 6999999))  # fmt: skip
    if locale in ("ug_CN", "bo_CN"):
        return _ric(locale, dob, female, rng)
    if locale == "om_ET":
        return "".join(str(rng.randint(0, 9)) for _ in range(12))
    return None


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 43's people (``alt``: the romanised name of a
    not-Latin one)."""
    female = rng.random() < 0.5
    alt = None
    script = ""
    if locale in NOT_LATIN:
        women, men = {"ug_CN": (_UG_WOMEN, _UG_MEN), "bo_CN": (_BO_WOMEN, _BO_MEN),
                      "ti_ER": (_TI_WOMEN, _TI_MEN)}[locale]  # fmt: skip
        first, first_r = rng.choice(women if female else men)
        last, last_r = rng.choice(men if locale != "bo_CN" else women + men)
        while last == first:
            last, last_r = rng.choice(men)
        full = f"{first}་{last}" if locale == "bo_CN" else f"{first} {last}"
        alt = f"{first_r} {last_r}"
        mail_local = f"{_ascii(first_r)}{rng.choice(('.', '_', ''))}{_ascii(last_r)}{rng.randint(1, 999)}"
        script = {"ug_CN": "Arab", "bo_CN": "Tibt", "ti_ER": "Ethi"}[locale]
    else:
        women, men, surnames = _NAMES[locale]
        first = rng.choice(women if female else men)
        if locale == "om_ET":  # the father's name, now and then the grandfather's too
            last = rng.choice(men)
            while last == first:
                last = rng.choice(men)
            if rng.random() < 0.25:
                last = f"{last} {rng.choice([m for m in men if m != last])}"
        elif locale == "qu_PE":
            a, b = rng.sample(surnames, 2)
            last = f"{a} {b}"
        else:
            last = rng.choice(surnames)
        full = f"{first} {last}"
        mail_local = f"{_ascii(first.split()[0])}{rng.choice(('.', '_', ''))}{_ascii(last.split()[0])}"
        mail_local += rng.choice(("", str(rng.randint(1, 99))))
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    street, postcode, town = place(locale, rng)
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town), nid=_nid(locale, dob, female, rng), iban=None,
        locale=locale, script=script, alt=alt,
    )  # fmt: skip
