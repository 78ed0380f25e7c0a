"""A live job service for the client tests (see ``tests/service/live.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # so 'service.live' imports as in tests/service
