"""Reading pandas tables row by row, fast.

Alignment and the rules walk the facts table fact by fact. ``DataFrame.itertuples`` reads a
column of pandas' string dtype one element at a time through the array's ``__getitem__``,
which made up a large share of a whole check's time; reading each column out with
``tolist`` first is one call per column.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator

import pandas as pd


def rows(frame: pd.DataFrame, name: str = "Row") -> Iterator[tuple]:
    """The rows of ``frame`` as named tuples, like ``frame.itertuples(name=name)``: the index
    label as ``Index``, then each column (names that are no identifiers renamed ``_1``, …). Values
    are the same, of the same types, for numpy and string columns (what the facts and findings
    tables hold); pandas' nullable ``Int64``, ``Float64`` and ``boolean`` columns give Python
    scalars here where ``itertuples`` gives numpy ones.

    >>> frame = pd.DataFrame({"kind": ["date", "money"], "start": [4, 9]}, index=[7, 3])
    >>> [(row.Index, row.kind, row.start) for row in rows(frame)]
    [(7, 'date', 4), (3, 'money', 9)]
    """
    make = namedtuple(name, ["Index", *map(str, frame.columns)], rename=True)._make
    columns = [frame.index.tolist(), *(frame.iloc[:, k].tolist() for k in range(frame.shape[1]))]
    return map(make, zip(*columns, strict=True))
