"""Names by their clause where :mod:`text_name_clause_roles` stops: the subject of a conditional or temporal clause,
the subject of a speech, payment or promise verb of the local language, the subject of a short presence clause, and
the recipient between a sending preposition and its participle, in any case.

Call slips, payment reminders and rounds are typed fast, often in the local language inside an English template:
``If marilyn rings (2012973130) ask for a deposit``, ``michela paga venerdì``, ``cecília paga sexta``, ``marguerite
dit qu'elle paiera vendredi``, ``britt betaler fredag``, ``shaun home after 3``, ``Huhn's away till the 14th``,
``Zahlungserinnerung an Speer geschickt``, ``Betalingsherinnering naar van den Nyeuwenhuysen gestuurd``. The grammar
of the clause says "person"; the word must still read as a name (:func:`text_name_word_kinds.name_word`):

- **conditional subject**: after ``if``/``when``/``once`` and the conjunctions of de fr es it pt nl da no sv cs pl
  (``wenn``, ``si``, ``se``, ``cuando``, ``als``, ``hvis``, ``om``, ``pokud``, ``jeśli``...), a name run before a verb
  of calling, coming, asking or paying in the third person (``rings``, ``anruft``, ``appelle``, ``chiama``, ``llama``,
  ``belt``, ``ringer``, ``zavolá``...): a listed name no vocabulary holds; before a verb of calling or paying (whose
  subject is a person, not a parcel), also a word no list nor vocabulary holds (``gatluak``);
- **clause-head subject** (the note's start, after ``.``/``!``/``?``/``;``/a colon/a line): before a verb of speech
  (``dit``, ``dice``, ``diz``, ``sagt``, ``zegt``, ``siger``), of paying (``paga``, ``paie``, ``paiera``, ``zahlt``,
  ``betaalt``, ``betaler``, ``pays``) or of promising (``promet``, ``verspricht``, ``belooft``), or before a short
  presence predicate: ``home``/``back``/``away``/``off``/``out``/``in`` then a time word or ``for``/``till``/a digit
  (``shaun home after 3``, ``Lola in for a skin fade``, ``Huhn's away till the 14th``);
- **recipient**: between ``an``/``naar``/``aan``/``à``/``a``/``til``/``to`` and a participle of sending (``geschickt``,
  ``gestuurd``, ``envoyé``, ``inviato``, ``enviado``, ``sendt``, ``skickat``...), a name run, particles kept
  (``van den Nyeuwenhuysen``), and the object of ``chased`` before ``on``/``for``/``re``/the clause's end.

Only closed classes (conjunctions, verbs of calling, speech, paying, promising and sending, presence adverbs) are
read, in each language; a lower-case word of the note's languages (``rose``, ``will``, ``bill``) is never a name.
Only the text decides, so under DP a record's fake depends on that record only.

Example::

    clause_subject_spans("If marilyn rings (2012973130) ask for a deposit. michela paga venerdì")
    # [(3, 10, 'first_name'), (49, 56, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind
from safe_synthesizer.pii.text_name_person_slots import known_places
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_entity, name_word, note_script, other_script

__all__ = ["clause_subject_spans"]

# Conjunctions opening a conditional or temporal clause whose subject then acts.
_CONDITIONAL = re.compile(
    r"(?<![\w'’])(?i:if|when|once|unless|in[ \t]+case|wenn|falls|sobald|si|quand|lorsque|dès[ \t]+que|se|quando|"
    r"appena|cuando|en[ \t]+cuanto|caso|assim[ \t]+que|als|wanneer|zodra|indien|hvis|når|när|om|pokud|jestli|až|"
    r"jeśli|jeżeli|gdy|kiedy)[ \t]+"
)
# Verbs of calling and paying: their subject is a person ("If gatluak rings"), not a parcel or a bus.
_CALL_PAY = (
    r"rings|calls|phones|texts|emails|pays|rings[ \t]+back|calls[ \t]+back|anruft|zurückruft|ruft[ \t]+an|zahlt|"
    r"bezahlt|appelle|rappelle|téléphone|paie|paye|chiama|richiama|telefona|paga|llama|liga|ligar|telefonar|pagar|"
    r"belt|terugbelt|betaalt|ringer|betaler|betalar|zavolá|volá|zaplatí|zadzwoni|zapłaci"
)
# Verbs of coming, asking and writing: a listed name only ("when Sandra comes").
_COME_ASK = (
    r"comes|turns[ \t]+up|shows[ \t]+up|pops[ \t]+in|drops[ \t]+by|arrives|asks|writes|kommt|fragt|schreibt|meldet|"
    r"vient|passe|demande|écrit|arrive|revient|viene|passa|chiede|scrive|arriva|torna|vuelve|pasa|pide|escribe|llega|"
    r"pregunta|vier|vem|passar|pedir|chegar|komt|langskomt|vraagt|mailt|schrijft|kommer|spørger|spør|frågar|skriver|"
    r"přijde|napíše|przyjdzie|napisze"
)
_AFTER_CONDITIONAL = re.compile(rf"[ \t]+(?:(?P<call>{_CALL_PAY})|(?P<come>{_COME_ASK}))(?![\w'’])", re.IGNORECASE)
# What ends before a clause's head: the note's start, a sentence's end, a line, a heading's colon or dash.
_HEAD = re.compile(r"(?:\A|(?<=[.!?;:])[ \t]+|\n[ \t]*|(?<=[ \t])[-–][ \t]+)(?=[^\W\d_])")
# Predicates whose subject is a person: speech, paying, promising, wanting, owing, in the languages of the sets.
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?i:dit|dice|diz|sagt|zegt|siger|sier|säger|říká|mówi|paga|pagará|pagherà|paie|paiera|payera|paye|"
    r"zahlt|bezahlt|betaalt|betaler|betalar|zaplatí|zapłaci|pays|promet|promette|promete|verspricht|belooft|lover|"
    r"lovar|slíbil|slíbila|obiecał|obiecała|says|said|wants|owes|promised|insists|veut|vuole|quiere|quer|wil|vil|"
    r"schuldet)(?![\w'’])"
)
# A listed name only before "missed" and a determiner ("naylor missed the coach"): a dog misses its dinner too.
_MISSED = re.compile(r"[ \t]+(?i:missed)[ \t]+(?i:the|his|her|their|a|an|my|our)(?![\w'’])")
# Reported speech ("dit qu'elle paiera", "sagt, dass"): the surest subject slot, where a listed given name that is
# a word too ("harry", "leone") or a short word no list holds ("yao") is the speaker.
_SPEECH = re.compile(
    r"[ \t]+(?i:dit|dice|diz|sagt|zegt|siger|sier|säger|říká|mówi|says|said)[ \t,]+"
    r"(?i:qu['’]|(?:que|che|dass|dat|at|att|že|że|that)(?![\w]))"
)
# A short presence predicate: where the person is, then when ("home after 3", "back Monday", "away till the 14th").
_WHEN = (
    r"(?:the[ \t]+)?\d|(?:tomorrow|tonight|today|noon|lunch(?:time)?|next[ \t]+week|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?![\w'’])"
)
_PRESENCE = re.compile(
    r"(?:['’]s|[ \t]+(?:is|was|will[ \t]+be))?[ \t]+(?i:home|back|away|off|out|in)[ \t]+"
    rf"(?i:(?:after|before|from|by|until|till|til|on|at)[ \t]+(?:{_WHEN})|{_WHEN})"
)
# A recipient between a sending preposition and the participle of sending ("an Speer geschickt").
_SEND_TO = re.compile(r"(?<![\w'’])(?i:an|naar|aan|à|a|til|till|to|do)[ \t]+")
_SENT = re.compile(
    r"[ \t]+(?i:geschickt|gesendet|gemailt|gestuurd|verstuurd|gezonden|gemaild|envoyée?s?|inviat[oa]|mandat[oa]|"
    r"spedit[oa]|enviad[oa]|mandad[oa]|sendt|skickat|skickad|odeslán[oa]?|wysłan[aey])(?![\w'’])"
)
# Particles that open a family name whatever follows; the articles among particles ("de", "da", "al", "el") only
# before a listed family name ("naar de Gemeente gestuurd" keeps its words).
_OPENING_PARTICLES = frozenset(("van", "von", "vom", "ten", "ter", "zu", "bin", "binti", "bint", "ibn"))
# The object of a verb of asking or calling that ends its clause ("ask ганбаатар.", "ask akillino. Lerwick"):
# a lower-case word no vocabulary holds, a word of another script; a capitalised one only if listed.
_ASK = re.compile(
    r"(?<![\w'’])(?i:ask|asked|tell|told|remind|thank|thanked|call|ring|rang|phone|phoned|text|texted)[ \t]+"
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;!?](?:\s|\Z)|,|\Z)")
_SENTENCE_END = re.compile(r"[ \t]*(?:[.!?](?:\s|\Z)|\Z)")
_CHASED = re.compile(r"(?<![\w'’])(?i:chased|chasing|chase)(?:[ \t]+up)?[ \t]+")
_AFTER_CHASED = re.compile(r"[ \t]*(?:[.,;:!?)]|\Z)|[ \t]+(?i:on|for|re|about|again|by|today|yesterday)(?![\w'’])")


def _stem(word: str) -> str:
    """The word without a possessive or contracted ``'s`` ("Huhn's away")."""
    return word[:-2] if word.endswith(("'s", "’s")) and len(word) > 3 else word


