"""Held-out set 43: people, addresses, ids, phones and e-mails of the eight locales no set used (seven of countries
and territories no set used, one new language of an old country), written from the places' own customs (none of
these names or streets is taken from Faker).

- ar_SD (Sudan, written in Latin letters as Sudanese English-language exports do): ``Amna Babiker``, ``Osman
  Elhassan``, ``Tarig Mahgoub``; Port Sudan's and Omdurman's hay and blocks (``Hay Al-Matar, Block 5, House 112``,
  ``Deim Arab``, ``Salalab``), Khartoum's numbered streets in Al-Amarat (``Street 15, Al-Amarat``), landmarks (``near
  the Souq Al-Kabir``), P.O. boxes; no postcode in use; the 11-digit national number; +249 (``15x``/``18x`` lines,
  ``91``/``92``/``99``/``12`` mobiles).
- en_ER (Eritrea): ``Semhar Tesfamariam``, ``Yonas Ghebremedhin``, ``Filmon Woldemichael`` (the surname is the
  father's name); Asmara's coded streets (``Street 171-16, House 7``), ``Harnet Avenue``, ``Sematat Avenue``,
  districts (``Tiravolo``, ``Godaif``, ``Mai Temenai``, ``Edaga Hamus``), landmarks (``near Enda Mariam
  Cathedral``), P.O. boxes; no postcode; +291 (``1`` and ``8`` lines, ``7`` mobiles, seven digits).
- es_EH (Western Sahara, Moroccan administration, Spanish-speaking Sahrawi exports): ``Fatimetu Lehbib``, ``Mohamed
  Salem Embarek``, ``Jadiyetu Salek``; Laâyoune's ``Avenida Mekka 44``, ``Hay Al Wahda``, ``Barrio Colomina``,
  ``Hay Moulay Rachid``, Dakhla, Smara, Boujdour; Moroccan postcodes (``70000``, ``73000``); the Moroccan CIN
  (``SH123456``); +212 ``5288``/``5289`` lines and Moroccan ``6``/``7`` mobiles (region EH).
- en_IO (the British Indian Ocean Territory, Diego Garcia): contractors' names (Filipino, Mauritian, British, US);
  ``Building 19, Room 214``, ``DG Main Road``, ``Camp Thunder Cove``; ``BBND 1ZZ``; +246 (``37x`` lines, ``38x``
  mobiles, seven digits).
- ko_KP (North Korea): Hangul names written without a space (``김철수``, ``리금순``: ``리``, ``림``, ``로`` as the North
  writes them), a romanised second script (``Kim Chol Su``); Pyongyang's ``창전거리 12``, ``려명거리 3동 1204호``,
  ``평양시 중구역``; no postcode in use; +850 (``2`` lines, ``191``/``192`` mobiles), ``star-co.net.kp``.
- nb_SJ (Svalbard, Bokmål): Norwegian, Swedish and Thai names; Longyearbyen's numbered roads (``Vei 230-12``),
  ``Nybyen``, ``Skjæringa``, ``Postboks 633``; ``9170``/``9171 Longyearbyen``, ``9173 Ny-Ålesund``; the Norwegian
  fødselsnummer; +47 ``79`` lines and Norwegian ``4``/``9`` mobiles (region SJ).
- it_VA (Vatican City): Italian and clergy names (``Suor``, ``Don``, ``Mons.`` titles in cells), ``Via della Posta``,
  ``Largo del Colonnato``, ``Cortile del Belvedere``, ``Casa Santa Marta``; ``00120 Città del Vaticano``; +39 ``06
  698`` lines and Italian mobiles (region VA).
- mi_NZ (te reo Māori, New Zealand): ``Aroha Ngata``, ``Wiremu Parata``, ``Hōhepa Te Whata``; ``Pukuatua Street``,
  ``State Highway 35, RD 3``, ``Kaiti Beach Road``; ``Rotorua 3010``, ``Ruatōria 4032``; the NHI number (three
  letters and four digits with its check digit); +64 lines and ``21``/``22``/``27`` mobiles.
"""

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers
from stdnum.no import fodselsnummer

