"""Name fakes for :class:`~safe_synthesizer.pii.fakes.FakeMapper`: given and family names token by token,
full names through them, so one person keeps one fake wherever the name appears.

``David Allan`` in a name column, ``David`` in a first-name column and ``david allan`` in the row's note share
the fake of ``David`` (in each one's letter case); ``Allan`` likewise. Titles, courtesy words, initials,
particles (``van``) and the written order (``Last, First``; family name first) are kept. In keyed mode (used
under differential privacy) a token's fake is picked by a generator seeded from that token alone.

The mapping lives in the dictionaries the mapper passes in (memory only, never written).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_care_of_names import care_of_fakes
from safe_synthesizer.pii.column_joined_people import joined_fakes
from safe_synthesizer.pii.column_labelled_names import labelled_name_fakes
from safe_synthesizer.pii.column_pnr_names import pnr_fakes
from safe_synthesizer.pii.fake_apart import INITIALS as _INITIALS
from safe_synthesizer.pii.fake_apart import ApartTokens, gives_back
from safe_synthesizer.pii.fake_handles import handle_fakes
from safe_synthesizer.pii.fake_pools import Pools
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.machine_joined_fakes import machine_joined_fakes
from safe_synthesizer.pii.name_honorifics import split_courtesy, split_lower_title
from safe_synthesizer.pii.name_order import latin_family_first
from safe_synthesizer.pii.name_parts import is_particle, match_case, name_kind, name_tokens, split_full_name
from safe_synthesizer.pii.person_parts_fakes import form_free_fakes
from safe_synthesizer.pii.script_fakes import family_first, name_pool
from safe_synthesizer.pii.script_name_layouts import layout_name_fakes

# Initials opening a given-name part that has more after them (``J. Luna`` of ``J. Luna Blanes``).
_LEADING_INITIALS = re.compile(rf"({_INITIALS.pattern})\s*(?![^\W\d_]\.)(\S.*)$")


class NameFakes:
    """Fakes of first, last and full names, consistent within one :class:`FakeMapper`.

    ``maps`` and ``reserved`` are the mapper's own namespace dictionaries (shared, so addresses and
    names see one mapping); ``rng`` is its generator; ``value_rng(namespace, value)`` seeds a draw from
    one value (keyed mode).

    Built by :class:`FakeMapper`, which calls it for ``name``, ``first_name`` and ``last_name``::

        mapper = FakeMapper(["en_US"], seed=0)
        mapper.map_values("name", ["Ann Lee", "ann lee"])  # one fake, in each one's letter case
    """

    def __init__(
        self,
        maps: dict[str, dict[str, str]],
        reserved: dict[str, set[str]],
        pools: Pools,
        rng: np.random.Generator,
        *,
        keyed: bool,
        apart: ApartTokens,
        value_rng: Callable[[str, str], np.random.Generator],
    ) -> None:
        self._maps = maps
        self._reserved = reserved
        self._pools = pools
        self._rng = rng
        self._keyed = keyed
        self._apart = apart
        self._value_rng = value_rng
        # Fakes as drawn (before taking an original's letter case), by case-folded original token.
        self._drawn: dict[str, dict[str, str]] = {}

    def tokens(self, entity: str, originals: Sequence[str], locale: str | None = None) -> dict[str, str]:
        """First/last names are mapped token by token, so "David Allan" and "David" agree."""
        ns = entity
        mapping = self._maps.setdefault(ns, {})
        splitter = re.compile(r"([\s\-]+)")
        # Particles ("van", "de") are no identifier and keep the name readable: kept as written.
        mapping.update((t, t) for v in originals for t in v.split() if is_particle(t))
        tokens = {t for v in originals for t in splitter.split(v)[::2] if t}
        todo = sorted(t for t in tokens if t not in mapping)
        # "Brianna" in a column and "brianna" in a note are one person: one fake, in each one's letter case.
        drawn = self._drawn.setdefault(ns, {})
        pending = todo
        if not self._keyed:  # one draw per case-folded token not drawn before; the others follow it below
            first_of: dict[str, str] = {}
            for t in pending:
                first_of.setdefault(t.casefold(), t)
            todo = [t for folded, t in first_of.items() if folded not in drawn]
        if todo:
            avoid = {t.lower() for t in mapping} | {t.lower() for t in todo} | self._reserved.get(ns, set())
            # Nor any original given or family name: "Bernard Weiss" must not become "Dwayne Bernard".
            avoid |= self._reserved.get(E.FIRST_NAME, set()) | self._reserved.get(E.LAST_NAME, set())
            # Nor a town of the table: pt_BR and es_ES towns are surnames (``Barros``, ``Cáceres``).
            avoid |= self._reserved.get(E.CITY, set())
            # First names keep their gender where the name lists know it (a name column often
            # sits beside a sex/gender column the model should still be able to learn).
            # Each token's pool is in its own writing (katakana stays katakana, Hangul gets Korean).
            kinds = [_agreeing(name_pool(name_kind(ns, t), t, locale), t) for t in todo]
            for kind in dict.fromkeys(kinds):
                group = [t for t, k in zip(todo, kinds, strict=True) if k == kind]
                pool = self._pools.get(*kind)
                if self._keyed:  # avoid only the token itself; the pick depends on the token only
                    for t in group:
                        own = [p for p in pool if not gives_back(p, t)] or list(pool)
                        pick = own[self._value_rng(ns, t.casefold()).integers(0, len(own))]
                        mapping[t] = match_case(str(pick), t)
                    continue
                # A pool name of several words (``van der Dussen``) is avoided when any of its words is.
                candidates = [p for p in pool if p.lower() not in avoid and not _holds_avoided(p, avoid)]
                if len(candidates) < len(group):
                    # The pool is mostly this table's own names (common names of the pool's
                    # locale): avoiding them all would fold hundreds of names onto a few fakes.
                    # Then a fake may be another record's name, never the token's own.
                    candidates = list(pool)
                picks = [str(candidates[i]) for i in self._rng.integers(0, len(candidates), size=len(group))]
                for j, t in enumerate(group):
                    for _ in range(64):  # bounded: a pool could hold only names of that letter
                        # Nor another name of the token's own records (a small pool: ja_JP family names).
                        if not gives_back(picks[j], t, self._apart) or len(candidates) < 2:
                            break
                        picks[j] = str(candidates[self._rng.integers(0, len(candidates))])
                mapping.update((t, match_case(p, t)) for t, p in zip(group, picks, strict=True))
                drawn.update((t.casefold(), p) for t, p in zip(group, picks, strict=True))
        if not self._keyed:
            mapping.update((t, match_case(drawn[t.casefold()], t)) for t in pending if t not in mapping)
        out = {}
        for v in originals:
            parts = splitter.split(v)
            words = [mapping[p] if i % 2 == 0 and p else p for i, p in enumerate(parts)]
            for i in range(2, len(words), 2):
                if is_particle(parts[i - 2]):
                    # "van Arkel" -> "van" + "van Rooij": the fake brings its own particles.
                    fake_words = words[i].split()
                    while len(fake_words) > 1 and is_particle(fake_words[0]):
                        fake_words.pop(0)
                    words[i] = " ".join(fake_words)
            out[v] = "".join(words)
        return out

    def last_names(self, originals: Sequence[str], locale: str | None = None) -> dict[str, str]:
        """Surnames, token by token; a label word the column's values share is kept (``Montgomery Household``, a
        donor database's household account, becomes ``Weber Household``, not two surnames)."""
        special = labelled_name_fakes(originals, self._token_mapper(locale))
        rest = [v for v in originals if v not in special]
        return special | (self.tokens(E.LAST_NAME, rest, locale) if rest else {})

    def full_names(self, originals: Sequence[str], locale: str | None = None) -> dict[str, str]:
        """``First [Middle] Last`` / ``Last, First``: first tokens via first names, last via last."""
        special = self._layouts(originals, locale)
        if special:
            rest = [v for v in originals if v not in special]
            plain = self._full_names(rest, locale) if rest else {}
            return {v: special[v] if v in special else plain[v] for v in originals}
        return self._full_names(originals, locale)

    def _layouts(self, originals: Sequence[str], locale: str | None) -> dict[str, str]:
        """Fakes of names written in an export's own layout, in that layout: ``HOLLOWAY/FRANCES MRS`` (a
        reservation), ``c/o Stanley Carr`` (a care-of line), ``Jason Montgomery Donation 08/12/2024`` (a label
        around the name). Their words go through the same token maps as the name columns: one person, one fake."""
        bound = self._token_mapper(locale)
        special = pnr_fakes(originals, bound)
        # Cells a machine joined (``Short.Tracy``, ``ROYER_Gilles``, ``elena-trezzini``, ``Bennett (A)``): each name
        # piece through the same token maps, the joiners, case and brackets kept.
        special |= machine_joined_fakes([v for v in originals if v not in special], bound)
        # ``nobantu56.sompisi``, ``f48vanderlaar``: handles in their layout, from the same token maps.
        special |= handle_fakes([v for v in originals if v not in special], bound, column=not self._keyed)
        special |= care_of_fakes([v for v in originals if v not in special], lambda vs: self._full_names(vs, locale))
        # Any other form: the person part faked, the residue kept (``Judy Brown (57)``), an e-mail in it rebuilt on the
        # fake; one person inverted around a mark (``Morales; Autumn``) before the list and joined fakes split it.
        special |= form_free_fakes([v for v in originals if v not in special], lambda vs: self._full_names(vs, locale))
        # ``विद्या बोस (child, 10); प्रिया बोस (child, 7)``: each person faked, the notes kept
        special |= layout_name_fakes(
            [v for v in originals if v not in special], lambda vs: self._full_names(vs, locale)
        )
        special |= labelled_name_fakes([v for v in originals if v not in special], bound)
        special |= joined_fakes([v for v in originals if v not in special], lambda vs: self._full_names(vs, locale))
        return special

    def _token_mapper(self, locale: str | None) -> Callable[[str, list[str]], dict[str, str]]:
        """:meth:`tokens` with ``locale`` bound, for the layout fakes that map a name's words one by one."""

        def bound(entity: str, values: list[str]) -> dict[str, str]:
            return self.tokens(entity, values, locale)

        return bound

    def _full_names(self, originals: Sequence[str], locale: str | None = None) -> dict[str, str]:
        firsts: list[str] = []
        lasts: list[str] = []
        plans = {}
        titles: dict[str, str] = {}
        courtesies: dict[str, tuple[str, str, str]] = {}
        for v in dict.fromkeys(originals):
            # ``李婷女士``: the glued courtesy word identifies no one, so the fake keeps it (``王秀英女士``).
            courtesy_before, core, courtesy_after = split_courtesy(v)
            if courtesy_before or courtesy_after:
                courtesies[v] = (courtesy_before, core, courtesy_after)
            title, rest = leading_titles(core)
            if title:
                titles[v] = title
            first_part, last_part, comma = split_full_name(rest)
            if last_part and (lead := _LEADING_INITIALS.match(first_part)):
                # ``J. Luna Blanes``: the initial is the given name, the words after it surnames (Spanish two).
                first_part, last_part = lead.group(1).strip(), f"{lead.group(2)} {last_part}"
            elif first_part and not last_part and _INITIALS.fullmatch(first_part) and len(rest.split()) > 1:
                # ``M. Pastor``: a surname that is also a title word was read as a title, leaving a bare initial.
                last_part = rest.split()[-1]
            if title and first_part and not last_part:  # ``Dr. Bader``: a lone word after a title is a surname
                first_part, last_part = "", first_part
            if not comma and (parts := family_first(rest) or latin_family_first(rest, locale)) is not None:
                # Family name first (``山口 花子``, ``王秀英``, ``Иванов Александр``, Hungarian ``Horváth Bence``):
                # the fake keeps that order.
                last_part, first_part = parts
                comma = None
            plans[v] = (first_part, last_part, comma)
            if first_part:
                firsts.append(first_part)
            if last_part:
                lasts.append(last_part)
        first_map = self.tokens(E.FIRST_NAME, firsts, locale)
        last_map = self.tokens(E.LAST_NAME, lasts, locale)
        out = {}
        for v, (first_part, last_part, comma) in plans.items():
            f = first_map.get(first_part, "") if first_part else ""
            if f and _INITIALS.fullmatch(first_part):  # ``H. Schmid``: the fake keeps an initial, not a name
                # in the original's case: ``r. kager`` -> ``k. hofmann``, not ``K. hofmann``.
                f = (f[:1].lower() if first_part[:1].islower() else f[:1].upper()) + "."
            la = last_map.get(last_part, "") if last_part else ""
            if comma is None:
                core = courtesies[v][1] if v in courtesies else v  # ``박지성 님``: the name has no space
                out[v] = (" " if " " in core.strip() or "\u3000" in core else "").join(p for p in (la, f) if p)
            else:
                out[v] = f"{la}, {f}" if comma else " ".join(p for p in (f, la) if p)
            if v in titles:
                out[v] = f"{titles[v]} {out[v]}"
            if v in courtesies:
                out[v] = f"{courtesies[v][0]}{out[v]}{courtesies[v][2]}"
        return {v: out[v] for v in originals}


