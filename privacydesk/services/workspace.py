"""The user's own data folder versus the demo, and setting up a business on first run (issue 8).

* **New or not**: a data folder is *new* until it has a database (and no database URL is given):
  then the window opens on its welcome screen instead of creating anything.
* **The demo** lives in a folder of its own, marked as a demo (``DEMO_MARKER``): never the user's
  data folder, so a real workspace that merely has no requests yet never receives the demo mailbox.
* **Set up my business** writes the first fields of the company profile — name, privacy address,
  time zone, country (business days), the laws the notice covers — into the user's ``profile.toml``
  (a copy of the shipped profile, comments kept), after validating them all; ``SetupProblem`` names
  each bad field. The other promises keep the shipped defaults until the user edits the file.
* **Moving a mailbox out of the demo**: an account added while trying the demo moves to the user's
  own data (settings and password), so it is not silently thrown away with the demo.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import tomlkit

from privacydesk.domain import settings as decl
from privacydesk.domain.errors import InvalidInput, StorageProblem
from privacydesk.domain.profile import CompanyProfile, ProfileError, load_profile_text
from privacydesk.domain.vocab import Regime
from privacydesk.paths import ENV_DB_URL, AppPaths
from privacydesk.resources import DEFAULT_PROFILE
from privacydesk.services.accounts import AccountService, NewAccount
from privacydesk.services.settings import SettingsService

DEMO_MARKER = "DEMO.txt"
DEMO_FOLDER = "demo"
DEMO_TEXT = ("This folder holds the PrivacyDesk demo: invented requests from the bundled demo mailbox.\n"
             "It is not your own data. Delete the folder to remove the demo.\n")

#: Form field → the profile paths its problems come from.
FIELDS = {
    "company_name": ("company.legal_name",),
    "privacy_email": ("company.privacy_email", "company.own_addresses"),
    "time_zone": ("company.time_zone",),
    "country": ("company.country", "deadlines.business_calendar"),
    "regimes": ("coverage.regimes",),
    "staff_name": (),
}
LABELS = {"company_name": "Company name", "privacy_email": "Privacy email address", "time_zone": "Time zone",
          "country": "Country", "regimes": "Laws your privacy notice covers", "staff_name": "Your name"}


@dataclass(frozen=True)
class BusinessSetup:
    company_name: str
    privacy_email: str
    time_zone: str
    country: str
    regimes: tuple[str, ...]
    staff_name: str = ""


class SetupProblem(InvalidInput):
    """Some fields of the setup form are wrong; ``problems`` maps each field to what to fix."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        lines = [f"{LABELS.get(k, k)}: {v}" for k, v in problems.items()]
        super().__init__("Please check: " + "; ".join(lines))


# -- which folder ----------------------------------------------------------------------------------

def is_new(paths: AppPaths, db_url: str | None = None) -> bool:
    """Nothing set up yet: no database in the folder and no database URL given."""
    if db_url or os.environ.get(ENV_DB_URL):
        return False
    return not paths.db_file.exists()


def is_demo(paths: AppPaths) -> bool:
    return (paths.data_dir / DEMO_MARKER).exists()


def mark_demo(paths: AppPaths) -> None:
    paths.ensure()
    (paths.data_dir / DEMO_MARKER).write_text(DEMO_TEXT, encoding="utf-8")


def demo_paths(own: AppPaths) -> AppPaths:
    """Where "Try the demo" keeps its data: a marked folder beside (inside) the user's own."""
    return AppPaths(own.data_dir / DEMO_FOLDER)


def may_hold_demo(paths: AppPaths) -> bool:
    """The demo mailbox may be imported here: the folder has no database yet, or it was made as a
    demo. (The demo always uses its own SQLite file there, never a configured database URL.)"""
    return is_demo(paths) or not paths.db_file.exists()


def remove_demo(paths: AppPaths) -> None:
    """Delete a demo folder (refused for anything not marked as a demo)."""
    if not is_demo(paths):
        raise InvalidInput(f"{paths.data_dir} is not a demo folder; nothing was deleted")
    shutil.rmtree(paths.data_dir, ignore_errors=True)


# -- choices for the form --------------------------------------------------------------------------

