"""Launcher: ``python main.py [options] [command]`` is the same as the ``privacydesk`` command."""

import sys

from privacydesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
