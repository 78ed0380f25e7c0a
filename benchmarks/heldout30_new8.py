"""Held-out set 30: people, addresses, national ids and IBANs of the eight new locales, written from the countries'
own customs (none of these names or streets is in Faker).

People: Iraqi four-part names in Arabic script (given, father's, grandfather's, the tribe or family ``الجبوري``),
Rwandan (a Kinyarwanda surname, often first, and a Christian given name: ``Uwimana Claudine``), Polynesian (Tahitian
and French: ``Teriitahi``, ``Vaimiti``, ``Tehei``), Zambian (``Mwansa``, ``Chilufya``, ``Phiri``), Bosnian Serb
(``Đorđe``, ``Milica``, ``Kovačević``, Cyrillic or Latin), Haitian (``Jean-Baptiste``, ``Fabiola``, ``Pierre-Louis``),
German-speaking Namibian (``Hans-Dieter``, ``Anneliese``, ``Kuhlmann``, Afrikaans ``van Wyk``) and Samoan
(``Tuilagi``, ``Faleolo``, ``Malia``, ``Sione``).

Ids with a check digit where one exists: the Bosnian JMBG (``DDMMYYY`` + region + serial + mod-11 check, weights
7 6 5 4 3 2 7 6 5 4 3 2); the rest without a public check digit (Iraq's 12-digit card, Rwanda's 16-digit id, the
Zambian NRC ``123456/78/1``, the Haitian NIF ``001-234-567-8``, Namibia's ``YYMMDD`` + five digits).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    """One person: given and family name, sex, a middle or father's name, a nickname."""

    first: str
    last: str
    female: bool
    middle: str = ""
    nickname: str = ""


_GIVEN = {
    "ar_IQ": (("حسين", "علي", "مصطفى", "حيدر", "عباس", "كرار", "مرتضى", "عمر", "ياسر", "سجاد"),
              ("زينب", "فاطمة", "مريم", "نور", "رقية", "هدى", "بتول", "سارة", "آيات", "دعاء")),
    "rw_RW": (("Jean Claude", "Emmanuel", "Eric", "Innocent", "Patrick", "Olivier", "Theoneste", "Fabrice"),
              ("Claudine", "Aline", "Diane", "Vestine", "Josiane", "Immaculée", "Clarisse", "Solange")),
    "fr_PF": (("Tehei", "Teva", "Moana", "Hiro", "Raiarii", "Jean-Marc", "Heimana", "Tamatoa"),
              ("Vaimiti", "Hinano", "Maeva", "Poerava", "Tiare", "Marie-Claude", "Heiarii", "Rautea")),
    "en_ZM": (("Mwansa", "Bwalya", "Chanda", "Mulenga", "Kelvin", "Joseph", "Lubinda", "Mutale"),
              ("Chilufya", "Natasha", "Mwila", "Thandiwe", "Memory", "Namakau", "Kabwe", "Luyando")),
    "sr_BA": (("Đorđe", "Nemanja", "Dragan", "Milorad", "Slobodan", "Vladimir", "Nikola", "Saša"),
              ("Milica", "Jelena", "Dragana", "Snežana", "Tijana", "Bojana", "Mirjana", "Jovana")),
    "fr_HT": (("Jean-Robert", "Wilner", "Frantz", "Jocelyn", "Lesly", "Réginald", "Emmanuel", "Fritzner"),
              ("Fabiola", "Nadège", "Marie-Ange", "Guerline", "Rose-Andrée", "Mirlande", "Widline", "Stéphanie")),
    "de_NA": (("Hans-Dieter", "Wilfried", "Jörg", "Heiko", "Pieter", "Gerhard", "Dirk", "Reinhold"),
              ("Anneliese", "Heike", "Ilse", "Marietjie", "Sigrid", "Karin", "Elke", "Hannelore")),
    "sm_WS": (("Sione", "Tavita", "Ioane", "Faamanu", "Lemalu", "Penitito", "Tuala", "Fetu"),
              ("Malia", "Losana", "Seini", "Fiafia", "Talulah", "Luisa", "Sieni", "Fotu")),
}  # fmt: skip
_LAST = {
    "ar_IQ": ("الجبوري", "العبيدي", "الدليمي", "الربيعي", "الساعدي", "التميمي", "الموسوي", "الخفاجي", "الزبيدي"),
    "rw_RW": ("Uwimana", "Niyonzima", "Mukamana", "Habimana", "Nsengiyumva", "Uwase", "Mugisha", "Iradukunda",
              "Nshimiyimana", "Ingabire"),
    "fr_PF": ("Teriitahi", "Tetuanui", "Taputu", "Mai", "Flosse", "Temaru", "Bambridge", "Tehaamoana", "Raapoto"),
    "en_ZM": ("Phiri", "Banda", "Mwale", "Tembo", "Chileshe", "Mumba", "Kaunda", "Hichilema", "Musonda", "Zulu"),
    "sr_BA": ("Kovačević", "Savić", "Jovanović", "Đukić", "Stanković", "Tadić", "Lukić", "Petrović", "Marić"),
    "fr_HT": ("Jean-Baptiste", "Pierre-Louis", "Joseph", "Dorsainvil", "Augustin", "Bélizaire", "Desrosiers",
              "Étienne", "Lafortune"),
    "de_NA": ("Kuhlmann", "van Wyk", "Schneider", "Voigts", "Hoffmann", "Brandt", "Diergaardt", "Krause",
              "Engelbrecht"),
    "sm_WS": ("Tuilagi", "Faleolo", "Leota", "Fuimaono", "Tuiasosopo", "Aiono", "Sapolu", "Lauina", "Tofilau"),
}  # fmt: skip
_NICK = {"sr_BA": {"Slobodan": "Boba", "Milorad": "Miki", "Vladimir": "Vlado"}, "de_NA": {"Hans-Dieter": "Hansi"},
         "en_ZM": {"Joseph": "Jojo"}, "fr_HT": {"Jean-Robert": "Bob"}, "sm_WS": {"Tavita": "Tav"}}  # fmt: skip
