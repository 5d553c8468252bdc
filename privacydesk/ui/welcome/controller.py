"""What the first-run screen does: the demo, or validating and writing the business's profile.

``WelcomeController(screen, paths, on_demo, on_set_up)`` receives its view, the user's data folder and
two callbacks from the composition root (which opens the demo or the user's own data). It writes
nothing but the profile (and the staff member's name), through the workspace service.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from privacydesk.paths import AppPaths
from privacydesk.services import workspace
from privacydesk.services.workspace import SetupProblem
from privacydesk.ui.errors import user_message
from privacydesk.ui.welcome.screen import WelcomeScreen


class WelcomeController(QObject):
    def __init__(self, screen: WelcomeScreen, paths: AppPaths, on_demo: Callable[[], None],
                 on_set_up: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.screen = screen
        self.paths = paths
        self._on_demo = on_demo
        self._on_set_up = on_set_up
        screen.demo_button.clicked.connect(self.try_demo)
        screen.setup_button.clicked.connect(screen.show_setup)
        screen.save_button.clicked.connect(self.save)

    def try_demo(self) -> None:
        self._on_demo()

    def save(self) -> bool:
        """Validate and write the profile; True when done (the composition root opens the data)."""
        try:
            workspace.set_up_business(self.paths, self.screen.setup())
        except SetupProblem as exc:
            self.screen.show_problems(exc.problems)
            return False
        except Exception as exc:  # a disk that cannot be written: say so, keep the form
            self.screen.show_problems({}, user_message(exc))
            return False
        self.screen.show_problems({})
        self._on_set_up()
        return True
