"""Development notes of helper TX, session 47: names after strong cues and plot addresses, not a held-out set.

My own English note templates (a field agent's call-back sticky, a carer's visit log, a volunteer's answer, a
licence check, a delivery remark, a next-of-kin record) filled with invented names of populations the name lists
lack (Papua New Guinea, Zimbabwe, Laos in Latin and Lao script, Afghanistan in Arabic script, Cambodia, Myanmar)
and plot addresses (PNG sections and lots, Guyana lots, Harare stands), in lower case, capitals and as typed;
plus notes with no personal data that must stay untouched. Scored on the text detector's spans:

    PYTHONPATH=src .venv/bin/python benchmarks/dev_tx_notes.py [--seed 47101] [--n 60] [--show]

A value counts as found when detected spans cover every letter and digit of it; a false span is one in a clean note.
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

PEOPLE = {
    "pg": (
        ["Tomas", "Rosa", "Peni", "Sione", "Wesley", "Hilda", "Agnes", "Kepas"],
        ["Kerenga", "Waiek", "Tiamu", "Kopal", "Yambu", "Siune", "Gawi", "Parapi"],
    ),
    "zw": (
        ["Tafadzwa", "Ruvimbo", "Tsitsi", "Munyaradzi", "Farai", "Kudzai", "Tatenda", "Vimbai"],
        ["Chikore", "Mavhunga", "Marimo", "Gwenzi", "Chivasa", "Mukwena", "Zvobgo", "Nhema"],
    ),
    "la": (
        ["Phonsavanh", "Khamla", "Sisouk", "Vongdeuan", "Keomany", "Bounthavy", "Chanthaly", "Souphanh"],
        ["Keomanivong", "Sengsouriya", "Phanthavong", "Chanthala", "Xaysana", "Douangdy", "Sihavong", "Rattana"],
    ),
}
SCRIPT_NAMES = {
    "lao": ["ສົມພອນ ພົມມະວົງ", "ຄຳຫຼ້າ ແກ້ວສີ", "ນ້ອຍ ຈັນທະລາ", "ບົວພັນ ສີຫາລາດ", "ວັນນາ ພົມສະຫວັນ"],
    "pashto": ["زرغونه احمدزی", "نجیب ستانکزی", "ملالۍ شینواری", "حمید کاکړ", "وژمه ځدراڼ"],
    "khmer": ["សុខ ចាន់ធី", "ម៉ៅ សុភា", "ឈឹម វណ្ណា", "កែវ សុផល"],
}
TITLED = [
    ("ທ່ານນາງ {n} ໄດ້ໂທມາສອບຖາມ", "lao"),
    ("ທ້າວ {n} ມາຮັບເອກະສານ", "lao"),
    ("លោកស្រី {n} បានទូរស័ព្ទមក", "khmer"),
    ("ဦး{m} ဖုန်းဆက်သည်", "myanmar"),
]
MYANMAR = ["မင်းထွန်း", "ကျော်စိုး", "ဇော်ဝင်း"]
LOTS = [
    "Section 31, Lot 9, Morata",
    "Allotment 4, Section 88, Saraga",
    "Section 12, Lot 40, Badili",
    "Lot 8 Regent Street, Bourda",
    "Lot 30 Section B, Albouystown",
    "Stand 1187, Mabvuku",
    "Stand 230, Glen Norah 3",
    "section 7, lot 15, konedobu",
]
TEMPLATES = [
    "ring back {lower} re the cheque - {phone}",
    "Visit log 09:10: client {lower} not home, left a card.",
    "my partner {lower} will drive us, call {phone} if late",
    "Emergency contact: {cap} (daughter), {phone}",
    "Handed the keys to her husband {script} at the gate.",
    "ID seen, name matches {cap}, address {lot}.",
    "Please post the forms to {lot} before Friday.",
    "Delivery left with spouse {given}. Signed for.",
    "NOK record: {cap} (nephew) to be called first.",
    "Attendance: met {script} about the lease.",
]
CLEAN = [
    "ring back tomorrow re the cheque please",
    "client not home again, left a card at the door",
    "my partner and I will drive, thanks",
    "Emergency contact details (family) to follow.",
    "Handed the keys to the caretaker at the gate.",
    "See Section 4, Lot 2 of the sale conditions.",
    "Lot 12 Antique Mirror, Gilt, sold for 40.",
    "Delivery left with spouse. Signed for.",
    "Spoke with my husband about the return; he loved the colour.",
    "customer service team will call back on Monday",
]


def notes(seed: int, n: int) -> list[tuple[str, list[tuple[str, str]]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        tpl = rng.choice(TEMPLATES)
        region = rng.choice(sorted(PEOPLE))
        given, family = PEOPLE[region]
        g, f = rng.choice(given), rng.choice(family)
        values = {
            "lower": f"{g} {f}".lower(),
            "cap": f"{g} {f}",
            "given": g,
            "script": rng.choice(SCRIPT_NAMES[rng.choice(sorted(SCRIPT_NAMES))]),
            "lot": rng.choice(LOTS),
            "phone": f"+675 7{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        }
        text = tpl.format(**values)
        wanted = [(k, values[k]) for k in ("lower", "cap", "given", "script", "lot") if "{" + k + "}" in tpl]
        out.append((text, wanted))
    for tpl, script in TITLED:
        name = rng.choice(MYANMAR) if script == "myanmar" else rng.choice(SCRIPT_NAMES[script])
        out.append((tpl.format(n=name, m=name), [("titled", name)]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=47101)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector([E.NAME, E.FIRST_NAME, E.LAST_NAME, E.PHONE_NUMBER, E.STREET_ADDRESS], region="PG")
    items = notes(args.seed, args.n)
    texts = [t for t, _ in items] + CLEAN
    spans = det.find_spans(texts)
    found, total = defaultdict(int), defaultdict(int)
    for (text, wanted), sp in zip(items, spans, strict=False):
        covered = {i for s in sp for i in range(s.start, s.end)}
        for kind, value in wanted:
            start = text.index(value)
            ok = all(i in covered for i in range(start, start + len(value)) if text[i].isalnum())
            total[kind] += 1
            found[kind] += ok
            if args.show and not ok:
                print("MISS", kind, repr(value), "|", text)
    false = [(t, [t[s.start : s.end] for s in sp]) for t, sp in zip(CLEAN, spans[len(items) :], strict=True) if sp]
    for kind in sorted(total):
        print(f"{kind:8s} {found[kind]:3d}/{total[kind]:3d} = {found[kind] / total[kind]:.3f}")
    all_found, all_total = sum(found.values()), sum(total.values())
    print(f"all      {all_found:3d}/{all_total:3d} = {all_found / all_total:.3f}; false spans in clean notes: {false}")


if __name__ == "__main__":
    main()
