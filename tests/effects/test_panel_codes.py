"""The panel's integer codes: the fast paths give exactly what pandas' own factorize and a plain check give."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from ice_ledger.effects.memory import small_pages
from ice_ledger.effects.panel import _factorize, _int_codes, _text_runs, is_regular


def _ids(n_units: int, periods: int) -> pd.Series:
    return pd.Series(np.repeat([f"u{i}" for i in range(n_units)], periods), dtype="str")  # "u10" < "u9" as text


CASES = {
    "sorted by unit, ids not in text order": _ids(3000, 5),
    "ids in text order": pd.Series(np.repeat([f"u{i:05d}" for i in range(3000)], 5), dtype="str"),
    "reversed": _ids(3000, 5)[::-1].reset_index(drop=True),
    "a unit in two runs": pd.Series(["b", "b", "a", "a", "b", "b", "c", "c", "a", "a"] * 500, dtype="str"),
    "shuffled": _ids(3000, 5).sample(frac=1, random_state=1).reset_index(drop=True),
    "Arrow large_string": _ids(500, 4).astype(pd.ArrowDtype(pa.large_string())),
    "Arrow string, chunked": pd.Series(pd.arrays.ArrowExtensionArray(
        pa.chunked_array([["a", "a", "b"], ["b", "a", "a", "c", "c"]]))),
    "with missing ids": pd.Series(["x", "x", None, None, "y", "y"], dtype="str"),
    "python objects": _ids(300, 4).astype(object),
    "one row": pd.Series(["x"], dtype="str"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_text_codes_equal_pandas_factorize(name: str) -> None:
    s = CASES[name]
    codes, labels = _factorize(s)
    want_codes, want_labels = pd.factorize(s, sort=False, use_na_sentinel=False)
    assert codes.dtype == np.int64
    np.testing.assert_array_equal(codes, want_codes)
    assert pd.Index(labels).equals(pd.Index(want_labels))
    assert pd.Index(labels).dtype == pd.Index(want_labels).dtype


def test_runs_path_is_taken_only_where_it_can_be() -> None:
    assert _text_runs(CASES["sorted by unit, ids not in text order"]) is not None
    assert _text_runs(CASES["ids in text order"]) is not None
    assert _text_runs(CASES["shuffled"]) is None  # short runs: hashing every row instead
    assert _text_runs(CASES["with missing ids"]) is None
    assert _text_runs(CASES["python objects"]) is None


def test_int_codes_with_and_without_gaps() -> None:
    t = np.array([2005, 2003, 2004, 2003, 2005])
    codes, labels = _int_codes(t)
    np.testing.assert_array_equal(codes, [2, 0, 1, 0, 2])
    np.testing.assert_array_equal(labels, [2003, 2004, 2005])
    codes, labels = _int_codes(np.array([2009, 2003, 2005, 2003]))
    np.testing.assert_array_equal(codes, [2, 0, 1, 0])
    np.testing.assert_array_equal(labels, [2003, 2005, 2009])


def test_is_regular() -> None:
    u, t = np.repeat(np.arange(4), 3), np.tile(np.arange(3), 4)
    assert is_regular(u, t, 4, 3)
    assert not is_regular(u[::-1].copy(), t, 4, 3)
    assert not is_regular(u[:-1], t[:-1], 4, 3)
    swapped = t.copy()
    swapped[[0, 1]] = swapped[[1, 0]]
    assert not is_regular(u, swapped, 4, 3)


def test_duplicate_rows_are_refused_on_and_off_the_grid() -> None:
    from ice_ledger.effects.panel import EffectInputError, prepare

    df = pd.DataFrame({"unit": np.repeat(["a", "b", "c", "d"], 4), "year": np.tile([1, 2, 3, 4], 4),
                       "y": np.arange(16.0) ** 1.5, "g": np.repeat([3.0, 3.0, np.nan, np.nan], 4)})
    assert prepare(df, "unit", "year", "y", "g").regular
    dup = df.copy()
    dup.loc[5, "year"] = 1  # unit b twice in year 1, still 16 rows
    with pytest.raises(EffectInputError, match="duplicate"):
        prepare(dup, "unit", "year", "y", "g")


def test_small_pages_restores_numpy_and_runs_twice() -> None:
    from ice_ledger.effects.memory import _setter

    setter = _setter()
    before = setter(True) if setter else None
    with small_pages(), small_pages():
        np.ones(1 << 22).sum()
    if setter:
        assert setter(bool(before)) is True  # the advice was back on after the block
