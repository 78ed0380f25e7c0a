"""Held-out set 45: people, addresses, ids, phones and e-mails of the eight locales no set used (eight languages no
set used, each in a country whose phones other sets used in another language), written from the places' own customs
(none of these names or streets is taken from Faker).

- ay_BO (Aymara, Bolivia): ``Wara Choque Limachi``, ``Severo Ticona Huanca`` (a given name and two surnames);
  El Alto's and La Paz's streets with ``N°`` (``Calle Tiwanaku N° 1245``, ``Av. Juan Pablo II N° 2300``) and the
  zone in the whole address (``Zona 16 de Julio``), rural communities (``Comunidad Jancohaqui``: never a street in a
  note); no postcode in use; the cédula de identidad with its department (``4876543 LP``); +591 ``2 2xx`` lines and
  ``6``/``7`` mobiles.
- mg_MG (Malagasy, Madagascar): the family name first as documents write it (``Rakotoarisoa Hery``,
  ``Randriamampionona Voahangy``); Antananarivo's lots (``Lot IVG 204 Antanimena``) and streets (``14 rue
  Ratsimilaho``); the three-digit postcodes (``101 Antananarivo``, ``501 Toamasina``); the 12-digit CIN (its sixth
  digit 1 for men, 2 for women); +261 ``20 22`` lines and ``32``/``33``/``34``/``38`` mobiles.
- sd_PK (Sindhi in its Arabic script, Pakistan): a given name and the clan or caste name (``علي محمد سومرو`` Ali
  Muhammad Soomro, ``مارئي ڀٽو`` Marvi Bhutto), the romanised second script; addresses in English as Sindh's exports
  write them (``House No. 45, Jail Road``, ``Plot 12, Qasimabad Phase 2``, landmarks), the five-digit postcodes
  (``71000 Hyderabad``, ``77150 Larkana``); the CNIC (``41303-1234567-1``, Sindh's first digit 4, the last odd for
  men and even for women); +92 ``22``/``74``/``71`` lines and ``03xx`` mobiles.
- ckb_IQ (Central Kurdish, Sorani in its Arabic script, Iraq): a given name, the father's and now and then the
  grandfather's given names (``ژیلا ئازاد`` Zhila Azad), the romanised second script; Erbil's, Sulaymaniyah's and
  Duhok's quarters with a street number and a house (``Bakhtiyari, Street 31, House 12``) and the ring roads named by
  their width (``House 7, 100 Meter Street``); Iraqi postcodes (``44001``); the 12-digit national card number; +964
  ``66``/``53`` lines and ``750``/``751``/``770``/``780`` mobiles.
- ln_CD (Lingala, DR Congo): the prénom, the nom and the postnom (``Patrice Mbala Ekofo``, ``Bijou Ilunga
  Kasongo``); Kinshasa's ``Avenue Kasa-Vubu n° 45`` with the quartier and the commune in the whole address (``Q/
  Matonge, C/ Kalamu``); no postcode; no national id in use; +243 ``81``/``82``/``84``/``85``/``89``/``97``/``99``
  mobiles (the few fixed lines as mobiles).
- ny_MW (Chichewa, Malawi): ``Chikondi Banda``, ``Mphatso Phiri``; roads named after people (``Plot 23,
  Chilembwe Road``, ``Kamuzu Procession Road``), Lilongwe's area plots (``Area 47, Plot 112``: never a street in a
  note), ``P.O. Box``; no postcode; the 8-character national id (letters and digits); +265 ``1`` lines and
  ``88``/``99`` mobiles.
- gil_KI (Gilbertese, Kiribati): the given name and the father's given name as the surname (``Tekarei Bauro``,
  ``Teburoro Tetaua``), ``Nei`` before a woman's name in cells; South Tarawa's villages, landmarks (``near the
  Bairiki maneaba``) and ``P.O. Box`` (no street in a note); no postcode; no id; +686 lines and ``7x`` mobiles.
- tet_TL (Tetum, Timor-Leste): Portuguese names with one or two surnames (``Filomena da Costa Soares``, ``Mateus
  Ximenes``); Dili's ``Rua de Balide``, ``Avenida Presidente Nicolau Lobato n.º 12`` (often with no number), the
  aldeia and suco (``Aldeia Becusi Centro, Suco Becora``: never a street in a note); no postcode; no id; +670 ``3``
  lines and ``77``/``78`` mobiles.
"""

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers

