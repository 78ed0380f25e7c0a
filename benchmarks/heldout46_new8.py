"""Held-out set 46: people, addresses, ids, phones and e-mails of the eight locales no set used (eight languages no
set used), written from the places' own customs (none of these names or streets is taken from Faker).

- ff_GN (Pular / Fula, Guinea): clan surnames (``Diallo``, ``Bah``, ``Barry``, ``Sow``, ``Baldé``) and compound given
  names (``Mamadou Oury``, ``Alpha Oumar``, ``Fatoumata Binta``); documents put the surname first in capitals
  (``DIALLO Mamadou Oury``); Conakry's quartiers and communes (``Quartier Hamdallaye, Commune de Ratoma``), streets
  numbered by the commune (``Rue RO.245``, ``Rue DI.512``), ``BP`` boxes (never a street in a note); no postcode;
  the carte d'identité number (``GN-123456789``); +224 ``62``/``65``/``66`` mobiles and ``30`` lines.
- jv_ID (Javanese, Indonesia): many people with one name only (``Sutrisno``, ``Suharti``) or two given names with
  no family name (``Slamet Riyadi``, ``Sri Wahyuni``); children do not take a parent's name; streets as ``Jl.
  Malioboro No. 52``, ``Jl. Kaliurang Km 7,5`` (a kilometre post), alleys ``Gg. Sawo No. 12``, the RT/RW and the
  kelurahan in the whole address; five-digit postcodes (``55213 Yogyakarta``); the 16-digit NIK (the birth date
  inside, the day plus 40 for women); +62 ``274``/``271``/``24`` lines and ``08xx`` mobiles.
- tt_RU (Tatar in Cyrillic, Russia): a given name, the father's name and the surname (``Рөстәм Илдар улы
  Хәйруллин``, ``Хәйруллина Ләйсән Рөстәм кызы`` in the documents' order, surname first), the romanised second
  script; Kazan's and Tatarstan's ``ул. Баумана, д. 12, кв. 4``, ``пр. Победы, д. 100``, villages ``с. Арча`` (never a
  street in a note); six-digit postcodes (``420111 Казань``); the passport's series and number (``92 14 654321``);
  +7 ``843``/``855`` lines and ``9xx`` mobiles.
- pa_IN (Punjabi in Gurmukhi, India): ``Singh`` for men and ``Kaur`` for women after the given name, a clan name
  after that now and then (``ਹਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ`` Harpreet Kaur Sandhu), the romanised second script; addresses in
  English as Punjab's exports write them (``House No. 1234, Sector 70``, ``#567, Phase 3B2``, ``Street No. 4,
  Ranjit Avenue``, villages ``VPO Ghudda``: never a street in a note); six-digit PIN codes (``143001 Amritsar``); the
  Aadhaar number (``2345 6789 0123``); +91 ``183``/``161``/``172`` lines and ``6``-``9`` mobiles.
- xh_ZA (isiXhosa, South Africa): ``Siphokazi Mabandla``, ``Luvuyo Ntshona``; township streets numbered by zone
  (``No. 23, NY 78, Gugulethu``), ``12 Ntlazane Street, Khayelitsha``, rural ``Ntshilini Location, Mqanduli``
  (never a street in a note); four-digit postcodes (``7784``); the 13-digit ID number (the birth date, the sex digits
  and the Luhn check digit); +27 ``21``/``43``/``47`` lines and ``6x``/``7x``/``8x`` mobiles.
- lg_UG (Luganda, Uganda): the Ganda name, which tells the clan, and a Christian name, written either way round
  (``Nakato Sarah``, ``Joseph Ssemakula``); children do not take a parent's name; ``Plot 14, Kampala Road``, ``Plot
  23, Bukoto Street``, ``LC1`` zones and ``P.O. Box`` (never a street in a note); no postcode; the 14-character NIN
  (``CF92031102XKLP``, ``CF`` for women, ``CM`` for men); +256 ``41`` lines and ``70``/``75``/``77``/``78`` mobiles.
- ht_HT (Haitian Creole, Haiti): ``Widelène Exantus``, ``Jean-Robert Fils-Aimé``; ``Rue Capois #45``, ``Delmas 33,
  Rue Jacob #12``, ``Impasse Lavaud #3``; postcodes ``HT6110``; the NIF (``003-456-789-1``); +509 ``22`` lines and
  ``3x``/``4x`` mobiles.
- kmr_TR (Kurmanji Kurdish, Turkey): Kurdish given names with Turkish-registered surnames (``Rojda Ekinci``,
  ``Welat Aslan``); Turkish address order (``Bağlar Mah. 812. Sok. No: 14 D: 3``, villages ``Xerabê Köyü``: never a
  street in a note); five-digit postcodes (``21090 Bağlar/Diyarbakır``); the 11-digit T.C. kimlik number with its two
  check digits; +90 ``412``/``432``/``482`` lines and ``5xx`` mobiles.
"""

