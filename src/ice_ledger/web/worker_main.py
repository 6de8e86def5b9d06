"""The program a pool worker runs: the app's routes behind a pipe (its own module, so that `workers`, which the app
imports to start the pool, never imports the app back)."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from ice_ledger.web.app import routes_app
from ice_ledger.web.workers import answer, orphan_watch, read_frame, warm, write_frame


def main() -> None:
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything the app prints goes to stderr; stdout carries only frames
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the server, which stops its children
    threading.Thread(target=orphan_watch, args=(os.getppid(),), daemon=True).start()
    logging.basicConfig(level=logging.WARNING)
    inp = sys.stdin.buffer

    home = os.environ.get("ICE_LEDGER_HOME")
    app = routes_app(Path(home) if home else None)
    loop: asyncio.AbstractEventLoop
    try:
        import uvloop

        loop = uvloop.new_event_loop()
    except ImportError:
        loop = asyncio.new_event_loop()
    warm(loop.run_until_complete, app)
    write_frame(out, "ready")
    while (request := read_frame(inp)) is not None:
        scope, body = request
        write_frame(out, loop.run_until_complete(answer(app, scope, body)))

