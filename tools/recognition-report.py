#!/usr/bin/env python3
"""Where recognition stands: field accuracy per field, and reference recall and precision, over the labelled
corpora (../shared/corpus and ../shared/corpus2 by default). Runs `kamerlezer-cli inspect --json` on every
labelled file and compares with its expected.json, as the CLI tests do.

    tools/recognition-report.py [--cli PATH] [--verbose] [CORPUS_DIR ...]

A field counts as right when the value printed equals the labelled one (`dossierTitle`: the first dossier's title;
`dossiers`: numbers and additions). References: recall is the share of labelled targets found; precision the share
of targets found that are labelled, over the files whose labels list their references. Fields the program does not
print yet (say `publicationId` before it exists) count as wrong: that is where the work is.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

NOT_FIELDS = {"notes", "references"}


def inspect(cli, path):
    run = subprocess.run([cli, "inspect", "--json", path], capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        return None, run.stderr.strip()
    return json.loads(run.stdout), None


def value_of(got, field):
    if field == "dossierTitle":
        dossiers = got.get("dossiers") or []
        return dossiers[0].get("title") if dossiers else None
    if field == "dossiers":
        return [{"number": d.get("number"), "addition": d.get("addition")} for d in got.get("dossiers") or []]
    return got.get(field)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpora", nargs="*",
                        default=[os.path.join(root, "..", "shared", "corpus"), os.path.join(root, "..", "shared", "corpus2")])
    parser.add_argument("--cli", default=None, help="kamerlezer-cli to run (default: the release, else the debug build)")
    parser.add_argument("--verbose", action="store_true", help="list every wrong field and missed reference")
    args = parser.parse_args()
    cli = args.cli
    if not cli:
        for build in ("release", "debug"):
            candidate = os.path.join(root, "build", build, "app", "cli", "kamerlezer-cli")
            if os.path.exists(candidate):
                cli = candidate
                break
    if not cli:
        sys.exit("recognition-report: no kamerlezer-cli built; build first or pass --cli")

    overall_fields = collections.defaultdict(lambda: [0, 0])
    overall_refs = [0, 0, 0]  # labelled found, labelled, found
    for corpus in args.corpora:
        expected_path = os.path.join(corpus, "expected.json")
        if not os.path.exists(expected_path):
            print(f"SKIPPED: {corpus}: no expected.json")
            continue
        expected = json.load(open(expected_path, encoding="utf-8"))
        fields = collections.defaultdict(lambda: [0, 0])
        refs = [0, 0, 0]
        failed = []
        for name, want in sorted(expected.items()):
            got, error = inspect(cli, os.path.join(corpus, name))
            if got is None:
                failed.append(f"{name}: {error}")
                got = {}
            for field, value in want.items():
                if field in NOT_FIELDS:
                    continue
                right = value_of(got, field) == value
                for table in (fields, overall_fields):
                    table[field][0] += right
                    table[field][1] += 1
                if not right and args.verbose:
                    print(f"  {os.path.basename(corpus)}/{name}: {field}: got {value_of(got, field)!r}, want {value!r}")
            if "references" in want:
                labelled = {r if isinstance(r, str) else r.get("target") for r in want["references"]}
                found = {r.get("target") for r in got.get("references") or []}
                hits = len(labelled & found)
                for table in (refs, overall_refs):
                    table[0] += hits
                    table[1] += len(labelled)
                    table[2] += len(found)
                if args.verbose:
                    for missed in sorted(labelled - found):
                        print(f"  {os.path.basename(corpus)}/{name}: reference missed: {missed}")
                    for extra in sorted(found - labelled):
                        print(f"  {os.path.basename(corpus)}/{name}: reference not labelled: {extra}")
        report(os.path.basename(os.path.normpath(corpus)), len(expected), fields, refs)
        for line in failed:
            print(f"  not read: {line}")
    if len(args.corpora) > 1:
        report("all", None, overall_fields, overall_refs)


def report(title, files, fields, refs):
    right = sum(r for r, _ in fields.values())
    total = sum(t for _, t in fields.values())
    head = f"== {title}" + (f" ({files} files)" if files else "")
    print(head)
    for field in sorted(fields):
        r, t = fields[field]
        print(f"  {field:<14} {r:>4}/{t:<4} {100.0 * r / t:6.1f}%")
    if total:
        print(f"  {'all fields':<14} {right:>4}/{total:<4} {100.0 * right / total:6.1f}%")
    if refs[1]:
        precision = refs[0] / refs[2] if refs[2] else 0.0
        print(f"  references     recall {refs[0] / refs[1]:.2f} ({refs[0]}/{refs[1]}), "
              f"precision {precision:.2f} ({refs[0]}/{refs[2]})")


if __name__ == "__main__":
    main()
