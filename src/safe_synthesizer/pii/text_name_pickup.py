"""Names in pick-up authorisations and messages of schools, clubs and nurseries, in the parents' languages:
``autorizo a Maité Pérez Quintana a recoger``, ``hoy recoge a Juan Santiago Ferreyra Leiva``, ``autorise
Soufiane Berrada à récupérer``, ``c'est Adjoua Le Roux qui vient chercher Koffi``, ``quem vai buscar o
Cristiano``, ``geef Noortje van der Zijl toestemming``, ``hoi, Douwe wordt vandaag opgehaald door``,
``здравствуйте, Нурлан сегодня заберёт``, ``ik, Jonas van der Pol, geef``.

Why a rule of its own: these notes name the child by the given name alone and the adult by a full name
that may run to four or more words (Latin American given and family names: ``Juan Santiago Mia Valentina
Ferreyra Leiva``), so the pair rules take a part and leave the rest, and the English NER model reads none
of the languages. The grammar of the message marks the slot a person fills:

- after the verb that authorises or collects, with its object marker (Spanish personal ``a``, the
  Portuguese article ``o``/``a`` before a given name): ``autorizo a``, ``recoge a``, ``buscar o``,
  ``autorise``, ``chercher``, ``geef``, ``opgehaald door``, ``заберёт``, ``authorise``, ``collect``;
- before the passive or future of collecting: ``X wordt vandaag opgehaald``, ``X сегодня заберёт``,
  ``X lo prende``, ``X will be collected``;
- the signer of a form: ``yo, X,``, ``eu, X,``, ``ik, X,``, ``I, X,``, ``je soussigné(e) X``;
- the French cleft ``c'est X qui vient``.

The slot takes the whole run of capitalised words (with name particles ``de``, ``del``, ``van der``,
``le``) that follows or precedes; the first word must be a capitalised name word (a listed given name,
or no function or common word), the others capitalised name words or particles. The verbs of
authorising need a collecting verb somewhere in the same note (``autorizo`` alone cues nothing).

Example::

    pickup_name_spans("hola, hoy recoge a Juan Santiago Ferreyra Leiva. saludos")  # [(19, 48, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_cards import cased_name_word
from safe_synthesizer.pii.text_name_lists import family_names, given_names

__all__ = ["pickup_name_spans"]

# Verbs of collecting a child, in the languages of the supported locales (a note must hold one).
_COLLECT = re.compile(
    r"(?i)(?<!\w)(?:op[ \t]+te[ \t]+halen|recog\w*|busca\w*|retir\w*|récupér\w*|recuper\w*|cherch\w*|ophal\w*|"
    r"opgehaald|haalt|"
    r"prende\w*|ritir\w*|забер\w*|забра\w*|забир\w*|abhol\w*|abgeholt|holt|collect\w*|pick(?:s|ing|ed)?[ \t]+up|picked)"
)
_PARTICLE = (
    r"(?:de|del|de[ \t]+la|de[ \t]+los|da|das|do|dos|van|van[ \t]+der|van[ \t]+den|van[ \t]+de|von|le|la|du|di|"
    r"bin|binti)"
)
# A capitalised word of a cased script (Latin, Cyrillic, Greek): its first letter upper case.
_WORD = r"[^\W\d_][^\W\d_'’]*(?:[\-'’][^\W\d_]+)*"
_RUN = rf"(?P<run>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,7}})"
# Slots after a verb (with its object marker).
_AFTER = (
    r"autoriz[oa](?:[ \t]+a)?|autorizamos(?:[ \t]+a)?|recoge[ \t]+a|recogerá[ \t]+a|recoger[ \t]+a|"
    r"(?:vendrá|viene)[ \t]+a[ \t]+(?:buscar|recoger)[ \t]+a|pasa[ \t]+a[ \t]+buscar[ \t]+a|"
    r"(?:vai|vem|irá)[ \t]+buscar(?:[ \t]+(?:o|a))?|ir[ \t]+buscar(?:[ \t]+(?:o|a))?|buscar[ \t]+(?:o|a)|"
    r"autorise|autorisons|(?:vient|viendra|passe)[ \t]+(?:chercher|récupérer)|récupérer|"
    r"geef|geven|machtig|(?:opgehaald|afgehaald)[ \t]+door|haalt|"
    r"autorizzo|(?:viene|passa)[ \t]+a[ \t]+(?:prendere|ritirare)|"
    r"заберёт|заберет|заберут|доверяю|разрешаю|поручаю|"
    r"ermächtige|bevollmächtige|wird[ \t]+(?:heute[ \t]+)?von|"
    r"authori[sz]e|will[ \t]+collect|is[ \t]+collecting|collected[ \t]+by|picked[ \t]+up[ \t]+by"
)
_AFTER_CUE = re.compile(rf"(?i:(?<!\w)(?:{_AFTER}))[ \t]+{_RUN}")
# Slots before a verb: the child collected, the adult who collects.
_BEFORE = (
    r"(?:wordt|worden)[ \t]+(?:vandaag[ \t]+|morgen[ \t]+)?(?:opgehaald|afgehaald)|"
    r"(?:сегодня[ \t]+|завтра[ \t]+)?(?:заберёт|заберет|заберут)|"
    r"(?:lo|la)[ \t]+(?:prende|ritira|viene[ \t]+a[ \t]+prendere)|"
    r"(?:will[ \t]+be|is[ \t]+being|is)[ \t]+(?:collected|picked[ \t]+up)|"
    r"wird[ \t]+(?:heute[ \t]+)?(?:von|abgeholt)|qui[ \t]+(?:vient|viendra|passe)"
)
# The run before the verb is lazy: "Нурлан сегодня заберёт" leaves the adverb to the verb phrase.
_LAZY_RUN = rf"(?P<run>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,7}}?)"
_BEFORE_CUE = re.compile(rf"(?<![\w\-'’]){_LAZY_RUN}[ \t]+(?i:{_BEFORE})(?!\w)")
# The signer of an authorisation: "yo, X," / "je soussigné(e) X".
_SIGNERS = (
    re.compile(rf"(?<![\w\-'’])(?:yo|eu|ik|io|ich|I|я|Я|Yo|Eu|Ik|Io|Ich)[ \t]*,[ \t]*{_RUN}[ \t]*,"),
    re.compile(
        r"(?i:soussignée?(?:\(e\))?|abaixo[ \t]+assinad[oa](?:\(a\))?|ondergetekende|sottoscritt[oa](?:\(a\))?|"
        rf"undersigned)[ \t]*,?[ \t]+{_RUN}"
    ),
    re.compile(rf"(?i:c['’]est)[ \t]+{_RUN}[ \t]+(?i:qui)(?!\w)"),
)
_PARTICLE_WORDS = frozenset(("de", "del", "la", "los", "da", "das", "do", "dos", "van", "der", "den", "von", "le",
                             "du", "di", "bin", "binti"))  # fmt: skip


def _name_word(word: str, first: bool) -> bool:
    """A capitalised name word; a later one may also be a listed name that is a common word (``Rosa``)."""
    if not word[:1].isupper():
        return False
    if cased_name_word(word):
        return True
    low = word.lower()
    return not first and (low in family_names() or low in given_names())


def _particle(word: str) -> bool:
    return word[:1].islower() and word.split()[0] in _PARTICLE_WORDS


def _run_span(m: re.Match[str], before: bool) -> tuple[int, int] | None:
    """The name words of the slot's run: the leading ones after a verb, the trailing ones before a verb
    ("oggi Filippo lo prende": "Filippo"); ``None`` when the run's first name word fails."""
    words = list(re.finditer(rf"{_PARTICLE}(?=[ \t])|{_WORD}", m.group("run")))
    if before:  # keep the trailing run of name words and particles
        k = len(words)
        while k > 0 and (_particle(words[k - 1].group()) or _name_word(words[k - 1].group(), first=False)):
            k -= 1
        words = words[k:]
        while words and _particle(words[0].group()):
            words = words[1:]
    if not words or not _name_word(words[0].group(), first=True):
        return None
    end = words[0].end()
    for w in words[1:]:
        if _particle(w.group()):
            continue
        if not _name_word(w.group(), first=False):
            break
        end = w.end()
    return m.start("run") + words[0].start(), m.start("run") + end


def pickup_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the people a pick-up note names (see the module docstring)."""
    if _COLLECT.search(text) is None:
        return []
    out: list[tuple[int, int, str]] = []
    for regex in (_AFTER_CUE, _BEFORE_CUE, *_SIGNERS):
        for m in regex.finditer(text):
            span = _run_span(m, before=regex is _BEFORE_CUE)
            if span is not None:
                entity = E.NAME if " " in text[span[0] : span[1]] else E.FIRST_NAME
                out.append((*span, entity))
    return list(dict.fromkeys(out))