from __future__ import annotations

import datetime as dt
import random
import types
import unicodedata

import phonenumbers

NEW8_46 = ("ff_GN", "jv_ID", "tt_RU", "pa_IN", "xh_ZA", "lg_UG", "ht_HT", "kmr_TR")
LANG46 = {x: x.split("_")[0] for x in NEW8_46}
NOT_LATIN = ("tt_RU", "pa_IN")
# Where a child keeps a name of its own (no surname handed down).
OWN_NAME = ("jv_ID", "lg_UG")
STREET_WORDS = frozenset({"rue", "quartier", "jl.", "gg.", "no.", "km", "ул.", "пр.", "д.", "кв.", "house", "sector",
                          "phase", "street", "avenue", "road", "plot", "ny", "impasse", "delmas", "mah.", "sok.",
                          "cad.", "no:", "#"})  # fmt: skip

_NAMES = {
    "ff_GN": (("Mariama", "Aïssatou", "Kadiatou", "Fatoumata Binta", "Oumou", "Hawa", "Djenabou", "Ramatoulaye",
               "Mariama Dalanda", "Kadiatou Diariou"),
              ("Mamadou Oury", "Alpha Oumar", "Ibrahima", "Thierno Souleymane", "Boubacar", "Amadou", "Saïkou",
               "Abdoulaye", "Mamadou Saliou", "Ousmane"),
              ("Diallo", "Bah", "Barry", "Sow", "Baldé", "Bary", "Diallo", "Bah", "Jalloh", "Tall")),
    "jv_ID": (("Suharti", "Sumiyati", "Endang", "Sri Wahyuni", "Tri Astuti", "Lestari", "Rahayu", "Wulandari",
               "Sri Mulyani", "Dwi Rahmawati"),
              ("Sutrisno", "Bambang", "Slamet", "Joko", "Teguh", "Suparman", "Supardi", "Heru", "Agus", "Wahyudi"),
              ()),
    "xh_ZA": (("Siphokazi", "Nomvula", "Thandeka", "Nosipho", "Zintle", "Lindiwe", "Akhona", "Nomsa", "Nolitha"),
              ("Luvuyo", "Sipho", "Lwazi", "Mzwandile", "Xolani", "Bongani", "Lunga", "Andile", "Sizwe", "Vuyo"),
              ("Mabandla", "Ntshona", "Mqhayi", "Gqiba", "Matyila", "Nqwena", "Sigcau", "Dyantyi", "Jongilanga",
               "Makhaya", "Mtyobile", "Sonjica")),
    "lg_UG": (("Sarah", "Grace", "Florence", "Agnes", "Esther", "Prossy", "Harriet", "Ruth", "Juliet"),
              ("Joseph", "Peter", "Moses", "Henry", "Ronald", "Godfrey", "Brian", "Charles", "Edward"),
              (("Nakato", "Nansubuga", "Nalwoga", "Nakimuli", "Namutebi", "Nabukenya", "Nantongo", "Nassali"),
               ("Ssemakula", "Kato", "Mukasa", "Ssebunya", "Kiggundu", "Lubega", "Ssekandi", "Kizito", "Mulindwa"))),
    "ht_HT": (("Widelène", "Marie-Carmelle", "Nadège", "Roseline", "Guerline", "Mirlande", "Fabienne", "Dieula",
               "Rose-Andrée"),
              ("Jean-Robert", "Wilner", "Frantz", "Evens", "Wisly", "Dieuseul", "Jocelyn", "Fritznel", "Jean-Baptiste"),
              ("Joseph", "Pierre", "Jean-Louis", "Charles", "Désir", "Dorvil", "Exantus", "Estimé", "Fils-Aimé",
               "Dorélien", "Bien-Aimé", "Saint-Fleur", "Célestin")),
    "kmr_TR": (("Rojda", "Berfîn", "Rojîn", "Zozan", "Helîn", "Şîlan", "Jiyan", "Delal", "Evîn"),
               ("Welat", "Serhat", "Azad", "Rênas", "Şiyar", "Bawer", "Dilovan", "Berxwedan", "Mazlum"),
               ("Demir", "Yıldız", "Aslan", "Kaya", "Doğan", "Ekinci", "Tekin", "Oruç", "Bulut", "Işık", "Akın",
                "Kılıç")),
}  # fmt: skip
# Not-Latin names: (script form, romanised).
_TT_WOMEN = (("Гөлнара", "Gölnara"), ("Әлфия", "Älfiyä"), ("Ләйсән", "Läysän"), ("Алсу", "Alsu"),
             ("Гүзәл", "Güzäl"), ("Резеда", "Rezeda"), ("Чулпан", "Chulpan"))  # fmt: skip
