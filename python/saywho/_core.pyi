"""Stubs for saywho's C++ core (cpp/bindings/module.cc). Offsets are code points."""
from typing import Any, Optional, Union

class Error(ValueError): ...

class QuoteOptions:
    paraphrases: bool
    reported_speech: bool
    join_continuations: bool
    def __init__(self, paraphrases: bool = False, reported_speech: bool = False,
                 join_continuations: bool = False) -> None: ...

PARTS_OF_SPEECH: tuple[str, ...]

class Pipeline:
    def __init__(self, resource_dir: str, pos_model: str, ner_model: str) -> None: ...
    def process(self, source: Union[str, bytes], format: str = "auto", filename: str = "",
                replace_invalid_utf8: bool = False, repair_page_breaks: bool = True,
                pos: bool = True, entities: bool = True, resolve: bool = True, quotes: bool = True,
                quote_options: QuoteOptions = ..., id: str = "") -> dict[str, Any]: ...
    def process_batch(self, sources: list[Union[str, bytes]], format: str = "auto",
                      replace_invalid_utf8: bool = False, repair_page_breaks: bool = True,
                      pos: bool = True, entities: bool = True, resolve: bool = True, quotes: bool = True,
                      quote_options: QuoteOptions = ..., threads: int = 0,
                      stage_times: Optional[dict[str, float]] = None) -> list[Union[dict[str, Any], str]]: ...
    def train_learned_cues(self, texts: list[str], cue_heads: list[list[int]],
                           epochs: int = 5) -> tuple[list[tuple[str, float]], str]: ...
    def reported_quote_features(
        self, texts: list[str], quote_options: QuoteOptions
    ) -> list[list[tuple[int, int, Optional[int], Optional[int], list[str]]]]: ...

def find_invalid_utf8(data: bytes) -> Optional[int]: ...

def train_ner(train: list[str], dev: list[str] = ..., output: str = ..., clusters: str = "",
              lexicon_dir: str = "", epochs: int = 12, max_features: int = 600000,
              seed: int = 1) -> str: ...
def evaluate_ner(model: str, gold: str, lexicon_dir: str = "", types: list[str] = ...) -> str: ...
def codepoint_offsets(text: str, byte_offsets: list[int]) -> list[int]: ...
