#!/usr/bin/env python3
"""Writes the demo's one survey indicator: a FICTITIOUS example, made up so that the survey features (confidence
intervals, significance marks) show on the demo. Not a real survey and not real numbers.

    scripts/demo-survey.py    # rewrites Sources/Cijfers/Resources/demo/enquete_voorbeeld.csv

Deterministic (a fixed seed): running it again gives the same file. Every gemeente of Flanders gets a percentage
and a number of respondents for 2017, 2020 and 2023; the 13 centrumsteden larger samples, a few small gemeenten
fewer than 30 respondents (so the privacy threshold of 30 respondents hides their percentage); the gemeenten of the
Brussels Capital Region get -99999 (no answer), as elsewhere in the demo.
"""
import csv
import pathlib
import random

import openpyxl

DEMO = pathlib.Path(__file__).resolve().parent.parent / "Sources/Cijfers/Resources/demo"
PERIODS = ["2017", "2020", "2023"]
CODE = "sb_vb_tevreden_groen"
SAMPLE = "sb_vb_tevreden_groen_n"


def main():
    sheet = openpyxl.load_workbook(DEMO / "gemeente2024.xlsx", read_only=True).active
    gemeenten = sorted(str(row[1]) for row in list(sheet.iter_rows(values_only=True))[1:] if row[1] is not None)
    with open(DEMO / "gemeente2024_centrumsteden.csv", encoding="utf-8") as handle:
        centrumsteden = {row[0] for row in csv.reader(handle, delimiter=";")} - {"gemeente2024"}
    rng = random.Random(18)
    small = set(rng.sample([code for code in gemeenten if code not in centrumsteden and not code.startswith("21")], 8))
    rows = []
    for code in gemeenten:
        if code.startswith("21"):
            rows += [[code, period, "-99999", "-99999", "gemeente2024"] for period in PERIODS]
            continue
        city = code in centrumsteden
        level = rng.uniform(56, 82)
        trend = rng.uniform(-2.5, 2.5)
        for index, period in enumerate(PERIODS):
            if code in small:
                n = rng.randint(12, 29)
            elif city:
                n = rng.randint(900, 2400)
            else:
                n = rng.randint(160, 650)
            share = min(max(level + trend * index + rng.gauss(0, 1.5), 1), 99)
            # A share of n respondents is a whole number of them.
            yes = round(share / 100 * n)
            rows.append([code, period, f"{100 * yes / n:.1f}", str(n), "gemeente2024"])
    with open(DEMO / "enquete_voorbeeld.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\n")
        writer.writerow(["geoitem", "period", CODE, SAMPLE, "geolevel"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
