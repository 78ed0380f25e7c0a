"""Words that say a phone number follows, in the languages of the supported locales and beyond.

:func:`~safe_synthesizer.pii.text_patterns.phone_spans` takes a number after one of these words (``call``,
``Tel.``, ``zvanīt``, ``Mobitel``, ``hringdu``...) for a phone even when its digits alone would not be
enough (8-digit national numbers, numbers of countries outside the configured regions). A weak cue
(``on``, ``at``, ``no``) also precedes sizes and order numbers: the caller asks more of the number then.

The list holds "call", "phone", "mobile" and "number" words of the European languages, Icelandic, Estonian,
Latvian, Albanian, Catalan, Turkish, Azerbaijani, the languages of the Balkans and the Caucasus, Indonesian,
Malay, Filipino, Vietnamese, Korean, Hebrew, Arabic, Persian, Hindi and Thai, and the telecom verb
``port`` (``number to port 21 789 693``: the number moved to another operator).

Example::

    PHONE_CUE.search("sūtījums atstāts pie kaimiņienes. zvanīt ")  # matches 'zvanīt '
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.locales import COLUMN_PHONE_REGIONS, LOCALE_PHONE_REGIONS
from safe_synthesizer.pii.phone_plans import EIGHT_DIGIT_PLAN_REGIONS, SHORT_PLAN_REGIONS

# Added in session 27: Latvian, Estonian, Icelandic, Croatian/Serbian/Bosnian/Slovene, Slovak/Czech,
# Bulgarian, Greek, Turkish/Azerbaijani, Portuguese/Catalan/Basque, Albanian, Maltese, Indonesian/Malay,
# Filipino, Vietnamese, Korean, Hebrew, Arabic, Persian, Hindi, Thai, Georgian, Armenian words, "port" and
# "alternative".
_MORE_WORDS = (
    "zvanīt zvaniet zvani zvanīja piezvanīt piezvaniet tālrunis tālr tālruni tālruņa tālruņu mobilais "
    "helista helistage helistas helistada telefoninumber mobiil mobiilinumber "
    "sími símanúmer símanr hringdu hringið hringja farsími gsm "
    "mobitel mobilni mobilnog telefona zovite pozvati nazvati telefonska mobilna pokličite "
    "telefón telefónne telefónu volajte volať zavolajte mobilu "
    "тел мобилен мобилния телефонен позвънете κινητό τηλ τηλεφωνο "
    "gsm zəng telefonu mobil "
    "telemóvel telemovel contacto contato telèfon mòbil truqueu trucar deitu "
    "telefononi celulari "
    "ċempel "
    "hubungi telepon telp hp nombor talian tawagan telepono "
    "gọi sđt đt 전화 연락처 휴대폰 핸드폰 "
    "טלפון טל נייד פלאפון התקשרו "
    "هاتف جوال اتصل موبايل تلفن تماس موبایل "
    "फोन फ़ोन मोबाइल संपर्क โทร โทรศัพท์ มือถือ ტელ ტელეფონი հեռ հեռախոս "
    "alt alternative "
    # Session 41: more persons of the Spanish, Italian and Portuguese "call" verbs ("Llamen a la tía",
    # "telefonare al padrino", "liguem para o").
    "llamen llamad llamaron llamamos llámenos llámanos telefonare telefonate telefonami telefoni ligue-me liguem-me"
)

# The cue words of sessions 20-26 (English, German, Nordic, Romance, Slavic, Baltic, Hungarian, Greek, Turkish).
_BASE = (
    # "calls": the noun as in "3 calls to 46 21 33 24", "prefers calls on 202 56825" (and "she calls").
    r"call|called|calling|calls|phone|phoned|tel|telephone|mobile|cell|ring|rang|reach|reached|contact|fax|"
    r"whatsapp|sms|text|texted|number|on|from|line|landline|dial|at|telefon|telefone|téléphone|teléfono|telefono|"
    r"tél|tlf|nr|n°|no|callback|call-back|mob|ph|puhelin|handy|celular|cel|telefonní|direct|hotline|helpline|"
    r"switchboard|mobil|gsm|tfn|puh|telefonnummer|mobilnummer|rufnummer|móvil|movil|cellulare|telefoon|mobiel|"
    # "nås på" (Swedish "reached on"), "nås", "ringes", "Rückruf unter", "erreichbar unter", "soita".
    r"nås|ringes|ringer|ringe|rückruf|erreichbar|anrufen|soita|soitto|puhelinnumero|telefonu|"
    # Past tenses of "call" ("ringte fra", "ringede fra", "ringde från", "zvala s broja", "hívta a"), "from"
    # and "under" of the Nordic and German languages (weak), "contact" and "number" of the others.
    r"ringte|ringde|ringede|ringet|ringt|oppringt|soitti|zavolal[ai]?|volal[ai]?|zvala|zvao|nazvao|nazvala|"
    r"broja|broj|kontakt|kontaktu|hívta|hívja|hívjon|hívható|telefonszám|aradı|arayın|sunat|llamó|ligou|"
    r"appelé|chiamato|gebeld|angerufen|zurückrufen|dzwonił[a]?|nå|fra|från|unter|på|"
    # "My number" in other languages ("mit nummer er", "nummeret mitt er", "a számom", "мій номер"), and
    # Hungarian "on/to the number" ("a 06 30 123 4567 számon", "felhívja a ... számot"), Slavic "тел".
    r"my[ \t]+number|mit[ \t]+nummer|min[ \t]+nummer|mitt[ \t]+nummer|nummeret[ \t]+mitt|nummeret[ \t]+mit|"
    r"meine[ \t]+nummer|mijn[ \t]+nummer|mój[ \t]+numer|moje[ \t]+číslo|moj[ \t]+broj|mano[ \t]+numeris|"
    r"mi[ \t]+número|il[ \t]+mio[ \t]+numero|mon[ \t]+numéro|o[ \t]+meu[ \t]+número|numeroni|numaram|számom|"
    r"felhívja|felhív|hívjanak|érdeklődni|érdeklődés|мій[ \t]+номер|мой[ \t]+номер|номер[ \t]+телефону|"
    r"номер[ \t]+телефона|"
    r"телефон|телефонуйте|телефонує|звоните|позвоните|передзвоніть|перезвоните|тел|"
    # "call (back)" as an infinitive or a polite imperative in more languages: Russian, Ukrainian, Bulgarian,
    # Croatian/Serbian/Slovenian, Czech/Slovak, Polish, Lithuanian, Romanian, Greek, Turkish, Romance, Dutch.
    r"перезвонить|позвонить|звонить|передзвонити|зателефонуйте|зателефонувати|обадете|обади|обаждане|звънете|"
    r"позвънете|nazvati|nazovite|nazovi|pozovite|pokličite|pokliči|poklicati|zavolat|zavolejte|zavolajte|"
    r"zavolať|zadzwonić|zadzwoń|oddzwonić|oddzwoń|perskambinti|paskambinti|skambinti|skambinkite|sunați|"
    r"sunati|sună|τηλεφωνήσουμε|τηλεφωνήστε|καλέστε|τηλέφωνο|arama|numarası|numaram|iletişim|ulaşabilirsiniz|"
    r"llámenme|llámeme|llamar|llame|llamada|liguem|ligue|ligar|richiamare|richiamarmi|chiamare|chiamate|"
    r"rappeler|appeler|appelez|joindre|joignable|rufen|rückfragen|terugbellen|bellen|bel|bereikbaar|"
    r"soittakaa|numeroon|ringe|ring|"
    # "my new number is 5144 1314", "ny nummer", "neue Nummer": a changed number is a phone number;
    # "I can be contacted on", "reachable at".
    r"new[ \t]+number|new[ \t]+mobile|ny[ \t]+nummer|nyt[ \t]+nummer|nytt[ \t]+nummer|nya[ \t]+numret|"
    r"nytt[ \t]+numret|neue[ \t]+nummer|neue[ \t]+handynummer|nieuwe[ \t]+nummer|nuevo[ \t]+número|"
    r"nouveau[ \t]+numéro|nuovo[ \t]+numero|novo[ \t]+número|nowy[ \t]+numer|uus[ \t]+number|"
    r"jauns[ \t]+numurs|contacted|contactable|reachable|"
    # "new no. 9697 1998", "alt. no. 5155 1478": "no." is "number" after "new" or "alternative" (alone it is
    # an order's "no").
    r"new[ \t]+no|alt\.?[ \t]+no|alternative[ \t]+no|"
    # "text me on 388 8804", "text us at": "text" alone is weak ("the text on page 12"), but "text" with its
    # object "me"/"us" is the verb of sending a message to a phone, as strong as "call me".
    r"text[ \t]+me|text[ \t]+us|txt[ \t]+me"
)
#: Cue words that also precede sizes, weights, years and order numbers ("at 32-24-32", "from 1930-1940",
#: "order no 4265 8343"): a number after one of these alone needs more than its digits.
#: "my new number is ...", "ny nummer", "neue Nummer": weak too ("the new number of guests is 1 250 000"), but
#: enough for 8 digits in phone groups valid in some country ("my new number is 5144 1314"). So are "new no."
#: and "alt no." ("no." alone precedes order numbers: "order no 4265 8343").
# "new mobile" and "neue Handynummer" are not among them: "mobile" and "Handy" alone are strong cues, and "new" before
# them made "New mobile 21 762 162" weaker than "mobile 21 762 162" (set 32's Latvian notes kept it).
NEW_NUMBER_CUES = frozenset({"new number", "ny nummer", "nyt nummer", "nytt nummer", "nya numret",
                             "nytt numret", "neue nummer", "nieuwe nummer", "nuevo número",
                             "nouveau numéro", "nuovo numero", "novo número", "nowy numer", "uus number",
                             "jauns numurs", "new no", "alt no", "alt. no", "alternative no"})  # fmt: skip
WEAK_CUES = frozenset({"on", "from", "at", "no", "nr", "n°", "number", "nombor", "text", "line", "fra", "från",
                       "unter", "på", "alt", "alternative"}) | NEW_NUMBER_CUES  # fmt: skip
# "cb" / "c/b" (call back) of dispatcher and reception logs, "(next of) kin" and the name before the number
# ("Next of kin Jeffery Fleming 02214907": a contact's number), and word stems of "call" verbs whose prefixed
# and inflected forms are too many to list: Latvian "atzvanīt", "piezvaniet", Bulgarian "обадим", "обадя",
# "звъннете", Russian/Ukrainian "звоните", "перезвонила", Estonian "helistage", "tagasihelistamine",
# Icelandic "hringdu", "hringið".
_SHORT_AND_STEMS = (
    r"cb|c/b|kin|(?:at|pie|pa)?zvan\w*|(?:at|pie|pa)?zvanī\w*|обад\w*|(?:по)?звън\w*|(?:пере|по)?звон\w*|"
    r"(?:пере|за|по)?дзвон\w*|(?:tagasi)?helist\w*|hring\w*"
)
# Longest first, so "telefonszám" is tried before "telefon"; the stems go last (a listed word wins).
PHONE_CUE_WORDS = (
    "|".join(sorted({*_BASE.split("|"), *(re.escape(w) for w in _MORE_WORDS.split())}, key=len, reverse=True))
    + "|"
    + _SHORT_AND_STEMS
)
#: A cue word, then at most four words before the number (the searched window ends at the number).
PHONE_CUE = re.compile(rf"(?i)\b(?:{PHONE_CUE_WORDS})\b(?:\W+\w+){{0,4}}\W*$")
#: One cue word (to tell the strong cues from the weak ones in a matched cue).
CUE_WORD = re.compile(rf"(?i)\b(?:{PHONE_CUE_WORDS})\b")
#: Regions a number after a cue word, or in a bracketed-area-code layout, is also tried in: every region
#: of the column rules and more countries writing short national numbers (8 digits in Latvia, Estonia,
#: Iceland, Luxembourg, Malta, Cyprus; 5-digit subscriber numbers after an Irish area code), then every plan
#: whose mobiles have 8 digits or fewer and no trunk prefix (Central America, San Marino, Greenland, Cape
#: Verde...: ``best on 9125-8135`` is a Honduran mobile), tried last so a common plan's region comes first.
TEXT_PHONE_REGIONS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (*COLUMN_PHONE_REGIONS, *LOCALE_PHONE_REGIONS, "LV", "EE", "IS", "LU", "MT", "CY", "RS", "BA", "ME", "MK",
         "AL", "IL", "ZA", "AR", "CL", "CO", "PE", "PH", "ID", "MY", "SG", "VN", "KR", "PK", "NZ", "IE",
         *EIGHT_DIGIT_PLAN_REGIONS, *SHORT_PLAN_REGIONS)
    )
)  # fmt: skip
#: A phone label glued to its number in terse logs ("tel+447400682298", "tel01211231350", "mob0412 922 691",
#: "ph: none" is no number): the label, an optional dot or colon, then the number in ``number``.
GLUED_PHONE = re.compile(
    r"(?i)(?<![^\W\d_])(?:tel|tél|tlf|tfn|telf|ph|phn|mob|cb|cell|fax|gsm|тел|τηλ)[.:]?"
    r"(?P<number>(?:\+|00)?\(?\d[\d().\-/ ]{5,18}\d)(?!\w|[/-])"
)
#: The telecom verb right before the number ("number to port 21 789 693", "port-in 0412 555 018"); further
#: away "port" is a harbour ("the port of Riga handled 41 200 500 tonnes").
PORT_CUE = re.compile(r"(?i)\bport(?:ing|ed)?(?:[ \t\-]+(?:in|out))?[ \t]*[:\-]?[ \t]*$")
# A chat export line opening with its time stamp in brackets, then the sender ("[12.05.2024, 08:14] 32 60 45
# 99: Hej ..."): messaging apps show a contact not in the address book by the number, before a colon.
_CHAT_STAMP = re.compile(r"(?:^|\n)[ \t]*\[[^\]\n]{5,30}\][ \t]*$")
_SENDER_COLON = re.compile(r"[ \t]*:")


def chat_sender(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the sender of a chat export line: after the line's bracketed time stamp and
    before a colon. Dates, amounts and ids are not written there, so the layout is as strong as a cue word
    (the number must still be valid in some region)."""
    return bool(_CHAT_STAMP.search(text, max(0, start - 40), start) and _SENDER_COLON.match(text, end))


# A trunk-prefixed area code in brackets, then the subscriber number: "(022) 42937", "(01) 333 53 47".
_BRACKETED_AREA = re.compile(r"^\(0\d{1,4}\)[ \-]?\d{2,4}(?:[ \-]?\d{2,4}){0,3}$")


def bracketed_area_code(value: str) -> bool:
    """``value`` is written as a national number with its area code in brackets (``(022) 42937``): a
    phone layout that dates, amounts and ids do not use."""
    return bool(_BRACKETED_AREA.match(value))
