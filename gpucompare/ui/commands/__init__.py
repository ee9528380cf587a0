"""Menu commands: opening catalog files, exports, dialogs."""
