"""`redact review OUT_DIR`: serve the review app on loopback with a one-time token in the URL."""
from __future__ import annotations

import ipaddress
import json
import secrets
import socket
import sys
import threading
import webbrowser
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from ...exceptions import UsageError
from ...rules import Rules
from .routes import make_app
from .store import Store, reviewer_name

LOOPBACK = "127.0.0.1"


def input_dir(out_dir: Path, given: Path | None) -> Path | None:
    """The batch's input folder (for the originals): --input, else batch.json's `input`."""
    if given is not None:
        if not Path(given).is_dir():
            raise UsageError(f"{given}: input folder not found")
        return Path(given).resolve()
    try:
        recorded = json.loads((out_dir / "batch.json").read_text("utf-8")).get("input")
    except (OSError, ValueError):
        return None
    p = Path(recorded) if recorded else None
    return p.resolve() if p is not None and p.is_dir() else None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@dataclass
class Running:
    url: str  # with the token
    base: str
    token: str
    server: uvicorn.Server
    thread: threading.Thread | None = None

    def stop(self) -> None:
        self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout=10)


def prepare(out_dir: Path, rules: Rules, *, host: str = LOOPBACK, port: int = 0, reviewer: str | None = None,
            in_dir: Path | None = None) -> tuple[Running, socket.socket]:
    """Bind the socket (port 0: a free one) and build the app; nothing is served yet."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise UsageError(f"{out_dir}: output folder not found")
    store = Store(out_dir, input_dir(out_dir, in_dir), reviewer_name(reviewer))
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port} ({e.strerror})") from e
    port = sock.getsockname()[1]
    name = f"[{host}]" if ":" in host else host
    hosts = {f"{name}:{port}"} | ({f"localhost:{port}"} if _is_loopback(host) else set())
    if host in ("0.0.0.0", "::"):
        hosts = set()  # any name this machine answers to; the warning says so
    origins = {f"http://{h}" for h in hosts}
    token = secrets.token_urlsafe(24)
    app = make_app(store, rules, token=token, hosts=hosts, origins=origins)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", server_header=False,
                            proxy_headers=False)
    base = f"http://{name if host not in ('0.0.0.0', '::') else LOOPBACK}:{port}"
    return Running(url=f"{base}/?token={token}", base=base, token=token, server=uvicorn.Server(config)), sock


def start_in_thread(out_dir: Path, rules: Rules, **kw) -> Running:
    """Serve in a background thread (tests, benchmarks); `stop()` ends it."""
    running, sock = prepare(out_dir, rules, **kw)
    sock.listen(64)
    running.thread = threading.Thread(target=running.server.run, kwargs={"sockets": [sock]}, daemon=True)
    running.thread.start()
    while not running.server.started:
        if not running.thread.is_alive():
            raise RuntimeError("the review server did not start")
        threading.Event().wait(0.02)
    return running


def serve(out_dir: Path, rules: Rules, *, host: str = LOOPBACK, port: int = 0, reviewer: str | None = None,
          in_dir: Path | None = None, open_browser: bool = True) -> None:
    if not _is_loopback(host):
        print(f"redact review: WARNING: listening on {host}, not on loopback: anyone who can reach this machine "
              "and learns the token can read the personal data in this batch", file=sys.stderr)
        if host in ("0.0.0.0", "::"):
            print("redact review: WARNING: on a wildcard address the Host header cannot be checked", file=sys.stderr)
    running, sock = prepare(out_dir, rules, host=host, port=port, reviewer=reviewer, in_dir=in_dir)
    if running.server.config.app.app.state.store.in_dir is None:
        print("redact review: the input folder in batch.json is not available: pages cannot be shown and "
              "publishing is off (give --input IN_DIR)", file=sys.stderr)
    sock.listen(64)  # before the address is printed: a client may connect at once (it waits in the backlog)
    print(f"Review at {running.url}", flush=True)
    if open_browser:
        webbrowser.open(running.url)
    running.server.run(sockets=[sock])
