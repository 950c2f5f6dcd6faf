"""Stubs for saywho's C++ core (cpp/bindings/module.cc). Offsets are code points."""
from typing import Any, Optional, Union

class Error(ValueError): ...

class Pipeline:
    def __init__(self, resource_dir: str, ner_model: str) -> None: ...
    def process(self, source: Union[str, bytes], format: str = "auto", filename: str = "",
                replace_invalid_utf8: bool = False, repair_page_breaks: bool = True,
                entities: bool = True, resolve: bool = True, quotes: bool = True,
                id: str = "") -> dict[str, Any]: ...
    def process_batch(self, sources: list[Union[str, bytes]], format: str = "auto",
                      replace_invalid_utf8: bool = False, repair_page_breaks: bool = True,
                      entities: bool = True, resolve: bool = True, quotes: bool = True,
                      threads: int = 0) -> list[Union[dict[str, Any], str]]: ...

def find_invalid_utf8(data: bytes) -> Optional[int]: ...
