#!/usr/bin/env python3
"""Build PrivacyDesk as a desktop package: ``python3 scripts/package.py`` (prints the file last).

On Linux with dpkg (Debian, Ubuntu) it writes ``dist/privacydesk_<version>_<arch>.deb``:

1. a build virtual environment (``build/package/venv``, kept between runs) with the app's runtime
   dependencies from ``pyproject.toml`` and PyInstaller (``packaging/build-requirements.txt``); pip
   takes them from its cache or the package registry, nothing else is downloaded;
2. a frozen one-folder build with PyInstaller (``packaging/privacydesk.spec``; its work folder is
   kept, so a second build only redoes what changed), with the version and commit baked in
   (``privacydesk --version``), checked to hold every file of ``resources/`` and of the migrations;
3. a Debian package made with ``dpkg-deb``: the build under ``/opt/privacydesk``, the command
   ``/usr/bin/privacydesk``, a desktop entry and icons (hicolor: SVG, PNG sizes, a symbolic
   variant), AppStream metadata, copyright and third-party licences, md5sums, and the Debian
   packages the bundled Qt and Python need (``packaging/linux/depends.txt``, checked against what
   the bundled libraries really link). No maintainer scripts: dpkg's triggers refresh the icon
   and menu caches, and nothing of the user's (``~/.local/share/PrivacyDesk``) is touched on removal.

On Windows and macOS it says what the CI job there would build (``docs/packaging.md``) and stops:
those packages cannot be built or tested on this machine.

Options: ``--out DIR`` (default ``dist``), ``--work DIR`` (default ``build/package``),
``--compression xz|zstd|gzip|none`` (default xz, the smallest), ``--frozen-only`` (stop after step
2 and print the folder), ``--clean`` (rebuild the venv and PyInstaller's work from scratch).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import time
import tomllib
import venv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP = "privacydesk"
INSTALL_DIR = Path("opt") / APP  # inside the package root
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "PrivacyDesk maintainers <privacy-desk@3dpros.example>"


class NotOnThisMachine(SystemExit):
    """The package for this platform cannot be built here; the message says where and how."""


# -- facts about the source ----------------------------------------------------------------------
@dataclass(frozen=True)
class BuildFacts:
    version: str  # privacydesk.__version__
    commit: str | None  # short hash, "+changes" when the tree has uncommitted edits
    commit_time: dt.datetime | None
    built: str  # YYYY-MM-DD

    @property
    def debian_version(self) -> str:
        """``0.1.0+git20261102153012.1e70683a``: later commits sort later (apt upgrades them)."""
        if not self.commit or self.commit_time is None:
            return self.version
        stamp = self.commit_time.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")
        return f"{self.version}+git{stamp}.{self.commit.split('+')[0]}"

    def build_info(self) -> dict[str, str | None]:
        return {"version": self.version, "commit": self.commit, "built": self.built}


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def source_version() -> str:
    text = (ROOT / APP / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("privacydesk/__init__.py has no __version__ line")
    return match.group(1)


def build_facts() -> BuildFacts:
    commit = _git("rev-parse", "--short=10", "HEAD")
    when = _git("show", "-s", "--format=%ct", "HEAD")
    commit_time = dt.datetime.fromtimestamp(int(when), dt.UTC) if when and when.isdigit() else None
    if commit and _git("status", "--porcelain", "--untracked-files=no"):
        commit += "+changes"
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds
    built = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch and epoch.isdigit() else dt.datetime.now(dt.UTC)
    return BuildFacts(source_version(), commit, commit_time, built.strftime("%Y-%m-%d"))


# -- steps ---------------------------------------------------------------------------------------
_STARTED = time.monotonic()


def step(title: str) -> None:
    print(f"\n== {title} (at {time.monotonic() - _STARTED:.0f} s)", flush=True)


def run(cmd: list[str], **kw: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


def requirements() -> list[str]:
    """What the build venv holds: the app's runtime dependencies and the build tools."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    build = [line.split("#")[0].strip() for line in
             (PACKAGING / "build-requirements.txt").read_text(encoding="utf-8").splitlines()]
    return [*project["dependencies"], *(line for line in build if line)]


