"""Name layouts of letters, tickets and chats that NER and the ``First Last`` pair rules miss.

- ``Patient: DAVIS, Kayla`` / ``account name Henríquez, Rubén``: a surname, a comma, a listed first
  name (the inverted order of lists, files and forms);
- ``K. Davis``, ``J.R. Tolkien``: initials before a surname (initials and surname are one span: a real
  initial kept beside a fake surname still points at the person);
- ``Hi Eugène,``, ``this is Teresa``, ``Good morning 香織!``, ``<Olivia> hey``, a first name alone on
  the line after ``Kind regards,``: a lone first name after a greeting, an introduction, a sign-off
  or as a chat handle;
- ``I'm Sunny Church``, ``je suis Anne Roux``: a speaker's own full name (the surname may be a word);
- ``Mr. 山下``: a title before a CJK name (CJK has no capitals to tell a name by).

Every rule needs a cue of its layout and a word that can be a name: a listed first name (Faker's
given names of all locales), or for surnames a listed surname or a capitalised word that is no
common word, place, title or calendar word. Spans never cross a line break.

Example::

    layout_name_spans("Patient: DAVIS, Kayla\\nHi Eugène, K. Moore called.")
    # [(9, 21, 'name'), (25, 31, 'name'), (36, 41, 'last_name')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_birth_subject import birth_subject_spans
from safe_synthesizer.pii.text_name_bracket_subject import bracket_subject_spans
from safe_synthesizer.pii.text_name_closings import closing_words
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import CJK_LETTERS

__all__ = ["layout_name_spans"]

_UP = r"A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOW = r"a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"
_CJK = CJK_LETTERS
# A capitalised word (``Eugène``, ``MacWilliams``, ``O'Neil``, ``García-López``) or one in capitals.
_CAPITALISED = rf"[{_UP}](?:'|’)?[{_UP}{_LOW}]*[{_LOW}][{_UP}{_LOW}'’]*(?:-[{_UP}][{_UP}{_LOW}'’]+)?"
_WORD = rf"(?:{_CAPITALISED}|[{_UP}][{_UP}'’\-]*[{_UP}])"
_CJK_NAME = rf"[{_CJK}]{{1,4}}"
_END = rf"(?![\w'’\-{_CJK}])"

# Particles before an inverted surname in any case ("van Dokkum, Ise", "VAN DE WATER, Femke").
_LEAD_PARTICLES = r"(?:(?i:van|von|de|der|den|du|da|di|del|della|la|le|ten|ter|dos|das|zu|af|'t)[ \t]+){0,3}"
_INVERTED = re.compile(
    rf"(?<![\w'’\-.])(?P<lead>(?:{_CAPITALISED}[ \t]+)?)(?P<particles>{_LEAD_PARTICLES})"
    rf"(?P<last>{_WORD}|{_CJK_NAME})[ \t]*,"
    rf"[ \t]*(?P<first>{_CAPITALISED}|{_CJK_NAME})"
    rf"(?:[ \t]+(?P<second>{_CAPITALISED}))?{_END}"
)
# After a pair: another capitalised item or a conjunction ("Berry, Ivory, Rose and Grace"): a list goes on.
_LIST_GOES_ON = re.compile(rf"[ \t]*(?:,[ \t]*[{_UP}]|(?:&|(?i:and|und|et|y|e|en|og|och|or|oder|ou|o)(?!\w)))")
_AFTER_INITIAL = re.compile(rf"(?<![\w.])[{_UP}]\.[ \t]*$")
_PARTICLES = r"(?:van|von|de|der|den|du|da|di|del|della|la|le|ten|ter|dos|das|í|á|bin|binti|ibn|ould)"
_INITIALS = re.compile(
    rf"(?<![\w.’'])(?:[{_UP}]\.[ \t]?){{1,2}}(?P<last>(?:{_PARTICLES}[ \t]+){{0,2}}{_CAPITALISED}){_END}"
)
# Verbs and phrases that introduce a person ("ask for Sky Lamb", "seen by Basil Hunter").
_PERSON_CUE = re.compile(
    r"(?i:(?<!\w)(?:ask for|asked for|speak to|speak with|spoke to|spoke with|talk to|contact|attn|attention|"
    r"c/o|care of|signed by|seen by|reviewed by|referred by|confirmed by|approved by|on behalf of|"
    # deliveries, marketplace and booking messages, SMS ("parcel for", "collect from", "msg")
    r"(?P<errand>parcel for|package for|delivery for|order for|placed under|booked under|registered to|"
    r"registered by|collect from|collected from|pick up from|leave (?:it |them )?with|left with|deliver to|"
    r"post (?:it |them )?to|send (?:it |them )?to|issued to|msg|dm|text|whatsapp|my neighbou?r)))"
    rf"[ \t:]+(?P<first>{_CAPITALISED})[ \t]+(?P<last>{_CAPITALISED}){_END}"
)
_GREETING = re.compile(
    r"(?i:(?<!\w)(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|morning|thanks|thank you|cheers|"
    r"this is|i'm|i am|my name is|bonjour|salut|cher|chère|hola|buenos días|estimad[oa]|querid[oa]|ciao|"
    r"gentile|caro|cara|hallo|liebe|lieber|hej|hei|moi|cześć|olá|prezad[oa]|merhaba|sayın|ahoj|vážen[ýá])"
    rf")[ \t]*,?[ \t]+(?P<first>{_CAPITALISED}|{_CJK_NAME}){_END}(?![ \t]+[{_UP}][{_LOW}])"
)
_SIGN_OFF = re.compile(
    r"(?i:(?:regards|wishes|thanks|thank you|cheers|best|sincerely|yours|love|greetings|saludos|cordialement|"
    r"grüße|gruß|groeten|pozdrawiam|abraços|atenciosamente|mvh|hälsningar|terveisin|saygılarımla|s pozdravem)"
    rf"[ \t]*[,!.]?[ \t]*\n[ \t]*)(?P<first>{_CAPITALISED}|{_CJK_NAME})[ \t]*$",
    re.MULTILINE,
)
# A speaker naming themselves in full ("I'm Sunny Church", "my name is Rose Best", "je suis Anne Roux"):
# the surname may be an ordinary word, the introduction says it is a name.
_INTRODUCTION = re.compile(
    r"(?i:(?<!\w)(?P<cue>i'm|i’m|i am|my name is|my name's|this is|je suis|je m'appelle|me llamo|mi chiamo|ich bin|"
    r"mein name ist|ik ben|mijn naam is|jestem|nazywam się|meu nome é|chamo-me|jag heter|jeg hedder|jeg heter|"
    r"jmenuji se|minun nimeni on|benim adım|adım))"
    rf"[ \t]+(?P<first>{_CAPITALISED})[ \t]+(?P<last>{_CAPITALISED}){_END}"
)
_HANDLE = re.compile(rf"(?<=<)(?P<first>{_CAPITALISED}|{_CJK_NAME})(?=>)")
# A CJK word standing alone among Latin text ("--\n石井 | Buyer", "for 高橋太郎:"): a name when it is a
# listed CJK name or splits into a listed family and a listed given name.
_CJK_ALONE = re.compile(rf"(?<![{_CJK}])[{_CJK}]{{1,6}}(?![{_CJK}])")
_TITLED_CJK = re.compile(rf"(?<!\w)(?P<title>[A-Za-z]{{1,5}}\.?)[ \t]*(?P<last>{_CJK_NAME})(?![{_CJK}])")
# A form label before a name on its line ("Patient:", "account name", "REPORTER:").
_LABEL = re.compile(r"(?:^|\n)[ \t]*[-*•]?[ \t]*[A-Za-z][A-Za-z .'/&]{0,24}[:\-][ \t]*$|(?i:\bname)[ \t:]*$")
_CALENDAR = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december")
)  # fmt: skip


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, surnames, common words, places), lower case."""
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_name_pairs import locale_names as _locale_names

    return gazetteers.first_names() | _locale_names(), gazetteers.last_names(), common_words(), place_names()


