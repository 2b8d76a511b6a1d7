#!/usr/bin/env python3
"""The peer for the energy-sharing benchmark: the fixed and relative keys over a year of quarter hours, written the
way an analyst would in NumPy (whole-array operations, no Python loop per quarter hour), on the very arrays the
Swift benchmark made up (`stadsbeeld energy benchmark --write-data PREFIX`).

Each run does what `SharingSimulation.run` does for these keys: the allocation per quarter hour (a receiver never
gets more than its offtake), what returns, and the sums per participant and per Brussels month. The optimal key
(water filling, a loop until nothing more can be placed) has no whole-array form and is left out.
Prints a table with median, min and max in ms, and checks the shared kWh against the Swift result.

Usage: peer_energy_numpy.py PREFIX [runs]
"""
import json
import sys
import time

import numpy as np


def main():
    prefix = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    meta = json.load(open(prefix + ".json"))
    n, q = meta["apartments"], meta["quarters"]
    offtake = np.fromfile(prefix + ".offtake.f64", dtype="<f8").reshape(q, n)
    injection = np.fromfile(prefix + ".injection.f64", dtype="<f8")
    shares = np.array(meta["shares"], dtype="f8")
    starts = np.array(meta["monthStarts"], dtype=np.intp)

    def fixed():
        return np.minimum(injection[:, None] * shares[None, :], offtake)

    def relative():
        total = offtake.sum(axis=1)
        fraction = np.divide(injection, total, out=np.zeros_like(injection), where=total > 0)
        return offtake * np.minimum(fraction, 1.0)[:, None]

    def year(allocate):
        allocated = allocate()
        returned = np.maximum(injection - allocated.sum(axis=1), 0).sum()
        per_participant = allocated.sum(axis=0)
        monthly_shared = np.add.reduceat(allocated, starts, axis=0)
        monthly_offtake = np.add.reduceat(offtake, starts, axis=0)
        return per_participant.sum(), returned, monthly_shared, monthly_offtake

    print(f"NumPy {np.__version__}: {n} appartementen, {q} kwartieren, {runs} keer")
    print(f"{'meting':52}{'mediaan ms':>12}{'min ms':>12}{'max ms':>12}{'gedeeld kWh':>12}")
    ok = True
    for key, allocate in [("fixed", fixed), ("relative", relative)]:
        times = []
        shared = 0.0
        for _ in range(runs):
            start = time.perf_counter()
            shared, returned, _, _ = year(allocate)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        median = times[len(times) // 2] if len(times) % 2 else (times[len(times) // 2 - 1] + times[len(times) // 2]) / 2
        print(f"{'numpy ' + key:52}{median:12.2f}{times[0]:12.2f}{times[-1]:12.2f}{shared:12.3f}")
        swift = meta["totals"][key]["shared"]
        if abs(shared - swift) > 1e-6 * max(1.0, abs(swift)):
            print(f"  VERSCHIL met Swift: {shared} tegenover {swift}")
            ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