NEW8_45 = ("ay_BO", "mg_MG", "sd_PK", "ckb_IQ", "ln_CD", "ny_MW", "gil_KI", "tet_TL")
LANG45 = {x: x.split("_")[0] for x in NEW8_45}
NOT_LATIN = ("sd_PK", "ckb_IQ")
STREET_WORDS = frozenset({"calle", "av.", "avenida", "n°", "zona", "lot", "rue", "house", "no.", "road", "plot",
                          "street", "meter", "avenue", "rua", "n.º", "q/", "c/", "highway", "way", "phase", "block"})  # fmt: skip  # noqa: E501

_NAMES = {
    "ay_BO": (("Wara", "Nayra", "Sabina", "Jacinta", "Basilia", "Eulogia", "Lourdes", "Inés", "Fidelia", "Justina"),
              ("Gualberto", "Severo", "Fermín", "Wilber", "Lucio", "Nicanor", "Saturnino", "Hilarión", "Eusebio"),
              ("Choque", "Chura", "Limachi", "Ticona", "Huanca", "Apaza", "Laura", "Copa", "Poma", "Callisaya",
               "Alanoca", "Huarachi", "Titirico", "Mamani")),
    "mg_MG": (("Voahangy", "Lalao", "Hanitra", "Fanja", "Nirina", "Tiana", "Mialy", "Hasina", "Noro"),
              ("Hery", "Andry", "Rivo", "Tojo", "Haja", "Fidy", "Mamy", "Njaka", "Tahina", "Solofo"),
              ("Rakotoarisoa", "Randriamampionona", "Rasoanaivo", "Andrianarivelo", "Razafindrakoto", "Rabemananjara",
               "Ravelojaona", "Ramanantsoa", "Rakotomalala", "Andriamihaja", "Razanamparany")),
    "ln_CD": (("Chantal", "Bijou", "Esther", "Mamie", "Rachel", "Gloire", "Merveille", "Grâce", "Nathalie"),
              ("Patrice", "Fiston", "Héritier", "Dieudonné", "Trésor", "Jean-Pierre", "Papy", "Serge", "Blaise"),
              ("Mbala", "Ilunga", "Kasongo", "Mbuyi", "Kabasele", "Lukusa", "Nkulu", "Mukendi", "Tshibangu", "Mputu",
               "Lokwa", "Bolamba", "Ekofo", "Bokele", "Ngalula")),
    "ny_MW": (("Chikondi", "Tiwonge", "Chisomo", "Takondwa", "Tamanda", "Thandiwe", "Mwayi", "Towera", "Alinafe"),
              ("Mphatso", "Madalitso", "Kondwani", "Yamikani", "Limbani", "Dalitso", "Blessings", "Chimwemwe"),
              ("Banda", "Phiri", "Mwale", "Chirwa", "Kamanga", "Mbewe", "Nyirenda", "Gondwe", "Kumwenda", "Chisale",
               "Msiska", "Kachingwe")),
    "gil_KI": (("Tekarei", "Rereao", "Teretia", "Tiiroa", "Nabuti", "Taatiri", "Bwebwe", "Kaotitaake", "Meeri"),
               ("Teburoro", "Taneti", "Tebao", "Iotebwa", "Kaburoro", "Tetaua", "Bauro", "Kireua", "Tinian",
                "Ioane", "Rimon"),
               ()),
    "tet_TL": (("Filomena", "Ermelinda", "Olinda", "Jacinta", "Lourdes", "Bui", "Joaquina", "Natália", "Rosa"),
               ("Mateus", "Agostinho", "Armindo", "Domingos", "Mau", "Abílio", "Francisco", "Cornélio", "Alarico"),
               ("da Costa", "Soares", "Ximenes", "Belo", "Guterres", "dos Santos", "Pereira", "Amaral", "da Silva",
                "Martins", "Fernandes", "Carvalho", "da Cruz")),
}  # fmt: skip
# Not-Latin names: (script form, romanised).
_SD_WOMEN = (("مارئي", "Marvi"), ("سسئي", "Sassui"), ("زبيده", "Zubaida"), ("شاهده", "Shahida"), ("نسيم", "Naseem"),
             ("رخسانه", "Rukhsana"), ("سارنگ", "Sarang"))  # fmt: skip
_SD_MEN = (("علي محمد", "Ali Muhammad"), ("غلام رسول", "Ghulam Rasool"), ("عبدالله", "Abdullah"),
           ("محمد بخش", "Muhammad Bux"), ("نياز", "Niaz"), ("الاهي بخش", "Allah Bux"), ("سڪندر", "Sikandar"),
           ("ذوالفقار", "Zulfiqar"))  # fmt: skip
