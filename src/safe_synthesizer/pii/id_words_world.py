"""Words naming a personal id number in the languages of the world, for ids written in local notes.

Why: a change-of-address notice or an authorisation names the holder's id with the language's own words
(``رقم السجل المدني 1012345678``, ``lambar shaidar ɗan ƙasa: 12345678901``, ``αριθμός ταυτότητας 789034``,
``პირადი ნომერი 01024054321``, ``ජාතික හැඳුනුම්පත් අංකය 853202937V``, ``FİN kodu 5ZK8B3L``), and the number
after them carries no check digit anyone can test. The word is the evidence
(:func:`~safe_synthesizer.pii.text_ids.cued_id_spans`). One concept here: the id words (``ID_WORDS_WORLD``),
the acronyms that are ids only in capitals (``ID_CAPITALS_WORLD``: ``NIC``, ``CIN``, ``FIN``), the "number"
words that may stand between the id word and the number (``NUMBER_WORDS_WORLD``: ``رقم``, ``nru``,
``nɔma``, ``namba``, ``nömrəsi``, ``අංකය``, ``எண்``, ``নম্বর``) and the words after which a short code of letters and
digits (an Azerbaijani FIN, a German identity card number) is an id (``CODE_WORDS_WORLD``).

Only words for a person's identity document or number: order, phone, account and invoice words are not
here (the notes of :mod:`benchmarks.dev_ni_notes` check they stay no ids).
"""

from __future__ import annotations

_S = r"[ \t]+"

