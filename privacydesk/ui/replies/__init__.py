"""The replies part: the composer (``composer.py`` view, ``composer_controller.py``), the thread with our
replies' outbox states in the workspace (``thread.py``), the outbox window (``outbox.py``), their lists
(``models.py``), words (``words.py``) and ``controller.RepliesController``, which ties them together.
See docs/replies.md ("In the window") and "Adding a window part" in docs/architecture.md.
"""
