"""``python -m app``: the headless command line (``tinyspec`` with a command)."""

import sys

from app.cli import main

sys.exit(main())