def build_venv(work: Path, clean: bool) -> Path:
    """The build's own virtual environment, (re)installed only when the requirements change."""
    env_dir = work / "venv"
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    wanted = "\n".join([sys.version, *requirements()])
    stamp = env_dir / "privacydesk-requirements.txt"
    if clean and env_dir.exists():
        shutil.rmtree(env_dir)
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        print(f"build venv is up to date: {env_dir}")
        return python
    step("build venv (pip cache or package registry; nothing else is downloaded)")
    if env_dir.exists():
        shutil.rmtree(env_dir)
    venv.EnvBuilder(with_pip=True).create(env_dir)
    run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *requirements()])
    stamp.write_text(wanted, encoding="utf-8")
    return python


def freeze(python: Path, work: Path, facts: BuildFacts, clean: bool) -> Path:
    step("frozen build (PyInstaller)")
    dist = work / "frozen"
    cmd = [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
           str(PACKAGING / "privacydesk.spec"), "--", "--root", str(ROOT)]
    if clean:
        cmd.insert(3, "--clean")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    run(cmd, env=env)
    bundle = dist / APP
    info = bundle / "_internal" / APP / "build_info.json"  # read by privacydesk/buildinfo.py
    info.write_text(json.dumps(facts.build_info(), indent=2) + "\n", encoding="utf-8")
    check_bundle(bundle)
    return bundle


def _source_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield path


def check_bundle(bundle: Path) -> None:
    """Every resource, migration and package data file of the checkout is in the bundle, byte for
    byte (Python modules are compiled into the program's archive, so only their data is compared)."""
    internal = bundle / "_internal"
    missing = []
    for path in [*_source_files(ROOT / "resources"), *_source_files(ROOT / APP)]:
        relative = path.relative_to(ROOT)
        if relative.parts[0] == APP and path.suffix == ".py" and "migrations" not in relative.parts:
            continue
        if path.name == "build_info.json":
            continue
        target = internal / relative
        if not target.is_file() or target.read_bytes() != path.read_bytes():
            missing.append(str(relative))
    if missing:
        raise SystemExit("the frozen build lacks these files of the checkout:\n  " + "\n  ".join(missing))


# -- ELF: which shared libraries the bundle needs from the system ----------------------------------
@dataclass(frozen=True)
class ElfNeeds:
    needed: tuple[str, ...]  # DT_NEEDED sonames
    glibc: tuple[int, ...]  # highest GLIBC_x.y symbol version required, () if none


