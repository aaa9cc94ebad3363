"""The TUI in a browser: textual-serve runs one `reader` process per tab, behind a token.

textual-serve has no authentication of its own: `access` holds the rules that stand
in for it (who may connect, from where), `server` applies them to every request, and
`command` builds the per-tab command line that opens the same workspace and store.
"""
