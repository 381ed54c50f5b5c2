"""Engines: the process pool gives the serial results, and a worker process that dies under a task
(SIGKILL, as the OOM killer does) costs a retry, not the batch."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from redact.engines import MAX_ATTEMPTS, ProcessEngine, SerialEngine, make_engine


def square(x: int) -> int:
    return x * x


def die_once(marker: str, x: int) -> int:
    """Kill the own worker process the first time it is called for this marker."""
    if not os.path.exists(marker):
        Path(marker).write_text("died")
        os.kill(os.getpid(), signal.SIGKILL)
    return x


def always_die(x: int) -> int:
    if x == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return x


def test_make_engine_choices():
    assert isinstance(make_engine("auto", 1), SerialEngine)
    eng = make_engine("auto", 2)
    try:
        assert isinstance(eng, ProcessEngine) and eng.workers == 2
    finally:
        eng.close()


def test_process_pool_gives_the_serial_results():
    items = [(i,) for i in range(20)]
    eng = ProcessEngine(2)
    try:
        assert sorted(eng.map(square, items)) == sorted(SerialEngine().map(square, items))
    finally:
        eng.close()


def test_a_killed_worker_is_replaced_and_its_task_retried(tmp_path):
    marker = str(tmp_path / "died")
    eng = ProcessEngine(2)
    try:
        results = sorted(eng.map(die_once, [(marker, i) for i in range(6)]))
    finally:
        eng.close()
    assert Path(marker).exists(), "no worker died: the test did not test anything"
    assert results == list(range(6))


def test_a_task_that_always_kills_its_worker_is_reported_and_the_rest_finish():
    errors: list[tuple] = []

    def on_error(args, reason):
        errors.append((args, reason))
        return -1

    eng = ProcessEngine(2)
    try:
        results = list(eng.map(always_die, [(i,) for i in range(6)], on_error=on_error))
    finally:
        eng.close()
    assert sorted(r for r in results if r >= 0) == [0, 1, 2, 4, 5]
    assert len(errors) == 1 and errors[0][0] == (3,) and f"died {MAX_ATTEMPTS} times" in errors[0][1]
