#!/usr/bin/env python3
"""Write the gold documents (ids.txt) as one JSON Lines file, for the scorer.

    python tests/gold/make_input.py OUT.jsonl [--corpus ../shared/corpus/bulk] [--ids tests/gold/ids.txt]

Reads the gzip JSON Lines parts of the shared corpus and copies the chosen records, unchanged and
in ids.txt order, to OUT.jsonl, so that the corpus itself stays in ../shared.  Standard library only.
Then:  python ../shared/eval/score.py --gold tests/gold/dev.json OUT.jsonl
"""
import argparse
import glob
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="JSON Lines file to write")
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "..", "shared", "corpus", "bulk"),
                    help="folder holding the *.jsonl.gz parts (default: ../shared/corpus/bulk from the repo root)")
    ap.add_argument("--ids", default=os.path.join(HERE, "ids.txt"))
    args = ap.parse_args()

    with open(args.ids, encoding="utf-8") as fh:
        ids = [line.strip() for line in fh if line.strip()]
    wanted = set(ids)
    found = {}
    parts = sorted(glob.glob(os.path.join(args.corpus, "*.jsonl.gz")))
    if not parts:
        sys.exit(f"make_input: no *.jsonl.gz under {args.corpus}")
    for part in parts:
        with gzip.open(part, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if record.get("id") in wanted:
                    found[record["id"]] = record
    missing = [i for i in ids if i not in found]
    if missing:
        sys.exit(f"make_input: {len(missing)} id(s) not in the corpus: {', '.join(missing)}")
    with open(args.out, "w", encoding="utf-8") as fh:
        for i in ids:
            fh.write(json.dumps(found[i], ensure_ascii=False) + "\n")
    print(f"make_input: wrote {len(ids)} records to {args.out}")


if __name__ == "__main__":
    main()
