"""The answers store: every answer a participant gives, its schema, merging, and the atomic writes under it."""

__all__ = ["answers", "document", "merge", "schema"]