@cache
def time_zones() -> tuple[str, ...]:
    """IANA time zones a business may be in (Area/City names, sorted)."""
    return tuple(sorted(z for z in zoneinfo.available_timezones()
                        if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/"))))


def regimes() -> tuple[str, ...]:
    return tuple(r.value for r in Regime if r != Regime.UNKNOWN)


def current_setup(profile: CompanyProfile) -> BusinessSetup:
    """The form's starting values: the shipped profile's generic ones, nothing of 3DPros's identity."""
    return BusinessSetup(company_name="", privacy_email="", time_zone=profile.time_zone,
                         country=profile.business_calendar or "US", regimes=tuple(profile.covered_regimes))


# -- writing the profile ---------------------------------------------------------------------------

def _document(setup: BusinessSetup) -> tomlkit.TOMLDocument:
    doc = tomlkit.parse(DEFAULT_PROFILE.read_text(encoding="utf-8"))
    company = doc["company"]
    email = setup.privacy_email.strip().lower()
    company["legal_name"] = setup.company_name.strip()
    company["privacy_email"] = email
    company["own_addresses"] = [email] if email else []
    # The shipped profile's identity is 3DPros's: none of it may stay in another business's profile.
    company["own_domains"] = []
    company["website"] = ""
    company["notice_url"] = ""
    company["postal_address"] = ""
    company["country"] = setup.country.strip().upper()
    company["time_zone"] = setup.time_zone.strip()
    doc["coverage"]["regimes"] = list(dict.fromkeys(setup.regimes))
    doc["deadlines"]["business_calendar"] = setup.country.strip().upper()
    doc["deadlines"]["business_calendar_subdivision"] = ""
    # 3DPros's own promise (opt-out within 15 days) is not another business's.
    commitments = doc["commitments"]
    if "deadlines" in commitments:
        del commitments["deadlines"]
    return doc


def check_setup(setup: BusinessSetup) -> tuple[str, CompanyProfile]:
    """Validate every field; the profile text and the profile, or ``SetupProblem`` naming each bad field."""
    problems: dict[str, str] = {}
    if not setup.company_name.strip():
        problems["company_name"] = "enter the company's name as your privacy notice gives it"
    email = setup.privacy_email.strip()
    if not email or "@" not in email or " " in email or email.startswith("@") or email.endswith("@"):
        problems["privacy_email"] = "enter the address your privacy notice tells people to write to"
    if setup.time_zone.strip() not in time_zones():
        problems["time_zone"] = "choose the time zone your business works in (e.g. America/Chicago)"
    if not setup.regimes:
        problems["regimes"] = "tick at least one law (if unsure, tick the ones your privacy notice names)"
    unknown = [r for r in setup.regimes if r not in regimes()]
    if unknown:
        problems["regimes"] = f"unknown law {', '.join(unknown)}"
    if len(setup.country.strip()) != 2 or not setup.country.strip().isalpha():
        problems["country"] = "choose the country whose public holidays count (two letters, e.g. US)"
    if setup.staff_name.strip():
        try:
            decl.STAFF_NAME.convert(setup.staff_name)
        except InvalidInput as exc:
            problems["staff_name"] = str(exc).removeprefix(f"{decl.STAFF_NAME.label}: ")
    text = tomlkit.dumps(_document(setup))
    try:
        profile = load_profile_text(text, "profile")
    except ProfileError as exc:
        for path, message in exc.problems:
            field = next((k for k, paths in FIELDS.items() if any(path.startswith(p) for p in paths)), None)
            if field is not None:
                problems.setdefault(field, message)
            else:
                problems.setdefault("company_name", f"{path}: {message}")
        raise SetupProblem(problems) from None
    if problems:
        raise SetupProblem(problems)
    return text, profile


def set_up_business(paths: AppPaths, setup: BusinessSetup) -> CompanyProfile:
    """Write the user's ``profile.toml`` (and their name, if given) after validating every field."""
    text, profile = check_setup(setup)
    paths.ensure()
    _write_atomically(paths.profile_file, text)
    if setup.staff_name.strip():
        SettingsService(paths.settings_file).set(decl.STAFF_NAME, setup.staff_name)
    return profile


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".profile-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageProblem(f"The company profile could not be saved ({exc.strerror or type(exc).__name__}). "
                             f"Check that {path.parent} is writable and the disk is not full.") from exc


# -- accounts added in the demo ----------------------------------------------------------------------

def move_accounts(source: AccountService, target: AccountService, names: Sequence[str]) -> list[str]:
    """Move these accounts (settings and password) from the demo to the user's own data.

    The password stays in the keyring (both use the same entry): the user's account is added with it
    first, then the demo's row is dropped without touching the keyring. An account whose name is
    already taken in the user's data is left in the demo. Returns the names moved.
    """
    moved = []
    existing = set(target.names())
    for name in names:
        if name in existing:
            continue
        info = source.get(name)
        password = source.password(name)
        new = NewAccount(name=info.name, host=info.host, username=info.username, port=info.port,
                         security=info.security, folders=info.folders, ca_file=info.ca_file)
        target.add(new, password)
        source.remove(name, keep_password=True)
        moved.append(name)
    return moved