def read_elf(path: Path) -> ElfNeeds | None:
    """DT_NEEDED and the highest GLIBC version of a 64-bit little-endian ELF file (None: not ELF)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF":
        return None
    if data[4] != 2 or data[5] != 1:
        raise SystemExit(f"{path}: only 64-bit little-endian ELF files are supported")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]

    def string(section_index: int, offset: int) -> str:
        start = sections[section_index][4] + offset
        return data[start:data.index(b"\0", start)].decode("ascii", "replace")

    needed: list[str] = []
    glibc: tuple[int, ...] = ()
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind == 6:  # SHT_DYNAMIC
            for pos in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", data, pos)
                if tag == 0:
                    break
                if tag == 1:  # DT_NEEDED
                    needed.append(string(link, value))
        elif kind == 0x6FFFFFFE:  # SHT_GNU_verneed
            pos = offset
            while True:
                _ver, count, _file, aux, nxt = struct.unpack_from("<HHIII", data, pos)
                apos = pos + aux
                for _ in range(count):
                    _hash, _fl, _other, name, anext = struct.unpack_from("<IHHII", data, apos)
                    label = string(link, name)
                    if label.startswith("GLIBC_") and label[6:].replace(".", "").isdigit():
                        glibc = max(glibc, tuple(int(n) for n in label[6:].split(".")))
                    apos += anext
                if not nxt:
                    break
                pos += nxt
    return ElfNeeds(tuple(needed), glibc)


def read_depends_map() -> tuple[dict[str, str], list[str]]:
    """``packaging/linux/depends.txt``: soname → Debian package, and the packages needed anyway."""
    by_soname: dict[str, str] = {}
    always: list[str] = []
    for raw in (PACKAGING / "linux" / "depends.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        key, _, package = line.partition(" ")
        package = package.strip()
        if key == "always":
            always.append(package)
        else:
            by_soname[key] = package
    return by_soname, always


def debian_depends(bundle: Path) -> str:
    """The Depends line: a package for every library the bundle links but does not ship."""
    shipped = {p.name for p in bundle.rglob("*") if p.is_file() or p.is_symlink()}
    needed: dict[str, str] = {}
    glibc: tuple[int, ...] = ()
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        elf = read_elf(path)
        if elf is None:
            continue
        glibc = max(glibc, elf.glibc)
        for soname in elf.needed:
            if soname not in shipped:
                needed.setdefault(soname, str(path.relative_to(bundle)))
    by_soname, always = read_depends_map()
    unknown = sorted(set(needed) - set(by_soname))
    if unknown:
        raise SystemExit("the frozen build links libraries that packaging/linux/depends.txt does not map to a "
                         "Debian package; add a line for each:\n  "
                         + "\n  ".join(f"{soname}  (needed by {needed[soname]})" for soname in unknown))
    packages = {by_soname[s] for s in needed} | set(always)
    libc = "libc6 (>= {})".format(".".join(map(str, glibc))) if glibc else "libc6"
    return ", ".join([libc, *sorted(packages - {"libc6"})])


# -- the Debian package --------------------------------------------------------------------------
def render_icons(python: Path, work: Path) -> Path:
    """PNG sizes of the SVG icon, drawn by Qt's SVG renderer in the build venv (cached by content)."""
    svg = PACKAGING / "icons" / f"{APP}.svg"
    digest = hashlib.sha256(svg.read_bytes() + repr(ICON_SIZES).encode()).hexdigest()[:16]
    out = work / "icons" / digest
    if not all((out / f"{size}.png").exists() for size in ICON_SIZES):
        out.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        run([str(python), str(PACKAGING / "render_icons.py"), str(svg), str(out), *map(str, ICON_SIZES)], env=env)
    return out


def third_party_licences(python: Path, dest: Path) -> None:
    """Licence texts and a summary of every Python distribution in the build (LGPL Qt included)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    run([str(python), str(PACKAGING / "licences.py"), str(dest), *project["dependencies"]])


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def _normalise_modes(root: Path, executables: set[Path]) -> None:
    """Directories and the programs 0755, everything else (shared libraries too) 0644, whatever
    the umask or the wheels' own modes were."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path in executables else 0o644)


def _directory_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink():
            total += 1
        elif path.is_file():
            total += (path.stat().st_size + 1023) // 1024
        elif path.is_dir():
            total += 1
    return total


def stage_debian(python: Path, bundle: Path, work: Path, facts: BuildFacts) -> Path:
    step("Debian package tree")
    root = work / "deb"
    if root.exists():
        shutil.rmtree(root)
    install = root / INSTALL_DIR
    shutil.copytree(bundle, install, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / APP).symlink_to(Path("/") / INSTALL_DIR / APP)

    share = root / "usr" / "share"
    linux = PACKAGING / "linux"
    _write(share / "applications" / f"{APP}.desktop", (linux / f"{APP}.desktop").read_text(encoding="utf-8"))
    _write(share / "metainfo" / f"{APP}.metainfo.xml",
           (linux / f"{APP}.metainfo.xml").read_text(encoding="utf-8")
           .replace("@VERSION@", facts.version).replace("@DATE@", facts.built))
    icons = share / "icons" / "hicolor"
    for name in (f"{APP}.svg",):
        _write(icons / "scalable" / "apps" / name, (PACKAGING / "icons" / name).read_text(encoding="utf-8"))
    _write(icons / "symbolic" / "apps" / f"{APP}-symbolic.svg",
           (PACKAGING / "icons" / f"{APP}-symbolic.svg").read_text(encoding="utf-8"))
    rendered = render_icons(python, work)
    for size in ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps" / f"{APP}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(rendered / f"{size}.png", target)

    doc = share / "doc" / APP
    _write(doc / "copyright", (linux / "copyright").read_text(encoding="utf-8"))
    changelog = (f"{APP} ({facts.debian_version}) unstable; urgency=medium\n\n"
                 f"  * Built from commit {facts.commit or 'unknown'}.\n\n"
                 f" -- {MAINTAINER}  {email_date(facts)}\n")
    doc.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0) as handle:
        handle.write(changelog.encode())
    third_party_licences(python, doc / "licenses")

    _normalise_modes(root, {install / APP})
    depends = debian_depends(install)
    control = (linux / "control.in").read_text(encoding="utf-8").format(
        version=facts.debian_version, arch=debian_architecture(), depends=depends,
        installed_size=_directory_size_kib(root), maintainer=MAINTAINER)
    _write(root / "DEBIAN" / "control", control)
    sums = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(root).parts[:1]:
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(root).as_posix()}\n")
    _write(root / "DEBIAN" / "md5sums", "".join(sums))
    (root / "DEBIAN").chmod(0o755)
    print(f"Depends: {depends}")
    return root


