"""The open articles as a collection: triage, filters, search, the entity index, statistics."""