NEW8_43 = ("ar_SD", "en_ER", "es_EH", "en_IO", "ko_KP", "nb_SJ", "it_VA", "mi_NZ")
LANG43 = {x: x.split("_")[0] for x in NEW8_43}
STREET_WORDS = frozenset({"street", "road", "avenue", "avenida", "calle", "hay", "block", "house", "building",
                          "room", "vei", "via", "largo", "cortile", "piazza", "highway", "barrio", "거리",
                          "rd"})  # fmt: skip

_NAMES = {
    "ar_SD": (("Amna", "Fatima", "Hawa", "Sara", "Nafisa", "Ikhlas", "Rasha", "Samah", "Tayseer", "Hiba"),
              ("Mohamed", "Ahmed", "Osman", "Abdelrahman", "Elfatih", "Hashim", "Mustafa", "Yasir", "Omer", "Tarig"),
              ("Elhassan", "Abdalla", "Osman", "Babiker", "Elamin", "Mahgoub", "Elsheikh", "Hamad", "Ibrahim",
               "Eltayeb", "Musa", "Yousif", "Elnour")),
    "en_ER": (("Semhar", "Helen", "Senait", "Luwam", "Yordanos", "Mebrat", "Saba", "Winta", "Ruta"),
              ("Yonas", "Tesfay", "Daniel", "Filmon", "Mussie", "Habtom", "Goitom", "Amanuel", "Berhane"),
              ("Tesfamariam", "Ghebremedhin", "Haile", "Woldemichael", "Kidane", "Tekle", "Andemariam", "Berhe",
               "Abraha", "Mebrahtu", "Ghebreyesus")),
    "es_EH": (("Mariam", "Fatimetu", "Aziza", "Minetu", "Jadiyetu", "Salka", "Galia", "Nana"),
              ("Mohamed Salem", "Brahim", "Sidahmed", "Bachir", "Mahfud", "Hamdi", "Lahbib", "Ali Salem"),
              ("Lamin", "Embarek", "Salek", "Bouh", "Lehbib", "Daddi", "Sidati", "Mayara", "Buseif", "Abeid")),
    "en_IO": (("Maricel", "Joy", "Rowena", "Marie-Claire", "Priya", "Kelly", "Dawn", "Shanice"),
              ("Jomar", "Rodel", "Arnel", "Jean-Claude", "Vikash", "Craig", "Tyler", "Marlon", "Dwayne"),
              ("Reyes", "Santos", "Dela Cruz", "Bautista", "Ramdin", "Jhugroo", "Whitaker", "Kowalski", "Pereira",
               "Baptiste")),
    "nb_SJ": (("Ingrid", "Kari", "Sigrid", "Marte", "Silje", "Hanne", "Tone", "Malin", "Siriporn"),
              ("Ole", "Lars", "Eirik", "Håkon", "Sindre", "Torbjørn", "Even", "Anders", "Somchai"),
              ("Hansen", "Johansen", "Olsen", "Bakken", "Solberg", "Eide", "Haugland", "Nygård", "Strand", "Lie",
               "Lindqvist", "Srisuk")),
    "it_VA": (("Maria Grazia", "Chiara", "Francesca", "Lucia", "Anna", "Teresa", "Benedetta"),
              ("Giovanni", "Paolo", "Francesco", "Stefano", "Luigi", "Pietro", "Matteo", "Lorenzo"),
              ("Rossi", "Colombo", "Ferraro", "Gasbarri", "Marchetti", "De Santis", "Bernardini", "Pellegrini",
               "Corsetti", "Zanardi")),
    "mi_NZ": (("Aroha", "Mere", "Hine", "Ngaire", "Kiri", "Anahera", "Moana", "Huia", "Māia", "Tūī"),
              ("Wiremu", "Hemi", "Rāwiri", "Tame", "Nikau", "Tamati", "Hōhepa", "Manaia", "Rangi", "Pita"),
              ("Ngata", "Parata", "Tamihana", "Te Rangi", "Horomona", "Pōmare", "Tipene", "Waititi", "Karaka",
               "Te Whata", "Herewini", "Ruatapu")),
}  # fmt: skip
# ko_KP: (women's given names, men's given names, surnames) in Hangul, each with its romanisation.
_KP_WOMEN = (
    ("금순", "Kum Sun"),
    ("은정", "Un Jong"),
    ("설화", "Sol Hwa"),
    ("향미", "Hyang Mi"),
    ("혜경", "Hye Gyong"),
    ("옥희", "Ok Hui"),
)
_KP_MEN = (
    ("철수", "Chol Su"),
    ("영철", "Yong Chol"),
    ("광혁", "Kwang Hyok"),
    ("명철", "Myong Chol"),
    ("정남", "Jong Nam"),
    ("성진", "Song Jin"),
)
_KP_SUR = (
    ("김", "Kim"),
    ("리", "Ri"),
    ("박", "Pak"),
    ("최", "Choe"),
    ("정", "Jong"),
    ("강", "Kang"),
    ("조", "Jo"),
    ("윤", "Yun"),
    ("림", "Rim"),
    ("한", "Han"),
    ("로", "Ro"),
    ("신", "Sin"),
)

