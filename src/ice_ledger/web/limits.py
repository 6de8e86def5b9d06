"""Request limits, so that no single request can take the server down.

One pure ASGI middleware (`RequestGuard`) in front of the app:
- a Host allow-list (a server on loopback is not reachable by DNS rebinding);
- the body is read first, up to a limit, whether or not it declares a length: larger bodies get 413;
- every request has a deadline: past it the request's DuckDB queries are interrupted and the client gets a
  504 JSON error; a client that disconnects has its request cancelled the same way;
- expensive requests (metric breakdowns, claim checks) run a few at a time, so cheap pages stay fast;
  the others wait in a bounded queue (its wait counts against their deadline); when the queue is full, or no
  slot frees up before the deadline, the answer is 503 with Retry-After; under `serve` they run in child
  processes (web/workers.py) that are killed at the deadline or when the client leaves, so the work stops;
- HEAD is answered as GET without a body; every answer carries security headers;
- successful GET answers (JSON and pages; not /static/) are cached per build (the key holds the build id, so a
  new build is never answered from an old one's cache, the day and the Host): a repeated request is answered
  from the cache before anything else runs (no routing, validation, JSON encoding or database).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import logging
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ice_ledger.api import RequestWork, active_work
from ice_ledger.web.workers import Worker, WorkerDiedError, WorkerPool

MAX_LIMIT = 1000       # rows per page
MAX_OFFSET = 100_000   # deepest page (read with SQL OFFSET; bounded all the same)
REQUEST_SECONDS = 30.0  # a request's deadline ($ICE_LEDGER_REQUEST_SECONDS)
EXPENSIVE_SLOTS = 2    # expensive requests at once ($ICE_LEDGER_EXPENSIVE_SLOTS); the machine's cores
QUEUE_PER_SLOT = 8      # expensive requests that may wait for a slot, per slot; more get 503 at once
log = logging.getLogger("ice_ledger.web")
DEFAULT_HOSTS = ("127.0.0.1", "localhost", "::1", "ice-ledger.local", "testserver")
CACHE_ENTRIES = 512
CACHE_MAX_BODY = 2 * 1024 * 1024
CACHE_MAX_BYTES = 256 * 1024 * 1024
CacheKey = tuple[str, tuple[int, int, int], bytes, str, bytes]
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name) or default)
    except ValueError:
        return default


def expensive_slots() -> int:
    """Expensive requests at once: $ICE_LEDGER_EXPENSIVE_SLOTS, default the machine's cores (at least 1)."""
    return max(1, int(_env_float("ICE_LEDGER_EXPENSIVE_SLOTS", EXPENSIVE_SLOTS)))


def allowed_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """Loopback names, $ICE_LEDGER_ALLOWED_HOSTS (comma-separated) and the names `serve` was given."""
    env = [h.strip() for h in (os.environ.get("ICE_LEDGER_ALLOWED_HOSTS") or "").split(",")]
    return frozenset(h.lower().strip("[]") for h in (*DEFAULT_HOSTS, *env, *extra) if h and h not in ("0.0.0.0", "::"))


def is_expensive(scope: Scope) -> bool:
    """Metric breakdowns (suppression), claim checks and effect estimates; tables and lineage are cheap."""
    path: str = scope.get("path", "")
    return (scope.get("method") == "POST" or path.startswith(("/api/metrics/", "/metrics/", "/api/check", "/check",
                                                             "/api/compare", "/compare", "/api/effects/",
                                                             "/effects/")))


