"""Items written by ``import`` read back as the same data (hypothesis), in the bundled style."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qingdan.core.lists.yamlsafe import loads
from qingdan.core.maintain.yamlwrite import emit_item, scalar

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)
AWKWARD = st.sampled_from(
    [
        "null",
        "yes",
        "no",
        "2024-01-01",
        "12",
        "08",
        "+1",
        "1.5",
        ".5",
        "1e3",
        "TRUE",
        "on",
        "a: b",
        "- x",
        "#tag",
        "[x]",
        "{y}",
        "a, b",
        "《法》第三条",
        "<script>",
        " lead",
        "'q'",
        '"dq"',
        "|",
        "@at",
        "~",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    title=st.one_of(TEXT, AWKWARD),
    aliases=st.lists(st.one_of(TEXT, AWKWARD), max_size=3),
    law=st.one_of(TEXT, AWKWARD),
    article=st.one_of(st.none(), TEXT, AWKWARD),
)
def test_an_emitted_item_reads_back_unchanged(title, aliases, law, article):
    raw = {
        "id": "ZM-001",
        "title": title,
        "aliases": aliases,
        "legal_basis": [{"law": law, "article": article}],
        "published_on": "2024-01-01",
        "effective_to": None,
        "status": "active",
    }
    loaded = loads("items:\n" + emit_item(raw))
    assert not loaded.problems
    assert loaded.data == {"items": [raw]}


def test_dates_are_double_quoted_and_plain_text_stays_plain():
    text = emit_item({"id": "ZM-001", "title": "居住证明", "published_on": "2024-01-01"})
    assert text == '  - id: ZM-001\n    title: 居住证明\n    published_on: "2024-01-01"\n'
    assert scalar("null") == '"null"' and scalar("a: b") == '"a: b"'


def test_text_our_loader_reads_as_a_number_is_quoted():
    """``08`` is a string to PyYAML (YAML 1.1) but 8 to qingdan's loader (YAML 1.2 numbers)."""
    for text in ("08", "007", "+1", "-0"):
        assert scalar(text) == f'"{text}"'
        assert loads(f"t: {scalar(text)}\n").data == {"t": text}
