"""Normalization: NFKC width, traditional → simplified, punctuation, generic words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qingdan.core.lists.textmatch import core, normalize


def test_full_width_letters_and_digits_become_half_width() -> None:
    assert normalize("ＡＢＣ１２３") == "abc123"


def test_traditional_characters_become_simplified() -> None:
    assert normalize("協助做好社區矯正工作") == "协助做好社区矫正工作"


def test_punctuation_and_spaces_are_dropped() -> None:
    assert normalize("《低保》 公示，（季度）！") == "低保公示季度"


def test_generic_words_leave_the_core() -> None:
    assert core("关于开展协助做好社区矫正工作的通知") == "矫正"


def test_years_and_batches_leave_the_core() -> None:
    assert core("2024年第一季度协助做好低保公示工作") == "低保公示"


def test_a_title_made_only_of_generic_words_keeps_them() -> None:
    assert core("社区工作") == "社区工作"


chinese = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), max_size=12)
mixed = st.text(max_size=30)


@given(mixed)
def test_normalize_is_idempotent(text: str) -> None:
    assert normalize(normalize(text)) == normalize(text)


@given(chinese, st.sampled_from(["", " ", "　", "，", "！", "、", "（）"]))
def test_punctuation_and_width_do_not_change_the_normal_form(text: str, noise: str) -> None:
    assert normalize(noise + text + noise) == normalize(text)


@given(mixed)
def test_the_core_is_never_longer_than_the_normal_form(text: str) -> None:
    assert len(core(text)) <= len(normalize(text))
