"""Validate SARIF files against the official SARIF 2.1.0 JSON schema (and a few checks it cannot express).

    python benchmarks/validate_sarif.py reports/results.sarif [more.sarif ...]
    python benchmarks/validate_sarif.py --schema path/to/sarif-schema-2.1.0.json FILE
    python benchmarks/validate_sarif.py --multitool PATH/TO/Sarif.Multitool FILE

Prints ``ok`` or one line per problem (with its JSON path) for each file; exits 0 when every file
is valid, 1 when one is not, 2 when the schema or the ``jsonschema`` package is missing.

The schema is ``tests/data/sarif-schema-2.1.0.json``: the final SARIF 2.1.0 schema (JSON Schema
2020-12) as shipped in the npm package ``@microsoft/sarif-multitool-linux`` 5.7.0 (file
``sarif-2.1.0.json``, MIT licence, see ``tests/data/sarif-schema-2.1.0.NOTICE.md``). To refresh it::

    npm pack @microsoft/sarif-multitool-linux && tar xzf microsoft-sarif-multitool-linux-*.tgz \\
        package/sarif-2.1.0.json && cp package/sarif-2.1.0.json tests/data/sarif-schema-2.1.0.json

The schema's ``uri`` and ``uri-reference`` formats are checked here with a small RFC 3986 test
(``jsonschema`` checks them only when the optional ``rfc3987`` package is installed), so a path
with a raw space is caught.

Microsoft's SARIF Multitool also validates, adding its own rules (SARIF1xxx, and GH1xxx for what
GitHub code scanning accepts). It is a self-contained binary inside the npm package::

    npx --yes @microsoft/sarif-multitool validate reports/results.sarif --output validation.sarif
    # or, with the platform package unpacked as above:
    package/Sarif.Multitool validate reports/results.sarif --rule-kind "Sarif;Gh" --output v.sarif

``--multitool PATH`` runs that binary on each file after the schema check and prints its verdict.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

SCHEMA = Path(__file__).resolve().parent.parent / "tests" / "data" / "sarif-schema-2.1.0.json"

_URI_CHARACTERS = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


def is_uri_reference(text: object) -> bool:
    """RFC 3986 URI-reference, as far as characters and the scheme go.

    >>> is_uri_reference("seeds/my%20report.txt"), is_uri_reference("seeds/my report.txt")
    (True, False)
    >>> is_uri_reference("a:b.txt"), is_uri_reference("file:///tmp/a.txt"), is_uri_reference("50%.txt")
    (True, True, False)
    """
    if not isinstance(text, str):
        return True  # formats apply to strings only
    if not _URI_CHARACTERS.fullmatch(text):
        return False
    head = re.split(r"[/?#]", text, maxsplit=1)[0]
    # A colon in the first segment makes it a scheme, which must then be a valid one.
    return ":" not in head or bool(_SCHEME.match(head))


def is_uri(text: object) -> bool:
    """An absolute URI: a URI reference with a scheme.

    >>> is_uri("https://json.schemastore.org/sarif-2.1.0.json"), is_uri("seeds/a.txt")
    (True, False)
    """
    return not isinstance(text, str) or (is_uri_reference(text) and bool(_SCHEME.match(text)))


def load_schema(path: Path = SCHEMA) -> dict:
    """The SARIF schema as data; raises FileNotFoundError when it is not there."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def validate(log: dict, schema: dict) -> list[str]:
    """Every problem of a SARIF log, one message each with its JSON path; empty when valid."""
    from jsonschema import FormatChecker
    from jsonschema.validators import validator_for

    checker = FormatChecker()
    checker.checks("uri")(is_uri)
    checker.checks("uri-reference")(is_uri_reference)
    validator = validator_for(schema)(schema, format_checker=checker)
    problems = [f"{error.json_path}: {error.message}" for error in
                sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))]
    return problems + _references(log)


def _references(log: dict) -> list[str]:
    """What the schema cannot say: each result's ruleId and ruleIndex name the same rule."""
    problems = []
    for r, run in enumerate(log.get("runs") or []):
        rules = [rule.get("id") for rule in ((run.get("tool") or {}).get("driver") or {}).get("rules") or []]
        for i, result in enumerate(run.get("results") or []):
            index, rule_id = result.get("ruleIndex"), result.get("ruleId")
            if index is not None and not (0 <= index < len(rules) and rules[index] == rule_id):
                problems.append(f"$.runs[{r}].results[{i}]: ruleIndex {index} does not name rule {rule_id!r}")
    return problems


def multitool(binary: str, file: Path) -> tuple[bool, str]:
    """Run ``Sarif.Multitool validate`` with its SARIF and GitHub rules; return (no error, its findings)."""
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "validation.sarif"
        run = subprocess.run([binary, "validate", str(file), "--rule-kind", "Sarif;Gh", "--output", str(output),
                              "--log", "ForceOverwrite"], capture_output=True, text=True, timeout=300, check=False)
    # Its console lines read "FILE(line,col): error|warning|note CODE: message".
    found = [line.strip() for line in run.stdout.splitlines() if re.search(r"\): (error|warning|note) ", line)]
    errors = [line for line in found if "): error " in line]
    return run.returncode == 0 and not errors, "\n".join(found) or run.stdout.strip()[-2000:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--schema", type=Path, default=SCHEMA)
    parser.add_argument("--multitool", help="path of Sarif.Multitool (npm @microsoft/sarif-multitool-<os>)")
    args = parser.parse_args(argv)
    try:
        schema = load_schema(args.schema)
        import jsonschema  # noqa: F401
    except FileNotFoundError:
        print(f"no SARIF schema at {args.schema}", file=sys.stderr)
        return 2
    except ImportError:
        print("the jsonschema package is not installed (pip install jsonschema)", file=sys.stderr)
        return 2
    status = 0
    for file in args.files:
        problems = validate(json.loads(file.read_text(encoding="utf-8")), schema)
        print(f"{file}: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
        for problem in problems[:50]:
            print(f"  {problem}")
        if args.multitool:
            valid, report = multitool(args.multitool, file)
            print(f"{file}: multitool " + ("ok" if valid else "reports errors"))
            if report:
                print("  " + report.replace("\n", "\n  "))
            problems += [] if valid else ["multitool"]
        status = max(status, 1 if problems else 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
