"""How every window part opens dialogs and shows messages: one small host, passed to each controller.

Dialogs and message boxes are opened with ``open()`` (window-modal, non-blocking), so the event loop
keeps running and tests fill them in and ``accept()`` them programmatically. Text is always plain
(messages can quote mail content). A question never pre-selects the consequential answer: the safe
button (Cancel) is the default, so Enter does nothing harmful.

The host knows only the widget to parent dialogs on (the main window, as a ``QWidget``); it is not
the window and offers controllers no way to reach other parts.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from privacydesk.ui.errors import user_message, user_title
from privacydesk.ui.qtcompat import emit


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """A label that never interprets its text as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DialogHost(QObject):
    """Opens one dialog at a time, shows messages and asks yes/no questions, on behalf of controllers."""

    #: A message box was shown: (title, text).
    message_shown = Signal(str, str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.active_dialog: QDialog | None = None
        self.last_message: QMessageBox | None = None

    def set_parent_widget(self, widget: QWidget | None) -> None:
        self._parent_widget = widget

    @property
    def parent_widget(self) -> QWidget | None:
        return self._parent_widget

    # -- dialogs -----------------------------------------------------------------------------------
    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Show ``dialog`` (closing the previous one); ``on_accept`` runs when it is accepted."""
        self.close_active()
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None

        dialog.accepted.connect(on_accept)
        dialog.finished.connect(finished)
        dialog.open()

    def close_active(self) -> None:
        if self.active_dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt (WA_DeleteOnClose)
                self.active_dialog.close()
            self.active_dialog = None

    # -- messages ----------------------------------------------------------------------------------
    def show_message(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
        """A non-blocking message box with plain text."""
        if self.last_message is not None:
            with contextlib.suppress(RuntimeError):
                self.last_message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: self._forget(box))
        self.last_message = box
        box.open()
        emit(self.message_shown, title, text)
        return box

    def show_error(self, exc: BaseException, what: str = "") -> QMessageBox:
        """The one way a window part shows a failed service call (``ui/errors.py`` words it)."""
        text = user_message(exc)
        return self.show_message(user_title(exc), f"{what}{text}" if what else text)

    def ask(self, title: str, text: str, yes: str, on_yes: Callable[[], None], *,
            no: str = "Cancel", on_no: Callable[[], None] | None = None,
            icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> QMessageBox:
        """A question whose default button is the safe one (``no``); ``on_yes`` runs only on ``yes``,
        ``on_no`` on anything else (``no``, Escape, closing the box)."""
        if self.last_message is not None:
            with contextlib.suppress(RuntimeError):
                self.last_message.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self._parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setProperty("yes_button", yes_button)

        def finished(_result: int) -> None:
            self._forget(box)
            if box.clickedButton() is yes_button:
                on_yes()
            elif on_no is not None:
                on_no()

        box.finished.connect(finished)
        self.last_message = box
        box.open()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if self.last_message is box:
            self.last_message = None


def yes_button(box: QMessageBox) -> object:
    """The "yes" button of a box made by ``DialogHost.ask`` (tests click it)."""
    return box.property("yes_button")
