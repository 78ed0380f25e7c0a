"""Held-out set 35: people, addresses, ids, phones, e-mails and IBANs of the eight locales no set used, written from
the places' own customs (none of these names or streets is in Faker).

- ar_MR (Mauritania): ``Mohamed Lemine Ould Cheikh`` / ``Mariem Mint Ahmed Salem`` (the father's name after
  ``Ould``/``Mint``), a third in Arabic script ``محمد الأمين ولد الشيخ``, Halpulaar names (``Aissata Sy``); Nouakchott's
  ``Tevragh Zeina, Ilot K, Lot 125`` (block and lot, no house number) or ``BP 2345``; no postcode; the 10-digit NNI
  (no public check digit); MR IBANs; 8-digit numbers (2/3/4 mobiles, 45 landlines).
- en_GM (The Gambia): ``Lamin Jallow``, ``Isatou Sowe``; compounds and landmarks (``Jallow Kunda, behind the
  mosque, Latrikunda Sabiji``, ``Kairaba Avenue, Fajara``); no postcode, no id written, no IBAN; 7-digit numbers.
- fr_BF (Burkina Faso): ``OUÉDRAOGO Aminata`` (surname first on forms), ``Secteur 15, rue 15.123, porte 45``,
  ``Ouaga 2000, Zone A, villa 112``, ``01 BP 1234 Ouagadougou 01``; no postcode; the CNIB ``B1234567`` (no public
  check digit); no IBAN; 8-digit numbers.
- en_GG (Guernsey): ``Le Page``, ``De Garis``, ``Tostevin``; houses by name and parish (``Les Câches Farm, Rue des
  Câches, St Martin``), ``GY4 6PT`` postcodes; no id written; GB IBANs; 01481 landlines, 07781/07839/07911 mobiles.
- fr_GP (Guadeloupe): ``Nadège Bambuck``; ``Lotissement Les Flamboyants, lot 12``, ``Résidence Les Alizés, bât.
  C``, ``Section Boisripeaux``, ``97139 Les Abymes``; the French NIR of one born there (department ``971``, key by
  ``stdnum.fr.nir``); FR IBANs with their RIB key; 0590 landlines, 0690 mobiles.
- rn_BI (Burundi): ``NIYONZIMA Claudine`` (surname first), ``Rohero I, Avenue de la Mission n°12``, ``Ngagara Q.3,
  n°45``, ``BP 1234 Bujumbura``; no postcode, no id, no IBAN; 8-digit numbers.
- en_BS (The Bahamas): ``Shavonne Rolle``; ``#12 Blue Hill Road South``, ``off Carmichael Road, opposite the
  gas station``, ``Lot 45, Pinewood Gardens``, ``P.O. Box N-7147``; no postcode; no id written; NANP 242.
- zh_MO (Macau): ``陳家豪`` or ``CHAN Ka Hou`` (surname first), Macanese ``Maria de Fátima Ritchie``; ``Rua do Campo
  n.º 45, Edf. Kam Loi, 12.º andar A`` or ``新馬路12號3樓B座``; no postcode; the BIR number ``1234567(8)`` whose
  check digit rule is not public (drawn, not computed); no IBAN; 6xxx xxxx mobiles, 28xx xxxx landlines.
"""

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import heldout28_ids as ids28
import heldout34_language as l34

NEW8_35 = ("ar_MR", "en_GM", "fr_BF", "en_GG", "fr_GP", "rn_BI", "en_BS", "zh_MO")
REGION = {"ar_MR": "MR", "en_GM": "GM", "fr_BF": "BF", "en_GG": "GG", "fr_GP": "GP", "rn_BI": "BI",
          "en_BS": "BS", "zh_MO": "MO"}  # fmt: skip