_MAIL = {
    "ar_SD": ("gmail.com", "yahoo.com", "sudani.sd"), "en_ER": ("gmail.com", "tse.com.er", "yahoo.com"),
    "es_EH": ("gmail.com", "menara.ma", "hotmail.com"), "en_IO": ("gmail.com", "yahoo.com", "outlook.com"),
    "ko_KP": ("star-co.net.kp", "silibank.net.kp"), "nb_SJ": ("online.no", "gmail.com", "svalbard.net"),
    "it_VA": ("scv.va", "gmail.com", "libero.it"), "mi_NZ": ("xtra.co.nz", "gmail.com", "hotmail.co.nz"),
}  # fmt: skip
# (fixed-line national digits, mobile national digits): each ``x`` a random digit, checked by ``phonenumbers``.
_PLANS = {
    "ar_SD": (("183xxxxxx", "155xxxxxx", "187xxxxxx"), ("91xxxxxxx", "92xxxxxxx", "99xxxxxxx", "12xxxxxxx")),
    "en_ER": (("112xxxx", "118xxxx", "8xxxxxx"), ("7xxxxxx", "17xxxxx")),
    "es_EH": (("5288xxxxx", "5289xxxxx"), ("61xxxxxxx", "66xxxxxxx", "70xxxxxxx", "68xxxxxxx")),
    "en_IO": (("37xxxxx",), ("38xxxxx",)),
    "ko_KP": (("2381xxxx", "2xxxxxxx"), ("191xxxxxxx", "192xxxxxxx")),
    "nb_SJ": (("79xxxxxx",), ("4xxxxxxx", "9xxxxxxx")),
    "it_VA": (("06698xxxxx",), ("33xxxxxxxx", "34xxxxxxxx", "32xxxxxxxx")),
    "mi_NZ": (("73xxxxxx", "68xxxxxx", "9xxxxxxx"), ("21xxxxxxx", "22xxxxxxx", "27xxxxxxx")),
}
_CC = {"SD": 249, "ER": 291, "EH": 212, "IO": 246, "KP": 850, "SJ": 47, "VA": 39, "NZ": 64}


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
    if locale == "ar_SD":
        town = rng.choice(("Port Sudan", "Port Sudan", "Omdurman", "Khartoum", "Kassala", "Wad Madani", "Atbara"))
        kind = rng.random()
        if kind < 0.08:
            return f"P.O. Box {r(10, 9999)}", "", town
        if town == "Khartoum":
            return f"Street {r(1, 61)}, Al-Amarat", "", town
        if kind < 0.3:
            mark = rng.choice(("near the Souq Al-Kabir", "behind Al-Shaab hospital", "opposite the Grand Mosque"))
            return mark, "", town
        hay = rng.choice(("Hay Al-Matar", "Deim Arab", "Salalab", "Al-Thawra", "Hay Al-Mawrada", "Al-Mulazmin"))
        return f"{hay}, Block {r(1, 40)}, House {r(1, 400)}", "", town
    if locale == "en_ER":
        town = rng.choice(("Asmara", "Asmara", "Asmara", "Keren", "Massawa", "Mendefera", "Dekemhare"))
        kind = rng.random()
        if kind < 0.08:
            return f"P.O. Box {r(100, 9999)}", "", town
        if town != "Asmara":
            return rng.choice(("near the bus station", "behind the market", "opposite the Catholic church")), "", town
        if kind < 0.6:
            return f"Street {rng.choice((171, 172, 175, 178, 133))}-{r(1, 40)}, House {r(1, 60)}", "", town
        if kind < 0.8:
            return f"{rng.choice(('Harnet Avenue', 'Sematat Avenue', 'Martyrs Avenue'))} {r(1, 300)}", "", town
        district = rng.choice(("Tiravolo", "Godaif", "Mai Temenai", "Edaga Hamus", "Gejeret", "Sembel"))
        return f"{district}, near Enda Mariam Cathedral", "", town
    if locale == "es_EH":
        town, pc = rng.choice((("El Aaiún", "70000"), ("El Aaiún", "70000"), ("Dajla", "73000"), ("Smara", "72000"),
                               ("Bojador", "71000")))  # fmt: skip
        if rng.random() < 0.5:
            road = rng.choice(("Avenida Mekka", "Calle Skikima", "Avenida Mohamed VI", "Calle Tan-Tan",
                               "Calle Hassan II"))  # fmt: skip
            return f"{road} {r(1, 200)}", pc, town
        hay = rng.choice(("Hay Al Wahda", "Barrio Colomina", "Hay Moulay Rachid", "Hay Hajri", "Hay Al Qods"))
        return f"{hay} n.º {r(1, 900)}", pc, town
    if locale == "en_IO":
        street = rng.choice((f"Building {r(1, 60)}, Room {r(100, 340)}", f"{r(1, 90)} DG Main Road",
                             f"Camp Thunder Cove, Unit {r(1, 80)}", f"{r(1, 30)} Marina Road"))  # fmt: skip
        return street, "BBND 1ZZ", "Diego Garcia"
    if locale == "ko_KP":
        town = rng.choice(("평양시 중구역", "평양시 모란봉구역", "평양시 대동강구역", "평양시 보통강구역",
                           "함흥시", "청진시", "개성시", "원산시", "남포시"))  # fmt: skip
        road = rng.choice(("창전거리", "려명거리", "미래과학자거리", "통일거리", "광복거리", "영광거리"))
        street = f"{road} {r(1, 90)}" if rng.random() < 0.5 else f"{road} {r(1, 30)}동 {r(1, 40)}{r(1, 9):02d}호"
        return street, "", town
    if locale == "nb_SJ":
        town, pc = rng.choice((("Longyearbyen", "9170"), ("Longyearbyen", "9170"), ("Ny-Ålesund", "9173"),
                               ("Barentsburg", "9178")))  # fmt: skip
        if rng.random() < 0.12:
            return f"Postboks {r(1, 900)}", "9171", "Longyearbyen"
        if town == "Longyearbyen":
            return rng.choice((f"Vei {rng.choice((222, 228, 230, 232, 600))}-{r(1, 40)}", f"Nybyen {r(1, 30)}",
                               f"Skjæringa {r(1, 20)}", f"Lia {r(1, 40)}")), pc, town  # fmt: skip
        return f"Hus {r(1, 30)}", pc, town
    if locale == "it_VA":
        street = rng.choice((f"Via della Posta {r(1, 20)}", f"Largo del Colonnato {r(1, 9)}", "Casa Santa Marta",
                             f"Via del Pellegrino {r(1, 40)}", f"Cortile del Belvedere {r(1, 6)}",
                             f"Via del Governatorato {r(1, 12)}"))  # fmt: skip
        return street, "00120", "Città del Vaticano"
    if locale == "mi_NZ":
        town, pc, roads = rng.choice((
            ("Rotorua", "3010", ("Pukuatua Street", "Hinemoa Street", "Te Ngae Road", "Ranolf Street")),
            ("Gisborne", "4010", ("Kaiti Beach Road", "Huxley Road", "Wainui Road")),
            ("Ruatōria", "4032", ("State Highway 35, RD 3", "Waiomatatini Road")),
            ("Whakatāne", "3120", ("Muriwai Drive", "Kopeopeo Road", "Ngati Awa Street")),
            ("Kaitāia", "0410", ("Matthews Avenue", "Puckey Avenue")),
            ("Taupō", "3330", ("Tūwharetoa Street", "Rifle Range Road")),
        ))  # fmt: skip
        return f"{r(1, 1900 if 'Highway' in roads[0] else 240)} {rng.choice(roads)}", pc, town
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "ko_KP":
        return f"{town} {street}"
    if locale == "it_VA":
        return f"{street}, {postcode} {town}"
    if locale == "en_IO":
        return f"{street}, {town}, British Indian Ocean Territory {postcode}"
    if locale in ("nb_SJ", "es_EH"):
        return f"{street}, {postcode} {town}"
    if locale == "mi_NZ":
        return f"{street}, {town} {postcode}"
    return f"{street}, {town}"


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi(rng: random.Random) -> str:
    """A New Zealand NHI number in the old format (three letters, three digits, a mod-11 check digit)."""
    while True:
        letters = "".join(rng.choice(_NHI) for _ in range(3))
        digits = [rng.randint(0, 9) for _ in range(3)]
        vals = [_NHI.index(c) + 1 for c in letters] + digits
        s = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if s == 0:
            continue
        check = 11 - s
        if check == 10:
            check = 0
        return letters + "".join(map(str, digits)) + str(check)


