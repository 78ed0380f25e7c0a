"""Column findings that need the other columns decided first: split names, postcode/town pairs, bare ids.

The per-column check (:func:`~safe_synthesizer.pii.column_detector.detect_column`) judges each column alone.
Some columns say what they are only beside others: a first-name column next to a surname column, a 4-digit
code next to a town column, 11 bare digits in a table whose phones and names are Nigerian. These passes run
after it, over the columns it left, and never re-label a column it decided.

Example::

    detections = {c.name: detect_column(df[c.name], c, entities=params.entities) for c in planned}
    detections.update(table_findings(df, planned, detections, params, seed=0))
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnSchema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_address_second_lines import second_line_columns
from safe_synthesizer.pii.column_attached_people import attached_people_columns
from safe_synthesizer.pii.column_care_of_names import care_of_name_columns
from safe_synthesizer.pii.column_caseless_people import caseless_people_columns
from safe_synthesizer.pii.column_cohort_births import cohort_birth_date_columns
from safe_synthesizer.pii.column_contact_layouts import contact_layout_columns
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_dressed_people import dressed_people_columns
from safe_synthesizer.pii.column_family_people import family_people_columns
from safe_synthesizer.pii.column_few_births import few_birth_date_columns
from safe_synthesizer.pii.column_form_free_people import form_free_people_columns
from safe_synthesizer.pii.column_handle_people import login_columns
from safe_synthesizer.pii.column_household_addresses import household_address_columns
from safe_synthesizer.pii.column_id_country import country_id_detections
from safe_synthesizer.pii.column_id_seen_headers import names_a_checked_id
from safe_synthesizer.pii.column_id_travel_documents import travel_document_detections
from safe_synthesizer.pii.column_id_unseen_layouts import unseen_id_detections
from safe_synthesizer.pii.column_kin_contacts import kin_contact_columns
from safe_synthesizer.pii.column_labelled_names import labelled_name_columns
from safe_synthesizer.pii.column_lookalikes import lookalike_reason
from safe_synthesizer.pii.column_machine_joined_people import machine_joined_people_columns
from safe_synthesizer.pii.column_mixed_form_people import mixed_form_people_columns
from safe_synthesizer.pii.column_name_pairs import pair_split_names
from safe_synthesizer.pii.column_past_births import past_birth_columns
from safe_synthesizer.pii.column_people_cells import people_cell_columns
from safe_synthesizer.pii.column_person_grammar import person_grammar_columns
from safe_synthesizer.pii.column_phone_country import country_phone_detections
from safe_synthesizer.pii.column_phone_read_country import read_country_phone_detections
from safe_synthesizer.pii.column_pnr_names import pnr_name_columns
from safe_synthesizer.pii.column_postcode_countries import fits_table_country
from safe_synthesizer.pii.column_prefixed_postcodes import prefixed_postcode_detections
from safe_synthesizer.pii.column_relation_people import relation_people_columns
from safe_synthesizer.pii.column_returning_people import returning_people_columns
from safe_synthesizer.pii.column_row_births import row_birth_date_columns
from safe_synthesizer.pii.column_same_row_names import same_row_names
from safe_synthesizer.pii.column_self_words import self_word_names
from safe_synthesizer.pii.column_slot_people import slot_people_columns
from safe_synthesizer.pii.column_sparse_given import sparse_given_columns
from safe_synthesizer.pii.column_sparse_role_people import sparse_role_people
from safe_synthesizer.pii.column_street_names import street_name_columns
from safe_synthesizer.pii.column_thin_findings import thin_column_findings
from safe_synthesizer.pii.column_tibetan_names import tibetan_name_columns
from safe_synthesizer.pii.column_written_people import written_people_columns
from safe_synthesizer.pii.cue_subjects import names_a_quantity, names_an_animal
from safe_synthesizer.pii.cues import cue_hints, says_nothing
from safe_synthesizer.pii.place_pairs import pair_places


def table_findings(
    df: pd.DataFrame,
    planned: Sequence[ColumnSchema],
    detections: dict[str, ColumnDetection | None],
    params: ReplacePiiParameters,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Findings of the table passes, in order: split names, postcode/town pairs, street names without house
    numbers, then national ids and bare phone numbers by the table's country (which reads the names and places
    found before)."""
    names = [c.name for c in planned]
    found: dict[str, ColumnDetection | None] = dict(detections)
    # Names among words for the person themself (Collected By: self / lui-même / selbst), those words blanked.
    found.update(self_word_names(df, planned, found, params, seed))
    if {E.FIRST_NAME, E.LAST_NAME} <= set(params.entities):
        # A dog's name beside its owner's (``Nombre.del.perro``) pairs with no surname column.
        people = [name for name in names if not names_an_animal(name)]
        found.update(pair_split_names(df, people, found, sample_size=params.detection_sample_size, seed=seed))
        # Sparse columns written in each row's own name words (account holder, name gone by): that row's person.
        found.update(same_row_names(df, names, decided_entities(found)))
        if E.NAME in params.entities:
            # Who dropped a child off or collected them: the row's family surname with a given name or initials.
            found.update(family_people_columns(df, names, decided_entities(found)))
    found.update(_paired_places(df, names, found, params))
    # Kin contacts before the street pass, which reads ``Karol Salwin (Mother) +48 516 245 269`` as a street line.
    if E.NAME in params.entities:
        found.update(kin_contact_columns(df, names, found))  # Anna Weber (Tochter) 0176 1234567
    if E.STREET_ADDRESS in params.entities:
        found.update(_street_names(df, names, found))
    if E.ADDRESS in params.entities:  # line 2 right after a found street column (flats, floors, c/o lines)
        found.update(second_line_columns(df, names, decided_entities(found)))
    if E.POSTCODE in params.entities:  # AD500, HT6110, L-1234: the country's prefix before the digits
        rest = [name for name in names if found.get(name) is None]
        found.update(prefixed_postcode_detections(df, rest, found, entities=params.entities))
    # Birth dates of a small table about people: fewer distinct dates, the table's names as evidence.
    found.update(
        few_birth_date_columns(df, names, found, params.entities, sample_size=params.detection_sample_size, seed=seed)
    )
    # Birth dates of a small table about people told by their distance from today: none of the last two years, spread
    # over three or more (a show's junior entrants, a rink's skaters); event dates run up to the export.
    found.update(past_birth_columns(df, names, found, params.entities))
    # Birth dates of a narrow adult cohort (applicants, young mothers): 15+ years before every other date of the row.
    found.update(cohort_birth_date_columns(df, names, found, params.entities))
    # Birth dates told by their rows: before every event date of the row, kept by the rows' person (a child beside a
    # guardian; a repeat client written two ways). Only when no birth-date column was found yet.
    found.update(row_birth_date_columns(df, names, found, params.entities))
    # Passport and travel-document numbers: under a passport name, a document number beside the table's people,
    # or values only beside an ICAO document-type column (``P``/``I``).
    found.update(travel_document_detections(df, names, found, params.entities))
    decided = {k: v for k, v in found.items() if v is not None}
    # Bare digits are ids only when nothing else is known of them: a name that says what they are
    # (``Registration no.``, ``order_ref``) wins over the country's id layout.
    unnamed = [name for name in names if name in decided or _says_no_more_than_id(name)]
    found.update(
        country_id_detections(
            df[unnamed], decided, entities=params.entities, sample_size=params.detection_sample_size, seed=seed
        )
    )
    decided = {k: v for k, v in found.items() if v is not None}
    rest = [name for name in names if name not in decided]
    found.update(
        country_phone_detections(
            df[rest], decided, entities=params.entities, sample_size=params.detection_sample_size, seed=seed
        )
    )
    # The same, for cells with words or dialled codes (``Vanuatu: 591 5041``, ``+508 43 83 48``, ``(290) 8116``).
    decided = {k: v for k, v in found.items() if v is not None}
    rest = [name for name in names if name not in decided]
    found.update(
        read_country_phone_detections(
            df[rest], decided, entities=params.entities, sample_size=params.detection_sample_size, seed=seed
        )
    )
    # Person ids in a layout no rule knows (a Zambian NRC, a Haitian NIF), after the phones are decided.
    decided = {k: v for k, v in found.items() if v is not None}
    rest = [name for name in names if name not in decided and _says_no_more_than_id(name)]
    found.update(
        unseen_id_detections(df, rest, found, entities=params.entities, sample_size=params.detection_sample_size,
                             seed=seed)
    )  # fmt: skip
    if E.NAME in params.entities:
        found.update(pnr_name_columns(df, names, found))  # HOLLOWAY/FRANCES MRS
        found.update(contact_layout_columns(df, names, found))  # Son: Ana Ruiz, 612 345 678; RUIZ, Ana - 612 ...
        found.update(people_cell_columns(df, names, found))  # Mia Berg (daughter, 7); Leon Berg (son, 4)
        found.update(relation_people_columns(df, names, found))  # niece - Jordan Brown; Mutter: Anna Berg
        found.update(care_of_name_columns(df, names, found))  # c/o Stanley Carr (SAP NAME2)
        people = decided_entities(found)
        found.update(labelled_name_columns(df, names, people))  # Jason Montgomery Donation 08/12/2024
        # Members, sellers, ringers, emergency contacts of a small register as a desk writes them: Carol (Haynes),
        # Carol H., Haynes, C., C.Haynes, HAYNES/CAROL, Mrs Haynes (few distinct people, headers of roles).
        found.update(written_people_columns(df, names, found))
        # The same registers' couples, households and scorebook initials (Mr & Mrs Krebs, Famille Bonnet-Bailly,
        # Carol & Dave Haynes, LÖCHEL-VOLLBRECHT E., HAYNES, Carol (Mrs)) mixed with plain names.
        found.update(person_grammar_columns(df, names, found))
        # Clubs' and trips' people with nicknames, counters, relations, pairings and partnerships (Hadiza "Had"
        # Oumarou, Ibrahim Tahirou (mère), Oumarou/Saidou v Hama/Amadou, Kewley & Son), names no list holds
        # vouched for by coming back; then a mostly empty column of the table's own people (Helper, Room share).
        found.update(dressed_people_columns(df, names, found))
        # People in any cell form one reader splits into slots (pairs ``Wähner - Elfriede``, ``Gail Harvey & Sue
        # Patel``, nicknames ``Sharon (Bubba) Cleary``, ``Friedemann v.``, any script), dense or mostly empty.
        found.update(slot_people_columns(df, names, found))
        # Registers mixing person forms in one column (``Barry [Curry]``, ``barry_curry58``, ``Curry, B. (Barry)``,
        # ``Prof. B. Curry FRCS``), told by the same name words coming back across the forms.
        found.update(mixed_form_people_columns(df, names, found))
        # People in any form, read as a person part and a residue that repeats over the names (``c/o Susan Allen``,
        # ``ALLEN/PATRICIA MRS``, ``Morales; Autumn``, ``Ryan Lucas <ryan@...>``, ``Judy Brown (57)``).
        found.update(form_free_people_columns(df, names, found))
        # People whose name words a machine joined (``Short.Tracy``, ``ROYER_Gilles``, ``elena-trezzini``,
        # ``JulieMichaelkennedy``, ``Bennett (A)``), mixed with plain names: pieces and repeated layouts.
        found.update(machine_joined_people_columns(df, names, found))
        # A column of logins whose handles hold their own row's name words (``t51wirihana`` beside Tadeo Wirihana).
        found.update(login_columns(df, names, found))
        found.update(returning_people_columns(df, names, found))
        # Tibetan names (no capitals, no surname, no list): one or two given-name elements per cell.
        found.update(tibetan_name_columns(df, names, found))
        # Names in scripts without case, dressed in Latin or bare (``c/o لينا الخطيب``, ``ڕێبوار کاروان (78)``,
        # ``Айбек Жумабаев <a@b.kg>``), judged by the lists, the words recombining across rows and the table's people.
        found.update(caseless_people_columns(df, names, found))
        # People with something attached to the name (``Wahyudi Sutrisno (b. 1947)``, ``Hadiza Oumarou (mère de Fati)``,
        # ``Uncle Makana``, ``Mr Moses``), judged by the passes above with the attachment set aside.
        found.update(attached_people_columns(df, planned, found, params, seed))
    if E.FIRST_NAME in params.entities:
        found.update(sparse_given_columns(df, names, decided_entities(found)))
    if {E.NAME, E.FIRST_NAME} <= set(params.entities):
        # A mostly empty column of a second person in any form (Collected by: Nancy / Lee Cameron / Mme E. Traoré).
        found.update(sparse_role_people(df, names, decided_entities(found)))
    # Mostly empty and junk-filled columns read over their filled, non-junk cells only: a swarm contact in four
    # person forms, an emergency phone with ``(none given)`` among its numbers.
    found.update(thin_column_findings(df, planned, found, params.entities,
                                      sample_size=params.detection_sample_size, seed=seed))  # fmt: skip
    if E.ADDRESS in params.entities:
        # A client's home address over every visit: one person's, not a category of places.
        left = [name for name in names if found.get(name) is None]
        found.update(household_address_columns(df, left, decided_entities(found),
                                               sample_size=params.detection_sample_size, seed=seed))  # fmt: skip
    return {k: v for k, v in found.items() if v is not None and detections.get(k) is None}


