"""reader: read, repair and annotate Chinese local newspapers (core, no Qt)."""

__version__ = "0.1.0"
