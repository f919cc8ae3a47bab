"""Configuration: ``consistency.toml`` or ``[tool.consistency]`` in ``pyproject.toml``.

Example ``consistency.toml``::

    select = ["D", "C100"]          # rule codes or prefixes; default: all rules
    ignore = ["O100"]               # dropped after select
    fail-on = "warning"             # default for --fail-on

    [severity]                      # per-rule severity overrides
    C100 = "warning"

    [thresholds]                    # see consistency.settings.Settings
    numeric-tolerance = 0.02        # compare figures with 2% slack
    claim-similarity = 75

    [topics]                        # keyword lists for the emphasis rules (regex fragments)
    "fisheries" = ["fish(?:ing|eries)?", "trawlers?"]

Lookup when ``--config`` is not given: ``consistency.toml`` in the corpus folder,
then in the current folder, then ``[tool.consistency]`` of ``pyproject.toml`` in
the current folder. An unknown key, a value of the wrong type, or a code that
matches no rule is an error naming the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .schema import SEVERITIES
from .settings import Settings

CONFIG_FILE = "consistency.toml"
_KEYS = {"select", "ignore", "severity", "fail-on", "thresholds", "topics"}


class ConfigError(ValueError):
    """The configuration is invalid; the message names the file and the key."""


@dataclass
class Config:
    """Validated settings; defaults select every rule at its own severity."""

    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    settings: Settings = field(default_factory=Settings)
    path: Path | None = None

    def selects(self, code: str) -> bool:
        """True when rule ``code`` is selected and not ignored (prefixes match)."""
        chosen = any(p == "ALL" or code.startswith(p) for p in self.select)
        return chosen and not any(code.startswith(p) for p in self.ignore)


def find_config(corpus: Path | None = None, cwd: Path | None = None) -> Path | None:
    """The configuration file that applies, if any (see the module docs for the order)."""
    cwd = Path.cwd() if cwd is None else cwd
    folders = []
    if corpus is not None:
        folders.append(corpus if corpus.is_dir() else corpus.parent)
    folders.append(cwd)
    for folder in folders:
        if (folder / CONFIG_FILE).is_file():
            return folder / CONFIG_FILE
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file() and "consistency" in _read(pyproject).get("tool", {}):
        return pyproject
    return None


def load_config(path: Path | None, codes: list[str]) -> Config:
    """Read and validate ``path`` (or return defaults when ``None``) against rule ``codes``."""
    if path is None:
        return Config()
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    data = _read(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("consistency", {})
    return parse_config(data, codes, path)


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None


def parse_config(data: dict, codes: list[str], path: Path | None = None) -> Config:
    """Validate configuration data; rule codes and prefixes must match a known rule."""
    where = str(path or CONFIG_FILE)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (expected {', '.join(sorted(_KEYS))})")
    config = Config(path=path)
    for key in ("select", "ignore"):
        if key in data:
            values = data[key]
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ConfigError(f"{where}: {key} must be a list of rule codes or prefixes")
            for value in values:
                _check_code(value, codes, f"{where}: {key}")
            setattr(config, key, [v.upper() for v in values])
    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{where}: severity must be a table of CODE = \"info|warning|error\"")
    for code, level in severity.items():
        if code.upper() not in codes:
            raise ConfigError(f"{where}: severity.{code}: no rule has this code")
        if level not in SEVERITIES:
            raise ConfigError(f"{where}: severity.{code} must be one of {', '.join(SEVERITIES)}")
        config.severity[code.upper()] = level
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in (*SEVERITIES, "never"):
        raise ConfigError(f"{where}: fail-on must be one of info, warning, error, never")
    config.fail_on = fail_on
    config.settings = _settings(data.get("thresholds", {}), data.get("topics", {}), where)
    return config


def _settings(thresholds: object, topics: object, where: str) -> Settings:
    if not isinstance(thresholds, dict):
        raise ConfigError(f"{where}: thresholds must be a table")
    values = {}
    for key, value in thresholds.items():
        if key not in Settings.names():
            raise ConfigError(f"{where}: thresholds.{key} is not a threshold (expected {', '.join(Settings.names())})")
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ConfigError(f"{where}: thresholds.{key} must be a non-negative number")
        values[key.replace("-", "_")] = value
    for key in ("sentence_similarity", "claim_similarity"):
        if values.get(key, 0) > 100:
            raise ConfigError(f"{where}: thresholds.{key.replace('_', '-')} is a score from 0 to 100")
    if values.get("person_overlap", 0) > 1:
        raise ConfigError(f"{where}: thresholds.person-overlap is a share from 0 to 1")
    if not isinstance(topics, dict):
        raise ConfigError(f"{where}: topics must be a table of name = [keywords]")
    for name, words in topics.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise ConfigError(f"{where}: topics.{name} must be a list of keyword patterns")
        for word in words:
            try:
                re.compile(word)
            except re.error as error:
                raise ConfigError(f"{where}: topics.{name}: {word!r} is not a valid pattern ({error})") from None
    if "max_date_gap_days" in values:
        values["max_date_gap_days"] = int(values["max_date_gap_days"])
    return Settings(**values, topics=dict(topics))


def _check_code(value: str, codes: list[str], where: str) -> None:
    if value.upper() == "ALL" or any(code.startswith(value.upper()) for code in codes):
        return
    raise ConfigError(f"{where}: {value!r} matches no rule code")
