"""Lower-case names that the layout of a message marks: greetings, sign-offs, mail headers, initials,
field labels and role words.

Replies, chat exports and intake logs are typed fast and keep names as typed, in lower case (or in
capitals): ``Thanks margrit, that works``, ``> On 07.07.2024, ellinor lindau <l@mude.de> wrote:``,
``... if you need it. Thanks, michael prince``, ``fyi s. moore came in``, ``NAME: lotte rupp``,
``Supervision 05/11/2024: dorita nadal attended``, ``customer elena zanetti says``, ``has anyone got a
working number for sarah corbett?``. Each rule wants its layout *and* listed names:

- greeting: ``thanks``/``hi``/``hello``/``hey``/``dear``/``cheers`` opening a line or sentence, then one
  listed given name and a comma, ``!`` or line end (``thanks all,`` and ``hi there!`` hold no name);
- display name: the words right before ``<address@domain>`` (a mail header), each a listed name or a word
  no vocabulary holds, one of them listed (``Support Team <...>`` keeps its words);
- sign-off: ``thanks,``/``regards,``/``cheers,`` then a given and a family name ending the line;
- initial: one letter, a dot and a listed family name that is no English adjective, verb or adverb
  (``s. moore``; ``e.g. smith`` and ``vitamin d. take`` stay);
- label: a colon, then a listed given name and a listed (or unknown) family name, neither an English
  adjective, verb or adverb, and not both English nouns unless the label names a person or a street line
  follows the pair (``delivery note: tom smith - 548 Rachel Drive``);
- role: a role word (``customer``, ``new starter``) or ``number for``, then a listed given name and a
  family name no vocabulary holds (``zanetti``: the lists lack it);

Example::

    lower_cue_name_spans("Thanks margrit, that works. fyi s. moore came in")  # [(7, 14, ...), (32, 40, ...)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.text_name_lower_memo import memo_name_spans

__all__ = ["lower_cue_name_spans"]

_L = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšșţțťŧũūŭůűųŵŷźżž"
_U = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠȘŢȚŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LWORD = rf"[{_L}][{_L}'’]*(?:-[{_L}]+)?"
_UWORD = rf"[{_U}][{_U}'’]*(?:-[{_U}]+)?"
_ANY = rf"[{_U}{_L}][{_U}{_L}'’]*(?:-[{_U}{_L}]+)?"
_END = r"(?![\w'’\-@])"

_GREETING = re.compile(
    rf"(?:^|(?<=[\n.!?>]))[ \t>]*(?i:thanks|thank you|thx|hi|hello|hey|hiya|dear|cheers|morning|evening)"
    rf"[ \t]+(?P<first>{_LWORD}|{_UWORD})(?=[ \t]*(?:[,!]|\n|$))"
)
_DISPLAY = re.compile(rf"(?P<name>{_ANY}(?:[ \t]+{_ANY}){{0,3}})[ \t]*<[^<>@\s]+@[^<>\s]+>")
_SIGN_OFF = re.compile(
    rf"(?<![\w'’])(?i:thanks|thank you|many thanks|regards|kind regards|best regards|best|cheers|sincerely|thx)"
    rf"(?:[ \t]*[,.!][ \t\n]*|[ \t]*\n[ \t\n]*)(?P<first>{_LWORD})[ \t]+(?P<last>{_LWORD})[ \t.!]*(?=\n|$)"
)
_INITIAL = re.compile(rf"(?<![\w.’'@/])[a-zA-Z]\.[ \t]?(?P<last>{_LWORD}){_END}")
_LABELLED = re.compile(rf":[ \t]+(?P<first>{_LWORD})[ \t]+(?P<last>{_LWORD}){_END}")
_TOKEN = re.compile(rf"{_ANY}")
_PERSON_LABEL = re.compile(
    r"(?i:(?:name|names|surname|nom|nombre|nome|navn|namn|nimi|naam|imię|nazwisko|jméno|isim|nama|tên|"
    r"contact|caller|patient|client|tenant|applicant|member|from|to|cc|kin)[ \t]*"
    # a questionnaire's answer: "Q1 Your name? A: marina morcillo"
    r"(?:\?[ \t]*(?:a|ans|answer|r|rép|resp|antw|antwort)?\.?[ \t]*)?)$"
)
# Words a greeting names that are no person ("thanks all", "hi team").
_NOT_ADDRESSED = frozenset(
    "all again everyone everybody team guys folks so very much lot both you mate love dear there anyway".split()  # noqa: SIM905
)
# A street line after a name and a dash or comma, number first ("- 548 Rachel Drive", ", 12 rue Gay") or last
# ("- Podháj 65", ", Via Roma 5"): a manifest's or a slip's "name - address".
_ADDRESS_AFTER = re.compile(
    rf"[ \t]*[-–,][ \t]*(?:\d{{1,5}}[a-zA-Z]?,?[ \t]+[{_U}{_L}]"
    rf"|[{_U}][{_U}{_L}'’.\-]*(?:[ \t]+[{_U}{_L}][{_U}{_L}'’.\-]*){{0,3}}[ \t]+\d{{1,5}}[a-zA-Z]?(?![\w/.:]))"
)
_FOR_CUES = frozenset(("number for", "details for", "address for", "contact for", "phone for", "email for"))
_ROLE_EXTRA = frozenset(("starter", "joiner", "leaver", "backer", "member", "holder", "owner", "supporter"))


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(function words, English adjectives/verbs/adverbs and common words, English nouns, places)."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    never = common_words() | english_vocabulary(("adj", "verb", "adv"))
    places = gazetteers.all_cities() | gazetteers.all_regions()
    return latin_stop_words(), frozenset(never), english_vocabulary(("noun",)), frozenset(places)


def _kind(word: str, names: frozenset[str], unknown_ok: bool) -> str:
    """``"strong"`` (listed and no English word), ``"unknown"`` (with ``unknown_ok``: letters only, no word
    of any vocabulary nor an inflected English word), ``"noun"`` (listed, an English noun), ``"word"``
    (listed, another English word) or ``""``."""
    stop, never, nouns, places = _vocab()
    low = word.lower()
    if len(low) < 2 or low in stop or low in places:
        return ""
    listed = low in names or low.split("-")[0] in names
    if low in never:
        return "word" if listed else ""
    if low in nouns:
        return "noun" if listed else ""
    if listed:
        return "strong"
    ok = unknown_ok and len(low) >= 3 and low.replace("-", "").isalpha() and not _inflected(low)
    return "unknown" if ok else ""


def _inflected(low: str) -> bool:
    """An inflected English word ("layering", "wanted", "dresses"): its stem is in the vocabulary."""
    _, never, nouns, _ = _vocab()
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ly", "")):
        if low.endswith(suffix) and (stem := low[: -len(suffix)] + repl) and (stem in never or stem in nouns):
            return True
    return False


@lru_cache(maxsize=1)
def _family_list() -> frozenset[str]:
    return family_names() | gazetteers.last_names()


def _family(word: str, unknown_ok: bool = True) -> str:
    return _kind(word, _family_list(), unknown_ok)


def _given(word: str) -> str:
    return _kind(word, given_names(), False)


def _pair_ok(first: str, last: str, person_label: bool, place_given: bool = False) -> bool:
    """A listed given name and a family name; an English word among them ("ole thygesen", "michelle
    cooper") only where a label or role word says a person follows, beside a listed name that is no word.
    With ``place_given`` (a label names a person) a given name that is also a place (``marina``, ``florence``)
    counts as such a word."""
    g, f = _given(first), _family(last)
    if not g and place_given and first.lower() in given_names():
        g = "word"
    if not g or not f:
        return False
    if "word" in (g, f):
        return person_label and "strong" in (g, f)
    return person_label or (g, f) != ("noun", "noun")


def _greetings(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _GREETING.finditer(text):
        word = m.group("first")
        if word.lower() not in _NOT_ADDRESSED and _given(word):
            out.append((m.start("first"), m.end("first"), E.NAME))
    return out


def _display_names(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _DISPLAY.finditer(text):
        tokens = list(_TOKEN.finditer(text, m.start("name"), m.end("name")))
        # The name is the words after the header's own ("On 07.07.2024, ellinor lindau", "Sent by ...").
        while tokens and not (_given(tokens[0].group()) or _family(tokens[0].group(), unknown_ok=False)):
            tokens = tokens[1:]
        kinds = [_given(t.group()) or _family(t.group()) for t in tokens]
        # Every word a name or no word at all, one of them a name that is no English word.
        if tokens and all(kinds) and ("strong" in kinds or "unknown" in kinds):
            out.append((tokens[0].start(), tokens[-1].end(), E.NAME))
    return out


def _sign_offs(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start("first"), m.end("last"), E.NAME)
        for m in _SIGN_OFF.finditer(text)
        if _pair_ok(m.group("first"), m.group("last"), person_label=True)
    ]


def _initials(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _INITIAL.finditer(text):
        if _family(m.group("last"), unknown_ok=False) in ("strong", "noun"):
            out.append((m.start(), m.end("last"), E.NAME))
    return out


def _labelled(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _LABELLED.finditer(text):
        label = text[max(0, text.rfind("\n", 0, m.start()) + 1) : m.start()]
        person_label = bool(_PERSON_LABEL.search(label))
        # "delivery note: tom smith - 548 Rachel Drive": a street line right after the pair says it is the
        # addressee, so a given and a family name that are also English words ("tom", "smith") count too.
        addressed = bool(_ADDRESS_AFTER.match(text, m.end())) and _given(m.group("first")) and _family(m.group("last"))
        if addressed or _pair_ok(m.group("first"), m.group("last"), person_label, place_given=person_label):
            out.append((m.start("first"), m.end("last"), E.NAME))
    return out


_ANY_WORD = re.compile(r"[^\W\d_]+")
_FOR_HEADS = frozenset(c.split()[0] for c in _FOR_CUES)
_ROLE_AT = re.compile(rf"(?P<cue>[^\W\d_]+(?:[ \t]+for)?)[ \t]+(?P<first>{_LWORD})[ \t]+(?P<last>{_LWORD}){_END}")


def _roles(text: str) -> list[tuple[int, int, str]]:
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS

    out = []
    for w in _ANY_WORD.finditer(text):
        low = w.group().lower()
        # Cheap test first: most words are no role word ("a working number for" tries "number" only).
        if low not in ROLE_WORDS and low not in _ROLE_EXTRA and low not in _FOR_HEADS:
            continue
        if w.start() and (text[w.start() - 1].isalnum() or text[w.start() - 1] in "'’"):
            continue
        m = _ROLE_AT.match(text, w.start())
        if m is None:
            continue
        cue = " ".join(m.group("cue").lower().split())
        if cue not in _FOR_CUES and cue not in ROLE_WORDS and cue not in _ROLE_EXTRA:
            continue
        if _pair_ok(m.group("first"), m.group("last"), person_label=True):
            out.append((m.start("first"), m.end("last"), E.NAME))
    return out


def lower_cue_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names the layouts of the module docstring mark; overlaps are resolved by the caller."""
    out: list[tuple[int, int, str]] = []
    if "<" in text and "@" in text:
        out += _display_names(text)
    if ":" in text:
        out += _labelled(text)
    if "." in text:
        out += _initials(text)
    # "spoke to jessica koros", "user=nicole allen", "mr quelverdri", "this is jane doe calling": memos.
    out += _greetings(text) + _sign_offs(text) + _roles(text)
    return out + [s for s in memo_name_spans(text) if s not in out]