_SD_CLANS = (("سومرو", "Soomro"), ("ڀٽو", "Bhutto"), ("جتوئي", "Jatoi"), ("ميمڻ", "Memon"), ("شيخ", "Shaikh"),
             ("چانڊيو", "Chandio"), ("لغاري", "Leghari"), ("ٽالپر", "Talpur"), ("ڄامڙو", "Jamro"), ("مهر", "Mahar"))
_CKB_WOMEN = (("ژیلا", "Zhila"), ("شیلان", "Shilan"), ("ڕۆژان", "Rozhan"), ("هێرۆ", "Hero"), ("نازدار", "Nazdar"),
              ("شنۆ", "Shno"), ("گەلاوێژ", "Gelawezh"))  # fmt: skip
_CKB_MEN = (("هاوڕێ", "Hawre"), ("کاروان", "Karwan"), ("ئازاد", "Azad"), ("شوان", "Shwan"), ("ڕێبوار", "Rebwar"),
            ("دلێر", "Diler"), ("سەرهەنگ", "Sarhang"), ("بەختیار", "Bakhtiyar"), ("عومەر", "Omer"), ("کەمال", "Kamal"))

_MAIL = {
    "ay_BO": ("gmail.com", "hotmail.com", "entelnet.bo"), "mg_MG": ("gmail.com", "yahoo.fr", "moov.mg"),
    "sd_PK": ("gmail.com", "yahoo.com", "hotmail.com"), "ckb_IQ": ("gmail.com", "hotmail.com", "yahoo.com"),
    "ln_CD": ("gmail.com", "yahoo.fr"), "ny_MW": ("gmail.com", "yahoo.com", "malawi.net"),
    "gil_KI": ("gmail.com", "yahoo.com"), "tet_TL": ("gmail.com", "yahoo.com", "hotmail.com"),
}  # fmt: skip
_PLANS = {
    "ay_BO": (("22xxxxxx", "228xxxxx", "25xxxxxx"), ("6xxxxxxx", "7xxxxxxx")),
    "mg_MG": (("2022xxxxx",), ("32xxxxxxx", "33xxxxxxx", "34xxxxxxx", "38xxxxxxx")),
    "sd_PK": (("22xxxxxxx", "74xxxxxxx", "71xxxxxxx"), ("30xxxxxxxx", "31xxxxxxxx", "33xxxxxxxx", "34xxxxxxxx")),
    "ckb_IQ": (("66xxxxxxx", "53xxxxxxx"), ("750xxxxxxx", "751xxxxxxx", "770xxxxxxx", "780xxxxxxx")),
    "ln_CD": (("81xxxxxxx", "99xxxxxxx"), ("81xxxxxxx", "82xxxxxxx", "84xxxxxxx", "85xxxxxxx", "89xxxxxxx",
                                            "97xxxxxxx", "99xxxxxxx")),
    "ny_MW": (("1xxxxxx",), ("88xxxxxxx", "99xxxxxxx")),
    "gil_KI": (("2xxxx", "3xxxx"), ("72xxxxxx", "73xxxxxx")),
    "tet_TL": (("3xxxxxx",), ("77xxxxxx", "78xxxxxx")),
}  # fmt: skip
_CC = {"BO": 591, "MG": 261, "PK": 92, "IQ": 964, "CD": 243, "MW": 265, "KI": 686, "TL": 670}


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


