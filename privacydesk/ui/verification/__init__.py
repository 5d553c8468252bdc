"""The verification part: the workspace's "Identity" tab (``panel.py``) — what the mail says about its
sender, which details match the customers file, agent proof, the one-time code and the suggested proof —
and File → Import customers… (``controller.VerificationController``).
"""