_TT_MEN = (("Рөстәм", "Röstäm"), ("Илдар", "Ildar"), ("Айдар", "Aydar"), ("Марат", "Marat"), ("Ринат", "Rinat"),
           ("Радик", "Radik"), ("Ильнур", "Ilnur"), ("Фәрит", "Färit"), ("Камил", "Kamil"))  # fmt: skip
_TT_SUR = (("Хәйруллин", "Khäyrullin"), ("Гыйлманов", "Gyylmanov"), ("Сафин", "Safin"), ("Галиев", "Galiev"),
           ("Вәлиев", "Väliev"), ("Мөхәммәтшин", "Möxämmätshin"), ("Закиров", "Zakirov"), ("Шәрипов", "Shäripov"),
           ("Нуриев", "Nuriev"))  # fmt: skip
_PA_WOMEN = (("ਹਰਪ੍ਰੀਤ", "Harpreet"), ("ਜਸਪ੍ਰੀਤ", "Jaspreet"), ("ਮਨਦੀਪ", "Mandeep"), ("ਕਿਰਨਦੀਪ", "Kirandeep"),
             ("ਸਿਮਰਨ", "Simran"), ("ਨਵਨੀਤ", "Navneet"), ("ਰਾਜਵਿੰਦਰ", "Rajwinder"))  # fmt: skip
_PA_MEN = (("ਗੁਰਮੀਤ", "Gurmeet"), ("ਹਰਜੀਤ", "Harjit"), ("ਬਲਵਿੰਦਰ", "Balwinder"), ("ਸੁਖਵਿੰਦਰ", "Sukhwinder"),
           ("ਅਮਰਜੀਤ", "Amarjit"), ("ਜਸਵੰਤ", "Jaswant"), ("ਕੁਲਦੀਪ", "Kuldeep"), ("ਗੁਰਪ੍ਰੀਤ", "Gurpreet"))  # fmt: skip
_PA_CLANS = (("ਸੰਧੂ", "Sandhu"), ("ਗਿੱਲ", "Gill"), ("ਢਿੱਲੋਂ", "Dhillon"), ("ਗਰੇਵਾਲ", "Grewal"), ("ਸਿੱਧੂ", "Sidhu"),
             ("ਬਰਾੜ", "Brar"), ("ਚੀਮਾ", "Cheema"))  # fmt: skip

