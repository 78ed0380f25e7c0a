"""Free-text cells: spans per row, names linked to the row's name columns, rewriting.

A person named in a row's ``name``/``first_name``/``last_name`` column is looked for again in that
row's text cells (capitalised, whole words), so ``Dr Little`` in a note is found when ``Little`` is
the row's surname and gets the same fake as the column: both go through the first-/last-name
namespaces of one :class:`~safe_synthesizer.pii.fakes.FakeMapper`. Only the row's own columns are
used, so a record's text replacement never depends on other records.

Example::

    cells = detect_text(df["note"], detector, row_names(df, plans))
    cells.span_counts()  # {'last_name': 20, 'phone_number': 20}
    new = cells.rewrite(df["note"], {"last_name": {"Little": "Fairley"}, ...})
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_encoded_cells import undressed_person_text
from safe_synthesizer.pii.name_parts import split_full_name
from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words
from safe_synthesizer.pii.text_id_any_cue import with_any_cue_ids
from safe_synthesizer.pii.text_id_structured import with_structured_ids
from safe_synthesizer.pii.text_name_any_case_slots import known_slot_spans
from safe_synthesizer.pii.text_name_asides import known_aside_spans
from safe_synthesizer.pii.text_name_case_echoes import case_echo_spans
from safe_synthesizer.pii.text_name_caseless_table import caseless_table_name_spans, caseless_table_words
from safe_synthesizer.pii.text_name_cjk_heads import with_cjk_head_names
from safe_synthesizer.pii.text_name_half_spans import half_span_names
from safe_synthesizer.pii.text_name_list_mates import with_list_mates
from safe_synthesizer.pii.text_name_list_partners import list_partner_spans
from safe_synthesizer.pii.text_name_lower_halves import lower_half_span_names
from safe_synthesizer.pii.text_name_markers import marked_name_spans
from safe_synthesizer.pii.text_name_record_heads import record_head_spans
from safe_synthesizer.pii.text_name_repeated_lone import repeated_lone_name_spans
from safe_synthesizer.pii.text_name_run_closure import with_run_closure_names
from safe_synthesizer.pii.text_name_script_initials import with_script_initial_names
from safe_synthesizer.pii.text_name_table_lone import lone_table_name_spans
from safe_synthesizer.pii.text_name_table_people import table_people_spans
from safe_synthesizer.pii.text_phone_after_person import phone_after_person_text_spans
from safe_synthesizer.pii.text_phone_local_numbers import LocalPhones, local_phone_text_spans
from safe_synthesizer.pii.text_phone_nanp_local import nanp_local_text_spans
from safe_synthesizer.pii.text_phone_note_groups import with_note_phone_groups
from safe_synthesizer.pii.text_phone_standalone import standalone_phone_text_spans
from safe_synthesizer.pii.text_phone_table_region import table_region_text_spans
from safe_synthesizer.pii.text_phone_thread_turns import thread_phone_text_spans
from safe_synthesizer.pii.text_row_values import row_value_spans
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans
from safe_synthesizer.pii.text_street_name_number import with_name_number_streets
from safe_synthesizer.pii.text_street_open_slots import with_open_slot_streets
from safe_synthesizer.pii.text_street_person_named import with_person_named_streets
from safe_synthesizer.pii.text_street_slots import with_slot_streets
from safe_synthesizer.pii.titles import is_title

if TYPE_CHECKING:
    from safe_synthesizer.pii.text_detector import TextPiiDetector

_NAME_ENTITIES = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
_WORD = re.compile(r"[^\W\d_][\w'’\-\u0300-\u036f]*")  # combining marks: Turkish 'İde' lower-cases to 'i̇de'


def row_names(df: pd.DataFrame, plans: Sequence[Any]) -> list[dict[str, str]] | None:
    """Per row: lower-cased name token -> ``first_name``/``last_name``, from the row's name columns."""
    columns = [(p.column, p.entity) for p in plans if p.entity in _NAME_ENTITIES]
    if not columns:
        return None
    out: list[dict[str, str]] = [{} for _ in range(len(df))]
    for column, entity in columns:
        for i, value in enumerate(df[column].tolist()):
            if not isinstance(value, str) or not value.strip():
                continue
            value = undressed_person_text(value)  # ``CN=Ana Berg,OU=Users``: the words of the name it wraps
            if entity == E.NAME:
                first, last, _ = split_full_name(value.strip())
                pairs = [(t, E.FIRST_NAME) for t in first.split()] + [(t, E.LAST_NAME) for t in last.split()]
            else:
                pairs = [(t, entity) for t in re.split(r"[\s\-]+", value.strip())]
            for token, kind in pairs:
                if len(token) > 1:
                    out[i].setdefault(token.lower(), kind)
    return out


