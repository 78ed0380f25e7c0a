"""Names in a note's frame: the speaker of a time-stamped chat line, the sender who introduces themselves at the
head of a pasted text message.

Staff notes are framed by who wrote or sent them, and the frame, not the sentence, says a person is meant. The
frame's end, the sign-off (``... about it. ~anusha``), is read by :mod:`text_name_signoff`
(``signoff_frame_spans``); the word checks these rules share with it are :mod:`text_name_frame_words`'s.

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

Only the text decides, so under DP a record's fake depends on that record only. Cheap: the chat rule runs only
where the text holds ``[`` and ``:``, the head rules look at the text's head or where it holds ``here``.

Example::

    note_frame_name_spans("[10:42] Beate: running late, sorry! [10:43] us: no worries.")  # [(8, 13, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_frame_words import (
    FRAME_WORD,
    NOT_PEOPLE,
    frame_family,
    frame_given,
    frame_second,
    frame_unlisted,
    latin,
)
from safe_synthesizer.pii.text_name_given_word import given_word
from safe_synthesizer.pii.text_name_lower_words import family_kind, given_kind
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["chat_time_speaker_spans", "message_head_spans", "note_frame_name_spans"]

_W = FRAME_WORD  # a word of a name (:data:`text_name_frame_words.FRAME_WORD`)

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


def _speaker_ok(words: list[str], turns: int) -> bool:
    if any(w.lower().strip("'’-") in NOT_PEOPLE for w in words):
        return False
    if not all(latin(w) for w in words):
        return not any(latin(w) for w in words) and turns >= 2
    first = words[0]
    if first.islower():
        return False  # lower-case speakers: text_name_chat_layouts
    listed = frame_given(first, weak=True) or frame_family(first)
    if not (listed or (turns >= 2 and frame_unlisted(first))):
        return False
    return all(frame_second(w, False) for w in words[1:])


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
    if any(w.lower() in NOT_PEOPLE for w in words):
        return False
    if not all(latin(w) for w in words):
        return not any(latin(w) for w in words)
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
    if any(w.lower() in NOT_PEOPLE for w in words):
        return False
    listed = [frame_given(words[0], weak=True) or frame_family(words[0])]
    listed += [frame_family(w) or given_word(w) for w in words[1:]]
    if len(words) == 1:
        return frame_given(words[0], weak=False)
    return any(listed) and all(
        ok or frame_unlisted(w, surname=i > 0) for i, (w, ok) in enumerate(zip(words, listed, strict=True))
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
    """Names in ``text``'s frame: its time-stamped chat speakers and its message head's sender (its sign-off:
    :func:`text_name_signoff.signoff_frame_spans`)."""
    return chat_time_speaker_spans(text) + message_head_spans(text)
