"""Room for the calendar of due dates: a window part like ``requests``.

See "Adding a window part" in docs/architecture.md.
"""
