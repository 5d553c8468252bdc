"""The calendar part: a month of due dates coloured by urgency, the chosen day's list, what is due
next (overdue first), and the export for other calendar apps. ``view.py`` lays out, ``models.py``
holds what is shown, ``controller.py`` decides."""
