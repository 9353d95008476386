"""Where the project's data folders are: ontology/, ontology/lexicon/, queries/, shapes/.

They live beside the package in a checkout (an editable install); ``DIPKG_HOME`` points elsewhere.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import DipkgError

__all__ = ["home", "ontology_file", "lexicon_files", "queries_dir", "shapes_dir"]


def home() -> Path:
    """The folder holding ontology/, queries/ and shapes/."""
    env = os.environ.get("DIPKG_HOME")
    root = Path(env) if env else Path(__file__).resolve().parent.parent
    if not (root / "ontology" / "dipkg.ttl").is_file():
        raise DipkgError(f"{root}: no ontology/dipkg.ttl here",
                         hint="install dipkg from a checkout (pip install -e .) or set DIPKG_HOME to one")
    return root


def ontology_file() -> Path:
    return home() / "ontology" / "dipkg.ttl"


def lexicon_files() -> list[Path]:
    return sorted((home() / "ontology" / "lexicon").glob("*.ttl"))


def queries_dir() -> Path:
    return home() / "queries"


def shapes_dir() -> Path:
    return home() / "shapes"
