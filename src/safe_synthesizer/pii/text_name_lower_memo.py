"""Lower-case person names in dictated memos, log lines, sticky notes, postcards and change logs.

Speech-to-text memos and quick notes write everything in lower case: ``spoke to jessica koros about the
boiler``, ``user=nicole allen action=login``, ``status changed by david walker: open -> closed``,
``mr quelverdri came by``, ``gesprochen mit iwan tordrinak``, ``hablé con ana ruiz``, ``ho sentito
marco bianchi``, ``gebeld met sanne de wit``, ``this is jane doe calling``, ``love, mario hernandez``.
A name is taken where a reader sees a person:

- a cue right before it: a contact or meeting phrase (``spoke to``, ``called``, ``per``, ``cc``, ``ask``,
  ``meeting with``, ``email from``, ``changed by``, ``assigned to``, ``habló con``, ``ho sentito``,
  ``gesprochen mit``, ``appelé``, ``gebeld met``...), the cues of deliveries, marketplace and booking
  messages and SMS (``leave with``, ``post it to``, ``issued to``, ``msg from``, ``msg``, ``hey its``,
  ``parcel for``), a log key (``user=``, ``owner:``, ``booker:``, a chat's ``you:``), an ``@``, a title
  without capital or dot (``mr``, ``dr``, ``sra.``, ``sig.``, ``hr.``, ``mevr.``, ``dhr.``, ``mme``), an
  introduction (``this is``, ``my name is``, ``je m'appelle``, ``me llamo``, ``mi chiamo``, ``ik ben``,
  ``ich bin``) or a closing (``love,``, ``bisous,``, ``liefs,``) before a name ending its line;
- or a verb right after it that a person does (``rang``, ``called``, ``said``, ``was not home``,
  ``zurückrufen``, ``terugbellen``) or a sticky note's dash (``kathryn grusen - ring tmrw``);
- and the words: a given name and a family name as :func:`text_name_lower_words.pair_ok` sorts them
  (``spoke to will about the bill`` and ``hablé con rosa blanca`` hold no listed pair), particles between
  (``van der``, ``de la``); after a title one family name is enough (``mr quelverdri``);
- then the same person again: the given or the family name of a caught name later in the note
  (``..., felicia ist einverstanden``), unless an article stands before it (``the hall``).

Greetings of the seven languages before a lone given name (``liebe falk,``, ``chère étienne,``) count too.

Example::

    memo_name_spans("spoke to jessica koros re invoice, jessica wants a refund")
    # [(9, 22, 'name'), (36, 43, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lists import given_names
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind, pair_ok

__all__ = ["lower_name_end", "memo_name_spans", "repeated_name_spans", "word_tokens"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# One word before the name that says a person follows.
_CUE1 = frozenset(
    """per cc bcc attn ask asked asking call called calling ring rang ringing phone phoned email emailed text
    texted message messaged ping pinged remind reminded tell told contact contacted met visited thank thanked
    invite invited inform informed patient client customer caller tenant user owner assignee reporter requester
    author agent driver courier fyi msg dm pm sms whatsapp whatsapped dmed dm'd its it's it’s booker buyer
    seller payee recipient addressee sender guest visitor passenger holder
    mit laut anrufen angerufen kontaktiert informiert kunde kundin patientin besitzer benutzer
    avec selon appelé appelée appeler rappeler rappelé contacté prévenir informé patiente utilisateur
    con según llamé llamar llamada avisar avisé paciente usuario usuaria
    secondo sentito chiamato chiamata chiamare richiamare avvisare avvisato paziente utente
    met volgens gebeld bellen terugbellen gesproken gemaild patiënt gebruiker eigenaar klant""".split()  # noqa: SIM905
)
# Two words before the name ("spoke to", "changed by", "habló con").
_CUE2 = frozenset(
    (
        "spoke to", "spoke with", "speak to", "speak with", "talked to", "talked with", "talk to", "talk with",
        "meeting with", "met with", "chat with", "call with", "catch up with", "appointment with", "session with",
        "email from", "call from", "message from", "text from", "letter from", "note from", "voicemail from",
        "complaint from", "referral from", "visit from", "voicemail for", "message for", "note for", "booked for",
        "changed by", "updated by", "created by", "edited by", "closed by", "opened by", "approved by",
        "checked by", "reviewed by", "submitted by", "reported by", "modified by", "deleted by", "assigned by",
        "logged by", "entered by", "raised by", "signed by", "collected by", "assigned to", "handed to",
        "passed to", "sent to", "forwarded to", "reassigned to", "escalated to", "given to", "wrote to",
        "gesprochen mit", "telefoniert mit", "termin mit", "treffen mit", "rückruf von", "anruf von",
        "nachricht von", "mail von", "geändert von", "erstellt von", "bearbeitet von", "zugewiesen an",
        "weitergeleitet an", "übergeben an", "gesendet an",
        "parlé avec", "parlé à", "rdv avec", "réunion avec", "appel de", "message de", "mail de",
        "modifié par", "créé par", "fermé par", "attribué à", "assigné à", "transmis à", "envoyé à",
        "habló con", "hablé con", "hablado con", "reunión con", "cita con", "llamada de", "mensaje de",
        "correo de", "cambiado por", "creado por", "modificado por", "cerrado por", "asignado a", "enviado a",
        "llamé a", "llamar a", "avisar a",
        # deliveries, marketplace and booking messages, SMS ("leave with", "post it to", "msg from")
        "leave with", "left with", "leaving with", "deliver to", "delivered to", "send to", "ship to", "post to",
        "posted to", "it to", "them to", "addressed to", "issued to", "payable to", "paid to", "sold to",
        "collect from", "collected from", "bought from", "msg from", "dm from", "sms from", "texts from",
        "messages from", "ask for", "asked for", "parcel for", "package for", "delivery for", "order for",
        "placed under", "booked under", "booked by", "registered by", "registered to", "reserved by",
        "reserved for", "ordered by", "paid by", "under name",
        "ho sentito", "parlato con", "riunione con", "incontro con", "chiamata da", "messaggio da",
        "modificato da", "creato da", "chiuso da", "assegnato a", "inviato a", "chiamato da",
        "gebeld met", "gesproken met", "afspraak met", "overleg met", "bericht van", "mail van", "gewijzigd door",
        "aangemaakt door", "gesloten door", "toegewezen aan", "doorgestuurd naar", "gestuurd naar",
        "this is", "my name is", "name is", "je m'appelle", "me llamo", "mi chiamo", "ik ben", "ich bin",
        "hier ist", "hier spricht", "je suis", "mein name", "mijn naam", "mi nombre", "mon nom", "il nome",
    )
)  # fmt: skip
# Keys of a log line or a record whose value is a person ("user=jane doe", "owner: jane doe").
_KEYS = frozenset(
    """user username owner assignee assigned_to assigned agent author customer contact name by reporter
    requester created_by updated_by changed_by modified_by booker buyer seller payee recipient sender guest
    visitor passenger holder you benutzer besitzer bearbeiter utilisateur
    responsable usuario utente responsabile gebruiker eigenaar naam nom nombre nome""".split()  # noqa: SIM905
)
_KEY_BEFORE = re.compile(r"(?<![\w.])([a-z_]+)[ \t]*[=:][ \t]*[\"']?$")
# Titles written without capital (and often without dot).
_TITLES = frozenset(
    """mr mrs ms dr prof herr frau hr mme mlle madame monsieur sr sra srta señor señora sig sigra signor
    signora dott dhr mevr mw meneer mevrouw heer""".split()  # noqa: SIM905
)
# Offices and ranks after a title ("sr. alcalde", "m. le maire", "dhr. directeur"): no family name.
_OPENERS = _TITLES | {"m", "ra", "na"}
_TITLE_NOT_NAMES = frozenset(
    """doktor doctor doctora docteur dottore dottor dottoressa dokter arts médico medico médecin arzt ärztin
    professor professora profesor profesora professeur professore professoressa leraar lehrer lehrerin
    präsident president presidente président presidenta direktor direktorin director directora directeur
    directrice direttore direttrice alcalde alcaldesa maire sindaco burgemeester bürgermeister
    bürgermeisterin pfarrer pastoor párroco curé parroco notaire notaris notar notaio notario avocat abogado
    abogada avvocato avvocata advocaat anwalt anwältin juez jueza juge giudice rechter richter richterin
    ingeniero ingeniera ingegnere ingenieur ingénieur commissaris commissaire comisario commissario kommissar
    minister ministre ministro ministra secretario secretaria secrétaire segretario segretaria secretaris
    inspector inspecteur ispettore inspektor agent agente officer sergeant sargento sergente capitán capitaine
    capitano kapitein kapitän general général generale generaal abbé abad padre père pater vater madre mère
    moeder mutter chef jefe jefa capo baas manager gerente responsable""".split()  # noqa: SIM905
)
# A verb a person does, right after the name.
_AFTER = frozenset(
    """rang rung called calls phoned emailed texted said says asked asks wants wanted came visited dropped
    confirmed complained reported agreed signed needs
    zurückrufen anrufen sagt rief ruft
    dit appelé rappeler appeler
    llamó dice quiere vino llamar confirma
    vuole venuto richiamare chiamare conferma
    belde zegt kwam terugbellen bellen bevestigt""".split()  # noqa: SIM905
)
# "was" counts before what a visit finds ("was not home"); alone it follows designers in reviews
# ("rosie neira is a talented ...", "mara hoffman is my favorite").
_WAS = frozenset(("was", "wasn't", "wasn’t"))
_WAS_NEXT = frozenset(("not", "out", "home", "away", "absent", "late", "unavailable"))
_WHEN = frozenset(("today", "tomorrow", "tmrw", "again", "also", "heute", "morgen", "bitte", "demain", "aujourd'hui",
                   "mañana", "hoy", "domani", "oggi", "vandaag", "graag", "nog"))  # fmt: skip
# A cell of a pipe table holding a name and nothing else ("| brenda zitortor | driver |").
_CELL = re.compile(r"(?<=\|)[ \t]*([^\W\d_]+(?:[ \t]+[^\W\d_'’\-]+){1,3})[ \t]*(?=\|)")
_CLITIC = re.compile(r"['’](?:s|t|m|re|ll|d|ve)$")
_PARTICLES = frozenset(("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le",
                        "ten", "ter", "vom", "zu", "'t"))  # fmt: skip
_CLOSINGS = frozenset(
    """love xx xxx xoxo hugs cheers kisses dein deine grüße gruß bisous bises amitiés besos abrazos baci
    bacioni saluti liefs groetjes kusjes""".split()  # noqa: SIM905
)
_GREETINGS = frozenset("liebe lieber cher chère querida querido cara caro lieve beste dear".split())  # noqa: SIM905
_ARTICLES = frozenset(
    "the a an this that der die das den dem ein eine le la les un une el los las il lo gli het een".split()  # noqa: SIM905
)


def word_tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _spaced(text: str, a: int, b: int) -> bool:
    """Only spaces or tabs between offsets ``a`` and ``b``."""
    gap = text[a:b]
    return bool(gap) and gap.strip(" \t") == ""


def _cued_before(text: str, tokens: list[tuple[int, int, str]], i: int) -> str:
    """The kind of cue right before token ``i``: ``"title"``, ``"cue"``, ``"greeting"`` or ``""``."""
    start = tokens[i][0]
    if start and text[start - 1] == "@":
        return "cue"
    key = _KEY_BEFORE.search(text, max(0, start - 30), start)
    if key and key.group(1).lower() in _KEYS:
        return "cue"
    if i == 0:
        return ""
    prev_start, prev_end, prev = tokens[i - 1]
    gap = text[prev_end:start]
    low = prev.lower()
    if low.rstrip(".") in _TITLES and gap.lstrip(".").strip(" \t") == "" and gap.strip(" \t") in ("", "."):
        # "m." is a title with its dot only ("5 m. long" is a length)
        return "title"
    if (
        low == "m"
        and gap.startswith(".")
        and gap[1:].strip(" \t") == ""
        and (prev_start == 0 or text[prev_start - 1] in " \t\n,")
    ):
        return "title"
    if low in ("ra", "na") and i >= 2 and tokens[i - 2][2].lower() == "sig" and text[prev_start - 1] == ".":
        return "title" if gap.strip(" \t") == "" else ""  # "sig.ra bianchi"
    if gap.strip(" \t:,") != "" or "\n" in gap:
        return ""
    if low in _CUE1 and gap.strip(" \t") in ("", ":"):
        return "cue"
    pair = f"{tokens[i - 2][2].lower()} {low}" if i >= 2 else ""
    if pair in _CUE2 and _spaced(text, tokens[i - 2][1], prev_start) and gap.strip(" \t") in ("", ":"):
        return "cue"
    if low in _CLOSINGS and gap.strip(" \t") in (",", "!"):
        return "closing"
    return ""


def _cued_after(text: str, tokens: list[tuple[int, int, str]], j: int, line_start: bool) -> bool:
    """A person's verb after token ``j``, or a sticky note's dash after a name opening its line."""
    end = tokens[j][1]
    if line_start and re.match(r"[ \t]+[-–:][ \t]", text[end : end + 4]):
        return True
    if j + 1 >= len(tokens) or not _spaced(text, end, tokens[j + 1][0]):
        return False
    nxt = tokens[j + 1][2].lower()
    if nxt in _WAS and j + 2 < len(tokens):
        return tokens[j + 2][2].lower() in _WAS_NEXT
    if nxt in _WHEN and j + 2 < len(tokens) and _spaced(text, tokens[j + 1][1], tokens[j + 2][0]):
        nxt = tokens[j + 2][2].lower()  # "stijn torhal morgen terugbellen"
    return nxt in _AFTER


def _line_start(text: str, start: int) -> bool:
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line.strip(" \t|*-•>") == ""


def lower_name_end(text: str, tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """Index of the last token of a given + family name starting at token ``i`` (particles and one second
    name between), or ``None``."""
    given = tokens[i][2]
    best = None
    j = i + 1
    particles = 0
    while j < len(tokens) and j <= i + 4 and _spaced(text, tokens[j - 1][1], tokens[j][0]):
        word = tokens[j][2]
        if not word.islower():
            break
        if word in _PARTICLES:
            particles += 1
            j += 1
            continue
        if text[tokens[j][1] : tokens[j][1] + 1] in ("=", ":") and j > i + 1 and not particles:
            break  # "owner=bryan lupter prio=high": the next key is no name ("brian de haas: ..." is one)
        if particles:
            # "sofia van drenthe": the particle marks the family name after a strong given name
            strong = given_kind(given) == "strong" or family_kind(word) == "strong"
            return j if family_kind(word) and strong else best
        if j > i + 1:
            # a second family name ("garcía lópez") must be a listed one that is no word
            if family_kind(word) == "strong" and given_kind(given):
                best = j
            break
        if not pair_ok(given, word):
            break
        best = j
        j += 1
    return best


def memo_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case names that a cue of the module docstring marks; repeats included."""
    tokens = word_tokens(text)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        start, _, word = tokens[i]
        # Cheap test first: a listed given name, a particle or a word after a title may open a name.
        opened = i and tokens[i - 1][2].lower() in _OPENERS
        if not opened and word.split("-")[0] not in given_names() and word not in _PARTICLES:
            i += 1
            continue
        if _CLITIC.search(word):
            i += 1  # "i'm", "it's", "fisher's": a clitic is no part of a name
            continue
        titled_particle = word in _PARTICLES and word not in ("la", "le", "der", "den") and i + 1 < len(tokens)
        if titled_particle and _cued_before(text, tokens, i) == "title":
            # "dhr. de vries", "sra. de la fuente": particles after a title open the family name
            k = i
            while k < len(tokens) and tokens[k][2] in _PARTICLES and k - i < 3:
                k += 1
            kind = family_kind(tokens[k][2]) if k < len(tokens) else ""
            # an unlisted word only after "van"/"von" ("dhr. van der woude"; "herr der ringe" is a title)
            if kind == "unknown" and word not in ("van", "von", "ten", "ter", "vom", "zu"):
                kind = ""
            if kind and tokens[k][2] not in _TITLE_NOT_NAMES:
                out.append((start, tokens[k][1], E.NAME))
                i = k + 1
                continue
        if not word.islower() or function_word(word):
            i += 1
            continue
        before = ""
        if given_kind(word) or family_kind(word):
            before = _cued_before(text, tokens, i)
        if not before and i and tokens[i - 1][2].lower() in _ARTICLES and _spaced(text, tokens[i - 1][1], start):
            i += 1  # "la pierre du mur", "the rose bed": an article opens a noun phrase
            continue
        if before == "title":
            j = lower_name_end(text, tokens, i) if given_kind(word) else None
            if j is None and word not in _TITLE_NOT_NAMES and _titled_word(text, tokens, i):
                j = i  # "mr quelverdri", "herr müller", "dr ray signed"
        elif given_kind(word):
            j = lower_name_end(text, tokens, i)
            if j is not None and not before and not _cued_after(text, tokens, j, _line_start(text, start)):
                j = None
            if j is not None and before == "closing" and not _ends_line(text, tokens[j][1]):
                j = None
        else:
            j = None
        if j is None:
            i += 1
            continue
        out.append((start, tokens[j][1], E.NAME))
        i = j + 1
    out += _greeted(text, tokens)
    if "|" in text:
        out += _cells(text, out)
    return out + repeated_name_spans(text, out)


