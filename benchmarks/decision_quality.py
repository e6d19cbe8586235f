"""Decision quality of ``qingdan check`` on the labelled set (issue 9 §7), per part.

For the tuning part and the held-out part (never used for tuning) of tests/data/decisions/, and
both together: verdict accuracy, deciding-reason accuracy (the verdict and the code that decides
it), silent false admits (admitted or exempt where the rules say review or rejected) and the
confusion matrix of expected × given verdicts. ``--misses`` lists what went wrong (for the tuning
part only, unless ``--show-heldout``: looking at held-out misses would make it a tuning set).

Run from the repository root: ``python benchmarks/decision_quality.py [--misses]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import decision_set as ds  # noqa: E402

VERDICTS = ds.VERDICTS


def report(name: str, outcomes: list[ds.Outcome]) -> None:
    s = ds.score(outcomes)
    print(f"\n## {name}: {s.n} requests")
    print(f"verdict accuracy          {s.verdicts:7.1%}")
    print(f"deciding-reason accuracy  {s.reasons:7.1%}")
    print(f"silent false admits       {s.silent_false_admits:7d}")
    print("\nexpected \\ given " + "".join(f"{v:>10}" for v in VERDICTS))
    for expected in VERDICTS:
        row = "".join(f"{s.confusion[(expected, given)]:>10}" for given in VERDICTS)
        print(f"{expected:<17}{row}")


def misses(outcomes: list[ds.Outcome]) -> None:
    for o in outcomes:
        if not o.reason_ok:
            e = o.entry
            print(
                f"  {e.location} {e.title} [{e.kind}] expected {e.expect} {e.code}"
                f" · got {o.verdict} {o.deciding} {o.item or ''}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the tuning part's misses")
    parser.add_argument("--show-heldout", action="store_true", help="list held-out misses too")
    args = parser.parse_args()
    from qingdan.i18n import set_lang

    set_lang("en")
    start = time.perf_counter()
    parts = {part: ds.decide(ds.load([part])) for part in ds.PARTS}
    seconds = time.perf_counter() - start
    print("# Decision quality on tests/data/decisions (bundled workspace)")
    for part, outcomes in parts.items():
        report(part, outcomes)
    report("all", [o for outcomes in parts.values() for o in outcomes])
    total = sum(len(o) for o in parts.values())
    print(f"\n{total} requests decided in {seconds:.2f} s (one call per request)")
    if args.misses:
        print("\n## tuning misses")
        misses(parts["tuning"])
    if args.show_heldout:
        print("\n## held-out misses (looking at these makes them tuning data)")
        misses(parts["heldout"])


if __name__ == "__main__":
    main()