def _fnr(dob: dt.date, female: bool, rng: random.Random) -> str:
    """A Norwegian fødselsnummer for the birth date (checked by ``stdnum``)."""
    for _ in range(200):
        lo, hi = (0, 499) if dob.year < 2000 else (500, 999)
        ind = rng.randint(lo, hi)
        if (ind % 2 == 0) != female:
            ind = ind + 1 if ind + 1 <= hi else ind - 1
        base = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{ind:03d}"
        k1 = fodselsnummer.calc_check_digit1(base)
        if len(k1) != 1:
            continue
        k2 = fodselsnummer.calc_check_digit2(base + k1)
        if len(k2) != 1:
            continue
        full = base + k1 + k2
        if fodselsnummer.is_valid(full):
            return full
    return ""


def _nid(locale: str, p_dob: dt.date, female: bool, rng: random.Random) -> str | None:
    if locale == "ar_SD":
        return "1" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    if locale == "es_EH":
        return rng.choice(("SH", "SJ")) + str(rng.randint(10000, 299999))
    if locale == "nb_SJ":
        return _fnr(p_dob, female, rng) or None
    if locale == "mi_NZ":
        return _nhi(rng)
    return None


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 41's people."""
    female = rng.random() < 0.5
    alt = None
    if locale == "ko_KP":
        first, first_r = rng.choice(_KP_WOMEN if female else _KP_MEN)
        last, last_r = rng.choice(_KP_SUR)
        full = f"{last}{first}"
        alt = f"{last_r} {first_r}"
        mail_local = f"{_ascii(last_r)}{_ascii(first_r)}{rng.randint(1, 99)}"
        script = "Hang"
    else:
        women, men, surnames = _NAMES[locale]
        first = rng.choice(women if female else men)
        last = rng.choice(surnames)
        while last == first:
            last = rng.choice(surnames)
        full = f"{first} {last}"
        mail_local = f"{_ascii(first.split()[0])}{rng.choice(('.', '_', ''))}{_ascii(last)}"
        mail_local += rng.choice(("", str(rng.randint(1, 99))))
        script = ""
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