def _cjk(word: str) -> bool:
    return bool(re.match(rf"[{_CJK}]", word))


def _surname_ok(word: str, labelled: bool) -> bool:
    """A word that can be a surname here: listed, or capitalised and no common word, place or title."""
    _, surnames, common, places = _words()
    low = word.lower()
    if _cjk(word):
        return True
    if is_title(word.rstrip(".").capitalize()) or low in _CALENDAR:
        return False
    if low in common or low in places:
        # "Young, Anna" only in a form's field ("Patient: YOUNG, Anna") or in capitals.
        return low in surnames and (labelled or word.isupper())
    return True


def _given(word: str) -> bool:
    """A listed given name (not a family name: ``Lärm, Zimmer`` is a German noun and a surname) or a CJK word."""
    low = word.lower()
    return _cjk(word) or low in given_names() or low in gazetteers.first_names() or low.split("-")[0] in given_names()


def _first_ok(word: str, *, unlisted: bool) -> bool:
    """A listed first name, a CJK word, or (``unlisted``) a capitalised word that is no common word."""
    first, _, common, places = _words()
    low = word.lower()
    if _cjk(word) or low in first:
        return True
    return unlisted and low not in common and low not in places and not is_title(word.capitalize())


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # spaCy is the optional 'pii' extra
        return frozenset()
    return frozenset(STOP_WORDS)


