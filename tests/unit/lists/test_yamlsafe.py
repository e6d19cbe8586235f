"""The strict YAML loader: marks, duplicate keys, dates as strings, YAML 1.1 booleans, limits."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from qingdan.core.lists import yamlsafe
from qingdan.core.lists.yamlsafe import load_path, loads


def test_dates_load_as_strings_so_the_schema_can_check_them() -> None:
    assert loads("d: 2024-01-01\n").data == {"d": "2024-01-01"}


def test_yaml_1_1_booleans_stay_text() -> None:
    data = loads("a: no\nb: on\nc: yes\nd: true\ne: False\n").data
    assert data == {"a": "no", "b": "on", "c": "yes", "d": True, "e": False}


def test_sexagesimal_and_octal_looking_numbers_stay_text() -> None:
    assert loads("a: 1:20\nb: 0o17\n").data == {"a": "1:20", "b": "0o17"}


def test_duplicate_keys_are_problems_with_the_line_of_the_second_key() -> None:
    loaded = loads("a: 1\nb: 2\na: 3\n")
    assert [(p.code, p.line) for p in loaded.problems] == [("QD002", 3)]
    assert loaded.data == {"a": 1, "b": 2}


def test_marks_point_at_each_value() -> None:
    loaded = loads("items:\n  - id: X\n    title: 甲\n")
    assert loaded.mark(("items", 0, "title")) == (3, 12)
    assert loaded.mark(("items", 0, "missing")) == loaded.mark(("items", 0))


def test_an_alias_bomb_is_refused_at_once() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 10)}]")
    loaded = loads("\n".join(lines))
    assert loaded.data is None
    assert [p.code for p in loaded.problems] == ["QD003"]


def test_a_recursive_alias_is_refused() -> None:
    assert [p.code for p in loads("&a [*a]").problems] == ["QD003"]


def test_python_tags_are_not_executed() -> None:
    loaded = loads("a: !!python/object/apply:os.system ['echo pwned']\n")
    assert loaded.problems and loaded.problems[0].code == "QD001"


def test_a_huge_file_is_a_finding_not_a_hang(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 4096 + "\n")
    monkeypatch.setattr(yamlsafe, "MAX_BYTES", 1024)
    loaded = load_path(path, max_bytes=1024)
    assert [p.code for p in loaded.problems] == ["QD003"]


def test_text_that_is_not_utf8_is_a_finding_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("a: 1\nb: 社区\n".encode("gbk"))
    loaded = load_path(path)
    assert [(p.code, p.line) for p in loaded.problems] == [("QD004", 2)]


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffa: 社区\n".encode())
    assert load_path(path).data == {"a": "社区"}


scalars = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.none(),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.text(alphabet="abcdefg社区清单", min_size=1, max_size=6), inner, max_size=4
        ),
    ),
    max_leaves=20,
)


@given(documents)
def test_what_pyyaml_dumps_loads_back_unchanged(doc: object) -> None:
    import yaml

    text = yaml.safe_dump({"root": doc}, allow_unicode=True)
    loaded = loads(text)
    assert loaded.problems == []
    assert loaded.data == {"root": doc}


def test_keys_after_a_merge_key_override_the_merged_ones_as_in_yaml() -> None:
    text = "a: &base {id: X-1, title: 甲, dept: 局}\nb:\n  <<: *base\n  id: X-2\n  title: 乙\n"
    loaded = loads(text)
    assert loaded.problems == []
    assert loaded.data["b"] == {"id": "X-2", "title": "乙", "dept": "局"}
    assert loaded.data == yaml.safe_load(text)
    assert loaded.mark(("b", "id")) == (4, 7)
