"""Held-out set 42: people, addresses, ids, phones and e-mails of the eight locales of countries no set used,
written from the places' own customs (none of these names or streets is in Faker).

- en_SS (South Sudan): ``Deng Garang``, ``Nyandeng Akol``, ``Riek Gatluak``, ``Poni Lado`` (the surname is the
  father's name); Juba's ``hai`` (``Hai Malakal``, ``Hai Cinema``, ``Munuki Block B``, ``Gudele 2``), roads without
  numbers (``Ministries Road``, ``Yei Road``), landmarks (``behind Konyo Konyo market``), P.O. boxes; no postcode;
  +211 (``18x`` lines, ``91``/``92``/``95``/``97``/``98`` mobiles).
- fr_NE (Niger): ``Hadiza Issoufou``, ``Moussa Mahamane``, ``Salamatou Garba``, ``Djibo``, ``Maïnassara``;
  Niamey's coded streets (``Rue KK 37``, ``Rue YN 112, porte 24``) in quartiers (``Koira Kano``, ``Yantala``,
  ``Plateau``, ``Talladjé``), landmarks (``derrière la pharmacie Yantala``), ``BP``; no postcode; +227 (``20`` lines,
  ``8x``/``9x`` mobiles).
- fr_TG (Togo): ``Kossi Agbodjan``, ``Akossiwa Amegah``, ``Essowè Tchalla``, ``d'Almeida``; Lomé's quartiers
  (``Bè``, ``Tokoin``, ``Nyékonakpoè``, ``Adidogomé``, ``Hédzranawoé``), ``Boulevard du 13 Janvier``, landmarks
  (``à côté de l'église d'Amoutivé``), ``BP``; no postcode; +228 (``22`` lines, ``90``/``91``/``96``-``99`` mobiles).
- fr_GN (Guinea): ``Mamadou Alpha Diallo``, ``Fatoumata Binta Bah``, ``Camara``, ``Soumah``, ``Bangoura``;
  Conakry's communes and quartiers (``Ratoma, Kipé``, ``Dixinn, Taouyah``, ``Matam``), landmarks (``carrefour
  Bambeto``, ``en face de la mosquée Fayçal``), ``BP``; no postcode; +224 (``30`` lines, ``6xx`` mobiles in nine
  digits).
- fr_CF (the Central African Republic): ``Faustin Ngaïkoumon``, ``Clarisse Yakété``, ``Sélébangue``; Bangui's
  ``Avenue Barthélemy Boganda``, quartiers (``Boy-Rabe``, ``PK5``, ``Lakouanga``, ``Galabadja``), landmarks (``vers
  la cathédrale Notre-Dame``), ``BP``; no postcode; +236 (``21`` lines, ``7x`` mobiles).
- en_CC (Cocos (Keeling) Islands): Cocos Malay names (``Aindil bin Minkom``, ``Rahimah binti Said``) and
  Australian ones on West Island; ``Lot 12, Home Island``, ``Jalan Bunga Mawar``, ``Sydney Highway, West Island``;
  ``Cocos (Keeling) Islands WA 6799``; +61 8 9162 lines, Australian mobiles; the Medicare card number.
- en_AC (Ascension): St Helenian families (``Yon``, ``Crowie``, ``Benjamin``, ``Leo``, ``Duncan``) and contractors;
  ``House 17, Two Boats Village``, ``Travellers Hill``, ``Georgetown``; ``ASCN 1ZZ``; +247 (``6xxxx`` lines,
  ``4xxxx`` mobiles, five digits).
- en_TA (Tristan da Cunha): the seven families (``Glass``, ``Green``, ``Hagan``, ``Lavarello``, ``Repetto``,
  ``Rogers``, ``Swain``); ``Edinburgh of the Seven Seas``, ``Big Beach``, ``Pigbite``; ``TDCU 1ZZ``; +290 ``8xxx``
  lines (four digits, no mobiles).
"""

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers

NEW8_42 = ("en_SS", "fr_NE", "fr_TG", "fr_GN", "fr_CF", "en_CC", "en_AC", "en_TA")
LANG42 = {x: x.split("_")[0] for x in NEW8_42}
STREET_WORDS = frozenset({"road", "street", "rue", "avenue", "boulevard", "hai", "block", "porte", "jalan", "lot",
                          "house", "flat", "highway", "village", "quartier", "lane", "close"})  # fmt: skip

