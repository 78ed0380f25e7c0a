"""Held-out set 34: people, addresses, ids, phones and e-mails of the eight locales no set used, written from the
places' own customs (none of these names or streets is in Faker).

- tk_TM (Turkmenistan: ``Merdan Orazow`` / ``Aýgül Orazowa``, the surname's ending by sex; ``Magtymguly şaýoly 45,
  jaý 12`` or a microdistrict ``Parahat 7, jaý 23, öý 14``; six-digit ``744000`` postcodes; no national id written);
- ar_SY (Syria: ``محمد أحمد الحلبي`` or Latin ``Mohammad Al-Halabi``; ``دمشق، المزة، شارع الجلاء، بناء 12`` or
  ``Mezzeh, Al-Jalaa St., Bldg 12, 3rd floor``; no postcode; the 11-digit national number (governorate, serial; no
  public check digit); no IBAN in use);
- ss_SZ (Eswatini: ``Sibusiso Dlamini``, ``Nomsa Simelane``; ``Plot 245, Sidwashini`` and landmarks; ``H100`` /
  ``M200`` postcodes; the 13-digit PIN from the birth date ``YYMMDD`` and seven digits, no check digit invented);
- en_SL (Sierra Leone: ``Fatmata Kamara``, Krio ``Macauley``; ``14 Wilkinson Road``, ``off Regent Road, Hill
  Station``, ``behind the Central Mosque``; no postcode; no national id written);
- fr_CD (DR Congo: nom, postnom, prénom ``MUKENDI KALALA Jean-Pierre``; ``Av. Kasa-Vubu n°45, Q/ Matonge, C/
  Kalamu``; no postcode; no national id written);
- st_LS (Lesotho: ``Palesa Mokhothu``, ``Tšepo Letsie``; villages ``Ha Abia``, ``Upper Thamae``; three-digit postcodes
  seldom; no national id written);
- es_GQ (Equatorial Guinea: two surnames ``Pilar Nsue Ebang``; ``Calle de Argelia 14``, ``Barrio Ela Nguema``; no
  postcode; no national id written);
- pt_ST (São Tomé and Príncipe: ``Aurélio Costa Alegre``; ``Bairro Riboque``, ``Roça Monte Café``; no postcode; no
  national id written).

Phones by ``heldout28_ids.phone_number`` (valid by ``phonenumbers`` for the region).
"""

from __future__ import annotations

import datetime as dt
import random
import types

import heldout28_ids as ids
import heldout32_language as l32

