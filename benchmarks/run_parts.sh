#!/usr/bin/env bash
# Run a held-out PII set in its PARTS, two at a time (2 cores), against an export of the code, then merge.
# Usage: benchmarks/run_parts.sh SET EXPORT_DIR LABEL PREFIX [RESULTS_DIR]
#   SET          the set's number (29: benchmarks/bench_pii_heldout29.py, which defines PARTS)
#   EXPORT_DIR   a `git archive` export of the commit measured; its src/ is put first on PYTHONPATH
#   LABEL        BEFORE / AFTER, written in the title
#   PREFIX       result name: PREFIX_<part>.json per part, PREFIX.json|md merged
# The pipeline part (three tables, whole pipeline and replay) runs last, in its own work folder.
set -euo pipefail
set_no=$1 export_dir=$(cd "$2" && pwd) label=$3 prefix=$4
here=$(cd "$(dirname "$0")" && pwd)
results=${5:-$here/results}
python=${PYTHON:-$here/../.venv/bin/python}
runner=$export_dir/benchmarks/bench_pii_heldout$set_no.py
[ -f "$runner" ] || runner=$here/bench_pii_heldout$set_no.py
mapfile -t parts < <(PYTHONPATH=$here:$export_dir/benchmarks "$python" -c "import bench_pii_heldout$set_no as b; print('\n'.join(b.PARTS))")
run_part() {
  local part=$1 locales
  locales=$(PYTHONPATH=$here:$export_dir/benchmarks "$python" -c "import bench_pii_heldout$set_no as b; print(b.PARTS['$part'])")
  PYTHONPATH=$export_dir/src:$here:$export_dir/benchmarks nice -n 5 "$python" "$runner" --out "${prefix}_$part" --label "$label" \
    --locales "$locales" --results-dir "$results" --partial "$results/${prefix}_$part.partial.json" \
    > "$results/${prefix}_$part.log" 2>&1
}
pending=("${parts[@]}")
while [ ${#pending[@]} -gt 0 ]; do
  run_part "${pending[0]}" & first=$!
  if [ ${#pending[@]} -gt 1 ]; then run_part "${pending[1]}" & second=$!; wait "$second"; fi
  wait "$first"
  pending=("${pending[@]:2}")
done
work=$(mktemp -d)
PYTHONPATH=$export_dir/src:$here:$export_dir/benchmarks nice -n 5 "$python" "$runner" --out "${prefix}_pipeline" --label "$label" --locales none \
  --pipeline "$work" --results-dir "$results" > "$results/${prefix}_pipeline.log" 2>&1
merge=$(printf "${prefix}_%s," "${parts[@]}" pipeline)
PYTHONPATH=$export_dir/src:$here:$export_dir/benchmarks "$python" "$runner" --merge "${merge%,}" --out "$prefix" --results-dir "$results"
echo "merged: $results/$prefix.md"
