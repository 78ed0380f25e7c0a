"""Headers that name the identity document a person showed: ``ID seen``, ``ID checked``, ``Proof of ID``.

Why: a shelter's, a landlord's or a pawn shop's register notes the id number of the document it saw (``ID seen``,
``ID verified``, ``Ausweis geprüft``, ``Pièce d'identité vue``). ``ID`` alone is every table's row key, so the cue
list leaves it out, and such a column was left as written with its header shown, while the same values with the
header hidden were found as an id of an unseen layout (set 34, seen: ``ID seen`` / ``u_id_seen`` with Lao and US
numbers). A word of checking or showing beside ``ID`` says whose id it is: the person's, not the row's. So does a
party to a deed or a holder beside ``ID`` (a notary's ``Party 1 ID`` / ``party1Id``, ``Holder ID``: the person
who signs shows their document; set 35, seen), and a word that only means identification (``N.º identificação``,
``Identificación``), where ``ID`` alone could be the row's. The values still have to pass the id rules of the table
passes (a country's layout, or the unseen-layout rule of :mod:`column_id_unseen_layouts`: one long layout, one a
person).

Example::

    names_a_checked_id("ID seen")  # True
    names_a_checked_id("Animal ID")  # False
"""

from __future__ import annotations

from safe_synthesizer.pii.cues import tokens

#: Words for an identity document (en de fr es it nl pt), one token after folding and splitting.
ID_WORDS = frozenset(
    {"id", "ids", "identification", "identity", "ausweis", "identite", "piece", "identidad", "documento", "dni",
     "identita", "legitimatie", "identiteit", "identidade"}
)  # fmt: skip
#: Words of the document being seen, checked, shown or given (en de fr es it nl pt).
CHECK_WORDS = frozenset(
    {
        "seen", "sighted", "checked", "check", "verified", "verify", "shown", "provided", "presented", "proof",
        "gesehen", "geprueft", "gepruft", "vorgelegt", "kontrolliert",
        "vue", "vu", "verifiee", "verifie", "controlee", "presentee",
        "visto", "vista", "verificado", "verificada", "presentado", "comprobado",
        "verificato", "verificata", "presentato", "controllato",
        "gezien", "gecontroleerd", "geverifieerd",
        "apresentado", "conferido",
    }
)  # fmt: skip

#: Words for a party to a deed or contract, or a document's holder (en de fr es it nl pt), digits left out.
PARTY_WORDS = frozenset(
    {"party", "signatory", "signer", "holder", "bearer", "grantor", "grantee", "partei", "inhaber", "vertragspartei",
     "partie", "comparant", "comparante", "signataire", "titulaire", "parte", "otorgante", "compareciente", "titular",
     "outorgante", "contraente", "firmatario", "ondertekenaar", "houder"}
)  # fmt: skip
#: Words that mean identification of a person and nothing else, alone in a header (es pt it de fr).
IDENTIFICATION_WORDS = frozenset(
    {"identificacao", "identificacion", "identificazione", "identifikation", "identificatie", "identification"}
)  # fmt: skip
_DIGITS = str.maketrans("", "", "0123456789")


def names_a_checked_id(column_name: str) -> bool:
    """The header joins an identity-document word and a word of seeing or checking it (``ID seen``,
    ``id_checked``, ``Proof of ID``, ``Ausweis geprüft``) or of a party holding it (``Party 1 ID``), or says
    identification alone (``N.º identificação``)."""
    words = tokens(column_name)
    if words & ID_WORDS and words & CHECK_WORDS:
        return True
    bare = {w.translate(_DIGITS) for w in words}
    return bool(bare & ID_WORDS and bare & PARTY_WORDS) or bool(words & IDENTIFICATION_WORDS)
