"""Consistent fakes: one in-memory real->fake mapping per run.

``FakeMapper.map_values(entity, originals)`` returns a fake for each original. The same original
always gets the same fake within a mapper (across columns and free text of the same entity
namespace), so repeated persons and join keys survive. Fakes are drawn from pools that Faker
builds once per locale list, then combined with a seeded numpy generator: fast enough for 100k
distinct values per column, and deterministic given the seed and the data.

Locales: every call takes the column's Faker ``locale`` (``en_GB``): names, streets, towns and
postcodes come from that locale's pools and phone numbers stay valid numbers of its country.

Pools live in :mod:`fake_pools`, per-entity generators in :mod:`fake_values`, name fakes in
:mod:`fake_names` (name parsing in :mod:`name_parts`); this module keeps the mapping and its consistency rules.

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
import re
import secrets
from collections.abc import Callable, Sequence

import numpy as np

from safe_synthesizer.pii import addresses as A
from safe_synthesizer.pii import batch_formats as B
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import fake_values as V
from safe_synthesizer.pii import formats as F
from safe_synthesizer.pii import phones as P
from safe_synthesizer.pii import script_fakes as SF
from safe_synthesizer.pii.address_containers import recontained_addresses
from safe_synthesizer.pii.address_map_links import relinked_addresses
from safe_synthesizer.pii.address_record_cells import rerecorded_addresses
from safe_synthesizer.pii.address_separated_cells import reseparated_addresses
from safe_synthesizer.pii.column_serialised_addresses import reserialised_addresses
from safe_synthesizer.pii.fake_apart import ApartTokens
from safe_synthesizer.pii.fake_dressed_ids import fake_dressed_ids
from safe_synthesizer.pii.fake_id_layouts import fake_layout_ids
from safe_synthesizer.pii.fake_labelled_addresses import relabelled_addresses
from safe_synthesizer.pii.fake_names import NameFakes
from safe_synthesizer.pii.fake_pools import Pools
from safe_synthesizer.pii.locales import POSTCODE_PATTERNS, region_of
from safe_synthesizer.pii.name_parts import name_tokens, split_full_name
from safe_synthesizer.pii.script_fakes import japanese_address_like
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
        # Lower-cased originals per namespace, registered before any fake is drawn, so no fake
        # equals an original that appears anywhere in the run (another column, free text).
        self._reserved: dict[str, set[str]] = {}
        self._apart = ApartTokens()
        self._nanp = phone_region in ("US", "CA")
        # A fresh secret key per run: hashes are consistent within the run but cannot be reversed
        # by hashing guessed names, even by someone who knows the seed.
        self._hash_key = secrets.token_bytes(32)
        self._names = NameFakes(
            self._maps, self._reserved, self._pools, self._rng, keyed=keyed, apart=self._apart, value_rng=self.value_rng
        )

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
            return self._names.full_names(originals, locale)
        if entity == E.LAST_NAME:
            return self._names.last_names(originals, locale)
        if entity == E.FIRST_NAME:
            return self._names.tokens(entity, originals, locale)
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

    # -- addresses --------------------------------------------------------------------------

    def _field_fake(self, locale: str | None) -> Callable[[str, str], str]:
        """The fake of one field of a labelled or recorded address (``Town: Boké``, ``"city": "Brilon"``), faked as
        its label or key says (``kind``) through that entity's namespace, so a town is faked alike wherever it
        stands."""
        return lambda kind, part: self.map_values(kind, [part], locale=locale)[part]

    def _map_addresses(self, originals: Sequence[str], locale: str | None) -> dict[str, str]:
        """Whole addresses: each part mapped through its entity's namespace, then reassembled.

        Units (``Flat 8``) and lone house numbers keep their words and get new numbers.
        """
        loc = locale or self._pools.locales[0]
        # Serialised cells first (a PHP array, a composite, a calendar line, a link's place query): the script and
        # Japanese fakers below would replace the whole serialisation by a plain address.
        out = reserialised_addresses(
            list(dict.fromkeys(originals)),
            self._field_fake(locale),
            lambda address: self._map_addresses([address], locale)[address],
        )
        japanese = [v for v in dict.fromkeys(originals) if v not in out and is_japanese_address(v)]
        out.update(self._map_japanese_addresses(japanese) if japanese else {})
        scripted = [v for v in dict.fromkeys(originals) if v not in out and script_address(v)]
        if scripted:
            out.update(self._map_script_addresses(scripted, locale))

        # The address written inside something kept as it was, each part or the whole address faked inside it:
        # labels (``Street: BP 3996, Town: Conakry``), a machine's record keys (``{"street": "Dobesweg 2", ...}``),
        # a map link's query (``https://www.google.com/maps/search/?api=1&query=12+Elm+Road%2C+Leeds``), a
        # container (``('12 Elm Road', 'Leeds', 'LS1 4AB')``, ``<address>12 Elm Road<br/>Leeds</address>``; a
        # multi-line cell is left to the fakers below, as before).
        def whole(address: str) -> str:
            return self._map_addresses([address], locale)[address]

        by_field = self._field_fake(locale)
        rewrappers = (
            (relabelled_addresses, by_field),
            (rerecorded_addresses, by_field),
            (relinked_addresses, whole),
            (recontained_addresses, whole),
            (reseparated_addresses, whole),
        )
        for rewrap, fake in rewrappers:
            rest = [v for v in dict.fromkeys(originals) if v not in out]
            out.update((v, f) for v, f in zip(rest, rewrap(rest, fake), strict=True) if f is not None)
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
            # ``Street: BP 3996, Town: Conakry``: the labels kept, each part faked (consistently) as its label says.
            labelled = relabelled_addresses(originals, self._field_fake(locale))
            recorded = rerecorded_addresses(originals, self._field_fake(locale))
            labelled = [f if f is not None else r for f, r in zip(labelled, recorded, strict=True)]
            serialised = reserialised_addresses(
                originals, self._field_fake(locale), lambda address: self._map_addresses([address], locale)[address]
            )
            labelled = [f if f is not None else serialised.get(v) for v, f in zip(originals, labelled, strict=True)]
            return [
                f if f is not None else V.street(self._pools, v, locale, rng)
                for v, f in zip(originals, labelled, strict=True)
            ]
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
            rest = self._generate(
                entity, [v.strip()[len(m) :] for v, m in zip(originals, marks, strict=True)], locale, rng
            )
            return [m + r for m, r in zip(marks, rest, strict=True)]
        if entity == E.POSTCODE and locale in V.POSTCODE_FIRST_DIGITS:
            return V.first_digit_postcodes(originals, locale, rng)
        if entity == E.POSTCODE and locale in POSTCODE_PATTERNS:
            # No fake is another record's real code where the pool allows (not in keyed mode).
            avoid = frozenset() if self._keyed else self._reserved.get(E.namespace(entity), frozenset())
            return V.postcodes(self._pools, originals, locale, rng, avoid=avoid)
        # postcode, national_id, tax_id, house numbers, custom: same layout, random characters.
        nonzero = [v[:1].isdigit() and v[:1] != "0" for v in originals]
        out = [""] * len(originals)
        for flag in (False, True):
            idx = [i for i, z in enumerate(nonzero) if z == flag]
            for i, fake in zip(idx, B.scramble_many([originals[i] for i in idx], rng, nonzero_first=flag), strict=True):
                out[i] = fake
        if entity == E.NATIONAL_ID:  # Ghana Card, Emirates ID, Maltese card: the fake passes the scheme again
            layouts = fake_layout_ids(originals, rng)
            out = [layout if layout is not None else fake for layout, fake in zip(layouts, out, strict=True)]
            # ``NIC/ 69133805Z``, ``33571732N (exp. 2035-09)``: the dressing kept, the id valid in its scheme again.
            dressed = fake_dressed_ids(originals, rng)
            out = [d if k is None and d is not None else o for d, k, o in zip(dressed, layouts, out, strict=True)]
        return out

    def _pick_avoiding(
        self, kind: str, originals: list[str], locale: str | None, rng: np.random.Generator
    ) -> list[str]:
        ns = E.STATE if kind.startswith("state") else kind
        avoid = {v.lower() for v in originals}
        if not self._keyed:
            avoid |= {v.lower() for v in self._maps.get(ns, {})} | self._reserved.get(ns, set())
            if kind == "city":  # Faker's invented towns are often surnames (fr_FR ``Becker``): no record's name
                avoid |= self._reserved.get(E.FIRST_NAME, set()) | self._reserved.get(E.LAST_NAME, set())
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