NEW8_34 = ("tk_TM", "ar_SY", "ss_SZ", "en_SL", "fr_CD", "st_LS", "es_GQ", "pt_ST")
REGION = {x: x.split("_")[1] for x in NEW8_34}
_S = str.split
_MALE = {
    "tk_TM": _S("Merdan Serdar Döwlet Batyr Maksat Arslan Rustam Kerim Myrat Güýçmyrat"),
    "ar_SY": _S("Mohammad Ahmad Omar Khaled Yaser Rami Bassel Firas Ghassan"),
    "ss_SZ": _S("Sibusiso Sipho Mandla Bongani Themba Mfanasibili Sabelo Mbuso Vusi"),
    "en_SL": _S("Mohamed Ibrahim Abu Alhaji Sorie Foday Augustine Sahr Momodu"),
    "fr_CD": _S("Jean-Pierre Patrice Fiston Dieudonné Glody Exaucé Trésor Héritier Christian"),
    "st_LS": _S("Teboho Tšepo Thabo Motlatsi Lehlohonolo Katleho Mohau Rethabile Tumelo"),
    "es_GQ": _S("Juan Pedro Santiago Salvador Constancio Crisantos Anacleto Leoncio Bienvenido"),
    "pt_ST": _S("Aurélio Evaristo Levy Delfim Osvaldo Nilton Arlindo Gualter Hélder"),
}
_FEMALE = {
    "tk_TM": _S("Aýgül Jeren Maral Gülälek Ogulgerek Bahar Leýli Aýna Enejan"),
    "ar_SY": _S("Fatima Reem Lina Hiba Salma Nour Rasha Dima Ruba"),
    "ss_SZ": _S("Nomsa Thandeka Zanele Nonhlanhla Lindiwe Phindile Thembi Nomcebo Lungile"),
    "en_SL": _S("Fatmata Isatu Aminata Hawa Mariama Adama Kadiatu Christiana Memunatu"),
    "fr_CD": _S("Chantal Mireille Grâce Bénédicte Merveille Rachel Gloire Nathalie Ornella"),
    "st_LS": _S("Palesa Lineo Mpho Lerato Nthabiseng Limpho Mamello Refiloe Puleng"),
    "es_GQ": _S("María Pilar Milagrosa Trinidad Remedios Purificación Mercedes Angelina Carmela"),
    "pt_ST": _S("Dulce Elsa Celiza Ilza Guiomar Vera Edna Nilza Conceição"),
}
_FAMILY = {
    "tk_TM": _S("Orazow Annaýew Berdiýew Gurbanow Atabaýew Çaryýew Nurmuhammedow Durdyýew Hojaýew Ataýew"),
    "ar_SY": _S("Al-Halabi Kabbani Haddad Al-Shami Al-Khatib Al-Attar Tarabishi Jabri Mardini"),
    "ss_SZ": _S("Dlamini Simelane Mkhabela Shongwe Nxumalo Magagula Motsa Matsebula Gamedze Hlophe Zwane Kunene"),
    "en_SL": _S("Kamara Sesay Conteh Koroma Bangura Turay Mansaray Jalloh Kargbo Fofanah Macauley Cole"),
    "fr_CD": _S("Mbuyi Kalala Mukendi Ilunga Kabongo Lukusa Mwamba Nzuzi Tshibangu Kasongo Ngoy Kapinga"),
    "st_LS": _S("Mokhothu Letsie Mofokeng Ramakatsa Mothibeli Thamae Lerotholi Sekhesa Makhetha Molapo Ntšekhe"),
    "es_GQ": _S("Nguema Mba Ondo Esono Nsue Mangue Ebang Owono Ndong Abeso Bokesa Sipoto"),
    "pt_ST": _S("Neves Trovoada Bragança Lima Menezes Vaz Graça Tiny Carvalho Bandeira Quaresma Pontes"),
}
_AR_GIVEN = {"Mohammad": "محمد", "Ahmad": "أحمد", "Omar": "عمر", "Khaled": "خالد", "Yaser": "ياسر", "Rami": "رامي",
             "Bassel": "باسل", "Firas": "فراس", "Ghassan": "غسان", "Fatima": "فاطمة", "Reem": "ريم", "Lina": "لينا",
             "Hiba": "هبة", "Salma": "سلمى", "Nour": "نور", "Rasha": "رشا", "Dima": "ديمة", "Ruba": "ربى"}  # fmt: skip
_AR_FAMILY = {"Al-Halabi": "الحلبي", "Kabbani": "قباني", "Haddad": "حداد", "Al-Shami": "الشامي",
              "Al-Khatib": "الخطيب", "Al-Attar": "العطار", "Tarabishi": "طرابيشي", "Jabri": "الجابري",
              "Mardini": "مارديني"}  # fmt: skip
