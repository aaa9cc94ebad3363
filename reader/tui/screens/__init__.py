"""Screens: the main reading screen and the dialogs pushed over it."""
