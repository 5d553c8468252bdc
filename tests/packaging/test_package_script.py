"""The packaging script's own checks, without building anything (issue 16)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import package_script

pkg = package_script()


def _system_library(soname: str) -> Path | None:
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        name, _, rest = line.strip().partition(" ")
        if name == soname and ("x86-64" in rest or "AArch64" in rest):
            return Path(rest.rpartition("=> ")[2]).resolve()
    return None


def test_elf_reader_finds_what_python_links() -> None:
    python = Path(os.path.realpath(sys.executable))
    elf = pkg.read_elf(python)
    assert elf is not None
    assert any(name.startswith(("libc.so", "libpython3")) for name in elf.needed)
    assert elf.glibc >= (2, 2)
    assert pkg.read_elf(Path(__file__)) is None  # not an ELF file


@pytest.mark.skipif(not shutil.which("dpkg"), reason="needs dpkg (Debian or Ubuntu)")
def test_every_mapped_library_installed_here_comes_from_the_mapped_package() -> None:
    by_soname, always = pkg.read_depends_map()
    assert "libxcb-cursor.so.0" in by_soname and "ca-certificates" in always
    found = {soname: path for soname in by_soname if (path := _system_library(soname)) is not None}
    # dpkg knows merged-/usr files by the path it installed them under, /lib or /usr/lib
    spellings = {str(p) for p in found.values()} | {str(p).replace("/usr/lib/", "/lib/", 1) for p in found.values()}
    owners = subprocess.run(["dpkg", "-S", *sorted(spellings)], capture_output=True, text=True).stdout
    owner_of: dict[str, set[str]] = {}
    for line in owners.splitlines():
        packages, _, path = line.partition(": ")
        owner_of.setdefault(path.replace("/usr/lib/", "/lib/", 1), set()).update(
            p.split(":")[0].strip() for p in packages.split(","))
    for soname, path in found.items():
        packages = owner_of.get(str(path).replace("/usr/lib/", "/lib/", 1), set())
        assert by_soname[soname] in packages, f"{soname} ({path}) comes from {packages}, not {by_soname[soname]}"
    assert len(found) >= 20


def test_a_library_without_a_debian_package_stops_the_build(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copyfile(os.path.realpath(sys.executable), bundle / "privacydesk")
    monkeypatch.setattr(pkg, "read_depends_map", lambda: ({}, []))
    with pytest.raises(SystemExit) as stop:
        pkg.debian_depends(bundle)
    assert "libc.so.6" in str(stop.value) and "depends.txt" in str(stop.value)


def test_depends_name_libc_with_the_glibc_version_the_build_needs(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    program = Path(os.path.realpath(shutil.which("env") or "/usr/bin/env"))  # links libc alone
    shutil.copyfile(program, bundle / "privacydesk")
    depends = pkg.debian_depends(bundle)
    glibc = ".".join(map(str, pkg.read_elf(program).glibc))
    assert depends.startswith(f"libc6 (>= {glibc})")
    assert "ca-certificates" in depends and "tzdata" in depends


def test_later_commits_get_later_debian_versions() -> None:
    older = pkg.BuildFacts("0.1.0", "bbbbbbb", dt.datetime(2026, 11, 2, 9, tzinfo=dt.UTC), "2026-11-02")
    newer = pkg.BuildFacts("0.1.0", "aaaaaaa+changes", dt.datetime(2026, 11, 2, 10, tzinfo=dt.UTC), "2026-11-02")
    assert older.debian_version == "0.1.0+git20261102090000.bbbbbbb"
    assert newer.debian_version == "0.1.0+git20261102100000.aaaaaaa"
    if shutil.which("dpkg"):
        compare = subprocess.run(["dpkg", "--compare-versions", newer.debian_version, "gt", older.debian_version])
        assert compare.returncode == 0
        compare = subprocess.run(["dpkg", "--compare-versions", older.debian_version, "gt", "0.1.0"])
        assert compare.returncode == 0
    assert pkg.BuildFacts("0.1.0", None, None, "2026-11-02").debian_version == "0.1.0"


@pytest.mark.parametrize(("platform", "words"), [("win32", "Windows"), ("darwin", "macOS")])
def test_other_platforms_say_where_their_package_is_built(monkeypatch: pytest.MonkeyPatch, platform: str,
                                                          words: str) -> None:
    monkeypatch.setattr(pkg.sys, "platform", platform)
    with pytest.raises(pkg.NotOnThisMachine) as stop:
        pkg.main([])
    assert words in str(stop.value) and "docs/packaging.md" in str(stop.value)
    assert "not built on this machine" in str(stop.value)


def test_a_bundle_missing_a_resource_or_migration_is_refused(tmp_path: Path) -> None:
    internal = tmp_path / "privacydesk" / "_internal"
    shutil.copytree(pkg.ROOT / "resources", internal / "resources",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(pkg.ROOT / "privacydesk" / "store" / "migrations", internal / "privacydesk/store/migrations",
                    ignore=shutil.ignore_patterns("__pycache__"))
    pkg.check_bundle(tmp_path / "privacydesk")  # complete: accepted

    profile = internal / "resources" / "profiles" / "3dpros.toml"
    profile.write_text(profile.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    migration = next((internal / "privacydesk/store/migrations/versions").glob("*.py"))
    migration.unlink()
    with pytest.raises(SystemExit) as stop:
        pkg.check_bundle(tmp_path / "privacydesk")
    assert "resources/profiles/3dpros.toml" in str(stop.value)
    assert f"privacydesk/store/migrations/versions/{migration.name}" in str(stop.value)
