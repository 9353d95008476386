"""dipkg benchmark: build, load, query and SHACL figures side by side, printed as Markdown.

A script, not a test: it measures and prints, it asserts nothing about time. See bench/README.md.

    python bench/bench.py --quick                       # 1-2 minutes
    python bench/bench.py                               # full: 1k/4k/8k documents, 10k/100k/1M triples
    python bench/bench.py --docs 1000,4000 --sizes 10000,100000 --skip shacl

Parts (each can be skipped with --skip):
  build   documents/s of `build()` on the first N records of the bulk corpus, with and without
          SHACL validation, fresh on-disk store each time, each run in its own process so that
          peak memory (ru_maxrss) is that run's: the main process and its largest worker
  load    triples/s of Store.replace_graphs (as build writes) into the embedded Oxigraph store,
          and into rdflib's in-memory store, for a synthetic graph of each size
  query   who-raised and timeline latency p50/p95, Oxigraph vs rdflib, per size: one popular subject
          and actor, and a mix of subjects and actors drawn by popularity
  shacl   SHACL validation of the synthetic graph with the data shapes, per size: kg_build.checks
          (what `dipkg validate` runs) on the Oxigraph store, and pySHACL on the union graph in memory
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import random
import resource
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Literal, URIRef  # noqa: E402
from rdflib.namespace import OWL, RDF, SKOS, XSD  # noqa: E402

from kg_build.namespaces import DIP  # noqa: E402
from kg_build.rdf import with_label_keys  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bulk"
RES = "https://w3id.org/dipkg/resource/"
GRAPH = "https://w3id.org/dipkg/graph/document/"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
TIME = "http://www.w3.org/2006/time#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"


# --------------------------------------------------------------------------------------------
# (a) build throughput, one process per run


def corpus_records(folder: Path, n: int, interleave: bool) -> list[dict]:
    """The first ``n`` records of the .jsonl.gz files of ``folder``, in file-name order
    (concatenated, or taken round-robin across the files with ``interleave``)."""
    files = sorted(folder.glob("*.jsonl.gz"))
    if not files:
        sys.exit(f"bench: no .jsonl.gz files in {folder} (give --corpus PATH)")
    streams = [_read_jsonl(f) for f in files]
    out: list[dict] = []
    if interleave:
        while streams and len(out) < n:
            for s in list(streams):
                rec = next(s, None)
                if rec is None:
                    streams.remove(s)
                elif len(out) < n:
                    out.append(rec)
    else:
        for s in streams:
            for rec in s:
                if len(out) >= n:
                    return out
                out.append(rec)
    return out


def _read_jsonl(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def build_child(args: argparse.Namespace) -> None:
    """Run in a child process: build one input file into a fresh store, print JSON figures."""
    from kg_build.build import build
    from kg_build.store import open_store

    sampler = _RssSampler()
    with tempfile.TemporaryDirectory(prefix="dipkg-bench-") as tmp:
        with open_store(Path(tmp) / "store") as store:
            sampler.start()
            started = time.perf_counter()
            report = build([args.child_input], store, check=args.child_validate, workers=args.workers,
                           dask=args.dask)
            seconds = time.perf_counter() - started
            sampler.stop()
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": seconds, "documents": report.documents, "triples": report.triples,
                      "conforms": None if report.validation is None else report.validation.conforms,
                      "rss_main_mb": me / 1024, "rss_children_mb": kids / 1024,
                      "rss_total_mb": sampler.peak / 2**20 if sampler.peak else None}))


class _RssSampler(threading.Thread):
    """Peak of the summed RSS of this process and all its descendants, sampled every 0.2 s (psutil).

    ru_maxrss cannot give it: Linux carries a parent's peak into children across fork and exec,
    so RUSAGE_CHILDREN is at least the parent's RSS when the workers were started.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self._done = threading.Event()

    def run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self._done.wait(0.2):
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)

    def stop(self) -> None:
        self._done.set()
        self.join()


