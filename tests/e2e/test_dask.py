"""The Dask engine on a real LocalCluster (worker processes, loopback only): the same outputs as a
serial run, and a batch survives a worker killed with SIGKILL in the middle of it."""
from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from redact.batch import run_batch
from redact.paths import default_rules_dir
from redact.resume import JOURNAL
from tests.builders import make_pdf

distributed = pytest.importorskip("distributed")

PEOPLE = [("Wessel Kranenburg", "w.kranenburg@voorbeeldmail.nl", "06-21436587"),
          ("Ilse Verhoeven", "ilse.verhoeven@postvak.nl", "06-98127634"),
          ("Bram Oudshoorn", "b.oudshoorn@postvak.nl", "06-55123498"),
          ("Noor Hagelaar", "noor.hagelaar@voorbeeldmail.nl", "06-33219876")]


def make_corpus(folder: Path, n: int) -> list[str]:
    keys = []
    for i in range(n):
        name, mail, phone = PEOPLE[i % len(PEOPLE)]
        pages = [f"Onderwerp: verzoek {i}\nGeachte heer of mevrouw,\nDe melding van {name} is ontvangen.\n"
                 f"U kunt reageren via {mail} of telefonisch op {phone}.",
                 "Het college neemt binnen zes weken een besluit over het verzoek.\nMet vriendelijke groet,"]
        sub = folder / ("map met spatie" if i % 2 else "")
        sub.mkdir(parents=True, exist_ok=True)
        make_pdf(sub / f"brief {i:02d}.pdf", pages)
        keys.append((sub / f"brief {i:02d}.pdf").relative_to(folder).as_posix())
    return sorted(keys)


def published(out: Path) -> list[str]:
    return sorted(p.relative_to(out / "publish").as_posix() for p in (out / "publish").rglob("*") if p.is_file())


def leftovers(out: Path) -> list[str]:
    return [p.name for p in out.rglob(".*.partial")]


def test_local_dask_cluster_gives_the_same_outputs_as_serial(tmp_path):
    keys = make_corpus(tmp_path / "in", 4)
    serial = run_batch(tmp_path / "in", tmp_path / "serial", default_rules_dir(), engine="serial")
    dask = run_batch(tmp_path / "in", tmp_path / "dask", default_rules_dir(), engine="dask", workers=1)
    assert serial.exit_code == dask.exit_code == 0
    assert published(tmp_path / "dask") == keys
    for key in keys:
        a = (tmp_path / "serial" / "review" / f"{key}.manifest.json").read_text("utf-8")
        b = (tmp_path / "dask" / "review" / f"{key}.manifest.json").read_text("utf-8")
        assert a == b, key
        assert json.loads(b)["redactions"], f"{key}: nothing redacted"


@pytest.fixture
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as c, distributed.Client(c) as client:
        yield c, client


def test_batch_survives_a_worker_killed_mid_batch(tmp_path, cluster):
    c, client = cluster
    keys = make_corpus(tmp_path / "in", 10)
    out = tmp_path / "out"
    killed: list[str] = []

    def kill_a_busy_worker(stage, item):
        # once in phase 1 and once in phase 2, SIGKILL a worker process that is running a task
        if stage in ("detect", "finish") and stage not in killed:
            busy = [addr for addr, tasks in client.processing().items() if tasks]
            if busy:
                pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(stage)

    res = run_batch(tmp_path / "in", out, default_rules_dir(), engine="dask", scheduler=c.scheduler_address,
                    progress=kill_a_busy_worker)
    assert killed == ["detect", "finish"], f"a worker was killed only in {killed}"
    assert res.exit_code == 0, [(f.key, f.reason) for f in res.files if f.status != "published"]
    batch = json.loads((out / "batch.json").read_text("utf-8"))
    assert sorted(f["key"] for f in batch["files"]) == keys  # each file once
    assert published(out) == keys and not leftovers(out)
    journal = [json.loads(line)["key"] for line in (out / JOURNAL).read_text("utf-8").splitlines()]
    assert sorted(journal) == keys
