"""Fake values per entity that need more than a shuffled layout: e-mails, URLs, street lines,
postcodes of a locale, and picks from a pool that avoid given originals.

Each function takes the pools and a numpy generator, so the caller decides what the draws depend
on (the run's generator, or in keyed mode a generator seeded by the value alone).

Example::

    rng = np.random.default_rng(0)
    street(Pools(["en_GB"], 0), "Flat 3, 12 Mill Lane", "en_GB", rng)  # 'Flat 7, 48 Smith Lodge'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

import numpy as np

from safe_synthesizer.pii import addresses as A
from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii import formats as F
from safe_synthesizer.pii.fake_pools import Pools, letter_words, postcodes_by_layout
from safe_synthesizer.pii.locales import is_valid_postcode
from safe_synthesizer.pii.name_parts import match_case
from safe_synthesizer.pii.script_fakes import japanese_address_like
from safe_synthesizer.pii.validators.japanese import is_japanese_address


def ascii_word(word: str) -> str:
    """Lower-case ASCII letters of ``word`` (accents dropped); ``user`` when none are left."""
    norm = unicodedata.normalize("NFKD", str(word)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", norm.lower()) or "user"


def emails(pools: Pools, n: int, rng: np.random.Generator, locale: str | None = None) -> list[str]:
    """``first.last12@domain`` addresses from the name and domain pools of ``locale`` (a Hungarian
    note's ``margit_laszlo79@citromail.hu`` gets a Hungarian-made fake, not ``andre.mccullough``)."""
    firsts, lasts = pools.get("first_name", locale), pools.get("last_name", locale)
    first = firsts[rng.integers(0, len(firsts), size=n)]
    last = lasts[rng.integers(0, len(lasts), size=n)]
    domains = np.concatenate([pools.get("free_email_domain", locale), pools.get("domain_name", locale)[:200]])
    dom = domains[rng.integers(0, len(domains), size=n)]
    seps = np.array([".", "_", ""], dtype=object)[rng.integers(0, 3, size=n)]
    nums = rng.integers(0, 1000, size=n)
    with_num = rng.random(n) < 0.5
    out = []
    for f, la, d, s, k, w in zip(first, last, dom, seps, nums, with_num, strict=True):
        local = ascii_word(f) + s + ascii_word(la) + (str(k) if w else "")
        out.append(f"{local}@{d}")
    return out


def urls(pools: Pools, originals: list[str], rng: np.random.Generator) -> list[str]:
    """``www.<domain>/`` keeping the original's scheme."""
    domains = pools.get("domain_name")
    picks = domains[rng.integers(0, len(domains), size=len(originals))]
    out = []
    for v, d in zip(originals, picks, strict=True):
        scheme = re.match(r"^[a-zA-Z]+://", v)
        out.append(f"{scheme.group(0) if scheme else ''}www.{d}/")
    return out


_STREET_REDRAWS = 8


def _street_words(line: str) -> str:
    """The words of a street line without its numbers and punctuation, lower case (``petőfi utca``)."""
    return " ".join(letter_words(line))


def _keeps_street(fake: str, line: str, generic: frozenset[str]) -> bool:
    """Whether a drawn street shows the original's again: the same words, or a name word of three
    or more letters that street types do not explain (``Intrarea Alexe Pușcașu`` -> ``Soseaua Pușcașu``)."""
    fake_words, line_words = _street_words(fake), _street_words(line)
    if fake_words == line_words:
        return True
    names = {w for w in line_words.split() if len(w) >= 3 and w not in generic}
    return bool(names & set(fake_words.split()))


def street(pools: Pools, original: str, locale: str | None, rng: np.random.Generator) -> str:
    """A street line of ``locale``: with a house number when the original has one, unit kept.

    A Japanese block line (``北上野5-26-4``) gets a block line of the same parts, not Faker ``ja_JP``'s
    Western-order street address."""
    if is_japanese_address(original):
        return japanese_address_like(pools, original, rng)
    line, unit = A.unit_suffix(original.strip())
    has_number = any(ch.isdigit() for ch in line)
    if locale and locale not in ("en_US", "en_GB"):
        kind = "street_address" if has_number else "street_name"
        pool, generic = pools.get(kind, locale), pools.shared_words(kind, locale)
        fake = str(pool[rng.integers(0, len(pool))])
        # A common street (``Petőfi utca``) is often drawn again: a new house number alone keeps the
        # original's street in the output, so such a draw is redrawn (a few times; pools are large).
        for _ in range(_STREET_REDRAWS):
            if not _keeps_street(fake, line, generic):
                break
            fake = str(pool[rng.integers(0, len(pool))])
        fake = A.unit_suffix(fake)[0]
        if "\n" not in original:  # Faker en_IN writes "170\nSant Marg": one line stays one line
            fake = re.sub(r"\s*\n\s*", ", ", fake.strip())
    else:
        number = re.match(r"^\s*(\d+)", line)
        width = len(number.group(1)) if number else 3
        pool, generic = pools.get("street_name", locale), pools.shared_words("street_name", locale)
        name = pool[rng.integers(0, len(pool))]
        for _ in range(_STREET_REDRAWS):
            if not _keeps_street(str(name), line, generic):
                break
            name = pool[rng.integers(0, len(pool))]
        low = 10 ** (width - 1) if width > 1 else 1
        fake = f"{int(rng.integers(low, 10**width))} {name}" if has_number else str(name)
    if unit:
        m = re.match(r"(\s+\S+\s*)(.*)$", unit)
        fake += m.group(1) + F.scramble(m.group(2), rng, nonzero_first=True) if m else unit
    return match_case(fake, original)


# Marks that stay before a faked code: Japan's 〒, and the country letters of European mail ("H-7311", "CH-8001").
_POSTCODE_MARK = re.compile(r"^〒\s?|^(?:[A-Z]{1,2}|CH)-(?=\d{4,5}$)")


def postcode_mark(value: str) -> str:
    """The mark before a postcode that a fake keeps (``〒``, ``H-``), or ``""``."""
    mark = _POSTCODE_MARK.match(value.strip())
    return mark.group(0) if mark else ""


def postcodes(
    pools: Pools, originals: list[str], locale: str, rng: np.random.Generator, *, avoid: Collection[str] = ()
) -> list[str]:
    """Postcodes of ``locale`` from Faker, in the original's layout where the pool has one, none of them
    in ``avoid`` (lower case: the run's real codes) while a few draws find one that is not."""
    by_layout = {
        layout: kept
        for layout, codes in postcodes_by_layout((locale,), pools.seed).items()
        # Faker writes some codes no post office uses (Indian PINs starting with 0).
        if (kept := [c for c in codes if is_valid_postcode(c, locale)])
    }
    draws = rng.integers(0, 1 << 30, size=(len(originals), 8))
    out = []
    for v, draw in zip(originals, draws, strict=True):
        compact = v.strip().upper()
        # No code of the pool is written like the original (Faker's five-digit Taiwanese codes beside a
        # six-digit one): its own layout, scrambled, rather than a code of another length.
        zip_plus4 = re.fullmatch(r"\d{5}(-\d{4})", compact)
        layout = (compact[:5] if zip_plus4 else compact).translate(B._LAYOUT)
        same = by_layout.get(layout) or by_layout.get(layout.replace(" ", ""))  # the pool's codes, unspaced too
        fake = None if not same else next((same[d % len(same)] for d in draw if same[d % len(same)] != compact
                                           and same[d % len(same)].lower() not in avoid), None)  # fmt: skip
        if not is_valid_postcode(v, locale):
            fake = None  # not a postcode of this locale (an Indian PIN in an en_US column): keep its layout
        fake = fake or F.scramble(v, rng)
        if " " not in compact:
            fake = fake.replace(" ", "")
        elif " " not in fake and len(fake) == len(compact) - 1:
            fake = fake[: compact.index(" ")] + " " + fake[compact.index(" ") :]
        if zip_plus4 and "-" not in fake:
            fake += "-" + F.scramble(zip_plus4.group(1)[1:], rng)
        out.append(fake.lower() if v.islower() else fake)
    return out


def pick_avoiding(
    pool: np.ndarray, originals: list[str], avoid: Collection[str], rng: np.random.Generator
) -> list[str]:
    """One pool value per original, none of them in ``avoid`` (lower case) while the pool allows."""
    allowed = np.array([p for p in pool if p.lower() not in avoid], dtype=object)
    # Small closed domains (50 states) can run out of values that are not originals.
    candidates = allowed if len(allowed) else pool
    picks = list(candidates[rng.integers(0, len(candidates), size=len(originals))])
    if not len(allowed) and len(pool) > 1:
        # Every pool value is some original (17 Korean provinces, all in the table): the fake may be
        # another record's value, never the value's own.
        for i, o in enumerate(originals):
            while str(picks[i]).lower() == o.lower():
                picks[i] = pool[rng.integers(0, len(pool))]
    return [match_case(str(p), o) for p, o in zip(picks, originals, strict=True)]


# Leading digits postcodes of a locale can start with, where Faker's own codes are not valid (its
# el_GR codes start with 0 or 9; Greek codes run 100 00 - 859 00). Other digits stay random.
POSTCODE_FIRST_DIGITS = {"el_GR": "12345678"}


def first_digit_postcodes(originals: list[str], locale: str, rng: np.random.Generator) -> list[str]:
    """Same layout as each original (``104 31`` -> ``562 08``), a first digit the locale uses."""
    allowed = np.array(list(POSTCODE_FIRST_DIGITS[locale]))
    out = B.scramble_many(originals, rng, letters=False)
    firsts = allowed[rng.integers(0, len(allowed), size=len(out))]
    fixed = []
    for fake, first in zip(out, firsts, strict=True):
        at = next((j for j, ch in enumerate(fake) if ch.isdigit()), None)
        fixed.append(fake if at is None else fake[:at] + str(first) + fake[at + 1 :])
    return fixed