def _name_word(word: str, places: frozenset[str]) -> bool:
    """A capitalised word that may be a name in an introduction: no function word, place or title."""
    low = word.lower()
    return low not in _function_words() and low not in places and low not in _CALENDAR and not is_title(word)


def _introduced_before(text: str, start: int) -> bool:
    """An introduction ("this is", "its", "soy", "hier ist") or a role word ("guest", "client") right before
    ``start`` on its line."""
    from safe_synthesizer.pii.text_name_intro import _INTRO_CUES, _cue_before
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS

    cues = _cue_before(text, start)
    if cues is None:
        return False
    gap = text[:start].rstrip(" \t")
    return cues[0].lower() in ROLE_WORDS or any(c.lower() in _INTRO_CUES and gap.endswith(c) for c in cues)


def _labelled(text: str, start: int) -> bool:
    return bool(_LABEL.search(text, max(0, start - 40), start))


# Words after which an inverted pair is a person ("returned by Hall, Norma", "sole trader Scarpa, Allegra"):
# role nouns and "by" (the agent), then prepositions (a place may follow them: "to Paris, France").
_PAIR_ROLES = frozenset(
    """by trader applicant candidate owner holder member signatory tenant patient pupil debtor guarantor borrower
    referee par von door""".split()  # noqa: SIM905
)
_PAIR_PREPOSITIONS = frozenset("to for from with pour avec für mit an bei da per con di voor met".split())  # noqa: SIM905
_WORD_END = re.compile(rf"(?:^|[ \t])(?P<word>[{_LOW}]+)[ \t]+$|[:;][ \t]*$")


def _placed_pair(text: str, m: re.Match[str]) -> bool:
    """A listed family name that is also a word or a town ("Hall", "Scarpa"), before a comma and a listed given
    name, right after a role word of a person or "by", a preposition, or a clause's colon ("Ward 7 discharge:
    Scarpa, Allegra"): the place says it is a surname. After a preposition or a colon neither word may be a
    town, and after a colon the surname no ordinary word ("Colours: Rose, Grace" stays)."""
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS, _countries

    lead = m.group("lead").strip().lower()  # "Owner Page, Jacqueline": a capitalised role word before
    if (lead and lead not in _PAIR_ROLES and lead not in ROLE_WORDS) or _cjk(m.group("last")):
        return False
    low, first = m.group("last").lower(), m.group("first").lower()
    if low not in family_names() or low in _CALENDAR or low in _function_words() or is_title(m.group("last")):
        return False
    _, _, common, places = _words()
    if first in common or first in _countries() or re.match(r"[ \t]*,[ \t]*[A-Z]", text[m.end("first") :]):
        return False  # "Colours: Rose, Grace, Lily": a list
    if lead:
        return True
    before = _WORD_END.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return False
    word = before.group("word")
    if word in _PAIR_ROLES or word in ROLE_WORDS:
        return True
    if word is None or word in _PAIR_PREPOSITIONS:
        return first not in places and (word is not None or low not in common)
    return False


