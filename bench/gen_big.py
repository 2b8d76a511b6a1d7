#!/usr/bin/env python3
"""Writes the benchmark's big data file: Swing data format 1 (`period;geolevel;geoitem;<indicator>…`) for
N real statistical sectors (statsec2019, read from a Stadsbeeld database that holds the demo geography) ×
I indicators × P periods, plus the indicator sheet that defines those indicators.

Real sector codes, so that the import aggregates the values up the real hierarchy (sector → wijk → gemeente →
provincie → gewest, and the centrumsteden) like a city's upload. Values are deterministic, so two runs load the
same numbers. The file is generated at bench time and never committed.

Usage: gen_big.py DATABASE OUTDIR [areas] [indicators] [periods]
"""
import os
import sqlite3
import sys


def main():
    database, outdir = sys.argv[1], sys.argv[2]
    areas_wanted = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    indicators = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    periods = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    with sqlite3.connect(database) as db:
        codes = [code for (code,) in db.execute(
            "SELECT a.code FROM areas a JOIN area_levels l ON l.id = a.level_id "
            "WHERE l.code = 'statsec2019' AND trim(a.code) <> '' ORDER BY a.code LIMIT ?", (areas_wanted,))]
    if len(codes) < areas_wanted:
        sys.exit(f"only {len(codes)} statsec2019 areas in {database}; load the demo data first")
    os.makedirs(outdir, exist_ok=True)
    names = [f"bench_i{i:03d}" for i in range(1, indicators + 1)]

    with open(os.path.join(outdir, "bench_indicatoren.csv"), "w", encoding="utf-8") as out:
        out.write("Indicator code;Name;Unit;Data type;RoundOff\n")
        for name in names:
            out.write(f"{name};Benchmarkindicator {name[-3:]};aantal;Numeric;1\n")

    # A pool of plausible values (integers and one- or two-decimal amounts) taken in a fixed pattern:
    # formatting ten million floats in Python would take longer than the import being measured.
    pool = []
    for k in range(997):
        x = (k * 7919) % 100_003
        pool.append(str(x) if k % 3 == 0 else f"{x / 10:.1f}" if k % 3 == 1 else f"{x / 100:.2f}")
    first_period = 2024 - periods + 1
    path = os.path.join(outdir, "bench_data.csv")
    with open(path, "w", encoding="utf-8", buffering=1 << 20) as out:
        out.write("period;geolevel;geoitem;" + ";".join(names) + "\n")
        n = 0
        for p in range(periods):
            period = str(first_period + p)
            for code in codes:
                row = [pool[(n + i * 31) % 997] for i in range(indicators)]
                out.write(f"{period};statsec2019;{code};" + ";".join(row) + "\n")
                n += 1
    print(f"{path}: {len(codes)} areas x {indicators} indicators x {periods} periods = "
          f"{len(codes) * indicators * periods} values, {os.path.getsize(path) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
