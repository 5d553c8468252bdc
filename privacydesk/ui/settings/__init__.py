"""The settings part. Settings are declared once in ``privacydesk/domain/settings.py`` (type, default,
label) and stored by ``SettingsService``; dialogs here only lay them out. ``staff.py`` asks a new user
for their name; the full settings dialog is still to come (see docs/architecture.md).
"""
