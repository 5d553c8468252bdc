"""The reply commands as the issue spells them (issue 9), driven as a separate process against a real
SMTP server: ``templates list --json``, ``reply`` (preview, ``--print``, ``--send``), the exit codes,
``outbox``, ``customers import`` and ``evidence`` — and a mailbox answered with every English template,
reading what the server received."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import compat32, default
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from tests.integration.smtpserver import PASSWORD, USER, SmtpServer

pytestmark = [pytest.mark.integration]

ROOT = Path(__file__).resolve().parents[2]
MAIL = ROOT / "tests" / "data" / "mail"
REQUESTS = ("en-request-deletion-ccpa-1798-105", "en-request-access-uk-sar", "en-request-correction-ccpa",
            "en-request-optout-sale-gpc", "en-request-optout-marketing-stop-emailing",
            "en-request-objection-location-data", "en-request-portability-art20-json",
            "en-request-shinelight-1798-83", "en-request-minor-removal-review", "en-request-agent-family-member",
            "en-request-withdraw-consent-plain", "en-request-complaint-leaked-email")
PLACEHOLDER = ("{{", "}}", "{%", "%}", "None", "Dear ,", "undefined", "\ue000")


def cli(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "tests.integration.dovecot.FileTestKeyring",
           "PRIVACYDESK_USER": "Sam Staff"}
    return subprocess.run([sys.executable, "-m", "privacydesk", "--data-dir", str(data), *args], cwd=ROOT, env=env,
                          input=stdin.encode() if stdin is not None else None, capture_output=True, timeout=120)


def out(result: subprocess.CompletedProcess[bytes]) -> str:
    return result.stdout.decode() + result.stderr.decode()


def fresh_mailbox(folder: Path) -> None:
    """The test requests, as if they arrived yesterday (so every deadline is still ahead)."""
    folder.mkdir()
    yesterday = format_datetime(datetime.now(UTC) - timedelta(days=1))
    for name in REQUESTS:
        msg = message_from_bytes((MAIL / f"{name}.eml").read_bytes(), policy=compat32)
        del msg["Received"]
        del msg["Date"]
        msg["Date"] = yesterday
        (folder / f"{name}.eml").write_bytes(msg.as_bytes())


@pytest.fixture
def desk(tmp_path: Path, smtp_server: SmtpServer) -> Path:
    data = tmp_path / "data"
    fresh_mailbox(tmp_path / "mail")
    imported = cli(data, "import", str(tmp_path / "mail"), "--json")
    assert imported.returncode == 0, out(imported)
    assert len(json.loads(imported.stdout)["new_requests"]) == len(REQUESTS)
    added = cli(data, "account", "add", "--name", "team", "--host", "127.0.0.1", "--port", "1",
                "--username", "3dprosteam@gmail.com", "--ca-file", str(smtp_server.ca_file),
                "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_server.port), "--smtp-username", USER,
                "--password-stdin", stdin=f"imap-password\n{PASSWORD}\n")
    assert added.returncode == 0, out(added)
    assert "Replies are sent through 127.0.0.1" in out(added)
    return data


def requests(data: Path) -> list[dict[str, Any]]:
    result = cli(data, "list", "--json")
    assert result.returncode == 0, out(result)
    return list(json.loads(result.stdout))


def ref_of(data: Path, kind: str, regime: str | None = None) -> str:
    return next(r["ref"] for r in requests(data)
                if kind in r["types"] and (regime is None or r["regime"] == regime) and not r["agent"])


def test_templates_list_json_contract(tmp_path: Path) -> None:
    result = cli(tmp_path / "data", "templates", "list", "--json")
    assert result.returncode == 0, out(result)
    rows = json.loads(result.stdout)
    names = {row["name"] for row in rows}
    assert {"acknowledgement", "verification_request", "verification_failed", "clarification", "extension_notice",
            "access_response", "deletion_done", "correction_done", "opt_out_sale_done", "opt_out_marketing_done",
            "objection_done", "portability_response", "shine_the_light_response", "minor_removal_done", "denial",
            "agent_proof_request"} <= names
    for row in rows:
        assert isinstance(row["languages"], list) and "en" in row["languages"]
        assert isinstance(row["types"], list) and row["types"]
        assert isinstance(row["regimes"], list) and row["regimes"]
        assert isinstance(row["inputs"], list) and all(isinstance(i, str) for i in row["inputs"])
    by_name = {row["name"]: row for row in rows}
    assert set(by_name["acknowledgement"]["languages"]) >= {"en", "de", "fr", "es"}
    assert by_name["denial"]["inputs"] == ["reason"]
    assert "opt_out_sale" not in by_name["verification_failed"]["types"]


def test_reply_preview_print_send_and_exit_codes(desk: Path, smtp_server: SmtpServer) -> None:
    ref = ref_of(desk, "deletion", "ccpa")

    preview = cli(desk, "reply", ref, "--template", "acknowledgement")
    assert preview.returncode == 0, out(preview)
    text = preview.stdout.decode()
    assert "Preview only: nothing was saved or sent" in text
    assert "What the legal sentences rely on" in text and "California Consumer Privacy Act" in text
    assert "Sending it will change the request" in text
    printed = cli(desk, "reply", ref, "--template", "acknowledgement", "--print")
    assert printed.returncode == 0 and printed.stdout.startswith(b"From: ")
    msg = message_from_bytes(printed.stdout, policy=default)
    assert f"[{ref}]" in msg["Subject"] and msg["In-Reply-To"] and msg["Message-ID"]
    assert smtp_server.messages() == []
    assert next(r for r in requests(desk) if r["ref"] == ref)["status"] == "new"  # previews change nothing

    unknown = cli(desk, "reply", ref, "--template", "no_such_letter")
    assert unknown.returncode == 2 and "unknown template 'no_such_letter'" in out(unknown)
    misfit = cli(desk, "reply", ref, "--template", "correction_done", "--set", "corrected=x")
    assert misfit.returncode == 2 and "correction" in out(misfit)
    missing = cli(desk, "reply", ref, "--template", "denial", "--send")
    assert missing.returncode == 2 and "'reason'" in out(missing)
    bad_set = cli(desk, "reply", ref, "--template", "denial", "--set", "reason")
    assert bad_set.returncode == 2 and "KEY=VALUE" in out(bad_set)
    no_lang = cli(desk, "reply", ref, "--template", "denial", "--set", "reason=x", "--lang", "it")
    assert no_lang.returncode == 2 and "not available in 'it'" in out(no_lang)
    refused = cli(desk, "reply", ref, "--template", "deletion_done", "--send")
    assert refused.returncode == 1 and "Nothing was sent" in out(refused)
    assert smtp_server.messages() == []

    sent = cli(desk, "reply", ref, "--template", "acknowledgement", "--send", "--print")
    assert sent.returncode == 0, out(sent)
    [got] = smtp_server.messages()
    assert sent.stdout == got.data  # --print: exactly the message the server accepted, headers first
    assert "Sent (outbox number" in sent.stderr.decode()
    assert "@" not in sent.stderr.decode()  # stderr holds no personal data
    listing = cli(desk, "outbox", "list", "--json")
    [item] = json.loads(listing.stdout)
    assert item["state"] == "sent" and item["ref"] == ref and item["template"] == "acknowledgement"
    assert cli(desk, "outbox", "retry", str(item["id"])).returncode == 1
    assert cli(desk, "outbox", "resolve", str(item["id"]), "--sent").returncode == 1
    assert cli(desk, "outbox", "retry", "999").returncode == 1
    withdraw = cli(desk, "outbox", "withdraw", str(item["id"]))  # only a reply that was not sent
    assert withdraw.returncode == 1 and "only a reply that was not sent" in out(withdraw)
    assert next(r for r in requests(desk) if r["ref"] == ref)["status"] == "acknowledged"


def test_customers_import_and_evidence(desk: Path, tmp_path: Path) -> None:
    ref = ref_of(desk, "deletion", "ccpa")
    requester = next(r for r in requests(desk) if r["ref"] == ref)["requester"]
    csv_file = tmp_path / "customers.csv"
    csv_file.write_text("Email;First name;Last name;Order number\n"
                        f"{requester['email']};Marcus;Oyelaran;A-20931\nbroken-line;;;\n", encoding="utf-8")
    imported = cli(desk, "customers", "import", str(csv_file), "--json")
    assert imported.returncode == 0, out(imported)
    assert json.loads(imported.stdout) == {"added": 1, "updated": 0, "skipped": 1,
                                           "problems": ["line 3: no valid email address"],
                                           "columns": ["Email", "First name", "Last name", "Order number"]}
    evidence = cli(desk, "evidence", ref, "--json")
    assert evidence.returncode == 0, out(evidence)
    data = json.loads(evidence.stdout)
    details = {d["detail"]: d["matched"] for d in data["details"]}
    assert details["email address"] is True and details["name"] is True
    assert data["suggested_proof"]["level"] == "code"
    assert data["customers_file_loaded"] is True
    optout = json.loads(cli(desk, "evidence", ref_of(desk, "opt_out_sale"), "--json").stdout)
    assert optout["suggested_proof"]["level"] == "none"
    agent = json.loads(cli(desk, "evidence", next(r["ref"] for r in requests(desk) if r["agent"]), "--json").stdout)
    # The agent attached a power of attorney to the request: proof has arrived, for staff to check.
    assert agent["agent"]["proof_arrived"] is True
    assert agent["agent"]["documents"] == ["POA_Margaret_Sorensen.jpg"]


@pytest.mark.slow
def test_every_english_template_through_the_cli(desk: Path, smtp_server: SmtpServer) -> None:
    """As a reviewer would: each English template sent to a request it fits, read at the server."""
    templates = json.loads(cli(desk, "templates", "list", "--json").stdout)
    sent: dict[str, Any] = {}
    rows = requests(desk)
    for template in templates:
        if "en" not in template["languages"]:
            continue
        fitting = [r for r in rows if set(r["types"]) & set(template["types"]) and r["regime"] in template["regimes"]
                   and (r["agent"] or template["name"] != "agent_proof_request")
                   and r["status"] not in ("completed", "denied")]
        assert fitting, template["name"]
        target = fitting[0]
        if template["status"] == "completed" and target["verification"] not in ("verified", "not_required"):
            assert cli(desk, "verify", target["ref"], "--method", "matched_records").returncode == 0
            target["verification"] = "verified"
        if template["status"] in ("completed", "denied"):
            target["status"] = template["status"]
        args = [arg for name in template["inputs"] for arg in ("--set", f"{name}=Staff text for {name}.")]
        before = len(smtp_server.messages())
        result = cli(desk, "reply", target["ref"], "--template", template["name"], "--lang", "en", *args, "--send")
        assert result.returncode == 0, (template["name"], out(result))
        received = smtp_server.messages()
        assert len(received) == before + 1
        sent[template["name"]] = (target, received[-1])
    assert len(sent) >= 15
    for name, (target, got) in sent.items():
        msg = got.message
        body = msg.get_body(("plain",)).get_content()
        for bad in PLACEHOLDER:
            assert bad not in body and bad not in str(msg["Subject"]), (name, bad)
        assert f"[{target['ref']}]" in str(msg["Subject"]) and str(msg["Subject"]).startswith("Re: ")
        assert msg["In-Reply-To"] and msg["References"].split()[-1] == msg["In-Reply-To"]
        assert msg["Message-ID"].startswith(f"<pd.{target['ref']}.")
        assert f"Ref: {target['ref']}" in body
        for value in (f"Staff text for {i}." for i in next(t["inputs"] for t in templates if t["name"] == name)):
            assert value in body, (name, value)
        received_day = datetime.fromisoformat(target["received"]).date()
        assert f"{received_day.day} {received_day:%B %Y}" in body, name
    ack_target, ack = sent["acknowledgement"]
    respond_by = datetime.fromisoformat(ack_target["milestones"]["respond_by"]).date()
    assert f"{respond_by.day} {respond_by:%B %Y}" in ack.message.get_body(("plain",)).get_content()
    portability = sent["portability_response"][1].message
    assert sorted(p.get_content_type() for p in portability.iter_attachments()) == ["application/json", "text/csv"]
