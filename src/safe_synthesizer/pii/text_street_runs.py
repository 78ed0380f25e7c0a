"""Address lines with no house number in free text: a run of place parts joined by commas, told by its lot, block,
zone, building or flat parts, its quarter or compound, its landmark, or the street inside it.

Why: where houses have no numbers (West and Central Africa, the Caribbean, the Channel Islands, informal
settlements anywhere) an address is written as the neighbourhood and what finds the house in it:
``Arafat, Ilot C, Lot 135`` (Nouakchott's blocks and lots), ``Ouaga 2000, Zone B, villa 21``, ``Secteur 30,
rue 30.27, porte 65`` (Ouagadougou's sector, numbered street and door), ``Résidence Les Alizés, bât. E, appt 15``,
``Kamenge Q.3, n°21`` (Bujumbura's quarter and house), ``Section Dothémare`` (a Guadeloupe hamlet), ``Darboe
Kunda, behind the mosque`` (a Gambian family compound), ``Sebkha, près du marché``, ``Les Rosiers, Route de la
Fosse`` (a Guernsey house name and its road). The street rules want a street word with a house number, so they
found a piece of such a line or nothing, and the neighbourhood, lot or landmark stayed and located the person.

A part is one of:

- a unit: a lot, block, zone, sector, building, flat, door or quarter word and its code (``Ilot C``, ``Lot 135``,
  ``Zone B``, ``villa 21``, ``bât. E``, ``appt 15``, ``porte 65``, ``Q.3``, ``n°21``, ``rue 30.27``), maybe after
  the place's name (``Kamenge Q.3``);
- a quarter: a quarter, hamlet, estate or residence word and a name (``Section Dothémare``, ``Quartier Tampouy``,
  ``Lotissement Les Flamboyants``), or a name and ``Kunda``/``Compound`` (``Darboe Kunda``);
- a landmark: ``near``/``opposite``/``behind``/``next to``/``près de``/``en face de``/``derrière``/``à côté de``/
  ``cerca de``/``frente a``/``perto de`` and a noun phrase holding a landmark noun (``the health centre``, ``la
  pharmacie``, ``du marché Capitale``);
- a street the other street rules found (passed in), or an unnumbered one (``Route de la Fosse``, ``Bertil
  Harding Highway``);
- a place: one to three capitalised words, maybe a number or a compass word (``Ouaga 2000``, ``Mutanga Nord``).

A run is an address when it holds two units; a quarter and another part; a quarter alone whose name holds a word
no English vocabulary has (``Section Three`` stays); a place and a landmark or a street (the place holding a word
no English vocabulary has, so ``Reception, next to the hall`` stays); or a street and a place after a placing cue
(``at``, ``to``, ``visited``, ``chez``) or a comma. A place opens a run only right after such a cue, a comma or
the start of the note; places after the last part (the parish or town, ``..., Rue des Câches, Vale``) join it up
to two. Compiled pre-checks on the part words keep other notes cheap.

Example::

    run_street_spans("Colis déposé chez le voisin, Arafat, Ilot C, Lot 135. Merci")  # [(29, 51, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["run_landmark_end", "run_street_spans"]

_CAPW = rf"[{LATIN_UPPER}][{LATIN_LOWER}{LATIN_UPPER}]*(?:['’\-][{LATIN_UPPER}{LATIN_LOWER}]+)*"
_PARTICLE = (
    r"(?:[Ll]es|[Ll]e|[Ll]a|de|du|des|de[ \t]+la|del|d[oa]s?|d['’]|l['’]|[Aa]l|[Ee]l|[Bb]en|St\.?|Ste\.?|Sta\.?)"
)
_PLACE = (
    rf"(?:{_PARTICLE}[ \t]*)?{_CAPW}(?:[ \t]+(?:{_PARTICLE}[ \t]*)?{_CAPW}){{0,2}}"
    r"(?:[ \t]+(?:\d{1,4}(?![\d/:]|[.,]\d)|Nord|Sud|Est|Ouest|North|South|East|West|Centre|Center))?"
)
# A district named by its kind after a numbered street ("..., Pabedan Township", "..., Kanifing Estate").
_DISTRICT = re.compile(r"[ \t](?:Township|Estate|Subdivision|Ward|Colony|Layout|Extension|Sector|Quarter)$")
# Labels of the next field of a note, no town after an address ("..., Tel. 081", "..., Cc: ...").
_LABEL = re.compile(
    r"(?:Tel|Tél|Tlf|Phone|Ph|Mob|Mobile|Cell|Fax|Cc|Email|E-mail|Mail|Ref|Re|Attn|Note|Nota|Obs|Signed|Sent)\b"
)
# A title before a person's name: no place's first word.
_TITLE = re.compile(r"(?:Mme|Mlle|M\.|Mr|Mrs|Ms|Miss|Dr|Pr|Prof|Sr|Sra|Srta|Dona|Dom|Me|Maître|Monsieur|Madame)\b")
# What may stand before a street as its quarter or house: one word (maybe a number or compass point after it), or
# a name opening with an article ("Les Rosiers", "La Hougue").
_QUARTER_BEFORE_STREET = re.compile(
    rf"(?:{_CAPW}(?:[ \t]+(?:\d{{1,4}}|Nord|Sud|Est|Ouest|North|South|East|West|Centre|Center))?"
    rf"|(?:Les|Le|La|L['’])[ \t]*{_CAPW}(?:[ \t]+{_CAPW})?)"
)
_CODE = r"(?:\d{1,4}[A-Za-z]?(?:\.\d{1,4})?|[A-Z])(?![\w/])"
_UNIT_WORD = (
    r"(?i:îlot|ilot|ilôt|lot|lots|zone|secteur|sector|villa|porte|bât\.?|bat\.|bâtiment|batiment|bloc|block|blk\.?"
    r"|appt\.?|app\.|apt\.?|appartement|apartment|flat|plot|parcelle|parcel|carré|escalier|esc\.|étage)"
)
# "Q.3", "n°21", "N° 7": glued quarter and house markers.
_UNIT = rf"(?:{_UNIT_WORD}[ \t]*{_CODE}|Q\.[ \t]?\d{{1,3}}(?![\w])|[nN][°º][ \t]?\d{{1,4}}[A-Za-z]?(?![\w]))"
# A numbered street with no name ("rue 30.27", "Rue 12"): Ouagadougou's and Kinshasa's grid.
_NUMBERED_STREET = r"(?i:rue|avenue|calle|rua)[ \t]+\d{1,3}(?:\.\d{1,4})?(?![\w/])"
_QUARTER_WORD = (
    r"(?:Section|Quartier|Qtr\.|Lotissement|Résidence|Residence|Cité|Hay|Secteur|Compound|Hameau|Lieu-dit|Village"
    r"|Barrio|Bairro|Colonia|Kebele|Kampung|Morcellement)"
)
# A building ("Edf. Kam Loi", "Edificio Los Pinos", "Torre B"), or a house's name ("Les Câches Farm", "Rose Cottage").
_BUILDING = (
    rf"(?:Edf\.|Edif\.|Edifício|Edificio|Ed\.|Bloco|Torre|Immeuble|Imm\.|Bâtiment|Building|Bldg\.?)[ \t]+"
    rf"(?:{_PLACE}|{_CODE})"
)
_HOUSE = rf"(?:{_PARTICLE}[ \t]*)?{_CAPW}(?:[ \t]+{_CAPW})?[ \t]+(?:Farm|Cottage|Lodge|Manor|Grange)"
_QUARTER = rf"(?:{_QUARTER_WORD}[ \t]+{_PLACE}|{_CAPW}(?:[ \t]+{_CAPW})?[ \t]+(?:Kunda|Compound)|{_BUILDING}|{_HOUSE})"
# A floor ("10.º andar C", "3e étage", "2nd floor", "piso 4").
_FLOOR = (
    r"(?:\d{1,2}(?:\.?[ºo°ª]|e|er|ème|eme|st|nd|rd|th)?[ \t]*(?i:andar|piso|étage|etage|floor|planta)"
    r"(?:[ \t]+[A-Z](?![\w]))?|(?i:piso|andar|planta)[ \t]+\d{1,2}(?:[ \t]*[A-Z](?![\w]))?)"
)
_NOUNS = (
    r"clinic|hospital|school|college|church|chapel|mosque|temple|hall|market|station|gas station|petrol station"
    r"|filling station|stadium|food store|garage|bank|office|post office|roundabout"
    r"|junction|bridge|corner|police station|pharmacy|hotel|park|cemetery|health centre|health center|bakery"
    r"|clinique|hôpital|hopital|dispensaire|école|ecole|église|eglise|mosquée|mosquee|marché|marche|gare|pharmacie"
    r"|boulangerie|poste|mairie|stade|carrefour|rond-point|station-service|lycée|collège"
    r"|clínica|escuela|colegio|iglesia|mercado|estación|farmacia|igreja|escola|posto|padaria|parque|plaza"
)
_LM_CUE = (
    r"(?:(?i:near|opposite|behind|beside|next[ \t]+to|close[ \t]+to|across[ \t]+from|adjacent[ \t]+to)"
    r"|près[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de)|pres[ \t]+(?:du|de[ \t]+la|de)|en[ \t]+face[ \t]+"
    r"(?:du|de[ \t]+la|de[ \t]+l['’]|des|de)|derrière|derriere|à[ \t]+côté[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de)"
    r"|non[ \t]+loin[ \t]+(?:du|de[ \t]+la|de)|cerca[ \t]+(?:del|de[ \t]+la|de)|frente[ \t]+a(?:l)?"
    r"|detrás[ \t]+(?:del|de[ \t]+la|de)|al[ \t]+lado[ \t]+(?:del|de[ \t]+la|de)|perto[ \t]+d[aoe]s?"
    r"|em[ \t]+frente[ \t]+(?:ao|à|a)|ao[ \t]+lado[ \t]+d[aoe]s?|atrás[ \t]+d[aoe]s?)"
)
_ARTICLE = r"(?:the|le|la|les|l['’]|el|los|las|o|a|os|as)"
_LANDMARK = (
    rf"{_LM_CUE}[ \t]*(?:{_ARTICLE}[ \t]*)?(?:{_CAPW}[ \t]+|[{LATIN_LOWER}]{{3,}}[ \t]+){{0,2}}(?i:{_NOUNS})(?![\w\-])"
    rf"(?:[ \t]+(?:{_PARTICLE}[ \t]*)?{_CAPW}(?:[ \t]+{_CAPW})?)?"
)
# Unnumbered streets: a French type first ("Route de la Fosse", "Rue des Câches"), an English type last.
_STREET = (
    rf"(?:(?:Route|Rue|Chemin|Avenue|Allée|Impasse|Boulevard|Ruelle|Calle|Avenida|Rua)[ \t]+(?:{_PARTICLE}[ \t]*)?"
    rf"{_CAPW}(?:[ \t]+{_CAPW})?(?:[ \t]+[nN][°º][ \t]?\d{{1,4}})?"
    rf"|(?:(?i:off)[ \t]+)?{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}[ \t]+(?:Road|Street|Avenue|Highway|Drive|Lane|Way))"
)
_KINDS = (
    ("landmark", _LANDMARK),
    ("street", _STREET),
    ("placed_unit", rf"{_PLACE}[ \t]+{_UNIT}"),
    ("unit", _UNIT),
    ("unit", _NUMBERED_STREET),
    ("unit", _FLOOR),
    ("quarter", _QUARTER),
    ("place", _PLACE),
)
# What may end a part: a comma (another part may follow), sentence punctuation, a line break, the end, or a word in
# lower case (the prose goes on: "Lot 118 to see", "Darboe Kunda, behind the mosque if anyone").
_PART_END = rf"(?=[ \t]*(?:[,;:!?)\]\n]|\.(?:\s|$)|$)|[ \t]+[{LATIN_LOWER}]|[ \t]+-[ \t])"
_SEP = re.compile(r"[ \t]*,[ \t]*")
_CUE_BEFORE = re.compile(
    r"(?:(?<![\w])(?i:at|to|in|from|chez|à|au|en|visited|visit|address|adresse|dirección|endereço)[ \t]*:?"
    r"|,|^|\n[ \t]*[-•*]?)[ \t]*$"
)
# Lot, door and number words name other things too ("Facture n°12, lot 5"): two of them alone want a place.
_WEAK_UNIT = re.compile(r"(?i:lots?|porte|flat|apartment|parcel|parcelle|plot|étage|escalier|esc\.|n°|nº)")
# Which strong parts a note may hold, by its words (one C-level findall and set look-ups; the part patterns are
# costly to try at every position of a long review): the kinds whose words are there are looked for.
_TOKEN = re.compile(r"[^\W\d_]+")


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ANCHOR_WORDS: tuple[tuple[frozenset[str], frozenset[str] | None, str], ...] = (
    (
        _words("near opposite behind beside next close across adjacent près pres face derrière derriere côté loin "
         "cerca frente detrás lado perto atrás"),
        frozenset(w for w in re.split(r"[|\s]+", _NOUNS.replace("-", " ")) if w),
        _LANDMARK,
    ),
    (
        _words("route rue chemin avenue allée impasse boulevard ruelle calle avenida rua road street highway drive "
         "lane way"),
        None,
        rf"{_STREET}|{_NUMBERED_STREET}",
    ),
    (
        _words("îlot ilot ilôt lot lots zone secteur sector villa porte bât bat bâtiment batiment bloc block blk appt "
         "app apt appartement apartment flat plot parcelle parcel carré escalier esc étage q n"),
        None,
        _UNIT,
    ),
    (
        _words("section quartier qtr lotissement résidence residence cité hay compound hameau lieu dit village "
         "barrio bairro colonia kebele kampung morcellement kunda edf edif edifício edificio ed bloco torre "
         "immeuble imm building bldg farm cottage lodge manor grange"),
        None,
        _QUARTER,
    ),
    (_words("andar piso étage etage floor planta"), None, _FLOOR),
)  # fmt: skip


@lru_cache(maxsize=1)
def _anchor_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?<![\w'’\-])(?:{p})(?![\w'’\-])") for _, _, p in _ANCHOR_WORDS)


def _anchors(text: str) -> list[int]:
    """Where strong parts start, looked for only when the note holds their words."""
    tokens = set(_TOKEN.findall(text.lower()))
    out: list[int] = []
    for (words, nouns, _), pattern in zip(_ANCHOR_WORDS, _anchor_patterns(), strict=True):
        if tokens.isdisjoint(words) or (nouns is not None and tokens.isdisjoint(nouns)):
            continue
        out += [m.start() for m in pattern.finditer(text)]
    return out


_FLOOR_START = r"\d{1,2}[.ºo°ªer]*[ \t]*(?i:andar|piso|étage|floor)"
_STARTS = re.compile(
    rf"(?<![\w'’\-])(?=[{LATIN_UPPER}]|off[ \t]|{_FLOOR_START}|[nN][°º]|{_UNIT_WORD}|{_LM_CUE}|(?i:rue|avenue)[ \t]+\d)"
)
_WORD = re.compile(rf"[{LATIN_UPPER}{LATIN_LOWER}'’\-]+")


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, spacy_stop_words

    return english_vocabulary() | common_words() | spacy_stop_words(("en",))


def _own_word(words: str) -> bool:
    """Some word of ``words`` is no English word (hyphened words whole: ``Grand-Camp``): a place's own name."""
    english = _english()
    for w in _WORD.findall(words):
        w = w.strip("'’-").lower()
        if len(w) >= 3 and w not in english and w not in _GENERIC:
            return True
    return False


