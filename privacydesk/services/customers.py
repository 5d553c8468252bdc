"""The customers file: who we already know, so a request's details can be matched ("matched our
records", the 3DPros notice's first verification method).

Staff export a CSV from their shop or CRM and import it (``privacydesk customers import FILE.csv``):
one row per customer, an email column (required) and a name column (or first/last name), any other
columns (order number, ZIP code, phone …) kept as they are. Importing again updates customers by email
address; nobody is deleted by an import.
"""

from __future__ import annotations

import builtins
import csv
import io
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacydesk.domain.errors import InvalidInput, NotFound
from privacydesk.domain.verification import CustomerRecord, normalise_text
from privacydesk.services import audit
from privacydesk.store.db import Database
from privacydesk.store.models import Customer

log = logging.getLogger(__name__)

EMAIL_COLUMNS = ("email", "e-mail", "email address", "e-mail address", "mail", "email_address", "customer email")
NAME_COLUMNS = ("name", "full name", "full_name", "customer name", "customer")
FIRST_COLUMNS = ("first name", "first_name", "firstname", "given name")
LAST_COLUMNS = ("last name", "last_name", "lastname", "surname", "family name")
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class CustomerImport:
    added: int
    updated: int
    skipped: int
    problems: tuple[str, ...]  # "line 7: no email address"
    columns: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {"added": self.added, "updated": self.updated, "skipped": self.skipped,
                "problems": list(self.problems), "columns": list(self.columns)}


@dataclass(frozen=True)
class CustomerInfo:
    email: str
    name: str | None
    fields: dict[str, str]

    def as_json(self) -> dict[str, object]:
        return {"email": self.email, "name": self.name, "fields": dict(self.fields)}


def _key(header: str) -> str:
    return " ".join(header.strip().lower().replace("_", " ").split())


class CustomerService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def import_csv(self, path: Path, actor: str) -> CustomerImport:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise NotFound(f"The file {path} cannot be read ({exc.strerror or exc}).") from exc
        if len(data) > MAX_BYTES:
            raise InvalidInput(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB; split it into smaller files.")
        text: str | None = None
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        if text is None:  # pragma: no cover - cp1252 decodes almost anything
            raise InvalidInput(f"{path} is not a text (CSV) file.")
        return self.import_text(text, str(path.name), actor)

    def import_text(self, text: str, source: str, actor: str) -> CustomerImport:
        sample = text[:8192]
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(text), dialect)
        try:
            header = next(reader)
        except StopIteration:
            raise InvalidInput(f"{source} is empty: it needs a header line with an 'email' column.") from None
        keys = [_key(h) for h in header]
        email_col = next((i for i, k in enumerate(keys) if k in EMAIL_COLUMNS), None)
        if email_col is None:
            raise InvalidInput(f"{source} has no email column (its columns: {', '.join(h.strip() for h in header)}); "
                               "the first line must name the columns, one of them 'email'.")
        name_col = next((i for i, k in enumerate(keys) if k in NAME_COLUMNS), None)
        first_col = next((i for i, k in enumerate(keys) if k in FIRST_COLUMNS), None)
        last_col = next((i for i, k in enumerate(keys) if k in LAST_COLUMNS), None)
        used = {c for c in (email_col, name_col, first_col, last_col) if c is not None}
        added = updated = skipped = 0
        problems: list[str] = []
        rows: dict[str, tuple[str | None, dict[str, str]]] = {}
        for line_no, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            email = (row[email_col] if email_col < len(row) else "").strip().lower()
            if "@" not in email or " " in email or email.startswith("@") or email.endswith("@"):
                skipped += 1
                if len(problems) < 50:
                    problems.append(f"line {line_no}: no valid email address")
                continue

            def cell(index: int | None, current: list[str] = row) -> str:
                return current[index].strip() if index is not None and index < len(current) else ""

            name = cell(name_col) or " ".join(p for p in (cell(first_col), cell(last_col)) if p) or None
            fields = {keys[i].replace(" ", "_"): row[i].strip() for i in range(min(len(row), len(keys)))
                      if i not in used and row[i].strip() and keys[i]}
            rows[email] = (name, fields)
        with self.db.write() as session:
            existing = {c.email: c for c in self._by_emails(session, list(rows))}
            for email, (name, fields) in rows.items():
                row_obj = existing.get(email)
                if row_obj is None:
                    session.add(Customer(email=email, name=name, fields=fields, source=source[:500]))
                    added += 1
                else:
                    row_obj.name = name or row_obj.name
                    row_obj.fields = {**(row_obj.fields or {}), **fields}
                    row_obj.source = source[:500]
                    updated += 1
            audit.record(session, "customers_imported", actor=actor,
                         after={"added": added, "updated": updated, "skipped": skipped},
                         detail=f"customers file {source}")
        log.info("customers imported: %d added, %d updated, %d skipped", added, updated, skipped)
        return CustomerImport(added, updated, skipped, tuple(problems),
                              tuple(h.strip() for h in header))

    @staticmethod
    def _by_emails(session: Session, emails: Sequence[str]) -> builtins.list[Customer]:
        out: builtins.list[Customer] = []
        for start in range(0, len(emails), 500):
            out.extend(session.execute(select(Customer).where(
                Customer.email.in_(emails[start:start + 500]))).scalars())
        return out

    def count(self) -> int:
        with self.db.read() as session:
            return int(session.execute(select(func.count()).select_from(Customer)).scalar_one())

    def list(self, limit: int = 1000) -> builtins.list[CustomerInfo]:
        with self.db.read() as session:
            rows = session.execute(select(Customer).order_by(Customer.email).limit(limit)).scalars()
            return [CustomerInfo(c.email, c.name, dict(c.fields or {})) for c in rows]

    @staticmethod
    def records_in(session: Session, emails: Iterable[str], name: str | None) -> builtins.list[CustomerRecord]:
        """Customers for a request: by its addresses, else by exactly the same name."""
        wanted = [e.lower() for e in emails if e]
        rows = CustomerService._by_emails(session, wanted) if wanted else []
        if not rows and name and normalise_text(name):
            needle = normalise_text(name)
            candidates = session.execute(select(Customer).where(func.lower(Customer.name) == name.strip().lower())
                                         .limit(20)).scalars()
            rows = [c for c in candidates if normalise_text(c.name or "") == needle]
        return [CustomerRecord(c.email, c.name, dict(c.fields or {})) for c in rows]

    def known_domains(self) -> set[str]:
        with self.db.read() as session:
            return self.known_domains_in(session)

    @staticmethod
    def known_domains_in(session: Session, limit: int = 20000) -> set[str]:
        emails = session.execute(select(Customer.email).limit(limit)).scalars()
        return {e.rpartition("@")[2] for e in emails if "@" in e}
