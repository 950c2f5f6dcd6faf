"""saywho: who said what, about whom.

>>> import saywho
>>> nlp = saywho.load()
>>> doc = nlp('"We will win," said Jane Doe, the mayor of Springfield.', format="text")
>>> [(q.text, q.speaker_name) for q in doc.quotes]   # doctest: +SKIP
"""
from .doc import Citation, Doc, Entity, Metadata, Quote, Span, Token
from . import corpus, display, frames
from .pipeline import Error, Pipeline, QuoteOptions, load, read

__version__ = "0.1.0"
__all__ = ["Citation", "Doc", "Entity", "Error", "Metadata", "Pipeline", "Quote", "QuoteOptions", "Span",
           "Token", "corpus", "display", "frames", "load", "read", "__version__"]