# Arabic (Saudi civil register, Emirati, Egyptian, Moroccan), Hausa, Twi, Luxembourgish, Greek, German of
# Liechtenstein/Switzerland, Maltese, Azerbaijani, Georgian, Sinhala, Tamil, Malay, Filipino, Kazakh,
# Mongolian, Bosnian/Croatian/Serbian, Urdu, Bengali, Gujarati, Marathi, Hindi, English of Nigeria/Ghana.
ID_WORDS_WORLD = (
    rf"الهوية{_S}الوطنية|الهوية{_S}الإماراتية|بطاقة{_S}الهوية|السجل{_S}المدني|رقم{_S}الإقامة|الإقامة|"
    rf"الهوية|هوية|البطاقة{_S}الوطنية|"
    rf"lambar{_S}shaidar(?:{_S}ɗan{_S}ƙasa)?|lambar{_S}shaida|katin{_S}shaida(?:{_S}na{_S}ƙasa)?|"
    rf"national{_S}identification(?:{_S}(?:number|no\.?))?|nin{_S}slip|voter'?s?{_S}card|"
    rf"identifikatiounsnummer|sozialversécherungsnummer|identitéitskaart|"
    rf"αριθμός{_S}ταυτότητας|αριθμό{_S}ταυτότητας|αρ\.?{_S}ταυτότητας|δελτίο{_S}ταυτότητας|δελτίου{_S}ταυτότητας|"
    rf"ταυτότητας|ταυτότητα|α\.?δ\.?τ\.?|"
    rf"identitätskarte(?:nnummer)?|id-karte|ahv-nummer|peid|"
    rf"karta{_S}tal-identità|numru{_S}tal-karta{_S}tal-identità|id{_S}card|"
    rf"fin{_S}kod(?:u)?|şəxsiyyət{_S}vəsiqəsi(?:nin)?(?:{_S}fin{_S}kodu)?|şəxsiyyət{_S}vəsiqəsinin{_S}nömrəsi|"
    rf"პირადი{_S}ნომერი|პ/ნ|"
    rf"ජාතික{_S}හැඳුනුම්පත්|හැඳුනුම්පත්|"
    rf"தேசிய{_S}அடையாள{_S}அட்டை|அடையாள{_S}அட்டை|"
    rf"k/p|kad{_S}pengenalan|"
    rf"philsys(?:{_S}(?:number|card))?|numero{_S}ng{_S}philsys|"
    rf"жсн|иин|жеке{_S}сәйкестендіру{_S}нөмірі|регистрийн|регистрийн{_S}дугаар|"
    rf"matični|jmb|lična{_S}karta|osobna{_S}iskaznica|"
    rf"شناختی{_S}کارڈ|قومی{_S}شناختی{_S}کارڈ|"
    rf"জাতীয়{_S}পরিচয়পত্র|পরিচয়পত্র|এনআইডি|"
    rf"આધાર|ઓળખ{_S}પત્ર|ઓળખપત્ર|ઓળખ|"
    rf"ओळखपत्र|ओळख{_S}पत्र|ओळख|पहचान{_S}पत्र|पहचान|"
    rf"numéro{_S}de{_S}la{_S}cin|carte{_S}nationale(?:{_S}d'identité)?|"
    # Case forms and card words of European languages the older cue list has in one form only: Polish
    # "numer dowodu", Czech/Slovak "číslo občanského průkazu", Serbian "broj lične karte", Romanian
    # "buletin"/"carte de identitate", Dutch "identiteitskaart", Portuguese "bilhete de identidade",
    # Albanian "numri personal", Macedonian "ЕМБГ", Hebrew "מספר זהות", Korean "주민번호".
    rf"dowodu(?:{_S}osobistego)?|občanského{_S}průkazu|občianskeho{_S}preukazu|lične{_S}karte|osobne{_S}iskaznice|"
    rf"buletin(?:ul)?(?:{_S}de{_S}identitate)?|carte(?:a)?{_S}de{_S}identitate|"
    rf"identiteitskaart(?:nummer)?|identiteitsbewijs|id-kaart|paspoortnummer|"
    rf"bilhete{_S}de{_S}identidade|número{_S}de{_S}identificação(?:{_S}civil)?|"
    rf"numri{_S}personal|letërnjoftim(?:i|it)?|ембг|матичен{_S}број|מספר{_S}זהות|주민번호|"
    rf"isikutunnistus|henkilökortti|personalausweises|"
    # Ids with no check digit anyone can test, named by the country's word: the Bolivian "carnet de identidad"
    # (``C.I. 4789123 LP``), the Panamanian "cédula de identidad personal" (``8-745-1234``), the Tanzanian
    # NIDA number ("kitambulisho cha taifa", ``19850412-12345-00001-23``), the Faroese "p-tal"/"persónstal"
    # (``150385-123``). The Faroese "V-tal" is a firm's number, not a person's: not here.
    rf"carnet(?:{_S}de{_S}identidad)?|c[ée]dula{_S}de{_S}identidad(?:{_S}personal)?|"
    rf"kitambulisho{_S}cha{_S}(?:taifa|uraia)|namba{_S}ya{_S}(?:nida|kitambulisho)|p-tal|persónstal"
)
# Acronyms that are ids in capitals only: a Sri Lankan or Maltese NIC, a Moroccan CIN, an Azerbaijani FIN
# (dotted ``FİN`` too), a Nigerian NIN, a Philippine PSN, a Mongolian register number ``РД``, a Pakistani or
# Bangladeshi CNIC/NID, an Emirati EID, a Tanzanian NIDA number, a Panamanian CIP (cédula de identidad personal).
ID_CAPITALS_WORLD = r"NIC|CIN|CNIE|FİN|FIN|CNIC|NICOP|NID|PSN|EID|РД|ИИН|ЖСН|NIDA|CIP"
# "Number" words between the id word and the number (``الهوية الوطنية رقم``, ``Ghana Card nɔma ne``,
# ``K.I. nru``, ``katin shaida ... mai lamba``, ``vəsiqəsinin nömrəsi``, ``регистрийн дугаар``).
NUMBER_WORDS_WORLD = (
    rf"رقم|رقمها|رقمه|nru\.?|numru|nɔma(?:{_S}ne)?|mai{_S}lamba|lamba|lambar|nömrəsi|nömrə|№|"
    rf"ნომერი|අංකය|එක|எண்|নম্বর|নং|નંબર|ક્રમાંક|क्रमांक|नंबर|संख्या|नं\.?|نمبر|дугаар|нөмірі|nombor|bilang|"
    rf"αριθμός|αρ\.?|nummer|nr\.?|numéro|n°|no\.?|number|namba(?:{_S}ya)?"
)
# Id words after which a short code of capitals and digits (seven to ten characters, two digits at least)
# is the id: an Azerbaijani FIN (``5ZK8B3L``), a German identity card (``L01X00T47``), a passport.
CODE_WORDS_WORLD = (
    rf"FİN|FIN|fin{_S}kod(?:u)?|şəxsiyyət{_S}vəsiqəsi(?:nin)?(?:{_S}fin{_S}kodu)?|"
    rf"personalausweis(?:nummer)?|ausweis(?:nummer|-nr\.?)?|identitätskarte(?:nnummer)?|id-karte|"
    rf"passport(?:{_S}(?:number|no\.?))?|reisepass(?:nummer)?|passnummer|passeport|pasaporte|passaporto|"
    rf"identiteitskaart(?:nummer)?|identiteitsbewijs|paspoort(?:nummer)?|id-kaart"
)