# (women's given names, men's given names, surnames)
_NAMES = {
    "en_SS": (("Nyandeng", "Achol", "Ayen", "Nyakuoth", "Poni", "Keji", "Rebecca", "Mary", "Abuk", "Aluel"),
              ("Deng", "Garang", "Akol", "Mabior", "Lual", "Majok", "Gatluak", "Riek", "Ladu", "Wani", "James",
               "Peter"),
              ("Garang", "Akol", "Deng", "Machar", "Lado", "Wani", "Lokosang", "Chol", "Akech", "Malual", "Jok",
               "Kuol", "Gatluak", "Lemi")),
    "fr_NE": (("Hadiza", "Aïchatou", "Mariama", "Rabi", "Salamatou", "Zeinabou", "Fati", "Balkissa"),
              ("Issoufou", "Mahamadou", "Abdou", "Moussa", "Hama", "Boubacar", "Ibrahim", "Seyni", "Oumarou"),
              ("Issoufou", "Mahamane", "Hama", "Garba", "Souley", "Oumarou", "Saidou", "Amadou", "Yacouba",
               "Djibo", "Maïnassara", "Tahirou")),
    "fr_TG": (("Ama", "Akossiwa", "Afi", "Essi", "Adjoa", "Sena", "Essowèna", "Dzifa"),
              ("Kossi", "Komi", "Kodjo", "Yao", "Kofi", "Edem", "Mawuli", "Essowè", "Pyabalo", "Koffi"),
              ("Agbodjan", "Amegah", "Mensah", "Kpodar", "Lawson", "d'Almeida", "Adjaho", "Akakpo", "Dogbé",
               "Tchalla", "Kpatcha", "Agbéko", "Ayassou")),
    "fr_GN": (("Fatoumata", "Mariama", "Kadiatou", "Aissatou", "Fatoumata Binta", "Hawa", "Nènè", "Djenab"),
              ("Mamadou", "Alpha", "Ibrahima", "Sékou", "Lansana", "Mohamed", "Mamadou Alpha", "Thierno"),
              ("Diallo", "Bah", "Barry", "Sow", "Camara", "Condé", "Touré", "Soumah", "Sylla", "Keita",
               "Kouyaté", "Bangoura", "Doumbouya")),
    "fr_CF": (("Marie-Noëlle", "Clarisse", "Odette", "Blandine", "Gisèle", "Prisca", "Sylvie"),
              ("Jean-Pierre", "Faustin", "Serge", "Thierry", "Anicet", "Rodrigue", "Fidèle", "Éloi"),
              ("Ngaïkoumon", "Yakété", "Nakombo", "Dondra", "Kotazo", "Gbagba", "Mbaïkoua", "Zanga",
               "Koyambounou", "Sélébangue", "Ouakanga", "Ngbokoli")),
    "en_CC": (("Rahimah", "Nuraini", "Zahara", "Seri Wati", "Aminah", "Sharon", "Kylie"),
              ("Aindil", "Anwar", "Parmin", "Rahmat", "Balmut", "Ahmad", "Mohammed Said", "Craig", "Darren"),
              ("Minkom", "Said", "Iku", "Pirus", "Tumpang", "Anuar", "Bynie", "Cleary", "Hodge")),
    "en_AC": (("Kerry", "Shelley", "Tanya", "Leanne", "Sharon", "Gemma", "Wendy"),
              ("Gavin", "Nigel", "Derek", "Colin", "Stedson", "Gareth", "Kieran", "Robert"),
              ("Yon", "Crowie", "Benjamin", "Leo", "Duncan", "Thomas", "Henry", "Joshua", "Stevens",
               "George", "Fowler", "Hopkins")),
    "en_TA": (("Iris", "Lorraine", "Dawn", "Joanne", "Anne", "Marlene", "Leanne", "Sharon"),
              ("Leon", "Ian", "Julian", "Darren", "Chris", "Lewis", "Harold", "Conrad"),
              ("Glass", "Green", "Hagan", "Lavarello", "Repetto", "Rogers", "Swain")),
}  # fmt: skip
_TOWNS = {
    "en_SS": ("Juba", "Juba", "Juba", "Wau", "Malakal", "Yei", "Torit", "Rumbek", "Bor", "Aweil", "Yambio"),
    "fr_NE": ("Niamey", "Niamey", "Niamey", "Zinder", "Maradi", "Tahoua", "Agadez", "Dosso", "Tillabéri"),
    "fr_TG": ("Lomé", "Lomé", "Lomé", "Sokodé", "Kara", "Kpalimé", "Atakpamé", "Dapaong", "Tsévié", "Aného"),
    "fr_GN": ("Conakry", "Conakry", "Conakry", "Kankan", "Labé", "Kindia", "Nzérékoré", "Boké", "Mamou"),
    "fr_CF": ("Bangui", "Bangui", "Bangui", "Bimbo", "Berbérati", "Bambari", "Bossangoa", "Bouar"),
    "en_CC": ("Home Island", "Home Island", "West Island"),
    "en_AC": ("Georgetown", "Two Boats Village", "Travellers Hill", "Georgetown"),
    "en_TA": ("Edinburgh of the Seven Seas",),
}
_DISTRICTS = {
    "en_SS": ("Hai Malakal", "Hai Cinema", "Munuki Block B", "Gudele 2", "Thongpiny", "Kator", "Atlabara C",
              "Hai Amarat", "Jebel"),
    "fr_NE": ("Koira Kano", "Yantala", "Plateau", "Talladjé", "Lazaret", "Terminus", "Bobiel", "Gamkallé"),
    "fr_TG": ("Bè", "Tokoin", "Nyékonakpoè", "Adidogomé", "Agoè", "Hédzranawoé", "Kodjoviakopé", "Amoutivé"),
    "fr_GN": ("Ratoma, Kipé", "Dixinn, Taouyah", "Matam", "Ratoma, Lambanyi", "Kaloum", "Matoto", "Hamdallaye"),
    "fr_CF": ("Boy-Rabe", "PK5", "Lakouanga", "Galabadja", "Gobongo", "Sica 1", "Fatima", "Combattant"),
}  # fmt: skip
_ROADS = {
    "en_SS": ("Ministries Road", "Airport Road", "Yei Road", "Juba-Nimule Road", "Tong Ping Road"),
    "fr_NE": ("Rue KK {n}", "Rue YN {n}", "Rue PL {n}", "Boulevard de la Liberté", "Avenue du Général de Gaulle"),
    "fr_TG": ("Boulevard du 13 Janvier", "Rue du Commerce", "Avenue de la Libération", "Rue Tokoin Wuiti"),
    "fr_GN": ("Route du Niger", "Autoroute Fidel Castro", "Corniche Nord", "Route de Donka"),
    "fr_CF": ("Avenue Barthélemy Boganda", "Avenue des Martyrs", "Avenue de France", "Rue de l'Industrie"),
}  # fmt: skip
_LANDMARKS = {
    "en_SS": ("behind Konyo Konyo market", "near Juba Teaching Hospital", "opposite Custom Market",
              "next to St Theresa's Cathedral, Kator"),
    "fr_NE": ("derrière la pharmacie Yantala", "près du Grand Marché", "en face de l'école Mission",
              "à côté de la mosquée de Koira Kano"),
    "fr_TG": ("à côté de l'église d'Amoutivé", "derrière le marché de Hédzranawoé", "près du Grand Marché",
              "en face de la pharmacie du Boulevard"),
    "fr_GN": ("carrefour Bambeto", "en face de la mosquée Fayçal", "près du rond-point de Hamdallaye",
              "derrière le marché Madina"),
    "fr_CF": ("vers la cathédrale Notre-Dame", "derrière le marché de Km5", "près du stade Barthélemy Boganda",
              "en face de l'école Fatima"),
}  # fmt: skip
_MAIL = {
    "en_SS": ("gmail.com", "yahoo.com", "zain.com.ss"), "fr_NE": ("yahoo.fr", "gmail.com", "intnet.ne"),
    "fr_TG": ("yahoo.fr", "gmail.com", "cafe.tg"), "fr_GN": ("yahoo.fr", "gmail.com", "orange-guinee.net"),
    "fr_CF": ("yahoo.fr", "gmail.com", "orange.cf"), "en_CC": ("gmail.com", "bigpond.com", "cocos.net.au"),
    "en_AC": ("gmail.com", "hotmail.co.uk", "atlantis.co.ac"), "en_TA": ("tdc.co", "gmail.com", "hotmail.com"),
}  # fmt: skip
# (landline national-number patterns, mobile patterns): each ``x`` a random digit, checked by ``phonenumbers``.
_PLANS = {
    "en_SS": (("18xxxxxxx",), ("91xxxxxxx", "92xxxxxxx", "95xxxxxxx", "97xxxxxxx", "98xxxxxxx")),
    "fr_NE": (("2020xxxx", "2072xxxx", "2075xxxx"), ("90xxxxxx", "96xxxxxx", "88xxxxxx", "94xxxxxx")),
    "fr_TG": (("222xxxxx", "226xxxxx", "244xxxxx"), ("90xxxxxx", "91xxxxxx", "96xxxxxx", "99xxxxxx", "70xxxxxx")),
    "fr_GN": (("3024xxxx", "3045xxxx"), ("62xxxxxxx", "66xxxxxxx", "65xxxxxxx", "60xxxxxxx")),
    "fr_CF": (("21xxxxxx", "61xxxxxx"), ("70xxxxxx", "72xxxxxx", "75xxxxxx", "77xxxxxx")),
    "en_CC": (("89162xxxx",), ("4xxxxxxxx",)),
    "en_AC": (("6xxxx",), ("4xxxx",)),
    "en_TA": (("8xxx",), ("8xxx",)),
}
_CC = {"SS": 211, "NE": 227, "TG": 228, "GN": 224, "CF": 236, "CC": 61, "AC": 247, "TA": 290}


