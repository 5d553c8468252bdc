"""The requests part: the queues' table, the request workspace and the actions on a request.

``page.RequestsPage`` lays out the search field, the table (``table.RequestTableModel``) and the
workspace (``workspace.RequestWorkspace``); ``actions.RequestActions`` holds the menu and toolbar
actions; ``controller.RequestsController`` decides (queries, selection, dialogs, writes).
"""
