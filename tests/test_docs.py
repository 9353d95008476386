"""The docs tell the truth: README commands, CI command, every CLI command documented with an example."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_build.cli import cli


def _blocks(root: Path) -> list[str]:
    text = (root / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```\n(.*?)```", text, flags=re.S)]


def test_readme_opens_with_the_two_commands(root: Path) -> None:
    first, second = _blocks(root)[:2]
    assert "dipkg build data/" in first and "who-raised" in first and "pip install" in first
    assert "pytest" in second and "pip install" in second and "[test]" in second


def test_ci_runs_the_readme_test_command(root: Path) -> None:
    second = _blocks(root)[1]
    assert second in (root / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_documented_with_an_example(root: Path, command: str) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert f"dipkg {command}" in readme
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_every_canned_query_is_in_the_readme(root: Path) -> None:
    readme = (root / "README.md").read_text(encoding="utf-8")
    for path in (root / "queries").glob("*.rq"):
        if not path.stem.startswith("network-"):
            assert f"`{path.stem}`" in readme, path.stem


def test_turtle_examples_in_the_ontology_readme_parse(root: Path) -> None:
    import pyoxigraph as ox

    text = (root / "ontology" / "README.md").read_text(encoding="utf-8")
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in __import__("kg_build.namespaces", fromlist=["PREFIXES"]).PREFIXES.items())
    blocks = re.findall(r"```turtle\n(.*?)```", text, flags=re.S)
    assert blocks
    for block in blocks:
        body = block.replace("{h}", "h1").replace('"sha256..."', '"x"').replace(" ...", "")
        ox.Store().load(prefixes + body, format=ox.RdfFormat.TURTLE)
