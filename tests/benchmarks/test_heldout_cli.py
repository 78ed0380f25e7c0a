"""The held-out PII runners' shared command line and modules (``benchmarks/pii_heldout_*.py``).

Other runners import these modules by name (a new set's runner imports ``pii_heldout_scoring`` and the
older runners), so the names they had must stay importable, and the command line must render the
same report from the same result files.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from collections import defaultdict
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import pii_heldout_cli as cli  # noqa: E402
import pii_heldout_scoring as shared  # noqa: E402
from pii_heldout_rates import _new_agg, _summary  # noqa: E402

LOCALES = ("en_GB", "de_DE")


def _spec(**extra) -> shared.HeldoutSet:
    tables = types.SimpleNamespace(LOCALES=LOCALES, N_ROWS=10, SEEDS=(1, 2))
    return shared.HeldoutSet(99, tables, lambda *a, **k: None, (("both", LOCALES),), (("en_GB", 1),), "set 9's",
                             "# Held-out set 99: before and after", "Intro.", **extra)  # fmt: skip


def _locale(caught: int, spans: int, hit: int) -> dict:
    """One locale's result from hand-made counts (names of 2 spans, ``hit`` of 4 shown columns)."""
    agg = _new_agg()
    agg["shown"].update(hit=hit, pos=4, found=hit, correct=hit)
    agg["hidden"].update(hit=hit, pos=4, found=hit, correct=hit)
    agg["text"]["name"] = [caught, spans]
    agg["forms"]["letter / name"] = [caught, spans]
    agg["form_words"]["letter"] = [9, 10]
    agg["words"] = [9, 10]
    agg["shown_entity"]["name"] = [hit, 4]
    agg["hidden_entity"]["name"] = [hit, 4]
    return {**_summary(agg), "shapes": ["crm"], "tables_sha256": "abc", "survivors": {}}


def _main(spec: shared.HeldoutSet, argv: list[str], monkeypatch: pytest.MonkeyPatch, **funcs) -> None:
    monkeypatch.setenv("PYTHONHASHSEED", "0")  # else main re-executes the interpreter
    monkeypatch.setattr(sys, "argv", ["runner", *argv])
    calls: dict = defaultdict(list)

    def run(locales, rows):
        calls["run"].append((locales, rows))
        return {"locales": {x: _locale(1, 2, 3) for x in locales}}

    defaults = {"run": run, "pipeline": lambda *a, **k: {}, "markdown": lambda r: shared.markdown(r, spec),
                "compare": lambda b, a: shared.compare(b, a, spec)}  # fmt: skip
    cli.main(spec, **{**defaults, **funcs})
    return calls


def test_compare_renders_the_group_table_from_two_result_files(tmp_path, monkeypatch):
    spec = _spec()
    before = {"locales": {x: _locale(1, 2, 2) for x in LOCALES}, "commit": "aaa", "rows": 10}
    after = {"locales": {x: _locale(3, 4, 4) for x in LOCALES}, "commit": "bbb", "rows": 10}
    (tmp_path / "b.json").write_text(json.dumps(before))
    (tmp_path / "a.json").write_text(json.dumps(after))
    _main(spec, ["--compare", "b,a", "--out", "cmp", "--results-dir", str(tmp_path)], monkeypatch)
    text = (tmp_path / "cmp.md").read_text()
    assert text.startswith("# Held-out set 99: before and after\n\nIntro.\n\n- BEFORE: aaa, ")
    lines = text.splitlines()
    assert "| measure | target | both |" in lines
    assert "| recall shown | 0.990 | 0.500 → 1.000 |" in lines
    assert "| text recall | 0.950 | 0.500 → 0.750 |" in lines
    assert "| text name | 0.900 | 0.500 → 0.750 |" in lines
    assert "| letter / name | 8 | 0.500 | 0.750 |" in lines
    assert not (tmp_path / "cmp.json").exists()  # a comparison writes its markdown only


