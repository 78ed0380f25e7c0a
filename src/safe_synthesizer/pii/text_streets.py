"""Street lines inside free text, in many locales: ``Studio 38, Iain Manor``, ``12 rue Victor Hugo``,
``Gabi-Heser-Gasse 28/38 Wohnung 15``, ``ul. Gdańska 72/92``, ``Siennahof 939 bus 2``.

Three layouts cover the Faker locales' street formats:

- number first, then a street-type word before the name (``12, rue de la Paix``) or after it
  (``4060 Shepherd Curve``; the English street suffixes of Faker's en_* locales);
- a street-type word first, then the name and a house number (``Calle de Lino Córdoba 73``,
  ``Via Roma, 5``, ``Rua das Flores, 406``, ``aleja Mazurska 07/43``);
- one word glued to a street type, then a house number (``Löwenstraße 7``, ``Quinnsteeg 850``,
  ``Parkgatan 00``, ``Gabi-Heser-Gasse 28``).

Unit words before (``Flat 1, Studio 84``) or after (``Apt. 5``, ``Wohnung 15``, ``Piano 8 Interno 7``,
``m. 5``) belong to the span. The vocabulary is Faker's street suffixes and prefixes of the locales
below plus common words Faker lacks; names of streets must be capitalised, so prose such as "sent
via post 3 times" is not a street.

The word lists are in :mod:`text_street_vocab`, the layouts with a street type after the name (Hungarian,
Turkish, Baltic, Romanian) in :mod:`text_street_typed`; :func:`street_spans` also runs the street modules of
other layouts and languages (``text_street_*``) and joins their spans.

Example::

    street_spans("Moved to Gabi-Heser-Gasse 28/38 Wohnung 15 in May.")  # [(9, 42, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_korean_places import korean_street_spans
from safe_synthesizer.pii.text_street_addressee import addressee_street_spans
from safe_synthesizer.pii.text_street_celtic import celtic_street_spans
from safe_synthesizer.pii.text_street_indonesian import indonesian_street_spans
from safe_synthesizer.pii.text_street_maltese import maltese_street_spans
from safe_synthesizer.pii.text_street_place_words import place_word_street_spans
from safe_synthesizer.pii.text_street_route_cues import route_cued_street_spans
from safe_synthesizer.pii.text_street_typed import _LOWER_VIA, _RO_STREET, _cjk_start, _typed_patterns
from safe_synthesizer.pii.text_street_vietnamese import vietnamese_street_spans

# The vocabulary lives in text_street_vocab; its names stay importable from here (other modules read them as
# ``text_streets.PREFIXES``, ``text_streets._CAP``...).
from safe_synthesizer.pii.text_street_vocab import (  # noqa: F401
    _AMBIGUOUS_EN,
    _CALENDAR,
    _CAP,
    _NOT_ABBREVIATED,
    _NUMBER,
    _NUMBER_OR_NONE,
    _PARTICLE,
    _SK_PREPOSITIONS,
    _SLASHED,
    CAPITALISED_PREFIXES,
    DOTTED_PREFIXES,
    PREFIXES,
    SPACED_TYPES,
    UNITS,
    UNNUMBERED_PREFIXES,
    _alternation,
    _en_suffixes,
    _faker_prefixes,
    _glued,
    unit_regex,
)
from safe_synthesizer.utils.scripts import CJK_LETTERS, HAN

# Month names of the Romance languages, capitalised as in a street's name ("Avenida 25 de Abril", "Calle 5 de
# Mayo"): a date in prose ("la avenida 5 de mayo 3 veces") writes its month in lower case.
_MONTH_WORDS = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro enero febrero marzo "
    "mayo junio julio septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio "
    "settembre ottobre dicembre janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
_MONTHS = rf"(?:{'|'.join(sorted({w.capitalize() for w in _MONTH_WORDS.split()}))})(?![\w'’\-])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    units = _alternation(UNITS)
    unit = unit_regex()
    head = rf"(?:{unit},?\s+){{0,2}}"
    # A Mexican neighbourhood after the street says where the street is ("Calle Hidalgo 123, Col. Centro",
    # "Fracc. Las Flores"): part of the line, or the fake street would sit in the old colonia.
    hood = (
        rf"(?:\s?,?[ \t]+(?:Col\.|Colonia|Fracc\.|Fraccionamiento)[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}"
        rf"(?:[ \t]+{_CAP}){{0,3}})?"
    )
    tail = rf"(?:\s?,?\s+{unit}){{0,3}}(?:\s*\d{{1,4}}号室)?{hood}"
    prefix = (
        rf"(?:(?:(?i:{_alternation(PREFIXES)})|{_alternation(CAPITALISED_PREFIXES + _faker_prefixes())})\.?"
        rf"|(?i:{_alternation(DOTTED_PREFIXES)})\.)"
    )
    # A unit word ends the name ("4123 rang Gervais Apt. 120": the unit is the tail's).
    name = rf"(?:{_PARTICLE}\s*){{0,2}}{_CAP}(?:\s+(?:{_PARTICLE}\s*){{0,2}}(?!(?i:{units})\b){_CAP}){{0,3}}"
    suffix = rf"(?i:{_alternation(_en_suffixes())})\b\.?"
    # After a unit ("Studio 41, Marilyn Keys") every English street type counts.
    any_suffix = rf"(?i:{_alternation(_en_suffixes(ambiguous=True))})\b\.?"
    # A street line never runs across a line break ("Allee 1\nWitness Frau Dr. Specht" is no "Dr.").
    # A numbered street's name is a number itself, its type capitalised ("1275B 86th Highway", "12 3rd Street").
    ordinal = rf"\d{{1,3}}(?:st|nd|rd|th)[ \t]+(?=[A-Z]){suffix}"
    # A street named after a date ("Avenida 25 de Abril", "Calle 5 de Mayo", "Via XX Settembre", "Rue du 8 Mai
    # 1945"), maybe after a word of its own ("Avenida Marginal 12 de Julho"); the house number after "n.º" too.
    dated = (
        rf"(?:{_CAP}[ \t]+)?(?:(?:du|del|de)[ \t]+)?(?:\d{{1,2}}|[IVX]{{1,5}})[ \t]+(?:de[ \t]+)?{_MONTHS}"
        rf"(?:[ \t]+\d{{4}})?"
    )
    # A date's tail is no house number ("DOB 22/09/1959, Carrer de la Closa 23": not "09/1959, Carrer ...").
    number_first = (
        rf"{head}\b(?<![\d/.\-]){_NUMBER},?[ \t]+(?:{prefix}[ \t]+(?:{dated}|{name})|(?:{_CAP}[ \t]+){{1,3}}{suffix}"
        rf"|{ordinal}){tail}"
    )
    unit_only = rf"(?:{unit},?\s+){{1,2}}(?:{_CAP}\s+){{1,3}}{any_suffix}{tail}"
    # "Level 4 50 Sharon Edge": a unit, a house number, then every English street type counts.
    unit_number = rf"(?:{unit},?\s+){{1,2}}{_NUMBER},?\s+(?:{_CAP}\s+){{1,3}}{any_suffix}{tail}"
    # Mexican streets carry an exterior and an interior number ("Privada Nazario 129 905").
    prefix_first = (
        rf"{head}\b{prefix}\s+(?:{dated}|{name}),?\s+(?:[nN]\.?[º°oO]\.?\s*)?{_NUMBER_OR_NONE}"
        rf"(?:[ \t]\d{{3}}(?![\d/:]|\.\d))?\b{tail}"
    )
    spaced = rf"{head}\b{_CAP}(?:[ \-]{_CAP}){{0,2}}\s+(?:{_alternation(SPACED_TYPES)})\s+{_NUMBER}\b{tail}"
    # "H.No. 356, Prabhu", "Flat 7, 59/008, Raghavan" (en_IN: a unit, a number, a name). The unit word is
    # written as in an address (capitalised), and the name is no label in capitals: "put in room 12, ID
    # checked" is prose.
    unit_name = (
        rf"(?=[A-Z#])(?:{unit},?[ \t]+){{1,2}}(?:{_NUMBER},[ \t]+)?(?![A-Z]{{1,3}}\b){_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    )
    # "Folke Bernadottesgade 4", "Nordre Digegade 68": capitalised words may precede the glued one.
    # Initials of the person a street is named after come first ("J.P.E. Hartmannsvej 80").
    glued = (
        rf"{head}(?:\b(?:[A-ZÀ-ÝĀ-Ž]\.){{1,4}}[ \t]?)?\b(?:{_CAP}\s+){{0,2}}{_NOT_ABBREVIATED}{_CAP}"
        # "Junkstr. 2/6": German's abbreviated "straße" is glued too, but only with its dot ("Instr 3" is prose).
        rf"(?i:{_alternation(_glued())}|str(?=\.))\.?"
        rf"\s+{_NUMBER}\b{tail}"
    )
    bare = rf"\b(?:(?i:{_alternation(UNNUMBERED_PREFIXES)}))\s+{name}{tail}"
    # "Chácara de Melo", "Pátio de Ribeiro": a capitalised street type, a particle, a name; no number.
    bare_particle = (
        rf"\b(?:{_alternation(CAPITALISED_PREFIXES + _faker_prefixes())})\s+(?:d[eoa]s?|del)\s+{_CAP}"
        # "avenue de Aeby": the French word only before a particle (English "avenue" is prose).
        rf"|\b(?i:avenue)\s+(?:de\s+la|de|du|des|d')\s*{_CAP}"
    )
    # "52/23, Goda" (en_IN: a house number with a slash, then the street's name alone); not dates.
    slashed = rf"(?<![\w/]){_SLASHED}(?![/\d]),\s+(?!(?i:{_alternation(_CALENDAR)})\b){_CAP}"
    # Czech: a preposition before the name ("V Humenci 3", "Na Břevnovské Pláni 80"), or an adjective
    # or genitive street name ("Opavská 829", "Bazovského 134", "Vokrojova 953") before the number.
    czech = (
        rf"{head}\b(?:U|V|Ve|Na|K|Ke|Nad|Pod|Podle|Mezi|Za|Před|Při|Přes|Proti|Kolem|Okolo|Do|{_SK_PREPOSITIONS})\s+"
        rf"{_CAP}(?:\s+(?:{_CAP}|[a-záäčďéíĺľňóôŕšťúýž]{{3,12}})){{0,2}}\s+{_NUMBER}\b{tail}"
        # ... after a given name for streets named after persons ("Anny Drabíkové 5").
        # Slovak shortens -ská after a long syllable ("Bodvianska 6", "Hutnícka 3"); plurals ("Zapských 6").
        rf"|{head}\b(?:{_CAP}\s+)?[A-ZÀ-ÖØ-ÝĀ-Ž][\wÀ-ÿĀ-ž]{{2,}}"
        rf"(?:ská|cká|ní|ová|ova|ové|ého|ího|iho|ká|ná|ských|ckých|[a-zá-ž]{{2}}ska|[a-zá-ž]{{2}}cka)"
        rf"\s+{_NUMBER}\b{tail}"
    )
    # Finnish street types written apart and in lower case ("Wäinö Aaltosen kuja 3", "Haagan pappilankatu 60").
    finnish_types = r"(?:kuja|polku|tie|katu|raitti|väylä|kaari|rinne|puistikko|aukio|tori|bulevardi|ranta|kaarre|piha)"
    finnish = (
        rf"{head}\b{_CAP}(?:\s+{_CAP}){{0,2}}\s+[a-zäöå]*{finnish_types}\s+{_NUMBER}\b{tail}"
        # Glued ("Haahkatie 598", "Rukkilantie 442"): three letters at least before the type ("Bowtie 5").
        rf"|{head}\b[A-ZÄÖÅ][a-zäöå]{{3,}}{finnish_types}\s+{_NUMBER}\b{tail}"
    )
    # Chinese and Japanese block addresses ("天津路k座", "长春街123号", "明石町18丁目17番18号"); Japanese
    # place names mix kanji, kana and full-width letters ("鶴ヶ丘", "勝どき", "丸の内ＪＰタワー") but never
    # hold the particles that end a phrase before them ("荷物は勝どき...": は).
    # Taiwanese and Chinese lines carry the road's section, lane and alley before the number, and the
    # sub-number and floor after it ("重慶南路一段122號3樓", "臺灣大道三段99巷5弄12號", "自立街2段539號之1").
    cjk = (
        rf"[{HAN}]{{1,12}}(?:路|街|大道|道|巷|弄)(?:[0-9一二三四五六七八九十]{{1,3}}段)?(?:\d{{1,4}}巷)?(?:\d{{1,4}}弄)?"
        rf"(?:\d{{1,5}}[号號](?:之\d{{1,3}})?(?:\d{{1,3}}[樓楼层層Ff](?:之\d{{1,3}})?)?|[A-Za-z0-9]{{1,3}}座)(?:\d{{1,4}}室)?"
        rf"|(?:(?![はをがにでへもと])[{CJK_LETTERS}Ａ-Ｚａ-ｚ０-９]){{1,16}}\d{{1,2}}丁目\d{{1,3}}番(?:地)?\d{{0,3}}号?"
    )
    # Luxembourg's main streets, either order ("154, Grand-Rue", "Grand-Rue 19"), and glued Luxembourgish
    # streets with the number first ("51, Haaptstrooss").
    luxembourg = (
        rf"{head}\b(?:{_NUMBER},?[ \t]+Grand['’\-]Rue\b|Grand['’\-]Rue[ \t]+{_NUMBER}\b)"
        rf"|\b{_NUMBER},[ \t]+[A-ZÄÖÜÉ][\wäöüéë]*(?:strooss|gaass)\b"
    )
    # "Nelson-Mandela-Avenue 143", "Sam-Nujoma-Drive 7": Namibian German glues an English street type with hyphens.
    hyphened = rf"{head}\b(?:[A-ZÀ-Ý][\wÀ-ÿ'’]+-){{2,3}}(?:Avenue|Street|Road|Drive|Lane|Way)\s+{_NUMBER}\b{tail}"
    patterns = (luxembourg, hyphened, number_first, unit_only, unit_number, prefix_first, glued, spaced, unit_name,
                slashed, czech, finnish, cjk, bare_particle, bare)  # fmt: skip
    return tuple(re.compile(p) for p in patterns)


def street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street lines (with their unit parts) in ``text``; overlaps are resolved by the caller."""
    out = [(m.start(), m.end(), E.STREET_ADDRESS) for m in _RO_STREET.finditer(text)]
    if "via" in text:
        out += [(*m.span("street"), E.STREET_ADDRESS) for m in _LOWER_VIA.finditer(text)]
    # Numbered layouts need a house number, or "S/N" (no number) written where it would be.
    numbered = any(ch.isdigit() for ch in text) or "S/N" in text.upper()
    patterns = _patterns() if numbered else _patterns()[-3:]  # CJK blocks and unnumbered streets
    if numbered:
        patterns += tuple(pattern for gate, pattern in _typed_patterns() if gate.search(text))
    for pattern in patterns:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in ",. ":
                end -= 1
            if "\u4e00" <= text[start] <= "\u9fff":
                start = _cjk_start(text, start, end)
            out.append((start, end, E.STREET_ADDRESS))
    # Streets without a street word, known by an address cue before them or a postcode and town after them.
    from safe_synthesizer.pii.text_street_cues import cued_street_spans  # imports this module's vocabulary

    out += cued_street_spans(text)
    # Street lines typed in lower case ("antonigade 570", "rue de cossy 28"): their own, stricter evidence.
    from safe_synthesizer.pii.text_street_caseless import caseless_street_spans

    out += caseless_street_spans(text)
    # Houses after a "#" or "N°" marker ("Calle 178D # 6-9", "Diagonal Saavedra N° 667") and PO boxes.
    from safe_synthesizer.pii.text_street_numbered import numbered_street_spans

    out += numbered_street_spans(text)
    # Streets in a record's slot (vCard ADR street field, XML <line1>/<street>, a CSV cell before a postcode
    # cell and a town cell): the slot is the cue for lines with no street word ("Višnjica 444", "Дојранска 0").
    from safe_synthesizer.pii.text_street_records import record_street_spans

    out += record_street_spans(text)
    # Pakistani, Indian and Bangladeshi lines in English ("House 13, Street 21, Gulberg III", "101-B F-10/3").
    from safe_synthesizer.pii.text_street_south_asian import south_asian_street_spans

    out += south_asian_street_spans(text)
    # English types that are ordinary words ("469 stacey flat"), after an address cue or before a postcode.
    from safe_synthesizer.pii.text_street_plain_en import plain_en_street_spans

    out += plain_en_street_spans(text)
    # Czech, Slovak and Croatian adjective streets typed without capitals ("loděnická 936", "bosanska 8a/7").
    from safe_synthesizer.pii.text_street_slavic import slavic_street_spans

    out += slavic_street_spans(text)
    # Breton and Scottish Gaelic lines ("17 Straed ar Vilin", "10 Sràid na h-Eaglaise"): their own articles.
    out += celtic_street_spans(text)
    # Korean road-name and lot-number addresses ("서울특별시 종로구 세종대로 209"): no Latin capitals to go by.
    out += korean_street_spans(text)
    # Indonesian, Vietnamese and Maltese lines: their own type words and house layouts.
    out += indonesian_street_spans(text) + vietnamese_street_spans(text) + maltese_street_spans(text)
    # A street with its building or crossing street ("Av. Sucre, Edif. Villa Rosa, piso 4"), Philippine block and
    # lot, floors and subdivisions ("Blk 5 Lot 12 Sampaguita St., Greenhills Subdivision"): their own modules.
    from safe_synthesizer.pii.text_street_buildings import building_street_spans
    from safe_synthesizer.pii.text_street_philippine import philippine_street_spans

    out += building_street_spans(text) + philippine_street_spans(text)
    # "Col. Humuya, Bloque H23, Casa 2992": Central America's neighbourhood, block and house.
    from safe_synthesizer.pii.text_street_central_american import central_american_street_spans

    out += central_american_street_spans(text)
    # "Del Hospital Militar 3 c. abajo", "200 m al norte de la Iglesia": Nicaraguan and Costa Rican landmark steps.
    from safe_synthesizer.pii.text_street_landmark import landmark_street_spans

    out += landmark_street_spans(text)
    # "Flat 2G, 36/F, Block 12, City One Shatin": Hong Kong's flat, floor, block and estate.
    from safe_synthesizer.pii.text_street_hongkong import hongkong_street_spans

    out += hongkong_street_spans(text)
    # "#229, St. 125, Sangkat Boeung Keng Kang 1": a house on a street named by its number, then the commune.
    from safe_synthesizer.pii.text_street_number_named import number_named_street_spans

    out += number_named_street_spans(text)
    # "Résidence Nassim, Imm. 15, Appt 38", "Rue Hamra, Imm. Azar, rdc", "Deïdo, boulevard de la République":
    # Moroccan, Lebanese, Cameroonian and Mauritian lines name a residence, building or neighbourhood.
    from safe_synthesizer.pii.text_street_francophone import francophone_street_spans

    out += francophone_street_spans(text)
    # "Sending love from Vacoas Road!": a street with no house number, placed by a cue and ending the phrase.
    from safe_synthesizer.pii.text_street_unnumbered import unnumbered_street_spans

    out += unnumbered_street_spans(text)
    # "at home (Golubovac 3c/6)", "delivered to Podgaj 5b", "address from <date>: Букурешка 25": placed by a visit.
    from safe_synthesizer.pii.text_street_visit import visit_street_spans

    out += visit_street_spans(text)
    # "the tenant (Ana Ruiz) of Tanki Leendert 83-A", "Veel sterkte, Eva Croes, Seroe Blanco 59": no street word,
    # placed by an address cue, a person before "at"/"of", a signature's last part or a bracket after a name.
    from safe_synthesizer.pii.text_street_placed import placed_street_spans

    out += placed_street_spans(text)
    # "Parahat 9, jaý 22, öý 18", "Chilonzor 9, uy 22, xonadon 18": Central Asian Latin lines by house and flat words.
    from safe_synthesizer.pii.text_street_house_units import house_unit_street_spans

    out += house_unit_street_spans(text)
    # "KN 522 Ave, No 212" (Kigali's coded streets), "quartier Mgombani, près du collège" (a quarter in any case by
    # its house or landmark), "Bel Air, behind the school", "Port Howard Settlement" (island districts), "9184
    # Mergen Views Apt. 711" (an ordinary-word street type told by its flat): their own modules.
    from safe_synthesizer.pii.text_street_grid_codes import grid_code_street_spans
    from safe_synthesizer.pii.text_street_quarters import quarter_street_spans
    from safe_synthesizer.pii.text_street_settlements import settlement_street_spans
    from safe_synthesizer.pii.text_street_unit_after import unit_after_street_spans

    out += grid_code_street_spans(text) + quarter_street_spans(text) + settlement_street_spans(text)
    out += unit_after_street_spans(text)
    # "Wohnt jetzt in der Wilmsenstraße", "outside пер. Кочубея", "Vive en Pasaje de Calista Garay.": streets named
    # without a house number, told by a glued or abbreviated street type, or by a placing cue before them.
    from safe_synthesizer.pii.text_street_cued_alone import cued_alone_street_spans
    from safe_synthesizer.pii.text_street_cyrillic_alone import cyrillic_alone_street_spans
    from safe_synthesizer.pii.text_street_glued_alone import glued_alone_street_spans

    out += glued_alone_street_spans(text) + cyrillic_alone_street_spans(text) + cued_alone_street_spans(text)
    # "habite désormais avenue Gaudin.", "wohnt jetzt in Schlosserring 183.": the home after a verb of dwelling, told
    # by a street-type word of any Faker locale (alone, or glued to a name), with or without a house number.
    from safe_synthesizer.pii.text_street_dwelling import dwelling_street_spans

    out += dwelling_street_spans(text)
    # "can't get up Plaza de Marisol Castejón, park", "at Ballaquayle Road Friday 6pm", "new customer <name>, Pasadizo
    # Aura Bas.": typed streets after a word of motion or a comma; "letter to Jane Law, 32 Great Harbour - ": the
    # address after a piece of post's addressee.
    out += route_cued_street_spans(text) + addressee_street_spans(text)
    # "leave round the back at Lorchweg 7.", "yards at ruelle Payet.", "Pick up from 창전거리 3 later.": a place
    # preposition of any language, then a phrase the address-cell reader reads as a street.
    out += place_word_street_spans(text)
    # "Address checked: Mission Road.", "Forwarding address near the maneaba, Bairiki", "Habite lotissement
    # Moucayou.": the value after an address label; "at Pécsi utca.", "park on KG St No.", "at Stand Mbare.",
    # "park on Nosbusch Inlet.": unnumbered streets told by their own shape or by a placing word and the phrase's end;
    # "Lives Airport Road, walks over", "I'm outside Khubetsoana,": unnumbered places after a cue only an address
    # follows (or a landmark after them).
    from safe_synthesizer.pii.text_street_bare_shapes import bare_shape_street_spans
    from safe_synthesizer.pii.text_street_cued_places import cued_place_street_spans
    from safe_synthesizer.pii.text_street_label_values import label_value_street_spans

    # Only where no rule above found a street: their spans end where a street ends (``Lives at 14 Kafue Road, ...``),
    # a label's value runs to the phrase's end.
    found = list(out)
    later = label_value_street_spans(text) + bare_shape_street_spans(text) + cued_place_street_spans(text)
    out += [s for s in later if not _overlaps(s, found)]
    # "at Msunduza, next to the Kingdom Hall": a village placed by its landmark; and every line's landmark after it
    # ("..., near Lobamba clinic") and plot word before it ("Erf 9770, Uhland Street").
    from safe_synthesizer.pii.text_street_nearby import nearby_street_spans, with_landmarks

    out = with_landmarks(text, out + nearby_street_spans(text))
    # "Arafat, Ilot C, Lot 135", "Section Dothémare", "Darboe Kunda, behind the mosque", "Les Rosiers, Route de la
    # Fosse": comma-joined runs of unnumbered places told by their lot, quarter, landmark or street parts; and
    # the landmark after any street ("avenue de Besnard, près de la pharmacie").
    from safe_synthesizer.pii.text_street_runs import run_landmark_end, run_street_spans

    out += run_street_spans(text, out)
    if out:
        out = [(s, run_landmark_end(text, s, e), entity) for s, e, entity in out]
    # Overlapping street spans are one street line ("0485 Carroll Court Suite 739" and "Suite 739, Lake
    # Joy"): their union, so the caller's overlap rule never keeps the shorter tail and drops the head.
    merged: list[tuple[int, int, str]] = []
    for start, end, entity in sorted(out):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), entity)
        else:
            merged.append((start, end, entity))
    if "rd" in text.lower():
        merged = [(s, _rural_delivery_end(text, e), entity) for s, e, entity in merged]
    # "76 Ross Road West", "100 King Street East": a compass word after the street type is the street's.
    from safe_synthesizer.pii.text_street_compass import compass_end

    merged = [(s, compass_end(text, e), entity) for s, e, entity in merged]
    return [(_after_label(text, s, e), e, entity) for s, e, entity in merged]


