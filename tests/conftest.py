"""Test-wide settings.

Tests never time anything: hypothesis's per-example deadline is off, so a loaded CI machine
cannot fail a property for being slow (speed is measured by the benchmarks in ``benchmarks/``).
"""

from hypothesis import settings

settings.register_profile("consistency", deadline=None)
settings.load_profile("consistency")