def bench_build(args: argparse.Namespace, out: Results) -> None:
    records = corpus_records(args.corpus, max(args.docs), args.interleave)
    chars_total: dict[int, int] = {}
    with tempfile.TemporaryDirectory(prefix="dipkg-bench-in-") as tmp:
        # Untimed warm-up: compiles the lexicon cache if the lexicon changed, fills the OS file cache.
        warm = Path(tmp) / "warm-up.jsonl"
        warm.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[:20]), encoding="utf-8")
        log("build: warm-up run (20 documents, not timed) ...")
        _run_child(args, warm, True)
        for n in args.docs:
            take = records[:n]
            if len(take) < n:
                out.notes.append(f"build: asked for {n:,} documents, the corpus has {len(records):,}: "
                                 f"the {n:,} row uses all {len(take):,}")
            path = Path(tmp) / f"first-{n}.jsonl"
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in take), encoding="utf-8")
            chars_total[n] = sum(len(r.get("text", "")) for r in take)
            for validate in args.validation:
                log(f"build: {len(take):,} documents, validation {'on' if validate else 'off'} ...")
                fig = _run_child(args, path, validate)
                fig.update(n=n, docs=len(take), chars=chars_total[n], validate=validate)
                out.build.append(fig)
                log(f"  {fig['seconds']:.1f} s, {fig['docs'] / fig['seconds']:.1f} docs/s")


def _run_child(args: argparse.Namespace, path: Path, validate: bool) -> dict:
    cmd = [sys.executable, __file__, "--child-input", str(path), "--workers", str(args.workers)]
    if validate:
        cmd.append("--child-validate")
    if args.dask:
        cmd += ["--dask", args.dask]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"bench: the build child failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------------------
# A synthetic diplomatic graph, shaped as ontology/README.md "What a build produces"

_SYL = ["ka", "ro", "mi", "lav", "ser", "gei", "an", "to", "nio", "ma", "cron", "vla", "di", "mir",
        "ole", "na", "zel", "ens", "ki", "wang", "yi", "bo", "ris", "jo", "han", "nes", "tru", "del"]
_CYR = str.maketrans("abcdefghijklmnopqrstuvwxyz", "абкдефгхийклмнопкрстуввксз")
_LANGS = ("en", "ru", "fr", "de", "it")
_TYPES = {"Person": 0.0, "Country": 60, "City": 80, "Organization": 40, "MediaOutlet": 20,
          "GovernmentBody": 30, "DiplomaticFormat": 12, "Agreement": 15, "Topic": 60}
_EVENTS = ("PhoneCall", "Meeting", "PressConference", "Summit", "Conference", "VideoCall", "Visit")
_MODALITIES = (DIP.Asserted, DIP.Asserted, DIP.Asserted, DIP.Reported, DIP.Planned, DIP.Denied, DIP.Alleged)


def _name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(parts))


@dataclass
class Synthetic:
    """Graphs keyed by name (the lexicon-like entities in one graph, then one graph a document)."""

    graphs: dict[URIRef, list[tuple]] = field(default_factory=dict)
    triples: int = 0
    subject_label: str = ""   # a popular subject, by a lower-cased Russian label (case-insensitive match)
    actor_label: str = ""     # a mid-popular person, by an alias
    subject_mix: list[str] = field(default_factory=list)  # subjects as analysts ask for them (query_mix)
    actor_mix: list[str] = field(default_factory=list)    # persons, the same way
    documents: int = 0


