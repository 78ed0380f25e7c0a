"""Header words for a second person of a record named by their role: who collected, the plus-one, the emergency
contact, the guardian, who booked, a co-worker, a borrower or reader.

Why: exports of small organisations put a second person in a column whose header says what the person did, never
"name": a bike shop's ``Collected by``, a wedding list's ``Plus one`` (``plus.one``, ``strPlusOne``, ``PLUS_ONE``), a
choir roster's ``Emergency contact`` (cut to ``EMERGENCY`` or ``Emergency Cnt``), a dental list's ``Guardian``, a
driving school's ``Booked by``, an allotment's ``Co-worker``, a library's ``Borrower`` / ``Lector`` / ``Lecteur``.
Such a column is mostly empty and holds a lone given name in one row, a full name or a titled name in the next, so
no value rule reads it alone. The header is a hint only: the values still have to read as people
(:mod:`column_sparse_role_people`). A role word beside a word of another entity (``Emergency phone``,
``Guardian e-mail``, ``Collected date``) names that entity, not the person.

Example::

    names_a_person_role("Collected by")      # True
    names_a_person_role("strPlusOne")        # True
    names_a_person_role("Emergency phone")   # False
"""

from __future__ import annotations

from functools import lru_cache

from safe_synthesizer.pii.cues import tokens

# Whole phrases (every word present, in any order) naming a person by what they did or are to the record.
_ROLE_PHRASES: tuple[tuple[str, ...], ...] = (
    # who collected / picked up / booked / paid / signed
    ("collected", "by"), ("picked", "up", "by"), ("pickup", "by"), ("booked", "by"), ("booking", "by"),
    ("signed", "by"), ("paid", "by"), ("ordered", "by"), ("requested", "by"), ("dropped", "off", "by"),
    ("abgeholt", "von"), ("abgeholt", "durch"), ("gebucht", "von"), ("reserve", "par"), ("recupere", "par"),
    ("retire", "par"), ("recogido", "por"), ("reservado", "por"), ("ritirato", "da"), ("prenotato", "da"),
    ("opgehaald", "door"), ("geboekt", "door"), ("levantado", "por"), ("marcado", "por"), ("odebral",),
    # the plus-one and a companion
    ("plus", "one"), ("plusone",), ("plus", "1"), ("partner",), ("begleitung",), ("invite", "accompagnant"),
    # the emergency contact and next of kin
    ("emergency",), ("next", "of", "kin"), ("nok",), ("notfallkontakt",), ("notfall",), ("urgence",),
    ("prevenir",), ("emergencia",), ("emergenza",), ("noodcontact",), ("nood",),
    ("ice", "contact"), ("noodgeval",),
    # a guardian or parent
    ("guardian",), ("parent",), ("vormund",), ("tutor", "legal"), ("responsable", "legal"), ("genitore",),
    ("ouder",), ("elternteil",), ("encarregado",),
    # a co-worker of a plot or a job
    ("co", "worker"), ("coworker",), ("co", "tenant"), ("cotenant",), ("mitpachter",), ("copreneur",),
    # a library's borrower or reader
    ("borrower",), ("lector",), ("lectora",), ("lecteur",), ("lectrice",), ("lettore",), ("lettrice",),
    ("leitor",), ("leitora",), ("lezer",), ("ausleiher",), ("entleiher",), ("emprunteur",), ("prestatario",),
    ("usuario", "biblioteca"),
)  # fmt: skip

# A word of another entity beside the role word: the column holds that entity of the person, not the person.
_OTHER_ENTITY_WORDS = frozenset({
    "phone", "tel", "telephone", "mobile", "cell", "number", "no", "nr", "num", "email", "mail", "e", "address",
    "addr", "street", "postcode", "zip", "city", "town", "date", "dob", "birth", "id", "time", "on", "at", "when",
    "relation", "relationship", "rel", "telefon", "telefono", "adresse", "direccion", "indirizzo",
    "datum", "fecha", "data", "card", "fee", "amount", "count", "flag", "yn", "ok", "status", "type", "code",
})  # fmt: skip


@lru_cache(maxsize=4096)
def names_a_person_role(column_name: str) -> bool:
    """The header names a person by their role to the record (see the module), with no word of another entity."""
    words = tokens(column_name)
    if not words or words & _OTHER_ENTITY_WORDS:
        return False
    # ``strPlusOne`` splits into ``plus`` ``one``; ``PLUS_ONE`` and ``plus.one`` likewise; ``Emergency Cnt`` keeps
    # ``emergency``; cut headers (``EMERGENCY``) keep their first word.
    return any(all(w in words for w in phrase) for phrase in _ROLE_PHRASES)
