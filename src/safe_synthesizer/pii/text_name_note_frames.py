"""Names in a note's frame: the sign-off that ends it, the speaker of a time-stamped chat line, the sender who
introduces themselves at the head of a pasted text message.

Staff notes are framed by who wrote or sent them, and the frame, not the sentence, says a person is meant:

- **sign-offs**: the note's last words after its last sentence: ``... about it. ~anusha``, ``... is needed.
  Approved - - Roger``, ``... ring Jos on +1 869-557-8095. Thanks, (Patrice W.)``, ``... emailed a@b.com. cheers
  Arlene L.``, ``... Kaart bijwerken. elvis x``, ``Gruß - Roswitha K.``, ``(Connie GARDNER)``, ``Mary KELLEY x``.
  A sign-off is a mark (``~``, ``- -``, ``--``, ``//``, a dash, brackets, a kiss ``x``, a closing word ``cheers``,
  ``thanks``, ``Gruß``) then one name, maybe an initial or a surname after it, and nothing but a stop, a closing
  bracket or a kiss before the text ends; three words are a phrase, not a signature. The closing words, ``x`` and
  ``ok``/``done``/``asap``/``tbc`` are never the name: a lower-case word must be a listed given name
  (``given_kind``), a capitalised one a listed given or family name, or, in a sure frame (``~``, ``- -``, ``//``,
  two marks, a closing word, a kiss, an initial after it, or two words in brackets), a word no vocabulary holds
  (``~Ubaldus``, ``- Okot L.``, ``(Rudsel Cicilia)``); ``(Makita)`` alone ends a tool note. A single dash, brackets
  or a closing word alone must follow a sentence's end, a phone number or an e-mail address (``Paris - Lyon`` is
  no sign-off). A name in a script without capitals (``(曹明輝)``) signs a note written mostly in Latin letters
  (three Latin letters to one of its script: a Korean address's ``(영진서이동)`` is no signature).
- **chat lines** stamped with a time alone: ``[10:42] Beate: running late, sorry! [10:43] us: no worries.``: the
  run before the colon is the speaker, unless it is a word a thread writes for no person (``us``, ``me``, ``staff``,
  ``Mum``); it must be a listed given name, or a name-shaped word where the text holds two stamped turns.
  (:mod:`text_name_chat_export` needs the date too; :mod:`text_name_chat_layouts` reads lower-case speakers.)
- **self-introductions at a message's head**: ``SMS 14:07 - david here, ignore the other number``, ``Txt: hiu tung
  here``, ``hi, Marta here.``: after a message word (``SMS``, ``Txt``, ``VM``, ``WhatsApp``) a listed name or any
  word that is no function word, English adjective, verb or adverb (``still here``, ``parked here`` name no one) is
  the sender; after a greeting only a listed name. ``Txt from Stewart Vaughan: can ...``: capitalised words after a
  message word and ``from``, one of them listed and each a listed name or no word (``Txt from School Office:``
  names no one); one word alone must be a listed given name.

Only the text decides, so under DP a record's fake depends on that record only. Cheap: the sign-off looks at the
last 120 characters; the chat and head rules run only where the text holds ``[`` or ``here``.

Example::

    note_frame_name_spans("Spoke to Adweta about it. ~anusha")  # [(27, 33, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import given_word
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["chat_time_speaker_spans", "message_head_spans", "note_frame_name_spans", "signoff_frame_spans"]

# A word of a name: letters (marks of Indic scripts inside), inner apostrophes and hyphens.
_W = r"[^\W\d_][^\s\d:,;!?()\[\]\"<>@/~.+=*#&|]*"
_INITIAL = rf"[{LATIN_UPPER}]\."
_CLOSING = (
    r"(?i:cheers|thanks|thank[ \t]+you|many[ \t]+thanks|thx|ta|gruß|grüße|lg|groetjes|groeten|merci|bisous|"
    r"saludos|gracias|grazie|ciao|obrigad[oa]|abraços?|tak|díky|danke|love|best|regards)"
)
# A kiss is no name: ``Mia x`` ends with its kiss.
_NO_KISS = r"(?!x{1,3}[ \t]*[.!]?[ \t]*\Z)"
_MARK = r"(?P<mark>~|-[ \t]*-|--|//|-|–|—)"
_SIGNOFF = re.compile(
    rf"(?:(?P<closing>{_CLOSING})[,!]?[ \t]+){{0,2}}(?:{_MARK}[ \t]*)?(?P<open>\()?[ \t]*"
    rf"(?!{_CLOSING}[ \t,!])(?P<first>{_W})(?:[ \t]+(?:(?P<init>{_INITIAL})|{_NO_KISS}(?P<second>{_W})))?"
    rf"(?:[ \t]+(?:(?P<init2>{_INITIAL})|{_NO_KISS}(?P<third>{_W})))?"
    rf"[ \t]*(?P<close>\))?[ \t]*(?P<kiss>x{{1,3}})?[ \t]*[.!]?[ \t]*\Z"
)
# What a weak mark (a single dash, a bracket, a closing word, a kiss) must follow: a sentence's end, a line's end,
# an e-mail address or a digit (a phone number), or nothing (a note that is only its sign-off).
_AFTER_SENTENCE = re.compile(r"(?:[.!?)]|\n|@[\w\-]+(?:\.[\w\-]+)+|\d)[ \t]*\Z|\A[ \t]*\Z")
_STRONG = ("~", "--", "//")
_SPACE = re.compile(r"\s+")
# Words a frame may hold that are no person.
_NOT_PEOPLE = frozenset(
    """us me we you them they i everyone everybody all someone nobody staff team office desk reception admin
    system bot user agent customer client support host guest caller mum mom dad nan nana gran granny grandma
    grandpa auntie uncle boss manager x xx xxx ok okay done asap pls please tbc tba thanks thx cheers ta love
    best regards note notes update reminder fyi nb ps re""".split()  # noqa: SIM905
)
_LATIN = re.compile(rf"[{LATIN_UPPER}{LATIN_LOWER}]")
_CHAT = re.compile(
    rf"(?:^|(?<=\s))\[\d{{1,2}}[:.]\d{{2}}(?:[ \t]?(?i:[ap]\.?m\.?))?\][ \t]*(?P<name>{_W}(?:[ \t]+{_W}){{0,2}})"
    r"[ \t]*:(?=[ \t]|$)",
    re.MULTILINE,
)
_STAMP = re.compile(r"\[\d{1,2}[:.]\d{2}")
_HEAD = re.compile(
    r"\A[ \t]*(?P<head>(?i:sms|txt|text|msg|message|vm|voicemail|voice[ \t]?mail|whatsapp|wa|imessage|signal))\b"
    rf"[^\n]{{0,25}}?[ \t]*[-–—:][ \t]*(?P<name>{_W}(?:[ \t]+{_W})?)[ \t]+(?i:here)(?=[ \t,.!:;\-–—]|\Z)"
)
_CAPW = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?(?:-[{LATIN_UPPER}]?[{LATIN_LOWER}]+)?"
# "Txt from Stewart Vaughan: can ...", "VM from Eun-ji Choi - ...": the sender after a message word and "from".
_FROM = re.compile(
    r"\A[ \t]*(?i:sms|txt|text|msg|message|vm|voicemail|voice[ \t]?mail|whatsapp|missed[ \t]+call)"
    r"(?:[ \t]+\d{1,2}[:.]\d{2})?[ \t]+(?i:from)[ \t]+"
    rf"(?P<name>{_CAPW}(?:[ \t]+{_CAPW}){{0,2}})[ \t]*(?=[:,\-–—(]|\Z)"
)
_GREETING = re.compile(
    r"(?:\A|(?<=[.!?\n])[ \t]*)[ \t]*(?i:hi|hey|hello|hiya|morning|evening|afternoon)[,!]?[ \t]+"
    rf"(?P<name>{_W}(?:[ \t]+{_W})?)[ \t]+(?i:here)(?=[ \t,.!:;\-–—]|\Z)"
)


def _latin(word: str) -> bool:
    return bool(_LATIN.search(word))


@lru_cache(maxsize=4096)
def _given(word: str, weak: bool) -> bool:
    """A listed given name: capitalised as :func:`given_word` takes it after a cue, or in lower case (strong, or weak
    where the frame allows: ``mark``, ``grace``)."""
    low = word.lower()
    if low in _NOT_PEOPLE:
        return False
    if word[:1].isupper() and not word.isupper():
        return given_word(word)
    kind = given_kind(low)
    return kind == "strong" or (weak and kind == "weak")


@lru_cache(maxsize=4096)
def _family(word: str) -> bool:
    """A listed family name written capitalised (``Gardner``) or in capitals (``GARDNER``): no word or place."""
    low = word.lower()
    if low in _NOT_PEOPLE or not (word[:1].isupper()):
        return False
    return low in family_names() and family_kind(low) == "strong"


def _unlisted(word: str, surname: bool = False) -> bool:
    """A capitalised word no vocabulary holds (``Ubaldus``), as :func:`capital_name_word` reads it."""
    if word.lower() in _NOT_PEOPLE or not word[:1].isupper():
        return False
    shaped = word if not word.isupper() or len(word) < 2 else word.capitalize()
    return capital_name_word(shaped, alone=False, surname=surname)


def _second_ok(word: str, first_lower: bool) -> bool:
    """The word after a signed given name: a family name (listed, or capitalised and no word), or another name."""
    if first_lower:
        return word.islower() and (family_kind(word) in ("strong", "unknown") or given_kind(word) == "strong")
    if word.isupper() and len(word) > 1:
        return _family(word) or _unlisted(word, surname=True)
    return _family(word) or given_word(word) or _unlisted(word, surname=True)


def signoff_frame_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the name signing off at the end of ``text`` (see the module docstring)."""
    # The frame starts at one of the last eight words (``Gruß cheers - (Anne K.) x``): anchored tries there only.
    tail_at = max(0, len(text) - 120)
    starts = [m.end() for m in _SPACE.finditer(text, tail_at)][-8:]
    if tail_at == 0:
        starts.insert(0, 0)
    m = None
    for pos in starts:
        m = _SIGNOFF.match(text, pos)
        if m is not None:
            break
    if m is None:
        return []
    tail_at = 0  # the match's offsets are the text's own
    if m.group("third") or m.group("init2"):  # three words: a phrase's end, not a signature
        return []
    if bool(m.group("open")) != bool(m.group("close")):
        return []
    mark = re.sub(r"[ \t]", "", m.group("mark") or "")
    start = tail_at + m.start()
    if start and (text[start - 1].isalnum() or text[start - 1] in "/@&'’_"):  # "spring/summer xx": one word's part
        return []
    strong = mark in _STRONG
    framed = bool(mark or m.group("open") or m.group("closing") or m.group("kiss"))
    if not framed:
        return []
    # Weak marks sign only after a sentence, a phone number or an e-mail address; a kiss signs anywhere.
    # Two marks (``Approved - (thérèse)``, ``Thanks, ~rosemonde``) sign anywhere too.
    double = bool(mark) and bool(m.group("open") or m.group("closing"))
    if not (strong or double or m.group("kiss")) and not _AFTER_SENTENCE.search(text, max(0, start - 80), start):
        return []
    first, second = m.group("first"), m.group("second")
    if first.lower() in _NOT_PEOPLE or (second and second.lower() in _NOT_PEOPLE):
        return []
    f0 = tail_at + m.start("first")
    if not _latin(first) or (second and not _latin(second)):
        if _latin(first) or (second and _latin(second)):
            return []
        before = text[:start]
        other = sum(1 for ch in before if ch.isalpha() and not _LATIN.match(ch))
        near = any(ch.isalpha() and not _LATIN.match(ch) for ch in before[-40:])  # an address line's own words
        if near or len(_LATIN.findall(before)) <= 3 * other:  # a note in that script: maybe its own words
            return []
        end = tail_at + (m.end("second") if second else m.end("first"))
        return [(f0, end, E.NAME)]
    # Strong frames take a weak given name (also a word) or an unlisted one; brackets and a bare dash take listed.
    # An initial after the name (``- Okot L.``) or a second name word in brackets (``(Rudsel Cicilia)``) is sure too.
    sure = strong or double or bool(m.group("closing") or m.group("kiss") or m.group("init"))
    sure = sure or bool(m.group("open") and second)
    lower = first.islower()
    if lower:
        ok = _given(first, weak=sure)  # "- rose" after a bare dash may be the flower
    elif first.isupper():
        ok = False
    else:
        ok = _given(first, weak=True) or _family(first) or (sure and _unlisted(first))
    if not ok:
        return []
    if second:
        if not _second_ok(second, lower):
            return []
        return [(f0, tail_at + m.end("second"), E.NAME)]
    kind = E.LAST_NAME if not lower and _family(first) and not _given(first, weak=True) else E.FIRST_NAME
    return [(f0, tail_at + m.end("first"), kind)]


