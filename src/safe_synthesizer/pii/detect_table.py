"""The detections of a table: each column alone, then the passes that need the others decided.

A column's header-row label (``ColumnSchema.label``: a survey's question ``Your postcode`` over ``Q7``, a merged
sheet's sub-label ``Date of birth`` over ``Unnamed: 2``) is read with its name, so the name cues see both.

Example::

    found = detect_table(df, schema.columns, ReplacePiiParameters())
    found["Q7"].entity  # "postcode"
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnSchema
from safe_synthesizer.pii.address_cell_layouts import address_layout_columns
from safe_synthesizer.pii.address_containers import contained_address_columns
from safe_synthesizer.pii.address_labelled_cells import labelled_address_columns
from safe_synthesizer.pii.address_link_grammar import link_component_columns
from safe_synthesizer.pii.address_map_links import map_link_address_columns
from safe_synthesizer.pii.address_separated_cells import separated_address_columns
from safe_synthesizer.pii.animal_name_columns import animal_name_columns
from safe_synthesizer.pii.column_address_own_towns import own_town_address_vetoes
from safe_synthesizer.pii.column_block_codes import block_code_postcodes
from safe_synthesizer.pii.column_block_few import few_level_block_columns
from safe_synthesizer.pii.column_breed_names import breed_named_columns
from safe_synthesizer.pii.column_calendar_places import calendar_place_columns
from safe_synthesizer.pii.column_category_people import category_people_columns
from safe_synthesizer.pii.column_detector import ColumnDetection, detect_column
from safe_synthesizer.pii.column_encoded_cells import undressed_frame
from safe_synthesizer.pii.column_entity_consistency import consistent_findings
from safe_synthesizer.pii.column_family_names import family_findings
from safe_synthesizer.pii.column_foreign_postcodes import foreign_prefix_postcode_columns
from safe_synthesizer.pii.column_gazetteer_towns import gazetteer_town_columns
from safe_synthesizer.pii.column_group_sections import group_section_columns
from safe_synthesizer.pii.column_id_checksums import id_not_phone_columns
from safe_synthesizer.pii.column_id_club_numbers import club_number_columns
from safe_synthesizer.pii.column_id_documents import document_id_columns
from safe_synthesizer.pii.column_id_dressed import dressed_id_columns
from safe_synthesizer.pii.column_id_parts import id_part_columns
from safe_synthesizer.pii.column_id_rescued_people import ids_beside_rescued_people
from safe_synthesizer.pii.column_id_respelled import respelled_id_columns
from safe_synthesizer.pii.column_id_runs import id_run_columns
from safe_synthesizer.pii.column_landmark_addresses import landmark_address_columns
from safe_synthesizer.pii.column_menu_items import menu_item_columns
from safe_synthesizer.pii.column_named_after import named_after_columns
from safe_synthesizer.pii.column_named_categories import named_category_columns
from safe_synthesizer.pii.column_named_like_people import named_like_people_columns
from safe_synthesizer.pii.column_named_things import thing_named_columns
from safe_synthesizer.pii.column_phone_chains import chain_phone_columns
from safe_synthesizer.pii.column_phone_foreign import foreign_bare_phones
from safe_synthesizer.pii.column_phone_siblings import sibling_phone_columns
from safe_synthesizer.pii.column_phone_values import value_phone_columns
from safe_synthesizer.pii.column_phrase_names import phrase_named_columns
from safe_synthesizer.pii.column_place_choice_lists import choice_list_columns
from safe_synthesizer.pii.column_place_dedications import dedication_columns
from safe_synthesizer.pii.column_place_phrases import phrase_town_columns
from safe_synthesizer.pii.column_read_addresses import read_address_columns
from safe_synthesizer.pii.column_record_addresses import record_address_columns
from safe_synthesizer.pii.column_rescue import rescued_columns
from safe_synthesizer.pii.column_rescued_towns import towns_beside_rescued_streets
from safe_synthesizer.pii.column_second_births import second_birth_columns
from safe_synthesizer.pii.column_serialised_addresses import serialised_address_columns
from safe_synthesizer.pii.column_swapped_names import swapped_name_findings
from safe_synthesizer.pii.column_template_findings import template_columns
from safe_synthesizer.pii.column_territory_postcodes import territory_postcode_columns
from safe_synthesizer.pii.column_thing_cells import thing_cell_columns
from safe_synthesizer.pii.column_title_cells import title_columns
from safe_synthesizer.pii.column_town_homes import homes_not_towns
from safe_synthesizer.pii.column_typed_streets import typed_street_columns
from safe_synthesizer.pii.column_venue_destinations import venue_town_columns
from safe_synthesizer.pii.column_venue_names import venue_named_columns
from safe_synthesizer.pii.letter_code_people import letter_code_person_columns
from safe_synthesizer.pii.table_passes import table_findings
from safe_synthesizer.pii.town_cells_people import town_people_findings
from safe_synthesizer.pii.town_street_dependency import unhoused_town_columns


def detect_table(
    df: pd.DataFrame,
    planned: Sequence[ColumnSchema],
    params: ReplacePiiParameters,
    *,
    region: str = "US",
    seed: int = 0,
) -> dict[str, ColumnDetection | None]:
    """Column -> its detection (``None``: no PII found) for every column of ``planned``."""
    hinted = _hinted(planned, df.columns)
    renamed = {c.name: h.name for c, h in zip(planned, hinted, strict=True) if h is not c}
    frame = df.rename(columns=renamed) if renamed else df
    # Person cells in a machine's dress (``CN=Ana Berg,OU=Users``, ``N:Berg;Ana;;;``, ``Ana%20Berg``): every judge
    # below reads the names they wrap (the replacement dresses the fakes back: :mod:`column_encoded_cells`).
    frame = undressed_frame(frame)
    found: dict[str, ColumnDetection | None] = {
        column.name: detect_column(
            frame[column.name],
            column,
            entities=params.entities,
            min_share=params.min_column_confidence,
            min_share_with_cue=params.min_column_confidence_with_cue,
            sample_size=params.detection_sample_size,
            region=region,
            seed=seed,
        )
        for column in hinted
    }
    found.update(table_findings(frame, hinted, found, params, seed))
    vetoed = set(foreign_bare_phones(frame, found, seed))  # a far country's bare numbers beside the table's phones
    vetoed |= set(title_columns(frame, found))  # a column of Mr / Frau / Mme only is no person (Salutation, Anrede)
    vetoed |= set(second_birth_columns(frame, found))  # a member's joining dates read as children's births
    # Works, seating tables, plots, prizes and products named after people (``Fauré Requiem``, ``Table Keats``,
    # ``Claud Butler hybrid``): the rules' people (or towns) findings on them.
    vetoed |= set(thing_named_columns(frame, found))
    # Pubs, doctors' practices, climbing routes and nicknames named after people (``The Duke of Wellington``,
    # ``Lister Surgery``, ``Dave's Arete``, ``The Ferret``): the rules' people findings on them.
    vetoed |= set(named_after_columns(frame, found))
    # Categories mixing their kinds of marks (``Steve McQueen``, ``crew cut``, ``skin fade #1``; ``Duke of Wellington``,
    # ``Bus station bay 4``; ``Bruce Lee Shield``; ``Beatrix Potter Prints``): each veto above reads one kind.
    vetoed |= set(named_category_columns(frame, found))
    # Menus of drinks and wines named after people (``Tom Collins, Rob Roy``, ``Veuve Clicquot Brut``): the
    # thing's own words, or a small vocabulary recombined in lists.
    vetoed |= set(menu_item_columns(frame, found))
    # Session codes written with a foreign country's letters (``S-49833`` in an Italian table), a youth group's
    # sections (``Beavers``, ``Cubs``) and the venues of a ride log (``Royal Infirmary``, ``Dr Patel's``) the rules
    # read as postcodes, given names and towns.
    vetoed |= set(foreign_prefix_postcode_columns(frame, found))
    vetoed |= set(group_section_columns(frame, found))
    vetoed |= set(venue_town_columns(frame, found))
    # A federation's licences behind a few letter prefixes (``BJA33780``, ``J52686`` under ``Licence no``), churches
    # named by their dedication (``St Peter & St Paul``) and multi-select lists (``Plain Hunt, Little Bob``) the
    # rules read as national ids and streets.
    vetoed |= set(club_number_columns(frame, found))
    vetoed |= set(dedication_columns(frame, found))
    vetoed |= set(choice_list_columns(frame, found))
    # Pieces, instruments and bands (``Abide with Me``, ``Tenor horn``, ``Youth band``) read as towns, and the
    # record numbers the pair rule read as their postcodes: phrases are no town's name.
    vetoed |= set(phrase_town_columns(frame, found))
    # A round's or a rota's days (``Mon``, ``Tue``, ``Sat``) beside the customers' streets read as their towns.
    vetoed |= set(calendar_place_columns(frame, found))
    # Animals' call names (a puppy-walking log's ``Mabel``, ``Otis``) the sparse given-name pass read beside the
    # keepers: the header names an animal, or the table is about animals and the names are not its people's.
    vetoed |= set(animal_name_columns(frame, found))
    found.update(dict.fromkeys(vetoed))
    # The learned classifier's word on what the rules left, never on what they decided or vetoed.
    kept = [c for c in hinted if c.name not in vetoed]
    rescued = rescued_columns(frame, kept, found, params, seed)
    # People written both ways round (``Egede Kuupik`` / ``Kuupik Egede``) the classifier read as towns.
    rescued.update(swapped_name_findings(frame, rescued))
    # Rooms, dojos and halls named after people (``Mozart Room``, ``Sweelinckzaal``) the classifier took for people,
    # animal breeds (``Jack Russell``, ``Border Collie``) and services named after people.
    not_people = (
        set(venue_named_columns(frame, rescued))
        | set(breed_named_columns(frame, rescued))
        | set(phrase_named_columns(frame, rescued))  # services, designs, prizes: ``The Audrey blow-dry``, ``Gents cut``
        | set(thing_named_columns(frame, rescued))  # works, tables, plots, products named after people
        | set(named_after_columns(frame, rescued))  # pubs, practices, routes, nicknames named after people
        | set(named_category_columns(frame, rescued))  # styles, stops, trophies, stalls: marks of several kinds
        | set(menu_item_columns(frame, rescued))  # drinks, wines: a menu's own words or its items in lists
        | set(venue_town_columns(frame, rescued))  # ride destinations (``Eye clinic``) the classifier took for towns
        | set(group_section_columns(frame, rescued))  # scout sections the classifier took for given names
        | set(dedication_columns(frame, rescued))  # church dedications read as streets
        | set(choice_list_columns(frame, rescued))  # choice lists read as addresses
        | set(phrase_town_columns(frame, rescued))  # pieces and instruments the classifier took for towns
        | set(calendar_place_columns(frame, rescued))  # days and months the classifier took for towns
        # brands, varieties, models: a few values over many rows beside the table's people, or common phrases
        | (set(category_people_columns(frame, {**found, **rescued})) & set(rescued))
        # hammers, ribbons, conkers: cells with a measure (``Estwing 2lb``) or a common word (``Thor mallet``)
        | set(thing_cell_columns(frame, rescued))
        # boats, stills, perfumes: a few values recurring beside the rules' register of people, read by no rule
        | set(named_like_people_columns(frame, rescued, found))
    )
    rescued = {k: v for k, v in rescued.items() if k not in not_people}
    # Answers the cells contradict (names on phone numbers) or the rules' own check gives 0 %: changed or dropped.
    rescued.update(consistent_findings(frame, rescued, region=region, entities=frozenset(params.entities)))
    rescued = {k: v for k, v in rescued.items() if v is not None}
    found.update(rescued)
    # One-part name columns of a small register the rules left: a child's given name beside the family's surname,
    # the surname among the words of the row's parent, customers by surname alone beside their houses (also taken
    # back from the postcode/town pair), then the children's birth dates the birth passes read beside them.
    found.update(
        family_findings(frame, [c.name for c in kept], found, entities=params.entities,
                        sample_size=params.detection_sample_size, seed=seed)
    )  # fmt: skip
    # An emergency contact's few numbers in the layout, leading digit and plan of a phone column found.
    found.update(sibling_phone_columns(frame, found))
    # Phone columns no rule found, read from their values alone: numbers in groups with any separator and any
    # words, valid far beyond chance in a numbering plan the table points to.
    found.update(value_phone_columns(frame, [c.name for c in kept], found, seed))
    # The same read by chains of digit groups: keypad letters (``070-165 PZ ZJ``), an exit code in brackets, mixed
    # separators, a calling code after a word; also over a column only the classifier named, as words.
    found.update(chain_phone_columns(frame, [c.name for c in kept], found, seed))
    # Phone findings whose values pass a national id scheme's check (a BSN, a personal code): ids, not phones;
    # phone findings of the values alone that no plan of the table's other phones takes: left as they are.
    found.update(id_not_phone_columns(frame, found, seed))
    # Id columns whose cells carry a document word or an expiry beside the id (``NIC/ 69133805Z``, ``33571732N (exp.
    # 2035-09)``), left undecided or read as free text: decided on the ids inside the cells.
    found.update(dressed_id_columns(frame, [c.name for c in kept], found, seed))
    # The same ids written three ways in one column (bare, spaced box by box ``4 7 0 5 1 6 - 5 7 4 6``, dressed
    # ``number: "520726-8599"``): read once joined; phone findings taken back when the ids pass a check far beyond
    # chance (a SNILS, a personnummer) or stand in an SSN's layout.
    found.update(respelled_id_columns(frame, [c.name for c in kept], found, seed))
    # Id columns, mostly empty, whose numbers of no checkable scheme name their document (``04700607505
    # [passport]``, ``GHA-453914063-0 (issued 2014)``): the document word decides, not a check digit.
    found.update(document_id_columns(frame, [c.name for c in kept], found))
    # Id columns whose cells are an id and a residue (``818591295V / exp. 2031``, ``195276532598 – Batticaloa``):
    # the residue's document word or expiry decides, or a checked id beside a place.
    found.update(id_part_columns(frame, [c.name for c in kept], found, region))
    # Id columns whose cells are each one run of the column's own shape in any dress (``[RU] 96 15 073545``,
    # ``id=H71JGBE9E``, ``... — seen``) with a header or a dress naming the paper: papers of no checkable scheme,
    # also those the values alone read as phones when the plan writes its phones in other groups.
    found.update(id_run_columns(frame, [c.name for c in kept], found, region))
    # An unseen-layout id right after the street column, written as a postcode, is the block's postcode.
    found.update(block_code_postcodes(frame, found))
    # Ids of an unseen layout beside people only the classifier named.
    found.update(ids_beside_rescued_people(frame, [c.name for c in kept], found, rescued, params, seed))
    # Town columns beside street columns only the classifier found (neighbourhood + house number streets).
    found.update(towns_beside_rescued_streets(frame, [c.name for c in kept], found, rescued))
    # Town and postcode columns of a small table's address block (returning people, an optional address): too few
    # levels for the rules above, told by standing right after a found street column of the people's rows.
    # Addresses written by landmark, P.O. box or numbered house in a settlement (small islands, villages), then the
    # postcodes of small territories (TKCA 1ZZ, AI-2640) and PC headers beside them: before the block pass reads them.
    # Street lines whose type only the text rules know (``Kaya Grandi 31``, ``81 Maes y Dref``) under a hidden header.
    found.update(typed_street_columns(frame, [c.name for c in kept], found))
    found.update(landmark_address_columns(frame, [c.name for c in kept], found))
    found.update(territory_postcode_columns(frame, [c.name for c in kept], found))
    # Address and street cells in any layout, read part by part (a small table's column too), before the block
    # pass looks for their towns and postcodes beside them.
    found.update(read_address_columns(frame, [c.name for c in kept], found))
    # The same cells in layouts the part reader leaves whole: a locality label before a colon, a street on a
    # cross-street marker (``c/``, ``e/``), a settlement address of places and a postcode.
    found.update(address_layout_columns(frame, [c.name for c in kept], found))
    # Cells of labelled fields (``Street: en face de la mosquée, Town: Boké``): the labels, read with the header cues
    # of every language, say what each part is, whatever words the parts hold.
    found.update(labelled_address_columns(frame, [c.name for c in kept], found))
    # Cells of a machine's address records (``{"street": ..., "city": ..., "zip": ...}``, XML elements, a query
    # string): the keys, read with the header cues and the address schemas' names, say what each field is.
    found.update(record_address_columns(frame, [c.name for c in kept], found))
    # Cells in a container (a tuple of quoted strings, markup with line breaks, a multi-line cell): opened by its
    # grammar, the address inside read by the part reader; also over phone findings (the postcodes were the digits).
    found.update(contained_address_columns(frame, [c.name for c in kept], found))
    # Cells in a program's serialisation (PHP ``serialize()``, a PostgreSQL composite, an iCalendar line) or a link's
    # place query: opened by the serialiser's grammar, decided by the keys or by the fields read as addresses.
    found.update(serialised_address_columns(frame, [c.name for c in kept], found))
    # Component-separated cells (an HL7 ``XAD``: ``12 Elm Road^^Leeds^^LS1 4AB``): one separator, the same count
    # in every cell, the components read as an address line or as a small table of their own.
    found.update(separated_address_columns(frame, [c.name for c in kept], found))
    # Links of any scheme carrying a place the part reader cannot read whole: their comma components as a table.
    found.update(link_component_columns(frame, [c.name for c in kept], found))
    found.update(few_level_block_columns(frame, [c.name for c in kept], found))
    # Towns of any country the gazetteer (tz database, phone geocoder) names, or CJK administrative names, beside
    # the table's address block: the towns of small countries no town list holds.
    found.update(gazetteer_town_columns(frame, [c.name for c in kept], found))
    # Town findings (the classifier's, a header hidden) whose cells are homes by landmark, box or street word
    # (``près du Grand Marché``, ``BP 8794``, ``Rue YN 215, Gamkallé``): address findings.
    found.update(homes_not_towns(frame, found))
    # Town findings the cells contradict: people's names recombining (``Doğan.Welat``, ``Welat Tekin``), or words
    # that change under one and the same house (a club's locomotives beside the members' addresses); person
    # findings of letter codes (a model railway's gauges ``N``, ``HO``, ``OO``).
    found.update(town_people_findings(frame, found))
    found.update(dict.fromkeys(unhoused_town_columns(frame, found)))
    # Town findings beside whole address cells that name their own towns, none of them the column's (a course's
    # stones, a trial's dogs), and the pair postcodes they leave.
    found.update(dict.fromkeys(own_town_address_vetoes(frame, found)))
    found.update(dict.fromkeys(letter_code_person_columns(frame, found)))
    # Map links whose query is an address (``.../maps/search/?api=1&query=12+Elm+Road%2C+Leeds``): the URL reader's
    # findings on them are address columns; after the block passes, which read no town or postcode beside a link.
    found.update(map_link_address_columns(frame, [c.name for c in kept], found))
    # Columns every pass above left undecided whose cells share a dress learned from the column itself
    # (``Forwarded from Gail Harvey``, ``TO_DATE('28-OCT-1949', 'DD-MON-YYYY')``): the cores read by the column
    # judge; never a decided or vetoed column.
    found.update(template_columns(frame, kept, found, params, seed=seed))
    # The rules' findings the cells contradict: a foreign id on the table's phones, a name on phones or dates, a
    # postcode or phone on calendar dates (``2027-164``: an ISO ordinal date).
    found.update(consistent_findings(frame, found, region=region, entities=frozenset(params.entities)))
    by_hint = {h.name: c.name for c, h in zip(planned, hinted, strict=True)}
    return {by_hint[k]: None if d is None else dataclasses.replace(d, column=by_hint[k]) for k, d in found.items()}


def _hinted(planned: Sequence[ColumnSchema], taken: pd.Index) -> list[ColumnSchema]:
    """The columns named ``<name> <label>`` where they have a label, unless that would make two names alike."""
    hinted = [dataclasses.replace(c, name=f"{c.name} {c.label}") if c.label else c for c in planned]
    names = [h.name for h in hinted]
    relabelled = {h.name for c, h in zip(planned, hinted, strict=True) if h is not c}
    if len(set(names)) < len(names) or relabelled & set(map(str, taken)):
        return list(planned)
    return hinted
