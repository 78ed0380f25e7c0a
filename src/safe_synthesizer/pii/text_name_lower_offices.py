"""Lower-case names after the office a person holds: minutes, race logs, club books, job sheets.

Minutes and logs name people by their office and then their name, and a name typed or pasted in lower case
keeps it: ``Chair michelle rivera thanked all``, ``Treasurer szalai anna reported``, ``Vorsitzende gudrun mies
eröffnete``, ``winner jamie davey``, ``Occupant heinz-georg gierschner (born ...)``, ``Président nathalie
peron``. The role words of :data:`text_name_lower.ROLE_WORDS` are kin and customers; these are offices of
meetings, clubs, races and trades (``chair``, ``treasurer``, ``marshal``, ``winner``, ``occupant``,
``voorzitter``, ``ordförande``), in any case and with an optional colon.

After the office, the words must read as a name (:func:`text_name_lower_pair.pair_end`): a listed given name
and a family name (``chair will power`` and ``coach bag`` hold none), or a Hungarian family-first pair.

Example::

    lower_office_spans("Raffle drawn. Chair michelle rivera thanked all.")  # [(20, 35, 'name')]
"""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_pair import pair_end, word_tokens

__all__ = ["OFFICES", "lower_office_spans"]

# Offices of meetings, clubs, races, events and trades (English and the supported languages), lower case.
OFFICES = frozenset(
    """chair chairman chairwoman chairperson co-chair vice-chair cochair treasurer secretary president
    vice-president captain vice-captain skipper coach referee umpire marshal steward clerk organiser organizer
    convenor convener compere presenter announcer timekeeper starter scrutineer trustee warden registrar
    auditor winner runner-up entrant finisher occupant landlord landlady householder homeowner leaseholder
    keyholder proposer seconder witness signatory executor beneficiary nominee applicant claimant attendee
    volunteer invigilator
    vorsitzende vorsitzender kassenwart kassenwartin kassierer kassiererin schriftführer schriftführerin
    präsident präsidentin obmann obfrau gewinner gewinnerin sieger siegerin bewohner bewohnerin eigentümer
    eigentümerin vermieter vermieterin zeuge zeugin
    présidente trésorier trésorière secrétaire gagnant gagnante occupante propriétaire témoin
    presidente tesorero tesorera secretario secretaria ganador ganadora ocupante propietario propietaria
    tesoriere segretario segretaria vincitore vincitrice occupante proprietario proprietaria testimone
    voorzitter penningmeester secretaris winnaar winnares bewoner bewoonster eigenaar eigenares getuige
    ordförande kassör sekreterare vinnare formand næstformand kasserer sekretær vinder leder puheenjohtaja
    rahastonhoitaja sihteeri voittaja tesoureiro tesoureira secretário secretária vencedor vencedora
    proprietário proprietária przewodniczący przewodnicząca skarbnik sekretarz zwycięzca""".split()  # noqa: SIM905
)
_PUNCT = ".,;:!?()[]\"'“”«»"


def lower_office_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case names right after an office word (see the module docstring)."""
    if OFFICES.isdisjoint(w.strip(_PUNCT) for w in text.lower().split()):
        return []  # cheap test: most notes name no office
    tokens = word_tokens(text)
    out: list[tuple[int, int, str]] = []
    i = 1
    while i < len(tokens):
        prev = tokens[i - 1]
        gap = text[prev[1] : tokens[i][0]]
        if prev[2].lower() not in OFFICES or gap.strip(" \t") not in ("", ":") or not gap:
            i += 1
            continue
        j = pair_end(text, tokens, i)
        if j is None:
            i += 1
            continue
        out.append((tokens[i][0], tokens[j][1], E.NAME))
        i = j + 1
    return out