@dataclass
class TextCells:
    """One text column: the cell of each row (None when missing) and its entity spans."""

    texts: list[str | None]
    spans: list[list[TextSpan]]

    def values_by_entity(self) -> dict[str, list[str]]:
        """Entity -> distinct span texts, in first-seen order."""
        out: dict[str, list[str]] = {}
        for text, spans in zip(self.texts, self.spans, strict=True):
            for s in spans:
                out.setdefault(s.entity, []).append(text[s.start : s.end])  # type: ignore[index]
        return {e: list(dict.fromkeys(v)) for e, v in sorted(out.items())}

    def span_counts(self) -> dict[str, int]:
        """Entity -> number of spans over all rows."""
        counts: Counter[str] = Counter(s.entity for spans in self.spans for s in spans)
        return dict(sorted(counts.items()))

    def rewrite(self, series: pd.Series, maps: dict[str, dict[str, str]]) -> pd.Series:
        """``series`` with every span replaced by ``maps[entity][span text]``."""
        new = []
        for original, text, spans in zip(series.tolist(), self.texts, self.spans, strict=True):
            if text is None or not spans:
                new.append(original)
                continue
            pieces, last = [], 0
            for s in spans:
                fake = maps[s.entity][text[s.start : s.end]]
                if "\n" in fake and "\n" not in text[s.start : s.end]:
                    fake = re.sub(r"\s*\n\s*", ", ", fake.strip())  # Faker en_IN "170\nSant Marg" inside a sentence
                if fake.endswith(".") and text.startswith(".", s.end):
                    fake = fake[:-1]  # "Petőfi utca 71." faked "Arany utca 12." before the note's own dot: one dot
                pieces += [text[last : s.start], fake]
                last = s.end
            new.append("".join([*pieces, text[last:]]))
        return pd.Series(new, index=series.index, dtype=series.dtype if series.dtype == object else object)


