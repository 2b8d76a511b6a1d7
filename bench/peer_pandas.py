#!/usr/bin/env python3
"""The peer for the import benchmark: the same load done the way a data team would without Stadsbeeld.

pandas reads the data sheet (xlsx or csv, Swing format 1), melts it to one row per value, drops Swing's missing
codes, sums the values up the area hierarchy with the Swing aggregation tables (merge + groupby per link table,
children before parents) and writes everything to an SQLite table with the same primary key as Stadsbeeld's.
Only sums: the benchmark files hold counts. Prints `values_loaded values_aggregated`.

Usage: peer_pandas.py OUT.sqlite DATA_FILE LINK_TABLE...
"""
import sqlite3
import sys

import pandas as pd


def main():
    out, data_path, link_paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    wide = pd.read_excel(data_path, dtype={"geoitem": str}) if data_path.endswith(".xlsx") else pd.read_csv(
        data_path, sep=";", dtype={"geoitem": str, "period": str, "geolevel": str})
    wide["period"] = wide["period"].astype(str).str.replace(r"\.0$", "", regex=True)
    ids = ["period", "geolevel", "geoitem"]
    long = wide.melt(id_vars=ids, var_name="indicator", value_name="value").dropna(subset=["value"])
    long = long[long["value"] > -99990]  # Swing's missing codes do not add up
    long = long.rename(columns={"geolevel": "level", "geoitem": "area"})
    long["origin"] = 0
    loaded = len(long)

    # Link tables: first column the child level, second the parent level (Swing's aggregation tables).
    links = []
    for path in link_paths:
        table = pd.read_excel(path, dtype=str) if path.endswith(".xlsx") else pd.read_csv(path, sep=";", dtype=str)
        child, parent = table.columns[:2]
        table = table.dropna().map(lambda s: s.strip())
        links.append((child, parent, table.rename(columns={child: "area", parent: "parent"})))
    levels = {level: frame for level, frame in long.groupby("level")}
    frames = [long]
    pending = list(links)
    while pending:  # children before parents: a level is summed once all its child levels are known
        ready = [l for l in pending if not any(other[1] == l[0] for other in pending)]
        for child, parent, table in ready:
            if child not in levels:
                continue
            merged = levels[child].merge(table, on="area")
            summed = merged.groupby(["indicator", "parent", "period"], as_index=False)["value"].sum()
            summed = summed.rename(columns={"parent": "area"})
            summed["level"], summed["origin"] = parent, 1
            levels[parent] = pd.concat([levels[parent], summed]) if parent in levels else summed
            frames.append(summed)
        pending = [l for l in pending if l not in ready]
    result = pd.concat(frames)[["indicator", "level", "area", "period", "value", "origin"]]
    result = result.groupby(["indicator", "level", "area", "period"], as_index=False).first()

    with sqlite3.connect(out) as db:
        db.execute("CREATE TABLE observations (indicator TEXT, level TEXT, area TEXT, period TEXT, value REAL, "
                   "origin INTEGER, PRIMARY KEY (indicator, level, area, period)) WITHOUT ROWID")
        result.to_sql("observations", db, if_exists="append", index=False, chunksize=100_000)
    print(loaded, len(result) - loaded)


if __name__ == "__main__":
    main()
