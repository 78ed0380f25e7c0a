"""Consistent fakes: one in-memory real->fake mapping per run.

``FakeMapper.map_values(entity, originals)`` returns a fake for each original. The same original
always gets the same fake within a mapper (across columns and free text of the same entity
namespace), so repeated persons and join keys survive. Fakes are drawn from pools that Faker
builds once per locale list, then combined with a seeded numpy generator: fast enough for 100k
distinct values per column, and deterministic given the seed and the data.

Locales: every call takes the column's Faker ``locale`` (``en_GB``): names, streets, towns and
postcodes come from that locale's pools and phone numbers stay valid numbers of its country.

Pools live in :mod:`fake_pools`, per-entity generators in :mod:`fake_values`, name handling in
:mod:`name_parts`; this module keeps the mapping and its consistency rules.

Keyed mode (``keyed=True``, used under differential privacy): a value's fake depends on that value
and a fresh secret key only (an HMAC of the value seeds its own generator), never on the other
records: no fake is steered away from other records' originals, so adding a record leaves every
other record's replacement unchanged.

Privacy: the mapping lives only in this object. It is never logged, pickled or written; the
object refuses to be pickled so it cannot leak through multiprocessing or caching by accident.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib
import re
import secrets
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from safe_synthesizer.pii import addresses as A
from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import fake_values as V
from safe_synthesizer.pii import formats as F
from safe_synthesizer.pii import phones as P
from safe_synthesizer.pii import script_fakes as SF
from safe_synthesizer.pii.fake_apart import INITIALS as _INITIALS
from safe_synthesizer.pii.fake_apart import ApartTokens, gives_back
from safe_synthesizer.pii.fake_pools import Pools
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.locales import POSTCODE_PATTERNS, region_of
from safe_synthesizer.pii.name_honorifics import split_courtesy, split_lower_title
from safe_synthesizer.pii.name_order import latin_family_first
from safe_synthesizer.pii.name_parts import is_particle, match_case, name_kind, name_tokens, split_full_name
from safe_synthesizer.pii.script_fakes import family_first, japanese_address_like, name_pool
from safe_synthesizer.pii.script_locales import SCRIPT_LOCALES, value_locale
from safe_synthesizer.pii.validators.japanese import is_japanese_address
from safe_synthesizer.pii.validators.scripts import script_address

MAX_UNIQUE_ROUNDS = 20


class FakeMapper:
    """Consistent, seeded real->fake mapping for one PII run (memory only).

    Example::

        mapper = FakeMapper(["en_US"], seed=0)
        fakes = mapper.map_values("email", ["a@b.org", "c@d.org"])
        mapper.map_values("email", ["a@b.org"]) == {"a@b.org": fakes["a@b.org"]}  # True
    """

    def __init__(
        self,
        locales: Sequence[str] = ("en_US",),
        seed: int = 0,
        *,
        phone_region: str = "US",
        pool_seed: int | None = None,
        keyed: bool = False,
    ) -> None:
        self._rng = np.random.default_rng(seed)
        self._keyed = keyed
        self._phone_region = phone_region
        # Pools are cached per (locales, pool_seed): a fixed pool_seed lets many mappers with
        # fresh seeds share one set of Faker pools (building a pool costs far more than a pick).
        self._pools = Pools(locales or ("en_US",), seed if pool_seed is None else pool_seed)
        self._maps: dict[str, dict[str, str]] = {}
        # Name fakes as drawn (before taking an original's letter case), by case-folded original token.
        self._drawn: dict[str, dict[str, str]] = {}
        # Lower-cased originals per namespace, registered before any fake is drawn, so no fake
        # equals an original that appears anywhere in the run (another column, free text).
        self._reserved: dict[str, set[str]] = {}
        self._apart = ApartTokens()
        self._nanp = phone_region in ("US", "CA")
        # A fresh secret key per run: hashes are consistent within the run but cannot be reversed
        # by hashing guessed names, even by someone who knows the seed.
        self._hash_key = secrets.token_bytes(32)

    def __reduce__(self):  # pragma: no cover - exercised by a test via pickle.dumps
        raise TypeError("FakeMapper holds the real->fake mapping and must not be serialised")

    def __repr__(self) -> str:
        sizes = {ns: len(m) for ns, m in sorted(self._maps.items())}
        return f"FakeMapper(namespaces={sizes})"

    # -- public -----------------------------------------------------------------------------

    @property
    def keyed(self) -> bool:
        """Whether a value's fake depends on that value only (differential privacy)."""
        return self._keyed

    def reserve(self, entity: str, originals: Sequence[str]) -> None:
        """Register originals that fakes of this entity's namespace must never equal.

        Ignored in keyed mode: there a fake may depend on its own original only.
        """
        if self._keyed:
            return
        if entity == E.ADDRESS:
            for kind, values in _address_parts(originals, "en_US").items():
                self.reserve(_PART_ENTITY[kind], values)
            return
        if entity == E.NAME:
            for value in originals:
                first, last, _ = split_full_name(value)
                self._reserved.setdefault(E.FIRST_NAME, set()).update(name_tokens(first))
                self._reserved.setdefault(E.LAST_NAME, set()).update(name_tokens(last))
        elif entity in (E.FIRST_NAME, E.LAST_NAME):
            self._reserved.setdefault(entity, set()).update(t for v in originals for t in name_tokens(v))
        else:
            self._reserved.setdefault(E.namespace(entity), set()).update(v.lower() for v in originals)

    def keep_apart(self, tokens: Sequence[str]) -> None:
        """Name tokens of one record: no token's fake may be another of them (ignored in keyed mode)."""
        if not self._keyed:
            self._apart.add(tokens)

    def map_values(self, entity: str, originals: Sequence[str], *, locale: str | None = None) -> dict[str, str]:
        """Fakes for ``originals`` (strings) in ``locale``, consistent with every earlier call.

        Example::

            FakeMapper(["en_US"], seed=1).map_values("phone_number", ["0121 496 0628"], locale="en_GB")
            # {'0121 496 0628': '0151 283 7710'}  (a valid UK number, same layout)
        """
        if entity == E.NAME:
            return self._map_full_names(originals, locale)
        if entity in (E.FIRST_NAME, E.LAST_NAME):
            return self._map_name_tokens(entity, originals, locale)
        if entity == E.ADDRESS:
            return self._map_addresses(originals, locale)
        ns = E.namespace(entity)
        mapping = self._maps.setdefault(ns, {})
        todo = [v for v in dict.fromkeys(originals) if v not in mapping]
        if todo and self._keyed:
            mapping.update((v, self._keyed_fake(entity, v, locale)) for v in todo)
        elif todo:
            fakes = self._generate(entity, todo, locale)
            if entity in E.UNIQUE_FAKE_ENTITIES:
                fakes = self._make_unique(entity, todo, fakes, mapping, locale)
            mapping.update(zip(todo, fakes, strict=True))
        return {v: mapping[v] for v in originals}

    def new_fakes(self, entity: str, templates: Sequence[str]) -> list[str]:
        """One fresh fake per template (its layout and letter case are followed), outside any mapping.

        For values that stand for no original, e.g. a synthetic record whose real value was rare.

        Example::

            FakeMapper(["en_GB"], seed=3).new_fakes("phone_number", ["01632 960000"])  # ['01632 9...']
        """
        if entity in (E.NAME, E.FIRST_NAME, E.LAST_NAME, E.ADDRESS):
            mapping = self.map_values(entity, list(templates))
            return [mapping[t] for t in templates]
        return self._generate(entity, list(templates), None, templates=True)

    def hash_value(self, value: str) -> str:
        """Keyed hash (16 hex characters) of ``value``; consistent within this mapper only."""
        return hmac.new(self._hash_key, value.encode("utf-8"), hashlib.blake2b).hexdigest()[:16]

    def value_rng(self, namespace: str, value: str, attempt: int = 0) -> np.random.Generator:
        """A generator seeded by a keyed hash of one value: its draws depend on that value only."""
        message = f"{namespace}\x00{attempt}\x00{value}".encode()
        digest = hmac.new(self._hash_key, message, hashlib.blake2b).digest()
        return np.random.default_rng(int.from_bytes(digest[:16], "big"))

    def _keyed_fake(self, entity: str, value: str, locale: str | None) -> str:
        """Keyed mode: the fake of one value, redrawn (from that value's key) if it equals it."""
        fake = value
        for attempt in range(8):
            fake = self._generate(entity, [value], locale, rng=self.value_rng(E.namespace(entity), value, attempt))[0]
            if fake.lower() != value.lower():
                break
        return fake

    def date_shift_days(self, value: str, max_days: int) -> int:
        """A non-zero shift in ``[-max_days, max_days]`` days, fixed per original value."""
        digest = hmac.new(self._hash_key, b"date:" + value.encode("utf-8"), hashlib.blake2b).digest()
        span = int.from_bytes(digest[:8], "big") % (2 * max_days) + 1
        return -span if span <= max_days else span - max_days

    # -- names ------------------------------------------------------------------------------

    def _map_name_tokens(self, entity: str, originals: Sequence[str], locale: str | None = None) -> dict[str, str]:
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
                        pick = own[self.value_rng(ns, t.casefold()).integers(0, len(own))]
                        mapping[t] = match_case(str(pick), t)
                    continue
                candidates = [p for p in pool if p.lower() not in avoid]
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

    def _map_full_names(self, originals: Sequence[str], locale: str | None = None) -> dict[str, str]:
        """``First [Middle] Last`` / ``Last, First``: first tokens via first names, last via last."""
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
        first_map = self._map_name_tokens(E.FIRST_NAME, firsts, locale)
        last_map = self._map_name_tokens(E.LAST_NAME, lasts, locale)
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

    # -- addresses --------------------------------------------------------------------------

    def _map_addresses(self, originals: Sequence[str], locale: str | None) -> dict[str, str]:
        """Whole addresses: each part mapped through its entity's namespace, then reassembled.

        Units (``Flat 8``) and lone house numbers keep their words and get new numbers.
        """
        loc = locale or self._pools.locales[0]
        japanese = [v for v in dict.fromkeys(originals) if is_japanese_address(v)]
        out = self._map_japanese_addresses(japanese) if japanese else {}
        scripted = [v for v in dict.fromkeys(originals) if v not in out and script_address(v)]
        if scripted:
            out.update(self._map_script_addresses(scripted, locale))
        if len(out) == len(set(originals)):
            return {v: out[v] for v in originals}
        parsed = {v: A.parse(v, loc) for v in dict.fromkeys(originals) if v not in out}
        fakes: dict[tuple[str, str], str] = {}
        for kind, values in _address_parts(list(parsed), loc, parsed).items():
            if kind in (A.UNIT, A.NUMBER):
                numbers = {v: re.sub(r"^.*?(?=[\dA-Za-z\-]+$)", "", v) if kind == A.UNIT else v for v in values}
                mapped = self.map_values(E.CUSTOM, [n for n in numbers.values() if n], locale=locale)
                fakes.update(((kind, v), v[: len(v) - len(n)] + mapped[n]) for v, n in numbers.items() if n)
                continue
            mapped = self.map_values(_PART_ENTITY[kind], values, locale=locale)
            fakes.update(((kind, v), f) for v, f in mapped.items())
        return {v: out[v] if v in out else A.assemble(parsed[v], fakes) for v in originals}

    def _map_japanese_addresses(self, originals: list[str]) -> dict[str, str]:
        """Japanese addresses (no spaces between parts): a fake of the same parts each, consistently."""
        mapping = self._maps.setdefault("ja_address", {})
        for v in originals:
            if v not in mapping:
                rng = self.value_rng("ja_address", v) if self._keyed else self._rng
                mapping[v] = japanese_address_like(self._pools, v, rng)
        return {v: mapping[v] for v in originals}

    def _map_script_addresses(self, originals: list[str], locale: str | None) -> dict[str, str]:
        """Addresses in a non-Latin script: one Faker address of the script's locale each, consistently."""
        mapping = self._maps.setdefault("script_address", {})
        for v in originals:
            if v not in mapping:
                own = locale if locale in SCRIPT_LOCALES else (value_locale(v) or locale or "en_US")
                rng = self.value_rng("script_address", v) if self._keyed else self._rng
                mapping[v] = SF.script_address(self._pools, v, own, rng)
        return {v: mapping[v] for v in originals}

    # -- generation per entity --------------------------------------------------------------

    def _generate(
        self,
        entity: str,
        originals: list[str],
        locale: str | None,
        rng: np.random.Generator | None = None,
        *,
        templates: bool = False,
    ) -> list[str]:
        """Fakes of ``originals`` (``templates``: layouts standing for no real value)."""
        rng = self._rng if rng is None else rng
        if entity == E.CREDIT_DEBIT_CARD:
            return B.fake_cards(originals, rng)
        if entity == E.SSN:
            return B.fake_ssns(originals, rng)
        if entity == E.IBAN:
            return B.fake_ibans(originals, rng)
        if entity in (E.PHONE_NUMBER, E.FAX_NUMBER):
            region = region_of(locale) if locale else self._phone_region
            # A real national number of another country's shape is faked where it is valid.
            return P.fake_phones(originals, rng, region=region, elsewhere=not templates)
        if entity == E.IP_ADDRESS:
            return [F.fake_ipv6(rng) if ":" in v else F.fake_ipv4(rng) for v in originals]
        if entity == E.EMAIL:
            return V.emails(self._pools, len(originals), rng, locale)
        if entity == E.URL:
            return V.urls(self._pools, originals, rng)
        if entity == E.STREET_ADDRESS:
            return [V.street(self._pools, v, locale, rng) for v in originals]
        if entity == E.ADDRESS:
            return [self._map_addresses([v], locale)[v] for v in originals]
        if entity == E.CITY:
            return self._pick_avoiding("city", originals, locale, rng)
        if entity == E.STATE:
            abbr = [len(v) <= 3 and v.isupper() for v in originals]
            full = self._pick_avoiding("state", originals, locale, rng)
            short = self._pick_avoiding("state_abbr", originals, locale, rng)
            out = [s if a else f for a, f, s in zip(abbr, full, short, strict=True)]
            return [f"({o[:2]})" if v.startswith("(") else o for v, o in zip(originals, out, strict=True)]
        if entity == E.POSTCODE and any(marks := [V.postcode_mark(v) for v in originals]):
            # "H-7311", "〒150-0002": the country letters or the mark stay, the code is faked.
            rest = self._generate(entity, [v.strip()[len(m) :] for v, m in zip(originals, marks, strict=True)],
                                  locale, rng)
            return [m + r for m, r in zip(marks, rest, strict=True)]
        if entity == E.POSTCODE and locale in V.POSTCODE_FIRST_DIGITS:
            return V.first_digit_postcodes(originals, locale, rng)
        if entity == E.POSTCODE and locale in POSTCODE_PATTERNS:
            return V.postcodes(self._pools, originals, locale, rng)
        # postcode, national_id, tax_id, house numbers, custom: same layout, random characters.
        nonzero = [v[:1].isdigit() and v[:1] != "0" for v in originals]
        out = [""] * len(originals)
        for flag in (False, True):
            idx = [i for i, z in enumerate(nonzero) if z == flag]
            for i, fake in zip(idx, B.scramble_many([originals[i] for i in idx], rng, nonzero_first=flag), strict=True):
                out[i] = fake
        return out

    def _pick_avoiding(
        self, kind: str, originals: list[str], locale: str | None, rng: np.random.Generator
    ) -> list[str]:
        ns = E.STATE if kind.startswith("state") else kind
        avoid = {v.lower() for v in originals}
        if not self._keyed:
            avoid |= {v.lower() for v in self._maps.get(ns, {})} | self._reserved.get(ns, set())
        return V.pick_avoiding(self._pools.get(kind, locale), originals, avoid, rng)

    def _make_unique(
        self, entity: str, originals: list[str], fakes: list[str], mapping: dict[str, str], locale: str | None
    ) -> list[str]:
        """Regenerate fakes that collide with each other, earlier fakes or any original."""
        taken = set(mapping.values())
        forbidden = {v.lower() for v in originals} | {v.lower() for v in mapping}
        forbidden |= self._reserved.get(E.namespace(entity), set())
        out = list(fakes)
        for _ in range(MAX_UNIQUE_ROUNDS):
            seen: set[str] = set()
            redo = []
            for i, f in enumerate(out):
                if f in taken or f.lower() in forbidden or f in seen:
                    redo.append(i)
                else:
                    seen.add(f)
            if not redo:
                return out
            again = self._generate(entity, [originals[i] for i in redo], locale)
            for i, f in zip(redo, again, strict=True):
                out[i] = f
        return out


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


# Address part kind -> entity whose namespace maps it.
_PART_ENTITY = {
    A.STREET: E.STREET_ADDRESS, A.CITY: E.CITY, A.STATE: E.STATE, A.POSTCODE: E.POSTCODE,
    A.UNIT: E.CUSTOM, A.NUMBER: E.CUSTOM,
}  # fmt: skip


def _address_parts(
    originals: Sequence[str], locale: str, parsed: dict[str, A.Address] | None = None
) -> dict[str, list[str]]:
    """Part kind -> distinct address parts of that kind."""
    out: dict[str, list[str]] = {}
    for v in dict.fromkeys(originals):
        address = parsed[v] if parsed is not None else A.parse(v, locale)
        for kind, text in address.parts:
            if kind in _PART_ENTITY and text:
                out.setdefault(kind, []).append(text)
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}
