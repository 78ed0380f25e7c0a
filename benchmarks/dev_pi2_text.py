"""Phones in text without a cue word, and the look-alikes in the same places: session 38 dev set of helper PI.

Why: a national number after a person's name and a comma, after an e-mail address and "or", or after a question
label and a colon was kept in text (no cue word). This generator writes its own sentences (own templates, seeds
38xxx) over 40 locales: a valid national number of the locale's country (mobile or landline, written as the
country writes it) in one of those three places, and in the same places amounts, dates, postcodes with towns,
order numbers and counts, which must stay. Scored with ``text_patterns.phone_spans`` (``--wired``: with
``text_phone_uncued.uncued_phone_spans`` added as the wiring request asks, before the lead has wired it).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pi2_text.py [--seeds 38201,38202] [--wired]
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter

import phonenumbers
from faker import Faker
from faker.config import AVAILABLE_LOCALES

from safe_synthesizer.pii.text_patterns import phone_spans

LOCALES = (
    "da_DK", "lv_LV", "et_EE", "is_IS", "no_NO", "sv_SE", "fi_FI", "de_DE", "de_AT", "de_CH", "nl_NL", "nl_BE",
    "fr_FR", "fr_BE", "it_IT", "es_ES", "es_AR", "es_MX", "es_CL", "es_CO", "pt_PT", "pt_BR", "pl_PL", "cs_CZ",
    "sk_SK", "hu_HU", "ro_RO", "bg_BG", "hr_HR", "sl_SI", "lt_LT", "el_GR", "tr_TR", "en_GB", "en_IE", "en_AU",
    "en_NZ", "en_ZA", "en_US", "en_CA",
)  # fmt: skip
KINDS = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
# Own templates: {name}, {email}, {num}; the same places hold look-alikes ({neg}).
NAME_TEMPLATES = (
    "Key holder while we are away: {name}, {num}.",
    "Second driver {name}, {num}; licence checked.",
    "Parcel may be left with the neighbour {name}, {num}",
    "Alternative contact {name}, {num}. Do not share.",
)
EMAIL_TEMPLATES = (
    "Send the proofs to {email} or {num} before noon.",
    "Cancellations through {email}, or call {num}.",
    "Reply to {email} or text {num} if the date moves.",
)
LABEL_TEMPLATES = (
    "Gutter clearing booked for Tuesday. Queries: {num}.",
    "Choir rehearsal moved to the hall. Questions: {num}",
    "Boiler service due in May. Enquiries: {num}.",
)
NEGATIVES = (
    "Refund issued to {name}, {amount}.",
    "Delivered to {name}, {postcode} {town}.",
    "Signed by {name}, {date}.",
    "Table for {name}, 12 guests, 3 courses.",
    "Queries: {amount} outstanding.",
    "Order placed by {name}, ref {order}.",
    "Send the invoice to {email} or {order_plain} copies by post.",
    "Questions: 14:30 at the front desk.",
)


def _national(rng: random.Random, region: str) -> str | None:
    """A valid mobile or landline of ``region`` as the country writes it (national format)."""
    kind = rng.choice(KINDS)
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        return None
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(200):
        keep = rng.randint(1, min(3, len(nsn) - 4))
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        number = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number_for_region(number, region) and phonenumbers.number_type(number) == kind:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return None


def sentences(locale: str, seed: int) -> list[tuple[str, str | None]]:
    """(sentence, the phone in it or None for a look-alike) of ``locale``."""
    rng = random.Random(f"pi2-text-{seed}-{locale}")
    faker = Faker(locale if locale in AVAILABLE_LOCALES else "en_US")
    faker.seed_instance(seed)
    region = locale.split("_")[1]
    out: list[tuple[str, str | None]] = []
    for template in rng.sample(NAME_TEMPLATES, 2) + rng.sample(EMAIL_TEMPLATES, 2) + rng.sample(LABEL_TEMPLATES, 2):
        num = _national(rng, region)
        if num is None:
            continue
        out.append((template.format(name=faker.name(), email=faker.email(), num=num), num))
    for template in NEGATIVES:
        amount = f"{rng.randint(1, 99)} {rng.randint(100, 999)},{rng.randint(0, 99):02d} EUR"
        text = template.format(
            name=faker.name(), email=faker.email(), amount=amount, postcode=faker.postcode(), town=faker.city(),
            date=faker.date(pattern="%d.%m.%Y"), order=f"{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
            order_plain=str(rng.randint(2, 9)),
        )  # fmt: skip
        out.append((text, None))
    return out


def wire() -> None:
    """Add ``uncued_phone_spans`` to ``phone_spans`` as the wiring request asks (measurement before wiring)."""
    from safe_synthesizer.pii import text_patterns
    from safe_synthesizer.pii.text_phone_uncued import uncued_phone_spans

    original = text_patterns.phone_spans

    def patched(text, regions):
        out = original(text, regions)
        return out + uncued_phone_spans(text, [(a, b) for a, b, _ in out], regions)

    globals()["phone_spans"] = patched


def run(seeds: list[int], regions: tuple[str, ...]) -> dict:
    counts = {"phone": [0, 0], "false": [0, 0]}
    notes: list[str] = []
    for locale in LOCALES:
        for seed in seeds:
            for text, num in sentences(locale, seed):
                found = [text[a:b] for a, b, _ in phone_spans(text, regions)]
                if num is not None:
                    ok = any(num in f or (f in num and len(f) >= len(num) - 1) for f in found)
                    counts["phone"][0] += ok
                    counts["phone"][1] += 1
                    if not ok:
                        notes.append(f"miss {locale} {seed}: {text!r}")
                else:
                    counts["false"][0] += bool(found)
                    counts["false"][1] += 1
                    if found:
                        notes.append(f"false {locale} {seed}: {found} in {text!r}")
    return {"counts": counts, "notes": notes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", default="38201,38202,38203")
    parser.add_argument("--regions", default="US", help="configured phone regions (the default config: US)")
    parser.add_argument("--wired", action="store_true")
    args = parser.parse_args()
    if args.wired:
        wire()
    start = time.process_time()
    out = run([int(s) for s in args.seeds.split(",")], tuple(args.regions.split(",")))
    (found, total), (false, negs) = out["counts"]["phone"], out["counts"]["false"]
    print(f"phones found {found}/{total}; look-alike sentences with a phone span {false}/{negs}")
    print("misses per kind:", dict(Counter(n.split(" ", 1)[0] for n in out["notes"])))
    for note in out["notes"]:
        print(" ", note)
    print(f"cpu {time.process_time() - start:.1f} s")


if __name__ == "__main__":
    main()
