"""One-word names that a note's layout or grammar marks: ``Apologies: Phiri.``, ``[18:40] Frank: Doris paid?``,
``Checked by Harriet.``, ``Borrower Burke born 30-Sep-1933``, ``Merci, Kalolaine``, ``Phillip to ring Ann on
+44 ...``, ``Could someone ask Paride?``, ``Isidro cancelled <24h again``.

Club minutes, chat exports, job cards and call notes name people by one word, a given name or a family name alone.
The NER model reads a lone word as prose, the pair rules need two words, and :mod:`text_name_table_lone` needs the
table's own name columns to hold the word (the caller, the absent member and the colleague to ring are often nobody
of the table). Each cue below is a place where English and the supported languages put a person and no thing:

- a minutes' apologies list (``Apologies: Phiri, Gomes and Ana.``, ``Entschuldigt: Weber``, ``Excusés : Roux``):
  every item of one or two capitalised words up to the sentence's end;
- a chat line's speaker after a clock time (``[18:40] Frank:``, ``10:03 ปิยวดี:``), in a text of two such lines;
- the agent of a passive participle (``Checked by Harriet.``, ``signed for by Arthur (``, ``drawn by Mariama``),
  before a stop, a bracket, a comma or the end;
- a role noun of lending, letting and club offices before a family name and a birth date or a verb of people
  (``Borrower Burke born``, ``Tenant Okafor says``, ``Treasurer Phiri reported``);
- a closing formula and a comma before one word that ends the text (``Merci, Kalolaine``, ``Obrigado, Braima``);
- a sentence's subject before ``to ring``/``to call``/... or a verb of a booking (``cancelled``, ``no-showed``,
  ``rang``), and the object of ``ring``/``call``/``ask``/... before ``on``, ``about``, a stop or ``?``.

The word must still be a name. Strong cues (the apologies list, the chat speaker, the closing formula) take any
capitalised word that is no ordinary word (common words, English adjectives, verbs and adverbs, function words,
calendar words, titles): names of stocks no list holds (``Kalolaine``, ``Ruthmilo``) are names there. The weaker
cues (the passive agent, the role, the subject and object of a verb) take a listed given name
(:func:`text_name_given_word.given_word`, strict: ``Will``, ``Grace``, ``Frank`` as words stay) or a listed
family name that is no English word of any kind and no place (``by Ford``, ``by Dell`` stay).

Example::

    lone_cued_name_spans("Attendance Thurs: Ana. Apologies: Phiri.")  # [(34, 39, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word, lower_words
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_UPPER

__all__ = ["lone_cued_name_spans"]

_END = r"(?=[ \t]*(?:[.,;:!?()\n]|$))"
_ITEM = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD})?"
_SEP = r"(?:[ \t]*[,&/][ \t]*|[ \t]+(?:and|und|et|y|e|en|och|og|i|a)[ \t]+)"
# A minutes' apologies (absence) list: the heading, a colon or "from", then the items up to the sentence's end.
_APOLOGIES = re.compile(
    r"(?i:\b(?:apologies(?:[ \t]+(?:received[ \t]+)?from)?|apologies[ \t]+for[ \t]+absence|absent|excused|"
    r"entschuldigt|abwesend|excusé(?:e|s|es)?|absents?|assenti|giustificati|ausentes|excusados|afwezig|afgemeld|"
    r"ausentes|justificados|ursäktade|frånvarande|afbud|fraværende))"
    rf"(?:[ \t]*:[ \t]*|[ \t]+)(?P<items>{_ITEM}(?:{_SEP}{_ITEM}){{0,7}}){_END}"
)
_ITEM_WORDS = re.compile(NAME_WORD)
_ITEM_RUN = re.compile(_ITEM)
# A chat line: a clock time (in brackets or not), one word, a colon.
_CLOCK = r"(?m)^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*[-–]?[ \t]*"
_CHAT_LINE = re.compile(_CLOCK + r"[^\W\d_][^:\n]{0,40}:[ \t]")
_CHAT = re.compile(_CLOCK + r"(?P<w>[^\W\d_][^\s:]{1,24}):[ \t]")
_SPEAKERS = frozenset(
    """bot user agent customer client system admin support operator me you staff team host guest caller visitor
    assistant moderator kunde kundin benutzer nutzer client cliente usuario utente klant gebruiker kund användare
    agente agent opérateur operatore operador medewerker handläggare""".split()  # noqa: SIM905
)
# The agent of a passive participle: "Checked by Harriet.", "signed for by Arthur (", "drawn by Mariama".
_BY = re.compile(
    rf"(?<![\w\-])(?P<verb>(?i:[a-z]+(?:ed|en|wn|ne))|done|seen|made|paid|sent|brought|taken|left|kept|run|held|met)"
    rf"(?:[ \t]+(?:for|off|up|in|out))?[ \t]+by[ \t]+(?P<w>{NAME_WORD}){_END}"
)
# Verbs only a person's hand does: their agent may be a name no list holds ("Checked by Momodou.").
_PEOPLE_VERBS = frozenset(
    """checked signed approved witnessed countersigned inspected initialled initialed authorised authorized verified
    drawn served interviewed assessed examined treated taught coached supervised accompanied collected fitted
    serviced repaired measured surveyed""".split()  # noqa: SIM905
)
# The note's last sentence is one given name: "... Subs outstanding from Kim Bray. Betty".
_LAST_WORD = re.compile(rf"(?:(?<![\s.][{LATIN_UPPER}])[.!?][\"')]?[ \t]+|\n[ \t]*)(?P<w>{NAME_WORD})[ \t]*\.?[ \t]*\Z")
# Roles of lending, letting, clubs and lessons that :func:`text_name_role_prefix.is_role_noun` lacks.
_ROLES = frozenset(
    """borrower lender tenant occupier occupant leaseholder plotholder treasurer secretary chair chairman chairwoman
    chairperson maid steward marshal organist conductor learner pupil trainee candidate member reader patron
    subscriber applicant resident""".split()  # noqa: SIM905
)
_ROLE = re.compile(
    rf"(?<![\w\-'’])(?P<role>[A-Za-z]+)[ \t]+(?P<w>{NAME_WORD})(?=[ \t]*(?:\(|,[ \t]|;|:|$|\n|(?:born|b\.|dob|aged|"
    r"says|said|rang|phoned|called|paid|reported|wants|asked|confirmed|will|has|was|is|to)(?![\w])))"
)
# A closing formula and a comma, then one word that ends the text.
_CLOSING = re.compile(
    r"(?i:(?<![\w])(?:thanks|thank[ \t]+you|cheers|regards|best|many[ \t]+thanks|merci|cordialement|amitiés|gracias|"
    r"saludos|obrigado|obrigada|grazie|ciao|saluti|danke|grüße|gruß|groeten|bedankt|dank[ \t]+je|tack|hälsningar|"
    r"mvh|hilsen|tak|pozdrawiam|dziękuję|kiitos|terveisin|mulțumesc|teşekkürler|best[ \t]+wishes|love|ta))[ \t]*\Z"
)
_CLOSING_TAIL = re.compile(r",[ \t]*\n?[ \t]*(?P<w>[^\W\d_][\w'’\-]{1,24})[ \t]*[.!]?[ \t]*\Z")
# A sentence's subject before what a person does: "Phillip to ring Ann", "Isidro cancelled <24h again".
_SUBJECT = re.compile(
    rf"(?<![\w'’\-])(?P<w>{NAME_WORD})[ \t]+(?:to[ \t]+(?:ring|call|phone|text|email|e-mail|chase|contact|collect|"
    r"bring|book|confirm|follow[ \t]+up)|cancell?ed|no-showed|rang|phoned|texted|emailed|"
    r"called[ \t]+(?:in|back|to|again)|calling[ \t]+for|says|said|paid|confirmed)(?![\w])"
)
_SUBJECT_WORDS = frozenset(
    """ring call phone text email e-mail chase contact collect bring book confirm follow cancelled canceled no-showed
    rang phoned texted emailed called calling says said paid confirmed""".split()  # noqa: SIM905
)
# The object of a verb of contact: "ring Ann on", "ask Paride?", "coming with Bjørk,".
_OBJECT = re.compile(
    rf"(?<![\w\-])(?:ring|call|phone|text|e-?mail|ask|tell|remind|chase|thank|message|calling[ \t]+for|"
    rf"coming[ \t]+with|travelling[ \t]+with|moving[ \t]+in[ \t]+with)[ \t]+(?P<w>{NAME_WORD})"
    r"(?=[ \t]*(?:[.,;!?)\n]|$|(?:on|at|about|re|before|after|tomorrow|today|tonight|back)(?![\w])))"
)
_OBJECT_WORDS = frozenset(
    """ring call phone text email e-mail mail ask tell remind chase thank message calling coming travelling
    moving""".split()  # noqa: SIM905
)
_APOLOGY_WORDS = frozenset(
    """apologies absent excused entschuldigt abwesend excusé excusée excusés excusées absents assenti giustificati
    ausentes excusados afwezig afgemeld justificados ursäktade frånvarande afbud fraværende""".split()  # noqa: SIM905
)
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday today tomorrow tonight""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    """Words that are never a name alone: common words, English adjectives, verbs, adverbs, function words of the
    Latin-script languages, calendar words."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return common_words() | english_vocabulary(("adj", "verb", "adv")) | latin_stop_words() | _MONTHS_DAYS


