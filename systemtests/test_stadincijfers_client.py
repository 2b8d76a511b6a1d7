"""The cities' own Python client, unmodified, against a running Stadsbeeld; expected figures are computed
here independently from the source rows in ../shared with openpyxl."""
import json
import math
import urllib.request
from collections import defaultdict

import openpyxl
import pytest
from stadincijfers import stadincijfers

from conftest import SHARED

CENTRUMSTEDEN = ["41002", "11002", "31005", "71016", "44021", "71022", "34022", "24062", "12025", "35013",
                 "36015", "46021", "13040"]


@pytest.fixture(scope="module")
def source_sums():
    """Σ per gemeente and period of the Fluvius upload, straight from the sheet: a statsec2019 code starts with
    the NIS code of its gemeente (no mergers between 2019 and 2024)."""
    sheet = openpyxl.load_workbook(SHARED / "fluvius" / "upload_elektriciteit_verbruik.xlsx", read_only=True).active
    rows = sheet.iter_rows(values_only=True)
    header = next(rows)
    col = {name: i for i, name in enumerate(header)}
    sums = defaultdict(float)
    broken = set()
    for row in rows:
        gemeente, period = row[col["geoitem"]][:5], str(int(row[col["period"]]))
        for code in ("v2506_elek_res_cons", "v2506_elek_res_n"):
            value = row[col[code]]
            if value is None:
                continue
            if value == -99999:
                broken.add((code, gemeente, period))
            else:
                sums[(code, gemeente, period)] += value
    return sums, broken


def test_odata_lists(server):
    client = stadincijfers(server)
    levels = client.geolevels()
    assert "gemeente2024" in levels and "ggw72024" in levels and "centrumsteden" in levels
    assert client.geoitemlevels("gemeente2024")["44021"] == "Gent"
    assert client.periodlevels() == {"year": "Jaar"}
    # Fluvius has 2018–2021; the LEKP-1 staff figures are for 2024; the fictitious survey example for 2017, 2020, 2023.
    assert client.periods("year") == {p: p for p in ["2017", "2018", "2019", "2020", "2021", "2023", "2024"]}
    variables = client.odataVariables(0, 100)
    assert "v2506_elek_res_cons" in variables and "vp2506_elek_res_n" in variables
    assert "gemeente2024" in client.geolevels(var="v2506_elek_res_cons")
    assert "2021" in client.periods("year", var="v2506_elek_res_cons", geolevel="gemeente2024")
    assert client.periods("year", var="sb_lekp1_vte", geolevel="gemeente2024") == {"2024": "2024"}
    wijken = client.geoitemlevels("ggw72024", var="v2506_elek_res_cons")
    assert wijken["440211"] == "Binnenstad (Gent)"


def test_selection_table_matches_source(server, source_sums):
    sums, _ = source_sums
    client = stadincijfers(server)
    frame = client.selectiontableasDataframe("v2506_elek_res_cons", geolevel="gemeente2024", period="2021")
    values = dict(zip(frame["Gebied"], frame.iloc[:, 2]))
    assert values["Gent"] == pytest.approx(round(sums[("v2506_elek_res_cons", "44021", "2021")]), abs=0.5)
    assert values["Leuven"] == pytest.approx(round(sums[("v2506_elek_res_cons", "24062", "2021")]), abs=0.5)


def test_api_centrumsteden_group_and_ratio(server, source_sums):
    sums, _ = source_sums
    url = f"{server}/api/v1/data?indicators=v2506_elek_res_cons,vp2506_elek_res_n&level=centrumsteden&periods=2020"
    data = json.load(urllib.request.urlopen(url))
    by = {(r["indicator"], r["area"]): r for r in data["data"]}
    expected = sum(sums[("v2506_elek_res_cons", c, "2020")] for c in CENTRUMSTEDEN)
    assert by[("v2506_elek_res_cons", "centrumsteden")]["value"] == pytest.approx(round(expected), abs=0.5)
    clients = sum(sums[("v2506_elek_res_n", c, "2020")] for c in CENTRUMSTEDEN)
    assert by[("vp2506_elek_res_n", "centrumsteden")]["value"] == pytest.approx(round(expected / clients, 1), abs=0.051)


def test_brussels_no_answer_breaks_the_sum(server, source_sums):
    _, broken = source_sums
    assert ("v2506_elek_res_cons", "21004", "2021") in broken
    url = f"{server}/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024&areas=21004&periods=2021"
    record = json.load(urllib.request.urlopen(url))["data"][0]
    assert record["value"] is None and record["status"] == "no_answer"


def test_suppressed_values_never_leave(server):
    """vp2506_elek_res_n has threshold 10 on its weight: small sectors show no value in any route."""
    url = f"{server}/api/v1/data?indicators=vp2506_elek_res_n,v2506_elek_res_n&level=statsec2019&parent=44021&periods=2021"
    records = json.load(urllib.request.urlopen(url))["data"]
    clients = {r["area"]: r["value"] for r in records if r["indicator"] == "v2506_elek_res_n"}
    small = [r for r in records if r["indicator"] == "vp2506_elek_res_n" and 0 < (clients[r["area"]] or 0) < 10]
    assert small, "the demo data has sectors of Gent with fewer than 10 clients"
    assert all(r["value"] is None and r["status"] == "suppressed" for r in small)
    frame = stadincijfers(server).selectiontableasDataframe(
        "vp2506_elek_res_n", geolevel="statsec2019", geoitem=",".join(r["area"] for r in small), period="2021")
    assert len(frame) == len(small)
    assert all(v is None or math.isnan(v) for v in frame.iloc[:, 2])
