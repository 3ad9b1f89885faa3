"""Shared fixtures: a store built from the bundled articles, the Flask app and client, and a
real server process on a free loopback port."""
from __future__ import annotations

import contextlib

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listened on port {port} within {timeout}s")


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    out = []
    for p in Path("/proc").iterdir():
        try:
            if p.name.isdigit() and int((p / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(p.name))
        except (OSError, IndexError, ValueError):
            pass
    return out


def survivors(pids: list[int], within: float = 10) -> list[int]:
    """The processes of ``pids`` still running (not gone, not zombies) after up to ``within`` s."""
    def alive(pid: int) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + within
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def start_server(store: Path, *flags: str, env: dict | None = None) -> tuple[subprocess.Popen, str]:
    """``coalition-kg serve`` on a free port as its own process, as users run it; (process, URL)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "coalition_kg.cli", "serve", "--store", str(store),
                             "--port", str(port), *flags], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, **(env or {})})
    wait_for_port(port, proc)
    return proc, f"http://127.0.0.1:{port}"


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def serve(store: Path, *flags: str, env: dict | None = None):
    """A served store for the ``with`` block; its URL."""
    proc, url = start_server(store, *flags, env=env)
    try:
        yield url
    finally:
        stop_server(proc)


@pytest.fixture(scope="session")
def built_store(tmp_path_factory) -> Path:
    from coalition_kg.cli import main

    store = tmp_path_factory.mktemp("store")
    assert main(["build", "--store", str(store), "--quiet"]) == 0
    return store


@pytest.fixture()
def app(built_store):
    from coalition_kg.server import create_app

    app = create_app(store=built_store)
    app.config.update(TESTING=True)
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def live_server(built_store):
    """``coalition-kg serve`` as its own process, as users run it."""
    with serve(built_store) as url:
        yield url
