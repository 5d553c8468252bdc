"""Which PrivacyDesk this is: the version, and for a packaged build the commit it was built from.

``scripts/package.py`` writes ``build_info.json`` beside this module inside the frozen bundle (never
into the source tree), so ``privacydesk --version`` of an installed package names the exact commit
and build date. A checkout has no such file and prints the version alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from privacydesk import __version__

BUILD_INFO_FILE = Path(__file__).resolve().parent / "build_info.json"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str | None = None  # short hash; "+changes" when built from a tree with uncommitted edits
    built: str | None = None  # YYYY-MM-DD

    def version_line(self) -> str:
        details = []
        if self.commit:
            details.append(f"commit {self.commit}")
        if self.built:
            details.append(f"built {self.built}")
        suffix = f" ({', '.join(details)})" if details else ""
        return f"privacydesk {self.version}{suffix}"

    def as_json(self) -> dict[str, str | None]:
        return {"version": self.version, "commit": self.commit, "built": self.built}


def build_info(path: Path = BUILD_INFO_FILE) -> BuildInfo:
    """The baked-in build facts, or just the source version when there are none (a checkout)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return BuildInfo(__version__)
    if not isinstance(data, dict):
        return BuildInfo(__version__)

    def text(key: str) -> str | None:
        value = data.get(key)
        return value if isinstance(value, str) and value else None

    return BuildInfo(text("version") or __version__, text("commit"), text("built"))
