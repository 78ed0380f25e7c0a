"""Rule-based free-text recognizers the NER model misses: titled names, any-country phones,
SSN/NI numbers, IDs and dates of birth with context, street addresses, UK postcodes.

Each function returns :class:`~safe_synthesizer.pii.text_detector.TextSpan`-compatible tuples
``(start, end, entity)``; :class:`~safe_synthesizer.pii.text_detector.TextPiiDetector` merges them.

Example::

    pattern_spans("Seen by Dr Little; call 01184960194.", ("US", "GB"))
    # [(11, 17, 'last_name'), (24, 35, 'phone_number')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.birth_cue_reader import read_birth_cue_spans
from safe_synthesizer.pii.birth_words_world import world_birth_cue_spans
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.phone_any_separator import separated_text
from safe_synthesizer.pii.phone_cell_artefacts import same_length_text
from safe_synthesizer.pii.phone_digit_dress import undressed_digits
from safe_synthesizer.pii.phone_links import linked_phone_spans
from safe_synthesizer.pii.phone_words_world import world_phone_word_spans
from safe_synthesizer.pii.roman_month_dates import TEXT_DATE as _ROMAN_DATE
from safe_synthesizer.pii.text_aged_dates import aged_date_spans
from safe_synthesizer.pii.text_birth_age import age_dob_spans
from safe_synthesizer.pii.text_birth_age_tails import with_age_tails
from safe_synthesizer.pii.text_birth_confirmed import checked_dob_spans
from safe_synthesizer.pii.text_birth_phrases_read import read_birth_phrase_spans
from safe_synthesizer.pii.text_cards import card_spans
from safe_synthesizer.pii.text_date_heading import heading_dob_spans, named_number_spans
from safe_synthesizer.pii.text_dates import (
    BORN_AFTER,
    BORN_AFTER_GATE,
    FIRST_PERSON_BORN,
    LOCAL_MONTH_DATE,
    MORE_BORN_CUES,
)
from safe_synthesizer.pii.text_dialogue import dialogue_dob_spans
from safe_synthesizer.pii.text_dialogue_turns import dialogue_turn_spans
from safe_synthesizer.pii.text_dob_read import read_dob_spans
from safe_synthesizer.pii.text_dob_short_layouts import short_layout_dob_spans
from safe_synthesizer.pii.text_id_acronym_cues import acronym_id_spans
from safe_synthesizer.pii.text_id_checked import checked_id_spans
from safe_synthesizer.pii.text_id_dotted_cues import dotted_cue_id_spans
from safe_synthesizer.pii.text_id_iban import iban_spans
from safe_synthesizer.pii.text_id_loose_cues import loose_cue_id_spans
from safe_synthesizer.pii.text_id_schemes import any_id_scheme, extra_id_scheme, laid_out_scheme
from safe_synthesizer.pii.text_id_spaced import spaced_id_spans
from safe_synthesizer.pii.text_id_tax import tax_id_spans
from safe_synthesizer.pii.text_ids import cued_id_spans
from safe_synthesizer.pii.text_phone_brackets import bracketed_phone_spans
from safe_synthesizer.pii.text_phone_call_verbs import call_verb_phone_spans
from safe_synthesizer.pii.text_phone_called_on import called_on_phone_spans
from safe_synthesizer.pii.text_phone_clause import clause_phone_spans
from safe_synthesizer.pii.text_phone_contact import contact_phone_spans
from safe_synthesizer.pii.text_phone_cues import (
    CUE_WORD,
    GLUED_PHONE,
    NEW_NUMBER_CUES,
    PHONE_CUE,
    PORT_CUE,
    TEXT_PHONE_REGIONS,
    WEAK_CUES,
    bracketed_area_code,
    chat_sender,
)
from safe_synthesizer.pii.text_phone_five import five_digit_phone_spans
from safe_synthesizer.pii.text_phone_imperative import imperative_phone_spans
from safe_synthesizer.pii.text_phone_informed import informed_phone_spans
from safe_synthesizer.pii.text_phone_lists import listed_phone_spans
from safe_synthesizer.pii.text_phone_mates import phone_mate_spans
from safe_synthesizer.pii.text_phone_short import short_phone_spans
from safe_synthesizer.pii.text_phone_uncued import uncued_phone_spans
from safe_synthesizer.pii.text_spoken_births import spoken_birth_spans
from safe_synthesizer.pii.text_streets import street_spans
from safe_synthesizer.pii.text_structured import structured_spans
from safe_synthesizer.pii.titles import is_title, titled_name_spans
from safe_synthesizer.utils.scripts import HAN, KANA

__all__ = ["is_title", "national_id_spans", "pattern_spans", "phone_spans", "titled_name_spans"]

_PARTICLES = ("van't", "della", "van", "von", "der", "den", "del", "dos", "das", "ten", "ter", "vom", "het", "die",
              "de", "di", "da", "du", "la", "le", "zu", "'t", "af", "ap")  # fmt: skip
_PARTICLE = "(?:" + "|".join(_PARTICLES) + r")(?![\w'])"
# "/" separates the area code in German-speaking countries ("05621/45547774"); dates are excluded below.
# Chinese and Japanese glue numbers to the words around them (``电话15790404796。``): their letters
# do not end a number's boundary the way Latin letters do.
_CJK = f"{KANA}{HAN}"
_PHONE = re.compile(
    rf"(?<![+/])(?<!(?![{_CJK}])\w)(?:\+|00)?\(?\d[\d().\-/ ]{{5,18}}\d(?:\s*(?:x|ext\.?)\s*\d{{1,6}})?"
    rf"(?!(?![{_CJK}])\w|[/-])",
    re.I,
)
_SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")
_SSN_CUED = re.compile(r"(?i)\b(?:ssn|social security(?: number| no\.?)?)[\s:#.]*(\d{3}[ -]?\d{2}[ -]?\d{4})\b")
_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_ID_CUED = re.compile(
    r"(?i)\b(?:id|mrn|nhs|patient|passport|licen[cs]e|account|acct|policy|member(?:ship)?|ref(?:erence)?|case|"
    r"employee|customer|badge|record)(?:\s+(?:id|no\.?|number|#))?\s*[:#]?\s*"
    r"((?=[A-Z0-9\- ]*\d{3})[A-Z0-9][A-Z0-9\-]{3,}\d(?: \d{3,4}){0,2})\b"
)
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Ukrainian, Russian and Bulgarian month names as dates write them ("12 березня 1980", "5 мая 1990").
_CYRILLIC_MONTHS = (
    r"(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|"
    r"марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|януари|февруари|март|април|май|юни|юли|"
    r"август|септември|октомври|ноември|декември)"
)
# Dates written with a dot and a space between their parts: Hungarian year first with a closing dot
# (``1973. 09. 19.``), Czech, Slovak, Slovene, Croatian day first (``18. 12. 1942``, ``7. 2. 1961``).
_SPACED_DOT_DATE = r"\d{4}\.[ \t]\d{1,2}\.[ \t]\d{1,2}\.?|\d{1,2}\.[ \t]\d{1,2}\.[ \t]\d{4}"
_DATE = (
    rf"(?:{_SPACED_DOT_DATE}|\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS},? \d{{4}}|{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}[ \t]+{_CYRILLIC_MONTHS}[ \t]+\d{{4}}|{LOCAL_MONTH_DATE}|{_ROMAN_DATE})"
)
# Birth-date cue words of each language, then up to three short filler words ("date of birth as",
# "born on the", "geboren am", "née le") before the date.
_DOB_CUE = (
    r"(?:dob|d\.o\.b\.?|born|date of birth|birth ?date|birthday|geb\.|geboren|geburtsdatum|geburtstag|née?|"
    r"date de naissance|nacid[oa]|fecha de nacimiento|nat[oa]|data di nascita|geboortedatum|f[öo]dd|"
    r"f[öo]delsedatum|f[øo]dt|f[øo]dselsdato|urodzon[ya]|data urodzenia|ur\.|nascid[oa]|data de nascimento|"
    # "né(e) le", Czech, Finnish, Turkish, Japanese and Chinese cues ("nar.", "syntynyt", "生年月日").
    r"née?\(e\)|nar\.|narozen[aáý]?|datum narození|syntynyt|syntymäaika|syntymäpäivä|doğum tarihi|doğumlu|"
    r"生年月日|出生日期|出生年月日|出生于|"
    # Abbreviated cues of forms ("F. nac.", "Fecha nac.", "data nasc.", "data de nasc.", "Geb.-Datum"), Romanian
    # ("născut la", "data nașterii") and Greek ("ημερομηνία γέννησης", "ημ. γέννησης", "γεννήθηκε").
    r"f\.[ \t]?nac\.|fecha[ \t]+(?:de[ \t]+)?nac\.|data[ \t]+(?:de[ \t]+)?nasc\.|dt\.[ \t]?nasc\.|geb\.-datum|"
    r"n[ăa]scut[ăa]?|data[ \t]+na[șşs]terii|data[ \t]+de[ \t]+na[șşs]tere|ημερομηνία[ \t]+γέννησης|"
    r"ημ/νία[ \t]+γέννησης|ημ\.[ \t]?γέννησης|γεννήθηκε|γεννηθείσα|γεννηθείς|f\.[ \t]?d\.|"
    # Danish/Norwegian "f." (født) only right before the date ("f. 12.03.1980"): alone it abbreviates much else.
    r"f\.(?=[ \t]?\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4})|"
    # Hungarian ("szül. 1959.05.08.", "született", "születési dátum"), Croatian/Serbian/Slovenian ("rođena",
    # "datum rođenja", "rojen"), Slovak ("narodená", "dátum narodenia"), Polish ("urodził się"), Greek "γεν.".
    r"szül\.|született|születési[ \t]+(?:dátum|idő|datum)|szül\.[ \t]?(?:dátum|idő)|rođen[aoi]?|rođ\.|"
    r"datum[ \t]+rođenja|datum[ \t]+rojstva|rojen[aio]?|narodil[aiy]?|narodená|narodený|dátum[ \t]+narodenia|"
    r"urodził[aoy]?(?:[ \t]+się)?|γεν\.|γενν\.|"
    # Ukrainian ("дата народження", "д.н.", "народився", "нар.", "р.н."), Russian ("дата рождения", "родился",
    # "д.р.", "г.р."), Bulgarian ("дата на раждане", "роден") and Lithuanian ("gim.", "gimęs", "gimimo data").
    r"дата[ \t]+народження|д\.[ \t]?н\.|народил(?:ся|ася|ась)|народився|народжен(?:ий|а)|нар\.|р\.[ \t]?н\.|"
    r"дата[ \t]+рождения|д\.[ \t]?р\.|г\.[ \t]?р\.|родил(?:ся|ась|ось)|рожд\.|род\.|дата[ \t]+на[ \t]+раждане|"
    r"роден[аио]?|gim\.|gimęs|gimusi|gimimo[ \t]+data|gimimo[ \t]+d\.|"
    # "I was born" in letters ("nací el", "urodziłam się", "γεννήθηκα"): text_dates.FIRST_PERSON_BORN.
    rf"{FIRST_PERSON_BORN}|{MORE_BORN_CUES})"
)
# A birth date before its cue: Japanese and Chinese write "born" after the date ("1955年01月17日生",
# "1990年3月5日出生"), as do Hungarian forms ("1959.05.08-i születésű").
_DOB_AFTER = re.compile(
    rf"(?<![\d./\-])({_DATE})(?=[ \t]*(?:生まれ|生|出生|出世|-?i[ \t]+születésű|-?án[ \t]+született)|{BORN_AFTER})"
)
# The cue may end in a dot or a bracket ("nar.", "né(e)"), hence no word boundary when it does; the
# filler words may carry a colon ("nacido el: 30/05/2006").
# ``geboren op 19580316``: a compact date (year, month, day), read as one only after a birth cue.
_COMPACT_BIRTH = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
_DOB = re.compile(
    rf"(?i)(?<!\w){_DOB_CUE}(?:(?<=[.)\u3000-\u9fff])|(?!\w))[\s:,\-]*(?:[^\W\d_]{{1,8}}\.?[\s:,\-]+){{0,3}}"
    rf"[\s:,\-]*({_DATE}|{_COMPACT_BIRTH})(?!\d)"
)
# Candidate id numbers in prose: letters and digits, maybe split by dots, dashes or slashes, or the
# UK National Insurance layout with spaces; each is checked against the national id schemes.
_ID_CANDIDATE = re.compile(
    r"(?<![\w./\-])(?:[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z]|\d{4} \d{4} \d{4}(?! \d)"
    r"|[A-Za-z0-9](?:[A-Za-z0-9]|[.\-/](?=[A-Za-z0-9])){6,22})(?![\w/\-]|\.\w)"
)
# An id written in digit groups (a French NIR ``1 85 07 75 123 456 78``, ``2 07 03 2A 908 441 88``): taken
# for an id without a cue word only when its compact form passes a distinctive scheme.
_GROUPED_ID = re.compile(r"(?<![\w.,+/\-])\d{1,4}(?:[ .](?:\d{1,4}|2[AB])){3,7}(?![\w/\-]|[.,]\d)")
# Words before an id number that say it is one ("national number", "PESEL", "n° sécu", "id").
_ID_CUE = re.compile(
    r"(?i)(?<!\w)(?:id|ids|identity|identification|identité|identidad|national|personal|personnummer|"
    r"insurance|ni|nino|pesel|bsn|cpr|nir|insee|nif|nie|dni|ahv|avs|svnr|ssn|s[ée]cu|sécurité sociale|"
    r"codice fiscale|fiscal|f[øo]dselsnummer|f[øo]dselsnr|fnr|personnr|ausweis|sofi|henkilötunnus|citizen|"
    r"registered|registration|"
    r"rodné číslo|rodne cislo|rč|r\.č\.|birth number|aadhaar|aadhar|uid|sin|social insurance|nas|tc|kimlik|"
    r"tckn|curp|cpf|rg|hetu|personal number|identiteitsnummer)"
    r"(?!\w)[^\n]{0,25}$"
)
# Chinese and Japanese id cue words (no \\b between CJK characters): "身份证号", "マイナンバー".
_CJK_ID_CUE = re.compile(r"(?:身份证|身份證|公民身份号码|マイナンバー|個人番号)[^\n]{0,8}$")
_SUFFIX = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Place|Pl|Close|Crescent|"
    r"Terrace|Grove|Gardens|Square|Sq|Row|Mews|Walk|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Hill|Park|Green|"
    r"View|Rise|Loop|Path|Pike|Run|Plaza|Alley|Heights|Ridge|Crossing)"
)
_STREET_EN = re.compile(
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+(?:[A-ZÀ-Ý][A-Za-zà-ÿß'\-]+\s+){{1,3}}{_SUFFIX}\b\.?(?:,?\s+(?:Apt\.?|Suite|Unit|Flat|#)\s*\w+)?"
)
_STREET_EU = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß\-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|straat|laan|gracht|plein|dreef|kade|singel)"
    r"\s+\d{1,4}[a-z]?\b"
    r"|\b\d{1,4},?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai)\s+(?:d[eu']\s?|la\s|les\s)?[A-ZÀ-Ý][\wà-ÿ'\-]+(?:\s[A-ZÀ-Ý][\wà-ÿ'\-]+)?"
    r"|\b(?:Calle|Avenida|Plaza|Paseo|Camino|Carrer|Via|Viale|Piazza|Corso|Vicolo|Largo)\s+(?:(?:de|del|della|di|la)\s+)?"
    r"[A-ZÀ-Ý][\wà-ÿ'\-]+(?:\s[A-ZÀ-Ý][\wà-ÿ'\-]+)?,?\s+\d{1,4}\b"
)
# An area code before a slash, then the subscriber number ("30/123-4567", "(70)/199-2346", "1/234 5678").
_SLASHED_AREA = re.compile(r"^\(?\d{1,3}\)?/\d{3}[ \-]?\d{3,4}$")
# A one-letter line label of a signature or a contact block ("T: 60 45 02 04", "M. 0412 ...").
_LINE_LABEL = re.compile(r"(?:^|\n)[ \t]*[TMPFC][ \t]*[:.][ \t]*$")
# "1930-1940", "145-150": year and measurement ranges, not numbers (valid in some region by chance).
_RANGE = re.compile(r"^(?:\d{1,2}\s)?(\d{2,4})\s?[-–/]\s?(\d{2,4})$")
# How 8-digit numbers are written in the Nordic countries, Belgium or Switzerland ("42 65 83 43",
# "6197 9082", "08-01 27 16"): groups of two to four digits. Amounts group in threes after the
# first group ("12 500 000"), so a number whose later groups are all three digits long is no phone.
_PHONE_GROUPS = re.compile(r"^\d{2,4}(?:[ .\-]\d{2,4}){1,3}$")
_CJK_PHONE_CUE = re.compile(
    r"(?:电话|電話|手机|手機|致电|回电|回電|来电|來電|拨打|撥打|号码|號碼|联系|聯絡|联络|携帯|連絡先|TEL|Tel)[：:\s]*$"
)
_CN_MOBILE = re.compile(r"^1[3-9]\d[ \-]\d{4}[ \-]\d{4}$")
_ID_WORDS = frozenset({"no", "nr", "n°", "number"})
# A reference's label right before a number ("ref 01 2345 678", "account no. 0412 555 018"): no phone layout rule.
_REFERENCE_LABEL = re.compile(
    r"(?i)\b(?:ref|reference|no|nr|n°|account|acct|order|invoice|case|policy|file|id|iban|customer|client|contract)"
    r"\.?[ \t]*(?:no\.?|nr\.?|number|#)?[ \t]*[:#.]?[ \t]*$"
)
# "på" is the Nordic "on" ("ring til Louise på 90 28 23 65"); "alt" an alternative number after another.
_PHONE_WEAK_CUES = frozenset({"on", "line", "text", "på", "alt", "alternative"}) | NEW_NUMBER_CUES
# An amount with thousands separators ("12 500 000"); an amount never starts with a 0, a phone's trunk prefix.
_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:[ .,]\d{3})+$")
# 8-digit national numbers after a cue word are tried in every region of text_phone_cues.
_EIGHT_DIGIT_REGIONS = TEXT_PHONE_REGIONS
# "IBAN GB55ZCOS4160603950876": an IBAN-shaped code after the word IBAN, even with a wrong checksum.
_IBAN_CUED = re.compile(r"(?i:\biban\b)[\s:#.]*([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b")


def national_id_spans(text: str, regions: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """National id numbers: a distinctive scheme, a weak one in its layout (``855230/1234``) or one that
    random digits rarely pass (PESEL) anywhere; any scheme (9-digit BSN, CPR) after a cue word. A bare
    number that is also a valid phone number of ``regions`` is left to the phone rules."""
    out = []
    for m in _ID_CANDIDATE.finditer(text):
        value = m.group()
        found = any_id_scheme(value)
        if found is None:
            continue
        window = text[max(0, m.start() - 40) : m.start()]
        if _ID_CUE.search(window) or _CJK_ID_CUE.search(window):
            out.append((m.start(), m.end(), E.NATIONAL_ID))
            continue
        # A scheme of another country in its distinctive layout (``270838-18879``, ``12.345.678-5``).
        scheme = V.text_national_id(value) or (found[0] if found[1] and extra_id_scheme(value) else None)
        scheme = scheme or laid_out_scheme(value)  # "66.01.11-851.18": a Belgian national number
        if scheme is None or (value.isdigit() and phone_region_of(value, regions) is not None):
            continue
        out.append((m.start(), m.end(), E.NATIONAL_ID))
    for m in _GROUPED_ID.finditer(text):
        if not 9 <= sum(ch.isdigit() for ch in m.group()) <= 18:
            continue
        found = V.national_id_scheme(m.group().replace(" ", "").replace(".", ""))
        if found is not None and found[1]:
            out.append((m.start(), m.end(), E.NATIONAL_ID))
    return out


def _group(regex: re.Pattern[str], text: str, entity: str, group: int = 0) -> list[tuple[int, int, str]]:
    return [(m.start(group), m.end(group), entity) for m in regex.finditer(text)]


def phone_spans(text: str, regions: Sequence[str]) -> list[tuple[int, int, str]]:
    """Phone numbers valid in one of ``regions`` (any country with a ``+``/``00`` prefix)."""
    out = _glued_phone_spans(text)
    for m in _PHONE.finditer(text):
        value, start = m.group().strip(), m.start()
        if value.startswith("(") and ")" not in value[:8]:  # "(01632) 960391" keeps its bracket
            value, start = value[1:], start + 1
        opened = value.rfind("(")
        if opened > 0 and ")" not in value[opened:]:
            # "at Hentschelgasse 78-34 (45669 Meiningen)": a bracket opened inside the number and never
            # closed starts the prose after it (a postcode), not part of the number.
            value = value[:opened].rstrip(" -./")
        window = text[max(0, start - 60) : start]
        if sum(ch.isdigit() for ch in value) < 7:
            continue
        if _reads_as_date(value) and not _dated_phone(value, window, regions):
            continue
        n_digits = sum(c.isdigit() for c in value)
        # The cue may stand before an e-mail address ("Contact anna@example.org or 48663855"): the
        # window is wide, the cue regex itself allows at most four words between cue and number.
        cue = PHONE_CUE.search(window)
        # Any strong cue word in the window counts ("no answer ring 60 35 46 50": "ring", not "no").
        words = {" ".join(w.lower().split()) for w in CUE_WORD.findall(cue.group())} if cue is not None else set()
        strong = any(w not in WEAK_CUES for w in words)
        # "39/28/35 140" are measurements; an area code before "/" starts with its trunk 0, except
        # after a strong cue, where Hungarian numbers drop it ("hívjon a 30/123-4567 számon").
        slashed = "/" in value and (value.count("/") > 1 or not value.lstrip("(").startswith(("0", "+")))
        if slashed and not (strong and _SLASHED_AREA.match(value)):
            continue
        if cue is None and (cjk := _CJK_PHONE_CUE.search(text, max(0, start - 12), start)):
            cue, strong = cjk, True  # "请致电 138 0013 8000": Chinese and Japanese cue words have no \b
        if not strong and (port := PORT_CUE.search(text, max(0, start - 16), start)):
            cue, strong = port, True
        if _LINE_LABEL.search(text, max(0, start - 12), start):
            cue, strong = cue or _LINE_LABEL.search(text, max(0, start - 12), start), True
        cued = cue is not None and 7 <= n_digits <= 15 and (strong or n_digits >= 9)
        if cue is not None and not cued and n_digits == 8 and words & _PHONE_WEAK_CUES and not words & _ID_WORDS:
            # "on", "line" or "text" before 8 digits written in phone groups that are a valid number of a
            # country writing such numbers: "Contact Jonas on 42 65 83 43". "at" and "from" also precede
            # sizes ("sizes at 32 24 32 30") and "no"/"number" order numbers ("order no 4265 8343").
            cued = _grouped_phone(value) and phone_region_of(value, (*regions, *_EIGHT_DIGIT_REGIONS)) is not None
        # A range goes upwards (``1930-1940``); Central American mobiles written 4-4 go down as often.
        rng = _RANGE.match(value)
        if rng and not strong and int(rng.group(2)) >= int(rng.group(1)):
            continue
        # Without a cue a national number needs 9+ digits: shorter digit groups in prose are sizes.
        plain = n_digits >= 9 or value.startswith(("+", "00"))
        # A Chinese mobile in its 3-4-4 layout is a phone in any text ("138 0013 8000").
        china = bool(_CN_MOBILE.match(value)) and phone_region_of(value, ("CN",)) is not None
        # A national layout only phones use, valid in some country: an area code in brackets ("(022) 42937"),
        # or a trunk 0 then digit groups ("02 136 530", "01 2794 984"; amounts never start with a 0).
        national = bracketed_area_code(value) or (value[0] == "0" and value[1:2] != "0" and _grouped_phone(value))
        national = national and 8 <= n_digits <= 11 and not _REFERENCE_LABEL.search(window)
        national = national and phone_region_of(value, TEXT_PHONE_REGIONS) is not None
        # A run of digits without a trunk 0 or "+" may be a job id or a compact date ("20240512:").
        sender = 7 <= n_digits <= 15 and (not value.isdigit() or value[0] == "0")
        sender = sender and chat_sender(text, start, start + len(value))
        sender = sender and phone_region_of(value, (*regions, *TEXT_PHONE_REGIONS)) is not None
        if cued or china or national or sender or (plain and phone_region_of(value, regions) is not None):
            out.append((start, start + len(value), E.PHONE_NUMBER))
    if "(" in text:  # "requested by Erika Ramos (21033375)": a contact's number after the name
        for a, b in named_number_spans(text):
            value = text[a:b]
            if not 7 <= sum(ch.isdigit() for ch in value) <= 15 or _reads_as_date(value):
                continue
            if phone_region_of(value, (*regions, *TEXT_PHONE_REGIONS)) is not None:
                out.append((a, b, E.PHONE_NUMBER))
    out += uncued_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "Guarantor Anne Koch, 34 29 91 84"
    out += bracketed_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "Rein Viks will drive me (5585 4824)"
    out += imperative_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "Text 71473403 on arrival"
    out += called_on_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "text him on 3370245"
    out += short_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "mobile 25 01 55" (Greenland, 6 digits)
    out += five_digit_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "landlord X to call 51795" (Falklands)
    out += informed_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "owner informed (5913701)"
    out += clause_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "Llamar a la madre, X, al 8638 8114"
    out += listed_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "... or 21979852"
    out += contact_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "(ann@example.org, 3378 1204)"
    out += call_verb_phone_spans(text, [(a, b) for a, b, _ in out], regions)  # "owes the fee, text 857017"
    # "WhatsApp wa.me/34612465550", "tel:+33...": the link is the span (its fake keeps the host: phone_links); a
    # number read inside it by the rules above gives way.
    if links := linked_phone_spans(text):
        out = links + [(a, b, e) for a, b, e in out if not any(s < b and a < t for s, t, _ in links)]
    return list(dict.fromkeys(out))  # "Ph:0161 ..." is found glued and after the colon


def _reads_as_date(value: str) -> bool:
    """A date (``04/06/2004``, with or without a time) or a value opening with one of a four-digit year
    (``10.12.2024 08``: a timestamp cut at its colon): no phone number."""
    return V.looks_like_date(value) or V.starts_with_date(value)


def _glued_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Numbers glued to a phone label (``tel+447400682298``, ``tel06 17 80 11 23``): the label is as strong a
    cue as a separate word, so 7-15 digits that are no date or range are taken."""
    out = []
    for m in GLUED_PHONE.finditer(text):
        value = m.group("number").rstrip(" -./(")
        if not 7 <= sum(ch.isdigit() for ch in value) <= 15 or _reads_as_date(value) or _RANGE.match(value):
            continue
        out.append((m.start("number"), m.start("number") + len(value), E.PHONE_NUMBER))
    return out


