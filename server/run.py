"""The production HTTP server: granian's worker processes, each running the Flask app in-process.

granian parses HTTP in Rust, keeps connections alive, closes those that take longer than the
read timeout to send their headers (slowloris), and supervises the worker processes: one whose
resident memory passes the limit is replaced gracefully (its answers in flight are written
first), one that exits is started again. Each worker runs its queries on threads of its own
(``graph/engine.py``); the slow-query caps are shared by all workers through lock files in one
folder made here.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from functools import partial

GRACE_SECONDS = 5  # a worker being replaced may finish its answers for the time limit and this long


def _load(config: dict, server_pid: int):
    """In each worker process: die with the server however it dies (no orphan holding the port
    and the store), then make the app (nothing of the store is shared across the fork)."""
    from ..graph.lifeline import die_with_parent
    from .app import create_app

    die_with_parent(server_pid)
    return create_app(**config)


def serve(config: dict, *, host: str, port: int, workers: int, threads: int, read_timeout: float,
          backlog: int, memory_mb: int, query_timeout: float) -> None:
    """Serve ``create_app(**config)`` until interrupted; ``workers`` processes of ``threads``
    request threads each; a worker past ``memory_mb`` resident is replaced, after up to
    ``query_timeout`` + a grace for the answers it owes."""
    from granian import Granian
    from granian.constants import Interfaces
    from granian.log import LogLevels
    from granian.http import HTTP1Settings

    slots = tempfile.mkdtemp(prefix="coalition-kg-slots-")
    config = {**config, "SLOTS_DIR": slots, "SUPERVISED": True}
    server = Granian(
        "coalition_kg.server.app:create_app", address=host, port=port, interface=Interfaces.WSGI,
        workers=workers, blocking_threads=threads, backlog=max(128, backlog),
        http1_settings=HTTP1Settings(header_read_timeout=max(1, int(read_timeout * 1000))),
        respawn_failed_workers=True, respawn_interval=0.5,
        workers_max_rss=memory_mb if memory_mb > 0 else None, rss_sample_interval=1,
        workers_kill_timeout=GRACE_SECONDS + int(query_timeout), log_level=LogLevels.error)
    try:
        server.serve(target_loader=partial(_load, config, os.getpid()), wrap_loader=False)
    finally:
        shutil.rmtree(slots, ignore_errors=True)