@lru_cache(maxsize=1)
def _nouns_and_places() -> frozenset[str]:
    """English nouns and listed towns and regions: a family name that is one is no name after a weak cue."""
    from safe_synthesizer.pii.common_words import place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("noun",)) | place_names()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import place_names

    return place_names()


def _strong_word(word: str) -> bool:
    """After a strong cue: any capitalised word (or a word of a caseless script) that is no ordinary word."""
    low = word.lower()
    if len(low) < 2 or is_title(word) or low in _SPEAKERS:
        return False
    if word[:1].islower():
        return False
    parts = low.split("-")
    return not any(p in _ordinary() for p in parts)


def _weak_word(word: str) -> tuple[bool, str]:
    """After a weak cue: (a name, its kind) for a strict given name that is no town (``call Sydney at 9``) or a
    listed family name that is no word nor place."""
    if given_word(word, strict=True) and word.lower() not in _places():
        return True, E.FIRST_NAME
    low = word.lower()
    parts = low.split("-")
    if all(p in family_names() for p in parts) and not any(p in _ordinary() or p in _nouns_and_places() for p in parts):
        return True, E.LAST_NAME
    return False, ""


def _listed_word(word: str) -> bool:
    """A listed given or family name (each part of a double one) that is no function or calendar word: a name
    where the cue is strong even when it is an ordinary word too ("Apologies: White.", "Borrower Short born")."""
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    parts = word.lower().split("-")
    return all(
        (p in given_names() or p in family_names()) and p not in latin_stop_words() and p not in _MONTHS_DAYS
        for p in parts
    ) and not is_title(word)


