"""Share of phone fakes that are valid numbers of their region, per region.

Two inputs per region (Faker's numbers of the locale that ``phonenumbers`` accepts, also written
E.164 / international / national):

- originals: ``pii.phones.fake_phones`` on the numbers themselves (the PII stage);
- templates: the numbers' layouts with every digit after the dialling prefix drawn at random, as
  the built-in model's codec makes them (``codec.fakes.template_shape`` / ``fill_template``) before
  it asks ``fake_phones`` for a fake; such a template often starts with a digit no valid number
  starts with.

Run: ``.venv/bin/python benchmarks/bench_pii_phone_fakes.py [--out NAME] [--all-regions]`` -> ``results/NAME.json|md``.
``--all-regions``: every region ``phonenumbers`` supports that a Faker locale is named after (150
numbers each; a region whose Faker numbers are seldom valid there is listed with what was found).
Run it with ``PYTHONPATH`` pointing at another checkout's ``src`` to measure that code (before/after).
"""

from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path

import numpy as np
import phonenumbers
from faker import Faker
from phonenumbers import PhoneNumberFormat

sys.path.insert(0, str(Path(__file__).resolve().parent))

from safe_synthesizer.models.builtin.codec.fakes import fill_template, template_shape
from safe_synthesizer.pii.phones import fake_phones, is_valid_phone
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

RESULTS = Path(__file__).resolve().parent / "results"
REGIONS = {"US": "en_US", "GB": "en_GB", "DE": "de_DE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT", "NL": "nl_NL",
           "BR": "pt_BR", "IN": "en_IN", "PL": "pl_PL", "SE": "sv_SE", "JP": "ja_JP",
           # Regions of held-out set 4's other locales (their columns are faked there since session 20).
           "PT": "pt_PT", "AU": "en_AU", "AT": "de_AT", "CH": "fr_CH", "DK": "da_DK"}  # fmt: skip
N_NUMBERS = 400
SEED = 9401
_LAYOUTS = (PhoneNumberFormat.E164, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.NATIONAL)


def all_regions() -> dict[str, str]:
    """Region -> Faker locale for every region with ``phonenumbers`` metadata and a Faker locale."""
    from faker.config import AVAILABLE_LOCALES

    out = dict(REGIONS)
    for locale in sorted(AVAILABLE_LOCALES):
        region = locale.rsplit("_", 1)[-1]
        if "_" in locale and region in phonenumbers.SUPPORTED_REGIONS:
            out.setdefault(region, locale)
    return out


def numbers(region: str, locale: str, n: int) -> list[str]:
    """``n`` valid numbers of ``region`` as Faker writes them (fewer when Faker's seldom are), then a
    third again in other layouts."""
    fake = Faker(locale)
    fake.seed_instance(SEED)
    out: list[str] = []
    if not hasattr(fake, "phone_number"):  # a few locales have no phone provider
        return out
    for _ in range(20 * n):
        if len(out) >= n:
            break
        value = fake.phone_number()
        if is_valid_phone(value, region):
            out.append(value)
    for i, value in enumerate(out[: n // 3]):
        try:
            written = phonenumbers.format_number(phonenumbers.parse(value, region), _LAYOUTS[i % 3])
        except phonenumbers.NumberParseException:  # Faker's "+0..." numbers of a few locales
            continue
        if is_valid_phone(written, region):  # an extension can make the re-written form invalid
            out.append(written)
    return out


def measure(regions: dict[str, str] = REGIONS, n_numbers: int = N_NUMBERS) -> dict:
    rng = np.random.default_rng(SEED)
    per: dict[str, dict] = {}
    start = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    for region, locale in regions.items():
        originals = numbers(region, locale, n_numbers)
        if not originals:
            per[region] = {"n": 0, "locale": locale}
            continue
        shapes = np.random.default_rng([SEED, len(per)])  # the same templates whatever the faker draws
        templates = [fill_template("phone_number", template_shape("phone_number", v), shapes) for v in originals]
        per[region] = {
            "n": len(originals),
            "locale": locale,
            "templates_valid": float(np.mean([is_valid_phone(t, region) for t in templates])),
            "fakes_of_templates_valid": float(
                np.mean([is_valid_phone(f, region) for f in fake_phones(templates, rng, region=region)])
            ),
            "fakes_of_originals_valid": float(
                np.mean([is_valid_phone(f, region) for f in fake_phones(originals, rng, region=region)])
            ),
        }
        print(region, per[region], flush=True)
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - start
    return {"regions": per, "cpu_seconds": round(cpu, 1), "seed": SEED}


def markdown(results: dict, label: str) -> str:
    lines = [
        f"# Phone fakes valid for their region ({label})",
        "",
        "`pii.phones.fake_phones` on Faker numbers of each region (valid ones, also re-written E.164 / "
        "international / national) and on the codec's random-digit templates of the same layouts.",
        "",
        "| region | numbers | templates valid | fakes of templates valid | fakes of originals valid |",
        "|---|---|---|---|---|",
    ]
    done = {k: r for k, r in results["regions"].items() if r["n"]}
    lines.insert(4, "")
    for key in ("fakes_of_templates_valid", "fakes_of_originals_valid"):
        worst = sorted(done, key=lambda k: done[k][key])[:5]
        lines.insert(4, f"Lowest {key.replace('_', ' ')}: " + ", ".join(f"{k} {done[k][key]:.3f}" for k in worst) + ".")
    lines.insert(4, "")
    for region, r in results["regions"].items():
        if not r["n"]:
            lines.append(f"| {region} | 0 | - | - | - |")
            continue
        lines.append(
            f"| {region} | {r['n']} | {r['templates_valid']:.3f} | {r['fakes_of_templates_valid']:.3f} | "
            f"{r['fakes_of_originals_valid']:.3f} |"
        )
    lines += ["", f"CPU seconds: {results['cpu_seconds']}."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="pii_phone_fakes")
    parser.add_argument("--label", default="current code")
    parser.add_argument("--all-regions", action="store_true", help="every phonenumbers region with a Faker locale")
    args = parser.parse_args()
    results = measure(all_regions(), 150) if args.all_regions else measure()
    atomic_write_json(RESULTS / f"{args.out}.json", results)
    atomic_write_text(RESULTS / f"{args.out}.md", markdown(results, args.label))
    print(markdown(results, args.label))


if __name__ == "__main__":
    main()