def _dated_phone(value: str, window: str, regions: Sequence[str]) -> bool:
    """A Stockholm number written like a date ("nås på 08-16.07.94"): mixed separators after a trunk
    ``0``, a strong phone cue before it and a valid number of a country writing such numbers."""
    if not value.startswith("0") or len({ch for ch in value if not ch.isdigit()}) < 2:
        return False
    cue = PHONE_CUE.search(window)
    if cue is None or not any(w.lower() not in WEAK_CUES for w in CUE_WORD.findall(cue.group())):
        return False
    return phone_region_of(value, (*regions, *_EIGHT_DIGIT_REGIONS)) is not None


def _grouped_phone(value: str) -> bool:
    """``value`` is digits in phone-like groups, not an amount with thousands separators."""
    return bool(_PHONE_GROUPS.match(value)) and not _THOUSANDS.match(value)


def pattern_spans(text: str, regions: Sequence[str], entities: frozenset[str]) -> list[tuple[int, int, str]]:
    """Every rule-based span of ``text`` for the wanted ``entities`` (overlaps not yet resolved)."""
    names = bool(entities & {E.NAME, E.FIRST_NAME, E.LAST_NAME})
    out = titled_name_spans(text) if names else []
    # {"dob": "14/11/1941"}, 'client': 'glica, olgierd', id_no=293719191: a record's key says what its value is
    out += structured_spans(text, _DATE, entities)
    # "[bot] And your date of birth?\n[user] 08/22/1969": a tagged dialogue's answer is what the other side asked
    out += dialogue_turn_spans(text, _DOB_CUE, _DATE, entities)
    if E.DATE_OF_BIRTH in entities:
        # "born on thirty-first of May nineteen eighty-seven", "DOB: sixth of February two thousand and four": a
        # date read out in words after the cue (no digit in it: before the gate below)
        out += spoken_birth_spans(text, _DOB_CUE)
    if entities & {E.STREET_ADDRESS, E.ADDRESS}:
        out += street_spans(text)
    if not any(ch.isdigit() for ch in text):
        return out
    if entities & {E.PHONE_NUMBER, E.FAX_NUMBER}:
        undressed = same_length_text(text)  # ``015053–343285``, ``+39\xa0318``: a dash or space of another kind
        undressed = undressed_digits(undressed)  # ``[201] 247-2352``, ``O6 85 O5 29 3O``: brackets, letters for digits
        undressed = separated_text(undressed)  # ``(207)_873_0427``, ``+1/2014395081``, ``Apt. 458. 020 2385138``
        out += phone_spans(undressed, regions)
        out += phone_mate_spans(undressed)  # "+592 614 1070 instead of 609 1335": the international number names it
        out += world_phone_word_spans(undressed, regions)  # "mogala 74 036 564", "niuniu 87 45 56 00": any language
    if E.IBAN in entities:
        out += _group(_IBAN_CUED, text, E.IBAN, 1)
        out += iban_spans(text)  # lower case, dotted, dashed, telegram: checksum and country length decide
    if E.CREDIT_DEBIT_CARD in entities:
        out += card_spans(text)
    if E.SSN in entities:
        out += _group(_SSN, text, E.SSN) + _group(_SSN_CUED, text, E.SSN, 1)
    if E.NATIONAL_ID in entities:
        out += _group(_NINO, text, E.NATIONAL_ID) + _group(_ID_CUED, text, E.NATIONAL_ID, 1)
        ids = national_id_spans(text, regions)
        out += ids + [s for s in cued_id_spans(text) if s not in ids]  # checksum or not, after an id word
        out += tax_id_spans(text)  # "con NIT 7684534-6": a person's tax number, stdnum's check digit
        out += checked_id_spans(text)  # "Id checked: 11190333556": the id word, what was done, the number
        out += loose_cue_id_spans(text, [(a, b) for a, b, e in out if e == E.NATIONAL_ID])  # "ID nbr", "passprt no"
        out += dotted_cue_id_spans(text, [(a, b) for a, b, _ in out])  # "I.D: 01-947525", "nat. ins no CF66..."
        out += acronym_id_spans(text, [(a, b) for a, b, _ in out])  # "ID (NHI no WHG0745)", "I/D no CF6397..."
        out += spaced_id_spans(text)  # "ref 119 588 924 536 102 7": an id in digit groups of any width
    if E.DATE_OF_BIRTH in entities:
        out += _group(_DOB, text, E.DATE_OF_BIRTH, 1)
        out += checked_dob_spans(text, _DOB_CUE, _DATE)  # "DOB confirmed 07/05/2000": a cue, a check, the date
        out += heading_dob_spans(text, _DATE)  # "Re: Jeffery Massey, 04/08/1943, ...": no birth word
        out += age_dob_spans(text, _DATE)  # "Mrs Kovač, 74 y/o, 12/03/1950": the age says it is a birth date
        out += dialogue_dob_spans(text, _DOB_CUE, _DATE)  # "date of birth? CALLER: 1988-02-03" (gated on "?")
        if any(w in text for w in BORN_AFTER_GATE):  # the cues _DOB_AFTER looks for after a date
            out += _group(_DOB_AFTER, text, E.DATE_OF_BIRTH, 1)
        # "d.o.b. 01282019", "born Feb 7 '18", "b. Aug 18 '13": run-together and apostrophe-year dates after a cue
        # (a span an earlier rule gave is not given twice)
        taken = {(a, b) for a, b, e in out if e == E.DATE_OF_BIRTH}
        out += [s for s in short_layout_dob_spans(text, _DOB_CUE, _DATE) if s[:2] not in taken]
        # "Geburtstag: 17 / 09 / 1938", "(b. 1969 09 15)", "DOB 1992-Aug-19": the cued date in any layout
        taken = {(a, b) for a, b, e in out if e == E.DATE_OF_BIRTH}
        out += [s for s in read_dob_spans(text, _DOB_CUE) if s[:2] not in taken]
        # "né(e) le 30/MARS/2004", "nacido/a el 09/AGO/1963", "(f. 23. august 1940)", "geb. 1.11.99": the cue read by
        # its parts (a birth word or its abbreviation, a gender marking, joining words), any date layout after it
        taken = {(a, b) for a, b, e in out if e == E.DATE_OF_BIRTH}
        out += [s for s in read_birth_cue_spans(text) if s[:2] not in taken]
        # "Wobadwa pa 76-01-20", "Yurïwipa: 1973 mayo 1", "ڄمڻ جي تاريخ 23/3/1983": birth words of the languages
        # the tables above leave out (roots found inside a word), any date layout after them
        taken = {(a, b) for a, b, e in out if e == E.DATE_OF_BIRTH}
        out += [s for s in world_birth_cue_spans(text) if s[:2] not in taken]
        # "பிறந்த தேதி: 11+08+1964", "taariikhda dhalashada: 2003-271": the local tables' birth phrases, the date
        # read by the one date reader (any layout), not by their list of layouts
        taken = {(a, b) for a, b, e in out if e == E.DATE_OF_BIRTH}
        out += [s for s in read_birth_phrase_spans(text) if s[:2] not in taken]
        # "o tsholetswe ka 1983-05-01 → 43": the age after a birth date is faked with it (the true age left beside a
        # fake date tells the year the shift hides)
        # "төрөөбүт күнэ 16/06/1980 [46 сыл]": a date with its agreeing age in brackets, whatever the words before it
        starts = {a for a, _, e in out if e == E.DATE_OF_BIRTH}
        out += [s for s in aged_date_spans(text) if s[0] not in starts]
        out = with_age_tails(text, out)
    if entities & {E.STREET_ADDRESS, E.ADDRESS}:
        out += _group(_STREET_EN, text, E.STREET_ADDRESS) + _group(_STREET_EU, text, E.STREET_ADDRESS)
    if E.POSTCODE in entities:
        out += _group(_UK_POSTCODE, text, E.POSTCODE)
    return out
