"""A column header with its machine and typographic DRESS taken off, so the header readers see its words.

Why: exports write a header in the dress of the tool that made them, and every new tool brings a new dress: code
accessors (``row["owner_of_book"]``, ``getRéservéPar()``, ``record.guest``), struct tags (``json:"begleitung"``,
``db:"date_of_birth"``), spreadsheet formulas (``="Date of birth"``), HTTP and mail header prefixes (``X-Barreur``),
quotes and guillemets of any language (``«Crew»``, ``„Gast“``, ``「顧客」``), a lookup's source table
(``Serial (from Contacts)``), Unicode styled letters (math bold
``𝐆𝐮𝐞𝐬𝐭``, full-width ``Ｇｕｅｓｔ``), leading markers (``! Timonel``, ``* Name``, ``→ Phone``), and the marks of a
duplicated header (``Name (2)``, ``Name.1``, R's ``Name...3``). A list of dressed headers falls behind the next
tool; this reader takes off the dress by its STRUCTURE in layers (Unicode compatibility forms, then the wrappers
from the outside in, then accessor and tag syntax, then prefixes and duplicate marks) and leaves the words, with
camelCase and snake/kebab case cut into words in any script with case (``EnfantFêté`` -> ``Enfant Fêté``; the ASCII
splitter of :mod:`cues` does not cut at ``é|P``). A header with no dress comes back as it was, so the hook costs
nothing where there is nothing to undress; the words are still read by :func:`cues.tokens` and its readers.

Example::

    undress_header('row["owner_of_book"]')  # 'owner of book'
    undress_header("getRéservéPar()")       # 'Réservé Par'
    undress_header("X-Date-Of-Birth")       # 'Date Of Birth'
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from safe_synthesizer.pii.header_code_notation import undress_notation
from safe_synthesizer.pii.header_dress_layers import peel_header_dress

__all__ = ["undress_header"]

# Opening and closing quote marks of the world's typographies, paired (the same mark may open and close).
_QUOTE_PAIRS = {
    '"': '"', "'": "'", "`": "`", "«": "»", "»": "«", "‹": "›", "›": "‹", "„": "“”", "‚": "‘’", "“": "”“",
    "‘": "’‘", "”": "”", "’": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "【": "】", "〔": "〕",
    "⟨": "⟩", "(": ")", "[": "]", "{": "}", "<": ">",
}  # fmt: skip
# A spreadsheet formula that only yields a text (``="Phone"``, ``=T("Phone")``, ``=("Phone")``).
_FORMULA = re.compile(r"^=\s*(?:[A-Za-z]{1,12}\s*)?\(?\s*(.*?)\s*\)?$")
# A struct tag or key-value label: ``json:"x"``, ``db:'x'``, ``gorm:"column:x"``, ``bson:"x,omitempty"``.
_TAG = re.compile(r"""^[A-Za-z][\w-]{0,15}\s*[:=]\s*(["'`])(?:[a-z]+:)?([^"'`,;]+)[^"'`]*\1$""")
# A subscript with a quoted key, on any receiver: ``row["x"]``, ``r['x']``, ``data.get("x")``, ``$_POST['x']``.
_SUBSCRIPT = re.compile(r"""^[^\s"'\[\]()]{0,24}[\[(]\s*(["'`])(.+?)\1\s*(?:,[^\]\)]*)?[\])]$""")
# A getter or a call with no argument: ``getGrower()``, ``get_date_of_birth()``, ``fetchName()``, ``name()``.
_CALL = re.compile(
    r"^(?:(?:get|fetch|read|load|find|lookup|select|is|has)(?=_|[^\W\da-z])_?)?([^\W\d][\w]*)\s*\(\s*\)$"
)
# A template or placeholder dress: ``{{guest}}``, ``${guest}``, ``%(guest)s``, ``:guest``, ``@guest``, ``$guest``.
_TEMPLATE = re.compile(r"^(?:\{\{\s*|\$\{\s*|%\(|\[\[\s*)(.+?)(?:\s*\}\}|\s*\}|\)s|\s*\]\])$")
# Receivers of an attribute path that say nothing of the field (``row.guest``, ``self.owner``, ``record.dob``).
_RECEIVERS = frozenset({
    "row", "rec", "record", "obj", "self", "this", "item", "entry", "doc", "data", "df", "elem", "node", "result",
    "resp", "response", "payload", "body", "json", "src", "model", "form", "params", "fields",
})  # fmt: skip
_ATTRIBUTE = re.compile(r"^([A-Za-z_$]\w*)\s*(?:\.|->|::)\s*([^\W\d]\w*)$")
# A custom HTTP or mail header's prefix (``X-Barreur``, ``X_Grower``); a sigil or list marker before the words.
_X_PREFIX = re.compile(r"^[Xx][-_](?=[^\W\d_])")
_LEADING_MARKS = re.compile(r"^[\s!?*#>@$%&~^|:;.,+=\-–—•·→⇒►▶▸✓✔☐☑✗-]+(?=\w)")
# Marks of a duplicated header: ``Name (2)``, ``Name [2]``, ``Name.1``, ``Name...3``, ``Name_2`` when the stem has
# letters; ``...3`` alone is R's name for an unnamed column and is left as it is (it says nothing).
_DUPLICATE = re.compile(r"(?<=[^\W\d_])\s*(?:\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\]|\.{1,3}\d{1,2}|#\d{1,2})$")
# A lookup field's source table (Airtable's ``Serial (from Contacts)``) names where the field comes from, not what it
# holds: ``Serial`` is no contact.
_LOOKUP_SOURCE = re.compile(r"\s*\(from [^)]*\)\s*$", re.IGNORECASE)


def _non_ascii_camel(text: str) -> bool:
    """A case boundary the ASCII splitter of :mod:`cues` misses (``FêtéPar``, ``ÖzelAd``)."""
    return any(a.islower() and b.isupper() and not (a.isascii() and b.isascii()) for a, b in itertools.pairwise(text))


def _fold_styles(text: str) -> str:
    """Compatibility forms to their letters: math bold/italic/script, full-width, circled, ligatures."""
    return unicodedata.normalize("NFKC", text)


def _unwrap_quotes(text: str) -> str:
    """Strip quote, bracket and guillemet pairs that wrap the whole header, outside in."""
    for _ in range(4):
        text = text.strip()
        if len(text) >= 3 and text[0] in _QUOTE_PAIRS and text[-1] in _QUOTE_PAIRS[text[0]]:
            inner = text[1:-1]
            if text[0] in "([{<" and any(c in inner for c in "([{<"):
                break  # ``(a) (b)`` is no wrapper
            text = inner
            continue
        break
    return text


def _cut_case(text: str) -> str:
    """camelCase, snake_case and kebab-case cut into words, in any script with case: before an upper-case letter
    after a lower-case one, and before the last capital of a run followed by lower case (``IDSeen`` -> ``ID Seen``)."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch.isupper() and prev and (prev.islower() or (prev.isupper() and nxt.islower())):
            out.append(" ")
        out.append(ch)
    return re.sub(r"[_\s]+", " ", "".join(out)).strip()


