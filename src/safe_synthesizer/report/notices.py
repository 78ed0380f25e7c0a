"""Who a report is for: the banners at the top of each page and the seed-free configuration.

The owner report (``evaluation_report.html``) shows exact statistics of the training data and the
holdout; a differential-privacy guarantee never covers it. The releasable report
(``evaluation_report_releasable.html``) shows only synthetic-side statistics and DP-released
facts. Both banners say so in plain words (see ``docs/privacy-model.md``).

Example:
    >>> "not for release" in owner_banner(dp=True)
    True
    >>> displayed_config({"data": {"random_state": 7, "holdout": 0.05}}, dp=True)
    {'data': {'holdout': 0.05}}
"""

from __future__ import annotations

import copy
from typing import Any

PRIVACY_MODEL_DOC = "docs/privacy-model.md"
RELEASABLE_KEY = "evaluation.releasable_report"


def owner_banner(*, dp: bool) -> str:
    """The banner of the owner report: exact training statistics, not for release.

    Example:
        >>> "no formal privacy guarantee" in owner_banner(dp=False)
        False
    """
    if dp:
        return f"""
<div class="banner owner" id="owner-banner" role="note">
<strong>For the data owner &mdash; not for release.</strong> This report contains exact statistics of the
training data and of the holdout: column histograms, correlations, distinct and missing counts, principal-component
projections of individual training records, distances to training records and attack results. The
differential-privacy guarantee of this run covers the synthetic data and the model, <b>not this report</b>:
publishing it releases those statistics with no privacy protection at all. To share results, set
<code>{RELEASABLE_KEY}: true</code> and publish <code>evaluation_report_releasable.html</code> (synthetic-side
statistics and DP-released facts only). What a DP run releases: <code>{PRIVACY_MODEL_DOC}</code>.
</div>"""
    return f"""
<div class="banner owner mild" id="owner-banner" role="note">
<strong>For the data owner.</strong> This report contains exact statistics of the training data and of the
holdout (histograms, correlations, distinct and missing counts, projections of individual training records,
distances to training records). Share it only with people allowed to see the training data;
<code>{RELEASABLE_KEY}: true</code> also writes a version with synthetic-side statistics only.
</div>"""


def releasable_banner(*, dp: bool) -> str:
    """The banner of the releasable report: what it contains and what guarantee applies.

    Example:
        >>> "no formal privacy guarantee" in releasable_banner(dp=False)
        True
    """
    contents = (
        "Every number in this report is computed from the synthetic data alone, is a differentially private "
        "release of this run (its epsilon is part of the total below), or is treated as public (column names "
        f"and types, the number of privacy units; see <code>{PRIVACY_MODEL_DOC}</code>). It has no quality or "
        "privacy scores: those compare the synthetic data with the real records."
    )
    if dp:
        return f"""
<div class="banner releasable" id="releasable-banner" role="note">
<strong>Releasable report.</strong> {contents}
</div>"""
    return """
<div class="banner releasable mild" id="releasable-banner" role="note">
<strong>Synthetic-side report &mdash; no formal privacy guarantee.</strong> This run did not use differential
privacy: the synthetic data carries no formal guarantee, and the statistics below are exactly as private as the
synthetic data itself (which can reproduce rare training values). Nothing here is computed from the training or
holdout data.
</div>"""


def displayed_config(config: dict[str, Any], *, dp: bool) -> dict[str, Any]:
    """The configuration shown in a report; under DP without ``data.random_state``.

    A DP run draws its noise, batches, initial weights and generation from a fresh secret seed
    (``privacy.entropy``) that is never stored; ``data.random_state`` only fixes the holdout
    split, the PII fakes and the evaluation's sampling. Showing it next to a DP guarantee would
    suggest the run can be replayed, so DP reports leave it out.

    Example:
        >>> displayed_config({"data": {"random_state": 7}}, dp=False)
        {'data': {'random_state': 7}}
    """
    if not dp:
        return config
    shown = copy.deepcopy(config)
    data = shown.get("data")
    if isinstance(data, dict):
        data.pop("random_state", None)
    shown.pop("seed", None)
    return shown


RANDOMNESS_NOTE = (
    "Randomness: under differential privacy every random draw of training and generation (Poisson batches, "
    "gradient noise, the noise of the DP statistics, initial weights, sampling) comes from a fresh seed drawn "
    "from the operating system's entropy and never stored. The configured data.random_state is not used for "
    "them; it only fixes the holdout split, the PII fakes and the evaluation's own sampling, so it is not shown."
)
