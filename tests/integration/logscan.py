"""Scan what PrivacyDesk wrote to its logs (and to stderr) for requesters' addresses and names.

Used by the end-to-end tests: after a run, every log file in the data folder must be free of the
personal details of every requester and agent the run filed (DESIGN invariant 6).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def personal_details(requests: Iterable[dict[str, Any]]) -> set[str]:
    """Addresses and names (of at least two words or six letters) of requesters and agents."""
    found: set[str] = set()
    for r in requests:
        person = r.get("requester") or {}
        agent = r.get("agent") or {}
        for value in (*(person.get("emails") or []), person.get("email"), person.get("name"),
                      person.get("phone"), agent.get("email"), agent.get("name")):
            if isinstance(value, str) and (("@" in value) or " " in value.strip() or len(value) >= 6):
                found.add(value.strip())
    return found


def assert_no_personal_data(data_dir: Path, requests: Iterable[dict[str, Any]], *extra_text: str) -> int:
    """Fail naming the log file that holds a requester's detail; returns how many log lines were read."""
    details = personal_details(requests)
    assert details, "nothing to look for: the run filed no requests"
    pattern = re.compile("|".join(re.escape(d) for d in sorted(details, key=len, reverse=True)), re.IGNORECASE)
    lines = 0
    logs = sorted((data_dir / "logs").glob("*.log*"))
    for path in logs:
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += text.count("\n")
        match = pattern.search(text)
        assert match is None, f"{path.name} holds a requester's personal detail: …{text[max(0, match.start() - 60):match.end() + 20]}…"
    for index, text in enumerate(extra_text):
        match = pattern.search(text)
        assert match is None, f"output {index} holds a requester's personal detail: {match.group(0)!r}"
    return lines