def test_a_run_writes_json_and_markdown_with_its_defaults(tmp_path, monkeypatch):
    spec = _spec()
    calls = _main(spec, ["--out", "r", "--locales", "de_DE", "--results-dir", str(tmp_path)], monkeypatch)
    assert calls["run"] == [(("de_DE",), 10)]  # the set's N_ROWS by default
    results = json.loads((tmp_path / "r.json").read_text())
    assert list(results["locales"]) == ["de_DE"] and results["rows"] == 10 and "commit" in results
    assert (tmp_path / "r.md").read_text() == shared.markdown(results, spec)


def test_merge_joins_locale_subsets_in_the_sets_order(tmp_path, monkeypatch):
    spec = _spec()
    for name, locale in (("p1", "de_DE"), ("p2", "en_GB")):
        part = {"locales": {locale: _locale(1, 2, 3)}, "cpu_seconds": 1.5, "rows": 10, "commit": "ccc"}
        (tmp_path / f"{name}.json").write_text(json.dumps(part))
    _main(spec, ["--merge", "p1,p2", "--out", "m", "--results-dir", str(tmp_path)], monkeypatch)
    merged = json.loads((tmp_path / "m.json").read_text())
    assert list(merged["locales"]) == list(LOCALES) and merged["cpu_seconds"] == 3.0


@pytest.mark.parametrize("runner", ["bench_pii_heldout8", "bench_pii_heldout9", "bench_pii_heldout10",
                                    "bench_pii_heldout11", "bench_pii_heldout12", "bench_pii_heldout13"])  # fmt: skip
def test_runners_import_with_their_command_line(runner):
    module = __import__(runner)
    for name in ("main", "run", "markdown", "compare", "pipeline", "score_replacement", "GROUPS", "PIPELINE_TABLES"):
        assert callable(getattr(module, name)) or isinstance(getattr(module, name), tuple), name


def test_set12_pipeline_takes_replay_only(tmp_path, monkeypatch):
    # Its hand-written pipeline had no ``rerun``: ``--replay-only`` raised TypeError (session 28).
    import bench_pii_heldout12 as h12

    seen = {}
    monkeypatch.setattr(shared, "pipeline", lambda workdir, tables, build, rerun=True: seen.update(rerun=rerun) or {})
    assert h12.pipeline(tmp_path, tables=(("en_GB", 12001),), rerun=False) == {} and seen == {"rerun": False}


def test_names_the_runners_import_stay_importable():
    import bench_pii_heldout10 as h10

    names = """_BARE_CODE _CJK_SPLIT _GROUP_KEYS _UNIQUE _WORDS RESULTS ROOT TARGETS TEXT_ENTITIES _arrow _cells
    _column_entities _commit _cpu_seconds _dont_care _f _forms _found_in _hide _kept_words _layout _locale_table
    _misses _new_agg _norm _pipeline_lines _pool _ratio _summary _valid replay score_columns summary_rates HeldoutSet
    caught street_type_words capital_particles score_replacement run pipeline markdown compare main CJK
    SET9_STREET_WORDS _template_words""".split()  # noqa: SIM905
    for name in names:
        assert hasattr(shared, name), name
    for name in ("_street_type_words", "_spec", "_template_words", "STREET_WORDS", "COMPARE_TITLE", "COMPARE_INTRO"):
        assert hasattr(h10, name), name


