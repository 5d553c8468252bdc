"""The layer contract (issue 2): domain imports neither Qt nor SQLAlchemy; nothing below ui imports Qt.
Issue 8: the window and the CLI import no storage or mail module (not even inside a function), the
main window constructs no service, and no module of ``privacydesk`` imports in a circle."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "privacydesk"


def test_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "import-linter is part of the test extra: pip install -e '.[test]'"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken" in result.stdout


def test_domain_imports_without_qt_or_sqlalchemy() -> None:
    """Belt and braces: importing every domain module in a fresh interpreter loads neither."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import privacydesk.domain as d\n"
        "for m in pkgutil.iter_modules(d.__path__):\n"
        "    importlib.import_module('privacydesk.domain.' + m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


# -- issue 8: structure checks ---------------------------------------------------------------------------

def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path, *, skip_type_checking: bool) -> list[tuple[int, str]]:
    """Every module a file imports (line, absolute name), at any depth: in functions, methods, ``try``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and skip_type_checking and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, base))
            found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("front_end", ["ui", "cli"])
def test_front_ends_import_no_storage_or_mail_module(front_end: str) -> None:
    """Imports inside functions count too; only ``if TYPE_CHECKING:`` blocks are exempt."""
    offenders = [f"{path.relative_to(ROOT)}:{line} imports {name}"
                 for path in _files(front_end) for line, name in _imports(path, skip_type_checking=True)
                 if name.split(".")[:2] in (["privacydesk", "store"], ["privacydesk", "mail"])]
    assert offenders == [], "\n".join(offenders)


def test_the_scan_finds_imports_inside_functions(tmp_path: Path) -> None:
    """The check above cannot pass by looking only at the top of a file."""
    sample = PACKAGE / "ui" / "_sample_for_test.py"
    try:
        sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import privacydesk.store.db\n"
                          "def f():\n    from privacydesk.mail import imap\n    from ..store import models\n",
                          encoding="utf-8")
        names = [name for _line, name in _imports(sample, skip_type_checking=True)]
    finally:
        sample.unlink()
    assert "privacydesk.mail.imap" in names and "privacydesk.store.models" in names
    assert "privacydesk.store.db" not in names


def test_main_window_constructs_no_service() -> None:
    """The shell knows no service: it imports none (the composition root, ``ui/app.py``, builds them)."""
    names = [name for _line, name in _imports(PACKAGE / "ui" / "main_window.py", skip_type_checking=False)]
    assert not [n for n in names if n.startswith(("privacydesk.services", "privacydesk.store", "privacydesk.mail"))]


def test_controllers_do_not_import_the_main_window() -> None:
    offenders = [f"{path.relative_to(ROOT)}:{line}" for path in _files("ui")
                 if path.name not in ("app.py", "main_window.py")
                 for line, name in _imports(path, skip_type_checking=False)
                 if name.startswith("privacydesk.ui.main_window") or name == "privacydesk.ui.app"]
    assert offenders == [], offenders


def test_no_import_circles_in_privacydesk() -> None:
    """No module of ``privacydesk`` imports itself through others — counting imports inside functions
    and under ``TYPE_CHECKING`` too."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for _line, imported in _imports(path, skip_type_checking=False):
            # "from privacydesk.ui import labels" names the module privacydesk.ui.labels
            target = imported if imported in modules else imported.rpartition(".")[0]
            if target in modules and target != name:
                targets.add(target)
        graph[name] = targets
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    counter = [0]

    def connect(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    for node in graph:
        if node not in index:
            connect(node)
    assert circles == [], f"modules importing each other in a circle: {circles}"