def detect_text(
    series: pd.Series,
    detector: TextPiiDetector,
    names: list[dict[str, str]] | None = None,
    streets: list[list[str]] | None = None,
    phones: list[list[str]] | None = None,
    people: Mapping[str, str] | None = None,
    phone_regions: Sequence[tuple[str, ...]] | None = None,
    local_phones: Sequence[LocalPhones] | None = None,
    street_types: frozenset[str] | None = None,
    id_shapes: frozenset[str] | None = None,
) -> TextCells:
    """Spans of every cell (detector, plus the row's own names found as capitalised words, and the row's own
    street, phone and lower-case name runs: :mod:`text_row_values`; with ``people``, the table's name words in
    any row: :mod:`text_name_table_people`)."""
    texts = [None if pd.isna(v) else str(v) for v in series.tolist()]
    present = [t for t in texts if t is not None]
    found = iter(detector.find_spans(present))
    spans = [next(found) if t is not None else [] for t in texts]
    listed = list(spans)  # what the detector's own list pass saw
    for i, text in enumerate(texts):
        if text is not None and spans[i]:
            spans[i] = _with_repeated_lone_names(
                text, _with_repeated_surnames(text, _with_repeated_full_names(text, spans[i]))
            )
    if names is not None:
        for i, (text, known) in enumerate(zip(texts, names, strict=True)):
            if text is None or not known:
                continue
            extra = [
                TextSpan(m.start(), m.end(), known[m.group().lower()], 0.95)
                for m in _WORD.finditer(text)
                # Scripts without capitals (Hebrew, Arabic, Georgian, Thai) have no case to go by.
                if not m.group()[:1].islower() and m.group().lower() in known
            ]
            if extra:
                spans[i] = resolve_spans(spans[i] + extra)
    if names is not None or streets is not None or phones is not None:
        for i, text in enumerate(texts):
            if text is None:
                continue
            extra = row_value_spans(
                text, names[i] if names else None, streets[i] if streets else None, phones[i] if phones else None
            )
            if extra:
                spans[i] = resolve_spans(spans[i] + extra)
    # Short national numbers of the region the table's own phones point to ("new number 71442" in a Cook Islands
    # table): text_phone_table_region; then local numbers the table's phone cells vouch for ("Tel 3050" in Tokelau,
    # "mine is 23741", another row's number after its owner "Bill to Aliki Puka, 3003."): text_phone_local_numbers.
    # Per row under DP (the caller passes each row's own regions and phones then).
    if (phone_regions is not None or local_phones is not None) and detector.entities & {E.PHONE_NUMBER, E.FAX_NUMBER}:
        for i, text in enumerate(texts):
            if text is None or not any(ch.isdigit() for ch in text):
                continue
            if phone_regions is not None and phone_regions[i]:
                extra = table_region_text_spans(text, spans[i], phone_regions[i])
                if extra:
                    spans[i] = resolve_spans(spans[i] + extra)
                # "... back re invoice!! 88 73 71 34": a number alone in a sentence, valid in the table's region.
                extra = standalone_phone_text_spans(text, spans[i], phone_regions[i])
                if extra:
                    spans[i] = resolve_spans(spans[i] + extra)
                # "Me: 40653795 saved": a local number a message thread's turn passes on (text_phone_thread_turns).
                extra = thread_phone_text_spans(text, spans[i], phone_regions[i])
                if extra:
                    spans[i] = resolve_spans(spans[i] + extra)
            if local_phones is not None:
                extra = local_phone_text_spans(text, spans[i], local_phones[i])
                if extra:
                    spans[i] = resolve_spans(spans[i] + extra)
                # Seven-digit local numbers of a +1 table (``use 763-7441``, ``Mrs Floyd (384-7522)``) and cued
                # national numbers of the table's plans (``Reply to 5917196``).
                extra = nanp_local_text_spans(text, spans[i], local_phones[i])
                if extra:
                    spans[i] = resolve_spans(spans[i] + extra)
    # Names built around a culture's naming marker (``Ринат Камил улы Нуриев``, ``ਕੁਲਦੀਪ ਸਿੰਘ ਬਰਾੜ``): the marker says
    # where the name is and how it is built, the note alone decides; the table's people (none under DP) vouch for a
    # caseless word after it (text_name_markers).
    for i, text in enumerate(texts):
        if text is not None and (marked := marked_name_spans(text, spans[i], people)):
            spans[i] = resolve_spans(spans[i] + marked)
    # The table's own people in any row's note, then the list mates of every name span (a roll call whose first
    # item only the row rules found): the detector ran its list pass before those spans existed, so cells whose
    # spans are still the detector's need no second pass.
    if names is not None or people:
        caseless_words = caseless_table_words(people) if people else {}
        for i, text in enumerate(texts):
            if text is None:
                continue
            extra = table_people_spans(text, people, spans[i]) if people else []
            if people and caseless_words:
                # The table's people in a script without capitals (``سالگره مبارڪ عبدالله ڄامڙو!``): no case to
                # read a run by, the table's name words are the list (text_name_caseless_table).
                extra += caseless_table_name_spans(text, people, resolve_spans(spans[i] + extra), words=caseless_words)
            if people:
                # One word of the table's people alone ("... back door. Naupa", "Treasurer Gbaguidi reported",
                # "agent Nikenike has keys"): text_name_table_lone.
                extra += lone_table_name_spans(text, people, resolve_spans(spans[i] + extra))
            # The person slots of a note ("SALAS allergic to nuts", "by MBEWE,", "puleng mothibeli to appeal") with the
            # table's name words (none under DP) and the row's own as the second cue: text_name_any_case_slots.
            extra += known_slot_spans(text, resolve_spans(spans[i] + extra), people, names[i] if names else None)
            # The same slots where an aside in brackets stands after the name ("naud (chorus) needs a licence"):
            # text_name_asides.
            extra += known_aside_spans(text, resolve_spans(spans[i] + extra), people, names[i] if names else None)
            if extra or spans[i] != listed[i]:
                spans[i] = resolve_spans(with_list_mates(text, resolve_spans(spans[i] + extra)))
    # The person a note's record opens with ("Raffle stub 214: Keoni Akana, (814) 296-8179", "No. 88 - Kpodo,
    # Selorm, +233 ..."): a short label, a run of name words, then the record's other fields; the whole name takes
    # the place of a half found inside it (text_name_record_heads). The note alone decides.
    for i, text in enumerate(texts):
        if text is None or not spans[i]:
            continue
        heads = record_head_spans(text, [(s.start, s.end, s.entity) for s in spans[i]])
        # The other items of a short list beside a found full name, in any case and with any joiner ("lynn
        # hamilton + Adam Cantu", "LO SÖDERGREN // CARINA SÖDERGREN // jonsson"): text_name_list_partners.
        heads += list_partner_spans(text, [(s.start, s.end, s.entity) for s in spans[i]])
        if heads:
            kept = [s for s in spans[i] if not any(a <= s.start and s.end <= b for a, b, _ in heads)]
            # A new full name's word-for-word repeats get the same fake ("Weigh-off: X's ... -- X").
            spans[i] = _with_repeated_full_names(
                text, resolve_spans(kept + [TextSpan(a, b, e, 0.9) for a, b, e in heads])
            )
    # The other mentions of a found person in another case ("Sandra Gallagher ... ^sandra") and the lower-case
    # partner of a found name ("klaus and Branko doubles"), once every name reader has run: text_name_case_echoes.
    # The cell alone decides (with the table's name words, none under DP, for a partner).
    for i, text in enumerate(texts):
        if text is None or not any(s.entity in _NAME_ENTITIES for s in spans[i]):
            continue
        # First the whole name a one-word span holds half of ("bei Sara Ernst" with "Ernst" found): it takes the
        # half's place, so both halves get one fake (text_name_half_spans).
        halves = half_span_names(text, [(s.start, s.end, s.entity) for s in spans[i]])
        if halves:
            kept = [s for s in spans[i] if not any(a <= s.start and s.end <= b for a, b, _ in halves)]
            spans[i] = resolve_spans(kept + [TextSpan(a, b, e, 0.9) for a, b, e in halves])
        echoes = case_echo_spans(text, [(s.start, s.end, s.entity) for s in spans[i]], people or None)
        if echoes:
            spans[i] = resolve_spans(spans[i] + [TextSpan(a, b, e, 0.9) for a, b, e in echoes])
        # The lower-case whole name a lower-case span holds half of ("see tammy coleman" with "coleman" found), or a
        # listed given name before an echo of the note's capitalised name ("Webb's ...; see brooke webb"): it takes
        # the halves' place (text_name_lower_halves). The note alone decides.
        lower = lower_half_span_names(text, [(s.start, s.end, s.entity) for s in spans[i]])
        if lower:
            kept = [s for s in spans[i] if not any(a <= s.start and s.end <= b for a, b, _ in lower)]
            spans[i] = resolve_spans(kept + [TextSpan(a, b, e, 0.9) for a, b, e in lower])
    # A local number right after a person, closing the clause ("witness Jared. 932-8011"): read once every name
    # reader has run, the person being the cue (text_phone_after_person). Per row under DP, as above.
    if (phone_regions is not None or local_phones is not None) and detector.entities & {E.PHONE_NUMBER, E.FAX_NUMBER}:
        for i, text in enumerate(texts):
            if text is None or not spans[i] or not any(ch.isdigit() for ch in text):
                continue
            local = local_phones[i] if local_phones is not None else None
            own = (phone_regions[i] if phone_regions is not None else None) or ()
            regions = tuple(dict.fromkeys([*own, *(local.regions if local is not None else ())]))
            extra = phone_after_person_text_spans(text, spans[i], regions, local.known if local is not None else ())
            if extra:
                spans[i] = resolve_spans(spans[i] + extra)
    # Streets and ids read by general notation, once every name reader has run (a person and a comma open a
    # record's address slot): text_street_slots, text_id_any_cue. The table's street types and id layouts come from
    # the engine (none under DP).
    wants_streets = bool(detector.entities & {E.STREET_ADDRESS, E.ADDRESS})
    wants_ids = bool(detector.entities & {E.NATIONAL_ID, E.SSN, E.TAX_ID})
    wants_phones = (phone_regions is not None or local_phones is not None) and bool(
        detector.entities & {E.PHONE_NUMBER, E.FAX_NUMBER}
    )
    wants_names = bool(detector.entities & {E.NAME, E.FIRST_NAME, E.LAST_NAME})
    for i, text in enumerate(texts):
        if text is None:
            continue
        if wants_streets:
            spans[i] = with_slot_streets(text, spans[i], street_types or ())
        if wants_ids:
            spans[i] = with_any_cue_ids(text, spans[i], id_shapes or ())
        # Chinese record heads of given-name characters ("續會：黃詠詩，") and the given name of a found full name
        # alone elsewhere in the note ("曉彤 towed by @李曉彤"): text_name_cjk_heads. The note alone decides. Before
        # the streets: a person opens their slots.
        if wants_names:
            spans[i] = with_cjk_head_names(text, spans[i])
        # Streets no type list knows, by the slot they fill (a placing word and a closing house number, a person's
        # "of", a person's record slot after a verb of any language): text_street_open_slots. The note alone decides.
        if wants_streets:
            spans[i] = with_open_slot_streets(text, spans[i])
        # A number by its digit groups, valid in the table's region, unless a record word labels it ("order
        # 662-4455"): text_phone_note_groups. The regions are the row's own under DP, as above.
        if wants_phones and any(ch.isdigit() for ch in text):
            local = local_phones[i] if local_phones is not None else None
            own = (phone_regions[i] if phone_regions is not None else None) or ()
            regions = tuple(dict.fromkeys([*own, *(local.regions if local is not None else ())]))
            spans[i] = with_note_phone_groups(text, spans[i], regions)
        # An id by its scheme's structure where the scheme has no check digit (an Indian PAN): text_id_structured.
        if wants_ids:
            spans[i] = with_structured_ids(text, spans[i])
        # Once every reader has run, the spans found read further by general notation (the note alone decides): a
        # name runs to the end of its run of name words (``Ida Bagus Komang Agus Wirawan (born``; ``Ni Made Dewi``
        # with both ends found): text_name_run_closure; a person's name closed by a street type word is a street
        # (``M.J. Cuenco Avenue``): text_street_person_named; the dotted initials of any script before a name or a
        # street join it (``மா. பிரியா``, ``ಟಿ. ಕೆ. ನಾಗರಾಜ್``): text_name_script_initials; a street written name first,
        # number last in a person's slot (``Hein Sievers, Oll Dörp 10,``; ``... returned to Oll Dörp 38b.``):
        # text_street_name_number.
        if wants_names:
            spans[i] = with_run_closure_names(text, spans[i])
        if wants_streets:
            spans[i] = with_person_named_streets(text, spans[i])
        if wants_names:
            spans[i] = with_script_initial_names(text, spans[i])
        if wants_streets:
            spans[i] = with_name_number_streets(text, spans[i])
    return TextCells(texts, spans)