def _git(tree: Path, *args: str) -> str:
    cmd = ["git", "-C", str(tree), "-c", "user.name=t", "-c", "user.email=t@example.com", *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()


def test_commit_names_the_tree_the_package_came_from(tmp_path):
    tree = tmp_path / "before_src"
    package = tree / "src" / "safe_synthesizer"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    _git(tree, "init", "-q")
    _git(tree, "add", ".")
    _git(tree, "commit", "-q", "-m", "x")
    head = _git(tree, "rev-parse", "--short", "HEAD")
    assert cli.commit_of(package) == f"{head} at {tree}"  # clean: exactly that commit, not "(working tree)"
    (tree / "notes.txt").write_text("outside the package")
    assert cli.commit_of(package) == f"{head} at {tree}"
    (package / "new_module.py").write_text("")
    assert cli.commit_of(package) == f"{head} (working tree at {tree})"


def test_commit_of_an_export_is_its_marker_not_the_enclosing_checkout(tmp_path):
    outer = tmp_path / "checkout"
    package = outer / "exports" / "after_src" / "src" / "safe_synthesizer"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    _git(outer, "init", "-q")
    _git(outer, "add", ".")
    _git(outer, "commit", "-q", "-m", "x")
    export = package.parents[1]
    assert cli.commit_of(package) == f"export at {export}"
    (export / "COMMIT").write_text("373f46c\n")
    assert cli.commit_of(package) == f"export of 373f46c at {export}"


def test_every_runner_labels_its_run_with_the_one_commit_function():
    import bench_pii_heldout6
    import bench_pii_heldout8
    import bench_pii_heldout10

    assert bench_pii_heldout6._commit is bench_pii_heldout8._commit is bench_pii_heldout10._commit is cli._commit


def test_set11_wording_counts_the_locales_of_each_run(tmp_path, monkeypatch):
    spec = _spec(locale_counts=True, intro="Set 99 intro.")
    before = {"locales": {"de_DE": _locale(1, 2, 2)}, "commit": "aaa", "rows": 10}
    after = {"locales": {x: _locale(3, 4, 4) for x in LOCALES}, "commit": "bbb", "rows": 10}
    text = shared.compare(before, after, spec)
    lines = text.splitlines()
    assert lines[4].startswith("- BEFORE: aaa, 1 locales, CPU") and lines[5].startswith("- AFTER: bbb, 2 locales, CPU")
    assert "Column recall by labelled entity, 1 locales (before → after):" in lines  # over the locales both have
    assert "| name | 4 | 0.500 → 1.000 | 0.500 → 1.000 |" in lines
    run = shared.markdown({**after, "label": "x", "cpu_seconds": 1.0, "load": [1.0]}, spec)
    assert run.startswith("# PII stage on held-out set 99 (x)\n\nSet 99 intro.\n\nCode measured: bbb. 10 rows per")
    assert "## Free-text recall by note form and entity" in run.splitlines()


def test_set11_counts_the_words_of_each_notes_own_template():
    import bench_pii_heldout11 as h11

    words = h11._note_words("en_GB", "Dear {name}, Mr. {last_name} wrote from {street_address}.")
    assert words == ["Dear", "wrote", "from"]  # not the title
    words = h11._note_words("ja_JP", "{name}様より、{street_address}の自宅で連絡あり。")
    assert words == ["様より", "の自宅で連絡あり"]
    assert h11.main.__module__ == "bench_pii_heldout11" and h11._spec().locale_counts


def test_sets_1_to_7_summarise_a_locale_with_the_shared_rates():
    import bench_pii_heldout

    agg = {"shown": {"hit": 3, "pos": 4, "correct": 3, "found": 3}, "hidden": {"hit": 1, "pos": 4, "correct": 1,
           "found": 2}, "text": {"name": [1, 2], "iban": [2, 2]}, "words": [9, 10], "phone_valid": [0, 0],
           "postcode_valid": [1, 1], "survivors": {"name": 2}}  # fmt: skip
    out = bench_pii_heldout._summarise(agg, {"missed_text": ["x"]})
    assert out == {"recall_shown": 0.75, "precision_shown": 1.0, "recall_hidden": 0.25, "precision_hidden": 0.5,
                   "text_recall": 0.75, "text_words_kept": 0.9, "phone_valid": None, "postcode_layout": 1.0,
                   "text_by_entity": {"iban": 1.0, "name": 0.5}, "survivors": {"name": 2},
                   "counts": {"shown": agg["shown"], "hidden": agg["hidden"], "text": agg["text"]},
                   "missed_text": ["x"]}  # fmt: skip
    assert list(out)[-2:] == ["counts", "missed_text"]  # the key order of the JSON files stays


def test_a_sets_own_options_reach_its_run(tmp_path, monkeypatch):
    spec = _spec()
    seen = []

    def run(locales, rows, international):
        seen.append(international)
        return {"locales": {}}

    def add(parser):
        parser.add_argument("--no-international", action="store_true")

    for flag in ([], ["--no-international"]):
        argv = ["--out", "r", "--locales", "none", "--results-dir", str(tmp_path), *flag]
        _main(spec, argv, monkeypatch, run=run, add_options=add,
              run_options=lambda args: {"international": not args.no_international})  # fmt: skip
    assert seen == [True, False]


def test_replay_only_keeps_the_runs_exit_codes_and_replays_again(tmp_path, monkeypatch):
    spec = _spec()
    earlier = {"locales": {}, "rows": 10, "commit": "c", "pipeline": {"en_GB_1": {"returncode": 0, "files": 0}}}
    (tmp_path / "r.json").write_text(json.dumps(earlier))
    calls = []

    def pipeline(workdir, tables, rerun=True):
        calls.append((workdir, tables, rerun))
        return {"en_GB_1": {"files": 2}}

    argv = ["--out", "r", "--replay-only", str(tmp_path / "work"), "--results-dir", str(tmp_path)]
    _main(spec, argv, monkeypatch, pipeline=pipeline)
    assert calls == [(tmp_path / "work", (("en_GB", 1),), False)]
    assert json.loads((tmp_path / "r.json").read_text())["pipeline"] == {"en_GB_1": {"returncode": 0, "files": 2}}


def test_set8_uses_the_shared_command_line_with_its_international_list():
    import bench_pii_heldout8 as h8

    spec = h8._spec()
    assert spec.number == 8 and spec.tables.LOCALES == h8.set8.LOCALES and spec.pipeline_tables == h8.PIPELINE_TABLES


def test_set8_replay_is_the_shared_one_and_counts_each_notes_entity_once(tmp_path):
    import bench_pii_heldout8 as h8

    notes_col = h8.set8.NOTES_COLUMN
    (tmp_path / "dataset").mkdir()
    (tmp_path / "dataset" / "training.csv").write_text(
        f"full_name,email,{notes_col}\nAnna Berg,anna@x.de,Call Anna Berg at 0301234567\nBo Li,bo@y.cn,Met Bo Li\n")
    (tmp_path / "dataset" / "transformed_training.csv").write_text(
        f"full_name,email,{notes_col}\nAnna Berg,zz@x.de,Call Eva Kohl at 0301234567\nTom Fa,anna@x.de,Met Tom Fa\n")
    labels = {"full_name": ("name",), "email": ("email",), notes_col: None}  # set 8 labels its notes column None
    notes = {"Call Anna Berg at 0301234567": [("name", "Anna Berg"), ("phone_number", "0301234567")],
             "Met Bo Li": [("name", "Bo Li")]}  # fmt: skip
    out = h8.replay(tmp_path, labels, notes)
    assert out["checked"] == {"name": 2, "email": 2, "text name": 2, "text phone_number": 1}
    assert out["same_row"] == {"name": 1, "text name": 1, "text phone_number": 1}
    assert out["anywhere"] == {"email": 1, "text phone_number": 1} and out["files"] == 1


def test_sets_6_and_7_share_set_4s_pool_setup_and_report():
    import bench_pii_heldout as set1
    import bench_pii_heldout4 as h4
    import bench_pii_heldout6 as h6

    h6.use_pool("B", 50)
    assert h6.set6.SEEDS_BY_POOL["B"] == set1.SEEDS and h6.SET_NAMES["B"] == set1.SET_NAME
    assert set1.heldout_table.keywords == {"n": 50, "pool": "B"} and set1._FIVE_DIGITS.match("1234")
    assert h6._cpu_seconds is h4._cpu_seconds
    results = {"locales": {}, "seeds": [1], "rows": 50, "cpu_seconds": 2.0, "load": 1.0, "commit": "abc", "seconds": 1}
    assert "load average at start 1.0, commit abc." in h6.markdown(results)
    assert "load average at start 1.0." in h4.markdown(results)
