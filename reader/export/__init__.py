"""Exports of annotations (Markdown, CSV, XLSX, HTML, W3C Web Annotation JSON-LD) and import back."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reader.errors import ReaderError

FORMATS = ("md", "csv", "xlsx", "html", "jsonld")
EXTENSIONS = {"md": ".md", "csv": ".csv", "xlsx": ".xlsx", "html": ".html", "jsonld": ".jsonld"}


def _writer(fmt: str) -> Callable:
    if fmt == "md":
        from reader.export.markdown import to_markdown as write
    elif fmt == "csv":
        from reader.export.csv_export import to_csv as write
    elif fmt == "xlsx":
        from reader.export.xlsx import to_xlsx as write
    elif fmt == "html":
        from reader.export.html import to_html as write
    elif fmt == "jsonld":
        from reader.export.jsonld import to_jsonld as write
    else:
        raise ReaderError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return write


def export_annotations(
    fmt: str, *, tag: str | None = None, source: str | None = None, ids: Iterable[int] | None = None
) -> bytes:
    """The annotations (not in the trash) matching the filters, as a file of format ``fmt``."""
    from reader.annotations.ops import check_filters
    from reader.export.records import collect

    write = _writer(fmt)
    check_filters(tag=tag, source=source)  # a misspelt filter is an error, not an empty file
    return write(collect(tag=tag, source=source, ids=ids))


def import_annotations(path):  # noqa: ANN001, ANN201 (re-export, typed in import_jsonld)
    """Restore annotations from a JSON-LD export; see ``reader.export.import_jsonld``."""
    from reader.export.import_jsonld import import_annotations as run

    return run(path)
