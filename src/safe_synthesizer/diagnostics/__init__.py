"""Run diagnostics: the short "check these" list printed after a run and saved as ``diagnostics.json``."""

from safe_synthesizer.diagnostics.collect import DIAGNOSTICS_JSON, collect, diagnose
from safe_synthesizer.diagnostics.diagnostic import Diagnostic

__all__ = ["DIAGNOSTICS_JSON", "Diagnostic", "collect", "diagnose"]
