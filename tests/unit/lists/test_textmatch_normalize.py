"""Normalization: NFKC width, traditional → simplified, punctuation, generic words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from qingdan.core.lists.normal import core, normalize, specific


def test_full_width_letters_and_digits_become_half_width() -> None:
    assert normalize("ＡＢＣ１２３") == "abc123"


def test_traditional_characters_become_simplified() -> None:
    assert normalize("協助做好社區矯正工作") == "协助做好社区矫正工作"


def test_punctuation_and_spaces_are_dropped() -> None:
    assert normalize("《低保》 公示，（季度）！") == "低保公示季度"


def test_generic_words_leave_the_core_at_the_ends_of_segments() -> None:
    assert core("关于开展协助做好社区矫正工作的通知") == "社区矫正"
    assert core("关于《法治超市》建设的通知，请做好") == "法治超市建设"


def test_generic_words_are_never_cut_out_of_a_word() -> None:
    assert core("人大代表联络工作站") == "人大代表联络工作站"  # 工作站 keeps 工作
    assert core("全国和谐社区建设示范社区") == "全国和谐社区建设示范社区"  # 和谐 keeps 和


def test_years_and_batches_leave_the_core() -> None:
    assert core("2024年第一季度协助做好低保公示工作") == "低保公示"


def test_a_title_made_only_of_generic_words_keeps_two_characters() -> None:
    assert core("社区工作") == "社区"
    assert core("工作") == "工作"


def test_the_distinctive_part_of_a_name_drops_its_generic_head() -> None:
    assert specific(core("社区服务站")) == ""  # nothing but a head
    assert specific(core("老年人服务站")) == "老年人"
    assert specific(core("平安社区创建评比")) == "平安社区"


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
