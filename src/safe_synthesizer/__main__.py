"""``python -m safe_synthesizer`` is the CLI."""

import sys

from safe_synthesizer.cli.main import main

sys.exit(main())