def _first_surname(m: re.Match[str]) -> int:
    """Where an inverted name starts: Spanish and Portuguese write two surnames before the comma
    ("Raya Cabello, Rufina"); a capitalised word before the surname belongs to the name when it is a
    listed family name that is no function word, common word or place ("Query from Raya Cabello, ...")."""
    lead = m.group("lead").strip()
    if not lead:
        return m.start()
    _, surnames, common, places = _words()
    low = lead.lower()
    listed = low in surnames or low in family_names() or low.split("-")[0] in surnames
    if listed and low not in common and low not in places and low not in _function_words() and not is_title(lead):
        return m.start()
    return m.start("particles")


def _inverted_matches(text: str) -> Iterator[re.Match[str]]:
    """Every ``Surname, Given`` candidate, overlapping ones too: in "Ich, Becker, Hans-Otto, geb. am" or
    "Grazie, Sorrentino, Caterina" the failed pair "Ich, Becker" must not hide "Becker, Hans-Otto" after it
    (``finditer`` resumes after the failed match's end). A candidate inside an earlier one's words that a
    further list item or a conjunction follows ("Berry, Ivory, Rose and Grace") is a list, not a name."""
    pos, prev_end = 0, 0
    while (m := _INVERTED.search(text, pos)) is not None:
        if m.start() >= prev_end or not _LIST_GOES_ON.match(text, m.end()):
            yield m
        prev_end = max(prev_end, m.end())
        pos = m.start() + 1