def _hostname(value: bytes) -> str:
    host = value.decode("latin-1").strip().lower()
    if host.startswith("["):  # [::1]:8000
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class RequestGuard:
    def __init__(self, app: ASGIApp, *, max_bytes: int, hosts: frozenset[str] | None = None,
                 seconds: float | None = None, slots: int | None = None,
                 expensive: Callable[[Scope], bool] = is_expensive,
                 build_key: Callable[[], str | None] | None = None, pool: WorkerPool | None = None) -> None:
        self.app, self.max_bytes = app, max_bytes
        self.pool = pool
        self.build_key = build_key
        self.cache: OrderedDict[CacheKey, tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self.cache_bytes = 0
        self.hosts = hosts if hosts is not None else allowed_hosts()
        self.seconds = seconds or _env_float("ICE_LEDGER_REQUEST_SECONDS", REQUEST_SECONDS)
        self.slots = asyncio.Semaphore(slots or int(_env_float("ICE_LEDGER_EXPENSIVE_SLOTS", EXPENSIVE_SLOTS)))
        self.expensive = expensive
        self.queue_limit = QUEUE_PER_SLOT * (slots or expensive_slots())
        self.waiting = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan" and self.pool is not None:
                receive = self._lifespan(receive)
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        host = headers.get(b"host")
        if host is not None and _hostname(host) not in self.hosts:
            await respond(send, scope, 400, "this server answers only to its own host names (Host header not "
                          "allowed; see ICE_LEDGER_ALLOWED_HOSTS or `ice-ledger serve --allow-host`)")
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(send, scope)
            return
        body = bytearray()
        while True:  # a chunked body has no length: count what arrives
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self.max_bytes:
                await self._refuse(send, scope)
                return
            if not message.get("more_body", False):
                break
        key = self._cache_key(scope)
        if key is not None and key in self.cache:
            self.cache.move_to_end(key)
            status, cached_headers, cached_body = self.cache[key]
            await send({"type": "http.response.start", "status": status, "headers": cached_headers})
            await send({"type": "http.response.body", "body": b"" if head else cached_body})
            return
        if key is not None and not head:  # a HEAD answer has no body to keep
            send = self._recording(send, key)
        await self._run(scope, bytes(body), receive, send, head)

    def _lifespan(self, receive: Receive) -> Receive:
        """Start the worker processes with the server; kill them when it shuts down."""
        pool = self.pool
        assert pool is not None

        async def lifespan_receive() -> Message:
            message = await receive()
            if message["type"] == "lifespan.startup":
                pool.start()
            elif message["type"] == "lifespan.shutdown":
                pool.stop()
            return message

        return lifespan_receive

    def _cache_key(self, scope: Scope) -> tuple[str, tuple[int, int, int], bytes, str, bytes] | None:
        """GET answers are the same for a build, a day (pages default to today's date) and a Host (pages link
        to their JSON twin by absolute URL); static files are cheap already."""
        if self.build_key is None or scope["method"] != "GET" or scope["path"].startswith("/static/"):
            return None
        build = self.build_key()
        if not build:
            return None
        host = next((v for k, v in scope["headers"] if k == b"host"), b"")
        return (build, time.localtime()[:3], host, scope["path"], scope.get("query_string", b""))

    def _recording(self, send: Send, key: CacheKey) -> Send:
        """A `send` that keeps a complete 200 answer (all its body messages, up to CACHE_MAX_BODY) for the cache."""
        status, headers, chunks, size = 0, [], [], 0

        async def recording(message: Message) -> None:
            nonlocal status, headers, size
            if message["type"] == "http.response.start":
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body" and size <= CACHE_MAX_BODY:
                chunk = bytes(message.get("body", b""))
                size += len(chunk)
                chunks.append(chunk)
                if not message.get("more_body") and status == 200 and size <= CACHE_MAX_BODY:
                    self._store(key, headers, b"".join(chunks))
            await send(message)

        return recording

    def _store(self, key: CacheKey, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        """Keep an answer; the least recently used go first past CACHE_ENTRIES answers or CACHE_MAX_BYTES."""
        old = self.cache.pop(key, None)
        self.cache_bytes += len(body) - (len(old[2]) if old else 0)
        self.cache[key] = (200, headers, body)
        while len(self.cache) > CACHE_ENTRIES or self.cache_bytes > CACHE_MAX_BYTES:
            self.cache_bytes -= len(self.cache.popitem(last=False)[1][2])

    async def _run(self, scope: Scope, body: bytes, receive: Receive, send: Send, head: bool) -> None:
        gone = asyncio.Event()
        replayed = False
        state = {"started": False, "closed": False}

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            await gone.wait()
            return {"type": "http.disconnect"}

        async def guarded_send(message: Message) -> None:
            if state["closed"]:
                return  # the request was answered (deadline) or its client left
            if message["type"] == "http.response.start":
                state["started"] = True
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            await send(message)

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        slot = self.expensive(scope)
        worker: Worker | None = None
        began = time.monotonic()
        if slot:
            if self.waiting >= self.queue_limit:
                await self._busy(send, scope)
                return
            self.waiting += 1
            try:
                if self.pool is not None:
                    worker = await self.pool.acquire(self.seconds)
                else:
                    await asyncio.wait_for(self.slots.acquire(), self.seconds)
            except TimeoutError:
                await self._busy(send, scope)
                return
            finally:
                self.waiting -= 1
        work = RequestWork()
        token = active_work.set(work)  # copied into the app task and its worker threads
        try:
            if worker is not None:
                app_task = asyncio.ensure_future(_remote(worker, scope, body, guarded_send))
            else:
                app_task = asyncio.ensure_future(self.app(scope, replay, guarded_send))
        finally:
            active_work.reset(token)
        watcher = asyncio.ensure_future(watch())
        try:
            left = max(0.0, self.seconds - (time.monotonic() - began))
            done, _ = await asyncio.wait({app_task, watcher}, timeout=left, return_when=asyncio.FIRST_COMPLETED)
            if app_task in done:
                app_task.result()
                return
            work.cancel()  # interrupts the request's DuckDB queries; its thread then ends quickly
            app_task.cancel()
            if watcher in done:
                state["closed"] = True
                return
            if not state["started"]:
                state["closed"] = True
                await respond(send, scope, 504, f"the request took longer than its {self.seconds:g} s deadline and "
                              "was stopped; narrow it (fewer breakdowns, a filter, a smaller page)")
            state["closed"] = True
        finally:
            watcher.cancel()
            gone.set()
            if worker is not None and self.pool is not None:
                app_task.cancel()  # no-op when it is done; else its worker process is killed (and replaced)
                await asyncio.wait({app_task})  # before the slot is handed on
                self.pool.release(worker)
            elif slot:
                self.slots.release()

    async def _busy(self, send: Send, scope: Scope) -> None:
        await respond(send, scope, 503, "the server is busy with other expensive requests; retry shortly",
                      extra=[(b"retry-after", b"5")])

    async def _refuse(self, send: Send, scope: Scope) -> None:
        await respond(send, scope, 413, f"request body too large (limit {self.max_bytes:,} bytes)")


async def _remote(worker: Worker, scope: Scope, body: bytes, send: Send) -> None:
    """Run the request in a pool worker and pass its answer on (cancelling this kills the worker)."""
    try:
        messages = await worker.call(scope, body)
    except WorkerDiedError as exc:
        log.error("%s on %s", exc, scope.get("path"))
        messages = error_messages(scope, 503, "the computation's process ended unexpectedly (logged on the "
                                  "server; a fresh one is starting); retry shortly")
    for message in messages:
        await send(message)


async def respond(send: Send, scope: Scope, status: int, message: str,
                  extra: list[tuple[bytes, bytes]] | None = None) -> None:
    """An error from the middleware itself: JSON under /api/, a small page elsewhere."""
    start, body = error_messages(scope, status, message)
    start["headers"] = [*start["headers"], *SECURITY_HEADERS, *(extra or [])]
    with contextlib.suppress(Exception):  # the client may already be gone
        await send(start)
        await send(body)


def error_messages(scope: Scope, status: int, message: str) -> list[Message]:
    """The two ASGI messages of an error answer: JSON under /api/, a small page elsewhere."""
    path: str = scope.get("path", "")
    if path.startswith("/api/") or path == "/openapi.json":
        body, kind = json.dumps({"error": message}).encode(), b"application/json"
    else:
        body = (f"<!doctype html><title>{status}</title><h1>{status}</h1><p>{html.escape(message)}</p>"
                "<p><a href=\"/\">ice-ledger</a></p>").encode()
        kind = b"text/html; charset=utf-8"
    headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
    return [{"type": "http.response.start", "status": status, "headers": headers},
            {"type": "http.response.body", "body": b"" if scope.get("method") == "HEAD" else body}]
