"""The optional corpus manifest, ``manifest.toml`` at the corpus root.

It names each document's source and publication date, and may add origin
aliases (how a text refers to an origin it reprints). Example::

    [origins]
    MFA = ["Chinese Foreign Ministry", "Ministry of Foreign Affairs"]

    [documents."001_china_daily"]
    source = "China Daily"
    published = 2026-02-05

    [documents."010_readout"]
    source = "Foreign Ministry"
    primary = true        # the document is itself a primary origin (an official text)

Documents are keyed by ``doc_id`` (path relative to the root, no extension).
Every key is optional; a document missing from the manifest is inferred from
its text. An unknown key or a value of the wrong type is an error that names
the file and the key.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST_FILE = "manifest.toml"
_DOCUMENT_KEYS = {"source", "published", "primary"}


class ManifestError(ValueError):
    """The manifest exists but is not valid; the message names file and key."""


@dataclass(frozen=True)
class ManifestEntry:
    """What the manifest says about one document."""

    source: str = ""
    published: dt.date | None = None
    primary: bool = False


@dataclass
class Manifest:
    """Parsed manifest: per-document entries and extra origin aliases."""

    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    origin_aliases: dict[str, list[str]] = field(default_factory=dict)
    path: Path | None = None

    def entry(self, doc_id: str) -> ManifestEntry | None:
        """The entry for ``doc_id``, if the manifest has one."""
        return self.entries.get(doc_id)


def read_manifest(root: Path) -> Manifest:
    """Read ``root/manifest.toml`` if present, else return an empty manifest."""
    path = Path(root) / MANIFEST_FILE
    if not path.is_file():
        return Manifest()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ManifestError(f"{path}: not valid TOML: {error}") from None
    return parse_manifest(data, path)


def parse_manifest(data: dict, path: Path | None = None) -> Manifest:
    """Validate manifest data already parsed from TOML."""
    where = str(path or MANIFEST_FILE)
    unknown = set(data) - {"origins", "documents"}
    if unknown:
        raise ManifestError(f"{where}: unknown key {sorted(unknown)[0]!r} "
                            "(expected 'origins' or 'documents')")
    manifest = Manifest(path=path)
    for origin, aliases in data.get("origins", {}).items():
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ManifestError(f"{where}: origins.{origin} must be a list of strings")
        manifest.origin_aliases[origin] = aliases
    for doc_id, entry in data.get("documents", {}).items():
        manifest.entries[doc_id] = _parse_entry(entry, f"{where}: documents.{doc_id}")
    return manifest


def _parse_entry(entry: object, where: str) -> ManifestEntry:
    if not isinstance(entry, dict):
        raise ManifestError(f"{where} must be a table")
    unknown = set(entry) - _DOCUMENT_KEYS
    if unknown:
        raise ManifestError(f"{where}: unknown key {sorted(unknown)[0]!r} "
                            f"(expected {', '.join(sorted(_DOCUMENT_KEYS))})")
    source = entry.get("source", "")
    if not isinstance(source, str):
        raise ManifestError(f"{where}.source must be a string")
    published = entry.get("published")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise ManifestError(f"{where}.published must be a date like 2026-02-05, "
                                f"not {published!r}") from None
    if published is not None and not isinstance(published, dt.date):
        raise ManifestError(f"{where}.published must be a date like 2026-02-05")
    if isinstance(published, dt.datetime):
        published = published.date()
    primary = entry.get("primary", False)
    if not isinstance(primary, bool):
        raise ManifestError(f"{where}.primary must be true or false")
    return ManifestEntry(source=source, published=published, primary=primary)
