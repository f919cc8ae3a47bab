"""Reading a corpus: files, decoding, manifest, then each document's structure.

``load_corpus(path)`` returns one :class:`Document` per candidate file, usable
or not: a file that cannot be read is kept with ``status`` and ``problems`` set
so that reports can list it. Nothing is ever dropped silently.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .boilerplate import find_boilerplate
from .manifest import Manifest, read_manifest
from .origins import find_origins, names_the_outlet, section_header_spans
from .published import find_publication_date, guess_source
from .schema import Document

#: Extensions read as documents. Other files are listed as skipped.
TEXT_SUFFIXES = {".txt", ".md"}
MANIFEST_NAMES = {"manifest.toml"}
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


class CorpusError(Exception):
    """The corpus as a whole cannot be read (missing path, nothing there)."""


def load_corpus(path: str | Path, manifest: Manifest | None = None) -> list[Document]:
    """Read every ``.txt``/``.md`` file under ``path`` (recursively, sorted).

    ``path`` may also be a single file. A ``manifest.toml`` at the corpus root
    is read unless ``manifest`` is given. Raises :class:`CorpusError` when the
    path does not exist or holds no candidate file at all.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(f"{root}: no such file or directory")
    if root.is_file():
        files, base = [root], root.parent
    else:
        files, base = _candidate_files(root), root
    if manifest is None:
        manifest = read_manifest(base)
    if not files:
        raise CorpusError(f"{root}: no .txt or .md documents found")
    return [read_document(file, base, manifest) for file in files]


def _candidate_files(root: Path) -> list[Path]:
    found = []
    for file in sorted(root.rglob("*")):
        relative = file.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if file.is_file() and file.name not in MANIFEST_NAMES:
            found.append(file)
    return found


def doc_id_for(file: Path, base: Path) -> str:
    """The contract's ``doc_id``: the path relative to the corpus root, no extension."""
    relative = file.relative_to(base) if file.is_relative_to(base) else Path(file.name)
    return relative.with_suffix("").as_posix()


def read_document(file: Path, base: Path, manifest: Manifest) -> Document:
    """Read and analyse one file; problems are recorded on the document."""
    doc = Document(doc_id=doc_id_for(file, base), path=file, text="", source="")
    doc.source = doc.doc_id
    if file.suffix.lower() not in TEXT_SUFFIXES:
        _fail(doc, "skipped", f"unsupported file type {file.suffix or '(none)'!r}; "
              "only .txt and .md are read")
        return doc
    try:
        raw = file.read_bytes()
    except OSError as error:
        _fail(doc, "unreadable", f"cannot be read: {error.strerror or error}")
        return doc
    if _looks_binary(raw):
        _fail(doc, "unreadable", "binary content (NUL or control bytes), not text")
        return doc
    doc.text, doc.encoding, note = decode(raw)
    if note:
        doc.problems.append(note)
    if not doc.text.strip():
        _fail(doc, "empty", "empty file, no text to check")
        return doc
    analyse(doc, manifest)
    return doc


def _fail(doc: Document, status: str, problem: str) -> None:
    doc.status = status
    doc.problems.append(f"{doc.path}: {problem}")


def _looks_binary(raw: bytes) -> bool:
    if b"\x00" in raw[:8192]:
        return True
    sample = raw[:8192]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def decode(raw: bytes) -> tuple[str, str, str]:
    """Decode bytes as UTF-8, falling back to cp1252 then latin-1.

    Returns ``(text, encoding, note)``; ``note`` is non-empty when a fallback
    was used, so the caller reports it. A UTF-8 byte-order mark is dropped by the
    decoder (it is not part of the text) and also reported.
    """
    try:
        if raw.startswith(b"\xef\xbb\xbf"):
            return raw.decode("utf-8-sig"), "utf-8-sig", "UTF-8 byte-order mark skipped"
        return raw.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError as error:
        reason = f"not valid UTF-8 (byte {error.start})"
    for encoding in _FALLBACK_ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding, f"{reason}; decoded as {encoding}"
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def analyse(doc: Document, manifest: Manifest, source: str | None = None) -> None:
    """Fill in source, publication date, origins and boilerplate of ``doc``; a ``source`` given
    by the caller wins over the manifest's and over guessing one from the text."""
    entry = manifest.entry(doc.doc_id)
    doc.boilerplate, doc.metadata = find_boilerplate(doc.text)
    doc.source = source or (entry.source if entry and entry.source else None) or guess_source(
        doc.text, doc.doc_id)
    # A source guessed from nothing better than the document's name is no outlet.
    outlet = "" if doc.source == doc.doc_id else doc.source
    origins, doc.origin_dates = find_origins(doc.text, manifest.origin_aliases, outlet)
    # The outlet's own dateline ("BOSTON (WBNX) -" on wbnx.com) opens its own account.
    doc.origins = [span for span in origins if not names_the_outlet(span.label, doc.source)]
    # A section header's lead ("February 4 (MFA) –") dates the text, like a dateline.
    doc.metadata += section_header_spans(doc.text)
    inferred, how, evidence = find_publication_date(doc.text)
    doc.date_evidence = evidence
    if entry and entry.published:
        doc.published, doc.published_from = entry.published, "manifest"
    else:
        doc.published, doc.published_from = inferred, how
    doc.primary = bool(entry and entry.primary)


def document_from_text(doc_id: str, text: str, published: str | dt.date | None = None,
                       source: str | None = None, manifest: Manifest | None = None) -> Document:
    """A document built from a string, analysed as if read from ``doc_id + '.txt'``.

    Handy for tests, notebooks and callers whose texts do not live in files. ``published`` is
    an ISO date ("2026-02-05") or a ``datetime.date``; it overrides the date found in the text.
    """
    published = _given_date(published, doc_id) if published not in (None, "") else None
    doc = Document(doc_id=doc_id, path=Path(f"{doc_id}.txt"), text=text, source=source or doc_id)
    if not text.strip():
        _fail(doc, "empty", "empty text, nothing to check")
        return doc
    analyse(doc, manifest or Manifest(), source)
    if published:
        doc.published, doc.published_from = published, "given"
    return doc


def _given_date(published: object, doc_id: str) -> dt.date:
    """``published`` as a date: a ``datetime`` gives its day, a string must be ISO ("2026-02-05")."""
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published).strip())
    except ValueError:
        raise ValueError(f"{doc_id}: published date {published!r} is not an ISO date such as 2026-02-05") from None
