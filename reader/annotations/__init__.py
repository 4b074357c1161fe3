"""Highlights, notes and tags on the repaired text: operations, anchoring, tags (core, no Qt)."""
