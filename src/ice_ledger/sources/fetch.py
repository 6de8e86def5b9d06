"""Fetching raw files: from the official URL (retries, resume, progress) or from a local mirror.

A file is acquired into raw/<source_id>/.staging/, hashed (and checked against an expected sha256), then moved
into the content-addressed store raw/<source_id>/objects/<sha256>/<name>, which is never modified: an older
build's lineage still opens the bytes it loaded after a newer download. raw/<source_id>/manifest.json names
the accepted file of each name (URL, origin, size, sha256, retrieval time) and raw/<source_id>/<name> is a
hard link to it. A build acquires without committing (`commit=False`) and commits only once it is published,
so a bad download never replaces the last good file. With a mirror, each file's sha256 is compared with the
mirror's copy and a change is reported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from ice_ledger.config import Paths
from ice_ledger.errors import FetchError
from ice_ledger.sources.base import RemoteFile, Source

if TYPE_CHECKING:  # httpx (~0.05 s to import) is imported where a download needs it: a build never does
    import httpx

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


def object_path(paths: Paths, source_id: str, sha256: str, name: str) -> Path:
    """Where the content-addressed copy of one raw file lives."""
    return paths.raw_dir(source_id) / "objects" / sha256 / name


def _store(paths: Paths, source_id: str, staged: Path, remote: RemoteFile, origin: str) -> FetchedFile:
    """Hash a staged file, check it, and move it into the content-addressed store."""
    digest = sha256_of(staged)
    if remote.sha256 and digest != remote.sha256:
        staged.unlink()
        raise FetchError(
            f"{remote.name}: sha256 {digest[:12]}… does not match the expected {remote.sha256[:12]}… "
            f"(from {_public(origin)}); the file was not kept"
        )
    target = object_path(paths, source_id, digest, remote.name)
    size = staged.stat().st_size
    if target.exists():
        staged.unlink()
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(staged, 0o444)
        os.replace(staged, target)
    return FetchedFile(remote.name, remote.url, origin, str(target), size, digest, _now())


def _public(origin: str) -> str:
    """An origin without the local mirror's absolute path (messages may reach a web page)."""
    return "the mirror" if origin.startswith("mirror:") else origin


def stored_file(paths: Paths, source_id: str, entry: FetchedFile) -> Path | None:
    """The bytes a manifest entry names, when they are at hand. A raw file fetched before the store existed
    is adopted into it when its sha256 still matches (a stale or damaged copy is not)."""
    target = object_path(paths, source_id, entry.sha256, entry.name)
    if target.exists():
        return target
    legacy = paths.raw_dir(source_id) / entry.name
    if legacy.is_file() and legacy.stat().st_size == entry.size and sha256_of(legacy) == entry.sha256:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(legacy, target)
        except OSError:
            shutil.copyfile(legacy, target)
        return target
    return None


def _mirror_copy(remote: RemoteFile, mirror: Path | None) -> Path | None:
    if mirror is None or not remote.mirror_path:
        return None
    candidate = mirror / remote.mirror_path
    return candidate if candidate.is_file() else None


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
    import httpx

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


@dataclass
class FetchResult:
    """What fetching one source acquired: the entry per file, and what changed since the accepted files."""

    source_id: str
    entries: dict[str, FetchedFile] = field(default_factory=dict)
    changes: list[str] = field(default_factory=list)

    @property
    def files(self) -> dict[str, Path]:
        return {name: Path(e.path) for name, e in self.entries.items()}


def _describe_change(old: FetchedFile | None, new: FetchedFile, where: str) -> str | None:
    if old is None:
        return None
    if old.sha256 == new.sha256:
        return None
    return (f"{new.name} changed {where} since it was last fetched: {old.size:,} -> {new.size:,} bytes, "
            f"sha256 {old.sha256[:12]}… -> {new.sha256[:12]}…")


