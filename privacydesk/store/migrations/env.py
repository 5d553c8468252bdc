"""Alembic environment: runs on the connection PrivacyDesk hands over (see store/db.py)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from privacydesk.store.models import Base, is_modelled

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # `alembic` command line use (developers only): URL from -x url=...
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite3")
        engine = create_engine(url)
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
        include_name=is_modelled,  # the SQLite full-text index is not a model
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
