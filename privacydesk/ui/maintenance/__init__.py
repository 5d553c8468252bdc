"""Keeping the records safe (issue 13): the daily retention purge, backups, the audit trail's check."""
