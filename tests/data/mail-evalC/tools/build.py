"""Deterministic build of evaluation mailbox C: writes every .eml and labels.toml one folder up.

    python3 tools/build.py
"""

import importlib
import sys

sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit  # noqa: E402

MODULES = ["msgs_requests_en", "msgs_requests_intl", "msgs_threads", "msgs_negatives", "msgs_automated"]

if __name__ == "__main__":
    for name in MODULES:
        importlib.import_module(name)
    kit.run_build(HERE.parent, "C")
