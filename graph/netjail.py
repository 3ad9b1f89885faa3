"""The engine reaches no network, except allowlisted SERVICE endpoints through a checking relay.

pyoxigraph opens HTTP connections itself (SERVICE, LOAD) and offers no hook to vet them. So the
code that runs the engine moves into a Linux network namespace of its own, where only a
loopback interface exists: a connection to any other address, the host's loopback included,
fails before a packet leaves. A query worker also runs ``Relay``, an HTTP server listening
inside that namespace at ``guard.RELAY``; the guard rewrites allowlisted SERVICE targets to it.
Each relay request is handled on a thread switched back to the host's namespace, which
resolves the endpoint's host *at connect time*, refuses the whole answer if any address is
loopback, private, link-local, reserved or a metadata address (DNS rebinding gets the same
check on every connection), connects to the very address it checked, sends no cookies,
follows no redirect, caps the time and the bytes, and answers every failure with one
neutral 502 (no "refused" vs "timed out" oracle).

Namespaces need CAP_SYS_ADMIN (root, as in CI). Without it ``isolate()`` returns False: the
engine then runs with the host's network, SERVICE is refused by the worker, and the parsed
checks of ``server/guard.py`` are the only layer.
"""
from __future__ import annotations

import ctypes
import fcntl
import http.client
import ipaddress
import os
import socket
import ssl
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)

RELAY_ADDRESS = ("127.0.0.1", 7070)  # guard.RELAY; only exists inside a worker's namespace
SERVICE_TIMEOUT = 20.0  # seconds per relayed SERVICE request
SERVICE_MAX_BYTES = 16 * 1024 * 1024  # per relayed SERVICE answer
NEUTRAL = b"the SERVICE endpoint could not be queried\n"


def isolate() -> int | None:
    """Move the calling thread (and threads it starts later) into a new network namespace with
    only loopback up; return a descriptor of the namespace it left, or None if impossible."""
    try:
        home = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    except OSError:
        return None
    if _libc.unshare(CLONE_NEWNET) != 0:
        os.close(home)
        return None
    _loopback_up()
    return home


def enter(ns: int | None) -> bool:
    """Move the calling thread into the namespace ``ns`` (a descriptor of it); False if none."""
    return ns is not None and _libc.setns(ns, CLONE_NEWNET) == 0


def _loopback_up() -> None:
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        req = struct.pack("16sh22x", b"lo", 0)
        flags = struct.unpack("16sh22x", fcntl.ioctl(s, siocgifflags, req))[1]
        fcntl.ioctl(s, siocsifflags, struct.pack("16sh22x", b"lo", flags | iff_up))


def run_offline(fn, *args):
    """``fn(*args)`` on a thread that reaches no network (for updates run in the server)."""
    box: dict = {}

    def target():
        home = isolate()
        if home is not None:
            os.close(home)
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # re-raised on the caller's thread
            box["error"] = exc

    old = threading.stack_size(64 * 1024 * 1024)  # the engine's parser recurses; give it room
    try:
        t = threading.Thread(target=target, name="offline-engine")
        t.start()
    finally:
        threading.stack_size(old)
    t.join()
    if "error" in box:
        raise box["error"]
    return box.get("value")


# --- the outbound side: resolve, check, connect to the checked address ------------------------

class Denied(Exception):
    pass


def public(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%")[0])
    mapped = getattr(ip, "ipv4_mapped", None) or getattr(ip, "sixtofour", None)
    return ip.is_global and not ip.is_multicast and (mapped is None or public(str(mapped)))


def connect(host: str, port: int, allow_private: bool, timeout: float) -> socket.socket:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    if not infos:
        raise Denied("no address")
    if not allow_private and not all(public(i[4][0]) for i in infos):
        raise Denied("non-public address")
    family, _, _, _, addr = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(addr)
    except OSError:
        sock.close()
        raise
    return sock


def fetch(endpoint: str, method: str, query: str, body: bytes | None, headers: dict,
          allow_private: bool) -> tuple[str, bytes]:
    """(Content-Type, body) of a 200 answer from ``endpoint``; anything else raises."""
    url = urlsplit(endpoint)
    tls = url.scheme == "https"
    port = url.port or (443 if tls else 80)
    sock = connect(url.hostname or "", port, allow_private, SERVICE_TIMEOUT)
    if tls:
        sock = ssl.create_default_context().wrap_socket(sock, server_hostname=url.hostname)
    conn = http.client.HTTPConnection(url.hostname, port, timeout=SERVICE_TIMEOUT)
    conn.sock = sock
    path = (url.path or "/") + (f"?{query}" if query else "")
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read(SERVICE_MAX_BYTES + 1)
    finally:
        conn.close()
    if resp.status != 200 or len(data) > SERVICE_MAX_BYTES:
        raise Denied(f"status {resp.status}")
    return resp.getheader("Content-Type", "application/octet-stream"), data


# --- the relay inside the namespace -----------------------------------------------------------

class Relay:
    """Forwards ``/relay/N`` to the N-th endpoint of the job being run (``self.endpoints``)."""

    def __init__(self, home_ns: int):
        self.home_ns = home_ns
        self.endpoints: list[str] = []
        self.allow_private = False
        relay = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                relay.handle(self, None)

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                relay.handle(self, self.rfile.read(min(n, SERVICE_MAX_BYTES)))

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(RELAY_ADDRESS, Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, name="service-relay", daemon=True).start()

    def handle(self, req: BaseHTTPRequestHandler, body: bytes | None) -> None:
        path, _, query = req.path.partition("?")
        index = path.rsplit("/", 1)[-1]
        try:
            endpoint = self.endpoints[int(index)]
            if _libc.setns(self.home_ns, CLONE_NEWNET) != 0:  # this thread only
                raise Denied("cannot leave the namespace")
            headers = {k: req.headers[k] for k in ("Accept", "Content-Type") if req.headers.get(k)}
            headers["User-Agent"] = "coalition-kg SERVICE relay"
            ctype, data = fetch(endpoint, req.command, query, body, headers, self.allow_private)
        except Exception:  # one neutral answer, whatever went wrong and wherever
            req.send_response(502)
            req.send_header("Content-Type", "text/plain")
            req.send_header("Content-Length", str(len(NEUTRAL)))
            req.end_headers()
            req.wfile.write(NEUTRAL)
            return
        req.send_response(200)
        req.send_header("Content-Type", ctype)
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)
