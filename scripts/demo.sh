#!/usr/bin/env bash
# Install, then run the whole pipeline on the bundled Adult sample and print where outputs are.
# A fixed seed: every run of the demo on this machine gives the same table and scores
# (docs/reproducibility.md); any option given to this script overrides it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
.venv/bin/safe-synthesizer run \
  --data-source src/safe_synthesizer/sample_data/adult_sample.csv \
  --generation__num_records 1000 --data__random_state 42 "$@"
