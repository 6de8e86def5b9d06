"""Fetching raw files: from the official URL (retries, resume, progress) or from a local mirror.

Each fetched file is recorded in raw/<source_id>/manifest.json with its URL, size, sha256 and retrieval
time, so a build can say exactly which bytes it read. Raw files are never modified after fetching.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from ice_ledger.config import Paths
from ice_ledger.errors import FetchError
from ice_ledger.sources.base import RemoteFile, Source

CHUNK = 1 << 20


@dataclass
class FetchedFile:
    """One manifest entry."""

    name: str
    url: str
    origin: str
    path: str
    size: int
    sha256: str
    retrieved_at: str


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(paths: Paths, source_id: str) -> dict[str, FetchedFile]:
    manifest = paths.raw_dir(source_id) / "manifest.json"
    if not manifest.exists():
        return {}
    data = json.loads(manifest.read_text())
    return {entry["name"]: FetchedFile(**entry) for entry in data["files"]}


def _write_manifest(paths: Paths, source: Source, entries: dict[str, FetchedFile]) -> None:
    target = paths.raw_dir(source.id) / "manifest.json"
    body = {"source_id": source.id, "release": source.release, "files": [asdict(e) for e in entries.values()]}
    tmp = target.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(body, indent=2, sort_keys=True))
    tmp.replace(target)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _record(target: Path, remote: RemoteFile, origin: str) -> FetchedFile:
    digest = sha256_of(target)
    if remote.sha256 and digest != remote.sha256:
        target.unlink()
        raise FetchError(
            f"{remote.name}: sha256 {digest[:12]}… does not match the expected {remote.sha256[:12]}… "
            f"(from {origin}); the file was removed"
        )
    return FetchedFile(remote.name, remote.url, origin, str(target), target.stat().st_size, digest, _now())


def fetch_from_mirror(remote: RemoteFile, mirror: Path, target: Path) -> str | None:
    """Copy a file from the mirror; None when the mirror does not hold it."""
    if not remote.mirror_path:
        return None
    candidate = mirror / remote.mirror_path
    if not candidate.exists():
        return None
    shutil.copyfile(candidate, target)
    return f"mirror:{candidate}"


class _Retryable(Exception):
    pass


@retry(
    retry=retry_if_exception_type(_Retryable),
    stop=stop_after_attempt(5),
    wait=wait_exponential(multiplier=1, max=30),
    reraise=True,
)
def _download(client: httpx.Client, remote: RemoteFile, target: Path, progress: Progress) -> None:
    """Download with resume: a partial file is continued with an HTTP Range request."""
    partial = target.with_name(target.name + ".part")
    start = partial.stat().st_size if partial.exists() else 0
    headers = {"Range": f"bytes={start}-"} if start else {}
    try:
        with client.stream("GET", remote.url, headers=headers, follow_redirects=True) as resp:
            if resp.status_code in (429, 500, 502, 503, 504):
                raise _Retryable(f"HTTP {resp.status_code}")
            if resp.status_code >= 400:
                raise FetchError(f"{remote.name}: HTTP {resp.status_code} from {remote.url}")
            resumed = resp.status_code == 206
            total = int(resp.headers.get("content-length", 0)) + (start if resumed else 0)
            task = progress.add_task(remote.name, total=total or None, completed=start if resumed else 0)
            with partial.open("ab" if resumed else "wb") as fh:
                for block in resp.iter_bytes(CHUNK):
                    fh.write(block)
                    progress.advance(task, len(block))
    except (httpx.TransportError, httpx.TimeoutException) as exc:
        raise _Retryable(str(exc)) from exc
    partial.replace(target)


def fetch_source(
    source: Source, paths: Paths, mirror: Path | None = None, *, force: bool = False, quiet: bool = False
) -> list[FetchedFile]:
    """Fetch every file of a source into raw/<source_id>/ and update its manifest."""
    raw_dir = paths.raw_dir(source.id)
    raw_dir.mkdir(parents=True, exist_ok=True)
    entries = read_manifest(paths, source.id)
    fetched: list[FetchedFile] = []
    with (
        Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
            disable=quiet, transient=True,
        ) as progress,
        httpx.Client(timeout=httpx.Timeout(60.0, connect=20.0), headers={"User-Agent": "ice-ledger"}) as client,
    ):
        for remote in source.files:
            target = raw_dir / remote.name
            known = entries.get(remote.name)
            if known and target.exists() and not force and known.size == target.stat().st_size:
                fetched.append(known)
                continue
            origin = fetch_from_mirror(remote, mirror, target) if mirror else None
            if origin is None and mirror is not None and remote.optional:
                continue  # optional files (e.g. large record releases) are not in the mirror
            if origin is None:
                try:
                    _download(client, remote, target, progress)
                except (_Retryable, httpx.HTTPError) as exc:
                    if remote.optional:
                        continue
                    raise FetchError(f"{source.id}/{remote.name}: could not download {remote.url}: {exc}") from exc
                origin = remote.url
            entries[remote.name] = _record(target, remote, origin)
            fetched.append(entries[remote.name])
    _write_manifest(paths, source, entries)
    return fetched
