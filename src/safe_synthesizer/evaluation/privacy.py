"""Privacy stage: membership and attribute inference and copy detection from prepared tables.

Sizes are matched so neither side is favoured: the attack and query samples of training and
holdout have the same size (``min(holdout rows, privacy_sample_rows)``); the synthetic table and
the training table that distances are measured AGAINST are always used whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from safe_synthesizer.config.evaluation import EvaluationParameters
from safe_synthesizer.evaluation.attribute import (
    AttributeResult,
    attack_repeats,
    attribute_inference,
    combine_repeats,
)
from safe_synthesizer.evaluation.columns import ColumnRoles, Table, sample_rows
from safe_synthesizer.evaluation.copying import (
    CopyResult,
    copy_detection,
    dcr_share,
    duplicate_rate,
    exact_match_rate,
    row_keys,
)
from safe_synthesizer.evaluation.encoding import DistanceEncoder
from safe_synthesizer.evaluation.membership import MIN_NON_MEMBERS, MembershipResult, repeated_membership
from safe_synthesizer.evaluation.neighbors import nearest


@dataclass
class PrivacyParts:
    membership: MembershipResult | None = None
    attribute: AttributeResult | None = None
    copying: CopyResult | None = None
    unavailable: dict[str, str] = field(default_factory=dict)


def _keys(table: Table, roles: ColumnRoles) -> list[tuple]:
    columns = []
    for name in roles.order:
        if name in table.numeric:
            columns.append(table.numeric[name])
        elif name in table.categorical:
            columns.append(table.categorical[name])
        elif name in table.text:
            columns.append(np.array(table.text[name], dtype=object))
    return row_keys(columns)


def measure_privacy(
    training: Table,
    synthetic: Table,
    holdout: Table | None,
    roles: ColumnRoles,
    params: EvaluationParameters,
    rng: np.random.Generator,
) -> PrivacyParts:
    parts = PrivacyParts()
    columns = roles.tabular
    if not columns or training.n_rows < 2 or synthetic.n_rows < 1:
        reason = "no numeric or categorical columns" if not columns else "too few rows"
        parts.unavailable.update(
            {"membership_inference": reason, "attribute_inference": reason, "copy_detection": reason}
        )
        return parts
    encoder = DistanceEncoder().fit(training, columns)
    x_train, x_synth = encoder.transform(training), encoder.transform(synthetic)
    cap = params.privacy_sample_rows
    has_holdout = holdout is not None and holdout.n_rows >= 2
    n_attack = min(holdout.n_rows if has_holdout else training.n_rows, cap, training.n_rows)
    # queries: synthetic sample against the whole training table
    q_syn = sample_rows(synthetic.n_rows, cap, rng)
    syn_knn, _ = nearest(x_synth[q_syn], x_train, k=2)
    train_keys = _keys(training, roles)
    exact_syn = exact_match_rate(_keys(synthetic, roles), train_keys)
    members = np.sort(rng.choice(training.n_rows, n_attack, replace=False))
    if has_holdout:
        q_hold = sample_rows(holdout.n_rows, n_attack, rng)
        x_hold = encoder.transform(holdout.take(q_hold))
        base_knn, _ = nearest(x_hold, x_train, k=2)
        exact_base = exact_match_rate(_keys(holdout, roles), train_keys)
        # DCR share: training subsampled to the holdout sample's size, same synthetic queries
        to_train, _ = nearest(x_synth[q_syn], x_train[members], k=1)
        to_hold, _ = nearest(x_synth[q_syn], x_hold, k=1)
        share = dcr_share(to_train[:, 0], to_hold[:, 0])
        full_copy = 0.5 + 0.5 * n_attack / training.n_rows
        baseline = "holdout"
    else:
        knn3, idx3 = nearest(x_train[members], x_train, k=3)
        # leave-one-out: drop each row's own index (duplicates of it stay, at distance 0)
        not_self = idx3 != members[:, None]
        base_knn = np.stack([row[keep][:2] for row, keep in zip(knn3, not_self, strict=True)])
        exact_base = duplicate_rate(train_keys)
        share = full_copy = None
        baseline = "training (leave-one-out)"
        parts.unavailable["dcr_share"] = "no holdout table"
    parts.copying = copy_detection(
        exact_synthetic=exact_syn,
        exact_baseline=exact_base,
        n_synthetic=synthetic.n_rows,
        n_baseline=holdout.n_rows if has_holdout else training.n_rows,
        synthetic_knn=syn_knn,
        baseline_knn=base_knn,
        baseline=baseline,
        share=share,
        share_full_copy=full_copy,
    )
    if params.mia_enabled and has_holdout and holdout.n_rows >= MIN_NON_MEMBERS:
        # Distances of a pool of training records (up to the sample cap), so that repeated
        # attacks draw fresh members without measuring distances again.
        pool = np.sort(rng.choice(training.n_rows, min(training.n_rows, max(cap, n_attack)), replace=False))
        d_pool, _ = nearest(x_train[pool], x_synth, k=1)
        d_non, _ = nearest(x_hold, x_synth, k=1)
        parts.membership = repeated_membership(d_pool[:, 0], d_non[:, 0], n_attack, rng)
    elif params.mia_enabled and has_holdout:
        parts.unavailable["membership_inference"] = (
            f"not measured: {holdout.n_rows} holdout records, at least {MIN_NON_MEMBERS} are needed "
            "(raise data.holdout)"
        )
    elif params.mia_enabled:
        parts.unavailable["membership_inference"] = (
            "not measured: no holdout table (non-members are needed)"
            if holdout is None or holdout.n_rows == 0
            else f"not measured: {holdout.n_rows} holdout record(s), at least {MIN_NON_MEMBERS} are needed "
            "(raise data.holdout)"
        )
    else:
        parts.unavailable["membership_inference"] = "disabled (evaluation.mia_enabled)"
    if params.aia_enabled and len(columns) >= 2:
        n_targets = min(n_attack, 1000)
        runs = []
        for _ in range(attack_repeats(n_targets)):
            # fresh training targets each repeat; the holdout baseline is resampled with replacement
            t_rows = np.sort(rng.choice(training.n_rows, n_targets, replace=False))
            b_rows = np.sort(rng.integers(0, holdout.n_rows, n_targets)) if has_holdout else None
            runs.append(
                attribute_inference(
                    encoder=encoder,
                    training=training,
                    synthetic=synthetic,
                    x_synthetic=x_synth,
                    targets=training.take(t_rows),
                    x_targets=x_train[t_rows],
                    baseline=holdout.take(b_rows) if has_holdout else None,
                    x_baseline=encoder.transform(holdout.take(b_rows)) if has_holdout else None,
                    columns=columns,
                    qi_count=params.quasi_identifier_count,
                    rng=rng,
                )
            )
        parts.attribute = combine_repeats(runs)
    else:
        parts.unavailable["attribute_inference"] = (
            "disabled (evaluation.aia_enabled)" if not params.aia_enabled else "fewer than two tabular columns"
        )
    return parts