_TOWNS = {
    "tk_TM": {"Aşgabat": "744000", "Türkmenabat": "746100", "Daşoguz": "746300", "Mary": "745400",
              "Balkanabat": "745100", "Türkmenbaşy": "745000"},
    "ar_SY": {"دمشق": "Damascus", "حلب": "Aleppo", "حمص": "Homs", "اللاذقية": "Latakia", "طرطوس": "Tartus"},
    "ss_SZ": {"Mbabane": "H100", "Ezulwini": "H106", "Manzini": "M200", "Matsapha": "M202", "Nhlangano": "S400",
              "Siteki": "L300"},
    "en_SL": dict.fromkeys(_S("Freetown Bo Kenema Makeni Koidu Lunsar Waterloo"), ""),
    "fr_CD": dict.fromkeys(_S("Kinshasa Lubumbashi Goma Kisangani Bukavu Matadi"), ""),
    "st_LS": {"Maseru": "100", "Teyateyaneng": "200", "Leribe": "300", "Mafeteng": "900", "Mohale's Hoek": "800",
              "Roma": "180"},
    "es_GQ": dict.fromkeys(_S("Malabo Bata Ebebiyín Mongomo Luba Evinayong"), ""),
    "pt_ST": dict.fromkeys(["São Tomé", "Trindade", "Neves", "Santo Amaro", "Guadalupe", "Santo António"], ""),
}  # fmt: skip
_ROADS = {
    "tk_TM": ["Magtymguly şaýoly", "Oguzhan köçesi", "Garaşsyzlyk şaýoly", "Atatürk köçesi", "Andalyp köçesi"],
    "ss_SZ": ["Sidwashini", "Fairview", "Gwamile Street", "Dzeliwe Street", "Mahlanya", "Msunduza", "Coates Valley"],
    "en_SL": ["Wilkinson Road", "Regent Road", "Sanders Street", "Pademba Road", "Kissy Road", "Circular Road"],
    "fr_CD": ["Kasa-Vubu", "de la Paix", "Kabambare", "Lumumba", "des Huileries", "Bongolo"],
    "st_LS": ["Ha Abia", "Ha Thetsane", "Upper Thamae", "Ha Mabote", "Khubetsoana", "Ha Tšosane", "Kingsway"],
    "es_GQ": ["Calle de Argelia", "Avenida de la Independencia", "Calle de Kenia", "Barrio Ela Nguema",
              "Barrio Los Ángeles", "Caracolas", "Paraíso"],
    "pt_ST": ["Bairro Riboque", "Rua de Moçambique", "Avenida Marginal 12 de Julho", "Bairro da Liberdade",
              "Roça Monte Café", "Bairro Quinta de Santo António"],
}  # fmt: skip
_SY_AREA = (("المزة", "Mezzeh", "شارع الجلاء", "Al-Jalaa St."), ("المالكي", "Malki", "شارع الباكستان",
            "Pakistan St."), ("باب توما", "Bab Touma", "شارع القصاع", "Qassaa St."), ("الشهباء", "Shahba",
            "شارع النيل", "Nile St."))  # fmt: skip
_CD_COMMUNES = (("Matonge", "Kalamu"), ("Righini", "Lemba"), ("Binza", "Ngaliema"), ("Kingabwa", "Limete"),
                ("Kauka", "Kalamu"), ("Golf", "Lubumbashi"))  # fmt: skip
_LANDMARK = {"en_SL": ("behind the Central Mosque", "opposite Choithram", "near the Cotton Tree", "by Congo Cross"),
             "ss_SZ": ("near Lobamba clinic", "behind Mall", "next to the Kingdom Hall")}  # fmt: skip
_MAIL = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com")
_OWN_MAIL = {"tk_TM": "online.tm", "ss_SZ": "swazi.net", "en_SL": "sierratel.sl", "fr_CD": "yahoo.fr",
             "es_GQ": "getesa.gq", "pt_ST": "cstome.net", "ar_SY": "scs-net.org", "st_LS": "leo.co.ls"}  # fmt: skip
STREET_WORDS = frozenset(_S("şaýoly köçesi jaý öý plot lot street road avenue av q c n° calle avenida barrio rua "
                            "bairro roça ha bldg floor off behind near st شارع بناء طابق opposite by"))  # fmt: skip