def place(locale: str, rng: random.Random) -> tuple[str, str, str, str]:
    """(street, postcode, town, the part of a whole address between the street and the town) as people of the place
    write them."""
    r = rng.randint
    if locale == "ay_BO":
        town = rng.choice(("El Alto", "El Alto", "La Paz", "La Paz", "Viacha", "Achacachi", "Oruro"))
        if rng.random() < 0.12:
            return f"Comunidad {rng.choice(('Jancohaqui', 'Chojñapata', 'Warisata', 'Yaurichambi'))}", "", town, ""
        road = rng.choice(("Calle Tiwanaku", "Av. Juan Pablo II", "Calle Max Paredes", "Av. 6 de Marzo",
                           "Calle Illampu", "Av. Buenos Aires", "Calle Sagárnaga", "Calle Jaén"))  # fmt: skip
        zone = rng.choice(("Zona 16 de Julio", "Zona Villa Adela", "Zona Ballivián", "Zona Sopocachi",
                           "Zona Max Paredes", "Zona Río Seco"))  # fmt: skip
        return f"{road} N° {r(10, 3200)}", "", town, zone
    if locale == "mg_MG":
        town, pc = rng.choice((("Antananarivo", "101"), ("Antananarivo", "101"), ("Antsirabe", "110"),
                               ("Toamasina", "501"), ("Fianarantsoa", "301"), ("Mahajanga", "401")))  # fmt: skip
        if rng.random() < 0.55:
            quarter = rng.choice(("Antanimena", "Ivandry", "Ambohijatovo", "Analakely", "Isoraka", "Ankadifotsy"))
            return f"Lot {rng.choice(('IVG', 'II M', 'VB', 'IIJ', 'III K'))} {r(1, 400)} {quarter}", pc, town, ""
        road = rng.choice(("Ratsimilaho", "Rainandriamampandry", "Rabezavana", "Andrianampoinimerina", "Rainitovo"))
        return f"{r(1, 120)} rue {road}", pc, town, ""
    if locale == "sd_PK":
        town, pc = rng.choice((("Hyderabad", "71000"), ("Hyderabad", "71800"), ("Larkana", "77150"),
                               ("Sukkur", "65200"), ("Mirpurkhas", "69000"), ("Nawabshah", "67450")))  # fmt: skip
        kind = rng.random()
        if kind < 0.12:
            return rng.choice(("near Rani Bagh", "opposite Civil Hospital", "behind Shahi Bazar")), pc, town, ""
        if kind < 0.35:
            return f"Plot {r(1, 600)}, Qasimabad Phase {r(1, 3)}", pc, town, ""
        road = rng.choice(("Jail Road", "Station Road", "Thandi Sarak", "Tilak Incline", "Bunder Road", "Miani Road",
                           "Military Road"))  # fmt: skip
        return f"House No. {r(1, 400)}, {road}", pc, town, ""
    if locale == "ckb_IQ":
        town, pc = rng.choice((("Erbil", "44001"), ("Erbil", "44001"), ("Sulaymaniyah", "46001"), ("Duhok", "42001")))
        if rng.random() < 0.4:
            return f"House {r(1, 300)}, {rng.choice(('60 Meter Street', '100 Meter Street', '120 Meter Street'))}", \
                pc, town, ""  # fmt: skip
        quarter = {"Erbil": ("Bakhtiyari", "Ankawa", "Azadi", "Shorish", "Iskan"),
                   "Sulaymaniyah": ("Sarchnar", "Bakrajo", "Raparin", "Salim"),
                   "Duhok": ("Malta", "Nakhoshkhana", "Shindokha")}[town]  # fmt: skip
        return f"{rng.choice(quarter)}, Street {r(1, 90)}, House {r(1, 300)}", pc, town, ""
    if locale == "ln_CD":
        town = rng.choice(("Kinshasa", "Kinshasa", "Kinshasa", "Mbandaka", "Kisangani"))
        road = rng.choice(("Avenue Kasa-Vubu", "Avenue de la Justice", "Avenue Lumumba", "Avenue Kato",
                           "Avenue Bongolo", "Avenue du Commerce", "Avenue Victoire", "Avenue Kabinda"))  # fmt: skip
        q = rng.choice(("Matonge", "Yolo-Sud", "Bon Marché", "Righini", "Kauka", "Kimbangu"))
        c = rng.choice(("Kalamu", "Gombe", "Lingwala", "Ngiri-Ngiri", "Limete", "Lemba", "Bandalungwa"))
        return f"{road} n° {r(1, 200)}", "", town, f"Q/ {q}, C/ {c}"
    if locale == "ny_MW":
        town = rng.choice(("Lilongwe", "Lilongwe", "Blantyre", "Blantyre", "Zomba", "Mzuzu"))
        kind = rng.random()
        if kind < 0.12:
            return f"P.O. Box {r(100, 40000)}", "", town, ""
        if kind < 0.3 and town == "Lilongwe":
            return f"Area {r(1, 58)}, Plot {r(1, 400)}", "", town, ""
        road = {"Lilongwe": ("Kamuzu Procession Road", "Presidential Way", "Paul Kagame Road", "Mchinji Road"),
                "Blantyre": ("Chilembwe Road", "Glyn Jones Road", "Victoria Avenue", "Haile Selassie Road"),
                "Zomba": ("Kamuzu Highway", "Namiwawa Road"),
                "Mzuzu": ("Orton Chirwa Avenue", "Chikanamoyo Road")}[town]  # fmt: skip
        return f"Plot {r(1, 300)}, {rng.choice(road)}", "", town, ""
    if locale == "gil_KI":
        town = rng.choice(("Betio", "Bairiki", "Bikenibeu", "Teaoraereke", "Bonriki", "Eita"))
        kind = rng.random()
        if kind < 0.3:
            return f"P.O. Box {r(10, 999)}", "", town, ""
        if kind < 0.6:
            return rng.choice((f"near the {town} maneaba", "opposite the Catholic church", "behind the hospital",
                               "next to the Betio Town Council")), "", town, ""  # fmt: skip
        return f"House {r(1, 200)}, {town} village", "", town, ""
    if locale == "tet_TL":
        town = rng.choice(("Dili", "Dili", "Dili", "Baucau", "Maliana", "Suai"))
        if rng.random() < 0.2:
            return f"Aldeia {rng.choice(('Becusi Centro', 'Hudi Laran', 'Manleuana'))}, Suco " \
                   f"{rng.choice(('Becora', 'Bidau', 'Comoro'))}", "", town, ""  # fmt: skip
        road = rng.choice(("Rua de Balide", "Avenida Presidente Nicolau Lobato", "Rua Jacinto de Cândido",
                           "Rua Dom Aleixo Corte-Real", "Rua Bispo Medeiros", "Avenida de Portugal"))  # fmt: skip
        suco = rng.choice(("Suco Bairro Pité", "Suco Colmera", "Suco Mascarenhas", "Suco Caicoli")) if town == "Dili" else ""  # noqa: E501
        return (f"{road} n.º {r(1, 150)}" if rng.random() < 0.5 else road), "", town, suco
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "mg_MG":
        return f"{street}, {postcode} {town}"
    if locale in ("sd_PK", "ckb_IQ"):
        return f"{street}, {town}" + (f" {postcode}" if postcode else "")
    return ", ".join(x for x in (street, between, town) if x)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