def _spaced(text: str, tokens: list[tuple[int, int, str]], j: int) -> bool:
    return text[tokens[j][1] : tokens[j + 1][0]] == " "


def _runs(
    text: str, tokens: list[tuple[int, int, str]], i: int, strength: str, script: str, *, places: bool = False
) -> list[int]:
    """Last tokens of the name runs that may start at token ``i``, longest first (particles kept inside)."""
    word = tokens[i][2]
    if other_script(word, script):
        two = i + 1 < len(tokens) and other_script(tokens[i + 1][2], script) and _spaced(text, tokens, i)
        return [i + 1, i] if two else [i]
    if word.islower() and word not in PARTICLES:
        out = [j for j in (pair_end(text, tokens, i),) if j is not None]
        if not out and strength == "sure" and i + 1 < len(tokens) and _spaced(text, tokens, i):
            # "delano smith wants": a given name and a listed family name, in a slot that says "person".
            nxt = tokens[i + 1][2]
            first = given_kind(word) or (len(word) >= 4 and family_kind(word) == "unknown")
            if nxt.islower() and first and family_kind(nxt) and not function_word(nxt):
                out.append(i + 1)
        return out + ([i] if name_word(_stem(word), strength, script, places=places) else [])
    # Capitalised, or particles before a capitalised family name ("van den Nyeuwenhuysen"): up to four spaced words.
    j = i
    while (
        j + 1 < len(tokens)
        and j - i < 3
        and _spaced(text, tokens, j)
        and (tokens[j + 1][2][:1].isupper() or tokens[j + 1][2] in PARTICLES)
    ):
        j += 1
    while j > i and tokens[j][2] in PARTICLES:
        j -= 1
    words = [_stem(w) for _, _, w in tokens[i : j + 1] if w not in PARTICLES]
    if not words or not words[0][:1].isupper():
        return []
    if word in PARTICLES:
        last = words[-1].lower()
        opened = word in _OPENING_PARTICLES or family_kind(last) in ("strong", "word")
        # Dutch and German family names after "van"/"von" are often towns ("van den Hoogeveen").
        named = name_word(words[-1], "sure", script) or (word in _OPENING_PARTICLES and last in known_places())
        return [j] if opened and named else []
    out = []
    while j > i:
        if all(name_word(w, "sure", script) for w in words):
            out.append(j)
        j -= 1
        words = [_stem(w) for _, _, w in tokens[i : j + 1] if w not in PARTICLES]
    return out + ([i] if name_word(_stem(word), strength, script, places=places) else [])


