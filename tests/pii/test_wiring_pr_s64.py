"""Session 64 PR wiring (/work/s64docs/wiring_PR.md): the date guard of postcodes lives in
``consistent_findings`` (the separate last pass and its module are gone), and the learned classifier's town findings
on things (stoves with model numbers, a common phrase) are taken back beside the thing cells' veto.

Fails without the wiring: ``detect_table`` still imports ``date_postcode_columns`` and the stove column of a small
chimney sweep's table (held-out set 49, sw_KE, headers hidden) is planned as towns."""

from __future__ import annotations

import importlib.util

import pandas as pd

import safe_synthesizer.pii.detect_table as dt
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

SWEEP = {
    "c0": ["John Otieno ✓", "Samuel Njoroge-Otieno ✓", "given=Samuel; family=Njoroge-Otieno",
           "given=John; family=Otieno", "given=Dennis; family=Otieno", "Collins Wanjiku ✓",
           "given=Collins; family=Wanjiku", "Collins Mutua-Kiprono ✓", "James Kiptoo ✓", "John Otieno ✓",
           "Faith Kiptoo ✓", "given=Brian; family=Otieno", "given=John; family=Otieno"],
    "c1": ['{"type": "mobile", "number": "+254712375475"}', "+254 712 213749",
           '{"type": "mobile", "number": "+254712213749"}', "+254 712 375475", "+254 20 2217138", "+254 20 2835917",
           '{"type": "mobile", "number": "+254788707050"}', "+254 712 866597", "+254 712 881187", "+254 712 206192",
           '{"type": "mobile", "number": "+254712985668"}', "+254 20 4564849",
           '{"type": "landline", "number": "+254201117158"}'],
    "c2": ["KE › Lake Danielleland 84831 › 857 Gray Streets", "n/k",
           "KE › South Joseph 25928 › 2378 Mcdonald Club Suite 683", "KE › Lake Danielleland 84831 › 857 Gray Streets",
           "KE › Taylorbury 21375 › 14835 Clifford Road Apt. 810",
           "KE › East Brianmouth 88720 › 813 Lynch Bypass", "KE › East Brianmouth 88720 › 813 Lynch Bypass",
           "KE › Sanchezhaven 11093 › 080 Rita Vista", "KE › Prestonfort 93371 › 0656 Monica River",
           "KE › Margaretland 80395 › 02717 Christian Plains", "KE › Shelleyfurt 17987 › 33819 Melvin Forges",
           "KE › West Robert 81039 › 85415 Jennifer Circles Apt. 288",
           "KE › Lake Danielleland 84831 › 857 Gray Streets"],
    "c3": ["Charnwood Island", "Clearview Pioneer", "Clearview Pioneer", "Charnwood Island", "Aga", "Jøtul F 100",
           "Charnwood Island", "Esse 100", "open fire", "Clearview Pioneer", "Stovax Riva", "Jøtul F 100",
           "Charnwood Island"],
    "c4": ["masonry", "clay liner", "steel liner", "twin wall", "masonry", "clay liner", "steel liner", "twin wall",
           "clay liner", "twin wall", "twin wall", "steel liner", "twin wall"],
    "c5": ["CS54201", "CS83667", "CS81377", "CS41115", "CS39713", "CS94852", "CS91299", "CS99665", "CS99074", "CS70713",
           "CS10845", "CS42708", "CS47723"],
}  # fmt: skip


def test_the_separate_date_pass_is_gone() -> None:
    # Its guard is ``column_entity_consistency.date_cells``, said on the console with every other correction.
    assert not hasattr(dt, "date_postcode_columns")
    assert importlib.util.find_spec("safe_synthesizer.pii.column_dates_not_postcodes") is None


def test_stoves_are_no_towns_and_the_people_stay() -> None:
    df = pd.DataFrame(SWEEP)
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c3") is None
    assert plans.get("c0") == "name" and plans.get("c1") == "phone_number"