# An address label a layout took as the first word of the street's name ("Address Zamenhofove 9a/0",
# "Domicilio Calle Matta 6002"): the label stays, so the note still reads "Address <fake street>".
_LABEL_HEAD = re.compile(
    r"(?i:address|adresse|adresa|adres|dirección|direccion|domicilio|endereço|morada|indirizzo|anschrift|naslov"
    r"|osoite|adress|residence|residencia)(?![\w\-])[ \t]*:?[ \t]+(?=\S)"
)


def _after_label(text: str, start: int, end: int) -> int:
    m = _LABEL_HEAD.match(text, start, end)
    return m.end() if m and end - m.end() >= 4 else start


# New Zealand's rural delivery round after the street ("94 Mokonuku Street, RD 3"): part of the street line.
_RURAL_DELIVERY = re.compile(r",?[ \t]*(?i:rd)[ \t]+\d{1,2}(?![\w])")


def _rural_delivery_end(text: str, end: int) -> int:
    m = _RURAL_DELIVERY.match(text, end)
    return m.end() if m else end


def _overlaps(span: tuple[int, int, str], spans: list[tuple[int, int, str]]) -> bool:
    """``span`` shares a character with one of ``spans``."""
    return any(span[0] < end and start < span[1] for start, end, _ in spans)
