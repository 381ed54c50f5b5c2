"""What every engine (engines.py, dask_engine.py) calls when a task cannot be completed: in a
module of its own, so that the engines depend on it and not on each other."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

OnError = Callable[[tuple, str], Any]  # (the task's arguments, a plain reason) -> the result to report


def raise_reason(args: tuple, reason: str) -> Any:
    raise RuntimeError(reason)