def region(locale: str) -> str:
    """The phone country of a new locale: the part after ``_``."""
    return locale.split("_")[1]


def _number(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    reg = region(locale)
    pats = _PLANS[locale][1 if mobile else 0]
    for _ in range(200):
        digits = "".join(str(rng.randint(0, 9)) if c == "x" else c for c in rng.choice(pats))
        num = phonenumbers.PhoneNumber(country_code=_CC[reg], national_number=int(digits))
        if phonenumbers.is_valid_number(num):
            return num
    raise ValueError(locale)


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street, postcode, town) as people of the place write them: a road with or without a number, a landmark
    or a quartier with none, now and then a P.O. box; the postcode only where the place has one."""
    town = rng.choice(_TOWNS[locale])
    if locale == "en_CC":
        if town == "Home Island":
            street = rng.choice((f"Lot {rng.randint(1, 180)}", f"{rng.randint(1, 40)} Jalan Bunga Mawar",
                                 f"Lot {rng.randint(1, 180)}, Jalan Kipas"))  # fmt: skip
        else:
            street = rng.choice((f"{rng.randint(1, 30)} Sydney Highway", f"{rng.randint(1, 12)} Qantas Close",
                                 f"PO Box {rng.randint(1, 400)}"))  # fmt: skip
        return street, "6799", town
    if locale == "en_AC":
        street = rng.choice((f"House {rng.randint(1, 90)}", f"Flat {rng.randint(1, 12)}, Block {rng.randint(1, 6)}",
                             f"{rng.randint(1, 40)} Residency Road"))  # fmt: skip
        return street, "ASCN 1ZZ", town
    if locale == "en_TA":
        street = rng.choice(("Big Beach", "Pigbite", "Hottentot Gulch", "Jenny's Watron", "Little Beach",
                             f"Plot {rng.randint(1, 70)}"))  # fmt: skip
        return street, "TDCU 1ZZ", town
    kind = rng.random()
    if kind < 0.08:
        return ("P.O. Box" if locale == "en_SS" else "BP") + f" {rng.randint(10, 9999)}", "", town
    if town != _TOWNS[locale][0]:
        return (rng.choice(_DISTRICTS[locale]) if kind < 0.5 else rng.choice(_LANDMARKS[locale])), "", town
    if kind < 0.35:
        return f"{rng.choice(_DISTRICTS[locale])}, {rng.choice(_LANDMARKS[locale])}", "", town
    road = rng.choice(_ROADS[locale]).replace("{n}", str(rng.randint(2, 260)))
    if locale == "fr_NE" and kind < 0.7:
        road += f", porte {rng.randint(1, 300)}"
    elif locale != "en_SS" and kind < 0.6:
        road = f"{rng.randint(1, 400)}, {road}" if locale == "fr_CF" else f"{road} n°{rng.randint(1, 300)}"
    return f"{road}, {rng.choice(_DISTRICTS[locale])}", "", town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "en_CC":
        return f"{street}, {town}, Cocos (Keeling) Islands WA {postcode}"
    if postcode:
        return f"{street}, {town} {postcode}"
    return f"{street}, {town}"


def _medicare(rng: random.Random) -> str:
    digits = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
    check = sum(d * w for d, w in zip(digits, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return "".join(map(str, digits)) + str(check) + str(rng.randint(1, 5))


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 41's people (``first``, ``last``, ``full``,
    ``female``, ``dob``, ``email``, ``mobile``, ``landline``, ``street``, ``postcode``, ``town``, ``address``,
    ``nid``, ``iban``, ``locale``, ``script``, ``alt``)."""
    women, men, surnames = _NAMES[locale]
    female = rng.random() < 0.5
    first = rng.choice(women if female else men)
    last = rng.choice(surnames)
    if locale == "en_CC" and first not in ("Sharon", "Kylie", "Craig", "Darren") and rng.random() < 0.5:
        last = ("binti " if female else "bin ") + rng.choice(("Minkom", "Said", "Anuar", "Pirus", "Iku"))
    while last == first:
        last = rng.choice(surnames)
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    street, postcode, town = place(locale, rng)
    mail_last = _ascii(last.split()[-1])
    email = f"{_ascii(first)}{rng.choice(('.', '_', ''))}{mail_last}{rng.choice(('', str(rng.randint(1, 99))))}"
    return types.SimpleNamespace(
        first=first, last=last, full=f"{first} {last}", female=female, dob=dob,
        email=f"{email}@{rng.choice(_MAIL[locale])}", mobile=_number(locale, rng, True),
        landline=_number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town),
        nid=_medicare(rng) if locale == "en_CC" else None, iban=None, locale=locale, script="", alt=None,
    )  # fmt: skip
