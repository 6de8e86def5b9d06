"""A mirror directory for tests and benchmarks: the real offline mirror plus synthetic DDP record files.

The DDP record files are not in the offline mirror (hundreds of MB); `ice_ledger.testing.ddp_synth` writes
files in DDP's own layout, which load through the real `ddp_*` adapters from this overlay.
"""

from __future__ import annotations

from pathlib import Path


def overlay_mirror(real: Path, target: Path) -> Path:
    """A mirror directory that links every top-level entry of the real mirror, so synthetic files can be added."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in real.iterdir():
        link = target / entry.name
        if not link.exists() and entry.name != "deportationdata-ice":
            link.symlink_to(entry)
    (target / "deportationdata-ice").mkdir(exist_ok=True)
    real_ddp = real / "deportationdata-ice"
    if real_ddp.is_dir():
        for entry in real_ddp.iterdir():
            if not (target / "deportationdata-ice" / entry.name).exists():
                (target / "deportationdata-ice" / entry.name).symlink_to(entry)
    return target
