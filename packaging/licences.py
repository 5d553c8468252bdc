"""Collect the licences of what the frozen build bundles: ``python licences.py DEST REQUIREMENT…``.

Run by scripts/package.py with the build venv's Python. DEST gets ``README.txt`` (each bundled
distribution with its version and declared licence) and one folder per distribution with the
licence files its wheel ships, plus Python's own licence and PyInstaller's (its bootloader starts
the app).
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def closure(requirements: list[str]) -> dict[str, metadata.Distribution]:
    """The installed distributions these requirements pull in, extras' requirements excluded."""
    found: dict[str, metadata.Distribution] = {}
    todo = [Requirement(r) for r in requirements]
    env = default_environment()
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in found:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue
        found[name] = dist
        for text in dist.requires or []:
            sub = Requirement(text)
            if sub.marker is None or sub.marker.evaluate({**env, "extra": ""}):
                todo.append(sub)
    return found


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return "; ".join(classifiers)
    text = (meta.get("License") or "").strip().splitlines()
    return text[0][:80] if text else "see its files"


def main(dest: str, *requirements: str) -> int:
    out = Path(dest)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = ["Third-party software in /opt/privacydesk, with the licence each declares.", ""]
    bundled = closure(list(requirements))
    bundled["pyinstaller"] = metadata.distribution("pyinstaller")  # only its bootloader is shipped
    for name, dist in sorted(bundled.items()):
        lines.append(f"{dist.metadata['Name']} {dist.version}: {licence_of(dist)}")
        for file in dist.files or []:
            parts = Path(str(file)).parts
            leaf = parts[-1].upper()
            if ".dist-info" in str(file) and (leaf.startswith(("LICEN", "COPYING", "NOTICE", "AUTHORS"))
                                              or "licenses" in parts):
                source = Path(str(dist.locate_file(file)))
                if source.is_file():
                    target = out / name / parts[-1]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, target)
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    lines.append(f"Python {sys.version.split()[0]}: PSF-2.0")
    if python_licence.is_file():
        (out / "python").mkdir(exist_ok=True)
        shutil.copyfile(python_licence, out / "python" / "LICENSE.txt")
    lines.append("Qt 6 (inside PySide6): LGPL-3.0-only, see /usr/share/common-licenses/LGPL-3")
    (out / "README.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