def synthetic_graph(target: int, seed: int = 7, mix: int = 50) -> Synthetic:
    """About ``target`` triples: entities with labels and aliases in five languages, then documents
    with mentions, events and statements until the count is reached; and a query mix of ``mix``
    subjects and ``mix`` persons. Deterministic for a seed."""
    rng = random.Random(seed)
    out = Synthetic()
    entities: dict[str, list[URIRef]] = {}
    labels: dict[URIRef, dict[str, str]] = {}
    lex: list[tuple] = []
    # entities grow with the graph (a larger corpus names more people), slower than documents
    scale = min(1.0, target / 200_000)
    persons = max(40, target // 700)
    for kind, count in _TYPES.items():
        n = persons if kind == "Person" else max(5, int(count * scale))
        folder = kind.lower()
        for i in range(n):
            name = _name(rng, 2 if kind == "Person" else rng.randint(1, 3))
            iri = URIRef(f"{RES}{folder}/{name.lower().replace(' ', '-')}-{i}")
            entities.setdefault(kind, []).append(iri)
            lex.append((iri, RDF.type, DIP[kind]))
            per_lang = {}
            for lang in _LANGS:
                text = name.translate(_CYR) if lang == "ru" else (name + ("e" if lang == "fr" and i % 3 == 0 else ""))
                per_lang[lang] = text
                lex.append((iri, SKOS.prefLabel, Literal(text, lang=lang)))
            short = name.split()[-1]
            aliases = [(short, "en"), (short.translate(_CYR) + "а", "ru"), (short.translate(_CYR) + "у", "ru")]
            for text, lang in aliases:
                lex.append((iri, SKOS.altLabel, Literal(f"{text} {i}", lang=lang)))
            per_lang["alias"] = f"{short} {i}"
            labels[iri] = per_lang
            if i % 2 == 0:
                lex.append((iri, OWL.sameAs, URIRef(f"{WD}Q{1000 + len(lex)}")))
    lex = with_label_keys(lex)  # as the build loads the lexicon: a dip:labelKey per label
    out.graphs[URIRef("https://w3id.org/dipkg/graph/lexicon")] = lex
    out.triples = len(lex)
    subjects = [e for k in ("DiplomaticFormat", "Agreement", "Topic", "Country", "Organization") for e in entities[k]]
    speakers = entities["Person"] + entities["GovernmentBody"]
    media = entities["MediaOutlet"]
    # Zipf-like popularity: a few subjects and persons come up in many documents
    subj_w = [1 / (i + 1) for i in range(len(subjects))]
    pers_w = [1 / (i + 1) ** 0.8 for i in range(len(entities["Person"]))]
    out.subject_label = labels[subjects[2]]["ru"].lower()
    out.actor_label = labels[entities["Person"][10]]["alias"]
    # its own generator, so that the graph does not depend on the size of the mix
    mix_rng = random.Random(f"query mix {seed}")
    out.subject_mix = query_mix(mix_rng, subjects, subj_w, labels, mix)
    out.actor_mix = query_mix(mix_rng, entities["Person"], pers_w, labels, mix)
    d = 0
    while out.triples < target:
        d += 1
        h = hashlib.sha1(str(d).encode()).hexdigest()
        doc = URIRef(f"{RES}document/{h[:20]}")
        day = f"20{rng.randint(14, 25):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        t: list[tuple] = [
            (doc, RDF.type, DIP.Document), (doc, URIRef(DCT + "identifier"), Literal(f"synthetic-{d}")),
            (doc, URIRef(DCT + "title"), Literal(f"Talks {d}")),
            (doc, URIRef(DCT + "issued"), Literal(day, datatype=XSD.date)),
            (doc, URIRef(DCT + "language"), Literal(rng.choice(_LANGS))),
            (doc, DIP.source, Literal(rng.choice(("kremlin.ru", "TASS", "whitehouse.gov", "president.gov.ua")))),
            (doc, URIRef(SCHEMA + "url"), Literal(f"https://example.org/{d}", datatype=XSD.anyURI)),
            (doc, DIP.contentHash, Literal(hashlib.sha256(h.encode()).hexdigest())),
            (doc, DIP.extractorVersion, Literal("0.1.0")),
        ]
        people = rng.choices(entities["Person"], weights=pers_w, k=3)
        talked = rng.choices(subjects, weights=subj_w, k=3)
        for m in {*people, *talked}:
            t.append((doc, DIP.mentions, m))
        events = []
        for e in range(rng.randint(1, 2)):
            ev = URIRef(f"{RES}event/{h[:12]}{e}")
            men = URIRef(f"{RES}mention/{h[:12]}{e}")
            events.append(ev)
            t += [(ev, RDF.type, DIP[rng.choice(_EVENTS)]), (ev, URIRef(PROV + "wasDerivedFrom"), doc),
                  (ev, DIP.evidence, men), (ev, DIP.place, rng.choice(entities["City"])),
                  (ev, DIP.date, Literal(day, datatype=XSD.date)), (ev, DIP.datePrecision, URIRef(TIME + "unitDay")),
                  (ev, DIP.dateBasis, Literal("explicit")),
                  (men, RDF.type, DIP.Mention), (men, DIP.inDocument, doc), (men, DIP.beginIndex, Literal(10 * e)),
                  (men, DIP.endIndex, Literal(10 * e + 80)), (men, DIP.anchorOf, Literal(f"The talks {d}/{e} took place"))]
            t += [(ev, DIP.participant, p) for p in set(people[:2])]
        for s in range(rng.randint(2, 5)):
            st = URIRef(f"{RES}statement/{h[:12]}{s}")
            begin = 100 * s
            t += [(st, RDF.type, DIP.Statement), (st, DIP.speaker, rng.choice(people if s < 3 else speakers)),
                  (st, DIP.subject, talked[s % 3]), (st, DIP.atEvent, rng.choice(events)),
                  (st, DIP.date, Literal(day, datatype=XSD.date)), (st, DIP.datePrecision, URIRef(TIME + "unitDay")),
                  (st, DIP.modality, rng.choice(_MODALITIES)),
                  (st, DIP.quote, Literal(f"Statement {s} of document {d} on the subject, as quoted.")),
                  (st, DIP.beginIndex, Literal(begin)), (st, DIP.endIndex, Literal(begin + 90)),
                  (st, URIRef(PROV + "wasDerivedFrom"), doc)]
            if s % 2:
                t.append((st, DIP.reportedBy, rng.choice(media)))
        out.graphs[URIRef(f"{GRAPH}{h[:20]}")] = t
        out.triples += len(t)
    out.documents = d
    return out