_MAIL = {
    "ff_GN": ("gmail.com", "yahoo.fr"), "jv_ID": ("gmail.com", "yahoo.co.id"), "tt_RU": ("mail.ru", "yandex.ru"),
    "pa_IN": ("gmail.com", "rediffmail.com", "yahoo.in"), "xh_ZA": ("gmail.com", "webmail.co.za", "vodamail.co.za"),
    "lg_UG": ("gmail.com", "yahoo.com"), "ht_HT": ("gmail.com", "hotmail.com"), "kmr_TR": ("gmail.com", "hotmail.com"),
}  # fmt: skip
_PLANS = {
    "ff_GN": (("3024xxxx", "3031xxxx", "3041xxxx"), ("62xxxxxxx", "65xxxxxxx", "66xxxxxxx")),
    "jv_ID": (("274xxxxxx", "271xxxxxx", "24xxxxxxx"), ("812xxxxxxx", "813xxxxxxx", "857xxxxxxxx", "878xxxxxxx")),
    "tt_RU": (("843xxxxxxx", "855xxxxxxx"), ("917xxxxxxx", "927xxxxxxx", "960xxxxxxx", "987xxxxxxx")),
    "pa_IN": (("183xxxxxxx", "161xxxxxxx", "172xxxxxxx"), ("98xxxxxxxx", "94xxxxxxxx", "78xxxxxxxx", "62xxxxxxxx")),
    "xh_ZA": (("21xxxxxxx", "43xxxxxxx", "47xxxxxxx"), ("82xxxxxxx", "73xxxxxxx", "61xxxxxxx", "83xxxxxxx")),
    "lg_UG": (("414xxxxxx",), ("70xxxxxxx", "75xxxxxxx", "77xxxxxxx", "78xxxxxxx")),
    "ht_HT": (("22xxxxxx",), ("31xxxxxx", "34xxxxxx", "37xxxxxx", "48xxxxxx")),
    "kmr_TR": (("412xxxxxxx", "432xxxxxxx", "482xxxxxxx"), ("532xxxxxxx", "542xxxxxxx", "555xxxxxxx")),
}  # fmt: skip
_CC = {"GN": 224, "ID": 62, "RU": 7, "IN": 91, "ZA": 27, "UG": 256, "HT": 509, "TR": 90}


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
    if locale == "ff_GN":
        town = rng.choice(("Conakry", "Conakry", "Conakry", "Labé", "Mamou", "Pita"))
        if rng.random() < 0.15:
            return f"BP {r(100, 6000)}", "", town, ""
        if town == "Conakry":
            code, commune = rng.choice((("RO", "Ratoma"), ("DI", "Dixinn"), ("MA", "Matoto"), ("KA", "Kaloum")))
            quarter = rng.choice(("Hamdallaye", "Bambeto", "Cosa", "Kipé", "Nongo", "Taouyah", "Bellevue"))
            return f"Rue {code}.{r(1, 800):03d}", "", town, f"Quartier {quarter}, Commune de {commune}"
        return f"Quartier {rng.choice(('Tata', 'Kouroula', 'Dow Saré', 'Pellel'))}", "", town, ""
    if locale == "jv_ID":
        town, pc = rng.choice((("Yogyakarta", "55213"), ("Yogyakarta", "55281"), ("Sleman", "55581"),
                               ("Surakarta", "57141"), ("Semarang", "50241"), ("Magelang", "56116")))  # fmt: skip
        kind = rng.random()
        if kind < 0.25:
            street = f"Jl. {rng.choice(('Kaliurang', 'Magelang', 'Wates', 'Solo'))} Km {r(2, 14)},{r(1, 9)}"
        elif kind < 0.45:
            street = f"Gg. {rng.choice(('Sawo', 'Mawar', 'Melati', 'Kenari', 'Anggrek'))} No. {r(1, 60)}"
        else:
            road = rng.choice(("Malioboro", "Parangtritis", "Slamet Riyadi", "Diponegoro", "Gajah Mada",
                               "Pandanaran", "Ahmad Yani", "Taman Siswa"))  # fmt: skip
            street = f"Jl. {road} No. {r(1, 250)}"
        kel = rng.choice(("Suryatmajan", "Prawirodirjan", "Caturtunggal", "Kemlayan", "Pleburan", "Wirobrajan"))
        return street, pc, town, f"RT {r(1, 12):02d}/RW {r(1, 9):02d}, Kel. {kel}"
    if locale == "tt_RU":
        town, pc = rng.choice((("Казань", f"4201{r(0, 4)}{r(0, 9)}"), ("Казань", f"42000{r(1, 9)}"),
                               ("Набережные Челны", "423800"), ("Альметьевск", "423450"),
                               ("Нижнекамск", "423570"), ("Елабуга", "423600")))  # fmt: skip
        if rng.random() < 0.12:
            return f"с. {rng.choice(('Арча', 'Кукмор', 'Балтач', 'Сабы'))}, ул. Тукая, д. {r(1, 60)}", pc, \
                rng.choice(("Арский р-н", "Кукморский р-н")), ""  # fmt: skip
        road = rng.choice(("ул. Баумана", "ул. Габдуллы Тукая", "пр. Победы", "ул. Декабристов", "ул. Чистопольская",
                           "ул. Кремлёвская", "пр. Ямашева", "ул. Фатыха Амирхана"))  # fmt: skip
        flat = f", кв. {r(1, 220)}" if rng.random() < 0.75 else ""
        return f"{road}, д. {r(1, 140)}{flat}", pc, town, ""
    if locale == "pa_IN":
        town, pc = rng.choice((("Amritsar", "143001"), ("Ludhiana", "141001"), ("Jalandhar", "144001"),
                               ("Patiala", "147001"), ("Mohali", "160062"), ("Bathinda", "151001")))  # fmt: skip
        kind = rng.random()
        if kind < 0.12:
            return f"VPO {rng.choice(('Ghudda', 'Jandiala', 'Raikot', 'Khanna Kalan'))}", pc, town, ""
        if town == "Mohali" or kind < 0.35:
            return rng.choice((f"House No. {r(1, 3000)}, Sector {r(48, 80)}", f"#{r(1, 999)}, Phase 3B2",
                               f"#{r(1, 999)}, Phase {r(1, 11)}")), pc, town, ""  # fmt: skip
        road = rng.choice(("Ranjit Avenue", "Green Avenue", "Model Town", "Sarabha Nagar", "Urban Estate Phase 2"))
        return f"Street No. {r(1, 12)}, {road}", pc, town, ""
    if locale == "xh_ZA":
        kind = rng.random()
        if kind < 0.12:
            return f"{rng.choice(('Ntshilini', 'Qokolweni', 'Lower Ngqwarha'))} Location", "5120", "Mqanduli", ""
        if kind < 0.4:
            return f"No. {r(1, 120)}, NY {r(1, 150)}", "7750", "Cape Town", "Gugulethu"
        town, pc, suburb = rng.choice((("Cape Town", "7784", "Khayelitsha"), ("Cape Town", "7785", "Site C"),
                                       ("East London", "5201", "Mdantsane"), ("Mthatha", "5099", ""),
                                       ("Gqeberha", "6201", "KwaZakhele")))  # fmt: skip
        road = rng.choice(("Ntlazane Street", "Sutherland Street", "Mew Way", "Steve Biko Road", "Govan Mbeki Road",
                           "Nelson Mandela Drive", "Lwandle Crescent"))  # fmt: skip
        return f"{r(1, 400)} {road}", pc, town, suburb
    if locale == "lg_UG":
        town = rng.choice(("Kampala", "Kampala", "Kampala", "Entebbe", "Mukono", "Masaka"))
        kind = rng.random()
        if kind < 0.15:
            return f"P.O. Box {r(100, 40000)}", "", town, ""
        if kind < 0.3:
            return f"LC1 {rng.choice(('Kisenyi II', 'Kasubi Zone', 'Kitintale Zone 6', 'Ntinda II'))}", "", town, ""
        road = rng.choice(("Kampala Road", "Bukoto Street", "Namirembe Road", "Bombo Road", "Gayaza Road",
                           "Ggaba Road", "Entebbe Road", "Kabaka Anjagala Road"))  # fmt: skip
        div = rng.choice(("Kawempe Division", "Rubaga Division", "Nakawa Division", "Makindye Division"))
        return f"Plot {r(1, 300)}, {road}", "", town, div if town == "Kampala" else ""
    if locale == "ht_HT":
        town, pc = rng.choice((("Port-au-Prince", "HT6110"), ("Port-au-Prince", "HT6110"), ("Pétion-Ville", "HT6140"),
                               ("Delmas", "HT6120"), ("Cap-Haïtien", "HT1110"), ("Jacmel", "HT9110")))  # fmt: skip
        kind = rng.random()
        if town == "Delmas":
            return f"Delmas {r(2, 95)}, Rue {rng.choice(('Jacob', 'Saint-Martin', 'Louissaint'))} #{r(1, 80)}", pc, \
                town, ""  # fmt: skip
        if kind < 0.2:
            return f"Impasse {rng.choice(('Lavaud', 'Fortuné', 'Bellevue'))} #{r(1, 30)}", pc, town, ""
        road = rng.choice(("Rue Capois", "Rue Lamarre", "Rue Pavée", "Rue du Centre", "Avenue John Brown",
                           "Rue Geffrard", "Rue Grégoire"))  # fmt: skip
        return f"{road} #{r(1, 150)}", pc, town, ""
    if locale == "kmr_TR":
        town, pc, district = rng.choice((("Diyarbakır", "21090", "Bağlar"), ("Diyarbakır", "21100", "Kayapınar"),
                                         ("Van", "65100", "İpekyolu"), ("Mardin", "47100", "Artuklu"),
                                         ("Batman", "72070", "Merkez"), ("Şanlıurfa", "63320", "Haliliye")))  # fmt: skip  # noqa: E501
        if rng.random() < 0.12:
            return f"{rng.choice(('Xerabê', 'Gundê Mezin', 'Kanîreş'))} Köyü", pc, town, district
        mah = rng.choice(("Bağlar Mah.", "Fırat Mah.", "Şehitlik Mah.", "Yenişehir Mah.", "Bahçelievler Mah."))
        way = rng.choice((f"{r(100, 999)}. Sok.", f"{rng.choice(('Gazi', 'Elazığ', 'Urfa', 'Kıbrıs'))} Cad."))
        door = f" D: {r(1, 20)}" if rng.random() < 0.6 else ""
        return f"{mah} {way} No: {r(1, 90)}{door}", pc, town, district
    raise KeyError(locale)


