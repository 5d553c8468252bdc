"""How tests treat a missing server: skip with the enabling command locally, fail under CI=true."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing_server(what: str, enable: str) -> NoReturn:
    message = f"{what} is not available. Enable these tests with: {enable}"
    if in_ci():
        pytest.fail(f"CI=true and {message}", pytrace=False)
    pytest.skip(message)