def query_mix(rng: random.Random, entities: list[URIRef], weights: list[float],
              labels: dict[URIRef, dict[str, str]], k: int) -> list[str]:
    """``k`` entities drawn with replacement with the weights the statements were drawn with (the
    popular ones are asked for more often, as analysts do), each given as users type it: its
    Russian label lower-cased, its English label or its English alias, one of the three at random."""
    out = []
    for iri in rng.choices(entities, weights=weights, k=k):
        form = rng.choice(("ru", "en", "alias"))
        out.append(labels[iri][form].lower() if form == "ru" else labels[iri][form])
    return out


# --------------------------------------------------------------------------------------------
# (b) load, (c) queries, (d) SHACL


class Budget(BaseException):
    """A timed step ran past its budget (SIGALRM). Not an Exception, like KeyboardInterrupt: the
    stores wrap the errors of a query in a StoreError, and this must pass through them."""


def _alarm(seconds: float) -> None:
    def handler(signum: int, frame: object) -> None:
        raise Budget()
    signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, max(0.0, seconds))


def _disarm() -> None:
    signal.setitimer(signal.ITIMER_REAL, 0)


def load_store(store: object, graphs: dict, batch: int = 256) -> float:
    """Write the graphs as build does (replace_graphs, batches of documents); seconds taken."""
    names = list(graphs)
    started = time.perf_counter()
    for i in range(0, len(names), batch):
        store.replace_graphs({n: graphs[n] for n in names[i:i + batch]})  # type: ignore[attr-defined]
    return time.perf_counter() - started


def time_query(store: object, name: str, params: dict, runs: int, budget: float) -> dict:
    """Latencies of a canned query after one warm-up run; fewer runs when they would exceed
    ``budget`` seconds, and none when the warm-up alone does."""
    from kg_build.queries import run_query

    try:
        _alarm(budget)
        started = time.perf_counter()
        rows = len(run_query(store, name, params))  # type: ignore[arg-type]
        warm = time.perf_counter() - started
        n = max(1, min(runs, int((budget - warm) / max(warm, 1e-6))))
        times = []
        for _ in range(n):
            started = time.perf_counter()
            run_query(store, name, params)  # type: ignore[arg-type]
            times.append(time.perf_counter() - started)
    except Budget:
        return {"skipped": f"over the {budget:g} s budget"}
    finally:
        _disarm()
    return {"rows": rows, "runs": n, **_percentiles(times)}


