"""Developer sessions: `nox -s tests`, `nox -s lint`."""

import nox


@nox.session(python="3.11")
def tests(session):
    """Run the whole test suite."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python="3.11")
def lint(session):
    """ruff over the package and tests."""
    session.install("ruff")
    session.run("ruff", "check", "consistency", "tests", "benchmarks")