# Part words themselves say nothing of which place it is.
_GENERIC = frozenset(
    {"section", "quartier", "lotissement", "résidence", "residence", "cité", "hay", "secteur", "compound", "hameau",
     "village", "kunda", "route", "rue", "chemin", "avenue", "allée", "impasse", "boulevard", "road", "street",
     "highway", "drive", "lane", "way", "ilot", "îlot", "zone", "villa"}
)  # fmt: skip


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(rf"(?:{p}){_PART_END}")) for kind, p in _KINDS)


def _run_at(text: str, start: int, streets: dict[int, int]) -> list[tuple[str, int, int]]:
    """The parts (kind, start, end) of the comma-joined run starting at ``start``; each part the longest reading
    that ends where a part may end; a street the other rules found (``streets``: start -> end) is one part."""
    parts: list[tuple[str, int, int]] = []
    pos = start
    while len(parts) < 6:
        best: tuple[str, int] | None = None
        for kind, pattern in _compiled():
            m = pattern.match(text, pos)
            if m is not None and m.end() > pos and (best is None or m.end() > best[1]):
                best = (kind, m.end())
        if pos in streets and (best is None or best[0] == "place" or streets[pos] > best[1]):
            best = ("street", streets[pos])
        if best is None:
            break
        parts.append((best[0], pos, best[1]))
        sep = _SEP.match(text, best[1])
        if sep is None:
            break
        pos = sep.end()
    return parts


