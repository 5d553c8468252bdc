"""Where the shipped data files live (``resources/`` at the top of the source tree).

Every layer may import this module: it only computes paths. The folder holds the default company
profile, the regime rules, the classifier's phrase lists, reply templates and the demo mailbox.

In a checkout (or an editable install) the folder sits beside the ``privacydesk`` package. In a
frozen build (PyInstaller, see ``packaging/privacydesk.spec``) the whole folder is copied to the
root of the bundle, which PyInstaller exposes as ``sys._MEIPASS`` (``…/_internal`` of the installed
app); ``scripts/package.py`` checks that every file of the checkout's folder is there.
"""

from __future__ import annotations

import sys
from pathlib import Path


def find_resources_dir() -> Path:
    """The ``resources/`` folder of this checkout or of the frozen bundle this code runs from."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES_DIR = find_resources_dir()


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("profiles", "3dpros.toml")``."""
    return RESOURCES_DIR.joinpath(*parts)


DEFAULT_PROFILE = resource_path("profiles", "3dpros.toml")
