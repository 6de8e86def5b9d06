"""Permalinks for checked texts: the text and its date kept under the home, named by their own hash.

A permalink re-checks the same input against the current build, so a link shows today's evidence for the same
words. The store is bounded (count and size) so a public server cannot be filled up through it.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from ice_ledger.claims.check import MAX_BYTES, ClaimInputError
from ice_ledger.config import Paths

MAX_STORED = 10_000
_ID = re.compile(r"^[0-9a-f]{16}$")


def _folder(home: str | Path | None) -> Path:
    return Paths.resolve(home).home / "checks"


def check_id(text: str, date: str | None) -> str:
    """The content address of an input: the same text and date always give the same id."""
    return hashlib.sha256(f"{date or ''}\n{text}".encode()).hexdigest()[:16]


def save(text: str, date: str | None, home: str | Path | None = None) -> str:
    """Store an input (once) and return its id."""
    if len(text.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise ClaimInputError(f"too large to keep (more than {MAX_BYTES:,} bytes)")
    cid = check_id(text, date)
    folder = _folder(home)
    path = folder / f"{cid}.json"
    if path.exists():
        return cid
    folder.mkdir(parents=True, exist_ok=True)
    if sum(1 for _ in folder.glob("*.json")) >= MAX_STORED:
        raise ClaimInputError(f"the permalink store is full ({MAX_STORED:,} checks); the check still ran")
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"text": text, "date": date}), encoding="utf-8")
    tmp.replace(path)  # atomic: a reader never sees half a file
    return cid


def load(cid: str, home: str | Path | None = None) -> tuple[str, str | None]:
    """The text and date stored under an id (an unknown or malformed id is an error, never a path)."""
    if not _ID.match(cid):
        raise KeyError(cid)
    path = _folder(home) / f"{cid}.json"
    if not path.is_file():
        raise KeyError(cid)
    data = json.loads(path.read_text(encoding="utf-8"))
    return str(data["text"]), data.get("date")
