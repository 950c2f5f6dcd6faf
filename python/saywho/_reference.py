"""Slow, obviously correct pure-Python versions of what the core does fast.
The tests hold the core to them; nothing in the package calls them."""
from __future__ import annotations

from typing import Optional, Sequence


def find_invalid_utf8(data: bytes) -> Optional[int]:
    """Byte offset of the first ill-formed UTF-8 sequence, or None."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start
    return None


def replace_invalid_utf8(data: bytes) -> str:
    """U+FFFD for each maximal ill-formed subpart (Unicode's recommended
    practice, which CPython's decoder follows)."""
    return data.decode("utf-8", "replace")


def codepoint_offsets(text: str, byte_offsets: Sequence[int]) -> list[int]:
    """Code-point offsets of byte offsets into text's UTF-8 encoding."""
    data = text.encode("utf-8")
    return [len(data[:b].decode("utf-8")) for b in byte_offsets]