def _speaker_ok(words: list[str], turns: int) -> bool:
    if any(w.lower().strip("'’-") in _NOT_PEOPLE for w in words):
        return False
    if not all(_latin(w) for w in words):
        return not any(_latin(w) for w in words) and turns >= 2
    first = words[0]
    if first.islower():
        return False  # lower-case speakers: text_name_chat_layouts
    listed = _given(first, weak=True) or _family(first)
    if not (listed or (turns >= 2 and _unlisted(first))):
        return False
    return all(_second_ok(w, False) for w in words[1:])


def chat_time_speaker_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the speakers of ``[10:42] Name:`` lines (see the module docstring)."""
    if "[" not in text or ":" not in text:
        return []
    turns = len(_STAMP.findall(text))
    out = []
    for m in _CHAT.finditer(text):
        words = m.group("name").split()
        if _speaker_ok(words, turns):
            out.append((m.start("name"), m.end("name"), E.FIRST_NAME if len(words) == 1 else E.NAME))
    return out


def _introduced(words: list[str], listed_only: bool) -> bool:
    if any(w.lower() in _NOT_PEOPLE for w in words):
        return False
    if not all(_latin(w) for w in words):
        return not any(_latin(w) for w in words)
    for i, w in enumerate(words):
        low = w.lower()
        listed = given_kind(low) != "" or (i > 0 and family_kind(low) in ("strong", "word"))
        if listed:
            continue
        if listed_only or w.isupper() or not all(_head_word(p) for p in low.split("-")):
            return False
    return True


def _head_word(part: str) -> bool:
    """A word part a message head's ``X here`` may hold: no function word, English adjective, verb or adverb
    (``still here``, ``parked here``); nouns pass (``yang``, ``tung``), as do unlisted words (``okot``)."""
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    if len(part) < 2 or part in latin_stop_words():
        return False
    return part not in english_vocabulary(("adj", "verb", "adv")) or given_kind(part) != ""


def _sender(words: list[str]) -> bool:
    """Capitalised words after ``Txt from``: each a listed name or no word of any vocabulary, one of them listed;
    a sender of one word must be a listed given name (``Txt from School:`` names no one)."""
    if any(w.lower() in _NOT_PEOPLE for w in words):
        return False
    listed = [_given(words[0], weak=True) or _family(words[0])]
    listed += [_family(w) or given_word(w) for w in words[1:]]
    if len(words) == 1:
        return _given(words[0], weak=False)
    return any(listed) and all(
        ok or _unlisted(w, surname=i > 0) for i, (w, ok) in enumerate(zip(words, listed, strict=True))
    )


def message_head_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the sender introducing themselves (``SMS 14:07 - david here``) or named after
    ``Txt from`` at the head of a message."""
    f = _FROM.search(text[:80])
    if f is not None and _sender(f.group("name").split()):
        name = f.group("name")
        return [(f.start("name"), f.end("name"), E.FIRST_NAME if " " not in name else E.NAME)]
    if "here" not in text.lower():
        return []
    out = []
    m = _HEAD.search(text)
    if m is not None and _introduced(m.group("name").split(), listed_only=False):
        out.append(m)
    else:
        m = _GREETING.search(text)
        if m is not None and _introduced(m.group("name").split(), listed_only=True):
            out.append(m)
    return [(x.start("name"), x.end("name"), E.FIRST_NAME if " " not in x.group("name") else E.NAME) for x in out]


def note_frame_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names in ``text``'s frame: its sign-off, its time-stamped chat speakers and its message head's sender."""
    return signoff_frame_spans(text) + chat_time_speaker_spans(text) + message_head_spans(text)