def layout_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names written in the layouts above; overlaps with other rules are resolved by the caller."""
    out: list[tuple[int, int, str]] = []
    if "," in text:
        for m in _inverted_matches(text):
            last, first = m.group("last"), m.group("first")
            if _cjk(last) != _cjk(first) or last.lower() in closing_words():
                continue  # "Saludos, Cipriano Riquelme Silva": a closing and a signature, not "Surname, Given"
            # A particle before the surname ("van Soest, Giel") or a listed surname in capitals that is
            # also a month ("MAY, Tracy") says it is a surname.
            particled = bool(m.group("particles").strip())
            caps_month = last.isupper() and last.lower() in _CALENDAR and last.lower() in _words()[1]
            if not _given(first) or not (
                particled or caps_month or _surname_ok(last, _labelled(text, m.start())) or _placed_pair(text, m)
            ):
                continue
            if _AFTER_INITIAL.search(text, max(0, m.start() - 4), _first_surname(m)):
                continue  # "J. Williams, Kenneth Alvarado": a list of two names, not "Williams, Kenneth"
            end = m.end("first")
            if m.group("second") and _first_ok(m.group("second"), unlisted=False):
                end = m.end("second")
            out.append((_first_surname(m), end, E.NAME))
    if "." in text:
        _, surnames, common, _ = _words()
        for m in _INITIALS.finditer(text):
            # "Vitamin D. Take two", "U.S. Army": a listed surname, or any surname-like word at the
            # start of a line or a form field ("--\nJ. Colon | Buyer").
            last = m.group("last").split()[-1]
            # A field or a line of its own ("HR note - K. May asked", "--\nH. León | Buyer") lets a
            # surname that is also a word or a town count.
            field = _labelled(text, m.start()) or text.rfind("\n", 0, m.start()) == (
                len(text[: m.start()].rstrip(" \t")) - 1
            )
            # The initials belong to the person: "B. Diaz" is replaced whole ("M. Robertson"), never to
            # "B. Robertson", which keeps a real initial beside a surname the column may give away.
            if m.group("last") != last:  # "R. van Northeim": a particle after an initial is a surname
                out.append((m.start(), m.end("last"), E.NAME))
                continue
            # Family names of every covered locale count ("Svjedok T. Derežić", "dalyvavo A. Pocius").
            listed = last.lower() in surnames or last.lower() in family_names()
            # After an introduction or a role word ("this is T. Cross", "guest J. Winter") a listed surname
            # that is also a word is the person's.
            cued = listed and _introduced_before(text, m.start())
            if not (field or listed) or not (cued or _surname_ok(last, field)):
                continue
            if cued or last.lower() not in common or (field and last.lower() in surnames):
                out.append((m.start(), m.end("last"), E.NAME))
        for m in _TITLED_CJK.finditer(text):
            if is_title(m.group("title").rstrip(".").capitalize()):
                out.append((m.start("last"), m.end("last"), E.LAST_NAME))
    if re.search(rf"[{_CJK}]", text) and re.search(r"[A-Za-z]{3}", text):
        cjk = gazetteers.cjk_names()
        for m in _CJK_ALONE.finditer(text):
            word = m.group()
            if word in cjk or any(word[:i] in cjk and word[i:] in cjk for i in range(1, len(word))):
                out.append((m.start(), m.end(), E.NAME))
    _, surnames, _, places = _words()
    for m in _PERSON_CUE.finditer(text):
        first, last = m.group("first").lower(), m.group("last").lower()
        # The surname must be listed; the first name may be a word ("Sky", "Hope") but no place or month.
        # After an errand cue ("parcel for Esperança Mbala") a listed first name vouches for an unlisted
        # surname that is no common word, place or title (surnames of Angola, Moldova... are in no list).
        surname_ok = last in surnames
        if m.group("errand") is not None:
            # "deliver to Mary Street", "text Mark Twain Hotel": a longer proper noun or a common word is no
            # surname here, listed or not.
            after = text[m.end("last") : m.end("last") + 2]
            surname_ok = (
                first in given_names()
                and _surname_ok(m.group("last"), False)
                and last not in _function_words()
                and not (after[:1] in " \t" and after[1:2].isupper())
            )
        if surname_ok and first not in places and f"{first} {last}" not in places and first not in _CALENDAR:
            out.append((m.start("first"), m.end("last"), E.NAME))
    for m in _INTRODUCTION.finditer(text):
        first, last = m.group("first"), m.group("last")
        low = last.lower()
        listed = low in surnames or low.split("-")[0] in surnames
        # "this is" also introduces things ("this is Grace Period"): a listed first name then; after
        # "I'm" or "my name is" any two capitalised words but function words are a name.
        strong = m.group("cue").lower() != "this is"
        first_ok = _first_ok(first, unlisted=False) or (strong and _name_word(first, places))
        if first_ok and low not in _CALENDAR and low not in places and (listed or strong or _surname_ok(last, False)):
            out.append((m.start("first"), m.end("last"), E.NAME))
    english: bool | None = None
    for regex in (_GREETING, _SIGN_OFF, _HANDLE):
        for m in regex.finditer(text):
            word = m.group("first")
            if _first_ok(word, unlisted=False):
                out.append((m.start("first"), m.end("first"), E.NAME))
                continue
            # An unlisted capitalised word counts in English notes only: German capitalises its nouns
            # ("Liebe Eltern", "Hallo Team"), Dutch and others their salutations' words.
            if english is None:
                from safe_synthesizer.pii.text_ner import _english_text

                english = _english_text(text)
            if english and _first_ok(word, unlisted=True):
                out.append((m.start("first"), m.end("first"), E.NAME))
    # A given name alone as a bracket's subject or after a role noun ("(Timothy showed...)", "subject Ellie (child)").
    out += bracket_subject_spans(text)
    # A given name alone before its birth date ("Two children: Christine (born ...)", "Child Koldo, DOB ...").
    out += birth_subject_spans(text)
    return out