# Locales whose surnames agree with the person's gender (Иванов / Иванова, Παπαδόπουλος / Παπαδοπούλου).
_GENDERED_SURNAME_LOCALES = frozenset({"ru_RU", "uk_UA", "bg_BG", "el_GR"})


@lru_cache(maxsize=16)
def _gendered_lists(locale: str, kind: str) -> tuple[frozenset[str], frozenset[str]]:
    """(male, female) lower-cased names of ``kind`` (``first_name``/``last_name``) in ``locale``'s lists."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    base = "first_names" if kind == "first_name" else "last_names"
    male = frozenset(str(n).lower() for n in getattr(provider, f"{base}_male", ()) or ())
    female = frozenset(str(n).lower() for n in getattr(provider, f"{base}_female", ()) or ())
    return male, female


def _agreeing(pool_kind: tuple[str, str | None], token: str) -> tuple[str, str | None]:
    """The pool of a Russian/Ukrainian name token narrowed to the token's gender, so a woman's given
    name and surname are both faked female (``Анна Иванова`` -> ``Мария Петрова``, not ``Петров``)."""
    kind, locale = pool_kind
    if locale not in _GENDERED_SURNAME_LOCALES or kind not in ("first_name", "last_name"):
        return pool_kind
    male, female = _gendered_lists(locale, kind)
    word = token.lower()
    if (word in male) != (word in female):
        return (f"{kind}_male" if word in male else f"{kind}_female"), locale
    return pool_kind


# A leading abbreviation of two to six letters with its dot (``Yrd. Doç.``, ``Prof.``, ``Arş. Gör.``):
# an academic or courtesy title, which identifies no one and is kept (initials are one letter).
_TITLE_ABBREVIATION = re.compile(r"^[^\W\d_]{2,6}\.$")


def _holds_avoided(name: str, avoid: set[str]) -> bool:
    """A name of several words with a word (not a particle) in ``avoid``."""
    if " " not in name and "-" not in name:
        return False
    return any(w in avoid for w in name_tokens(name) if not is_particle(w))


def leading_titles(value: str) -> tuple[str, str]:
    """(titles, rest) of a full name: leading listed titles or dotted abbreviations, at least one
    name word left (``"Yrd. Doç. Huban Akça"`` -> ``("Yrd. Doç.", "Huban Akça")``); a lower-case one-letter
    title before a capitalised name too (Slovene ``g. Janez Novak``, Lithuanian ``p. Jonas Petraitis``), which
    would otherwise be read as an initial."""
    lower_title, rest = split_lower_title(value)
    if lower_title:
        more, rest = leading_titles(rest)
        return " ".join(t for t in (lower_title, more) if t), rest
    words = value.split()
    n = 0
    while n < len(words) - 1 and (_TITLE_ABBREVIATION.match(words[n]) or words[n].lower().rstrip(".") in TITLES):
        n += 1
    if not n:
        return "", value
    return " ".join(words[:n]), " ".join(words[n:])
