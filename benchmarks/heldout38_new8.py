"""Held-out set 38: people, addresses, ids, phones, e-mails and IBANs of the eight locales no set used, written from
the places' own customs (none of these names or streets is in Faker).

- en_NF (Norfolk Island): Pitcairn descendants' surnames (``Christian``, ``Quintal``, ``Nobbs``, ``Buffett``,
  ``McCoy``, ``Adams``) and the nicknames the island's phone book prints (``Darlene "Dar" Christian``); named
  roads without numbers (``Taylors Road, Burnt Pine``, ``Cascade Road``), ``PO Box 95``; the Australian postcode
  ``NORFOLK ISLAND NSW 2899``; ``+672 3`` numbers (``3 22xxx`` lines, ``3 5xxxx`` mobiles).
- fr_BL (Saint-Barthélemy): Norman-descended names (``Gréaux``, ``Lédée``, ``Questel``, ``Magras``, ``Aubin``);
  quarters (``Gustavia``, ``Lorient``, ``Flamands``, ``Corossol``, ``Vitet``) and lieux-dits, ``rue du Roi Oscar
  II``; ``97133 Saint-Barthélemy``; the NIR of one born there (``97 701``); FR IBANs; ``0590 27`` lines, ``0690``
  mobiles (shared with Guadeloupe: ``phonenumbers`` gives them GP, so they are not in the "phone valid" count).
- nl_SX (Sint Maarten): ``Arrindell``, ``Wathey``, ``Richardson``, ``Illidge``, ``Gumbs``; Dominican, Haitian and
  Indian families too; ``A.Th. Illidge Road 81``, ``Back Street``, ``Welfare Road, Cole Bay``, districts without
  numbers (``Dutch Quarter``, ``St. Peters``); no postcode; NANP 721 numbers (542/543 lines, 52x/55x/58x mobiles).
- en_KI (Kiribati): ``Teretia Tebano``, ``Ioane Kaure``; women titled ``Nei``; South Tarawa villages (``Betio``,
  ``Bairiki``, ``Bikenibeu``, ``Teaoraereke``) and outer islands, ``near the maneaba``, ``P.O. Box 61, Bairiki``; no
  postcode, no id; 5-digit lines, 8-digit mobiles.
- en_SB (Solomon Islands): ``Lency Pitakaka``, ``Jonah Houairi``; Honiara areas (``Kukum``, ``Naha``, ``Vura``,
  ``White River``), ``Mendana Avenue, Point Cruz``, ``Section 12``, provincial towns (``Auki``, ``Gizo``); no postcode,
  no id; 5-digit lines, 7-digit mobiles.
- fr_GF (French Guiana): Creole, Chinese-Guianese (some with their name in Chinese characters), Hmong, Brazilian,
  Kali'na and Maroon families; ``PK 12 route de Rochambeau``, lotissements, ``bourg de Cacao``, ``12 rue
  Lallouette``; ``97300 Cayenne`` etc.; the NIR of one born there (``97 3xx``); FR IBANs; ``0594``/``0694``.
- en_CK (Cook Islands): ``Tereapii Marsters``, ``Ngametua Tangimetua``; ``Ara Tapu, Arorangi``, ``Ara Metua,
  Titikaveka``, ``back road near the CICC church``, ``PO Box 123, Avarua``; no postcode, no id; 5-digit numbers.
- en_PW (Palau): Palauan surnames (``Ngiraked``, ``Rengiil``, ``Tellei``, ``Oiterong``) with Japanese-era given names
  (``Haruo``, ``Fumiko``); Koror hamlets (``Meketii``, ``Ngerkesoaol``, ``Idid``, ``Malakal``), ``P.O. Box 1234``;
  the US ZIP codes ``96940`` (Koror) and ``96939`` (Melekeok); 7-digit numbers.
"""

from __future__ import annotations

import datetime as dt
import random
import types

import phonenumbers
from faker import Faker
from stdnum.fr import nir

NEW8_38 = ("en_NF", "fr_BL", "nl_SX", "en_KI", "en_SB", "fr_GF", "en_CK", "en_PW")

_F, _M = 0, 1


