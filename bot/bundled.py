"""Files that ship inside the package: the default settings and the sample feeds.

They live in `bot/data/` and are found with `importlib.resources`, so they are
there however newsbot is installed (a wheel, `pip install .`, pipx, an editable
checkout) and whatever the working directory is.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_folder() -> Path:
    """The folder of bundled files, as a real path (sources and globs need one)."""
    folder = files("bot").joinpath("data")
    if not isinstance(folder, Path):  # pragma: no cover - only a zip import gets here
        raise RuntimeError(f"newsbot's bundled files are not in a folder ({folder}); install it")
    return folder


DATA = data_folder()
DEFAULT_CONFIG = DATA / "default.toml"
SAMPLES = DATA / "samples"
