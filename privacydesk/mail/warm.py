"""Imported by the sync's fork server (``mail.sync._Parser``): loads the classifier data and builds
the request anchors once, there, so that every parser process forked from it starts warm.

Without it each worker paid the set-up on its first message (issue 14: the data ~1 s and the
anchors ~0.5-2 s on this machine, per worker, and again for every sync, since each sync starts a
new pool); the fork server lives as long as the app, so the set-up is paid once per app session.
A problem with the data is not raised here: a worker then loads the data itself and the sync
reports it as usual.
"""

from __future__ import annotations

import logging

from privacydesk.domain.anchors import anchor_set
from privacydesk.domain.classify_data import load_classifier_data

try:
    anchor_set(load_classifier_data())
except Exception:
    logging.getLogger(__name__).debug("classifier data not preloaded", exc_info=True)
