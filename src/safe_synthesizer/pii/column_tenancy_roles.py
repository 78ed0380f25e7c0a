"""Column names for the two parties of a tenancy: the landlord and the tenant(s), in the supported languages.

Why: letting agents, property managers and housing associations export ``Vermieter``/``Mieter``,
``Bailleur``/``Locataire(s)``, ``Locatore``/``Inquilino/i``, ``Propietario``/``Inquilino(s)``,
``Verhuurder``/``Huurder(s)``, ``Senhorio``/``Inquilino``: headers that name people by their part in the tenancy,
never by "name". English ``landlord``/``tenant`` were cues already (``lessor``/``lessee`` were not); the other
languages' words were not, so a landlord column (few people repeated over the ledger's rows) was kept as written
where the English one was found. The hint only lowers the share of names the values need (:mod:`column_detector`): a
``Mieterhöhung`` column of dates or amounts is still no name column. Words are matched as stems (a token starting
with one), so plural and gendered forms (``Mieter/in``, ``Locataires``, ``Inquilina``) count, compounds
(``Mieterhöhung``) do not; the owner (``Propietario``, ``Proprietário``) of a let flat is a person too.

Example::

    tenancy_role_cues(tokens("Vermieter"))      # {"name"}
    tenancy_role_cues(tokens("Inquilino(s)"))   # {"name"}
    tenancy_role_cues(tokens("Rent due"))       # set()
"""

from __future__ import annotations

from safe_synthesizer.pii import entities as E

__all__ = ["TENANCY_STEMS", "tenancy_role_cues"]

# Folded, lower-case stems of the words for a landlord or lessor and a tenant or lessee.
TENANCY_STEMS = (
    # landlord, lessor
    "lessor", "vermieter", "bailleur", "locatore", "arrendador", "verhuurder", "senhorio", "hyresvard", "udlejer",
    "utleier", "vuokranantaja", "wynajmujac", "pronajimatel", "prenajimatel", "locador", "propietari", "proprietari",
    # tenant, lessee
    "lessee", "mieter", "locatair", "inquilin", "arrendatari", "huurder", "hyresgast", "lejer", "leietaker",
    "vuokralai", "najemc", "najomc", "najemnik", "berlo", "chirias", "locatari", "affittuari", "conduttor",
)  # fmt: skip


# Letters an ending adds to a stem (``Mieterin``, ``Locataires``, ``Inquilinos``); a longer word is a compound of
# something else (``Mieterhöhung``: a rent increase).
_MAX_ENDING = 3


def tenancy_role_cues(name_tokens: frozenset[str]) -> set[str]:
    """``{"name"}`` when a header token (folded, lower case: :func:`cues.tokens`) starts with a landlord or tenant
    word, else empty."""
    if any(t.startswith(stem) and len(t) - len(stem) <= _MAX_ENDING for t in name_tokens for stem in TENANCY_STEMS):
        return {E.NAME}
    return set()
