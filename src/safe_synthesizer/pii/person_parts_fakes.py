"""Fakes of person cells in any form: the person part faked, the residue kept, an e-mail in it rebuilt on the fake.

Why: a person column written in forms no layout fake lists (``Morales; Autumn``, ``Rakotoarisoa | Rivo``, ``Judy
Brown (57)``, ``Ryan Lucas <ryan_lucas@outlook.com>``, ``à l'att. de Aurélie Boulanger``) went whole through the
full-name fake, which read the residue as name words (an e-mail faked as a surname, ``(57)`` kept inside the name,
``;`` lost). The form-free reader (:func:`person_cell_parts.read_person_parts`) says where the person part is; this
module fakes only that part, through the name fakes' own full-name mapper (one person, one fake, in every form of
the column and in other columns), and keeps the residue as written, except an e-mail, whose local part is
rebuilt from the fake's words (``ryan_lucas@outlook.com`` -> ``kevin_moss@outlook.com``): a real address is never
left, and the cell stays coherent.

Cells whose residue is only titles, initials' dots and commas are left to the full-name fake, which reads those.

Example::

    form_free_fakes(["Morales; Autumn"], lambda vs: {v: "Lee, Ann" for v in vs})  # {'Morales; Autumn': 'Lee; Ann'}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from safe_synthesizer.pii.column_mixed_form_people import split_handle
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.person_any_form import fold_word
from safe_synthesizer.pii.person_cell_parts import PERSON_SLOT, PersonParts, read_person_parts

__all__ = ["form_free_fakes", "needs_parts_fake"]

_LOCAL_RUNS = re.compile(r"([^\W\d_]+)")
# Residue the full-name fake reads itself: titles, dots, commas, spaces.
_READ_BY_FULL_NAMES = re.compile(r"[\s.,]+")


def needs_parts_fake(parts: PersonParts) -> bool:
    """The residue holds more than titles, dots and commas (the full-name fake's own reading), and a cell of two
    runs is one person inverted (one run a single word: ``Bachmann | Klaus Dieter``), not two people written out
    (``Anna Berg; Tom Lee``: the joined-people fake's)."""
    if parts.family_first and min(len(_run_words(parts, r)) for r in parts.runs) > 1:
        return False
    rest = parts.frame.replace(PERSON_SLOT, " ")
    words = [w for w in _READ_BY_FULL_NAMES.split(rest) if w]
    if any(unicodedata.category(w[0]).startswith("M") for w in words):
        # A vowel sign cut from its letter (``ப. தேவி``: the reader's words are letters only): a word was split, there
        # is no residue; the full-name fake reads the initial and the name whole.
        return False
    return any(w.casefold() not in TITLES for w in words) or (parts.family_first and "," not in parts.frame)


def form_free_fakes(originals: Sequence[str], full_names: Callable[[list[str]], dict[str, str]]) -> dict[str, str]:
    """Fakes of the cells of ``originals`` that hold a person part and a residue the full-name fake does not read
    (others left out); ``full_names``: the name fakes' full-name mapper (``Family, Given`` keeps its comma)."""
    read = {v: p for v in dict.fromkeys(originals) if (p := read_person_parts(v)) is not None and needs_parts_fake(p)}
    if not read:
        return {}
    keys: dict[str, list[str]] = {v: _keys(p) for v, p in read.items()}
    fakes = full_names(list(dict.fromkeys(k for ks in keys.values() for k in ks)))
    return {v: _rebuild(p, keys[v], fakes) for v, p in read.items()}


def _run_words(parts: PersonParts, run: tuple[int, int]) -> list[str]:
    return [w for w in parts.words if parts.text.find(w, *run) >= 0 and len(w.rstrip(".")) > 1]


def _segments(parts: PersonParts, run: tuple[int, int]) -> list[tuple[int, int]]:
    """The run's stretches outside its name chunks (``Dean`` and ``Harris`` of ``Dean "Buzz" Harris``)."""
    start, end = run
    out = []
    for s, e in sorted(x for x in parts.extra if start <= x[0] < end):
        out.append((start, s))
        start = e
    out.append((start, end))
    return [(s + len(parts.text[s:e]) - len(parts.text[s:e].lstrip()), e - len(parts.text[s:e]) + len(
        parts.text[s:e].rstrip())) for s, e in out if parts.text[s:e].strip()]  # fmt: skip


def _run_text(parts: PersonParts, run: tuple[int, int]) -> str:
    return " ".join(parts.text[s:e] for s, e in _segments(parts, run))


def _keys(parts: PersonParts) -> list[str]:
    """What the full-name mapper fakes: the person as ``Given Family``, then each name chunk."""
    text = parts.text
    if parts.family_first:
        person = f"{_run_text(parts, parts.runs[1])} {_run_text(parts, parts.runs[0])}"
    else:
        person = _run_text(parts, parts.runs[0])
    return [person, *(text[s + 1 : e - 1].strip() for s, e in parts.extra)]


def _spread(parts: PersonParts, runs: Sequence[tuple[int, int]], fake: str) -> list[tuple[int, int, str]]:
    """The fake's words laid over the runs' stretches, as many words to each as it had (all to the first when the
    counts differ)."""
    stretches = [seg for run in runs for seg in _segments(parts, run)]
    sizes = [len(parts.text[s:e].split()) for s, e in stretches]
    words = fake.split()
    if sum(sizes) != len(words):
        return [(stretches[0][0], stretches[0][1], fake)] + [(s, e, "") for s, e in stretches[1:]]
    out, k = [], 0
    for (s, e), size in zip(stretches, sizes, strict=True):
        out.append((s, e, " ".join(words[k : k + size])))
        k += size
    return out


def _rebuild(parts: PersonParts, keys: list[str], fakes: dict[str, str]) -> str:
    text = parts.text
    person = fakes.get(keys[0], keys[0])
    # Given words first in the key: a family-first cell's runs are laid over in that order.
    runs = [parts.runs[1], parts.runs[0]] if parts.family_first else [parts.runs[0]]
    pieces = _spread(parts, runs, person)
    for (s, e), key in zip(parts.extra, keys[1:], strict=True):
        chunk = text[s:e]
        inner = chunk[1:-1]
        lead = inner[: len(inner) - len(inner.lstrip())]
        trail = inner[len(inner.rstrip()) :]
        pieces.append((s, e, f"{chunk[0]}{lead}{fakes.get(key, key)}{trail}{chunk[-1]}"))
    if parts.emails:
        pairs = _word_pairs(keys[0], person)
        pieces += [(s, e, _fake_email(text[s:e], pairs)) for s, e in parts.emails]
    out, pos = [], 0
    for s, e, new in sorted(pieces):
        out += [text[pos:s], new]
        pos = e
    return " ".join("".join([*out, text[pos:]]).split())


def _word_pairs(original: str, fake: str) -> dict[str, str]:
    """Folded original name word -> folded fake word, word by word when the counts agree (parts of a double name
    too), else every original word to the whole fake."""
    ow = [w for w in re.split(r"[\s,]+", original) if w]
    fw = [w for w in re.split(r"[\s,]+", fake) if w]
    pairs: dict[str, str] = {}
    if len(ow) != len(fw):
        whole = "".join(fold_word(w) for w in fw)
        return {fold_word(w): whole for w in ow}
    for o, f in zip(ow, fw, strict=True):
        pairs[fold_word(o)] = fold_word(f)
        o_parts, f_parts = o.split("-"), f.split("-")
        for k, part in enumerate(o_parts):
            pairs.setdefault(fold_word(part), fold_word(f_parts[k]) if k < len(f_parts) else "")
    return {k: v for k, v in pairs.items() if k}


def _fake_email(email: str, pairs: dict[str, str]) -> str:
    """The e-mail with its local part's name words (whole, glued or as an initial) written as the fake's, the rest
    kept; a local part no name word covers is written as the fake's words."""
    local, at, domain = email.partition("@")
    opener = "<" if local.startswith("<") else ""
    local = local[len(opener) :]
    vocabulary = frozenset(pairs)
    initials = {k[:1]: v[:1] for k, v in pairs.items() if k and v}

    def swap(m: re.Match[str]) -> str:
        run = m.group(1)
        folded = fold_word(run)
        if folded in pairs:
            return pairs[folded]
        split = split_handle(folded, vocabulary, initial=True)
        if split is None:
            return run
        return "".join(pairs.get(w, initials.get(w, w)) if len(w) > 1 else initials.get(w, w) for w in split)

    new_local = _LOCAL_RUNS.sub(swap, local)
    if fold_word(new_local) == fold_word(local):
        new_local = ".".join(v for v in dict.fromkeys(pairs.values()) if v) or "x"
    return f"{opener}{new_local}{at}{domain}"