def _with_repeated_full_names(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` plus the word-for-word repeats, in the same cell, of a full name a name span holds.

    ``user: megan cantu. bot: I heard megan cantu``: the repeat is the same person, and replacing only its
    surname (what :func:`_with_repeated_surnames` finds) would keep the real given name.
    """
    fulls = {text[s.start : s.end] for s in spans if s.entity == E.NAME and " " in text[s.start : s.end].strip()}
    extra = [
        TextSpan(m.start(), m.end(), E.NAME, 0.9)
        for value in fulls
        if text.count(value) > 1  # most names are written once: no pattern to build
        for m in re.finditer(rf"(?<![\w'’\-]){re.escape(value)}(?![\w'’\-])", text)
        if not any(s.start < m.end() and m.start() < s.end for s in spans)
    ]
    return resolve_spans(spans + extra) if extra else spans


def _with_repeated_lone_names(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` plus the other mentions, in the same cell, of a one-word name span (a chat speaker ``sabrina: ...
    / sabrina: gr8``, a cued given name): :mod:`text_name_repeated_lone`. The cell alone decides (DP-safe)."""
    extra = repeated_lone_name_spans(text, [(s.start, s.end, s.entity) for s in spans])
    return resolve_spans(spans + [TextSpan(a, b, e, 0.9) for a, b, e in extra]) if extra else spans


def _with_repeated_surnames(text: str, spans: list[TextSpan]) -> list[TextSpan]:
    """``spans`` plus the other occurrences, in the same cell, of a surname a name span holds.

    A note names a person in full once and by surname again (``Hi, this is T. Cross ... Agent Ms cross:``,
    ``Rita Ward ... my mate Ward``, ``Bradley, Angela ... my mate Bradley``): the repeat gets the same fake. A
    repeat written in lower case or opening a sentence counts only after a title or when it is no ordinary
    word, so ``Ms Cross was cross`` keeps its adjective and ``Mrs Best ... Best number`` its heading. The cell
    alone decides, so under DP a record's text still depends on that record only.
    """
    surnames = set()
    for s in spans:
        if s.entity in (E.NAME, E.LAST_NAME):
            value = text[s.start : s.end]
            # "Bradley, Angela": the family name is the part before the comma.
            words = _WORD.findall(value.split(",")[0]) if "," in value else _WORD.findall(value)
            if words and (s.entity == E.LAST_NAME or len(words) > 1 or "," in value) and len(words[-1]) > 2:
                surnames.add(words[-1].lower())
    if not surnames:
        return spans
    ordinary = None
    extra = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() not in surnames or any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        if word[:1].islower() or _sentence_start(text, m.start()):
            # Lower case, or capitalised only because a sentence starts ("Mrs Best ... Best number 0161"):
            # an ordinary word needs a title before it.
            before = text[: m.start()].split()
            if not (before and is_title(before[-1])):
                ordinary = ordinary or english_vocabulary() | latin_stop_words()
                if word.lower() in ordinary:
                    continue
        extra.append(TextSpan(m.start(), m.end(), E.LAST_NAME, 0.9))
    return resolve_spans(spans + extra) if extra else spans


def _sentence_start(text: str, start: int) -> bool:
    """``text[start]`` opens the cell, a line or a sentence (after ``.``, ``!``, ``?``)."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"
