"""Run every benchmark, print one table, and rewrite docs/PERFORMANCE.md.

    .venv/bin/python -m benchmarks.run            # full runs (a few minutes)
    .venv/bin/python -m benchmarks.run --quick    # smoke mode: each benchmark once, tiny inputs
    .venv/bin/python -m benchmarks.run --only intake,library

The quick mode proves every benchmark still runs (CI does it); its numbers are
not written to docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import os
import platform
import sys
import time
from pathlib import Path

from benchmarks._report import Measure, markdown_table

SUITES = ["startup", "intake", "library", "responsiveness", "export", "variants", "wire", "team", "installer"]
DOC = Path(__file__).resolve().parent.parent / "docs" / "PERFORMANCE.md"


def machine() -> str:
    cores = os.cpu_count()
    return f"{platform.system()} {platform.machine()}, {cores} cores, Python {platform.python_version()}"


def run_suites(names: list[str], quick: bool) -> dict[str, list[Measure]]:
    results: dict[str, list[Measure]] = {}
    for name in names:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        started = time.perf_counter()
        results[name] = module.run(quick)
        print(f"{name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return results


def write_doc(results: dict[str, list[Measure]], intro: str) -> None:
    parts = [intro]
    for name, measures in results.items():
        parts += [f"## {name}", "", markdown_table(measures), ""]
    DOC.write_text("\n".join(parts), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke mode: tiny inputs, one run each")
    parser.add_argument("--only", help="comma-separated subset of: " + ", ".join(SUITES))
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else [n for n in SUITES if _exists(n)]
    compile_bytecode()
    results = run_suites(names, args.quick)
    for name, measures in results.items():
        print(f"\n{name}\n{markdown_table(measures)}")
    missed = [m.name for ms in results.values() for m in ms if m.met is False]
    if not args.quick and not args.only:
        intro = (
            "# Performance\n\nWritten by `python -m benchmarks.run` on "
            f"{time.strftime('%Y-%m-%d')} ({machine()}). Medians; ratios are measured side by side in "
            "one run. The machine is shared and noisy: compare ratios rather than absolute times.\n"
        )
        write_doc(results, intro)
    if missed:
        print("\ngoals missed: " + "; ".join(missed), file=sys.stderr)
    return 0


def compile_bytecode() -> None:
    """Write the app's bytecode first, as an installed app has it: otherwise a module changed since the last run
    is compiled and its cache file written by whichever thread imports it first, the window's among them, and
    the responsiveness probe counts those writes."""
    if not sys.dont_write_bytecode:
        import headshot_desktop

        compileall.compile_dir(Path(headshot_desktop.__file__).parent, quiet=1)


def _exists(name: str) -> bool:
    return (Path(__file__).parent / f"bench_{name}.py").exists()


if __name__ == "__main__":
    sys.exit(main())