_S = str.split
# (given, female) pairs and family names per locale; Mauritania's and Macau's with their scripts apart.
_GIVEN = {
    "en_GM": [(g, False) for g in _S("Lamin Ebrima Modou Ousman Kebba Alieu Musa Omar Bakary Sainey Momodou")]
    + [(g, True) for g in _S("Fatou Isatou Awa Binta Haddy Sainabou Mariama Kaddy Ndey Jainaba Oley")],
    "fr_BF": [(g, False) for g in _S("Issouf Salif Adama Boukary Souleymane Wendkouni Hamidou Rasmané Idrissa")]
    + [(g, True) for g in _S("Aminata Rasmata Awa Mariam Fatimata Pegdwendé Bintou Salamata Alimata")],
    "en_GG": [(g, False) for g in _S("Tom Oliver Jack Nigel Gareth Peter Martyn Ross Callum Darren")]
    + [(g, True) for g in _S("Sophie Hannah Ellie Carol Rachel Michelle Tanya Jodie Lorraine Gemma")],
    "fr_GP": [(g, False) for g in _S("Jean-Marc Fabrice Teddy Loïc Harry Dominique Joël Ludovic Wilfried")]
    + [(g, True) for g in _S("Nadège Ketty Murielle Sandrine Maryse Lucette Josette Cindy Rosette")],
    "rn_BI": [(g, False) for g in _S("Évariste Jean-Bosco Pascal Fabrice Cédric Emmanuel Déo Léonidas Gervais")]
    + [(g, True) for g in _S("Claudine Aline Divine Espérance Gloriose Josiane Béatrice Ange Chanelle")],
    "en_BS": [(g, False) for g in _S("Tavaris Dwayne Kendrick Cordero Valentino Philip Deangelo Rashad Brent")]
    + [(g, True) for g in _S("Shavonne Keva Latoya Antoinette Shenique Monique Tamika Crystal Dellarese")],
}
_FAMILY = {
    "en_GM": _S("Jallow Ceesay Touray Sowe Bah Njie Jobe Sanneh Darboe Sillah Manneh Camara Drammeh Jatta Fofana"),
    "fr_BF": _S("Ouédraogo Sawadogo Kaboré Compaoré Zongo Traoré Ouattara Kinda Ilboudo Nikiéma Zoungrana Tapsoba"),
    "en_GG": ["Le Page", "Ogier", "Le Prevost", "Brehaut", "Mahy", "Le Cheminant", "Robilliard", "De Garis",
              "Tostevin", "Falla", "Dorey", "Bichard", "Le Tissier", "Gallienne", "Torode"],
    "fr_GP": _S("Bambuck Lurel Jalton Nestoret Sainte-Rose Deravin Cornano Chalus Borel Hilaire Pétro Mathurin"),
    "rn_BI": _S("Ndayishimiye Niyonzima Irakoze Nshimirimana Hakizimana Ndikumana Bizimana Nduwimana Niyongabo "
                "Manirakiza Ntahomvukiye Habonimana"),
    "en_BS": _S("Rolle Knowles Cartwright Pinder Ferguson Saunders Gibson Bethel Munnings Strachan Albury Sands"),
}  # fmt: skip
_MR_MALE = [
    ("Mohamed Lemine", "محمد الأمين"),
    ("Ahmed", "أحمد"),
    ("Sidi", "سيدي"),
    ("Cheikh", "الشيخ"),
    ("Abdallahi", "عبد الله"),
    ("Brahim", "إبراهيم"),
    ("Mohamed Vall", "محمد فال"),
    ("Ahmedou", "أحمدو"),
]
_MR_FEMALE = [
    ("Mariem", "مريم"),
    ("Fatimetou", "فاطمة"),
    ("Khadijetou", "خديجة"),
    ("Aicha", "عائشة"),
    ("Zeinebou", "زينب"),
    ("Toutou", "توت"),
    ("Lemina", "لمينة"),
]
_MR_FATHER = [
    ("Cheikh", "الشيخ"),
    ("Ahmed Salem", "أحمد سالم"),
    ("Sidi", "سيدي"),
    ("Abdallahi", "عبد الله"),
    ("Brahim", "إبراهيم"),
    ("Ely", "اعل"),
    ("Boubacar", "بوبكر"),
    ("Mohamed Mahmoud", "محمد محمود"),
]
_MR_PULAAR = (
    [("Mamadou", False), ("Demba", False), ("Oumar", False), ("Aissata", True), ("Coumba", True), ("Mariame", True)],
    _S("Ba Sy Diallo Sow Kane Wane Ly"),
)
_MO_FAM = [
    ("陳", "Chan"),
    ("黃", "Wong"),
    ("李", "Lei"),
    ("梁", "Leong"),
    ("何", "Ho"),
    ("林", "Lam"),
    ("張", "Cheong"),
    ("吳", "Ng"),
    ("劉", "Lao"),
    ("鄭", "Cheang"),
    ("郭", "Kuok"),
    ("麥", "Mak"),
]
_MO_GIVEN = [
    ("家豪", "Ka Hou", False),
    ("嘉欣", "Ka Ian", True),
    ("志明", "Chi Meng", False),
    ("美玲", "Mei Leng", True),
    ("偉文", "Wai Man", False),
    ("詠儀", "Weng I", True),
    ("俊傑", "Chon Kit", False),
    ("曉君", "Hio Kuan", True),
    ("國強", "Kuok Keong", False),
    ("淑芬", "Sok Fan", True),
    ("子軒", "Chi Hin", False),
    ("佩珊", "Pui San", True),
]
_MO_MACANESE = [
    ("Maria de Fátima", "Ritchie", True),
    ("Miguel", "Senna Fernandes", False),
    ("Ana", "Jorge", True),
    ("Rui", "Rosário", False),
    ("Carlos", "Marreiros", False),
    ("Isabel", "Gomes da Silva", True),
]
_MAIL = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com")
_OWN_MAIL = {"en_GM": "qcell.gm", "en_GG": "cwgsy.net", "fr_GP": "wanadoo.fr", "zh_MO": "macau.ctm.net",
             "en_BS": "coralwave.com", "fr_BF": "fasonet.bf"}  # fmt: skip
