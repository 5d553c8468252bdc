"""Room for the reply composer (templates, drafts, the outbox): a window part like ``requests``.

See "Adding a window part" in docs/architecture.md: a view module, a controller that receives its
service(s), the runner and its view, and a few lines in ``ui/app.py`` that build and wire it.
"""
