"""Passages the user marks: choosing, anchoring, re-anchoring and copying them out."""
