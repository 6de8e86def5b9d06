"""Expensive requests in child processes, so that work past its deadline truly stops.

Python cannot stop a thread from outside: a metric breakdown (suppression) or a claim check that passed its
deadline would run on in its worker thread until it ended. So `serve` forwards each expensive request whole
(method, path, headers, body) to one of a few long-lived child processes, each running the same app without
the pool (its caches and the claim checker's warm state last from one request to the next). The server waits
for the answer without blocking; at the deadline, or when the client leaves, it kills that child (SIGKILL)
and starts a fresh one in its place, so the CPU is free at once and the slot serves the next request.

Frames on the child's stdin/stdout are an 8-byte length and a pickle (both ends are this module; nothing from
the network is unpickled: the request is sent as plain data, the child answers with plain ASGI messages).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import pickle
import struct
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, BinaryIO

from starlette.types import ASGIApp, Message, Scope

FRAME = struct.Struct("!Q")
SCOPE_KEYS = ("type", "asgi", "http_version", "method", "scheme", "path", "raw_path", "query_string", "root_path",
              "headers", "server", "client")
log = logging.getLogger("ice_ledger.web")
_REAPING: set[asyncio.Task[int]] = set()


class WorkerDiedError(RuntimeError):
    """The child ended without answering (killed from outside, out of memory)."""


class Worker:
    """One child process; `call` runs one request in it, `kill` stops it and starts its replacement."""

    def __init__(self, home: Path | None) -> None:
        self.home = home
        self.proc: asyncio.subprocess.Process | None = None
        self.starting: asyncio.Task[None] | None = None
        self.served = 0

    def start(self) -> None:
        if self.starting is None:
            self.starting = asyncio.ensure_future(self._spawn())

    async def _spawn(self) -> None:
        env = {**os.environ, "ICE_LEDGER_WORKER": "1"}
        if self.home is not None:
            env["ICE_LEDGER_HOME"] = str(self.home)
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", "from ice_ledger.web.worker_main import main; main()", stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE, env=env, limit=1 << 20)
        ready = await self._read()
        if ready != "ready":
            raise WorkerDiedError(f"the worker process did not start: {ready!r}")

    async def _read(self) -> Any:
        assert self.proc is not None and self.proc.stdout is not None
        try:
            size = FRAME.unpack(await self.proc.stdout.readexactly(FRAME.size))[0]
            return pickle.loads(await self.proc.stdout.readexactly(size))
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            raise WorkerDiedError("the worker process ended without answering") from exc

    async def call(self, scope: Scope, body: bytes) -> list[Message]:
        """The response messages of the app in the child for this request (cancel = kill the child)."""
        self.start()
        assert self.starting is not None
        try:
            await asyncio.shield(self.starting)  # cancelled while it starts: it goes on starting for the next one
        except WorkerDiedError:
            self.kill()
            raise
        try:
            assert self.proc is not None and self.proc.stdin is not None
            data = pickle.dumps(({k: scope[k] for k in SCOPE_KEYS if k in scope}, body))
            self.proc.stdin.write(FRAME.pack(len(data)) + data)
            await self.proc.stdin.drain()
            messages: list[Message] = await self._read()
        except (OSError, RuntimeError) as exc:  # the child died between requests (its pipe is closed)
            self.kill()
            raise WorkerDiedError("the worker process ended without answering") from exc
        except BaseException:  # deadline, client gone, or the child died: stop it, start a fresh one
            self.kill()
            raise
        self.served += 1
        return messages

    def kill(self) -> None:
        proc, starting = self.proc, self.starting
        self.proc, self.starting = None, None
        if starting is not None and not starting.done():
            starting.cancel()
        if proc is not None and proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            reaping = asyncio.ensure_future(proc.wait())  # reap it
            _REAPING.add(reaping)
            reaping.add_done_callback(_REAPING.discard)
        with contextlib.suppress(RuntimeError):  # no running loop (interpreter shutdown)
            self.start()

    def stop(self) -> None:
        """Kill the child for good (server shutdown)."""
        if self.starting is not None and not self.starting.done():
            self.starting.cancel()
        if self.proc is not None and self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
        self.proc = self.starting = None


class WorkerPool:
    """`size` child processes; a request waits (up to `wait` seconds) for an idle one."""

    def __init__(self, size: int, home: Path | None) -> None:
        self.workers = [Worker(home) for _ in range(size)]
        self._idle: asyncio.Queue[Worker] | None = None

    def start(self) -> None:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for w in self.workers:
                w.start()
                self._idle.put_nowait(w)

    async def acquire(self, wait: float) -> Worker:
        """An idle worker; TimeoutError when none frees up within `wait` seconds."""
        self.start()
        assert self._idle is not None
        return await asyncio.wait_for(self._idle.get(), wait)

    def release(self, worker: Worker) -> None:
        assert self._idle is not None
        self._idle.put_nowait(worker)

    def stop(self) -> None:
        for w in self.workers:
            w.stop()

    def pids(self) -> list[int]:
        return [w.proc.pid for w in self.workers if w.proc is not None]


# -- the child ------------------------------------------------------------------------------------------------
def write_frame(out: BinaryIO, value: object) -> None:
    data = pickle.dumps(value)
    out.write(FRAME.pack(len(data)) + data)
    out.flush()


def read_frame(inp: BinaryIO) -> Any:
    head = inp.read(FRAME.size)
    if len(head) < FRAME.size:
        return None
    return pickle.loads(inp.read(FRAME.unpack(head)[0]))


async def answer(app: ASGIApp, scope: Scope, body: bytes) -> list[Message]:
    """Run one request through `app`; its messages, the body joined into one message."""
    start: Message | None = None
    chunks: list[bytes] = []
    delivered = False
    never = asyncio.Event()

    async def receive() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        await never.wait()  # the client's leaving is handled by the parent (it kills this process)
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(bytes(message.get("body", b"")))

    try:
        await app(dict(scope), receive, send)
    except Exception:
        log.exception("unexpected error in a worker on %s", scope.get("path"))
        if start is None:
            error = b'{"error": "internal error (logged on the server); please report it"}'
            return [{"type": "http.response.start", "status": 500,
                     "headers": [(b"content-type", b"application/json"),
                                 (b"content-length", str(len(error)).encode())]},
                    {"type": "http.response.body", "body": error}]
    if start is None:
        start = {"type": "http.response.start", "status": 500, "headers": []}
    return [start, {"type": "http.response.body", "body": b"".join(chunks)}]


def orphan_watch(parent: int) -> None:
    """End this child if the server died without killing it (its parent changed)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def warm(run: Callable[[Awaitable[list[Message]]], list[Message]], app: ASGIApp) -> None:
    """Load the claim checker's tables and the metrics layer once, before the first real request."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/api/check", "raw_path": b"/api/check", "query_string": b"",
             "root_path": "", "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json")],
             "server": ("127.0.0.1", 0), "client": ("127.0.0.1", 0)}
    with contextlib.suppress(Exception):  # no build yet: the first request will say so
        run(answer(app, scope, b'{"text": "ICE issued 4,000 detainers in fiscal year 2015."}'))
