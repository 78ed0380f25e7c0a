"""A person's name in the dress of an ACCOUNT or a TAG, or with a TAIL the desk added, read as one decoding layer.

Why: clubs, booking desks and social feeds write the same person as a Windows domain account
(``OFFICE\\geoffrey.shepherd``, Kerberos ``geoffrey.shepherd@OFFICE``), a hashtag or a mention with the words joined
by their capitals or an underscore (``#JamesDennisPinedaHouston``, ``@Gail_Harvey``), or with something after the
name: its initials in brackets (``Giuseppe Trub [GT]``), a membership code after a separator (``Job Scardino ·
F7820``), the child a parent booked for (``Gail Harvey for Tom``, ``für``, ``pour``, ``voor``). Every person reader
read the dress as part of the name and refused the cell; a column mixing these with plain names was published as
written (set 48: the largest family of missed person columns). Nothing here lists a template's layout: each layer
is a general syntax (a domain and a user joined by ``\\`` or ``@``; a sigil and words joined by case or ``_``; a
name and a trailing residue judged by SHAPE: bracketed letters equal to the name's initials, a code of letters AND
digits after a separator, a benefactive preposition of a closed class of languages and a capitalised given name).
Each layer returns the name words inside and a function writing a fake back in the same dress (``OFFICE\\lena.
fischer``, ``#LenaFischer``, ``Lena Fischer [LF]``); it judges nothing (the person readers judge the inner text,
:mod:`cell_machine_encodings` runs these layers with the record syntaxes).

Example::

    text, dress, kind = tag_layer("OFFICE\\\\geoffrey.shepherd")
    text, dress("Lena Fischer-Kamp"), kind   # ("Geoffrey Shepherd", "OFFICE\\\\lena.fischerkamp", "account")
    tag_layer("#JamesDennisPinedaHouston")[0]  # "James Dennis Pineda Houston"
    tag_layer("Giuseppe Trub [GT]")[0]         # "Giuseppe Trub"
    tag_layer("Ana Berg")                      # None
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from safe_synthesizer.pii.person_across_forms import ascii_spelling
from safe_synthesizer.pii.person_cell_grammar import LINKS

__all__ = ["TAG_LAYERS", "TAG_MARKS", "may_wear_tag", "tag_layer"]

# One decoded layer: the text inside, how to dress a fake back, and the layer's kind (as :mod:`cell_record_syntaxes`).
Layer = tuple[str, Callable[[str], str], str]

# Characters some tag or tail writes (a cheap gate beside :data:`cell_machine_encodings.QUICK_MARKS`).
TAG_MARKS = frozenset("#@\\[(（【{·•‧∙⋅|–—")


def _letters(text: str) -> bool:
    """Letters of any script with their combining marks (``প্রিয়া``, ``H̲``), at least one letter."""
    return bool(text) and text[0].isalpha() and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in text)


def _name_word(word: str) -> bool:
    """A name word: letters, with inner ``-`` or apostrophes, maybe a final dot (an initial)."""
    return all(_letters(p) for p in re.split(r"[-'’ʻ]", word.removesuffix(".")))


# -- accounts: DOMAIN\user.name, user.name@REALM --------------------------------------------------------------------

_DOMAIN_USER = re.compile(r"^([A-Za-z][A-Za-z0-9\-]{0,23})\\([^\s\\@]{3,60})$")
_USER_REALM = re.compile(r"^([^\s\\@]{3,60})@([A-Z][A-Z0-9\-]{1,23})$")


def _user_pieces(user: str) -> list[str] | None:
    """The letter pieces of a user part joined by ``.``, ``_`` or ``-`` (two to five), else ``None``."""
    pieces = re.split(r"[._\-]", user)
    return pieces if 2 <= len(pieces) <= 5 and all(_letters(p) for p in pieces) else None


def _account(text: str) -> Layer | None:
    m = _DOMAIN_USER.match(text)
    if m is not None and _user_pieces(m.group(2)):
        domain, user = m.group(1), m.group(2)
        return _user_words(user), lambda fake: f"{domain}\\{_user_like(fake, user)}", "account"
    m = _USER_REALM.match(text)
    if m is not None and _user_pieces(m.group(1)):
        user, realm = m.group(1), m.group(2)
        return _user_words(user), lambda fake: f"{_user_like(fake, user)}@{realm}", "account"
    return None


def _user_words(user: str) -> str:
    """``geoffrey.shepherd`` -> ``Geoffrey Shepherd`` (each piece a word, capitalised where the script has case)."""
    return " ".join(p[:1].upper() + p[1:] for p in re.split(r"[._\-]", user))


def _user_like(fake: str, user: str) -> str:
    """``fake`` written as the user part ``user`` is: as many pieces (the last takes the rest, glued), the same
    separator, lower case when it was, ASCII when it was."""
    sep = next((c for c in user if c in "._-"), ".")
    n = len(re.split(r"[._\-]", user))
    words = [re.sub(r"[^\w]", "", w) for w in fake.replace("-", " ").split()]
    words = [w for w in words if w] or ["x"]
    if len(words) > n:
        words = [*words[: n - 1], "".join(words[n - 1 :])]
    out = sep.join(words)
    if user == user.lower():
        out = out.lower()
    if user.isascii():
        out = ascii_spelling(out)
    return out


# -- tags: #CamelJoined, @Under_Scored --------------------------------------------------------------------------------

_TAG = re.compile(r"^([#@＃])(\S{3,60})$")


def _camel_words(body: str) -> list[str] | None:
    """The words of a tag body joined by ``_`` or by capitals (``JamesDennisPineda``, ``Aït``, ``İnönü``)."""
    if "_" in body:
        words = [w for w in body.split("_") if w]
        return words if 2 <= len(words) <= 6 and all(_letters(w) for w in words) else None
    if not _letters(body):
        return None
    words, cur = [], ""
    for ch in body:
        if ch.isupper() and cur and not cur[-1].isupper():
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    if not 2 <= len(words) <= 6 or not all(w[0].isupper() and len(w) >= 2 and not w.isupper() for w in words):
        return None
    return words


def _hashtag(text: str) -> Layer | None:
    m = _TAG.match(text)
    if m is None:
        return None
    sigil, body = m.group(1), m.group(2)
    words = _camel_words(body)
    if words is None:
        return None
    joiner = "_" if "_" in body else ""

    def dress(fake: str) -> str:
        parts = [re.sub(r"[^\w]", "", w) for w in fake.replace("-", " ").split()]
        if body == body.lower():  # a tag written in lower case
            return sigil + joiner.join(p.lower() for p in parts if p)
        return sigil + joiner.join(p[:1].upper() + p[1:] for p in parts if p)

    return " ".join(words), dress, "tag"


# -- tails: initials in brackets, a code after a separator, the one booked for --------------------------------------

_BRACKETS = {"[": "]", "(": ")", "（": "）", "【": "】", "{": "}"}
_INITIALS_TAIL = re.compile(r"^(.+?)\s*([\[(（【{])\s*([^\W\d_]{1,6})\s*([\])）】}])$")
_CODE_TAIL = re.compile(r"^(.+?)\s+([·•‧∙⋅|–—])\s+([A-Za-z0-9][A-Za-z0-9\-/]{1,13})$")

# The benefactive preposition ("for", "on behalf of") of a closed class of languages: a parent booking for a child.
# Words that are also name particles (``de``, ``le``, ``da``, ``do``) are left out: ``S. le Guellec`` is one name.
_BENEFACTIVE_WORDS = frozenset({
    "for", "für", "pour", "voor", "vir", "para", "pra", "per", "för", "fyrir", "pro", "dla", "pentru", "për", "için",
    "untuk", "buat", "kwa", "til", "bilong", "fir", "pel", "pola", "alang",
})  # fmt: skip
BENEFACTIVE = _BENEFACTIVE_WORDS - LINKS


def _name_shaped(head: str) -> bool:
    """Two to six words, each a name word: capitalised, a short lower-case particle, or of a script without case."""
    words = head.split()
    if not 2 <= len(words) <= 6 or not all(_name_word(w) for w in words):
        return False
    cased = [w for w in words if any(c.isupper() or c.islower() for c in w)]
    capital = [w for w in cased if w[0].isupper()]
    lower = [w for w in cased if not w[0].isupper()]
    return (not cased or len(capital) >= 2) and all(len(w) <= 4 for w in lower)


def _capitalised(word: str) -> bool:
    """A capital and then lower case (``Tom``, ``Zeinabou``), not an acronym (``QC``)."""
    return word[0].isupper() and len(word) >= 2 and any(c.islower() for c in word[1:])


def _initials_styles(head: str) -> dict[str, str]:
    """The initials a desk writes for ``head``, per style: of its words (``AVDM``), of its words and hyphen parts
    (``MHC``), of its capitalised words (``DVE`` -> ``DE``), of the first and last word."""
    words = head.replace(",", " ").split()
    if not words:
        return {}
    styles = {
        "words": "".join(w[0] for w in words),
        "parts": "".join(p[0] for w in words for p in re.split(r"[-'’]", w) if p),
        "capitals": "".join(w[0] for w in words if w[0].isupper()),
        "ends": words[0][0] + words[-1][0],
    }
    return {k: v.upper() for k, v in styles.items() if v}


def _initials_tail(text: str) -> Layer | None:
    m = _INITIALS_TAIL.match(text)
    if m is None or _BRACKETS[m.group(2)] != m.group(4):
        return None
    head, letters = m.group(1).strip(), m.group(3)
    if not _name_shaped(head) or letters.upper() != letters:
        return None
    style = next((k for k, v in _initials_styles(head).items() if v == letters), None)
    if style is None:
        return None
    opener, closer = m.group(2), m.group(4)
    gap = " " if m.group(1) != m.group(1).rstrip() or text[len(m.group(1))].isspace() else ""

    def dress(fake: str) -> str:
        initials = _initials_styles(fake).get(style) or _initials_styles(fake).get("words", "")
        return f"{fake}{gap}{opener}{initials}{closer}"

    return head, dress, "initials"


def _code_tail(text: str) -> Layer | None:
    m = _CODE_TAIL.match(text)
    if m is None:
        return None
    head, sep, code = m.group(1).strip(), m.group(2), m.group(3)
    if not (any(c.isdigit() for c in code) and any(c.isalpha() for c in code)) or not _name_shaped(head):
        return None
    middle = text[len(m.group(1)) : len(text) - len(code)]
    return head, lambda fake: f"{fake}{middle}{code}", f"code:{sep}"


@lru_cache(maxsize=1)
def _given_names() -> tuple[str, ...]:
    from safe_synthesizer.pii import gazetteers

    names = gazetteers.first_names()
    return tuple(sorted(w.capitalize() for w in names if w.isascii() and w.isalpha() and 3 <= len(w) <= 9))


def _stand_in_given(original: str, fake: str) -> str:
    """A given name standing in for ``original`` (the child), the same for the same child and fake."""
    names = _given_names()
    if not names:
        return fake.split()[0]
    digest = hashlib.sha256(f"{original}\x1f{fake}".encode()).digest()
    return names[int.from_bytes(digest[:4], "big") % len(names)]


def _for_tail(text: str) -> Layer | None:
    words = text.split()
    at = next((i for i in range(2, len(words) - 1) if words[i] in BENEFACTIVE), None)
    if at is None:
        return None
    head, word, child = " ".join(words[:at]), words[at], words[at + 1 :]
    if not _name_shaped(head) or len(child) > 2 or not all(_name_word(w) and _capitalised(w) for w in child):
        return None

    def dress(fake: str) -> str:
        return f"{fake} {word} {' '.join(_stand_in_given(w, fake) for w in child)}"

    return head, dress, "for"


# A cheap test for the benefactive tail (no mark character): a space, one of the words, a space, a capital.
_FOR_GATE = re.compile(r"\s(?:" + "|".join(sorted(map(re.escape, BENEFACTIVE), key=len, reverse=True)) + r")\s\S")

# The layers in the order they are tried (the accounts before anything reads their backslash as an escape).
TAG_LAYERS: tuple[Callable[[str], Layer | None], ...] = (_account, _hashtag, _initials_tail, _code_tail, _for_tail)


def may_wear_tag(cell: str) -> bool:
    """A cheap test: ``cell`` holds a tag's or a tail's mark, or a benefactive word between words."""
    return any(ch in TAG_MARKS for ch in cell) or (" " in cell and _FOR_GATE.search(cell) is not None)


def tag_layer(text: str) -> Layer | None:
    """The name inside ``text``'s account, tag or tail dress and how to dress a fake back, or ``None``.

    Example::

        text, dress, kind = tag_layer("Job Scardino · F7820")
        text, dress("Lena Fischer"), kind   # ("Job Scardino", "Lena Fischer · F7820", "code:·")
    """
    text = text.strip()
    for layer in TAG_LAYERS:
        if (found := layer(text)) is not None:
            return found
    return None
