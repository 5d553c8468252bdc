"""PrivacyDesk: a desktop privacy inbox for small businesses."""

__version__ = "0.1.0"
