"""The one exception family the CLI and TUI turn into a message instead of a traceback."""


class ReaderError(Exception):
    """A failure the user can act on (bad path, unreadable store, missing model).

    Its message is one line, shown as `reader: MESSAGE` by the CLI and as a
    notification by the TUI.
    """

    exit_status = 1
    """The CLI's exit status for it (2: the command was used wrongly)."""
