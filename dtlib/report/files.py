"""Writing without half-written files: write to a temporary sibling, then rename over the target."""
from __future__ import annotations

import os
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` in one rename, so readers see the old or the new file, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def move_into(source: Path, target: Path) -> None:
    """Move a finished file into place (same file system: one atomic rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)


def remove_file(path: Path, stop: Path) -> None:
    """Delete a file and the folders it leaves empty, up to (not including) ``stop``."""
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != stop and folder.is_relative_to(stop) and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
