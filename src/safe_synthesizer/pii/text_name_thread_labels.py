"""The other party of a message thread pasted into a note: ``Me: is Sat still ok? / matthew: yes see you then,
matthew x / Me: 2039811797 saved``, ``Zoe: running 10 min late sorry / Me: no worries / Zoe: thanks x``,
``[12:03] Ich: bin da\\n[12:04] Jörg: komme``.

Notes keep SMS, WhatsApp and chat threads copied from a phone: each turn opens with its sender and a colon, turns
are split by lines, `` / ``, `` | `` or `` // `` and may carry a time stamp (``[12:03]``, ``12/03/2026, 14:05 -``).
The phone writes its owner as ``Me`` (``Ich``, ``Moi``, ``Yo``, ``Io``, ``Ik``, ``Eu``, ``Jeg``, ``Jag``, ``Já``,
``Ja``, ``Minä``, ``Én``), and the other party as the address book holds them: in any case, of any stock, in any
script. :mod:`text_name_chat_layouts` reads lower-case speakers of threads with two named turns; a thread of one
named party and the writer has one named turn only, so it needs the writer's label as its evidence.

A text is a thread when two turns at least open with ``Label:`` and a label repeats or one is the writer's own.
Then a label is a person unless it is the writer's, a role, a place of work, kin or a field (``Office``,
``Reception``, ``Mum``, ``Driver``, ``Shop``, ``Note``, ``Re``: :data:`NOT_SENDERS` and
:data:`text_name_frame_words.NOT_PEOPLE`), holds a digit, is a calendar or function word, or (for a word of Latin
letters) an ordinary word of the vocabularies that no name list holds. A word no name list holds (``teboho``, a
label in another script) counts only beside the writer's own label: a form's repeated field (``Obs: ... / Obs:``)
is no thread. The same label elsewhere in the text (the
kiss sign-off ``, matthew x``) is the same person.

Only the text itself decides, so under DP a record's fake depends on that record only. Cheap: a text without two
colons is left at once.

Example::

    thread_label_spans("Zoe: running late / Me: no worries / Zoe: thanks x")
    # [(0, 3, 'first_name'), (37, 40, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_frame_words import NOT_PEOPLE, latin
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind

__all__ = ["NOT_SENDERS", "SELF_LABELS", "thread_label_spans", "thread_turns"]

# How a phone labels its owner's own turns, in the languages of the supported locales.
SELF_LABELS = frozenset(
    """me moi ich yo io ik eu jeg jag já ja minä mina én ben jo mi ego az aš es mina я ја 我 나 私 ผม ฉัน""".split()  # noqa: SIM905
)
# Senders that are no person: roles, places of work, kin, fields and the words of threads, in several languages.
NOT_SENDERS = frozenset(
    """office reception front desk shop store driver courier delivery taxi cab uber work home school nursery
    daycare vet doctor dentist surgery gp clinic hospital pharmacy chemist bank landlord landlady agent agency
    plumber builder electrician garage mechanic cleaner nanny babysitter tutor coach teacher boss manager
    supervisor hr payroll accounts billing sales service helpdesk it security police council neighbour neighbor
    mum mom mummy mommy mother dad daddy father papa mama mamma mamá papá maman mutti vati oma opa nan nana
    nanna gran granny grandma grandpa grandad granddad nonna nonno abuela abuelo avó avô mormor farmor morfar
    farfar bestemor bestefar sister brother sis bro son daughter wife husband hubby wifey partner bf gf babe
    baby love hun honey darling auntie aunt aunty uncle cousin niece nephew friend mate family group everyone
    all team staff crew club church gym unknown number private withheld anonymous sender recipient
    you they them he she him her someone somebody customer client patient guest visitor caller user bot agent
    assistant operator admin system support host moderator owner tenant buyer seller
    note notes re fwd fw to from cc bcc subject tel phone mob mobile cell email mail name address ref status
    update reply answer question q a ps nb msg message messages text sms whatsapp signal telegram sent
    received read delivered date time when where what why how who which total item items price qty cost paid
    due amount balance sum day week month today tomorrow yesterday tonight morning evening
    büro praxis arbeit schule kita lieferdienst fahrer chef vermieter nachbar nachbarin mama papa
    bureau accueil travail école livreur chauffeur patron propriétaire voisin voisine
    oficina recepción trabajo escuela repartidor chofer jefe casero vecino vecina
    ufficio reception lavoro scuola corriere autista capo padrone vicino vicina
    kantoor receptie werk school bezorger chauffeur baas verhuurder buurman buurvrouw
    escritório recepção trabalho escola entregador motorista chefe senhorio vizinho vizinha
    kontor arbejde skole chauffør chef udlejer nabo""".split()  # noqa: SIM905
)
# A label: one to four words of letters in any script (inner apostrophes, hyphens and dots).
_WORD = r"[^\W\d_][^\s\d:,;!?()\[\]\"<>@/|]*"
_STAMP = (
    r"(?:\[[^\]\n]{1,30}\][ \t]*"
    r"|\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
    r"[ \t]*[-–—]?[ \t]*"
    r"|\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*[-–—][ \t]*)?"
)
# A turn starts at the text's start, a line's start, or after " / ", " | ", " // ": matched there only (cheap).
_TURN_BREAK = re.compile(r"\n|[ \t](?://?|\|)[ \t]")
_LABEL = re.compile(
    rf"[ \t]*(?:>[ \t]*)?{_STAMP}(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*:(?=[ \t]|$)", re.MULTILINE
)


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    from safe_synthesizer.pii.text_name_given_word import _MONTHS, _WEEKDAYS

    short = "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
    return _MONTHS | _WEEKDAYS | frozenset(short.split())


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary
    from safe_synthesizer.pii.text_name_lower_words import other_words

    return common_words() | place_names() | english_vocabulary() | other_words()


@lru_cache(maxsize=4096)
def _sender_word(word: str, writer: bool) -> bool:
    """One word of a label read as part of a person's name (module docstring). A word no list holds (``teboho``,
    ``建成``) needs the writer's own label in the thread: a repeated field label (``Obs:``) is no thread."""
    low = word.lower().strip(".'’-")
    if len(low) < 2 or low in NOT_SENDERS or low in NOT_PEOPLE or low in SELF_LABELS or low in _calendar():
        return False
    if not latin(word):
        return writer  # a script without a vocabulary here: the thread's slot is the evidence (see _mostly_latin)
    if function_word(low):
        return False
    if given_kind(low) or family_kind(low) in ("strong", "word"):
        return True
    return writer and low not in _ordinary() and family_kind(low) == "unknown"


