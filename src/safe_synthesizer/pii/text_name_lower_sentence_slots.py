"""Lower-case full names in the person slots of a work note's sentence: ``Near miss - mohammad field tripped over a
cable``, ``Loan extended for sandra davis, call back``, ``Deposit taken by card from linda castillo``, ``as asked by
andrew romney``, ``Photo consent withdrawn by david curtis.``, ``alana pitcher didn't turn up``, ``Mat injury, amor
salomé santiago jarred wrist``, ``Beschwerde von marlen wiek-zobel über``, ``Queja de sara consuela medina;``,
``Rota: Véronique Rivière, Jeannine + madeleine maillet on Saturday``.

Incident books, loan desks, complaint logs and rotas are typed fast, and the person often in lower case, where no
capital and no NER model marks a name. The cue rules before (:mod:`text_name_lower_deposit`, the memo and office
cues) each know a handful of verbs; this rule reads the slots a sentence gives a person:

- the agent or beneficiary after a participle (``asked by``, ``withdrawn by``, ``extended for``, ``taken ...
  from``) or a message noun (``card from``, ``apologies from``, ``complaint from``) and the same nouns of the
  supported languages (``Beschwerde von``, ``Réclamation de``, ``Queja de``, ``Reclamo di``, ``Reclamação de``,
  ``Klacht van``);
- the subject at the head of the note or after a heading's dash or comma, before a verb in the past or a negation
  (``Near miss - X tripped``, ``X didn't turn up``, ``Mat injury, X jarred``);
- an item of a list joined by commas, ``+``, ``&`` or ``and`` (``..., Jeannine + madeleine maillet on Saturday``).

A slot is not enough in lower case: the words must read as a full name (:func:`text_name_lower_pair.pair_end`: a
listed given name, then a listed family name or a word no vocabulary holds), or, when the given name is also a word
of some language (``david``, ``maría``), both words must be strong hits of the name lists (a listed given name that
is no word, a listed family name that is no word). ``as asked by the manager``, ``for two weeks``, ``from the
shop`` keep their words. Only the text decides, so under DP a record's fake depends on that record only.

Example::

    lower_sentence_slot_spans("Near miss - beth martinez tripped over a cable.")  # [(12, 25, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind

__all__ = ["lower_sentence_slot_spans"]

_I = r"(?<![\w'’])"
# The agent or beneficiary after a participle ("asked by", "extended for", "taken by card from").
_PARTICIPLE = rf"{_I}(?i:[a-z]{{2,}}(?:ed|en|wn|ne|ht|id)|made|held|left|sent|kept|lent|paid|signed up)"
_AGENT = re.compile(rf"{_PARTICIPLE}(?:[ \t]+\w+){{0,2}}?[ \t]+(?i:by|for|from)[ \t]+")
# Message and payment nouns before "from" and their twins in the supported languages.
_FROM_NOUNS = (
    r"card|cash|cheque|check|payment|deposit|call|message|text|txt|sms|email|e-mail|note|letter|complaint|"
    r"apologies|request|query|voicemail|feedback|"
    r"beschwerde|nachricht|anruf|mitteilung|reklamation|"
    r"réclamation|reclamation|plainte|appel|"
    r"queja|mensaje|llamada|reclamación|reclamacion|recado|"
    r"reclamo|messaggio|chiamata|lamentela|"
    r"klacht|bericht|telefoontje|"
    r"reclamação|reclamacao|mensagem|queixa|"
    r"klage|besked|meddelande|klagomål|stížnost|zpráva"
)
_FROM = re.compile(rf"{_I}(?i:{_FROM_NOUNS})[ \t]+(?i:from|von|vom|de|du|des|di|da|del|van|do|fra|från|od)[ \t]+")
# A heading and its dash or comma at the head of the note ("Near miss - ", "Mat injury, "): the subject follows.
_HEAD = re.compile(r"(?:^|(?<=[.!?\n]))[ \t]*(?:[A-Za-z][\w'’]*(?:[ \t]+[\w'’]+){0,2}[ \t]*(?:-|–|:|,)[ \t]+)?")
# Verbs after a subject: the past, a negation, a report.
_AFTER_SUBJECT = re.compile(
    r"[ \t]+(?i:[a-z]{2,}ed|did|didn['’]t|doesn['’]t|can['’]t|won['’]t|isn['’]t|wasn['’]t|was|has|had|fell|"
    r"broke|cut|hit|left|came|went|got|took|says|said|rang|paid|lost|forgot|hurt|slipped|jarred|bumped)(?![\w'’])"
)
# List joints before and after an item.
_JOINT_BEFORE = re.compile(r"(?:[,+&;][ \t]*|[ \t](?i:and|und|et|y|e|en|og|och)[ \t]+)(?=[^\W\d_])")
_JOINT_AFTER = re.compile(
    r"^(?:[ \t]*[,+&;.)]|[ \t]+(?i:and|und|et|y|e|en|og|och|on|op|am|le|el|il|no|sur)(?![\w'’])|[ \t]*$)"
)


def _name_end(text: str, tokens: list[tuple[int, int, str]], i: int, *, strict: bool) -> int | None:
    """Last token of a lower-case full name at token ``i`` (module docstring); ``strict``: both words strong."""
    j = pair_end(text, tokens, i)
    if j is not None:
        words = [w for _, _, w in tokens[i : j + 1]]
        # A given name that is also a word ("dawn", "grace") before a plural or a noun: "made by dawn suits".
        if given_kind(words[0]) != "strong" and (family_kind(words[-1]) != "strong" or _wordy(words[-1])):
            return None
        if not strict:
            return j
        # A list item needs two hits of the name lists: a given name, then a listed family name.
        if given_kind(words[0]) and family_kind(words[-1]) in ("strong", "word"):
            return j
        return None
    if i + 1 >= len(tokens):
        return None
    first, last = tokens[i][2], tokens[i + 1][2]
    gap = text[tokens[i][1] : tokens[i + 1][0]]
    if not (first.islower() and last.islower()) or gap.strip(" \t") or not gap:
        return None
    if function_word(first) or function_word(last):
        return None
    # "withdrawn by david curtis": a given name that is also some language's word, before a listed family name.
    if given_kind(first) == "strong" and family_kind(last) == "strong" and given_kind(last) != "strong":
        return i + 1
    return None


def _wordy(word: str) -> bool:
    """An English word, or the plural of one (``suits``)."""
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    vocabulary = english_vocabulary()
    return word in vocabulary or (word.endswith("s") and word[:-1] in vocabulary)


def _clause_after(text: str, end: int) -> str:
    return text[end : end + 24]


def lower_sentence_slot_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case full names in a sentence's person slots (see the module docstring)."""
    if not any(c.islower() for c in text):
        return []
    tokens = word_tokens(text)
    starts = {start: k for k, (start, _, _) in enumerate(tokens)}
    out: list[tuple[int, int, str]] = []
    seen: set[int] = set()

    def take(i: int | None, *, strict: bool, verb: bool = False) -> None:
        if i is None or i in seen or not tokens[i][2].islower():
            return
        j = _name_end(text, tokens, i, strict=strict)
        if j is None:
            return
        if verb and not _AFTER_SUBJECT.match(text, tokens[j][1]):
            return
        seen.add(i)
        out.append((tokens[i][0], tokens[j][1], E.NAME))

    for regex in (_AGENT, _FROM):
        for m in regex.finditer(text):
            take(starts.get(m.end()), strict=False)
    for m in _HEAD.finditer(text):
        take(starts.get(m.end()), strict=False, verb=True)
    # List items: a joint before and after, two hits of the name lists.
    if any(j in text for j in (",", "+", "&")):
        for joint in _JOINT_BEFORE.finditer(text):
            k = starts.get(joint.end())
            if k is None or k in seen or not tokens[k][2].islower():
                continue
            start = tokens[k][0]
            j = _name_end(text, tokens, k, strict=True)
            if j is not None and _JOINT_AFTER.match(_clause_after(text, tokens[j][1])):
                seen.add(k)
                out.append((start, tokens[j][1], E.NAME))
    return out
