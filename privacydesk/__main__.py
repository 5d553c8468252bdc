"""``python -m privacydesk`` runs the command line (no command opens the window)."""

import sys

from privacydesk.cli import main

sys.exit(main())