def _t(text: str) -> tuple[str, ...]:
    """A tuple of the ``|``-separated entries of ``text``."""
    return tuple(text.split("|"))


# given names (female, male), surnames, settlements, roads, postcodes, e-mail domains
_NF = {
    "given": (
        _t("Darlene|Tania|Gaye|Lisa|Jodie|Coral|Shelley|Alison|Mardi|Trudy"),
        _t("Clinton|Ritchie|Shane|Wayne|Lisle|Duncan|Toon|Greg|Arthur|Brett"),
    ),
    "last": _t(
        "Christian|Quintal|Nobbs|Buffett|McCoy|Adams|Young|Evans|Snell|Bataille|Menghetti|Anderson|Robinson|Sanders"
    ),
    "nick": _t("Dar|Cookie|Tardie|Puss|Boonie|Ozzie|Bucket|Fishy|Kiwi|Snow"),
    "towns": _t("Burnt Pine|Kingston|Cascade|Anson Bay|Steeles Point|Middlegate|Longridge"),
    "roads": _t(
        "Taylors Road|Queen Elizabeth Avenue|Cascade Road|Anson Bay Road|Headstone Road|Middlegate Road|"
        "Rocky Point Road|Ferny Lane|Grassy Road|Mission Road|New Cascade Road|Douglas Drive|Selwyn Pine Road|"
        "Hibiscus Drive|Collins Head Road|Two Chimneys Road"
    ),
    "domains": _t("norfolk.net.nf|gmail.com|bigpond.com"),
}
_BL = {
    "given": (
        _t("Micheline|Hélène|Maryse|Nadège|Sophie|Elodie|Lise|Martine"),
        _t("Bruno|Nils|Maxime|Xavier|Yves|Ange|Jean-Marc|Thierry"),
    ),
    "last": _t(
        "Gréaux|Lédée|Questel|Magras|Aubin|Blanchard|Bernier|Laplace|Brin|Turbé|Gumbs|Danet|Berry|Greaux-Laplace"
    ),
    "towns": _t(
        "Gustavia|Saint-Jean|Lorient|Colombier|Flamands|Corossol|Public|Vitet|Toiny|Grand Cul-de-Sac|Marigot|"
        "Pointe Milou|Anse des Cayes"
    ),
    "roads": _t(
        "rue du Roi Oscar II|rue de la République|rue Jeanne d'Arc|rue du Bord de Mer|rue Samuel Fahlberg|"
        "chemin de Saline|route de Saint-Jean|rue Victor Hugo"
    ),
    "domains": _t("wanadoo.fr|orange.fr|gmail.com|domaccess.com"),
}
_SX = {
    "given": (
        _t("Sarah|Jacinta|Gracita|Leona|Silveria|Marisol|Rolanda|Nadia|Shermina"),
        _t("Theo|Rolando|Maurice|Clyde|Marcel|Franklin|Ardwell|Jean-Robert|Rajesh"),
    ),
    "last": _t(
        "Arrindell|Wathey|Richardson|Illidge|Gumbs|Lake|Peterson|Brooks|Hodge|Carty|Duncan|York|Romney|Hassell|"
        "Rodríguez|Jean-Baptiste|Chandiramani|Van Heyningen"
    ),
    "towns": _t(
        "Philipsburg|Cole Bay|Simpson Bay|Cul de Sac|Dutch Quarter|St. Peters|Middle Region|Sucker Garden|Belvedere|"
        "Cay Hill|Madame Estate|South Reward"
    ),
    "roads": _t(
        "A.Th. Illidge Road|Back Street|Front Street|Welfare Road|L.B. Scott Road|Union Road|Airport Road|Bush Road|"
        "W.J.A. Nisbeth Road|Walter Plantz Square|Zagersgut Road"
    ),
    "domains": _t("sintmaarten.net|gmail.com|caribserve.net|hotmail.com"),
}
_KI = {
    "given": (
        _t("Teretia|Tabera|Bwenawa|Tessie|Rineta|Meere|Kanaua|Taakei"),
        _t("Ioane|Tebwebwe|Kaure|Tiaon|Taneti|Banuera|Teuea|Rimeta"),
    ),
    "last": _t("Tebano|Kaure|Toatu|Berina|Maamau|Reiher|Tito|Tong|Teiwaki|Uriam|Itaaka|Kirata|Tekeraoi|Bauro"),
    "towns": _t(
        "Betio|Bairiki|Bikenibeu|Bonriki|Eita|Temwaiku|Teaoraereke|Nanikai|Antebuka|Ambo|Banraeaba|Nawerewere|"
        "Abaiang|Marakei|Butaritari|London, Kiritimati"
    ),
    "roads": _t(
        "near the maneaba|behind the Catholic church|next to the Kiribati Teachers College|opposite the Betio market|"
        "by the causeway|lagoon side"
    ),
    "domains": _t("gmail.com|tskl.net.ki|yahoo.com"),
}
_SB = {
    "given": (
        _t("Lency|Florence|Ruth|Dorothy|Esther|Hilda|Mary|Ethel"),
        _t("Jonah|Nelson|Ezekiel|John|Manasseh|Douglas|Celsus|Snyder"),
    ),
    "last": _t(
        "Pitakaka|Houairi|Kikolo|Tosika|Ramofafia|Lilo|Tanangada|Maelanga|Fono|Ete|Agovaka|Dausabea|Talasasa|Sade|Wale"
    ),
    "towns": _t(
        "Kukum|Naha|Vura|White River|Lengakiki|Tasahe|Rove|Point Cruz|Mbokona|Burns Creek|Henderson|Kakabona|"
        "Tuvaruhu|Auki|Gizo|Munda|Tulagi|Kirakira"
    ),
    "roads": _t(
        "Mendana Avenue|Kukum Highway|Hibiscus Avenue|Lengakiki Ridge Road|Tandai Highway|Section 12|Section 34"
    ),
    "domains": _t("solomon.com.sb|gmail.com|yahoo.com"),
}
_GF = {
    "given": (
        _t("Christiane|Mylène|Yvane|Lisette|Kouéli|Pa|Xia|Rosineide|Jocelyne"),
        _t("Rodolphe|Léon|Gabriel|Jean-Marc|Tou|Nao|Edson|Rudy|Aloïké"),
    ),
    "last": _t(
        "Taubira|Alexandre|Patient|Serville|Karam|Chevry|Jean-Baptiste|Lony|Horth|Civil|Lee|Vang|Yang|Thao|Silva|"
        "Santos|Tiouka|Auguste|Aloeboetoe|Ho-A-Chuck|Chow-Chine|Lam|Wong"
    ),
    "towns": tuple(
        x.split(" ", 1)
        for x in _t(
            "97300 Cayenne|97354 Rémire-Montjoly|97351 Matoury|97310 Kourou|97320 Saint-Laurent-du-Maroni|"
            "97355 Macouria|97311 Roura|97360 Mana|97315 Sinnamary|97370 Maripasoula|97313 Saint-Georges"
        )
    ),
    "roads": _t(
        "rue Lallouette|avenue du Général de Gaulle|rue Schoelcher|route de Baduel|chemin Grant|rue Madame Payé|"
        "avenue Léopold Héder|rue du Lieutenant Goinet|route de Montabo"
    ),
    "domains": _t("wanadoo.fr|orange.fr|gmail.com|outremer-telecom.fr"),
}
# Chinese-Guianese families write their name in characters too (surname, then given names).
_GF_HANZI = {"Ho-A-Chuck": "何", "Chow-Chine": "周", "Lam": "林", "Wong": "黄"}
_HANZI_GIVEN = ("秀英", "志明", "美玲", "建华", "丽华", "国强")
_CK = {
    "given": (
        _t("Tereapii|Vaine|Mii|Tupou|Mata|Ngatokorua|Teuira|Rima"),
        _t("Ngametua|Teina|Tangata|Teariki|Mataiapo|Tuaine|Ngaroi|Pa"),
    ),
    "last": _t(
        "Marsters|Tangimetua|Tuara|Pera|Tuteru|Ngaau|Pokino|Tamarua|Napa|Tapurau|Heather|Vainerere|Mokoroa|Browne"
    ),
    "towns": _t(
        "Avarua|Nikao|Arorangi|Titikaveka|Ngatangiia|Matavera|Muri|Tupapa|Takuvaine|Avatiu|Arutanga, Aitutaki|"
        "Amuri, Aitutaki|Oneroa, Mangaia"
    ),
    "roads": _t(
        "Ara Tapu|Ara Metua|back road near the CICC church|inland from the Ara Tapu|Tutakimoa Road|Avatiu Valley Road"
    ),
    "domains": _t("oyster.net.ck|gmail.com|bluesky.co.ck"),
}
_PW = {
    "given": (
        _t("Fumiko|Sachiko|Leilani|Faustina|Dilmei|Jennifer|Ebil|Uchel"),
        _t("Haruo|Kuniwo|Yukiwo|Masao|Surangel|Hokkons|Kerai|Johnson"),
    ),
    "last": _t(
        "Ngiraked|Rengiil|Ngiratkel|Rechebei|Tellei|Kesolei|Ngirmang|Sadang|Oiterong|Emesiochel|Olkeriil|Remengesau|"
        "Toribiong|Baules|Mariur"
    ),
    "towns": tuple(
        x.split(" ", 1)
        for x in _t(
            "96940 Meketii, Koror|96940 Ngerkesoaol, Koror|96940 Idid, Koror|96940 Malakal, Koror|"
            "96940 Ngerchemai, Koror|96940 Airai|96939 Melekeok|96939 Ngerulmud"
        )
    ),
    "roads": _t("Main Street|Lebuu Street|Malakal Road|Topside Road|Compact Road|Airai Road"),
    "domains": _t("palaunet.com|gmail.com|pnccpalau.com"),
}
_DATA = {"en_NF": _NF, "fr_BL": _BL, "nl_SX": _SX, "en_KI": _KI, "en_SB": _SB, "fr_GF": _GF, "en_CK": _CK,
         "en_PW": _PW}  # fmt: skip
