"""Prints the results table of a benchmark run from Gatling's console summaries (target/gatling-<s>.log)
and pgbench's outputs (target/pgbench/<s>.txt). Usage: report.py TARGET_DIR"""
import pathlib
import re
import sys

SCENARIOS = {
    "a": "get a random post by id",
    "b": "page of 20 at a random offset <= 2000",
    "c": "create a post with 3 tags",
    "d": "page of 20 filtered by a random tag",
    "e": "mix: 80% reads (a 40, b 20, d 20), 20% writes (c)",
    "r": "RealWorld: page of 20 articles, half at a random offset, half by tag",
}


def gatling(target, scenario):
    log = target / f"gatling-{scenario}.log"
    if not log.exists():
        return None
    text = log.read_text()
    block = text[text.rfind("---- Global Information"):]

    def row(label, column=0):
        match = re.search(re.escape(label) + r"[^|]*\|\s*([\d,.\-]+)\s*\|\s*([\d,.\-]+)\s*\|\s*([\d,.\-]+)", block)
        value = match.group(column + 1).replace(",", "")
        return 0.0 if value == "-" else float(value)

    return {
        "rps": row("mean throughput"),
        "p50": row("50th percentile"),
        "p95": row("95th percentile"),
        "p99": row("99th percentile"),
        "requests": int(row("request count")),
        "errors": int(row("request count", 2)),
    }


def ceiling(target, scenario):
    out = target / "pgbench" / f"{scenario}.txt"
    if not out.exists():
        return None
    text = out.read_text()
    tps = re.search(r"^tps = ([\d.]+)", text, re.M)
    latency = re.search(r"^latency average = ([\d.]+) ms", text, re.M)
    return (float(tps.group(1)), float(latency.group(1))) if tps else None


def main():
    target = pathlib.Path(sys.argv[1])
    print("| scenario | requests/s | p50 ms | p95 ms | p99 ms | errors / requests | DB ceiling tps (pgbench) | % of ceiling |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for scenario, what in SCENARIOS.items():
        g = gatling(target, scenario)
        if g is None:
            continue
        c = ceiling(target, scenario)
        ceiling_cell = f"{c[0]:,.0f} (avg {c[1]:.1f} ms)" if c else "-"
        percent = f"{100 * g['rps'] / c[0]:.0f}%" if c else "-"
        print(f"| {scenario}: {what} | {g['rps']:,.0f} | {g['p50']:.0f} | {g['p95']:.0f} | {g['p99']:.0f}"
              f" | {g['errors']} / {g['requests']:,} | {ceiling_cell} | {percent} |")


if __name__ == "__main__":
    main()
