"""An initial and a surname that the words before them place in a sentence: ``Sold to D. Roman``,
``Owner G. Ceschi, 068 ...``, ``patient J. Sigbergsdóttir``, ``Seller A. Ocaña Palacios says``.

:mod:`text_names` takes ``K. Davis`` when the surname is listed and no ordinary word, or when the
initial opens a line or a form field. Surnames that are also words (``Roman``, ``Pastor``, ``Chiesa``,
``Monte``), surnames no list holds (Maltese ``Xuereb``, Icelandic ``Þrastarsdóttir``) and the second
surname of Spanish names (``J. Luna Blanes``) need what comes before the initial:

- a function word of a supported language (``to``, ``by``, ``and``, ``for``, ``di``, ``von``), a role
  word (``owner``, ``seller``, ``patient``, ``godparent``), or a comma, colon, semicolon, bracket or the
  start of a line;
- not a word the letter belongs to (``Vitamin D. Take``, ``Appendix B. Young``, ``Group C. Smith``:
  no function or role word) nor a sentence's full stop; after an article (``got an A. Great job``) the
  surname must be no ordinary word;
- or, anywhere, a verb of the third person or the past right after a surname that is no ordinary word: the
  pair is a sentence's subject (``Nybogade 9. T. Heilmann asks that letters ...``).

The surname is a listed family name (any covered locale), an Icelandic patronymic (``-son``,
``-dóttir``) or a capitalised word no vocabulary holds; no function word, title, calendar word or place.
A second such surname right after joins the span (``Luna Blanes``) when it is no English word.

Example::

    initial_cued_name_spans("Sold to D. Roman on Saturday")  # [(8, 16, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["initial_cued_name_spans"]

_UP = LATIN_UPPER
_LOW = LATIN_LOWER
_SURNAME = rf"[{_UP}](?:'|’)?[{_LOW}][{_UP}{_LOW}'’]*(?:-[{_UP}][{_LOW}'’]+)?"
# Particles before a surname, capitalised after an initial as French, Portuguese, Dutch and Welsh notes write
# them ("M. Le Goff", "J. De Sousa", "P. Bruijne van der Veen", "G. ap Rhys").
_PARTICLE = r"(?:[DdLl]e|[Ll]a|[Dd]a|[Dd]i|[Dd]u|[Dd]el|[Dd]ella|[Dd]os|[Dd]as|[Vv]an|[Vv]on|[Tt]en|[Tt]er|ap|ab|'s)"
_INITIAL = re.compile(
    rf"(?<![\w.'’\-])(?P<init>(?:[{_UP}]\.[ \t]?){{1,2}})[ \t]*(?P<lead>{_PARTICLE}[ \t]+)?(?P<last>{_SURNAME})"
    rf"(?:[ \t]+(?P<second>{_SURNAME}))?"
    rf"(?P<tail>(?:[ \t]+(?:van|von|de|der|den|del|della|di|da|dos|du|la|le|ten|ter|ap)){{1,3}}[ \t]+{_SURNAME})?"
    rf"(?![\w'’\-])"
)
_PUNCT_BEFORE = re.compile(r"(?:^|[,:;(\[/\n|]|\s[-–])[ \t]*$")
# The word before, with a gender ending in brackets or after a slash ("soussigné(e)", "sottoscritto/a").
_WORD_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<word>[{_UP}{_LOW}'’]+)(?:\([{_LOW}]{{1,2}}\)|/[{_LOW}]{{1,2}})?[ \t]+$")
# Salutations and the words of declarations and applications that a person's name follows ("Dear K. Varga",
# "Gentile S. Gianni", "Je soussigné(e) G. Noël", "Ondergetekende P. Bruijne", "Candidate D. Reese-Wyatt").
_ADDRESSING = frozenset(
    """dear dearest hi hello hey gentile gentili egregio egregia caro cara carissimo carissima bonjour cher chère
    beste geachte hallo liebe lieber geehrte geehrter estimado estimada querido querida hola olá prezado prezada
    kedves tisztelt tere lugupeetud hea sveiki gerbiamas gerbiama gerbiamoji spoštovani spoštovana draga dragi
    kæri kæra annwyl helo undersigned soussigné soussignée ondergetekende unterzeichnete unterzeichneter
    unterfertigte sottoscritto sottoscritta firmante suscrito suscrita candidate candidat candidata kandidat
    kandidatin kandidaat""".split()  # noqa: SIM905
)
_ARTICLES = frozenset(("a", "an", "the", "un", "une", "ein", "eine", "el", "il", "lo", "uno", "una", "um", "uma",
                       "een", "en", "ett"))  # fmt: skip
_PATRONYMIC = re.compile(r"(?:son|dóttir|dottir)$")
_CALENDAR = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december")
)  # fmt: skip


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], ...]:
    """(family names, function words, role words, places, ordinary words), lower case."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS

    roles = ROLE_WORDS | frozenset(
        """owner seller buyer vendor sender recipient godparent godmother godfather witness patient pupil student
        teacher instructor driver rider member user holder applicant signatory contact attn cc""".split()  # noqa: SIM905
    )
    places = gazetteers.all_cities() | gazetteers.all_regions()
    return (
        family_names() | gazetteers.last_names(),
        latin_stop_words(),
        roles,
        frozenset(places),
        frozenset(common_words() | english_vocabulary()),
    )


