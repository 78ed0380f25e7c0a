"""A person in lower case after a verb of contact and their role: ``Called tenant brown x3``, ``Texted guarantor
mwansa tembo, no reply``, ``spoke to patient k. mwale about the bill``, ``Phoned client de oliveira re invoice``,
``appelé le locataire dupuis x2``, ``llamé al inquilino pérez``.

Case workers type the people of a case fast: the verb, the person's part in the case, then the name in lower case,
often a surname alone and often one that is a word too (``brown``, ``frost``). No capital tells the name; the
three-part phrase does. A verb of contact (``called``, ``rang``, ``phoned``, ``e-mailed``, ``texted``, ``wrote
to``, ``spoke to``, ``visited``, ``chased``, ``reminded``, ``left a message for``; French, Spanish, Italian,
Dutch and Portuguese past forms: ``appelé``, ``llamé``, ``chiamato``, ``gebeld met``, ``liguei para``), maybe an
article (``le``, ``al``, ``l'``), and a role noun of a case
(:func:`text_name_role_prefix.role_nouns`, relations and ``tenant``, ``debtor``, ``donor``...) come first; then an
optional initial and one to three lower-case words that read as a name
(:func:`text_name_relation_bracketed.lower_name_word`: listed, or no English word; never a function, common or
state word), and the name must end there: at punctuation, a digit, a count ``x3`` or a function word or adverb
(``Called tenant brown about rent``). ``Called tenant back``, ``rang patient twice``, ``called tenant mobile`` and
``called tenant brown bin man`` stay. A role written as a form's label takes a lower-case full name of two or three
words after its colon when the name ends its line or clause (``- donor: bame sebina``; ``patient: stable condition``
stays).

Example::

    contacted_name_spans("Arrears 2 months. Called tenant brown x3 (2018739146)")  # [(32, 37, 'last_name')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import lower_words

__all__ = ["contacted_name_spans"]

_VERBS = frozenset(
    """called call calling rang ring ringing phoned phone phoning emailed email e-mailed e-mail texted text sms'd
    messaged message wrote spoke spoken speak visited visit met chased chase reminded remind warned advised
    informed contacted contact tried left appelé appelée contacté contactée relancé relancée rappelé rappelée
    llamé llamamos llamado llamada contacté contactado contactada hablé chiamato chiamata contattato contattata
    sentito sollecitato gebeld belde gemaild gesproken sprak liguei ligou contactei contatei""".split()  # noqa: SIM905
)
_VERB = (
    r"(?:called|call|calling|rang|ring|ringing|phoned|phone|phoning|e-?mailed|e-?mail|texted|text|messaged|message|"
    r"wrote[ \t]+to|spoke[ \t]+(?:to|with)|spoken[ \t]+(?:to|with)|speak[ \t]+(?:to|with)|visited|visit|met[ \t]+"
    r"with|met|chased|chase|reminded|remind|warned|advised|informed|contacted|contact|tried|"
    r"left[ \t]+(?:a[ \t]+)?(?:message|msg|vm|voicemail)[ \t]+(?:for|with)|"
    # French, Spanish, Italian, Dutch, Portuguese past forms ("appelé le locataire", "llamé al inquilino")
    r"appelée?|contactée?|relancée?|rappelée?|llamé|llamamos|llamad[oa]|contacté|contactad[oa]|hablé[ \t]+con|"
    r"chiamat[oa]|contattat[oa]|sentito|sollecitato|gebeld(?:[ \t]+met)?|belde(?:[ \t]+met)?|gemaild|"
    r"gesproken[ \t]+met|sprak[ \t]+met|liguei[ \t]+para|ligou[ \t]+para|contactei|contatei)"
)
# An article between the verb and the role: "the", "le/la/l'", "al/a la/el", "il/lo", "o/a", "de/het".
_ARTICLE = r"(?:(?i:the|le|la|les|al|a[ \t]+la|el|il|lo|o|a|de|het|den)[ \t]+|(?i:l)['’])?"
_CUE = re.compile(
    rf"(?<![\w\-])(?i:{_VERB})[ \t]+{_ARTICLE}(?P<role>[^\W\d_]+(?:-[^\W\d_]+)?)[ \t]+"
    r"(?P<initial>[a-z]\.[ \t]*)?"
)
# "- donor: bame sebina": a role as a form's label, a full name in lower case after its colon, alone on its line.
_LABEL = re.compile(r"(?<![\w\-])(?P<role>[^\W\d_]+)[ \t]*:[ \t]*(?=[a-zß-ÿ])")
_LINE_END = re.compile(r"[ \t]*(?:[\n,;(]|$)")
_LOWER_WORD = re.compile(r"[a-zß-öø-ÿā-ž]+(?:['’\-][a-zß-öø-ÿā-ž]+)*")
_SPACE = re.compile(r"[ \t]+")
_PARTICLES = frozenset("de da do dos das del della di du van von der den ter ten le la al el bin binti".split())  # noqa: SIM905
_ROLES_EXTRA = frozenset(
    """tenant tenants debtor guarantor donor passenger emp employee pt patient participant angler applicant claimant
    resident member client customer caller guest lodger borrower account-holder locataire débiteur débitrice garant
    garante patiente cliente inquilino inquilina deudor deudora fiador fiadora paciente debitore debitrice
    paziente huurder huurster klant debiteur patiënt devedor devedora""".split()  # noqa: SIM905
)
# What may follow a name: punctuation, a digit, a count ("x3"), the end of the text.
_END_MARK = re.compile(r"[ \t]*(?:[,.;:!?()\[\]/\n\-–]|\d|x\d|$)")


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    from safe_synthesizer.pii.text_name_bracket_relation import RELATIONS
    from safe_synthesizer.pii.text_name_role_prefix import role_nouns

    return (role_nouns() | RELATIONS | _ROLES_EXTRA) - {"man", "frau", "kind", "pa", "family", "relative"}


@lru_cache(maxsize=1)
def _after_words() -> frozenset[str]:
    """Words that may follow a name here: English function words and adverbs (``about``, ``again``, ``twice``), and
    function words of the other Latin-script languages that are no English word (``tre volte``, ``geen``)."""
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words, spacy_stop_words

    english = spacy_stop_words(("en",)) | english_vocabulary(("adv",)) | {"re", "today", "yesterday", "tonight"}
    return english | (latin_stop_words() - english_vocabulary())


def _name_end(text: str, end: int) -> bool:
    if _END_MARK.match(text, end):
        return True
    gap = _SPACE.match(text, end)
    nxt = _LOWER_WORD.match(text, gap.end()) if gap else None
    return bool(nxt) and nxt.group() in _after_words()


def _lower_name_word() -> Callable[[str], str]:
    from safe_synthesizer.pii.text_name_relation_bracketed import lower_name_word

    return lower_name_word


def _words_after_role(text: str, m: re.Match[str]) -> list[re.Match[str]] | None:
    """Up to four lower-case words right after the cue or label ``m`` (its ``role`` group), spaced apart; ``None``
    when its role word is no role noun."""
    if m.group("role").lower() not in _roles():
        return None
    words, pos = [], m.end()
    while len(words) < 4 and (w := _LOWER_WORD.match(text, pos)) is not None:
        words.append(w)
        gap = _SPACE.match(text, w.end())
        if gap is None:
            break
        pos = gap.end()
    return words


def contacted_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of lower-case names after a verb of contact and a role noun (module docstring)."""
    words_here = lower_words(text)
    if not words_here & _VERBS:
        return _labelled(text, _lower_name_word()) if ":" in text and words_here & _roles() else []
    lower_name_word = _lower_name_word()
    out = []
    for m in _CUE.finditer(text):
        if (words := _words_after_role(text, m)) is None:
            continue
        for k in range(min(3, len(words)), 0, -1):
            chosen = words[:k]
            core = [w.group() for w in chosen if w.group() not in _PARTICLES]
            if not core or chosen[-1].group() in _PARTICLES:
                continue
            if not all(lower_name_word(w) for w in core) or not _name_end(text, chosen[-1].end()):
                continue
            start = m.start("initial") if m.group("initial") else chosen[0].start()
            single = len(core) == 1 and not m.group("initial")
            out.append((start, chosen[-1].end(), E.LAST_NAME if single else E.NAME))
            break
    return out + _labelled(text, lower_name_word)


def _labelled(text: str, lower_name_word: Callable[[str], str]) -> list[tuple[int, int, str]]:
    """Lower-case full names (two or three words) after a role label's colon, ending their line or clause."""
    if ":" not in text:
        return []
    out = []
    for m in _LABEL.finditer(text):
        if (words := _words_after_role(text, m)) is None:
            continue
        if not 2 <= len(words) <= 3 or not _LINE_END.match(text, words[-1].end()):
            continue
        core = [w.group() for w in words if w.group() not in _PARTICLES]
        if core and all(lower_name_word(w) for w in core):
            out.append((words[0].start(), words[-1].end(), E.NAME))
    return out
