"""Which text encoding a CSV is in: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030.

Contract: :func:`detect` looks at the bytes of a file (the first MiB is plenty) and returns a
:class:`Detected`: the codec, whether it was forced, and ``ambiguous`` when no encoding reads the
text plausibly (then the caller refuses the file and suggests ``--encoding``). GB18030 is a
superset of GBK/GB2312, what Excel and WPS export in China; a file is taken as GB18030 only when
it decodes and its characters look like text a GB18030 encoder made (:func:`_plausible_gb`):
Shift-JIS or Big5 bytes also "decode" as GB18030, into rare two-byte characters.
A few undecodable lines do not decide the encoding: they become rejects at their line
(:func:`split_lines`). Pure: bytes in, values out.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
PLAUSIBLE = 0.9  #: least share of GB2312 characters among the non-ASCII ones of a GB18030 file
MIN_RARE = 8  #: fewer rare characters than this are not evidence against GB18030
SAMPLE = 1 << 18  #: bytes looked at (whole lines)
EVIDENCE = 4_000  #: non-ASCII characters weighed for plausibility
EVIDENCE_LINES = 400  #: lines they are taken from


@dataclass(frozen=True)
class Detected:
    encoding: str | None  #: a Python codec name; None when ambiguous
    forced: bool = False
    bad_lines: int = 0  #: lines of the sample the encoding cannot decode

    @property
    def ambiguous(self) -> bool:
        return self.encoding is None

    @property
    def label(self) -> str:
        """How people name it: UTF-8, UTF-8 (BOM), GB18030, UTF-16."""
        names = {
            "utf-8": "UTF-8",
            "utf-8-sig": "UTF-8 (BOM)",
            "gb18030": "GB18030",
            "utf-16": "UTF-16",
        }
        return names.get(self.encoding or "", self.encoding or "?")


def _bad_lines(lines: list[bytes], encoding: str, enough: int | None = None) -> int:
    """How many ``lines`` do not decode (counting stops past ``enough``)."""
    bad = 0
    for line in lines:
        try:
            line.decode(encoding)
        except UnicodeDecodeError:
            bad += 1
            if enough is not None and bad > enough:
                break
    return bad


_FOUR_BYTE = re.compile(rb"[\x81-\xfe][\x30-\x39][\x81-\xfe][\x30-\x39]")


def _common(char: str) -> bool:
    """A character of everyday Chinese text: in GB2312, and not kana or box drawing (which
    GB2312 holds, and Big5 or Shift-JIS bytes read as GBK produce)."""
    code = ord(char)
    if 0x3040 <= code <= 0x30FF or 0x2500 <= code <= 0x257F:
        return False
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _plausible_gb(data: bytes, text: str) -> bool:
    """Text a GB18030 encoder made: it uses GB18030's four-byte form (Shift-JIS and Big5 bytes
    never form one), or its characters are everyday ones — rare characters in number (≥ 8 and
    over 10 %) mean the bytes were another encoding."""
    if _FOUR_BYTE.search(data):
        return True
    wide = [c for c in text if ord(c) > 0x7F][:EVIDENCE]
    rare = sum(1 for c in wide if not _common(c))
    return rare < MIN_RARE or rare <= len(wide) * (1 - PLAUSIBLE)


def detect(data: bytes, forced: str | None = None) -> Detected:
    """The encoding of ``data`` (a file's first bytes); ``forced`` wins when given."""
    if forced:
        return Detected(codecs.lookup(forced).name, forced=True)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Detected(name)
    sample = data[:SAMPLE]
    cut = sample.rfind(b"\n") if len(data) >= SAMPLE else len(sample)  # no half a line
    lines = [ln for ln in sample[: cut if cut > 0 else len(sample)].split(b"\n") if ln]
    wide = [ln for ln in lines if any(b > 0x7F for b in ln)]
    if not wide:
        return Detected("utf-8")
    # a few broken lines (≤ 5 %, or one) are rejects, when other lines show the encoding
    allowed = min(max(1, len(wide) // 20), len(wide) - 1)
    bad_utf8 = _bad_lines(wide, "utf-8", allowed)
    if bad_utf8 == 0:
        return Detected("utf-8")
    bad_gb = _bad_lines(wide, "gb18030")
    text = b"\n".join(wide[:EVIDENCE_LINES]).decode("gb18030", errors="ignore")
    gb = _plausible_gb(sample, text)
    if gb and bad_gb <= min(allowed, bad_utf8 - 1):
        return Detected("gb18030", bad_lines=bad_gb)
    if bad_utf8 <= allowed:
        return Detected("utf-8", bad_lines=bad_utf8)
    return Detected(None)


def split_lines(data: bytes, encoding: str) -> tuple[str, tuple[int, ...]]:
    """``data`` decoded; lines that do not decode are left empty and their numbers returned."""
    try:
        return data.decode(encoding), ()
    except UnicodeDecodeError:
        pass
    out, bad = [], []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            out.append(line.decode(encoding))
        except UnicodeDecodeError:
            out.append("")
            bad.append(number)
    return "\n".join(out), tuple(bad)
