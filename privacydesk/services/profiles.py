"""The active company profile: the user's editable copy in the data folder, else the shipped default."""

from __future__ import annotations

import logging
import os
import shutil

from privacydesk.domain.profile import CompanyProfile, load_profile
from privacydesk.paths import AppPaths, private_open
from privacydesk.resources import DEFAULT_PROFILE

log = logging.getLogger(__name__)


def ensure_user_profile(paths: AppPaths) -> None:
    """On first start, give the user their own copy of the default profile to edit (0600, like
    every file in the data folder). A read-only data folder (an archived copy) gets none: the
    shipped default is used."""
    if not paths.profile_file.exists():
        paths.ensure()
        if not paths.writable():
            return
        tmp = paths.profile_file.with_suffix(".toml.tmp")
        fd = private_open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        with os.fdopen(fd, "wb") as target, DEFAULT_PROFILE.open("rb") as source:
            shutil.copyfileobj(source, target)
        tmp.replace(paths.profile_file)  # atomic: never a half-copied profile
        log.info("created the company profile from the shipped default")


def load_active_profile(paths: AppPaths) -> CompanyProfile:
    """Raises ``ProfileError`` (naming each bad field) when the user's copy is invalid."""
    if paths.profile_file.exists():
        return load_profile(paths.profile_file)
    return load_profile(DEFAULT_PROFILE)