def _kind(word: str) -> str:
    """first_name for a listed given name, else last_name (the fake keeps one word)."""
    return E.FIRST_NAME if word.split("-")[0].lower() in given_names() else E.LAST_NAME


def _apologies(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _APOLOGIES.finditer(text):
        words = list(_ITEM_WORDS.finditer(m.group("items")))
        if not words or not all(_strong_word(w.group()) or _listed_word(w.group()) for w in words):
            continue
        for item in _ITEM_RUN.finditer(text, m.start("items"), m.end("items")):
            kind = E.NAME if " " in item.group() else _kind(item.group())
            out.append((item.start(), item.end(), kind))
    return out


def _chat(text: str) -> list[tuple[int, int, str]]:
    if len(_CHAT_LINE.findall(text)) < 2:
        return []
    out = []
    for m in _CHAT.finditer(text):
        word = m.group("w")
        # A speaker's given name that is also a word ("Frank", "Rose") is the speaker here.
        if _strong_word(word) or (given_word(word) and word.lower() not in _SPEAKERS):
            out.append((m.start("w"), m.end("w"), _kind(word)))
    return out


def _opens(text: str, start: int) -> bool:
    """``text[start]`` opens the text, a line or a sentence."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _closing(text: str) -> list[tuple[int, int, str]]:
    m = _CLOSING_TAIL.search(text, max(0, len(text) - 40))
    if m is None or not _strong_word(m.group("w")) or not _CLOSING.search(text, max(0, m.start() - 20), m.start()):
        return []
    return [(m.start("w"), m.end("w"), _kind(m.group("w")))]


def _weak(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    out = []
    for m in pattern.finditer(text):
        ok, kind = _weak_word(m.group("w"))
        if ok:
            out.append((m.start("w"), m.end("w"), kind))
    return out


def _agents(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _BY.finditer(text):
        word = m.group("w")
        ok, kind = _weak_word(word)
        if not ok and m.group("verb").lower() in _PEOPLE_VERBS:
            # After a verb of a person's hand: a listed given name that is also a word ("Checked by Marcel."), or a
            # word no list holds that is no word nor place of any kind ("Checked by Momodou.").
            low = word.lower()
            ok = given_word(word) or (_strong_word(word) and low not in _nouns_and_places())
            kind = _kind(word)
        if ok:
            out.append((m.start("w"), m.end("w"), kind))
    return out


def _last_word(text: str) -> list[tuple[int, int, str]]:
    m = _LAST_WORD.search(text, max(0, len(text) - 50))
    if m is None or not _weak_word(m.group("w"))[0]:
        return []
    return [(m.start("w"), m.end("w"), E.FIRST_NAME)]


def _roles(text: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    if not words & _ROLES:
        return []
    out = []
    for m in _ROLE.finditer(text):
        if m.group("role").lower() not in _ROLES:
            continue
        word = m.group("w")
        ok, kind = _weak_word(word)
        # Before a birth word the role names a person for sure: any capitalised word that is no ordinary word.
        born = re.match(r"[ \t]*(?:born|b\.|dob|aged)(?![\w])", text[m.end("w") :])
        if ok or (born and (_listed_word(word) or (_strong_word(word) and word.lower() not in _nouns_and_places()))):
            out.append((m.start("w"), m.end("w"), kind or _kind(word)))
    return out


def lone_cued_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of one-word names (a list's two-word items too) that a cue marks (module
    docstring); may overlap other rules' spans (the caller resolves)."""
    if len(text) < 6:
        return []
    words = lower_words(text)
    out: list[tuple[int, int, str]] = []
    if ":" in text:
        out += _chat(text)
        if words & _APOLOGY_WORDS:
            out += _apologies(text)
    if "," in text[-60:]:
        out += _closing(text)
    if "by" in words:
        out += _agents(text)
    out += _roles(text, words) + _last_word(text)
    if words & _SUBJECT_WORDS:
        out += [s for s in _weak(text, _SUBJECT) if _opens(text, s[0])]
    if words & _OBJECT_WORDS:
        out += _weak(text, _OBJECT)
    return list(dict.fromkeys(out))
