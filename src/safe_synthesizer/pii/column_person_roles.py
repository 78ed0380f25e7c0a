"""Column names that name a person by their role to the record: the spouse, the referrer, the addressee.

Why: exports carry people under headers that never say "name". A parish roll's ``Spouse``/``Conjoint(e)``/
``Cónyuge``/``Ehepartner/in``, a studio's ``Referred By``, an accounts package's ``POAttentionTo`` (the person a
letter is for) or ``BankAccountName`` (the account holder, whom banks name as the person), a school's
``Erziehungsberechtigte/r 2`` (the guardian), a guest register's ``Accompagnant`` (the companion), a mailing list's
``Addressee`` and a dealer's bare ``Customer`` all hold people. A ``Preferred Name`` or ``Known As`` is the given name
a person goes by. The values still decide (:mod:`column_detector`): a ``Referred By`` of channels only (``Google``,
``Flyer``) is no name column; the hint only lowers the share of names needed.

Gender-inclusive spellings (``Echtgeno(o)t(e)``, ``Ehepartner/in``, ``Erziehungsberechtigte/r``) split into a stem
and letters, so the person words are matched as stems (a token starting with them), other words whole.

Example::

    person_role_cues(tokens("Cónyuge"))          # {"name"}
    person_role_cues(tokens("Preferred Name"))   # {"first_name"}
    person_role_cues(tokens("Referral Source"))  # set()
"""

from __future__ import annotations

from collections.abc import Collection

from safe_synthesizer.pii import entities as E

# Stems of words for a spouse or partner in marriage, a guardian or parent of a pupil (folded, lower case): a token
# starting with one names a person. Long enough that no other header word starts so.
_SPOUSE_STEMS = (
    "spouse", "husband", "wife", "conyuge", "conjoint", "epoux", "epouse", "echtgeno", "ehepartner", "ehegatt",
    "ehefrau", "ehemann", "coniuge", "marito", "moglie", "esposo", "esposa", "conjuge", "malzonek", "malzonka",
    "hustru", "ektefelle", "aegtefaelle", "puoliso", "manzel",
)  # fmt: skip
_GUARDIAN_STEMS = (
    "erziehungsberechtig", "sorgeberechtig", "tuteur", "tutrice", "voogd", "opiekun", "huoltaja", "vardnadshavare",
    "foresatt", "foraelder", "encarregado",
)  # fmt: skip
# Stems of words for a companion (a guest register's ``Accompagnant``/``Acompañante``/``Accompagnatore``/
# ``Begleitperson``/``Begeleider``) and for the person a letter or parcel is for (``Addressee``, ``Destinataire``,
# ``Empfänger``, ``Destinatario``, ``Geadresseerde``, ``Adressat``).
_COMPANION_STEMS = ("accompagn", "acompanant", "acompanhant", "begleitperson", "begeleider")
_ADDRESSEE_STEMS = ("addressee", "destinatair", "destinatari", "empfanger", "geadresseerde", "adressat", "recipient")
# Header words that start with a cue word yet name a person (the one addressed): never a glued ``address`` cue.
# ``numero`` (number in Romance and Finnish exports: ``Número de pedido``) begins with Romanian ``nume`` (name).
NOT_GLUED_CUES = frozenset({"addressee", "addressees", "numero", "numeros", "numeri", "numer", "numerot", "numerus"})
# A header that is one word for the person the record is about (a dealer's ``Customer``, a hotel's ``Guest``): the
# person's name. With more words (``Customer ID``, ``Guest type``) it is something of theirs.
_PERSON_NOUNS = frozenset({
    "customer", "client", "klant", "kunde", "cliente", "guest", "gast", "huesped", "ospite", "patient", "paciente",
    "paziente",
})  # fmt: skip
# Several words, all present: who referred a client, whom a letter is for, who holds a bank account.
_ROLE_PHRASES = (
    ("referred", "by"), ("referrer",), ("referent",), ("empfohlen", "von"), ("recommande", "par"),
    ("referido", "por"), ("recomendado", "por"), ("segnalato", "da"), ("aangebracht", "door"),
    ("attention",), ("attn",), ("z", "hd"), ("tav",), ("atencion",), ("attenzione",), ("care", "of"),
    ("bank", "account", "name"), ("account", "holder"), ("kontoinhaber",), ("titulaire", "compte"),
    ("titular", "cuenta"), ("titular", "conta"), ("intestatario",), ("rekeninghouder",), ("tenaamstelling",),
    ("accompanied", "by"), ("companion",),
)  # fmt: skip
# A family-name word and a given-name word in one header (``Cognome e nome``, ``Apellidos y nombre``, ``Nom et
# prénom``, ``Name, Vorname``): one column holding both, the whole name.
_WHOLE_NAME_PHRASES = (
    ("cognome", "nome"), ("apellidos", "nombre"), ("apellido", "nombre"), ("nom", "prenom"), ("name", "vorname"),
    ("nachname", "vorname"), ("achternaam", "voornaam"), ("surname", "forename"), ("surname", "first"),
    ("sobrenome", "nome"), ("apelidos", "nome"), ("cognom", "nom"),
)  # fmt: skip
# The given name a person goes by.
_GIVEN_PHRASES = (
    ("preferred", "name"), ("preferred", "forename"), ("preferred", "first"), ("known", "as"), ("called", "name"),
    ("nom", "usage"), ("prenom", "usuel"), ("nombre", "preferido"), ("nome", "preferito"),
)  # fmt: skip


def _has_stem(stems: Collection[str], name_tokens: frozenset[str]) -> bool:
    return any(t.startswith(stem) for t in name_tokens for stem in stems)


def _has_phrase(phrases: Collection[tuple[str, ...]], name_tokens: frozenset[str]) -> bool:
    return any(all(word in name_tokens for word in phrase) for phrase in phrases)


def person_role_cues(name_tokens: frozenset[str]) -> set[str]:
    """Person entities a header names by role (``name_tokens`` from :func:`cues.tokens`: folded, lower case).

    ``{"first_name"}`` for the name a person goes by, ``{"name"}`` for a person named by role, else empty.
    """
    if _has_phrase(_GIVEN_PHRASES, name_tokens):
        return {E.FIRST_NAME}
    if (
        _has_stem(_SPOUSE_STEMS, name_tokens)
        or _has_stem(_GUARDIAN_STEMS, name_tokens)
        or _has_stem(_COMPANION_STEMS, name_tokens)
        or _has_stem(_ADDRESSEE_STEMS, name_tokens)
        or (len(name_tokens) == 1 and name_tokens <= _PERSON_NOUNS)
        or _has_phrase(_WHOLE_NAME_PHRASES, name_tokens)
        or _has_phrase(_ROLE_PHRASES, name_tokens)
    ):
        return {E.NAME}
    return set()