def _accept(text: str, parts: list[tuple[str, int, int]], cued: bool, placed: bool) -> tuple[int, int] | None:
    """The span of the address in a run starting at its first part, or ``None`` (module docstring)."""
    kinds = [k for k, _, _ in parts]
    first = 1 if kinds[0] == "place" else 0
    if first and (len(kinds) < 2 or kinds[1] in ("place", "quarter") or not cued or _TITLE.match(text, parts[0][1])):
        # A place opens a run only after a cue and right before a unit, landmark or street; a quarter is the run's
        # head itself ("chez Mme Ursule, Résidence Les Hibiscus": the name before it stays the name's).
        return None
    last = first
    while last + 1 < len(kinds) and kinds[last + 1] != "place":
        last += 1
    tail = last
    # A numbered street's town after it is the address tail's (its own city span): no place joins it.
    numbered = kinds[last] == "street" and any(ch.isdigit() for ch in text[parts[last][1] : parts[last][2]])
    while tail + 1 < len(kinds) and tail - last < 2 and kinds[tail + 1] == "place":
        if _LABEL.match(text, parts[tail + 1][1]):
            break  # "..., Jan Jonker Road, Tel. 081...": a label opens the next field
        if numbered and not _DISTRICT.search(text, parts[tail + 1][1], parts[tail + 1][2]):
            break  # the town after a numbered street is its own span; a district ("Pabedan Township") is the line's
        tail += 1
    core = kinds[: tail + 1]
    words = text[parts[0][1] : parts[tail][2]]
    units = sum(k in ("unit", "placed_unit") for k in core)
    places = sum(k in ("place", "placed_unit") for k in core)
    quarters, landmarks, streets = core.count("quarter"), core.count("landmark"), core.count("street")
    unit_text = " ".join(text[s:e] for k, s, e in parts[: tail + 1] if k in ("unit", "placed_unit"))
    strong_unit = len(_WEAK_UNIT.findall(unit_text)) < units
    pure_places = core.count("place")
    # A numbered house is found without its landmark ("14 Marsh Lane, near the park" keeps its prose).
    unnumbered_streets = sum(
        k == "street" and not any(ch.isdigit() for ch in text[max(0, s - 8) : e]) for k, s, e in parts[: tail + 1]
    )
    if first and kinds[1] == "street" and not _QUARTER_BEFORE_STREET.fullmatch(text, parts[0][1], parts[0][2]):
        # "Tanner Nash, Bertil Harding Highway", "posted to Marc Beltran, Chácara de Melo": two words before a street
        # are a person's name; one word (and a compass point) is the quarter ("Kinindo, Avenue de la Mission n°32"),
        # a name with an article a house's ("Les Rosiers, Route de la Fosse").
        return None
    if first and kinds[1] == "street" and text[parts[1][1]].isdigit():
        return None  # "posted to Zachary Roth, 52/23, Goda": a numbered line needs no place before it
    ok = (
        (units >= 2 and strong_unit and (places or quarters or cued))
        or (units >= 2 and pure_places)
        or (quarters and len(core) >= 2 and (units or landmarks or streets or cued))
        or (quarters and cued and _own_word(_names(text, parts[: tail + 1], "quarter")))
        or (landmarks and (unnumbered_streets or quarters))
        or (landmarks and places and _own_word(_names(text, parts[: tail + 1], "place")))
        or (streets and places and (placed or (cued and _own_word(words))))
    )
    return (parts[0][1], parts[tail][2]) if ok else None


