"""Stage ``normalise``: bytes → text (encoding detection) → one canonical form of whitespace."""

from __future__ import annotations

import codecs
import re

from reader.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a page dump is ~20 KB; anything this big is not a newspaper page

_SPACES = re.compile("[\u3000\u00a0\u2002\u2003\u2009\u202f\ufeff]")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(raw: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a page file; returns ``(text, encoding)`` or raises InputError naming the file."""
    if len(raw) > MAX_BYTES:
        raise InputError(f"{name}: file too large ({len(raw) // (1024 * 1024)} MB; a page dump is at most {MAX_BYTES // (1024 * 1024)} MB)")
    if not raw.strip():
        raise InputError(f"{name}: file is empty")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from None
        try:
            return _strip_bom(raw.decode(encoding)), encoding
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: cannot be decoded as {encoding} (byte {exc.start})") from None
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return _strip_bom(raw.decode(enc)), enc
            except UnicodeDecodeError:
                raise InputError(f"{name}: text with a {enc} byte-order mark cannot be decoded") from None
    utf16 = _guess_utf16(raw)
    if utf16:
        try:
            return raw.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:4096]:
        for enc in ("utf-16-le", "utf-16-be"):  # CJK in UTF-16 without BOM: NULs only from ASCII
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_chinese(text):
                return text, enc
        raise InputError(f"{name}: binary file, not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030",):  # superset of GBK/GB2312, the other encoding Chinese dumps come in
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_chinese(text):
            return text, enc
    from charset_normalizer import from_bytes  # only when the common cases failed

    best = from_bytes(raw).best()
    if best is None or best.encoding is None:
        raise InputError(f"{name}: binary or undecodable file (not UTF-8, GB18030 or UTF-16 text)")
    text = str(best)
    if _control_ratio(text) > 0.02:
        raise InputError(f"{name}: binary file, not text")
    return text, best.encoding


def normalise_text(text: str) -> str:
    """LF line ends, ASCII spaces for U+3000/NBSP, no BOM — the offset space of every later stage."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(lambda m: "" if m.group() == "\ufeff" else " ", text)


def check_text(text: str, *, name: str) -> None:
    """Refuse decoded text that is not a readable page (binary junk, nothing but whitespace)."""
    if not text.strip():
        raise InputError(f"{name}: file is empty")
    if _control_ratio(text) > 0.02:
        raise InputError(f"{name}: binary file, not text")


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _guess_utf16(raw: bytes) -> str | None:
    """UTF-16 without BOM: every other byte of ASCII/CJK text is mostly zero or mostly not."""
    sample = raw[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def _looks_chinese(text: str) -> bool:
    sample = text[:4000]
    cjk = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    return cjk >= max(1, len(sample.strip()) * 0.2) and _control_ratio(sample) < 0.01


# control characters other than line breaks, tab and form feed; private-use code points; the replacement character
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ue000-\uf8ff\ufffd]")


def _control_ratio(text: str) -> float:
    sample = text[:8000]
    if not sample:
        return 0.0
    return len(_UNREADABLE.findall(sample)) / len(sample)
