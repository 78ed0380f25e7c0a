"""Person names found by name lists: ``First Last`` pairs, longer names with particles, and the layouts
the other name modules recognise (capitals, forms, cues), gathered for the detector.

A capitalised pair is a name when its first word is a listed given name (of any of the supported or
common Faker locales) and its second is a listed surname or no ordinary capitalised word
(``Will Call``, ``May Street`` are not names). Matches may overlap: in "Contact Théodore Becker" the
failed pair "Contact Théodore" must not hide "Théodore Becker".

Example::

    >>> [(a, b) for a, b, _ in name_pair_spans("Ask Jane Doe today")]
    [(4, 12)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.locales import SUPPORTED_LOCALES, _name_lists
from safe_synthesizer.pii.text_cued_names import cued_name_spans, latin_stop_words, spacy_stop_words
from safe_synthesizer.pii.text_name_age import age_name_spans
from safe_synthesizer.pii.text_name_caps import caps_label_name_spans, caps_surname_first_spans
from safe_synthesizer.pii.text_name_caps_fields import caps_field_name_spans
from safe_synthesizer.pii.text_name_caps_runs import caps_name_spans
from safe_synthesizer.pii.text_name_cards import card_name_spans
from safe_synthesizer.pii.text_name_closings import closing_name_spans
from safe_synthesizer.pii.text_name_doubled import doubled_name_spans
from safe_synthesizer.pii.text_name_for_whom import for_whom_name_spans
from safe_synthesizer.pii.text_name_forms import form_name_spans
from safe_synthesizer.pii.text_name_given_cues import given_cue_spans
from safe_synthesizer.pii.text_name_hyphen_initial import hyphen_initial_name_spans
from safe_synthesizer.pii.text_name_indonesian import honorific_name_spans
from safe_synthesizer.pii.text_name_initial_surname import initial_surname_spans
from safe_synthesizer.pii.text_name_inverted import inverted_name_spans
from safe_synthesizer.pii.text_name_kin import kin_name_spans
from safe_synthesizer.pii.text_name_list_inversion import without_list_inversions
from safe_synthesizer.pii.text_name_lists import given_names
from safe_synthesizer.pii.text_name_mail_headers import mail_header_name_spans
from safe_synthesizer.pii.text_name_mongolian import mongolian_name_spans
from safe_synthesizer.pii.text_name_newcomer import newcomer_name_spans
from safe_synthesizer.pii.text_name_patronymic import patronymic_name_spans
from safe_synthesizer.pii.text_name_pickup import pickup_name_spans
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun, without_role_prefix
from safe_synthesizer.pii.text_name_roles import role_copula_spans
from safe_synthesizer.pii.text_name_romanised_chinese import romanised_chinese_spans
from safe_synthesizer.pii.text_name_rota import rota_given_spans
from safe_synthesizer.pii.text_name_vietnamese import vietnamese_name_spans
from safe_synthesizer.pii.text_names import layout_name_spans
from safe_synthesizer.pii.text_patterns import _PARTICLE
from safe_synthesizer.utils.scripts import CJK_LETTERS

# Capitalised words of any Latin script (``Błażej``, ``Śnieg``): upper case, then lower case letters.
_UP = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"
_LOW = r"[a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž]"
# "MacWilliams", "O'Neil", "d'Arcy": a prefix before the capital of a surname; Scottish Gaelic women's
# surnames take "Nic" where men's take "Mac" ("NicDhòmhnaill", "NicLeòid").
# "O'McDonald" takes both prefixes; "Bolkesteijn-van Poppel" a particle after the hyphen.
_CAP_WORD = (
    rf"(?:O'|O’|[dD]'|[dD]’)?(?:Ma?c|Nic)?{_UP}{_LOW}+"
    rf"(?:-{_UP}{_LOW}+|-(?:(?:van|von|de|der|den|du|la|le|da|di|'t)[ \t]){{1,2}}{_UP}{_LOW}+)?"
)
# A double first name ("Jörg-Peter Schleich") is one name: never start a name after a hyphen.
_FIRST = rf"(?<![\w\-'’]){_UP}{_LOW}+(?:-{_UP}{_LOW}+)?"
_NAME_PAIR = re.compile(rf"({_FIRST})[ \t]+(?:[A-Z]\.[ \t]+)?({_CAP_WORD})\b")
# Scottish Gaelic surnames written apart, with the article of the father's name ("Coinneach Mac an t-Saoir",
# "Mòrag Nic a' Phearsain", "Ailean Mac Leòid"): a listed given name before them.
_GAELIC_PAIR = re.compile(
    rf"({_FIRST})[ \t]+(?:Mac|Nic|Mhic)[ \t]+(?:an[ \t]+t-|na[ \t]+h-|a['’][ \t]+|an[ \t]+)?{_UP}{_LOW}+(?![\w'’\-])"
)
_CJK = CJK_LETTERS
# The word right before a name, in the same clause ("Companion Bucur Stancu").
_WORD_BEFORE = re.compile(r"(?<![\w\-])([^\W\d_]+)[ \t]+$")
_CJK_PAIR = re.compile(rf"(?<![{_CJK}])([{_CJK}]{{1,4}}) ([{_CJK}]{{1,4}})(?![{_CJK}])")
# "Emir van Holland", "Liv van 't Houteveen", "Klaus Dieter Trub": a first name, then particles or a
# second first name, then the surname.
# Italian and French particles are capitalised too ("Amalia Di Bergoglio", "Raffaella La Ligorio").
_CAP_PARTICLE = r"(?:La|Le|Di|Da|De|Du|Del|Della|Dos|Das|Van|Von)(?![\w'])"
_NAME_LONG = re.compile(
    rf"({_FIRST})[ \t]+((?:{_CAP_WORD}[ \t]+){{0,2}})((?:(?:{_PARTICLE}|{_CAP_PARTICLE})[ \t]+){{0,3}})({_CAP_WORD})\b"
)
# Capitalised words that follow a first name without being a surname ("Will Call", "May Street").
_NOT_SURNAMES = frozenset(
    [
        "street",
        "road",
        "avenue",
        "lane",
        "drive",
        "court",
        "way",
        "place",
        "the",
        "and",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "i",
    ]
)

# Faker locales whose person names free text may hold besides the supported ones: names of Turkish,
# Czech, Finnish, Brazilian, Mexican, Indian, Quebec, Indonesian or Nigerian customers are written in
# English notes too.
PARTICLE_WORDS = frozenset(("van", "von", "der", "den", "del", "della", "dos", "das", "ten", "ter", "vom", "het", "di",
                             "da", "de", "du", "la", "le"))  # fmt: skip
TEXT_NAME_LOCALES = (
    "tr_TR", "cs_CZ", "sk_SK", "fi_FI", "no_NO", "da_DK", "sv_SE", "pl_PL", "pt_BR", "pt_PT", "es_MX", "es_AR",
    "es_CO", "en_IN", "fr_CA", "fr_CH", "de_AT", "de_CH", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "en_AU", "en_CA",
    "en_NZ", "en_IE", "nl_BE", "et_EE", "lv_LV", "lt_LT", "id_ID", "en_NG", "yo_NG", "ig_NG", "ha_NG",
)  # fmt: skip


@lru_cache(maxsize=1)
def locale_names() -> frozenset[str]:
    """Given and family names of the supported and the other common Faker locales (lower case)."""
    names = frozenset().union(*(_name_lists(loc) for loc in (*SUPPORTED_LOCALES, *TEXT_NAME_LOCALES)))
    # Faker lists double given names as one entry ("Luiz Otávio", "Anna Maria"): each word is a name too.
    words = {w for n in names if " " in n for w in n.split() if len(w) > 2 and w not in PARTICLE_WORDS}
    # West African given and family names (Senegal, Mali...): French-writing countries with no Faker locale.
    # Welsh given and family names (cy_GB: no Faker provider either).
    # Basque, Galician, Frisian, Breton, Scottish Gaelic and Catalan names (no Faker locale lists them).
    # Faroese, Sami, Tanzanian, Bolivian and Panamanian names (no Faker locale lists them either).
    from safe_synthesizer.pii.text_name_countries import COUNTRY_FAMILY, COUNTRY_GIVEN
    from safe_synthesizer.pii.text_name_lists import WELSH_FAMILY, WELSH_GIVEN, WEST_AFRICAN_FAMILY, WEST_AFRICAN_GIVEN
    from safe_synthesizer.pii.text_name_regional import REGIONAL_FAMILY, REGIONAL_GIVEN

    regional = REGIONAL_GIVEN | REGIONAL_FAMILY | COUNTRY_GIVEN | COUNTRY_FAMILY
    return names | frozenset(words) | WEST_AFRICAN_GIVEN | WEST_AFRICAN_FAMILY | WELSH_GIVEN | WELSH_FAMILY | regional


@lru_cache(maxsize=1)
def all_first_names() -> frozenset[str]:
    """Listed first names and the locale name lists, united once (not per text cell)."""
    return gazetteers.first_names() | locale_names()


_OTHER_LATIN = ("de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "pl", "cs", "fi", "tr", "ro")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")


@lru_cache(maxsize=1)
def _english_markers() -> frozenset[str]:
    """English function words that no other main Latin-script language lists (``the``, ``with``, ``your``),
    and ``and``, ``to``, ``of``, which only Scandinavian and Dutch share, as other words."""
    only = spacy_stop_words(("en",)) - spacy_stop_words(_OTHER_LATIN)
    return frozenset(w for w in only if len(w) > 1) | {"and", "to", "of"}


def reads_english(text: str) -> bool:
    """``text`` holds two or more English function words (:func:`_english_markers`)."""
    markers = _english_markers()
    return sum(w in markers for w in _LOWER_WORD.findall(text)) >= 2


def overlapping(regex: re.Pattern[str], text: str):
    """Every match of ``regex``, overlapping ones too: in "Contact Théodore Becker" the failed pair
    "Contact Théodore" must not hide the name "Théodore Becker" after it (``finditer`` would)."""
    pos = 0
    while (m := regex.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def name_pair_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the names the list-based rules find in ``text`` (may overlap)."""
    first, last = all_first_names(), gazetteers.last_names()

    def surname(word: str) -> bool:
        return word.split("-")[0].lower() in last or word.lower() not in _NOT_SURNAMES

    # In an English note "Sara Pearce" and "Sam Preston" are names: Italian "sarà" and Polish "sam" are
    # function words of other languages only.
    stop = spacy_stop_words(("en",)) if reads_english(text) else latin_stop_words()

    def opens(word: str, after: str, start: int) -> bool:
        """``word`` can open a name before ``after``: a listed first name; one that is also a function word
        ("An Nora", "Die Mietrückstände") only before a listed surname that is no given name ("Per Olsson"),
        or after a role noun, which says a person follows ("Companion Bucur Stancu": Romanian "bucur")."""
        low = word.split("-")[0].lower()
        if low not in first:
            return False
        if low not in stop or (after.lower() in last and after.lower() not in given_names()):
            return True
        role = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return bool(role) and is_role_noun(role.group(1)) and after.split("-")[0].lower() in last

    def labelled_surname(word: str, end: int) -> bool:
        """A second word right before a colon that is a field label of a form ("Iva Telefon:", the value
        wrapped onto the label's line) is no surname, unless listed; a chat speaker's unlisted surname
        ("[09:14] Monika Vanags: has anyone") is no label word and stays a surname."""
        return text[end : end + 1] != ":" or word.split("-")[0].lower() in last or not cue_hints(word)

    spans = [
        (m.start(), m.end(), E.NAME)
        for m in overlapping(_NAME_PAIR, text)
        if opens(m.group(1), m.group(2), m.start(1)) and surname(m.group(2)) and labelled_surname(m.group(2), m.end())
    ]
    # "RE: EVAN COLE": names in capitals, which the pair rules (capitalised words) never see.
    spans += caps_name_spans(text, first)
    # "NAME: LISA FIELDS   TEL ...   SIGNED FIELDS", "card in name of PETERSON-GUERRA", "SCHWARTZ checking out":
    # capitals after a form's field label, a holder cue, or opening a sentence of mixed-case prose.
    spans += caps_field_name_spans(text)
    # "From: Mengia Casutt <a@b.ch>": an e-mail header's display name, listed or not.
    spans += mail_header_name_spans(text)
    # "CUSTOMER ADA OBARZANEK READ OUT CARD": a name after a role word inside a sentence in capitals.
    spans += caps_label_name_spans(text)
    # "CALLAHAN Frank" at a line's start: rosters and forms that write the surname first, in capitals.
    spans += caps_surname_first_spans(text)
    # "DAVIS, Kayla", "K. Davis", "Hi Eugène,", "<Olivia>", "Mr. 山下": layouts of forms and letters.
    spans += layout_name_spans(text)
    # "hi its sarah again", "Dear parents of Tullio,", "Karz, C.": names only their context marks.
    spans += cued_name_spans(text)
    # "Treating vet is Little.", "dierenarts is van der Avoirt": a surname after a role noun and a copula.
    spans += role_copula_spans(text)
    # "Eftirnafn / Fornafn: NICOLASSON /\nHeiðveig": both name fields under one label of a form.
    spans += form_name_spans(text)
    # "caller osborne, leon,", "Claimed by murphy, gregory", "PERSSON, GÖTE,": inverted names in one case.
    spans += inverted_name_spans(text)
    # "Dương Dũng xin cấp", "NGUYỄN VĂN AN", "next of kin: bùi phúc": family name first, one syllable each.
    spans += vietnamese_name_spans(text)
    # "Bapak Makuta Hutapea", "Ibu Sari", "Sdri. Lintang Pranowo": Indonesian and Malay honorifics.
    spans += honorific_name_spans(text)
    # "Jun-Jun Barr", "JUN-JUN ROJAS": a doubled given name, the Filipino nickname form.
    spans += doubled_name_spans(text)
    # "H.-Dieter Haase", "Klaus-D. Trupp-Rogge": a double given name with one part as its initial.
    spans += hyphen_initial_name_spans(text)
    # "autorizo a Maité Pérez Quintana", "Douwe wordt vandaag opgehaald door": pick-up notes' children and adults.
    spans += pickup_name_spans(text)
    # "Ailean is new to the under-9s", "Номин has joined": a newcomer's given name opening a club or school note.
    spans += newcomer_name_spans(text)
    # "C. Amor Rivero", "א. יחזקאל", "영. 정": an initial belongs with its surname(s), in any script.
    spans += initial_surname_spans(text)
    # "my daughter Sara", "Ұлым Асқар", "ابني طه", "anak saya Aisyah": a relative's given name after a kinship word.
    spans += kin_name_spans(text)
    # "all our love Kathryn & family", "Card: 'Thinking of you, Прохор Лукин'": greeting-card signers and addressees.
    spans += card_name_spans(text)
    # "Cordialement, michael mercier-bochud", "love albert cook'": lower-case signatures after a closing formula.
    spans += closing_name_spans(text)
    # "Carer ticket for Oda.", "Gift for Mary!": a lone given name as the holder of a booked or given thing.
    spans += for_whom_name_spans(text)
    # "Tülay (age 6) too", "Tom (7) and Mia (4)": a lone given name with the person's age in brackets.
    spans += age_name_spans(text)
    # "Nurhaliza binti Tarudin", "Muthu a/l Rajan", "خالد بن سعيد": names joined by a patronymic link word.
    spans += patronymic_name_spans(text)
    # "Батын Оюунчимэг", "ЦЭРЭНГИЙН ЦЭЦЭГ": a Mongolian father's name in the genitive, then the given name.
    spans += mongolian_name_spans(text)
    # "Tan Wei Ming", "LIM YI MEI": a romanised Chinese family name, then a given name of two syllables.
    spans += romanised_chinese_spans(text)
    if _CJK_PAIR.search(text):  # "直人 山下": two CJK words, one of them a listed name
        cjk = gazetteers.cjk_names()
        spans += [
            (m.start(), m.end(), E.NAME) for m in _CJK_PAIR.finditer(text) if m.group(1) in cjk or m.group(2) in cjk
        ]
    for m in overlapping(_NAME_LONG, text):
        middles = m.group(2).split()
        if not middles and not m.group(3):
            continue  # a plain pair: _NAME_PAIR
        # Middle words are given names or parts of a double surname ("Vitor Gabriel Casa Grande").
        middle_ok = all(
            w.lower() in first or w.split("-")[0].lower() in last or w.lower() in PARTICLE_WORDS for w in middles
        )
        # A first word that is also a function word ("An Nora Ullrich": German "to") opens no name before a
        # given name; "Bo af Andersson" is one.
        opener = m.group(1).split("-")[0].lower() in first and (
            m.group(1).lower() not in stop or not any(w.lower() in given_names() for w in middles)
        )
        if opener and middle_ok and surname(m.group(4)):
            spans.append((m.start(), m.end(), E.NAME))
    if "Mac " in text or "Nic " in text or "Mhic " in text:
        spans += [(m.start(), m.end(), E.NAME) for m in _GAELIC_PAIR.finditer(text) if m.group(1).lower() in first]
    # "Kids: Adriana and Katrina", "Comes with Jasmijn (grandchild)", "Carer Pilar collects", "Prefers to be
    # called Candela", "Mariano will call back", "// Ksawery": lone given names a cue of the sentence marks, unless
    # a name found above holds them ("Witness Ffion ap Gwilym": the whole name, not "Ffion" too).
    found = list(spans)
    spans += [c for c in given_cue_spans(text) if not any(o[0] <= c[0] and c[1] <= o[1] for o in found)]
    # "Monday Dustin and Terry Figueroa": a lone given name listed on a line with full names.
    spans += rota_given_spans(text, spans)
    # "Jenna Evans, Joseph West and ...": a list written given name first is no "Surname, Given" layout.
    spans = without_list_inversions(text, spans)
    # "Parent Karl Enoksen rang": the role noun is no part of the name, though "Parent" is a surname too.
    return without_role_prefix(text, spans)