@lru_cache(maxsize=8192)
def undress_header(column_name: str) -> str:
    """The header's words without machine or typographic dress (see the module); a plain header is returned as is.

    Example::

        undress_header('json:"geburtsdatum"')  # 'geburtsdatum'
        undress_header("𝐁𝐨𝐨𝐤𝐞𝐝 𝐛𝐲")            # 'Booked by'
        undress_header("Name (2)")              # 'Name'
    """
    original = str(column_name)
    # Letter variants NFKC leaves, escapes, code declarations, multi-level headers (:mod:`header_dress_layers`).
    text = _fold_styles(peel_header_dress(original)).strip()
    for _ in range(4):  # layers: each pass takes off one dress, outside in
        before = text
        if (m := _FORMULA.match(text)) and text.startswith("="):
            text = m.group(1)
        # An export tool's notation: field codes, SQL aliases, R accessors, screen readers, gender endings.
        text = _unwrap_quotes(undress_notation(text))
        if (m := _TAG.match(text)) or (m := _SUBSCRIPT.match(text)):
            text = m.group(2)
        elif m := _TEMPLATE.match(text):
            text = m.group(1)
        elif (m := _ATTRIBUTE.match(text)) and m.group(1).lower() in _RECEIVERS:
            text = m.group(2)
        elif m := _CALL.match(text):
            text = m.group(1)
        text = _LEADING_MARKS.sub("", _X_PREFIX.sub("", text.strip()))
        text = _DUPLICATE.sub("", _LOOKUP_SOURCE.sub("", text)).strip()
        if text == before:
            break
    if not text or not any(c.isalpha() for c in text):
        return original  # nothing but dress (``...3``): leave it for the readers of meaningless headers
    if text == original.strip() and not _non_ascii_camel(text):
        return original
    return _cut_case(text)
