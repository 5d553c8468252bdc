"""``privacydesk classify FILE [--json]``: how one message would be classified, without the database.

Reads a single message file (any extension), parses it like the importer does and prints the
classification: is it a privacy request, which types and regimes, language, requester, agent, form,
automated kind, confidence and the evidence behind the verdict. Nothing is stored. An unreadable
file exits with status 1 and says why; ``--profile`` classifies for another company profile.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from privacydesk.cli.common import EXIT_OK, CommandFailed, print_json
from privacydesk.domain.display import line as shown

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024 * 1024  # larger than any mail a server accepts; refuse rather than exhaust memory


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "classify", help="show how one message file would be classified (no database needed)",
        description="Classify one message file (.eml or any single message): privacy request or not, "
                    "request types, regimes, language, requester, agent, web form, automated kind, "
                    "confidence and evidence.")
    parser.add_argument("file", metavar="FILE", help="a message file (RFC 5322: .eml, .txt, no extension)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--profile", metavar="FILE",
                        help="company profile TOML to classify for (default: the active profile)")
    parser.set_defaults(func=handler)


def _read(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise CommandFailed(f"{path} is a folder, not a message file (use `privacydesk import` for folders)")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CommandFailed(f"{path} is {size} bytes; a single message over {MAX_BYTES} bytes is refused")
        return path.read_bytes()
    except FileNotFoundError:
        raise CommandFailed(f"cannot read {path}: no such file") from None
    except PermissionError:
        raise CommandFailed(f"cannot read {path}: permission denied") from None
    except OSError as exc:
        raise CommandFailed(f"cannot read {path}: {exc.strerror or exc}") from None


def handler(args: Any, ctx: Any) -> int:
    from privacydesk.domain.profile import ProfileError, load_profile
    from privacydesk.services.classifying import classify_bytes

    path = Path(args.file)
    raw = _read(path)
    if not raw.strip():
        raise CommandFailed(f"{path} is empty: there is no message to classify")
    try:
        profile = load_profile(Path(args.profile)) if args.profile else ctx.profile
    except ProfileError as exc:
        raise CommandFailed(str(exc)) from None
    result = classify_bytes(raw, profile)
    if not result.understood or result.classification is None:
        problems = "; ".join(result.problems) or "not recognisable as an email message"
        raise CommandFailed(f"cannot classify {path}: {problems}")
    data = result.classification.as_json()
    if result.problems:
        data["parse_problems"] = list(result.problems)
    if args.json:
        print_json(data)
    else:
        _print_human(path, data)
    return EXIT_OK


def _print_human(path: Path, data: dict[str, Any]) -> None:
    if data["automated"]:
        verdict = f"automated mail ({data['automated']}): never a request"
    elif data["is_request"]:
        verdict = "PRIVACY REQUEST: " + ", ".join(data["types"])
    elif data["needs_review"]:
        verdict = "not a request, but needs review (might be one)"
    else:
        verdict = "not a privacy request"
    print(f"{path}: {verdict}")
    print(f"  confidence: {data['confidence']:.2f}   language: {data['language']}"
          f"   regimes: {', '.join(data['regimes']) or '-'}   web form: {'yes' if data['form'] else 'no'}")
    requester = data.get("requester") or {}
    if any(requester.values()):
        print("  requester: " + _party(requester))
    if data.get("agent"):
        print("  authorized agent: " + _party(data["agent"]))
    if data.get("agent_for"):
        print("  acting for: " + _party(data["agent_for"]))
    if data["evidence"]:
        print("  evidence:")
        for item in data["evidence"]:
            print(f"    - {shown(item)}")
    for problem in data.get("parse_problems", []):
        print(f"  parse problem: {problem}")


def _party(party: dict[str, Any]) -> str:
    name = party.get("name") or "(no name)"
    email = party.get("email")
    text = f"{name} <{email}>" if email else name
    if party.get("phone"):
        text += f", phone {party['phone']}"
    if party.get("postal_address"):
        text += ", address " + " / ".join(str(party["postal_address"]).splitlines())
    return shown(text)