def _speaker(word: str) -> bool:
    """A lower-case word before reported speech: a listed given name (a word too: ``harry``) or a word of three
    letters at least that no list nor vocabulary holds (``yao``); never a function word (``elle``, ``on``)."""
    parts = word.split("-")
    if function_word(word) or any(len(p) < 2 for p in parts):
        return False
    return all(given_kind(p) or (len(p) >= 3 and family_kind(p) in ("strong", "unknown")) for p in parts)


def _core(text: str, a: int, b: int) -> tuple[int, int]:
    """The span without a possessive or contracted ``'s`` ("Huhn's away")."""
    if text[a:b].endswith(("'s", "’s")):
        return a, b - 2
    return a, b


def clause_subject_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the names the clauses of the module docstring mark; overlaps resolved by the
    caller."""
    if len(text) < 8:
        return []
    tokens = word_tokens(text)
    if len(tokens) < 2:
        return []
    script = note_script(text)
    starts = {start: k for k, (start, _, _) in enumerate(tokens)}
    out: list[tuple[int, int, str]] = []

    def add(i: int, j: int) -> None:
        a, b = _core(text, tokens[i][0], tokens[j][1])
        if b > a:
            out.append((a, b, name_entity(text[a:b])))

    def first(i: int, strength: str, follows, *, places: bool = False) -> bool:
        for j in _runs(text, tokens, i, strength, script, places=places):
            if follows(j):
                add(i, j)
                return True
        return False

    def conditional_verb(j: int, strength: str) -> bool:
        verb = _AFTER_CONDITIONAL.match(text, tokens[j][1])
        return bool(verb) and (bool(verb.group("call")) or strength == "strict")

    for m in _CONDITIONAL.finditer(text):
        i = starts.get(m.end())
        if i is not None and not first(i, "strict", lambda j: conditional_verb(j, "strict")):
            first(i, "sure", lambda j: conditional_verb(j, "sure"))
    for m in _HEAD.finditer(text):
        i = starts.get(m.end())
        if i is None:
            continue
        if first(i, "sure", lambda j: bool(_SUBJECT_VERB.match(text, tokens[j][1])), places=True):
            continue
        if first(i, "sure", lambda j: bool(_PRESENCE.match(text, _core(text, tokens[j][0], tokens[j][1])[1]))):
            continue
        if tokens[i][2].islower() and _SPEECH.match(text, tokens[i][1]) and _speaker(tokens[i][2]):
            add(i, i)
            continue
        # Capitalised and alone, a surname only before "missed": "Max missed his dinner" is a dog.
        word = tokens[i][2]
        pet = not word.islower() and bool(given_kind(word.lower().split("-")[0]))
        first(i, "strict", lambda j, i=i, pet=pet: bool(_MISSED.match(text, tokens[j][1])) and (j > i or not pet))
    for m in _SEND_TO.finditer(text):
        i = starts.get(m.end())
        if i is not None:
            first(i, "sure", lambda j: bool(_SENT.match(text, tokens[j][1])))
    for m in _ASK.finditer(text):
        i = starts.get(m.end())
        if i is None:
            continue
        # A listed name before the clause's end; a lower-case word no list holds only before a sentence's end.
        if not first(i, "strict", lambda j: bool(_CLAUSE_END.match(text, tokens[j][1]))) and tokens[i][2].islower():
            first(i, "sure", lambda j: bool(_SENTENCE_END.match(text, tokens[j][1])))
    for m in _CHASED.finditer(text):
        i = starts.get(m.end())
        if i is not None:
            first(
                i,
                "strict" if tokens[i][2].islower() else "sure",
                lambda j: bool(_AFTER_CHASED.match(text, tokens[j][1])),
            )
    return out
