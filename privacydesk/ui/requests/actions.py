"""The actions on a request (Request menu, toolbar, the buttons under the next-step sentence).

``apply(detail)`` enables exactly the actions that apply to the shown request; an action the law or
the lifecycle would refuse is disabled and its tooltip says why, in words
(``RequestDetail.actions``, computed by ``domain/guidance.py``). With no request shown (nothing
selected, or the selected one is filtered out of the list) every request action is disabled.

The toolbar holds the daily jobs, text only so every word is visible; the rest are in the Request
menu and behind "More" (an explicit menu, never Qt's overflow "»").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from privacydesk.domain.guidance import Availability
from privacydesk.domain.vocab import RequestStatus, RequestType
from privacydesk.services.request_detail import RequestDetail
from privacydesk.ui.qtcompat import emit

NO_REQUEST = "Select a request in the list first."
DECIDED = (RequestStatus.DENIED.value, RequestStatus.COMPLETED.value)


def appeal_availability(detail: RequestDetail) -> Availability:
    """"Record appeal…": only on a decided request (denied or completed) that is not itself an appeal.
    The service checks again (and refuses a second open appeal, naming it)."""
    if detail.appeal_of is not None or RequestType.APPEAL.value in detail.types:
        return Availability(False, "This request is itself an appeal: the law gives one appeal; after it the "
                                   "requester may complain to the regulator.")
    if detail.status not in DECIDED:
        return Availability(False, "An appeal contests a decision: first close the request (completed or "
                                   "denied), then record the appeal.")
    return Availability(True)


def _tip(action: QAction, tip: str) -> str:
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{tip} ({shortcut})" if shortcut else tip


class RequestActions(QObject):
    #: The actions were set for a request (its ``RequestDetail``), or for none (None): other parts'
    #: actions on the shown request (Reply…) follow.
    applied = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.new_request = self._make("newRequest", "&New request…", "Ctrl+N",
                                      "Record a request that came by phone, post or in person")
        self.acknowledge = self._make("acknowledge", "&Acknowledge…", "Ctrl+Shift+K",
                                      "Record that the requester was told their request arrived")
        self.verify = self._make("verify", "&Verify identity…", "Ctrl+Shift+V", "Record identity verification")
        self.extend = self._make("extend", "&Extend…", "Ctrl+Shift+E", "Extend the deadline to answer")
        self.pause = self._make("pause", "&Pause clock…", "Ctrl+Shift+P",
                                "Stop the clock while waiting for the requester")
        self.resume = self._make("resume", "Res&ume clock…", "Ctrl+Shift+R",
                                 "What you waited for arrived: the clock runs again")
        self.complete = self._make("complete", "&Complete…", "Ctrl+Shift+C", "Close the request as done")
        self.status = self._make("status", "Change &status…", "Ctrl+Shift+S",
                                 "Deny, withdraw, close or reopen the request")
        self.regime = self._make("regime", "Confirm &law…", "Ctrl+Shift+G", "Say which law applies")
        self.types = self._make("types", "Edit &types…", "Ctrl+Shift+T", "Change what the request asks for")
        self.edit_requester = self._make("editRequester", "Edit &requester…", "Ctrl+Shift+D",
                                         "Correct the requester's name, addresses or phone")
        self.merge = self._make("merge", "&Merge duplicate…", "Ctrl+Shift+M",
                                "Make this request a duplicate of another one from the same person")
        self.assign = self._make("assign", "Assi&gn…", "Ctrl+Shift+A", "Choose who handles the request")
        self.note = self._make("note", "Add &note…", "Ctrl+Shift+N", "Add a note for the team")
        self.appeal = self._make("appeal", "Rec&ord appeal…", "Ctrl+Shift+L",
                                 "The requester contests the decision: open an appeal with its own deadline")
        self.confirm_received = self._make("confirmReceived", "Confirm received &date…", "",
                                           "Confirm or correct the day the request arrived")
        self.export_case = self._make("exportCase", "Case &file…", "",
                                      "Write everything about this request to a folder: messages, replies, "
                                      "timeline and decisions")
        #: Set by the composition root when the request service can confirm a received date (issue 11).
        self.can_confirm_received = False
        #: Actions on the shown request, with the name ``RequestDetail.actions`` uses for each.
        self.on_request: dict[str, QAction] = {
            "acknowledge": self.acknowledge, "verify": self.verify, "extend": self.extend,
            "pause": self.pause, "resume": self.resume, "complete": self.complete,
            "change_status": self.status, "regime": self.regime, "types": self.types,
            "edit_requester": self.edit_requester, "merge": self.merge, "assign": self.assign,
            "note": self.note, "appeal": self.appeal, "confirm_received": self.confirm_received,
            "export_case": self.export_case,
        }
        self._tips = {action: action.toolTip() for action in self.on_request.values()}
        self.apply(None)

    def _make(self, name: str, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        action.setToolTip(_tip(action, tip))
        return action

    # -- state -------------------------------------------------------------------------------------
    def apply(self, detail: RequestDetail | None) -> None:
        """Enable what applies to ``detail`` (None: no request shown); reasons go to the tooltips."""
        for name, action in self.on_request.items():
            if detail is None:
                action.setEnabled(False)
                action.setToolTip(f"{self._tips[action]}\n{NO_REQUEST}")
                continue
            can = self._availability(name, detail)
            action.setEnabled(can.allowed)
            action.setToolTip(self._tips[action] if can.allowed else f"{self._tips[action]}\nNot now: {can.reason}")
        emit(self.applied, detail)

    def _availability(self, name: str, detail: RequestDetail) -> Availability:
        if name == "appeal":
            return appeal_availability(detail)
        if name == "export_case":
            return Availability(True)
        if name == "confirm_received":
            if "received_date_uncertain" not in detail.flags:
                return Availability(False, "The day it arrived is known.")
            if not self.can_confirm_received:
                # HOOK(issue 11): enabled once RequestService can confirm a received date.
                return Availability(False, "This version of PrivacyDesk cannot change the received date yet.")
            return Availability(True)
        return detail.can(name)

    def step_actions(self, detail: RequestDetail) -> list[QAction]:
        """The few actions that fit the request now, in the order a person would take them."""
        order: list[QAction] = []
        if not detail.is_open:
            order.append(self.status)
            if appeal_availability(detail).allowed:
                order.append(self.appeal)
            return order
        if "received_date_uncertain" in detail.flags and self.can_confirm_received:
            order.append(self.confirm_received)
        if detail.can("acknowledge").allowed:
            order.append(self.acknowledge)
        if detail.verification in ("pending", "failed") and "verification_not_allowed" not in detail.flags:
            order.append(self.verify)
        if detail.open_pause is not None:
            order.append(self.resume)
        if not detail.regime_confirmed:
            order.append(self.regime)
        if detail.can("complete").allowed:
            order.append(self.complete)
        if detail.can("extend").allowed and detail.clock.status in ("due_soon", "overdue"):
            order.append(self.extend)
        return order[:4]

    # -- where they show -----------------------------------------------------------------------------
    def fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new_request)
        menu.addSeparator()
        for action in (self.acknowledge, self.verify, self.complete, self.status):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.extend, self.pause, self.resume, self.regime):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.types, self.edit_requester, self.merge, self.assign, self.note):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.appeal)
        menu.addAction(self.confirm_received)
        menu.addAction(self.export_case)

    def toolbar(self, parent: QWidget | None = None) -> QToolBar:
        bar = QToolBar("Request", parent)
        bar.setObjectName("requestToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.new_request)
        bar.addSeparator()
        for action in (self.acknowledge, self.verify, self.extend, self.pause, self.resume, self.complete,
                       self.status):
            bar.addAction(action)
        more = QMenu("More", bar)
        for action in (self.regime, self.types, self.edit_requester, self.merge, self.assign, self.note):
            more.addAction(action)
        more.addSeparator()
        more.addAction(self.appeal)
        more.addAction(self.confirm_received)
        button = QToolButton(bar)
        button.setObjectName("moreButton")
        button.setText("More")
        button.setToolTip("Confirm the law, edit, merge, assign, add a note, record an appeal")
        button.setMenu(more)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(button)
        self.more_menu = more
        return bar

