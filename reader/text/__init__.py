"""Text from untrusted dumps made safe to show, folded for matching, and written as JSON."""
