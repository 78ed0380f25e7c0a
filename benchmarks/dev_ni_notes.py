# ruff: noqa: E501  (notes in their languages: one template a line)
"""Notes of helper NI's development set (session 34): an id after the language's own id words.

Templates written for this set (change-of-address notices, authorisations, desk notes), one language per
entry with the country whose ids it carries. ``{id}`` is the id; negatives carry an order, phone or invoice
number after the language's words for those, which must not become an id.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

# language -> (country of the ids, positive templates, negative templates with {num})
NOTES: dict[str, tuple[str, list[str], list[str]]] = {
    "ar": ("SA", ["إشعار تغيير العنوان: رقم الهوية {id} انتقل إلى حي النخيل.", "أفوض أخي بالاستلام، رقم الهوية الوطنية: {id}",
                  "تم التحقق من الهوية الوطنية رقم {id} عند الاستلام.", "رقم السجل المدني {id} - طلب تحديث"],
           ["رقم الطلب {num} قيد الشحن.", "للتواصل رقم الجوال {num}", "الفاتورة رقم {num} مدفوعة."]),
    "ar_ae": ("AE", ["رقم الهوية الإماراتية {id} مسجل لدينا.", "بطاقة الهوية رقم: {id}"],
              ["رقم الطلب {num} قيد الشحن."]),
    "gu": ("IN", ["સરનામું બદલવાની સૂચના: આધાર નંબર {id} સાથે ચકાસણી થઈ.", "ઓળખ નંબર: {id}, મંજૂરી આપી."],
           ["ઓર્ડર નંબર {num} મોકલાયો.", "મોબાઇલ નંબર {num} પર ફોન કરો."]),
    "mr": ("IN", ["पत्ता बदलाची सूचना: आधार क्रमांक {id} तपासला.", "ओळखपत्र क्रमांक {id} सादर केला."],
           ["ऑर्डर क्रमांक {num} पाठवला.", "मोबाईल क्रमांक {num} वर संपर्क करा."]),
    "ha": ("NG", ["Sanarwa game da sabon adireshi: lambar NIN {id}.", "Na ba da izini; lambar shaidar ɗan ƙasa: {id}",
                  "Katin shaida na ƙasa mai lamba {id} an tabbatar."],
           ["Lambar oda {num} an aika.", "Kira lambar waya {num} gobe."]),
    "en_ng": ("NG", ["Change of address notice, NIN: {id}", "I authorise my brother (National Identification Number {id})."],
              ["Order number {num} shipped.", "Call me on {num}."]),
    "tw": ("GH", ["Me Ghana Card nɔma ne {id}.", "Adrɛs nsakraeɛ: Ghana Card {id}", "ID nɔma: {id}, me ma no kwan."],
           ["Oda nɔma {num} aba.", "Frɛ me wɔ {num}."]),
    "lb": ("LU", ["Adressännerung: Identifikatiounsnummer {id}.", "Ech autoriséieren hir, Matricule {id}.",
                  "Sozialversécherungsnummer: {id}"],
           ["Bestellnummer {num} ass ënnerwee.", "Rufft mech un op {num}."]),
    "el": ("CY", ["Αλλαγή διεύθυνσης: αριθμός ταυτότητας {id}.", "Εξουσιοδοτώ τον κ. Ανδρέου, αρ. ταυτότητας {id}",
                  "Δελτίο ταυτότητας: {id}"],
           ["Αριθμός παραγγελίας {num} εστάλη.", "Τηλέφωνο επικοινωνίας {num}."]),
    "de_li": ("LI", ["Adressänderung, ID-Nummer {id}.", "Vollmacht für Herrn Büchel, Identitätskarte Nr. {id}",
                     "Personalausweis {id} vorgelegt."],
              ["Bestellnummer {num} versendet.", "Telefon {num}."]),
    "mt": ("MT", ["Bdil ta' indirizz: numru tal-karta tal-identità {id}.", "Nawtorizza lil ħija, ID card {id}",
                  "K.I. nru {id}"],
           ["Numru tal-ordni {num} intbagħat.", "Ċempel {num}."]),
    "az": ("AZ", ["Ünvan dəyişikliyi: FİN {id}.", "Şəxsiyyət vəsiqəsinin FİN kodu: {id}", "FIN kod {id} yoxlanıldı."],
           ["Sifariş nömrəsi {num} göndərildi.", "Telefon {num}."]),
    "ka": ("GE", ["მისამართის ცვლილება: პირადი ნომერი {id}.", "მინდობილობა, პ/ნ {id}"],
           ["შეკვეთის ნომერი {num} გაიგზავნა.", "ტელეფონი {num}."]),
    "si": ("LK", ["ලිපිනය වෙනස් කිරීම: ජාතික හැඳුනුම්පත් අංකය {id}.", "හැඳුනුම්පත් අංකය {id} තහවුරු කළා.",
                  "NIC {id} verified at counter."],
           ["ඇණවුම් අංකය {num} යවන ලදී.", "දුරකථන අංකය {num}."]),
    "ms": ("MY", ["Notis tukar alamat: No. K/P {id}.", "Saya benarkan abang saya, no. kad pengenalan {id}", "MyKad {id}"],
           ["Nombor pesanan {num} dihantar.", "Telefon {num}."]),
    "fil": ("PH", ["Pagbabago ng tirahan: PhilSys number {id}.", "PSN {id} na-verify.", "Numero ng PhilSys: {id}"],
            ["Order number {num} naipadala.", "Tawagan sa {num}."]),
    "kk": ("KZ", ["Мекенжайды өзгерту: ЖСН {id}.", "ИИН {id} тексерілді."],
           ["Тапсырыс нөмірі {num} жіберілді.", "Телефон {num}."]),
    "mn": ("MN", ["Хаяг өөрчлөх: регистрийн дугаар {id}.", "РД: {id}"],
           ["Захиалгын дугаар {num} илгээсэн.", "Утас {num}."]),
    "bs": ("BA", ["Promjena adrese: JMBG {id}.", "Ovlaštenje, matični broj {id}"],
           ["Broj narudžbe {num} poslan.", "Telefon {num}."]),
    "ur": ("PK", ["پتہ کی تبدیلی: شناختی کارڈ نمبر {id}", "CNIC {id} تصدیق شدہ"],
           ["آرڈر نمبر {num} روانہ", "فون {num}"]),
    "bn": ("BD", ["ঠিকানা পরিবর্তন: জাতীয় পরিচয়পত্র নম্বর {id}", "এনআইডি নম্বর {id} যাচাই হয়েছে"],
           ["অর্ডার নম্বর {num} পাঠানো হয়েছে", "ফোন {num}"]),
    "sw": ("KE", ["Mabadiliko ya anwani: nambari ya kitambulisho {id}.", "Namba ya kitambulisho: {id}"],
           ["Nambari ya oda {num} imetumwa.", "Simu {num}."]),
    "fr_ma": ("MA", ["Changement d'adresse, numéro d'identité {id}.", "CIN {id} vérifiée au guichet."],
              ["Commande numéro {num} expédiée.", "Téléphone {num}."]),
    "ta": ("LK", ["முகவரி மாற்றம்: தேசிய அடையாள அட்டை எண் {id}.", "அடையாள அட்டை எண் {id}"],
           ["ஆர்டர் எண் {num} அனுப்பப்பட்டது.", "தொலைபேசி {num}."]),
    "de": ("DE", ["Adressänderung, Personalausweisnummer {id}.", "Ausweis-Nr. {id} geprüft."],
           ["Bestellnummer {num} versendet.", "Rückruf unter {num}."]),
}  # fmt: skip

# Ids of countries the column generator lacks (Luxembourg, Cyprus, Liechtenstein, Morocco, Germany's card).
_EXTRA: dict[str, Callable[[random.Random], str]] = {
    "LU": lambda r: (
        f"{r.randrange(1940, 2006)}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}{r.randrange(10**5):05d}"
    ),
    "CY": lambda r: f"{r.randrange(100000, 1999999)}",
    "LI": lambda r: f"ID{r.randrange(10**5, 10**6)}" if r.random() < 0.5 else f"{r.randrange(10**7, 10**8)}",
    "MA": lambda r: f"{r.choice(['AB', 'BK', 'J', 'EE', 'BE'])}{r.randrange(10**5, 10**6)}",
    "DE": lambda r: "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9)),
}


def all_notes(
    rng: random.Random, id_values: Callable[[str, random.Random, int], list[str]]
) -> Iterator[tuple[str, str, str, tuple[int, int], bool]]:
    """(language, country, text, (start, end) of the id or number, positive) for every note."""
    for lang, (country, positives, negatives) in NOTES.items():
        for template in positives:
            for _ in range(3):
                value = _EXTRA[country](rng) if country in _EXTRA else id_values(country, rng, 1)[0]
                start = template.index("{id}")
                yield lang, country, template.replace("{id}", value), (start, start + len(value)), True
        for template in negatives:
            for _ in range(3):
                num = rng.choice(
                    [f"{rng.randrange(10**5, 10**7)}", f"0{rng.randrange(10**8, 10**9)}", f"ORD-{rng.randrange(10**6)}"]
                )
                start = template.index("{num}")
                yield lang, country, template.replace("{num}", num), (start, start + len(num)), False
