"""Where the shipped data files live (``resources/`` at the top of the source tree).

Every layer may import this module: it only computes paths. The folder holds the default company
profile, the regime rules, reply templates and the demo mailbox.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("profiles", "3dpros.toml")``."""
    return RESOURCES_DIR.joinpath(*parts)


DEFAULT_PROFILE = resource_path("profiles", "3dpros.toml")
