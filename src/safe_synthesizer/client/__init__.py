"""Python client of the job service (``safe-synthesizer serve``).

Example (the reference tutorial's flow, with our names):
    >>> client = SafeSynthesizerClient(base_url="http://localhost:8080", workspace="default",
    ...                                token=tok)  # doctest: +SKIP
    >>> client.projects.create(workspace="default", name="test-project")  # doctest: +SKIP
    >>> builder = (SafeSynthesizerJobBuilder(client).with_data_source(df).with_replace_pii()
    ...            .with_train(batch_size=16, num_epochs=2)
    ...            .with_differential_privacy(epsilon=6.0, delta=1e-5).synthesize())  # doctest: +SKIP
    >>> job = builder.create_job(name="dp-moderate", project="test-project")  # doctest: +SKIP
    >>> job.wait_for_completion()  # doctest: +SKIP
    >>> job.fetch_summary().synthetic_data_quality_score  # doctest: +SKIP
"""

from safe_synthesizer.client.builder import SafeSynthesizerJobBuilder
from safe_synthesizer.client.http import ApiError, SafeSynthesizerClient
from safe_synthesizer.client.job import JobFailedError, JobSummary, SafeSynthesizerJob

__all__ = [
    "ApiError",
    "JobFailedError",
    "JobSummary",
    "SafeSynthesizerClient",
    "SafeSynthesizerJob",
    "SafeSynthesizerJobBuilder",
]