# National-number starts and lengths of lines and mobiles (checked with ``phonenumbers`` at draw time).
_PHONES = {
    "en_NF": (("322", 6), ("35", 6)),
    "fr_BL": (("59027", 9), ("6900", 9)),
    "nl_SX": (("721542", 10), ("72155", 10)),
    "en_KI": (("2", 5), ("73", 8)),
    "en_SB": (("2", 5), ("74", 7)),
    "fr_GF": (("59430", 9), ("69420", 9)),
    "en_CK": (("2", 5), ("7", 5)),
    "en_PW": (("488", 7), ("775", 7)),
}
STREET_WORDS = frozenset({"road", "avenue", "street", "lane", "drive", "highway", "rue", "route", "chemin", "ara",
                          "section", "lotissement", "pk", "quartier", "bourg", "lieu-dit"})  # fmt: skip


def _number(locale: str, rng: random.Random, mobile: bool) -> phonenumbers.PhoneNumber:
    """A number of the locale's plan, valid by ``phonenumbers`` (the example number if no draw is)."""
    region = locale.split("_")[1]
    start, length = _PHONES[locale][mobile]
    for _ in range(60):
        national = start + "".join(str(rng.randint(0, 9)) for _ in range(length - len(start)))
        num = phonenumbers.parse(national if not locale.startswith("fr") else "0" + national, region)
        # Saint-Barthélemy's mobiles share Guadeloupe's 0690 range (``phonenumbers`` names them GP).
        home = (region, "GP") if region == "BL" else (region,)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) in home:
            return num
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    return phonenumbers.example_number_for_type(region, kind)


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street, postcode, town) as people of the place write them; the street is often a road or a landmark with no
    number, the postcode empty where the place has none."""
    d = _DATA[locale]
    road = rng.choice(d["roads"])
    if locale == "en_NF":
        street = rng.choice((road, road, f"PO Box {rng.randint(10, 990)}"))
        return street, "2899", rng.choice(d["towns"])
    if locale == "fr_BL":
        town = rng.choice(d["towns"])
        street = rng.choice((f"{rng.randint(1, 40)} {road}", f"lieu-dit {town}", f"quartier {town}",
                             f"BP {rng.randint(100, 1200)}"))  # fmt: skip
        return street, "97133", "Saint-Barthélemy" if rng.random() < 0.7 else town
    if locale == "nl_SX":
        street = rng.choice((f"{road} {rng.randint(1, 120)}", f"{road} #{rng.randint(1, 60)}", road,
                             f"P.O. Box {rng.randint(100, 2000)}"))  # fmt: skip
        return street, "", rng.choice(d["towns"])
    if locale in ("en_KI", "en_CK"):
        town = rng.choice(d["towns"])
        street = rng.choice((road, f"P.O. Box {rng.randint(10, 600)}", f"Lot {rng.randint(1, 90)}")) if (
            locale == "en_KI") else rng.choice((road, road, f"PO Box {rng.randint(10, 900)}"))  # fmt: skip
        return street, "", town
    if locale == "en_SB":
        street = rng.choice((road, f"{road}, near the market", f"P.O. Box {rng.randint(100, 2600)}"))
        return street, "", rng.choice(d["towns"])
    if locale == "fr_GF":
        postcode, town = rng.choice(d["towns"])
        street = rng.choice(
            (
                f"{rng.randint(1, 140)} {road}",
                f"{rng.randint(1, 140)}, {road}",
                f"PK {rng.randint(2, 30)} route de Rochambeau",
                "lotissement Les Âmes Claires",
                f"{rng.randint(1, 60)} lotissement Moucayou",
                "bourg de Cacao",
                "Cité Eau Lisette",
            )
        )
        return street, postcode, town
    postcode, town = rng.choice(d["towns"])
    near = rng.choice(("store", "bai"))
    street = rng.choice((road, f"P.O. Box {rng.randint(100, 9999)}", f"{road}, near the {near}"))
    return street, postcode, town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "en_NF":
        return f"{street}, {town}, Norfolk Island NSW {postcode}"
    if locale in ("fr_BL", "fr_GF"):
        return f"{street}, {postcode} {town}"
    if locale == "en_PW":
        return f"{street}, {town}, PW {postcode}"
    return f"{street}, {town}"


def _nir(female: bool, dob: dt.date, locale: str, rng: random.Random) -> str:
    """A French NIR of one born in Saint-Barthélemy (``97 701``) or French Guiana (``97 3xx``)."""
    commune = "701" if locale == "fr_BL" else rng.choice(("302", "304", "307", "309", "311"))
    body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}97{commune}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    value = f"{body}{key:02d}"
    assert nir.is_valid(value)
    return f"{value[0]} {value[1:3]} {value[3:5]} {value[5:7]} {value[7:10]} {value[10:13]} {value[13:]}"


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of the earlier sets' people."""
    d = _DATA[locale]
    female = rng.random() < 0.5
    first = rng.choice(d["given"][_F if female else _M])
    last = rng.choice(d["last"])
    years = rng.randint(5, 15) if child else rng.randint(19, 84)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    street, postcode, town = place(locale, rng)
    script = ""
    if locale == "fr_GF" and last in _GF_HANZI:
        script = _GF_HANZI[last] + rng.choice(_HANZI_GIVEN)
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{last}{dob.year % 100}", f"{first}{last[:3]}"))
    local = "".join(c for c in local.lower() if c.isalnum() or c == ".")
    local = local.translate(str.maketrans("éèëïô", "eeeio"))
    iban = None
    if locale in ("fr_BL", "fr_GF"):
        fake = Faker("fr_FR")
        fake.seed_instance(rng.randint(0, 2**31))
        iban = fake.iban()
    nid = _nir(female, dob, locale, rng) if locale in ("fr_BL", "fr_GF") else None
    nick = rng.choice(d["nick"]) if "nick" in d and rng.random() < 0.3 else ""
    return types.SimpleNamespace(
        first=first, last=last, full=f"{first} {last}", female=female, dob=dob,
        email=f"{local}@{rng.choice(d['domains'])}", mobile=_number(locale, rng, True),
        landline=_number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town), nid=nid, iban=iban, locale=locale, script=script,
        nick=nick,
    )  # fmt: skip
