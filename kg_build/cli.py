"""The dipkg command line: a thin layer over build, query, validate and export.

Data goes to standard output, messages to standard error. Exit codes: 0 ok, 1 the data does not
conform to the shapes (or the ontology is inconsistent), 2 a usage or input error.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import DipkgError

__all__ = ["main", "cli"]

F = TypeVar("F", bound=Callable[..., Any])
STORE_HELP = ("Where the graph is kept: a folder for the embedded on-disk store (default ./dipkg-store), "
              "':memory:' for a throw-away in-memory store, or a SPARQL 1.1 server's query endpoint "
              "(http://host:7878/query; see the README).")


def _err(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn the library's errors into a one-line message, a hint and exit code 2."""
    try:
        yield
    except DipkgError as err:
        _err(f"dipkg: error: {err}")
        if err.hint:
            _err(f"  hint: {err.hint}")
        sys.exit(2)


def store_option(func: F) -> F:
    return click.option("--store", "store", default=None, metavar="DIR|URL", help=STORE_HELP)(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="dipkg")
def cli() -> None:
    """dipkg: diplomatic news -> a validated, queryable RDF knowledge graph.

    \b
    Example:
      dipkg build data/
      dipkg query who-raised --param subject="Minsk agreements"
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--out", "out", default=None, metavar="FILE.ttl", help="Also write the whole graph as Turtle ('-': stdout).")
@click.option("--manifest", default=None, type=click.Path(path_type=Path),
              help="JSON Lines of {id, date, lang, source, title, url} for the inputs.")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of what is written.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that extract in parallel (default: every core).")
@click.option("--dask", "dask", default=None, metavar="ADDRESS|local",
              help="Extract on a Dask cluster: its scheduler (tcp://scheduler:8786), or 'local' for a local "
                   "cluster of --workers processes. The store is written from this process. Needs dipkg[dask].")
@click.option("--batch-size", type=click.IntRange(min=1), default=256, show_default=True,
              help="Documents read and extracted together (memory grows with it); four batches are "
                   "written in one load.")
def build(paths: tuple[Path, ...], store: str | None, out: str | None, manifest: Path | None, no_validate: bool,
          workers: int | None, dask: str | None, batch_size: int) -> None:
    """Extract, resolve, validate and store the documents of PATHS.

    PATHS are .txt, .md or .html files, folders of them (with an optional manifest.jsonl), or
    .jsonl / .jsonl.gz records {id, text, date, lang, title, source, url}.

    A document whose content is already stored is skipped; an interrupted build is completed by
    running it again.

    \b
    Example:
      dipkg build data/ --store ./dipkg-store --out graph.ttl
      dipkg build corpus.jsonl.gz --workers 4
      dipkg build corpus.jsonl.gz --dask tcp://scheduler:8786
    """
    from .build import build as run_build
    from .export import export
    from .parallel import default_workers
    from .store import open_store

    with _errors():
        with open_store(store) as st, _progress() as tick:
            report = run_build(list(paths), st, manifest=manifest, check=not no_validate, progress=tick,
                               workers=workers or default_workers(), dask=dask, batch_size=batch_size)
            if out:
                export(st, "ttl", out)
        _err(f"dipkg: {report.documents} documents ({report.written} written, {report.skipped} unchanged), "
             f"{report.persons} persons, {report.events} events, {report.statements} statements, "
             f"{report.triples} triples")
        if report.validation is not None and not report.validation.conforms:
            _err("dipkg: the graph does not conform to the shapes:")
            _err(report.validation.text)
            sys.exit(1)


@contextmanager
def _progress() -> Iterator[Callable[[int], None]]:
    """A progress bar on standard error (rich hides it when stderr is not a terminal)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                  TimeElapsedColumn(), console=console, transient=True,
                  disable=not console.is_terminal) as bar:
        task = bar.add_task("build", total=None)
        yield lambda n: bar.advance(task, n)