def _paired_places(
    df: pd.DataFrame, names: list[str], detections: dict[str, ColumnDetection | None], params: ReplacePiiParameters
) -> dict[str, ColumnDetection]:
    """Postcode and town columns the per-column check left, found as a pair (:mod:`place_pairs`)."""
    if not {E.POSTCODE, E.CITY} <= set(params.entities):
        return {}
    found = {name: d.entity for name, d in detections.items() if d is not None}
    # Money and measures (``Ingresos mensuales (EUR)``) pair with no town: marked as found, they lend no side.
    found |= {name: "quantity" for name in names if name not in found and names_a_quantity(name)}
    pairs = pair_places(df, names, found, sample_size=params.detection_sample_size)
    return {
        name: ColumnDetection(name, f.entity, f.confidence, f.confidence, "values+pair", 0, None, f.evidence)
        for name, f in pairs.items()
        if lookalike_reason(df[name], name, f.entity) is None  # firms named after towns, branch towns
        # Bare digits of a length the table's country never writes (a chess club's ratings in a British table).
        and (f.entity != E.POSTCODE or fits_table_country(df[name], detections, df))
    }


def _street_names(
    df: pd.DataFrame, names: list[str], detections: dict[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Street columns written without house numbers, told by the table's house-number, postcode or town
    columns (:mod:`column_street_names`)."""
    found = {name: d.entity for name, d in detections.items() if d is not None}
    return {
        name: ColumnDetection(name, f.entity, f.confidence, f.confidence, "values+table", 0, None, f.evidence)
        for name, f in street_name_columns(df, names, found).items()
        if lookalike_reason(df[name], name, f.entity) is None  # a branch's street repeated over rows
    }


# Words of a number (``no``, ``nr``) say no more than a placeholder does of an id column.
_NUMBER_WORDS = frozenset({"no", "nr", "number", "num"})


def _says_no_more_than_id(name: str) -> bool:
    """The column's name is a placeholder or cues an id: nothing in it speaks against the country's id layout."""
    if E.NATIONAL_ID in cue_hints(name) or names_a_checked_id(name):  # ``ID seen``, ``Ausweis geprüft``
        return True
    return says_nothing(name, also=_NUMBER_WORDS)


def decided_entities(found: dict[str, ColumnDetection | None]) -> dict[str, str]:
    """Column -> entity of the columns decided so far (the passes that read their neighbours take this)."""
    return {k: v.entity for k, v in found.items() if v is not None}