def _nid(locale: str, dob: dt.date, female: bool, town: str, rng: random.Random) -> str | None:
    r = rng.randint
    if locale == "ay_BO":
        return f"{r(1000000, 9999999)} {'OR' if town == 'Oruro' else 'LP'}"
    if locale == "mg_MG":
        return f"{rng.choice(('101', '102', '110', '501', '301', '401'))}{r(0, 99):02d}{2 if female else 1}{r(0, 999999):06d}"  # noqa: E501
    if locale == "sd_PK":
        last = rng.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
        return f"4{r(1000, 5999):04d}-{r(1000000, 9999999)}-{last}"
    if locale == "ckb_IQ":
        return f"{r(1, 2)}{r(0, 99999999999):011d}"
    if locale == "ny_MW":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return "".join(rng.choice(chars) for _ in range(8))
    return None


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 44's people (``alt``: the romanised name of a
    not-Latin one)."""
    female = rng.random() < 0.5
    alt = None
    script = ""
    if locale in NOT_LATIN:
        if locale == "sd_PK":
            first, first_r = rng.choice(_SD_WOMEN if female else _SD_MEN)
            last, last_r = rng.choice(_SD_CLANS)
        else:
            first, first_r = rng.choice(_CKB_WOMEN if female else _CKB_MEN)
            last, last_r = rng.choice(_CKB_MEN)
            while last == first:
                last, last_r = rng.choice(_CKB_MEN)
            if rng.random() < 0.3:  # the grandfather's given name too
                g, g_r = rng.choice([m for m in _CKB_MEN if m[0] != last])
                last, last_r = f"{last} {g}", f"{last_r} {g_r}"
        full = f"{first} {last}"
        alt = f"{first_r} {last_r}"
        mail_local = f"{_ascii(first_r.split()[0])}{rng.choice(('.', '_', ''))}{_ascii(last_r.split()[0])}"
        mail_local += str(rng.randint(1, 999))
        script = "Arab"
    else:
        women, men, surnames = _NAMES[locale]
        first = rng.choice(women if female else men)
        if locale == "gil_KI":  # the father's given name
            last = rng.choice([m for m in men if m != first])
        elif locale in ("ay_BO", "ln_CD"):  # two surnames; the nom and the postnom  # noqa: SIM114
            a, b = rng.sample(surnames, 2)
            last = f"{a} {b}"
        elif locale == "tet_TL" and rng.random() < 0.4:
            a, b = rng.sample(surnames, 2)
            last = f"{a} {b}"
        else:
            last = rng.choice(surnames)
        full = f"{last} {first}" if locale == "mg_MG" else f"{first} {last}"
        mail_local = f"{_ascii(first.split()[0])}{rng.choice(('.', '_', ''))}{_ascii(last.split()[-1])}"
        mail_local += rng.choice(("", str(rng.randint(1, 99))))
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    street, postcode, town, between = place(locale, rng)
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=_nid(locale, dob, female, town, rng),
        iban=None, locale=locale, script=script, alt=alt,
    )  # fmt: skip