def time_mix(store: object, name: str, param: str, values: list[str], budget: float) -> dict:
    """Latency of a canned query over a mix of parameter values: for each value in turn, one
    warm-up run then one timed run, until ``budget`` seconds are spent. The query running then is
    stopped and left out: what is timed is the first values of the mix (a draw of the same
    weights), and the cell is skipped when not even the first one fits."""
    from kg_build.queries import run_query

    queries: list[dict] = []
    try:
        _alarm(budget)
        for value in values:
            run_query(store, name, {param: value})  # type: ignore[arg-type]
            started = time.perf_counter()
            rows = len(run_query(store, name, {param: value}))  # type: ignore[arg-type]
            queries.append({"text": value, "rows": rows, "seconds": time.perf_counter() - started})
    except Budget:
        pass
    finally:
        _disarm()
    if not queries:
        return {"asked": len(values), "skipped": f"over the {budget:g} s budget"}
    return {"asked": len(values), "queries": queries, **_mix_figures(queries)}


def _percentiles(times: list[float]) -> dict:
    """p50 and p95 (the nearest rank) of ``times``."""
    times = sorted(times)
    return {"p50": statistics.median(times), "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]}


def _mix_figures(queries: list[dict]) -> dict:
    """p50 and p95 over the queries of a mix, and the median rows a query."""
    return {**_percentiles([q["seconds"] for q in queries]),
            "median_rows": statistics.median(q["rows"] for q in queries)}


def time_queries(store: object, prefix: str, params: dict, mixes: dict, budget: float, runs: int,
                 row: dict) -> None:
    """Time each canned query on one store, for its popular parameter (``row[prefix_query]``)
    and over its mix (``row[prefix_query_mix]``), each with its own ``budget`` seconds."""
    name = {"ox": "oxigraph", "mem": "rdflib"}[prefix]
    for q, p in params.items():
        row[f"{prefix}_{q}"] = time_query(store, q, p, runs, budget)
        log(f"  {name} {q}: {_fmt_q(row[f'{prefix}_{q}'])}")
    for q, (param, values) in mixes.items():
        if values:
            row[f"{prefix}_{q}_mix"] = time_mix(store, q, param, values, budget)
            log(f"  {name} {q} mix: {_fmt_mix(row[f'{prefix}_{q}_mix'])}")


def bench_graphs(args: argparse.Namespace, out: Results) -> None:
    from rdflib import Graph

    from kg_build.checks import validate_store as fast_validate_store
    from kg_build.parallel import default_workers
    from kg_build.store import MemoryStore, open_store
    from kg_build.validate import validate

    last_shacl: tuple[int, float] | None = None
    for size in args.sizes:
        log(f"graph: generating ~{size:,} triples ...")
        syn = synthetic_graph(size, mix=args.mix)
        row: dict = {"size": size, "triples": syn.triples, "documents": syn.documents}
        params = {"who-raised": {"subject": syn.subject_label}, "timeline": {"actor": syn.actor_label}}
        mixes = {"who-raised": ("subject", syn.subject_mix), "timeline": ("actor", syn.actor_mix)}
        with tempfile.TemporaryDirectory(prefix="dipkg-bench-ox-") as tmp:
            with open_store(Path(tmp) / "store") as ox_store:
                if "load" in args.parts or "query" in args.parts:
                    row["ox_load_s"] = load_store(ox_store, syn.graphs)
                    log(f"  oxigraph load {row['ox_load_s']:.1f} s")
                if "query" in args.parts:
                    time_queries(ox_store, "ox", params, mixes, args.query_budget, args.runs, row)
                if "shacl" in args.parts:  # what `dipkg validate` runs: rudof in chunks + SPARQL shapes
                    if "ox_load_s" not in row:
                        load_store(ox_store, syn.graphs)
                    started = time.perf_counter()
                    report = fast_validate_store(ox_store, shapes="data", workers=args.workers or default_workers())
                    row["shacl_rudof"] = {"seconds": time.perf_counter() - started, "conforms": report.conforms,
                                          "violations": len(report.violations)}
                    log(f"  shacl rudof: {row['shacl_rudof']}")
        if ("load" in args.parts or "query" in args.parts) and size <= args.rdflib_max:
            mem = MemoryStore()
            try:
                _alarm(args.rdflib_load_budget)
                row["mem_load_s"] = load_store(mem, syn.graphs)
                _disarm()
                log(f"  rdflib load {row['mem_load_s']:.1f} s")
                if "query" in args.parts:
                    time_queries(mem, "mem", params, mixes, args.rdflib_budget, args.runs, row)
            except Budget:
                row["mem_skipped"] = f"loading took over {args.rdflib_load_budget:g} s"
            finally:
                _disarm()
                mem.close()
        elif size > args.rdflib_max:
            row["mem_skipped"] = f"above --rdflib-max {args.rdflib_max:,}"
        if "shacl" in args.parts:
            estimate = last_shacl[1] * syn.triples / last_shacl[0] if last_shacl else 0.0
            if estimate > args.shacl_budget:
                row["shacl"] = {"skipped": f"estimated {estimate:.0f} s from the previous size, over the "
                                           f"{args.shacl_budget:g} s budget"}
            else:
                graph = Graph()
                for triples in syn.graphs.values():
                    for t in triples:
                        graph.add(t)
                try:
                    _alarm(args.shacl_budget)
                    started = time.perf_counter()
                    report = validate(graph)
                    seconds = time.perf_counter() - started
                    row["shacl"] = {"seconds": seconds, "conforms": report.conforms,
                                    "violations": len(report.violations)}
                    last_shacl = (syn.triples, seconds)
                except Budget:
                    row["shacl"] = {"skipped": f"stopped after the {args.shacl_budget:g} s budget"}
                finally:
                    _disarm()
                del graph
            log(f"  shacl pySHACL: {row['shacl']}")
        out.graphs.append(row)
        del syn


# --------------------------------------------------------------------------------------------
# Report


@dataclass
class Results:
    build: list[dict] = field(default_factory=list)
    graphs: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _fmt_q(q: dict | None) -> str:
    if not q:
        return "-"
    if "skipped" in q:
        return f"skipped ({q['skipped']})"
    return f"{q['p50'] * 1000:.1f} / {q['p95'] * 1000:.1f}"


def _fmt_mix(mix: dict | None) -> str:
    if not mix:
        return "-"
    if "skipped" in mix:
        return f"skipped ({mix['skipped']})"
    done = len(mix["queries"])
    return _fmt_q(mix) + ("" if done == mix["asked"] else f" (first {done} of {mix['asked']})")


def _mix_ratio(ox: dict | None, mem: dict | None) -> str:
    """rdflib p50 / Oxigraph p50 over the queries both timed (the first ones of the same mix)."""
    if not ox or not mem or "queries" not in ox or "queries" not in mem:
        return "-"
    n = min(len(ox["queries"]), len(mem["queries"]))
    ox_p50, mem_p50 = (_mix_figures(m["queries"][:n])["p50"] for m in (ox, mem))
    return f"{mem_p50 / ox_p50:.1f}x" + ("" if n == ox["asked"] else f" (first {n})")


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def _fmt_shacl(shacl: dict | None) -> str:
    if not shacl:
        return "-"
    if "skipped" in shacl:
        return f"skipped ({shacl['skipped']})"
    return f"{shacl['seconds']:.1f}" + ("" if shacl["conforms"] else f" ({shacl['violations']} violations)")


def _ratio(ox: dict | None, mem: dict | None) -> str:
    if not ox or not mem or "p50" not in ox or "p50" not in mem:
        return "-"
    return f"{mem['p50'] / ox['p50']:.1f}x"


def markdown(args: argparse.Namespace, res: Results, command: str) -> str:
    lines = [f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()} Linux, {os.cpu_count()} cores "
             f"(load average before the run {args.loadavg}), Python {platform.python_version()}; command:",
             "", "```", command, "```", ""]
    if res.build:
        lines += ["Build (extract, resolve, write to a fresh on-disk store; "
                  f"{args.workers} extraction worker{'s' if args.workers > 1 else ''}"
                  f"{', Dask ' + args.dask if args.dask else ''}):", "",
                  "| documents | validation | seconds | documents/s | ms/document | ms per 10k chars "
                  "| marginal ms/document | triples | peak RSS MB: main / all processes |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for validate in (True, False):
            rows = sorted((r for r in res.build if r["validate"] == validate), key=lambda r: r["docs"])
            prev = None
            for r in rows:
                marginal = "-" if prev is None else \
                    f"{(r['seconds'] - prev['seconds']) * 1000 / max(1, r['docs'] - prev['docs']):.1f}"
                lines.append(
                    f"| {r['docs']:,} | {'on' if validate else 'off'} | {r['seconds']:.1f} "
                    f"| {r['docs'] / r['seconds']:.1f} | {r['seconds'] * 1000 / r['docs']:.1f} "
                    f"| {r['seconds'] * 1000 / (r['chars'] / 10000):.1f} | {marginal} | {r['triples']:,} "
                    f"| {r['rss_main_mb']:.0f} / {_mb(r.get('rss_total_mb'))} |")
                prev = r
        lines.append("")
    if res.graphs:
        lines += ["Synthetic graph (lexicon-like entities with labels in 5 languages + one named graph a "
                  "document with mentions, events, statements); latencies in ms, p50 / p95, after a warm-up:", "",
                  "| triples | documents | load Oxigraph (triples/s) | load rdflib (triples/s) "
                  "| who-raised Oxigraph | who-raised rdflib | ratio | timeline Oxigraph | timeline rdflib "
                  "| ratio | SHACL rudof, dipkg validate (s) | SHACL pySHACL (s) |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in res.graphs:
            ox_load = f"{r['triples'] / r['ox_load_s']:,.0f}" if "ox_load_s" in r else "-"
            mem_load = f"{r['triples'] / r['mem_load_s']:,.0f}" if "mem_load_s" in r else \
                (f"skipped ({r['mem_skipped']})" if "mem_skipped" in r else "-")
            shacl_s, rudof_s = (_fmt_shacl(r.get("shacl")), _fmt_shacl(r.get("shacl_rudof")))
            mem_wr, mem_tl = r.get("mem_who-raised"), r.get("mem_timeline")
            lines.append(
                f"| {r['triples']:,} | {r['documents']:,} | {ox_load} | {mem_load} "
                f"| {_fmt_q(r.get('ox_who-raised'))} | {_fmt_q(mem_wr) if mem_wr else ('-' if 'mem_skipped' not in r else 'skipped')} "
                f"| {_ratio(r.get('ox_who-raised'), mem_wr)} "
                f"| {_fmt_q(r.get('ox_timeline'))} | {_fmt_q(mem_tl) if mem_tl else ('-' if 'mem_skipped' not in r else 'skipped')} "
                f"| {_ratio(r.get('ox_timeline'), mem_tl)} | {rudof_s} | {shacl_s} |")
        runs = {q.get("runs") for r in res.graphs for k, q in r.items()
                if isinstance(q, dict) and "runs" in q}
        lines += ["", f"Query runs per cell: {', '.join(str(x) for x in sorted(runs))} "
                  f"(at most {args.runs}; fewer when the runs would exceed the budget: "
                  f"{args.query_budget:g} s Oxigraph, {args.rdflib_budget:g} s rdflib). "
                  "ratio = rdflib p50 / Oxigraph p50."]
        rows = {q.get("rows") for r in res.graphs for k, q in r.items() if isinstance(q, dict) and "rows" in q}
        if rows:
            lines.append(f"Rows returned per query: {', '.join(str(x) for x in sorted(rows))}.")
        if any(k.endswith("_mix") for r in res.graphs for k in r):
            lines += mix_markdown(args, res)
    for note in res.notes:
        lines.append(f"Note: {note}.")
    return "\n".join(lines) + "\n"


def mix_markdown(args: argparse.Namespace, res: Results) -> list[str]:
    """The table of the query mixes, and what they are."""
    lines = ["", (f"Query mix: {args.mix} subjects for who-raised and {args.mix} persons for timeline, drawn "
                  "(fixed seed) with the popularity weights of the synthetic statements, so popular ones come "
                  "up more often; each given as a lower-cased Russian label, an English label or an alias; "
                  "one warm-up run then one timed run each. Latencies in ms, p50 / p95 over the queries of "
                  "the mix; a store that ran out of its budget timed the first queries only, and the ratio "
                  "(rdflib p50 / Oxigraph p50) is then over those same queries:"), "",
             ("| triples | who-raised mix Oxigraph | who-raised mix rdflib | ratio | median rows "
              "| timeline mix Oxigraph | timeline mix rdflib | ratio | median rows |"),
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in res.graphs:
        cells = [f"{r['triples']:,}"]
        for q in ("who-raised", "timeline"):
            ox, mem = r.get(f"ox_{q}_mix"), r.get(f"mem_{q}_mix")
            rows = next((m["median_rows"] for m in (ox, mem) if m and "median_rows" in m), None)
            cells += [_fmt_mix(ox), _fmt_mix(mem) if mem else ("skipped" if "mem_skipped" in r else "-"),
                      _mix_ratio(ox, mem), "-" if rows is None else f"{rows:,g}"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="See bench/README.md for what each figure means.")
    p.add_argument("--quick", action="store_true", help="small sizes: a 1-2 minute run")
    p.add_argument("--docs", help="documents per build run, comma-separated (default 1000,4000,8000)")
    p.add_argument("--sizes", help="synthetic graph sizes in triples (default 10000,100000,1000000)")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .jsonl.gz records")
    p.add_argument("--interleave", action="store_true",
                   help="take records round-robin across the corpus files instead of concatenating them "
                        "(the same mix of sources at every size)")
    p.add_argument("--validation", default="on,off",
                   help="build with SHACL validation on, off, or both (default on,off)")
    p.add_argument("--workers", type=int, default=None, help="extraction processes (default: every core)")
    p.add_argument("--dask", default=None, help="extract on a Dask cluster (address or 'local')")
    p.add_argument("--runs", type=int, default=30, help="timed runs per query, after one warm-up")
    p.add_argument("--mix", type=int, default=50,
                   help="subjects and persons in the query mix of who-raised and timeline (0: no mix)")
    p.add_argument("--query-budget", type=float, default=60.0, help="seconds per Oxigraph query cell")
    p.add_argument("--rdflib-budget", type=float, default=None, help="seconds per rdflib query cell")
    p.add_argument("--rdflib-load-budget", type=float, default=600.0, help="seconds to load rdflib at one size")
    p.add_argument("--rdflib-max", type=int, default=10**9, help="skip rdflib above this many triples")
    p.add_argument("--shacl-budget", type=float, default=None, help="seconds for SHACL at one size")
    p.add_argument("--skip", default="", help="parts to skip: build,load,query,shacl")
    p.add_argument("--json", type=Path, default=None, help="also write the raw figures as JSON here")
    p.add_argument("--child-input", help=argparse.SUPPRESS)
    p.add_argument("--child-validate", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    from kg_build.parallel import default_workers

    args.workers = args.workers or default_workers()
    if args.child_input:
        build_child(args)
        return
    args.docs = [int(x) for x in (args.docs or ("100,400" if args.quick else "1000,4000,8000")).split(",")]
    args.sizes = [int(x) for x in (args.sizes or ("10000,50000" if args.quick else "10000,100000,1000000")).split(",")]
    if args.quick:
        args.runs = min(args.runs, 10)
    args.rdflib_budget = args.rdflib_budget or (20.0 if args.quick else 120.0)
    args.shacl_budget = args.shacl_budget or (30.0 if args.quick else 600.0)
    args.validation = [v.strip() == "on" for v in args.validation.split(",") if v.strip() in ("on", "off")]
    args.parts = {"build", "load", "query", "shacl"} - set(filter(None, args.skip.split(",")))
    args.loadavg = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    command = "python " + " ".join(shlex.quote(a) for a in [os.path.relpath(__file__, Path.cwd()), *sys.argv[1:]])
    res = Results()
    started = time.perf_counter()
    if "build" in args.parts:
        bench_build(args, res)
    if args.parts & {"load", "query", "shacl"}:
        bench_graphs(args, res)
    res.notes.append(f"the whole run took {time.perf_counter() - started:.0f} s; load average after it "
                     + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    if args.json:
        args.json.write_text(json.dumps({"build": res.build, "graphs": res.graphs, "notes": res.notes}, indent=1))
    print(markdown(args, res, command))


if __name__ == "__main__":
    main()
