"""The mail part: accounts (dialogs), background sync (one worker thread per account), its state in
the status bar, and importing mail files."""
