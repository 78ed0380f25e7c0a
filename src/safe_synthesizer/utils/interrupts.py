"""Turn SIGTERM (and SIGHUP) into an exception, as Python already does for SIGINT.

By default SIGTERM ends the process at once: no ``finally`` runs, so temporary files stay and the
manifest stays ``running``. Raised as :class:`Interrupted` (a ``KeyboardInterrupt``), it unwinds
like Ctrl-C: atomic writes delete their temporary files and the run is marked ``interrupted``.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class Interrupted(KeyboardInterrupt):
    """The process was asked to stop by a signal; ``signal_name`` says which."""

    def __init__(self, signal_name: str) -> None:
        super().__init__(signal_name)
        self.signal_name = signal_name


def interruption_reason(exc: BaseException) -> str:
    """A one-line reason for the manifest: which signal stopped the run."""
    if isinstance(exc, Interrupted):
        return f"{exc.signal_name} received"
    return "SIGINT received (Ctrl-C)"


def exit_code(exc: BaseException) -> int:
    """The shell's convention: 128 + signal number (130 for Ctrl-C, 143 for SIGTERM)."""
    number = getattr(signal, exc.signal_name, signal.SIGINT) if isinstance(exc, Interrupted) else signal.SIGINT
    return 128 + int(number)


def _raise(signum: int, _frame: FrameType | None) -> None:
    raise Interrupted(signal.Signals(signum).name)


@contextlib.contextmanager
def signals_as_exceptions() -> Iterator[None]:
    """While the block runs (main thread only), SIGTERM/SIGHUP raise :class:`Interrupted`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    names = [n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    previous = {n: signal.signal(getattr(signal, n), _raise) for n in names}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)