_CYR = dict(zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш", strict=True))
_CYR_PAIRS = {"lj": "љ", "nj": "њ", "dž": "џ"}


def cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic (one letter to one letter, as Serbian spells; a king's ``I`` stays a numeral)."""
    text = text.replace(" I ", " \x00 ")
    out, i = [], 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair.lower() in _CYR_PAIRS:
            c = _CYR_PAIRS[pair.lower()]
            out.append(c.upper() if pair[0].isupper() else c)
            i += 2
            continue
        ch = text[i]
        c = _CYR.get(ch.lower(), ch)
        out.append(c.upper() if ch.isupper() else c)
        i += 1
    return "".join(out).replace("\x00", "I")


_LAT = {c: k for k, c in {**_CYR, **_CYR_PAIRS}.items()}


def latin(text: str) -> str:
    """Serbian Cyrillic back to Latin (what an e-mail address keeps of a name)."""
    return "".join(_LAT.get(ch.lower(), ch) if ch.islower() or ch.lower() not in _LAT else _LAT[ch.lower()].capitalize()
                   for ch in text)  # fmt: skip


def person(locale: str, rng: random.Random) -> Person:
    """One person of a new locale (Iraq: the father's name as middle; a nickname sometimes)."""
    female = rng.random() < 0.5
    first = rng.choice(_GIVEN[locale][female])
    last = rng.choice(_LAST[locale])
    middle = rng.choice(_GIVEN[locale][0]) if locale == "ar_IQ" else ""
    if locale == "sr_BA" and rng.random() < 0.4:
        first, last = cyrillic(first), cyrillic(last)
    nick = _NICK.get(locale, {}).get(first, "")
    return Person(first, last, female, middle, nick)


def full(p: Person, locale: str) -> str:
    """The name as running text writes it (Iraq: given, father's, family; Rwanda: the surname first on some)."""
    if locale == "ar_IQ":
        return f"{p.first} {p.middle} {p.last}"
    return f"{p.first} {p.last}"


_TITLES = {"en": ("Mr", "Mrs"), "fr": ("M.", "Mme"), "de": ("Herr", "Frau"), "sr": ("g.", "gđa"),
           "ar": ("السيد", "السيدة"), "rw": ("Bwana", "Madamu"), "sm": ("Mr", "Mrs")}  # fmt: skip


def titled(p: Person, lg: str) -> str:
    """Title and surname (``Frau Kuhlmann``, ``Mme Dorsainvil``, ``السيدة الجبوري``)."""
    title = _TITLES.get(lg, _TITLES["en"])[p.female]
    if p.last[0] in "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ":
        title = ("г.", "гђа")[p.female]
    return f"{title} {p.last}"


_HOSTS = {"ar_IQ": ("gmail.com", "yahoo.com", "earthlink.iq"), "rw_RW": ("gmail.com", "yahoo.fr", "mtn.co.rw"),
          "fr_PF": ("mail.pf", "gmail.com", "vini.pf"), "en_ZM": ("gmail.com", "zamtel.zm", "yahoo.com"),
          "sr_BA": ("teol.net", "gmail.com", "blic.net"), "fr_HT": ("hotmail.com", "gmail.com", "hainet.net"),
          "de_NA": ("iway.na", "gmail.com", "afol.com.na"),
          "sm_WS": ("samoa.ws", "gmail.com", "lesamoa.net")}  # fmt: skip
_LATIN_IQ = {"حسين": "hussein", "علي": "ali", "مصطفى": "mustafa", "حيدر": "haider", "عباس": "abbas", "زينب": "zainab",
             "فاطمة": "fatima", "مريم": "maryam", "نور": "noor", "سارة": "sara"}  # fmt: skip


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address made from the name (Arabic-script and Cyrillic names: a Latin spelling or digits)."""
    from heldout29_people import ascii_text

    first = _LATIN_IQ.get(p.first, "iq") if locale == "ar_IQ" else latin(p.first)
    last = f"{rng.randint(70, 99)}" if locale == "ar_IQ" else latin(p.last)
    first, last = (
        ascii_text(x.replace("đ", "dj").replace("Đ", "Dj")).lower().replace(" ", "").replace("-", "")
        for x in (first, last)
    )
    user = rng.choice((f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}"))
    return f"{user}@{rng.choice(_HOSTS[locale])}"


_STREETS = {
    "rw_RW": ("KG {a} Ave", "KN {a} St", "KK {a} St", "KG {a} St", "KN {a} Ave"),
    "fr_PF": ("PK {k} côté mer", "PK {k} côté montagne", "Rue des Remparts", "Avenue Pouvanaa a Oopa",
              "Servitude Teriierooiterai", "Lotissement Erima"),
    "en_ZM": ("Kabulonga Road", "Leopards Hill Road", "Chilimbulu Road", "Lumumba Road", "Nkana Road", "Burma Road"),
    "sr_BA": ("Kralja Petra I Karađorđevića", "Cara Lazara", "Njegoševa", "Vidovdanska", "Bulevar Desanke Maksimović",
              "Jevrejska"),
    "fr_HT": ("Rue Capois", "Rue Lamarre", "Delmas {a}", "Rue Panaméricaine", "Impasse Lavaud", "Rue Grégoire"),
    "de_NA": ("Sam-Nujoma-Drive", "Robert Mugabe Avenue", "Nelson-Mandela-Avenue", "Bahnhofstraße", "Uhland Street",
              "Jan Jonker Road"),
    "sm_WS": ("Vaitele-uta", "Vailima", "Moto'otua", "Lotopa", "Vaimea", "Saleufi", "Faleasiu"),
}  # fmt: skip
_TOWNS = {"ar_IQ": ("بغداد", "البصرة", "النجف", "كربلاء", "الحلة"), "rw_RW": ("Kigali", "Huye", "Musanze", "Rubavu"),
          "fr_PF": (("Papeete", "98714"), ("Punaauia", "98718"), ("Faaa", "98704"), ("Pirae", "98716")),
          "en_ZM": (("Lusaka", "10101"), ("Kitwe", "50100"), ("Ndola", "10101"), ("Livingstone", "20100")),
          "sr_BA": (("Banja Luka", "78000"), ("Bijeljina", "76300"), ("Prijedor", "79101"), ("Trebinje", "89101")),
          "fr_HT": (("Port-au-Prince", "HT6110"), ("Pétion-Ville", "HT6140"), ("Cap-Haïtien", "HT1110")),
          "de_NA": (("Windhoek", "10005"), ("Swakopmund", "13001"), ("Walvis Bay", "13013")),
          "sm_WS": ("Apia", "Upolu", "Savai'i")}  # fmt: skip
_NO_POSTCODE = ("ar_IQ", "rw_RW", "sm_WS")
STREET_WORDS = frozenset({"محلة", "زقاق", "دار", "kg", "kn", "kk", "ave", "st", "pk", "côté", "mer", "montagne",
                          "road", "ul", "ул", "bp", "plot", "house", "delmas", "impasse", "privatbag"})  # fmt: skip


def place(locale: str, rng: random.Random) -> tuple[str, str, str]:
    """(street line, postcode, town): postcode "" where the country writes none (Iraq, Rwanda, Samoa), and seldom in
    Zambia, Haiti and Namibia."""
    towns = _TOWNS[locale]
    town = rng.choice(towns)
    town, pc = (town, "") if isinstance(town, str) else town
    if locale == "ar_IQ":
        line = f"محلة {rng.randint(101, 999)}، زقاق {rng.randint(1, 90)}، دار {rng.randint(1, 120)}"
        return line, "", town
    pattern = rng.choice(_STREETS[locale]).format(a=rng.randint(2, 740), k=f"{rng.randint(1, 30)},{rng.randint(0, 9)}")
    no = rng.randint(1, 240)
    if locale == "rw_RW":
        line = f"{pattern}, No {no}"
    elif locale == "fr_PF":
        line = pattern if pattern.startswith("PK") else f"{no} {pattern}" if rng.random() < 0.5 else pattern
    elif locale == "en_ZM":
        line = f"Plot {rng.randint(100, 9999)}, {pattern}"
    elif locale == "sr_BA":
        line = f"{pattern} {no}" if rng.random() < 0.6 else f"ул. {cyrillic(pattern)} {no}"
    elif locale == "fr_HT":
        line = f"{pattern} #{no}" if rng.random() < 0.6 else f"{no}, {pattern}"
    elif locale == "de_NA":
        line = f"{pattern} {no}" if rng.random() < 0.7 else f"Erf {rng.randint(100, 9999)}, {pattern}"
    else:
        line = f"{pattern}, {rng.choice(('Upolu', 'Savaii'))}" if rng.random() < 0.5 else pattern
    if locale in ("en_ZM", "fr_HT", "de_NA") and rng.random() < 0.6:
        pc = ""
    return line, ("" if locale in _NO_POSTCODE else pc), town


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """One cell with the whole address as the country writes it."""
    if locale == "ar_IQ":
        return f"{town}، {street}"
    return f"{street}, {postcode} {town}".replace(",  ", ", ") if postcode else f"{street}, {town}"


def jmbg(dob: dt.date, female: bool, rng: random.Random) -> str:
    """A JMBG of the Republika Srpska (region 10-19): ``DDMMYYY``, region, serial (500+ a woman), mod-11 check."""
    while True:
        serial = rng.randint(500, 999) if female else rng.randint(0, 499)
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 1000:03d}{rng.randint(10, 19)}{serial:03d}"
        total = sum(int(c) * w for c, w in zip(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
        check = 11 - total % 11
        if check < 10:
            return body + str(check)
        if check == 11:
            return body + "0"


def jmbg_valid(value: str) -> bool:
    """The mod-11 check of a JMBG (the rule ``jmbg`` writes by)."""
    if len(value) != 13 or not value.isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(value[:12], (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    check = 11 - total % 11
    return int(value[12]) == (0 if check == 11 else check)


def national_id(locale: str, rng: random.Random, dob: dt.date, female: bool) -> str | None:
    """A national id of a new locale (None in Polynesia and Samoa, which have none written here)."""
    digits = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    if locale == "sr_BA":
        return jmbg(dob, female, rng)
    if locale == "ar_IQ":
        return f"{rng.choice('12')}{dob.year % 100:02d}{digits(9)}"
    if locale == "rw_RW":
        return f"1 {dob.year} {'7' if female else '8'} {digits(7)} 0 {digits(2)}"
    if locale == "en_ZM":
        return f"{digits(6)}/{rng.randint(10, 99)}/1"
    if locale == "fr_HT":
        return f"00{rng.randint(1, 9)}-{digits(3)}-{digits(3)}-{digits(1)}"
    if locale == "de_NA":
        return f"{dob:%y%m%d}{digits(5)}"
    return None


_IBAN_LEN = {"IQ": (("NBIQ", "RAFB", "RDBK"), 15), "BA": (None, 16)}  # bank letters, digits after them


def iban(country: str, rng: random.Random, grouped: bool = False) -> str | None:
    """An IBAN of ``country`` with its check digits (Iraq, Bosnia; none in the other six: French Polynesia's are not
    in the IBAN registry ``stdnum`` checks by)."""
    if country not in _IBAN_LEN:
        return None
    banks, width = _IBAN_LEN[country]
    body = (rng.choice(banks) if banks else "") + "".join(rng.choice("0123456789") for _ in range(width))
    moved = body + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    value = f"{country}{check:02d}{body}"
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value
