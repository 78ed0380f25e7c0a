"""SIGTERM raises like Ctrl-C while the CLI runs, so cleanup code runs; exit codes follow the shell."""

from __future__ import annotations

import os
import signal

import pytest

from safe_synthesizer.utils.interrupts import Interrupted, exit_code, interruption_reason, signals_as_exceptions


def test_sigterm_becomes_an_exception_and_the_handler_is_restored() -> None:
    before = signal.getsignal(signal.SIGTERM)
    cleaned = []
    with pytest.raises(Interrupted) as info, signals_as_exceptions():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            signal.sigtimedwait([], 0.01) if hasattr(signal, "sigtimedwait") else None
        finally:
            cleaned.append(True)
    assert cleaned == [True] and isinstance(info.value, KeyboardInterrupt)
    assert interruption_reason(info.value) == "SIGTERM received" and exit_code(info.value) == 143
    assert signal.getsignal(signal.SIGTERM) == before


def test_ctrl_c() -> None:
    assert interruption_reason(KeyboardInterrupt()) == "SIGINT received (Ctrl-C)"
    assert exit_code(KeyboardInterrupt()) == 130
