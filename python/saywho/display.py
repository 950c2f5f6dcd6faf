"""displaCy-style HTML for notebooks: entity mentions or quotations
highlighted in the text. Everything from the text is HTML-escaped."""
from __future__ import annotations

import html
from typing import Optional

from .doc import Doc

COLORS = {
    "PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "LOC": "#ff9561", "NORP": "#c887fb",
    "FAC": "#9cc9cc", "EVENT": "#ffeb80", "WORK_OF_ART": "#f0d0ff", "LAW": "#ff8197",
    "PRODUCT": "#bfeeb7", "LANGUAGE": "#ff8197", "DATE": "#bfe1d9", "TIME": "#bfe1d9",
    "MONEY": "#e4e7d2", "PERCENT": "#e4e7d2", "QUANTITY": "#e4e7d2", "ORDINAL": "#e4e7d2",
    "CARDINAL": "#e4e7d2",
    "direct": "#ffd6a5", "partial": "#fdffb6", "indirect": "#caffbf", "term": "#e0e0e0",
    "SPEAKER": "#a0c4ff", "CUE": "#ffadad",
}


def _spans(doc: Doc, style: str):
    if style == "ent":
        for m in doc.mentions:
            ent = m.entity
            title = m.label if ent is None else "%s: %s" % (m.label, ent.name)
            yield m.start, m.end, m.label, title
    elif style == "quote":
        for q in doc.quotes:
            title = "%s quote%s" % (q.kind, "" if q.speaker_name is None else ", " + q.speaker_name)
            yield q.start, q.end, q.kind, title
            if q.speaker_span is not None:
                yield q.speaker_span.start, q.speaker_span.end, "SPEAKER", "speaker"
            if q.cue_span is not None:
                yield q.cue_span.start, q.cue_span.end, "CUE", "cue"
    else:
        raise ValueError("style must be 'ent' or 'quote', not %r" % (style,))


def render(doc: Doc, style: str = "ent", colors: Optional[dict] = None) -> str:
    """Returns HTML with the spans of ``style`` highlighted. Overlapping
    spans are drawn outermost first; a span that crosses another is skipped
    (HTML cannot nest it)."""
    palette = dict(COLORS, **(colors or {}))
    spans = sorted(_spans(doc, style), key=lambda s: (s[0], -s[1]))
    text = doc.text
    out, pos, stack = [], 0, []  # stack of open span ends

    def emit(upto):
        nonlocal pos
        if upto > pos:
            out.append(html.escape(text[pos:upto]).replace("\n", "<br>"))
            pos = upto

    def close_until(offset):
        while stack and stack[-1][0] <= offset:
            end, label = stack.pop()
            emit(end)
            out.append('<span style="font-size: 0.7em; font-weight: bold; margin-left: 0.4em;">%s</span></mark>'
                       % html.escape(label))

    for start, end, label, title in spans:
        close_until(start)
        if stack and end > stack[-1][0]:
            continue  # crosses an open span
        emit(start)
        color = palette.get(label, "#ddd")
        out.append('<mark class="saywho-%s" style="background: %s; padding: 0.1em 0.3em; '
                   'border-radius: 0.3em;" title="%s">' % (html.escape(label), color, html.escape(title)))
        stack.append((end, label))
    close_until(len(text) + 1)
    emit(len(text))
    return '<div class="saywho" style="line-height: 2.2; font-family: sans-serif;">%s</div>' % "".join(out)
