"""Real SPARQL servers on 127.0.0.1 for the ``server`` tests: Oxigraph and OpenLink Virtuoso.

Each server starts once per test session, on free loopback ports, with its data in a temporary
folder, and stops when the session ends. ``remote_store(request, "oxigraph")`` hands a test an
empty ``RemoteStore`` on it. A server whose program is missing skips its tests, except under CI
(``CI`` set), where it fails them: CI must really test both. Start-up is bounded in time.

- Oxigraph: ``oxigraph serve --bind 127.0.0.1:PORT --union-default-graph`` (in memory), from
  the ``oxigraph`` PyPI package (the ``test`` extra).
- Virtuoso: Debian's ``virtuoso-t -f`` with its own ``virtuoso.ini`` (SQL and HTTP ports on
  127.0.0.1 only, result caps raised), then ``isql-vt`` grants SPARQL updates to anonymous users.
"""
from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg_build.remote import RemoteStore

__all__ = ["Server", "server", "remote_store", "free_port", "KINDS"]

KINDS = ("oxigraph", "virtuoso")
START_TIMEOUT = float(os.environ.get("DIPKG_TEST_SERVER_TIMEOUT", "90"))
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
; Loopback only: Debian's defaults listen on every interface.
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
MaxSortedTopRows = 1000000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8

[SPARQL]
; Debian caps answers at 10,000 rows.
ResultSetMaxRows = 1000000
MaxSortedTopRows = 1000000
MaxQueryExecutionTime = 300
MaxQueryCostEstimationTime = 0
"""
VIRTUOSO_GRANTS = 'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);'


@dataclass
class Server:
    """A running server: its query URL, process, folder and log."""

    kind: str
    query_url: str
    process: subprocess.Popen[bytes]
    folder: Path
    log: Path
    startup_seconds: float = 0.0
    stopped: bool = field(default=False)

    def stop(self) -> None:
        """Stop the process this helper started (by its id) and remove its folder."""
        if self.stopped:
            return
        self.stopped = True
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)


_RUNNING: dict[str, Server] = {}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _program(name: str) -> str | None:
    beside_python = Path(sys.executable).parent / name
    return str(beside_python) if beside_python.exists() else shutil.which(name)


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so the server tests must run: see .ci/run)")
    pytest.skip(reason)


def _log_tail(log: Path, lines: int = 15) -> str:
    try:
        return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_until_answering(process: subprocess.Popen[bytes], url: str, log: Path, deadline: float) -> None:
    """Poll ``ASK {}`` until the server answers; fail if it dies or the deadline passes."""
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode}:\n{_log_tail(log)}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"no answer from {url} within {START_TIMEOUT:g} s:\n{_log_tail(log)}")
        time.sleep(0.2)


def _start(kind: str) -> Server:
    folder = Path(tempfile.mkdtemp(prefix=f"dipkg-{kind}-"))
    log = folder / "server.log"
    began = time.monotonic()
    deadline = began + START_TIMEOUT
    if kind == "oxigraph":
        program = _program("oxigraph")
        if program is None:
            _missing("the oxigraph server is not installed: pip install oxigraph (the 'test' extra)")
        port = free_port()
        command = [program, "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
        url = f"http://127.0.0.1:{port}/query"
    else:
        program, isql = _program("virtuoso-t"), _program("isql-vt")
        if program is None or isql is None:
            _missing("Virtuoso is not installed: apt-get install virtuoso-opensource")
        sql_port, http_port = free_port(), free_port()
        (folder / "virtuoso.ini").write_text(
            VIRTUOSO_INI.format(dir=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
        command = [program, "-f", "-c", str(folder / "virtuoso.ini")]
        url = f"http://127.0.0.1:{http_port}/sparql"
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=folder, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    server = Server(kind, url, process, folder, log)
    try:
        _wait_until_answering(process, url, log, deadline)
        if kind == "virtuoso":
            grant = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={VIRTUOSO_GRANTS}"],
                                   capture_output=True, text=True, timeout=max(5.0, deadline - time.monotonic()))
            if grant.returncode != 0 or "Error" in grant.stdout + grant.stderr:
                raise RuntimeError(f"isql-vt could not grant SPARQL updates:\n{grant.stdout}{grant.stderr}")
    except (RuntimeError, subprocess.TimeoutExpired) as err:
        server.stop()
        pytest.fail(f"{kind} server did not start: {err}")
    server.startup_seconds = time.monotonic() - began
    return server


def server(request: pytest.FixtureRequest, kind: str) -> Server:
    """The session's ``kind`` server, started on first use and stopped when the session ends."""
    if kind not in KINDS:
        raise ValueError(f"unknown server kind {kind!r}; known: {', '.join(KINDS)}")
    running = _RUNNING.get(kind)
    if running is None or running.process.poll() is not None:
        running = _RUNNING[kind] = _start(kind)
        request.config.add_cleanup(running.stop)
        atexit.register(running.stop)  # also when pytest dies before its clean-up
    return running


def remote_store(request: pytest.FixtureRequest, kind: str) -> RemoteStore:
    """An empty store on the session's ``kind`` server (graphs left by earlier tests dropped)."""
    store = RemoteStore(server(request, kind).query_url)
    for name in store.graph_names():
        store.drop_graph(name)
    return store
