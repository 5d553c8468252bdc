"""The reminders part: the tray icon with what is due today and overdue, desktop notifications (each
once), the daily summary, and the hourly / midnight refresh. See ``controller.py``."""
