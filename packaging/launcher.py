"""Entry point of the bundled app: the same as ``tinyspec``."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
