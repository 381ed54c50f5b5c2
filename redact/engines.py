"""Concurrency behind one interface: `engine.map(fn, argument_tuples, on_error)` yields one result
per argument tuple, in completion order (callers match results by their own keys).

serial  - in this process (one core; simplest to debug)
process - a pool of worker processes; each loads the rules and model once and reuses them
dask    - tasks on a Dask distributed cluster (redact/dask_engine.py)

`fn` is expected to capture its own errors (detect_file and finish_file do). What an engine
handles is a worker that dies under a task (out of memory, a crash in a C library on hostile
input, kill -9): the tasks that were running are retried on a fresh worker, and a task that
kills its worker `MAX_ATTEMPTS` times is reported through `on_error(args, reason)`.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .engine_errors import OnError, raise_reason

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3


class SerialEngine:
    name = "serial"
    workers = 1

    def map(self, fn: Callable[..., Any], items: Iterable[tuple], on_error: OnError = raise_reason) -> Iterator[Any]:
        for args in items:
            yield fn(*args)

    def close(self) -> None:
        return None


class ProcessEngine:
    name = "process"

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self.pool = ProcessPoolExecutor(max_workers=self.workers)

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = ProcessPoolExecutor(max_workers=self.workers)

    def map(self, fn: Callable[..., Any], items: Iterable[tuple], on_error: OnError = raise_reason) -> Iterator[Any]:
        # one file per task: files differ wildly in size; at most 2 queued per worker keeps the
        # memory of huge batches flat and lets a broken pool be rebuilt without losing work
        pending = list(enumerate(items))[::-1]  # (task id, args), popped from the end
        suspects: list[tuple[int, tuple]] = []  # were running when a worker died: rerun one at a time
        deaths: dict[int, int] = {}
        running: dict[Future, tuple[int, tuple]] = {}
        while pending or suspects or running:
            if suspects:
                if not running:
                    ident, args = suspects.pop()
                    running[self.pool.submit(fn, *args)] = (ident, args)
            else:
                while pending and len(running) < 2 * self.workers:
                    ident, args = pending.pop()
                    running[self.pool.submit(fn, *args)] = (ident, args)
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                ident, args = running.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    broken = True
                    deaths[ident] = deaths.get(ident, 0) + 1
                    if deaths[ident] >= MAX_ATTEMPTS:
                        yield on_error(args, f"a worker process died {MAX_ATTEMPTS} times on this file")
                    else:
                        suspects.append((ident, args))
                    continue
                yield result
            if broken:
                # the tasks still running on the broken pool are lost too: run them again
                suspects.extend(running.values())
                running.clear()
                log.warning("a worker process died; restarting the pool and retrying its files one by one")
                self._restart()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def make_engine(kind: str = "auto", workers: int = 1, scheduler: str | None = None):
    """serial for one worker, a process pool for more (`workers <= 0`: one per CPU), dask on request
    (`scheduler` None starts a local cluster)."""
    if workers <= 0:
        workers = os.cpu_count() or 1
    if kind == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers)
    if kind == "serial" or (kind == "auto" and workers <= 1):
        return SerialEngine()
    return ProcessEngine(workers)