def _names(text: str, parts: list[tuple[str, int, int]], kind: str) -> str:
    """The words of the parts of one ``kind`` (and the quarters': a landmark's place may be a quarter)."""
    return " ".join(text[s:e] for k, s, e in parts if k in (kind, "quarter", "placed_unit", "street"))


def run_street_spans(text: str, streets: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the address runs of ``text`` (module docstring); ``streets`` are the
    street spans other rules found, which count as street parts (their run may take a place before and after)."""
    out: list[tuple[int, int, str]] = []
    done = 0
    found: dict[int, int] = {}
    for s, e, _ in streets or []:
        found[s] = max(e, found.get(s, e))
    anchors = _anchors(text) + list(found)
    if not anchors:
        return []
    # Runs start at a strong part or at a place shortly before one.
    starts_set: set[int] = set()
    for anchor in anchors:
        starts_set.add(anchor)
        starts_set.update(m.start() for m in _STARTS.finditer(text, max(0, anchor - 60), anchor))
    # A run starts at a street the other rules found, not inside it ("14 Marsh Lane": not at "Marsh").
    starts = sorted(p for p in starts_set if not any(a < p < b for a, b in found.items()))
    for start in starts:
        if start < done or (start and text[start - 1] not in " ,\n\t(\"'" and start not in found):
            continue
        before = text[max(0, start - 40) : start]
        cue = _CUE_BEFORE.search(before)
        cued = start == 0 or cue is not None
        placed = cue is not None and cue.group().strip(" \t:")[-1:].isalpha()
        parts = _with_streets(_run_at(text, start, found), streets or [])
        span = _accept(text, parts, cued, placed) if parts else None
        if span:
            out.append((*span, E.STREET_ADDRESS))
            done = span[1]
    return out


def _with_streets(parts: list[tuple[str, int, int]], streets: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
    """A part the other rules read as a street is a street part."""
    if not streets:
        return parts
    out = []
    for kind, s, e in parts:
        if kind == "place" and any(a <= s and e <= b for a, b, _ in streets):
            kind = "street"
        out.append((kind, s, e))
    return out


_LANDMARK_AFTER = re.compile(rf"[ \t]*,?[ \t]*{_LANDMARK}{_PART_END}")


def run_landmark_end(text: str, start: int, end: int) -> int:
    """The end of a landmark phrase right after the street span ``start:end`` with no house number (``avenue de
    Besnard, près de la pharmacie``, ``Carmichael Road, opposite the gas station``), or ``end``: a numbered house is
    found without its landmark (``14 Marsh Lane, near the park`` keeps its prose)."""
    if any(ch.isdigit() for ch in text[start:end]):
        return end
    m = _LANDMARK_AFTER.match(text, end)
    return m.end() if m else end
