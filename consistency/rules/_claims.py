"""Helpers shared by the claim rules: evidence spans and account labels for claims."""

from __future__ import annotations

from ..claims import Change, Claim, ClaimPair, ClaimSentence
from ._slot import account_label


def label(sentence: ClaimSentence) -> str:
    """How a message names the account of a sentence."""
    return account_label(sentence.source, sentence.origin)


def sentence_evidence(sentence: ClaimSentence, tokens: tuple[int, int] | None = None) -> dict:
    """Evidence for a sentence; with ``tokens``, the span of those tokens (or, for an
    empty range, of the words on either side of the gap)."""
    start, end = sentence.start, sentence.end
    if tokens is not None and sentence.spans:
        first, last = tokens
        if first == last:  # words missing here: point at the gap's neighbours
            first, last = max(first - 1, 0), min(last + 1, len(sentence.spans))
        start, end = sentence.spans[first][0], sentence.spans[last - 1][1]
    document_text = sentence.text
    surface = document_text[start - sentence.start:end - sentence.start]
    return {"doc_id": sentence.doc_id, "source": sentence.source, "origin": sentence.origin, "start": start,
            "end": end, "surface": surface, "value": "", "sentence_start": sentence.start,
            "sentence_end": sentence.end}


def change_evidence(pair: ClaimPair, change: Change) -> list[dict]:
    """The two sides of one change, each pointing at the words that differ."""
    return [sentence_evidence(pair.a, change.left_tokens), sentence_evidence(pair.b, change.right_tokens)]


def subject(claim: Claim) -> str:
    """A short human subject for a claim: its key without the prefix."""
    return claim.key.removeprefix("claim:").replace("-", " ")