@cli.command()
@click.argument("name", required=False)
@store_option
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the canned queries with their parameters.")
def query(name: str | None, store: str | None, params: tuple[str, ...], fmt: str, list_: bool) -> None:
    """Run the canned query NAME (see --list).

    \b
    Examples:
      dipkg query --list
      dipkg query who-raised --param subject="Minsk agreements"
      dipkg query who-raised --param subject=Q7184 --format json
      dipkg query events --format csv > events.csv
    """
    from .queries import format_rows, load_queries, run_query
    from .store import open_store

    with _errors():
        if list_ or not name:
            for q in load_queries().values():
                click.echo(f"{q.name}: {q.title}")
                click.echo(f"    {q.description}")
                for p in q.params:
                    click.echo(f"    --param {p.name}=...  {p.description}")
            return
        values: dict[str, str] = {}
        for item in params:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise DipkgError(f"--param {item!r} is not KEY=VALUE", hint='write e.g. --param subject="Minsk agreements"')
            values[key.strip()] = value
        with open_store(store, create=False) as st:
            result = run_query(st, name, values)
        format_rows(result, fmt, sys.stdout)


@cli.command(name="validate")
@store_option
@click.option("--reason", is_flag=True, help="Also check the ontology and lexicon with the HermiT OWL reasoner (needs Java).")
@click.option("--engine", type=click.Choice(["rudof", "pyshacl"]), default="rudof", show_default=True,
              help="rudof: SHACL Core in Rust, in chunks on --workers processes, plus the SPARQL-targeted "
                   "shapes on the store (same results, a million triples in well under a minute); "
                   "pyshacl: the reference engine, on the whole graph in memory (slow on large stores).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that check chunks with --engine rudof (default: every core).")
def validate_cmd(store: str | None, reason: bool, engine: str, workers: int | None) -> None:
    """Check the stored graph against the SHACL shapes; exit 1 on violations.

    \b
    Example:
      dipkg validate --reason
      dipkg validate --engine pyshacl
    """
    from .store import open_store

    with _errors():
        failed = False
        with open_store(store, create=False) as st:
            if engine == "pyshacl":
                from .validate import validate_store
                report = validate_store(st)
            else:
                from .checks import validate_store as fast_validate_store
                from .parallel import default_workers
                report = fast_validate_store(st, workers=workers or default_workers())
        click.echo(report.text)
        failed = not report.conforms
        if reason:
            from .reasoning import check_consistency
            from .resources import lexicon_files, ontology_file

            result = check_consistency([ontology_file(), *lexicon_files()])
            click.echo(result.text)
            failed = failed or not result.consistent
        if failed:
            sys.exit(1)


@cli.command(name="export")
@store_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq", "graphml", "gexf", "json", "png", "html"]),
              help="RDF (ttl, nt, jsonld, trig, nq) or a network (graphml, gexf, json, png, html).")
@click.option("--out", "out", required=True, metavar="FILE", help="Where to write ('-': stdout).")
@click.option("--network", type=click.Choice(["actors", "subjects"]), default=None,
              help="For network formats: actors who met, or actors and what they raised "
                   "(default: both in one json file, actors in the other formats).")
def export_cmd(store: str | None, fmt: str, out: str, network: str | None) -> None:
    """Export the stored graph as RDF or as a network for Gephi, Cytoscape or a picture.

    \b
    Examples:
      dipkg export --format ttl --out graph.ttl
      dipkg export --format gexf --network subjects --out subjects.gexf
      dipkg export --format png --out actors.png
    """
    from .export import export
    from .store import open_store

    with _errors():
        with open_store(store, create=False) as st:
            export(st, fmt, out, network=network)


@cli.command()
@store_option
def stats(store: str | None) -> None:
    """Count documents, triples, persons, events and statements in the store.

    \b
    Example:
      dipkg stats --store ./dipkg-store
    """
    from .queries import format_rows, run_query
    from .store import open_store

    with _errors():
        with open_store(store, create=False) as st:
            format_rows(run_query(st, "stats", {}), "table", sys.stdout)


def main() -> None:
    cli(prog_name="dipkg")


if __name__ == "__main__":
    main()
