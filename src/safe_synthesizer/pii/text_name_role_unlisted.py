"""A full name no list knows right after the person's role or relation: ``Guarantor Chilufya Musonda e-mailed``,
``NOK son Bwalya Mwale (0971 544597)``, ``Travelling with Tamatoa Mai.``, ``witnessed by Kgomotso Letsholo
(relative)``, ``Angler Raiarii Flosse fishing``, ``emp. L. Tembo: new home address``.

The pair rules need a listed given name; Bemba, Tswana, Tahitian or Kinyarwanda names are in no list the package
carries, and the NER model, trained on news, reads ``Guarantor Claus-Dieter`` as the name and leaves the surname.
The role word is the evidence: a role noun of a case or a relation (:func:`text_name_role_prefix.role_nouns`,
:data:`text_name_bracket_relation.RELATIONS`, ``debtor``, ``donor``, ``passenger``, ``participant``...), a phrase of
company (``travelling with``, ``accompanied by``, ``witnessed by``, ``signed by``), a signer's phrase of the local
forms (``signé par``, ``je soussigné(e)``, ``firmado por``, ``yo,``, ``getekend door``) or a role's abbreviation with
its stop (``emp.``, ``pt.``) and an initial; a role may take a colon or a comma (``copie remise à un proche, ...``).
After it come two or three capitalised words, each listed or no English word, function word, common word, place,
title or state word (:func:`text_name_relation_bracketed.capital_name_word`), and the name ends there: at
punctuation, a bracket, a digit, the end or a lower-case word. ``Patient Transport Service``, ``Member Services
Team``, ``Carer Allowance`` and ``Guest Wifi Password`` stay (English words).

Example::

    role_unlisted_spans("Guarantor Chilufya Musonda e-mailed")  # [(10, 26, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import lower_words
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["role_unlisted_spans"]

# A Tongan, Hawaiian or Samoan name may open with the okina, typed as an apostrophe ("'Ana", "ʻAna"); a name in
# capitals is one word in capitals ("TANDIN", "AL-MOHANNADI").
_OKINA = "ʻ‘'’"
_CAP = (
    rf"[{_OKINA}]?[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)*"
    rf"|[{_OKINA}]?[{LATIN_UPPER}]{{2,}}(?:['’][{LATIN_UPPER}]+)?(?:-[{LATIN_UPPER}]{{2,}})*(?![{LATIN_LOWER}])"
)
_PHRASES = (
    r"travell?ing[ \t]+with|accompanied[ \t]+by|witnessed[ \t]+by|signed[ \t]+by|countersigned[ \t]+by|"
    r"collected[ \t]+by|escorted[ \t]+by|referred[ \t]+to|transferred[ \t]+to|handed[ \t]+(?:over[ \t]+)?to|"
    # whose family a condolence or a notice is for ("à la famille de", "the family of", "het verlies van")
    r"(?:the[ \t]+)?family[ \t]+of|(?:la[ \t]+)?famille[ \t]+d[e'’]|(?:la[ \t]+)?famil(?:ia|le)[ \t]+d[ei]|"
    r"(?:de[ \t]+)?familie[ \t]+van|(?:het[ \t]+)?verlies[ \t]+van|(?:o[ \t]+)?falecimento[ \t]+d[eoa]|"
    # whom the writer reached ("Called Pema Zangpo re ...", "Warden met Tevita Fonua at the door")
    r"called|rang|phoned|e-?mailed|texted|messaged|contacted|met|spoke[ \t]+(?:to|with)|"
    # who holds the keys, the card or the account, as a form's label ("Détenteur des clés :", "Key holder:")
    r"(?:d[ée]tent(?:eur|rice)|titulaire|porteur)[ \t]+d(?:es|u|e[ \t]+la)[ \t]+[^\W\d_]+[ \t]*:|"
    r"key[ \t]*holder[ \t]*:|titular[ \t]+de[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*:|"
    # the signer of a form or a statement in the languages of the local genres
    r"sign[ée]e?[ \t]+par|(?:je[ \t]+)?soussign[ée](?:e|\(e\))?|firmad[oa][ \t]+por|firmat[oa][ \t]+da|"
    r"(?:io[ \t]+)?sottoscritt[oa]|(?:get|onder)tekend[ \t]+door|assinad[oa][ \t]+por|unterschrieben[ \t]+von|"
    r"unterzeichnet[ \t]+von|(?:yo|ich|eu|io|ik)[ \t]*,"
)
_ABBREVIATIONS = r"emp|empl|pt|pat|cust|clt|mbr|tnt|resp"
# Lower-case particles inside a family name ("Eggrún van Rijthoven", "Rui dos Santos Mbala").
_PARTICLES = r"(?:van|von|de|der|den|da|di|del|della|dos|das|du|ter|ten|bin|binti|ibn)"
_CUE = re.compile(
    rf"(?<![\w'’\-.])(?:(?P<phrase>(?i:{_PHRASES}))"
    rf"|(?P<abbr>(?i:{_ABBREVIATIONS}))\.[ \t]*(?P<initial>[{LATIN_UPPER}]\.)"
    rf"|(?P<role>[^\W\d_]+(?:-[^\W\d_]+)?)[ \t]*[:,]?)[ \t]+"
    rf"(?P<name>(?:{_CAP})(?:[ \t]+(?:{_PARTICLES}[ \t]+){{0,2}}(?:{_CAP})){{0,2}})"
)
_WORD = re.compile(_CAP)
_END = re.compile(r"[ \t]*(?:[,.;:!?()\[\]\n\-–/'’]|\d|$|[ \t][a-zß-ÿ])")
_ROLES_EXTRA = frozenset(
    """debtor guarantor donor passenger participant angler applicant claimant tenant resident subject witness
    nok proche familiar familiare familielid""".split()  # noqa: SIM905
)
_CHEAP = frozenset(("travelling", "traveling", "accompanied", "witnessed", "signed", "countersigned", "collected",
                    "referred", "transferred", "handed", "family", "famille", "familia", "famiglia", "familie",
                    "verlies", "falecimento", "détenteur", "détentrice", "detenteur", "titulaire", "porteur",
                    "holder", "keyholder", "titular", "called", "rang", "phoned", "emailed", "e-mailed", "texted",
                    "messaged", "contacted", "met", "spoke",
                    "escorted", "emp", "empl", "pt", "pat", "cust", "clt", "mbr", "tnt", "resp", "signé", "signée",
                    "signe", "soussigné", "soussignée", "firmado", "firmada", "firmato", "firmata", "sottoscritto",
                    "sottoscritta", "getekend", "ondertekend", "assinado", "assinada", "unterschrieben",
                    "unterzeichnet", "yo", "ich", "eu", "io", "ik"))  # fmt: skip


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    from safe_synthesizer.pii.text_name_bracket_relation import RELATIONS
    from safe_synthesizer.pii.text_name_role_prefix import role_nouns

    return (role_nouns() | RELATIONS | _ROLES_EXTRA) - {"man", "frau", "kind", "pa", "family", "relative", "mann"}


def role_unlisted_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of full names right after a role, relation or phrase of company (module docstring)."""
    words = lower_words(text)
    if not (words & _roles() or words & _CHEAP):
        return []
    from safe_synthesizer.pii.text_name_relation_bracketed import capital_name_word
    from safe_synthesizer.pii.text_name_verb_subject import never_name_word

    out = []
    for m in _CUE.finditer(text):
        if m.group("role") and m.group("role").lower() not in _roles():
            continue
        names = list(_WORD.finditer(text, m.start("name"), m.end("name")))
        # A name in capitals after a role in capitals is a heading's words ("CLIENT NOT FOUND"); all one case.
        caps = [w.group().lstrip(_OKINA).isupper() for w in names]
        if any(caps) and (not all(caps) or (m.group("role") or "").isupper()):
            continue
        # Take the longest run of name words that ends at a boundary; after an initial one surname does.
        least = 1 if m.group("initial") else 2
        for k in range(len(names), least - 1, -1):
            run = names[:k]
            if not _END.match(text, run[-1].end()) or not all(
                capital_name_word(_as_capitalised(w.group()), alone=False, surname=i > 0)
                and not never_name_word(w.group().lstrip(_OKINA).lower())  # "Clinique Pasteur", "Lundi Matin"
                for i, w in enumerate(run)
            ):
                continue
            start = m.start("initial") if m.group("initial") else m.start("name")
            if text[start] in _OKINA and (
                text[start + 1 : start + 2] not in "AEIOUĀĒĪŌŪ" or text[run[-1].end() : run[-1].end() + 1] in _OKINA
            ):
                start += 1  # a quote that opens the name, not an okina ("to 'Dave Smith' ...": closed after it)
            out.append((start, run[-1].end(), E.NAME))
            break
    return out


def _as_capitalised(word: str) -> str:
    """``word`` without an okina, and each hyphen part capitalised when it is in capitals (``AL-MOHANNADI``)."""
    word = word.lstrip(_OKINA)
    return "-".join(p.capitalize() for p in word.split("-")) if word.isupper() else word