def _cells(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Cells of a pipe table that hold a lower-case given and family name only."""
    out = []
    for m in _CELL.finditer(text):
        words = m.group(1).split()
        if any(a <= m.start(1) < b for a, b, _ in found) or not all(w.islower() for w in words):
            continue
        if len(words) == 2 and pair_ok(words[0], words[1]):
            out.append((m.start(1), m.end(1), E.NAME))
        elif given_kind(words[0]) == "strong" and family_kind(words[-1]) and all(w in _PARTICLES for w in words[1:-1]):
            out.append((m.start(1), m.end(1), E.NAME))  # "| sanne van der berg |"
    return out


def _titled_word(text: str, tokens: list[tuple[int, int, str]], i: int) -> bool:
    """One word after a title: a listed family name that is no word, one that no list or vocabulary holds,
    or a name that is also a word followed by a person's verb or the end of the clause ("mr hall came by",
    "dr ray signed"; "a mr rogers sort of day", "mr burns see my vest" are phrases)."""
    word = tokens[i][2]
    kind = family_kind(word)
    if "-" in word and kind == "unknown":
        return False  # "mrs. roper-all-over-flower"
    if tokens[i - 1][2].lower() == "m":
        return kind == "strong"  # French "m." is also a size ("a size m. fit was great")
    if i >= 2 and tokens[i - 2][2].lower() in _ARTICLES and _spaced(text, tokens[i - 2][1], tokens[i - 1][0]):
        return False
    if kind in ("strong", "unknown"):
        return True
    if not (kind == "word" or given_kind(word)):
        return False
    rest = text[tokens[i][1] : tokens[i][1] + 2]
    return rest[:1] in ("", ",", ".", ";", ":", "\n") or _cued_after(text, tokens, i, False)


def _ends_line(text: str, end: int) -> bool:
    rest = text[end : end + 3]
    return rest.strip(" \t.!") == "" or rest.lstrip(" \t.!").startswith("\n")


def _greeted(text: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``liebe falk,``, ``chère étienne,``: a greeting of the seven languages opening a line, then one
    strong given name and a comma or ``!``."""
    out = []
    for i in range(len(tokens) - 1):
        greet = tokens[i][2].lower()
        if greet not in _GREETINGS or not _line_start(text, tokens[i][0]):
            continue
        start, end, word = tokens[i + 1]
        closed = text[end : end + 1] in (",", "!")
        if closed and _spaced(text, tokens[i][1], start) and word.islower() and given_kind(word) == "strong":
            out.append((start, end, E.NAME))
    return out


def repeated_name_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The given or family name of a caught lower-case name again elsewhere in the note (``hamilton to
    call the depot``), unless an article stands before it or it is a weak given name or a word."""
    parts: set[str] = set()
    for a, b, _ in spans:
        words = [w for _, _, w in word_tokens(text[a:b]) if w.islower()]
        if len(words) < 2:
            continue
        if given_kind(words[0]) == "strong":
            parts.add(words[0])
        if family_kind(words[-1]) in ("strong", "unknown", "word") and len(words[-1]) >= 3:
            parts.add(words[-1])
    if not parts:
        return []
    out = []
    tokens = word_tokens(text)
    for i, (start, end, word) in enumerate(tokens):
        if word not in parts or any(a <= start < b for a, b, _ in spans):
            continue
        if i and tokens[i - 1][2].lower() in _ARTICLES:
            continue
        # "hall", "walker": a family name that is a word again only before a person's verb ("hall to call")
        wordy = family_kind(word) == "word" and given_kind(word) != "strong"
        if wordy and i + 1 < len(tokens) and tokens[i + 1][2].lower() not in _AFTER | {"to", "said", "will"}:
            continue
        out.append((start, end, E.NAME))
    return out