def _sender(label: str, latin_text: bool, writer: bool) -> bool:
    words = label.split()
    if len(words) > 1 and any(w.lower().strip(".") in NOT_SENDERS for w in words):  # "Front Desk", "Dr Office"
        return False
    if not latin_text and not all(latin(w) for w in words):  # a thread in that script: its kin words are unknown
        return False
    return all(_sender_word(w, writer) for w in words)


def _mostly_latin(text: str) -> bool:
    """Three Latin letters at least to one of another script."""
    letters = [ch for ch in text if ch.isalpha()]
    latin_letters = sum(1 for ch in letters if latin(ch))
    return latin_letters >= 3 * (len(letters) - latin_letters)


def _mentions(text: str, name: str, loose: bool) -> list[tuple[int, int]]:
    """Where ``name`` stands as whole words in ``text`` (in any case when ``loose``); a plain search, no regex built
    per name (a regex per thread costs more than the rest of the rule)."""
    hay, needle = (text.lower(), name.lower()) if loose and len(text.lower()) == len(text) else (text, name)
    out = []
    at = hay.find(needle)
    while at != -1:
        end = at + len(needle)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_'’-@.") and not (after.isalnum() or after in "_'’-@"):
            out.append((at, end))
        at = hay.find(needle, end)
    return out


def _loose_case(name: str) -> bool:
    """Other mentions of ``name`` count in any case unless one of its words is also an ordinary word (``Will``)."""
    return all(not latin(w) or given_kind(w) == "strong" or w not in _ordinary() for w in name.split())


def thread_turns(text: str) -> list[re.Match[str]]:
    """The ``Label:`` openings of ``text``'s turns when it is a message thread (two labelled turns, a label repeated
    or the writer's own), else ``[]``; each match's ``label`` group is the sender's label.

    >>> [m.group("label") for m in thread_turns("Me: ok? / Jo: yes")]
    ['Me', 'Jo']
    """
    if text.count(":") < 2:
        return []
    starts = [0, *(m.end() for m in _TURN_BREAK.finditer(text))]
    if len(starts) < 2:
        return []
    turns = [m for m in (_LABEL.match(text, at) for at in starts) if m is not None]
    if len(turns) < 2:
        return []
    lowered = [m.group("label").strip().lower() for m in turns]
    writer = any(low in SELF_LABELS for low in lowered)
    if not writer and len(set(lowered)) == len(lowered):
        return []
    return turns


def thread_label_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the senders of a message thread and their other mentions (module docstring)."""
    turns = thread_turns(text)
    if not turns:
        return []
    labels = [m.group("label").strip() for m in turns]
    writer = any(label.lower() in SELF_LABELS for label in labels)
    latin_text = all(latin(label) for label in labels) or _mostly_latin(text)
    out: list[tuple[int, int, str]] = []
    for name in sorted({label for label in labels if _sender(label, latin_text, writer)}):
        low = name.lower()
        entity = E.FIRST_NAME if " " not in low and given_kind(low) else E.NAME
        out += [(a, b, entity) for a, b in _mentions(text, name, loose=_loose_case(low))]
    return sorted(set(out))