def _surname_kind(word: str) -> str:
    """'listed', 'unknown' or '' (no surname)."""
    family, stop, _, places, ordinary = _vocab()
    low = word.lower()
    if low in stop or low in _CALENDAR or len(low) < 2:
        return ""
    if is_title(word) and low not in gazetteers.last_names():
        return ""  # "Pastor" is a title and a surname: after an initial it is the surname
    if low in family or low.split("-")[0] in family or (_PATRONYMIC.search(low) and len(low) > 6):
        return "listed" if low not in places or low in gazetteers.last_names() else ""
    return "" if low in ordinary or low in places else "unknown"


def _tail_ok(tail: str | None) -> bool:
    """Particles and a surname after the surname ("van der Veen"): the particles say it is a name, so a listed
    family name counts even when it is a place too."""
    if not tail:
        return False
    last = tail.split()[-1]
    return bool(_surname_kind(last)) or last.lower() in _vocab()[0]


def _placed(text: str, start: int, wordy: bool) -> bool:
    """The initial follows punctuation, a line start, a function word or a role word; after an article
    (``got a B. Young``, also Italian ``a`` = to) only when the surname is no ordinary word (``wordy``)."""
    before = text[max(0, start - 40) : start]
    if _PUNCT_BEFORE.search(before):
        return True
    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    _, stop, roles, _, _ = _vocab()
    word = m.group("word").lower()
    if wordy and word in _ARTICLES:
        if word != "a":
            return False
        from safe_synthesizer.pii.text_ner import _english_text

        return not _english_text(text)  # Italian, French, Spanish, Portuguese "a" is "to"
    return word in stop or word in roles or word in _ADDRESSING


_NEXT_WORD = re.compile(r"[ \t]+([a-z']+)")


def _subject(text: str, m: re.Match[str], wordy: bool) -> bool:
    """The initial and surname open a sentence as its subject: a verb of the third person or the past follows
    the surname (``Nybogade 9. T. Heilmann asks that ...``, ``M. Kovacs rang``); the surname is no ordinary word
    (``Appendix B. Young was`` stays)."""
    from safe_synthesizer.pii.text_name_subject import is_subject_verb

    if wordy or m.group("second"):
        return False
    nxt = _NEXT_WORD.match(text, m.end("last"))
    return nxt is not None and is_subject_verb(nxt.group(1))


def initial_cued_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Initial + surname after a placing word (see the module docstring)."""
    if "." not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _INITIAL.finditer(text):
        last = m.group("last")
        wordy = last.lower() in _vocab()[4]
        kind = _surname_kind(last)
        # A listed family name that is a town too ("Lynge") counts as a subject: towns do not ask or ring.
        subject = (kind or last.lower() in _vocab()[0]) and _subject(text, m, wordy)
        if not subject and not (kind and _placed(text, m.start(), wordy)):
            continue
        end = m.end("last")
        second = m.group("second")
        if second and _surname_kind(second) and second.lower() not in _vocab()[4]:
            end = m.end("second")
            # "P. Barbara Bruijne van der Veen": particles and a last surname after the second one.
            if _tail_ok(m.group("tail")):
                end = m.end("tail")
        elif _tail_ok(m.group("tail")):
            end = m.end("tail")  # "H. Bruijne van der Veen"
        out.append((m.start(), end, E.NAME))
    return out
