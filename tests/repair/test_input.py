"""Loading page files: encodings, whitespace normal form, natural order, and one-line input errors."""

from __future__ import annotations

import codecs

import pytest

from reader.errors import InputError
from reader.repair import load_pages
from reader.repair.loading import natural_key

TEXT = "学习贯彻区委十三届八次全会精神\r\n\r\n在有限的物\u3000理空间里，一场变革\u00a0正在发生。\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_encodings_are_detected_and_text_is_normalised(tmp_path, data, encoding):
    path = tmp_path / "page-1.txt"
    path.write_bytes(data)
    (page,) = load_pages([path])
    assert page.encoding == encoding
    assert page.text == "学习贯彻区委十三届八次全会精神\n\n在有限的物 理空间里，一场变革 正在发生。\n"
    assert page.raw == data


def test_forced_encoding_wins_and_a_wrong_one_is_a_clear_error(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("渝中报 要闻".encode("gbk"))
    assert load_pages([path], encoding="gbk")[0].text == "渝中报 要闻"
    with pytest.raises(InputError, match="gbk.txt.*utf-8"):
        load_pages([path], encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        load_pages([path], encoding="no-such-codec")


def test_folder_pages_come_in_natural_order(tmp_path):
    for n in (10, 2, 1):
        (tmp_path / f"page-{n}.txt").write_text(f"第{n}页的正文。", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    pages = load_pages([tmp_path])
    assert [p.name for p in pages] == ["page-1.txt", "page-2.txt", "page-10.txt"]
    assert [p.number for p in pages] == [1, 2, 3]
    assert sorted(["page-10", "page-2"], key=natural_key) == ["page-2", "page-10"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "empty.txt").write_text("  \n\n") and d / "empty.txt", "empty"),  # 4 chars written
        (lambda d: (d / "bin.txt").write_bytes(bytes(range(256)) * 8) and d / "bin.txt", "binary"),
        (lambda d: (d / "sub").mkdir() or d / "sub", "no text files"),
    ],
)
def test_unusable_input_is_one_line_error_naming_the_file(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(InputError, match=message) as info:
        load_pages([path])
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_a_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError, match="too large"):
        load_pages([path])


def test_undecodable_bytes_are_refused(tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes([0xFF, 0xFE, 0xFD]) * 300 + b"\x81")
    with pytest.raises(InputError, match="junk.txt"):
        load_pages([path])
