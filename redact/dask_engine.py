"""The Dask engine: every file is one task on a Dask distributed cluster.

    redact batch IN --out OUT --engine dask                              # local cluster, --workers N
    redact batch IN --out OUT --engine dask --scheduler tcp://HOST:8786  # an existing cluster

Deployment on several machines:
- every worker needs the same woo-redact install (`pip install 'woo-redact[dask]'`) as the client;
- IN_DIR and OUT_DIR must be on a filesystem all workers and the client see at the same path
  (workers read the inputs and write the published files and manifests there, atomically; the
  client writes the resume journal, inventory.csv and batch.json);
- start workers with one thread each (`dask worker tcp://HOST:8786 --nthreads 1 --nworkers N`):
  spaCy and PyMuPDF are not faster with threads, and each worker process loads the rules and the
  model once, at its first task, and keeps them for the rest of the batch.

A worker that dies under a task (kill -9, out of memory) is handled by the scheduler, which runs
the task again on another worker; publishing is an atomic rename of a complete temporary file, so
a file redone after a crash is still published exactly once. A task that kills workers
`distributed.scheduler.allowed-failures` (3) times is reported as a failed file.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .engine_errors import OnError, raise_reason
from .exceptions import UsageError

log = logging.getLogger(__name__)
RETRIES = 3  # submissions of one task whose failure was not the task's own (KilledWorker counts as its own)


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int = 1):
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise UsageError("--engine dask needs dask.distributed: pip install 'woo-redact[dask]'") from e
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=None)
                self.client = Client(self.cluster)
        except OSError as e:  # unreachable scheduler: a usage error, not a crash
            if self.cluster is not None:
                self.cluster.close()
            raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {e}") from e
        self.workers = len(self.client.scheduler_info().get("workers", {})) or workers

    def map(self, fn: Callable[..., Any], items: Iterable[tuple], on_error: OnError = raise_reason) -> Iterator[Any]:
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        futures, args_of, tries = [], {}, {}
        for args in items:
            fut = self.client.submit(fn, *args, pure=False)
            futures.append(fut)
            args_of[fut.key] = args
        pending = as_completed(futures)
        futures.clear()  # as_completed holds them now; released one by one as results arrive
        for fut in pending:
            try:
                result = fut.result()
            except (KilledWorker, OSError, TimeoutError) as e:  # repeated worker deaths, a lost connection
                args = args_of.pop(fut.key)
                fut.release()
                n = tries.get(id(args), 0) + 1
                if not isinstance(e, KilledWorker) and n < RETRIES:
                    # a transient failure of the client's connection around a lost worker: the task is
                    # idempotent (outputs are renamed into place), so submit it again
                    log.warning("dask task %s failed (%s); retrying", fut.key, e)
                    tries[id(args)] = n
                    again = self.client.submit(fn, *args, pure=False)
                    args_of[again.key] = args
                    pending.add(again)
                    continue
                log.warning("dask task %s failed: %s", fut.key, e)
                yield on_error(args, f"the Dask task failed: {type(e).__name__}: {e}")
                continue
            args_of.pop(fut.key, None)
            fut.release()
            yield result

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
