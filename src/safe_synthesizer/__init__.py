"""safe-synthesizer: turn a sensitive table into a private synthetic one."""

__version__ = "0.1.0"