STREET_WORDS = frozenset({"ilot", "lot", "secteur", "rue", "porte", "villa", "zone", "bp", "kunda", "avenue",
                          "road", "highway", "lotissement", "résidence", "bât", "section", "chemin", "quartier",
                          "n°", "q", "rua", "edf", "andar", "estrada", "travessa", "box", "p.o", "les", "des", "la",
                          "le", "st", "farm", "lane", "close", "gardens", "corner", "behind", "near",
                          "opposite"})  # fmt: skip


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name(locale: str, rng: random.Random) -> tuple[str, str, str, bool, str, str]:
    """(first, last, full, female, script, latin full) of one person."""
    if locale == "ar_MR":
        if rng.random() < 0.25:
            (given, female), family = rng.choice(_MR_PULAAR[0]), rng.choice(_MR_PULAAR[1])
            return given, family, f"{given} {family}", female, "", f"{given} {family}"
        female = rng.random() < 0.5
        (g_lat, g_ar), (f_lat, f_ar) = rng.choice(_MR_FEMALE if female else _MR_MALE), rng.choice(_MR_FATHER)
        last_lat, last_ar = ("Mint " if female else "Ould ") + f_lat, ("بنت " if female else "ولد ") + f_ar
        latin = f"{g_lat} {last_lat}"
        if rng.random() < 0.3:
            return g_ar, last_ar, f"{g_ar} {last_ar}", female, "arabic", latin
        return g_lat, last_lat, latin, female, "", latin
    if locale == "zh_MO":
        roll = rng.random()
        if roll < 0.15:
            g, f, female = rng.choice(_MO_MACANESE)
            return g, f, f"{g} {f}", female, "", f"{g} {f}"
        (f_han, f_lat), (g_han, g_lat, female) = rng.choice(_MO_FAM), rng.choice(_MO_GIVEN)
        latin = f"{f_lat} {g_lat}"
        if roll < 0.55:
            return g_han, f_han, f_han + g_han, female, "han", latin
        return g_lat, f_lat, latin, female, "", latin
    given, female = rng.choice(_GIVEN[locale])
    family = rng.choice(_FAMILY[locale])
    full = f"{family} {given}" if locale in ("rn_BI", "fr_BF") and rng.random() < 0.3 else f"{given} {family}"
    return given, family, full, female, "", f"{given} {family}"


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street line, postcode, town) as the place writes them; postcode "" where it writes none."""
    r, n = rng.random(), rng.randint(1, 240)
    if locale == "ar_MR":
        town = rng.choice(["Nouakchott", "Nouadhibou", "Rosso", "Kiffa"])
        area = rng.choice(["Tevragh Zeina", "Ksar", "Arafat", "Teyarett", "Dar Naim", "Sebkha", "Toujounine"])
        if r < 0.5:
            return f"{area}, Ilot {rng.choice('ABCKLMNPV')}, Lot {n}", "", town
        if r < 0.75:
            return f"{area}, près du marché {rng.choice(['Capitale', 'Sixième', 'Marbat'])}", "", town
        return f"BP {rng.randint(100, 5999)}", "", town
    if locale == "en_GM":
        town = rng.choice(["Serekunda", "Brikama", "Bakau", "Banjul", "Farafenni", "Kololi", "Brusubi"])
        if r < 0.4:
            fam = rng.choice(_FAMILY["en_GM"])
            mark = rng.choice(["behind the mosque", "near the Total garage", "opposite the health centre"])
            return f"{fam} Kunda, {mark}", "", town
        if r < 0.8:
            road = rng.choice(
                ["Kairaba Avenue", "Bertil Harding Highway", "Mamadi Manjang Highway", "Sayerr Jobe Avenue"]
            )
            return f"{road}, {rng.choice(['Fajara', 'Kotu', 'Latrikunda Sabiji', 'Kanifing Estate'])}", "", town
        return f"P.O. Box {rng.randint(100, 4999)}", "", town
    if locale == "fr_BF":
        town = rng.choice(["Ouagadougou", "Bobo-Dioulasso", "Koudougou", "Ouahigouya"])
        sec = rng.randint(1, 52)
        if r < 0.45:
            return f"Secteur {sec}, rue {sec}.{rng.randint(10, 299)}, porte {n}", "", town
        if r < 0.7:
            return f"Ouaga 2000, Zone {rng.choice('ABC')}, villa {n}", "", "Ouagadougou"
        if r < 0.85:
            return (
                f"Quartier {rng.choice(['Dassasgo', 'Gounghin', 'Tampouy', 'Pissy'])}, près de la pharmacie",
                "",
                town,
            )
        return f"0{rng.randint(1, 9)} BP {rng.randint(100, 9999)} {town} 0{rng.randint(1, 9)}", "", town
    if locale == "en_GG":
        parish = rng.choice(["St Martin", "St Sampson", "Vale", "Castel", "St Andrew", "Forest", "St Saviour"])
        district, sector = rng.choice([1, 2, 3, 4, 5, 6, 7, 8]), rng.randint(1, 9)
        pc = f"GY{district} {sector}{rng.choice('ABDEFHJLNPQRSTUWXYZ')}{rng.choice('ABDEFHJLNPRSTUWXYZ')}"
        house = rng.choice(["Les Câches Farm", "La Maison Blanche", "Le Courtil", "Bon Air", "Les Rosiers", "Sea View"])
        road = rng.choice(["Rue des Câches", "Les Banques", "Route de la Fosse", "Rue du Froment", "La Route du Port"])
        if r < 0.6:
            return f"{house}, {road}, {parish}", pc, parish
        if r < 0.85:
            return f"Flat {rng.randint(1, 9)}, {rng.randint(1, 60)} Le Pollet", pc, "St Peter Port"
        return f"{house}, {road}", pc, parish
    if locale == "fr_GP":
        town, pc = rng.choice(
            [
                ("Pointe-à-Pitre", "97110"),
                ("Les Abymes", "97139"),
                ("Basse-Terre", "97100"),
                ("Baie-Mahault", "97122"),
                ("Le Moule", "97160"),
                ("Le Gosier", "97190"),
            ]
        )
        if r < 0.3:
            return f"Lotissement {rng.choice(['Les Flamboyants', 'Les Hibiscus', 'Belle-Plaine'])}, lot {n}", pc, town
        if r < 0.55:
            return f"Résidence Les Alizés, bât. {rng.choice('ABCDE')}, appt {rng.randint(1, 40)}", pc, town
        if r < 0.75:
            return f"Section {rng.choice(['Boisripeaux', 'Grand-Camp', 'Dothémare', 'Vieux-Bourg'])}", pc, town
        return f"{n} rue {rng.choice(['Frébault', 'Schœlcher', 'Achille René-Boisneuf', 'Nozières'])}", pc, town
    if locale == "rn_BI":
        town = rng.choice(["Bujumbura", "Bujumbura", "Gitega", "Ngozi", "Rumonge"])
        if r < 0.4:
            q = rng.choice(["Rohero I", "Kinindo", "Mutanga Nord", "Kiriri", "Kigobe"])
            return f"{q}, Avenue {rng.choice(['de la Mission', 'Muyinga', 'du Large', 'Mwaro'])} n°{n}", "", town
        if r < 0.7:
            return f"{rng.choice(['Ngagara', 'Kamenge', 'Buyenzi', 'Bwiza'])} Q.{rng.randint(1, 9)}, n°{n}", "", town
        if r < 0.85:
            return f"Quartier Kinama, {rng.randint(1, 14)}e avenue", "", town
        return f"BP {rng.randint(100, 6999)} {town}", "", town
    if locale == "en_BS":
        town = rng.choice(["Nassau", "Nassau", "Freeport", "Marsh Harbour", "Andros Town"])
        if r < 0.35:
            return (
                f"#{n} {rng.choice(['Blue Hill Road South', 'Fire Trail Road', 'Soldier Road', 'Baillou Hill Road'])}",
                "",
                town,
            )
        if r < 0.6:
            return (
                "off Carmichael Road, "
                + rng.choice(["opposite the gas station", "next to the church", "behind the food store"]),
                "",
                town,
            )
        if r < 0.8:
            return f"Lot {n}, {rng.choice(['Pinewood Gardens', 'Elizabeth Estates', 'Sea Breeze Estates'])}", "", town
        return f"P.O. Box {rng.choice('NSFE')}-{rng.randint(1000, 9999)}", "", town
    # zh_MO
    town = rng.choice(["Macau", "Taipa", "Coloane"])
    if r < 0.35:
        return f"Rua do Campo n.º {n}, Edf. Kam Loi, {rng.randint(2, 30)}.º andar {rng.choice('ABCDEF')}", "", town
    if r < 0.6:
        road = rng.choice(["Avenida de Almeida Ribeiro", "Estrada de Coloane", "Avenida de Horta e Costa"])
        return f"{road} n.º {n}, r/c", "", town
    return (
        rng.choice(["新馬路", "高士德大馬路", "提督馬路", "罅些喇提督大馬路"])
        + f"{n}號{rng.randint(2, 30)}樓{rng.choice('ABCDEF')}座",
        "",
        "澳門",
    )


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """One cell with the whole address as the place writes it."""
    if locale == "zh_MO" and town == "澳門":
        return f"澳門{street}"
    if locale == "en_GG":
        return f"{street}, Guernsey {postcode}"
    if locale == "fr_GP":
        return f"{street}, {postcode} {town}"
    if street.startswith(("BP", "0", "P.O.")) or town in street:
        return street
    return f"{street}, {town}"


def _mod97_check(body: str, cc: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body + cc) + "00"
    return f"{98 - int(digits) % 97:02d}"


def iban(locale: str, rng: random.Random) -> str | None:
    """An IBAN with its mod-97 check (Guernsey: GB; Guadeloupe: FR with the RIB key; Mauritania); else None."""
    if locale == "en_GG":
        bban = rng.choice(["BARC", "HBUK", "NWBK", "LOYD", "RBOS"]) + "".join(rng.choices("0123456789", k=14))
        return "GB" + _mod97_check(bban, "GB") + bban
    if locale in ("fr_GP", "ar_MR"):
        bank, branch, acct = (f"{rng.randint(10000, 99999)}", f"{rng.randint(10000, 99999)}",
                              "".join(rng.choices("0123456789", k=11)))  # fmt: skip
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        cc = "FR" if locale == "fr_GP" else "MR"
        bban = f"{bank}{branch}{acct}{key:02d}"
        return cc + _mod97_check(bban, cc) + bban
    return None


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str:
    """A national id (module docstring); "" where none is written."""
    if locale == "fr_GP":
        commune, order = rng.randint(1, 34), rng.randint(1, 999)
        body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}971{commune:02d}{order:03d}"
        return f"{body}{97 - int(body) % 97:02d}"
    if locale == "ar_MR":
        return "".join(rng.choices("0123456789", k=10)).replace("0", "1", 1)
    if locale == "fr_BF":
        return f"B{rng.randint(1000000, 9999999)}"
    if locale == "zh_MO":
        return f"{rng.choice('157')}{rng.randint(100000, 999999)}({rng.randint(0, 9)})"
    return ""


def _email(locale: str, latin: str, rng: random.Random) -> str:
    parts = [p for p in _ascii(latin).lower().replace("-", " ").split() if p not in ("ould", "mint", "de", "da")]
    user = rng.choice([".".join(parts[:2]), "".join(parts[:2]) + str(rng.randint(1, 99)), parts[0] + "_" + parts[-1]])
    domain = _OWN_MAIL.get(locale) if rng.random() < 0.35 and locale in _OWN_MAIL else rng.choice(_MAIL)
    return f"{user}@{domain}"


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new locale with set 34's person fields (``first``, ``last``, ``full``, ``female``, ``dob``,
    ``email``, ``mobile``, ``landline``, ``street``, ``postcode``, ``town``, ``address``, ``nid``, ``iban``)."""
    first, last, full, female, script, latin = _name(locale, rng)
    dob = l34.birth_date(rng, child=child)
    street, postcode, town = place(locale, rng)
    region = REGION[locale]
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob, email=_email(locale, latin, rng),
        mobile=ids28.phone_number(region, rng), landline=ids28.phone_number(region, rng, mobile=False),
        street=street, postcode=postcode, town=town, address=whole_address(locale, street, postcode, town),
        nid=national_id(locale, rng, dob, female), iban=iban(locale, rng), locale=locale, script=script,
        latin=latin,
    )  # fmt: skip
