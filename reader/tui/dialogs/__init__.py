"""The modal screens: confirmations, export, filter, help, labels, notes, search, tag picker."""