def email_date(facts: BuildFacts) -> str:
    when = facts.commit_time or dt.datetime.now(dt.UTC)
    return when.strftime("%a, %d %b %Y %H:%M:%S +0000")


def debian_architecture() -> str:
    out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def build_deb(root: Path, out_dir: Path, facts: BuildFacts, compression: str) -> Path:
    step("dpkg-deb")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{APP}_{facts.debian_version}_{debian_architecture()}.deb"
    for old in out_dir.glob(f"{APP}_*.deb"):
        old.unlink()
    run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(target)])
    return target


def human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# -- platforms -----------------------------------------------------------------------------------
def windows_plan() -> None:
    raise NotOnThisMachine(
        "The Windows installer is not built on this machine. On a Windows CI runner: "
        "`py -3.11 scripts/package.py --frozen-only` (the same PyInstaller spec), then an MSI with WiX "
        "(packaging/windows, see docs/packaging.md), signed with signtool. Plan: docs/packaging.md.")


def macos_plan() -> None:
    raise NotOnThisMachine(
        "The macOS disk image is not built on this machine. On a macOS CI runner: `python3 "
        "scripts/package.py --frozen-only` builds PrivacyDesk.app (the same spec with BUNDLE), then "
        "codesign --options runtime, notarytool submit --wait, stapler staple, and a .dmg. "
        "Plan: docs/packaging.md.")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the package goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "package",
                        help="build venv and PyInstaller work folder, kept between runs (default build/package)")
    parser.add_argument("--compression", choices=("xz", "zstd", "gzip", "none"), default="xz")
    parser.add_argument("--frozen-only", action="store_true", help="stop after the frozen build")
    parser.add_argument("--clean", action="store_true", help="rebuild everything from scratch")
    args = parser.parse_args(list(argv) if argv is not None else None)

    if sys.platform == "win32" and not args.frozen_only:
        windows_plan()
    if sys.platform == "darwin" and not args.frozen_only:
        macos_plan()
    if sys.platform.startswith("linux") and not args.frozen_only and not shutil.which("dpkg-deb"):
        raise NotOnThisMachine("This Linux has no dpkg-deb: only Debian and Ubuntu packages are made so far. "
                               "`python3 scripts/package.py --frozen-only` still builds the frozen folder.")

    started = time.monotonic()
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    facts = build_facts()
    print(f"PrivacyDesk {facts.version}, commit {facts.commit or 'unknown'}, on {platform.platform()}")
    python = build_venv(work, args.clean)
    bundle = freeze(python, work, facts, args.clean)
    frozen_size = tree_size(bundle)
    if args.frozen_only:
        print(f"\nfrozen build: {human(frozen_size)} in {time.monotonic() - started:.0f} s")
        print(bundle)
        return 0
    root = stage_debian(python, bundle, work, facts)
    deb = build_deb(root, args.out.resolve(), facts, args.compression)
    print(f"\nfrozen build {human(frozen_size)}, installed {human(tree_size(root))}; "
          f"built in {time.monotonic() - started:.0f} s")
    print(f"{deb} ({human(deb.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
