"""One word of the table's people alone in a note: ``... a quote for the back door. Naupa``, ``Evans to bank the
takings``, ``Treasurer Gbaguidi reported``, ``agent Nikenike has keys``, ``peut-être à Mahougnon.``

Job sheets, club minutes and lost-property books name the table's own people (the customer of another row, the
treasurer, the agent) by one word: the family name that signs the note or opens a sentence, or the given name after
a role. :mod:`text_name_table_people` finds the table's people in a note only as runs of two or more words, and the
row's own name columns (:func:`text_replace.detect_text`) only the row's person; the NER model and the list rules
miss names of stocks no list holds (``Naupa``, ``Kalpokas``, ``Mohamadi``) and read a lone surname as prose.

The table's name columns are the evidence (a word the table writes as a person's given or family name); the word
must still stand as a name stands. A word of the table's people (each part of a double name: ``White-Daniel``) is a
name alone when:

- it is capitalised or in capitals (``MWAMBA``), or a family name with a lower-case particle (``deBrum``), of three
  letters or more, and no other span holds it;
- it stands alone: the word after it is not capitalised (a run of capitals is :mod:`text_name_table_people`'s, or a
  street's or a firm's: ``Collins Ports``, ``Ford Fiesta``), nor is the word before it, unless that word is an
  ordinary word opening the sentence (``Treasurer Gbaguidi``, ``Engineer Dieudonné``);
- it is no ordinary word: no function word, common word, English adjective, verb or adverb, title, month, weekday,
  town or region (``May``, ``Rose``, ``Little``, ``Kind``, ``Florence``, ``Jordan`` stay); an English noun
  (``Hall``, ``Farmer``, ``Wood``) and a word of another language's vocabulary (``Koch``, ``Bauer``, ``Roux``) only
  as the note's last sentence on its own (``... back door. Farmer``), where prose puts no bare noun;
- no street word or house number stands beside it (``rue de Fernandez``, ``Fernandez Street``, ``12 Smith``).

Under differential privacy the caller passes no vocabulary (a record's text must depend on that record only), so
this rule adds nothing there.

Example::

    people = {"naupa": "last_name", "nikenike": "first_name"}
    lone_table_name_spans("Customer wants a quote for the back door. Naupa", people)
    # [TextSpan(41, 46, 'last_name', 0.9)]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["lone_table_name_spans"]

# A word: letters, inner apostrophes and hyphens, combining marks (as text_name_table_people reads words).
_WORD = re.compile(r"[^\W\d_](?:[\w'’‘ʻʼ\-\u0300-\u036f]*[^\W\d_])?")
_GAP = re.compile(r"[ \t]+\Z")
# The note's last sentence is the word alone: a stop, "!" or "?" (or a line break, or a dash) before it, at most a
# stop after it.
_SENTENCE_BEFORE = re.compile(r"(?:[.!?…][\"')\]]?[ \t]+|\n[ \t]*|[ \t][\-–—][ \t]+)\Z")
_END_AFTER = re.compile(r"[ \t]*[.!]?[ \t]*\Z")
_NUMBER_NEAR = re.compile(r"\d[\w/\-]*,?[ \t]+\Z")
_HOUSE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?i:nr|no|n[º°o]|num)\.?[ \t]*)?\d{1,4}[a-zA-Z]?\b")
_CALENDAR = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday januar februar märz juni juli oktober dezember janvier février mars
    avril mai juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio
    agosto septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre
    dicembre""".split()  # noqa: SIM905
)
_PARTICLE_NAME = re.compile(r"(?:de|da|di|du|le|la|van|von|mc|mac|ten|ter)[A-ZÀ-Þ][a-zß-ÿ]+\Z")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(never a lone name: English function and common words, adjectives, verbs and adverbs, calendar words;
    towns, regions and countries; function words of the Latin-script languages; street words)."""
    from faker.providers.address.en_US import Provider as Address

    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.gazetteers import all_street_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    never = common_words() | english_vocabulary(("adj", "verb", "adv")) | _CALENDAR
    places = place_names() | {c.lower() for c in Address.countries}
    return frozenset(never), frozenset(places), latin_stop_words(), frozenset(all_street_words())


def _ordinary(low: str) -> tuple[bool, bool]:
    """(never a lone name; a place, a street word or a function word of some language: a name only where a cue or
    the note's end says so). A double name of the table's words is a name (``White-Daniel``, ``Rose-Marie``)."""
    never, places, stops, streets = _vocab()
    parts = low.replace("’", "'").split("-")
    if len(parts) > 1:
        return all(p in never for p in parts), False
    if low in never or len(low) < 3:
        return True, True
    return False, low in places or low in streets or low in stops


_ARTICLES = frozenset(
    """the a an this that der die das den dem des ein eine einen einem einer le la les un une el los las il lo gli
    het een""".split()  # noqa: SIM905
)
# Words after which a lone word is a person, not a place: ``by``, ``with``, a greeting, roles of club and job notes
# (``to``, ``from``, ``à``, ``de`` go before places too).
_CUES = frozenset(
    """by with go thanks thank hi hello dear cc attn maid agent treasurer secretary chair chairman engineer occupier
    tenant landlord owner customer client member helper marshal steward coach avec par chez mit bei con""".split()  # noqa: SIM905
)


def _cued(prev: re.Match[str] | None, text: str, start: int) -> bool:
    """The word right before ``start`` is a person cue or a role noun (``agent Nikenike``, ``drawn by Ben``)."""
    from safe_synthesizer.pii.text_name_role_prefix import is_role_noun

    if prev is None or not _GAP.match(text, prev.end(), start):
        return False
    low = prev.group().lower()
    return low in _CUES or is_role_noun(low)


def _lower_words(text: str) -> frozenset[str]:
    from safe_synthesizer.pii.text_name_given_word import lower_words

    return lower_words(text)


def _known(low: str, people: Mapping[str, str]) -> str:
    """The kind the table gives ``low`` (each part of a double name), ``""`` when no name word of the table."""
    if low in people:
        return people[low]
    parts = low.split("-")
    if len(parts) > 1 and all(p in people for p in parts):
        return people[parts[-1]] if people[parts[-1]] == E.LAST_NAME else people[parts[0]]
    return ""


def _shape(word: str) -> bool:
    """Capitalised (each part of a double name), in capitals, or a family name after a lower-case particle."""
    if len(word) < 3:
        return False
    if word.isupper():
        return True
    if _PARTICLE_NAME.match(word):
        return True
    return all(p[:1].isupper() and not p[1:].isupper() for p in re.split(r"-", word) if p)


def _opens(text: str, start: int) -> bool:
    """``text[start]`` opens the text, a line, a sentence or a clause."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:;\n-–—•*(\"'"


def _stands_alone(text: str, match: re.Match[str], prev: re.Match[str] | None, nxt: re.Match[str] | None) -> bool:
    """No capitalised word right beside it, but an ordinary word opening the sentence before it."""
    if nxt is not None and _GAP.match(text, match.end(), nxt.start()) and not nxt.group()[:1].islower():
        return False
    if prev is not None and _GAP.match(text, prev.end(), match.start()) and not prev.group()[:1].islower():
        never, _, stops, _ = _vocab()
        low = prev.group().lower()
        if not (_opens(text, prev.start()) and (low in never or low in stops or _cued(prev, text, match.start()))):
            return False
    return True


# Street words Faker's lists lack: abbreviations and Romanian, Lebanese, Portuguese forms ("R. de Pinheiro",
# "Imm. Nahas", "Bulevardul Stan", "Strada Preda", "Diag. Santiago").
_STREET_ABBREVIATIONS = frozenset(
    """r av avda c pl nr str ul bd blv blvd diag imm immeuble strada calea drumul bulevardul soseaua șoseaua aleea
    intrarea splaiul piata piața ruelle trav travessa rua jalan jln jl""".split()  # noqa: SIM905
)


def _in_street(text: str, match: re.Match[str], prev: re.Match[str] | None, nxt: re.Match[str] | None) -> bool:
    """A street word or a house number beside the word (``rue de Fernandez``, ``Smith Street``, ``12 Smith``)."""
    _, _, stops, streets = _vocab()
    streets = streets | _STREET_ABBREVIATIONS
    before = text[max(0, match.start() - 30) : match.start()].lower().replace(".", " ").split()[-2:]
    if before and (before[-1] in streets or (len(before) == 2 and before[-1] in stops and before[0] in streets)):
        return True  # "Fernandez Street" after, "rue Fernandez", "rue de Fernandez", "calle del Pozo" before
    after = text[match.end() : match.end() + 30].lower().replace(".", " ").split()[:1]
    if after and after[0] in streets:
        return True  # "Smith Street"
    return bool(
        _NUMBER_NEAR.search(text[max(0, match.start() - 12) : match.start()]) or _HOUSE_AFTER.match(text, match.end())
    )


def lone_table_name_spans(text: str, people: Mapping[str, str], spans: Sequence[TextSpan] = ()) -> list[TextSpan]:
    """Spans of single words of the table's people standing alone in ``text`` (see the module docstring);
    ``spans``: spans found already, whose words are not taken again."""
    if not people or not text:
        return []
    hits = {w for w in _lower_words(text) if _known(w, people)}
    if not hits:
        return []  # most notes hold no word of the table: no loop over their words
    words = list(_WORD.finditer(text))
    out: list[TextSpan] = []
    for i, m in enumerate(words):
        word = m.group()
        low = word.lower()
        if low not in hits or not _shape(word):
            continue
        kind = _known(low, people)
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        prev = words[i - 1] if i else None
        nxt = words[i + 1] if i + 1 < len(words) else None
        if text[max(0, m.start() - 2) : m.start()].strip(" ")[-1:] in ("-", "'", "’") or re.match(
            r" ?-\w", text[m.end() : m.end() + 3]
        ):
            continue  # "Saint- Provencher", "L'Île- Denise", "Charles -sur-Mer": part of a town's name
        never, weak = _ordinary(low)
        if never or not _stands_alone(text, m, prev, nxt) or _in_street(text, m, prev, nxt):
            continue
        if prev is not None and prev.group().lower() in _ARTICLES and _GAP.match(text, prev.end(), m.start()):
            continue  # "der Koch", "the Farmer", "le Roux": a noun after its article
        signed = _SENTENCE_BEFORE.search(text, 0, m.start()) and _END_AFTER.match(text, m.end())
        if weak and not (signed or _cued(prev, text, m.start())):
            continue  # "Florence", "Jordan", "Van": a place or a function word only where a cue says a person
        out.append(TextSpan(m.start(), m.end(), kind, 0.9))
    return out
