"""Properties of quote finding and tag normalising, over generated text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.annotations.locate import FoldedText, fold, fuzzy_find
from reader.annotations.tags import normalise_tag
from reader.errors import ReaderError

TEXT = st.text(alphabet="物理空间研究部署，。５%％ＡaB \n\u3000", min_size=1, max_size=60)


@given(TEXT, st.data())
def test_every_substring_is_found_where_it_is(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    spans = FoldedText(text).find_all(quote)
    if not fold(quote):
        assert spans == []
        return
    assert spans, (text, quote)
    for s, e in spans:
        assert fold(text[s:e]) == fold(quote)
        assert not text[s].isspace() and not text[e - 1].isspace()
    # The span the quote was taken from is among the results (trimmed of surrounding whitespace).
    trimmed_start = start + (len(quote) - len(quote.lstrip()))
    trimmed_end = end - (len(quote) - len(quote.rstrip()))
    assert (trimmed_start, trimmed_end) in spans


@given(st.text(max_size=30))
def test_normalising_a_tag_twice_changes_nothing(name):
    try:
        key = normalise_tag(name)
    except ReaderError:
        return
    assert normalise_tag(key) == key and key == key.strip() and "//" not in key


@given(st.text(alphabet="整合升级养老机构设施资源支持康养旅居", min_size=12, max_size=40))
def test_a_quote_is_found_fuzzily_in_its_own_text(text):
    hit = fuzzy_find(text[2:10], text)
    assert hit is not None and hit.score == 100 and fold(text[hit.start : hit.end]) == fold(text[2:10])