def whole_address(locale: str, street: str, postcode: str, town: str, between: str) -> str:
    """The address in one cell, in the place's order."""
    if locale == "kmr_TR":
        return f"{street}, {postcode} {between}/{town}"
    if locale == "tt_RU":
        return f"{postcode}, {town}, {street}"
    if locale in ("jv_ID", "xh_ZA", "pa_IN"):
        tail = " ".join(x for x in (town, postcode) if x) if locale != "jv_ID" else f"{town} {postcode}"
        return ", ".join(x for x in (street, between, tail) if x)
    if locale == "ht_HT":
        return f"{street}, {postcode} {town}"
    return ", ".join(x for x in (street, between, town) if x)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum() and c.isascii()).lower()


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def _tc_kimlik(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return "".join(map(str, [*d, d10, d11]))


def _nid(locale: str, dob: dt.date, female: bool, rng: random.Random) -> str | None:
    r = rng.randint
    if locale == "ff_GN":
        return f"GN-{r(100000000, 999999999)}"
    if locale == "jv_ID":
        day = dob.day + (40 if female else 0)
        return f"34{r(1, 4):02d}{r(1, 17):02d}{day:02d}{dob.month:02d}{dob.year % 100:02d}{r(1, 9999):04d}"
    if locale == "tt_RU":
        return f"92 {r(0, 24):02d} {r(100000, 999999)}"
    if locale == "pa_IN":
        return f"{r(2, 9)}{r(0, 999):03d} {r(0, 9999):04d} {r(0, 9999):04d}"
    if locale == "xh_ZA":
        seq = r(0, 4999) if female else r(5000, 9999)
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
        return body + _luhn_digit(body)
    if locale == "lg_UG":
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        return f"C{'F' if female else 'M'}{dob.year % 100:02d}{r(0, 99999):05d}" + "".join(
            rng.choice(letters) for _ in range(5))
    if locale == "ht_HT":
        return f"{r(0, 9):03d}-{r(100, 999)}-{r(100, 999)}-{r(0, 9)}"
    if locale == "kmr_TR":
        return _tc_kimlik(rng)
    return None


def person(locale: str, rng: random.Random, child: bool = False) -> types.SimpleNamespace:
    """One person of a new-8 locale, with the attributes of set 45's people (``alt``: the romanised name of a
    not-Latin one)."""
    female = rng.random() < 0.5
    alt = None
    script = ""
    if locale == "tt_RU":
        first, first_r = rng.choice(_TT_WOMEN if female else _TT_MEN)
        sur, sur_r = rng.choice(_TT_SUR)
        father, father_r = rng.choice(_TT_MEN)
        if female:
            sur, sur_r = sur + "а", sur_r + "a"
        patr, patr_r = (f"{father} кызы", f"{father_r} qyzy") if female else (f"{father} улы", f"{father_r} uly")
        last, last_r = sur, sur_r
        order = rng.random()
        if order < 0.45:
            full, alt = f"{first} {last}", f"{first_r} {last_r}"
        elif order < 0.75:
            full, alt = f"{last} {first} {patr}", f"{last_r} {first_r} {patr_r}"
        else:
            full, alt = f"{first} {patr} {last}", f"{first_r} {patr_r} {last_r}"
        mail_local = f"{_ascii(first_r)}{rng.choice(('.', '_', ''))}{_ascii(last_r)}{rng.randint(1, 99)}"
        script = "Cyrl"
    elif locale == "pa_IN":
        first, first_r = rng.choice(_PA_WOMEN if female else _PA_MEN)
        last, last_r = ("ਕੌਰ", "Kaur") if female else ("ਸਿੰਘ", "Singh")
        if rng.random() < 0.5:
            clan, clan_r = rng.choice(_PA_CLANS)
            last, last_r = f"{last} {clan}", f"{last_r} {clan_r}"
        full, alt = f"{first} {last}", f"{first_r} {last_r}"
        mail_local = f"{_ascii(first_r)}{rng.choice(('.', '_', ''))}{_ascii(last_r.split()[-1])}{rng.randint(1, 999)}"
        script = "Guru"
    elif locale == "jv_ID":
        women, men, _ = _NAMES[locale]
        first = rng.choice(women if female else men)
        if rng.random() < 0.5 and " " not in first:  # a second given name, no family name
            second = rng.choice([m for m in (women if female else men) if m != first and " " not in m])
            first, last, full = first, second, f"{first} {second}"
        else:  # one name only: it is the whole name
            last, full = first, first
        mail_local = f"{_ascii(full.replace(' ', ''))}{rng.randint(1, 999)}"
    elif locale == "lg_UG":
        women, men, (ganda_w, ganda_m) = _NAMES[locale]
        first = rng.choice(women if female else men)
        last = rng.choice(ganda_w if female else ganda_m)
        full = f"{last} {first}" if rng.random() < 0.55 else f"{first} {last}"
        mail_local = f"{_ascii(last)}{rng.choice(('.', '_', ''))}{_ascii(first)}{rng.choice(('', str(rng.randint(1, 99))))}"  # noqa: E501
    else:
        women, men, surnames = _NAMES[locale]
        first = rng.choice(women if female else men)
        last = rng.choice(surnames)
        full = f"{first} {last}"
        mail_local = f"{_ascii(first.split()[0])}{rng.choice(('.', '_', ''))}{_ascii(last)}"
        mail_local += rng.choice(("", str(rng.randint(1, 99))))
    years = rng.randint(5, 15) if child else rng.randint(19, 80)
    dob = dt.date(2026 - years, rng.randint(1, 12), rng.randint(1, 28))
    street, postcode, town, between = place(locale, rng)
    return types.SimpleNamespace(
        first=first, last=last, full=full, female=female, dob=dob,
        email=f"{mail_local}@{rng.choice(_MAIL[locale])}", mobile=number(locale, rng, True),
        landline=number(locale, rng, False), street=street, postcode=postcode, town=town,
        address=whole_address(locale, street, postcode, town, between), nid=_nid(locale, dob, female, rng),
        iban=None, locale=locale, script=script, alt=alt,
    )  # fmt: skip
