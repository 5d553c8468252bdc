"""Known-answer deadline cases (tests/data/deadline_cases.toml), run through the CLI.

The expected dates in the data file were worked out by hand with a calendar; this module only
feeds each case to ``privacydesk deadline --json`` and compares.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from privacydesk.cli import main
from privacydesk.resources import DEFAULT_PROFILE

CASES_FILE = Path(__file__).resolve().parent.parent / "data" / "deadline_cases.toml"
CASES: dict[str, Any] = tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))
CORE = ("acknowledge_by", "respond_by", "extension_notice_by", "respond_by_extended")
COMMITMENT = re.compile(r'^\[\[commitments\.deadlines\]\]\ntype = "opt_out_sale"\n(?:[^\n]+\n)*', re.M)


def patched_profile(tmp_path: Path, patch: dict[str, Any]) -> Path:
    """The shipped 3DPros profile with a few fields changed (checked to exist, so a profile edit
    cannot silently turn a case into a no-op)."""
    text = DEFAULT_PROFILE.read_text(encoding="utf-8")
    for key, value in patch.items():
        if key == "commitments":
            assert value is False
            text, count = COMMITMENT.subn("", text)
            assert count == 1
        elif key == "default_response_days":
            assert "default_response_days = 30" in text
            text = text.replace("default_response_days = 30", f"default_response_days = {value}")
        elif key == "subdivision":
            assert 'business_calendar_subdivision = ""' in text
            text = text.replace('business_calendar_subdivision = ""', f'business_calendar_subdivision = "{value}"')
        else:
            raise AssertionError(f"unknown profile_patch key {key!r}")
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run(args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        profile: Path = DEFAULT_PROFILE) -> tuple[int, str, str]:
    """Run ``privacydesk deadline``; argparse errors raise SystemExit, handler errors return."""
    try:
        code = main(["--data-dir", str(tmp_path / "data"), "deadline", *args, "--profile", str(profile),
                     "--today", "2026-01-01"])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", CASES["case"], ids=[c["name"] for c in CASES["case"]])
def test_known_answer(case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = patched_profile(tmp_path, case["profile_patch"]) if "profile_patch" in case else DEFAULT_PROFILE
    code, out, err = run([*case["args"], "--json"], tmp_path, capsys, profile)
    assert code == 0, err
    result = json.loads(out)
    expected = case["expect"]
    assert set(CORE) <= set(expected), "every case states all four core milestones"
    got = {name: result[name] or "none" for name in expected}
    assert got == expected
    for name in CORE:
        if result[name] is not None:
            assert result["explanations"][name], f"{name} has no explanation"
    if "flags" in case:
        assert sorted(result["flags"]) == sorted(case["flags"])
    for name, text in case.get("explains", {}).items():
        assert text in result["explanations"][name], f"{name}: {result['explanations'][name]}"


@pytest.mark.parametrize("case", CASES["error"], ids=[c["name"] for c in CASES["error"]])
def test_invalid_input_exits_2(case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(case["args"], tmp_path, capsys)
    assert code == 2
    assert out == ""
    for text in case["stderr"]:
        assert text in err


def test_cases_cover_every_regime() -> None:
    from privacydesk.domain.vocab import Regime, values

    regimes = {c["args"][c["args"].index("--regime") + 1] for c in CASES["case"]}
    assert regimes == set(values(Regime))