def place(locale: str, rng: random.Random, script: str = "") -> tuple[str, str, str]:
    """(street line, postcode, town) as the place writes them; postcode "" where it writes none or omitted."""
    town, code = rng.choice(list(_TOWNS[locale].items()))
    if locale == "tk_TM":
        if rng.random() < 0.5:
            street = f"{rng.choice(_ROADS[locale])} {rng.randint(1, 180)}, jaý {rng.randint(1, 40)}"
        else:
            block = f"{rng.choice(('Parahat', 'Mir', 'Howdan'))} {rng.randint(1, 9)}"
            street = f"{block}, jaý {rng.randint(1, 60)}, öý {rng.randint(1, 90)}"
        return street, code if rng.random() < 0.7 else "", town
    if locale == "ar_SY":
        area = rng.choice(_SY_AREA)
        bldg, floor = rng.randint(1, 60), rng.randint(1, 9)
        if script == "arabic":
            return f"{area[0]}، {area[2]}، بناء {bldg}، طابق {floor}", "", town
        return f"{area[1]}, {area[3]}, Bldg {bldg}, floor {floor}", "", _TOWNS[locale][town]
    if locale == "fr_CD":
        quarter, commune = rng.choice(_CD_COMMUNES)
        road = rng.choice(_ROADS[locale])
        form = rng.choice((f"Av. {road} n°{rng.randint(1, 250)}, Q/ {quarter}, C/ {commune}",
                           f"n°{rng.randint(1, 250)}, avenue {road}, Q. {quarter}, C. {commune}"))  # fmt: skip
        return form, "", town
    road = rng.choice(_ROADS[locale])
    number = rng.randint(1, 240)
    if locale in ("ss_SZ", "st_LS") and "Street" not in road and road != "Kingsway":
        street = f"Plot {number * 7}, {road}" if rng.random() < 0.6 else road
        if locale == "ss_SZ" and rng.random() < 0.3:
            street += f", {rng.choice(_LANDMARK[locale])}"
        return street, code if rng.random() < (0.8 if locale == "ss_SZ" else 0.25) else "", town
    if locale == "en_SL" and rng.random() < 0.35:
        return f"off {road}, {rng.choice(_LANDMARK[locale])}", "", town
    if locale == "es_GQ" and road.startswith(("Barrio", "Caracolas", "Paraíso")):
        return road, "", town
    if locale == "pt_ST" and road.startswith(("Bairro", "Roça")):
        return road, "", town
    if locale == "pt_ST":
        return f"{road}, n.º {number}", "", town
    if locale == "es_GQ":
        return f"{road} {number}", "", town
    return f"{number} {road}", code if locale in ("ss_SZ", "st_LS") else "", town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """One cell with the whole address as the place writes it."""
    if locale == "ar_SY" and any("\u0600" <= c <= "\u06ff" for c in street):
        return f"{town}، {street}"
    if locale in ("tk_TM",) and postcode:
        return f"{street}, {postcode} {town}"
    if postcode:
        return f"{street}, {town} {postcode}"
    return f"{street}, {town}"


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    """A national id (module docstring); "" where none is written."""
    if locale == "ar_SY":
        return f"{rng.randint(1, 14):02d}{rng.randint(0, 999999999):09d}"
    if locale == "ss_SZ":
        return f"{dob:%y%m%d}{rng.choice('02468' if female else '13579')}{rng.randint(0, 999999):06d}"
    return ""


def _phone(locale: str, rng: random.Random, mobile: bool):
    return ids.phone_number(REGION[locale], rng, mobile=mobile) or ids.phone_number(REGION[locale], rng)


def _ascii(text: str) -> str:
    table = str.maketrans("ýÝäüöçşňžÄÜÖÇŞŇŽéèêëáíóúâôãõñšŠ'", "yYauocsnzAUOCSNZeeeeaiouaoaonsS-")
    return text.translate(table).replace(" ", "").replace("-", "").lower()


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new locale with set 33's person fields (``first``, ``last``, ``full``, ``female``, ``dob``,
    ``email``, ``mobile``, ``landline``, ``street``, ``postcode``, ``town``, ``address``, ``nid``, ``iban``)."""
    female = rng.random() < 0.5
    first = rng.choice((_FEMALE if female else _MALE)[locale])
    last = rng.choice(_FAMILY[locale])
    script = ""
    if locale == "tk_TM" and female:
        last += "a"
    if locale in ("es_GQ", "pt_ST", "fr_CD") and rng.random() < 0.6:
        second = rng.choice(_FAMILY[locale])
        last = f"{last} {second}" if second != last else last
    if locale == "pt_ST" and rng.random() < 0.2:
        last = f"Costa Alegre {last}" if " " not in last else last
    if locale == "ar_SY" and rng.random() < 0.4:
        first, last, script = _AR_GIVEN[first], _AR_FAMILY[last], "arabic"
    full = f"{first} {last}"
    if locale == "fr_CD" and rng.random() < 0.5:
        full = f"{last.upper()} {first}"
    dob = l32.birth_date(rng, child=child)
    street, postcode, town = place(locale, rng, script)
    handle = f"{_ascii(first)}.{_ascii(last.split()[0])}" if not script else f"user{rng.randint(100, 9999)}"
    domain = _OWN_MAIL[locale] if rng.random() < 0.3 else rng.choice(_MAIL)
    email = f"{handle}{rng.randint(1, 99) if rng.random() < 0.4 else ''}@{domain}"
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob, email=email,
        mobile=_phone(locale, rng, True), landline=_phone(locale, rng, False), street=street, postcode=postcode,
        town=town, address=whole_address(locale, street, postcode, town),
        nid=national_id(locale, rng, dob, female), iban=None, locale=locale, script=script,
    )  # fmt: skip