def acquire_source(
    source: Source, paths: Paths, mirror: Path | None = None, *, force: bool = False, quiet: bool = False
) -> FetchResult:
    """Acquire every file of a source into the store without touching the accepted files (the manifest),
    downloading from the official URL what neither the mirror nor the store holds (`ice-ledger fetch`).

    With a mirror, its copy is hashed and compared with the accepted file: the same bytes are reused, other
    bytes are acquired and the change reported. Without one, the accepted file is reused unless `force`.
    """
    import httpx

    with (
        Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn(),
            disable=quiet, transient=True,
        ) as progress,
        httpx.Client(timeout=httpx.Timeout(60.0, connect=20.0), headers={"User-Agent": "ice-ledger"}) as client,
    ):
        return _acquire(source, paths, mirror, force=force,
                        download=lambda remote, target: _download(client, remote, target, progress))


def collect_source(source: Source, paths: Paths, mirror: Path | None = None, *, force: bool = False) -> FetchResult:
    """The files a build loads: the mirror's copy (acquired into the store, as `acquire_source` does) or the
    accepted file. Never downloads: a required file found in neither is an error that names `ice-ledger fetch`."""
    return _acquire(source, paths, mirror, force=force, download=None)


def _acquire(source: Source, paths: Paths, mirror: Path | None, *, force: bool,
             download: Callable[[RemoteFile, Path], None] | None) -> FetchResult:
    raw_dir = paths.raw_dir(source.id)
    staging = raw_dir / ".staging"  # made when a file is copied or downloaded, not to reuse accepted files
    accepted = read_manifest(paths, source.id)
    result = FetchResult(source.id)
    for remote in source.files:
        known = accepted.get(remote.name)
        have = stored_file(paths, source.id, known) if known else None
        candidate = _mirror_copy(remote, mirror)
        if candidate is not None:
            digest = sha256_of(candidate)
            if have is not None and known is not None and digest == known.sha256 and not force:
                result.entries[remote.name] = FetchedFile(**{**asdict(known), "path": str(have)})
                continue
            staging.mkdir(parents=True, exist_ok=True)
            staged = staging / remote.name
            shutil.copyfile(candidate, staged)
            entry = _store(paths, source.id, staged, remote, f"mirror:{candidate}")
            if entry.sha256 != digest:
                raise FetchError(f"{remote.name}: the mirror's copy changed while it was being copied; "
                                 "fetch again")
            change = _describe_change(known, entry, "in the mirror")
        elif have is not None and known is not None and (not force or download is None):
            result.entries[remote.name] = FetchedFile(**{**asdict(known), "path": str(have)})
            continue
        elif (mirror is not None or download is None) and remote.optional:
            continue  # optional files (e.g. large record releases) are not in the mirror
        elif download is None:
            where = "the mirror has no copy and it" if mirror is not None else "it"
            raise FetchError(f"{source.id}/{remote.name}: {where} was never fetched; "
                             f"run `ice-ledger fetch {source.id}` first (building never downloads)")
        else:
            import httpx

            staging.mkdir(parents=True, exist_ok=True)
            staged = staging / remote.name
            try:
                download(remote, staged)
            except (_Retryable, httpx.HTTPError) as exc:
                if remote.optional:
                    continue
                raise FetchError(f"{source.id}/{remote.name}: could not download {remote.url}: {exc}") from exc
            entry = _store(paths, source.id, staged, remote, remote.url)
            change = _describe_change(known, entry, "at its URL")
        result.entries[remote.name] = entry
        if change:
            result.changes.append(change)
    return result


def commit_source(paths: Paths, source: Source, result: FetchResult) -> None:
    """Make acquired files the accepted ones: the manifest, and raw/<source_id>/<name> linked to each."""
    if not result.entries:
        return
    raw_dir = paths.raw_dir(source.id)
    entries = read_manifest(paths, source.id)
    for name, entry in result.entries.items():
        entries[name] = entry
        link, tmp = raw_dir / name, raw_dir / f".{name}.link"
        tmp.unlink(missing_ok=True)
        try:
            os.link(entry.path, tmp)
        except OSError:
            shutil.copyfile(entry.path, tmp)
        os.replace(tmp, link)
    _write_manifest(paths, source, entries)


def fetch_source(
    source: Source, paths: Paths, mirror: Path | None = None, *, force: bool = False, quiet: bool = False
) -> FetchResult:
    """Fetch every file of a source, accept it (manifest) and say what changed."""
    result = acquire_source(source, paths, mirror, force=force, quiet=quiet)
    commit_source(paths, source, result)
    return result
