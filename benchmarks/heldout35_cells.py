"""Held-out set 35: what every shape's table shares: the table's context (locale, language, seeded draws, people
who come back), sparse columns, junk and the look-alikes no shape owns."""

from __future__ import annotations

import random
import types

import heldout32_people as p32
import heldout35_language as language
import heldout35_people as people

LOCAL_LANGS = ("de", "fr", "es", "it", "nl", "pt")


def context(locale: str, seed: int, n: int) -> types.SimpleNamespace:
    """The draws of one table: ``rng`` seeded with the seed (and the locale), the name sources and ``n`` rows."""
    rng = random.Random(f"{locale}/{seed}/35")
    return types.SimpleNamespace(locale=locale, seed=seed, n=n, rng=rng, lg=language.lang(locale),
                                 src=people.sources(locale, seed), region=language.region(locale))  # fmt: skip


def pool(ctx, k: int, child: bool = False) -> list:
    """``k`` people of the locale."""
    return [people.person(ctx.locale, ctx.src, ctx.rng, child=child) for _ in range(max(1, k))]


def rows_of(ctx, crowd: list, repeat: float = 0.3) -> list:
    """One person per row; about ``repeat`` of the rows are people who came back (a visit, an order, a gift)."""
    out: list = []
    fresh = iter(crowd)
    for _ in range(ctx.n):
        p = next(fresh, None) if not out or ctx.rng.random() >= repeat else None
        out.append(p if p is not None else ctx.rng.choice(out or crowd))
    return out


def sparse(ctx, values: list, fill: float) -> list:
    """A column most of whose cells are empty: ``fill`` of them keep their value."""
    return [v if ctx.rng.random() < fill else "" for v in values]


def with_junk(ctx, values: list, share: float = 0.04) -> list:
    """Some cells overwritten with junk (``n/a``, ``?``, ``TBC``, ``see notes``, ``0``, the locale's own word)."""
    return [people.junk(ctx.rng, ctx.locale, share) or v for v in values]


def phone_layouts(ctx) -> list[str]:
    """Two to four layouts a phone column's rows are typed in (set 32's mix)."""
    return p32.phone_mix(ctx.rng)


def h(ctx, key: str, english: str) -> str:
    """A header in the table's language where the gloss has it."""
    return people.header(key, english, ctx.lg)


def local(ctx, words: dict[str, str], english: str) -> str:
    """A shape's own header in the table's language (``words``: language -> header)."""
    return words.get(ctx.lg, english)


def event(ctx, years: int = 2, ahead: int = 0, layout: str = "iso") -> str:
    """A booking, order or visit date: no personal data (``years`` back, ``ahead`` times 60 days forward)."""
    d = language.event_date(ctx.rng, years=years or 0.3, ahead=ahead * 60)
    return language.fmt_date(d, ctx.locale, layout)


def number(ctx, lo: int, hi: int, width: int = 0) -> str:
    """A running or reference number (a look-alike: no personal data)."""
    v = ctx.rng.randint(lo, hi)
    return f"{v:0{width}d}" if width else str(v)


def other(ctx, crowd: list, p) -> object:
    """Another person of the table than ``p`` (the one a note names besides the row's own)."""
    choices = [q for q in crowd if q is not p]
    return ctx.rng.choice(choices) if choices else p


def title(ctx, p) -> str:
    """A courtesy title for ``p`` in the table's language (the locale's own titles)."""
    titles = tuple(language.TITLES[ctx.lg]) or ("Mr", "Ms")
    return titles[1 if getattr(p, "female", False) and len(titles) > 1 else 0]
