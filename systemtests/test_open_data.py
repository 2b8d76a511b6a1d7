"""The open-data formats read back by the tools the field uses: the RDF Data Cube (Turtle and JSON-LD) loaded with
rdflib and checked against the 21 integrity constraints of the W3C recommendation (after its normalisation step),
the DCAT-AP catalogue, and the XLSX download opened with openpyxl and pandas."""
import csv
import io
import json
import math
import urllib.parse
import urllib.request
import zlib

import openpyxl
import pandas
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, FOAF, RDF, SKOS, XSD

QB = Namespace("http://purl.org/linked-data/cube#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")

PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

# The normalisation algorithm of the recommendation (section 10.2): phase 1 closes the types and component
# properties that the abbreviated form leaves implicit, phase 2 pushes attributes and dimensions given on a dataset or
# slice down to its observations. The constraints are defined on the normalised graph.
NORMALISE = [
    "INSERT { ?o rdf:type qb:Observation } WHERE { [] qb:observation ?o }",
    "INSERT { ?o rdf:type qb:Observation } WHERE { ?o qb:dataSet [] }",
    "INSERT { ?s rdf:type qb:Slice } WHERE { [] qb:slice ?s }",
    "INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:DimensionProperty } WHERE { ?cs qb:dimension ?p }",
    "INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:MeasureProperty } WHERE { ?cs qb:measure ?p }",
    "INSERT { ?cs qb:componentProperty ?p . ?p rdf:type qb:AttributeProperty } WHERE { ?cs qb:attribute ?p }",
    """INSERT { ?obs ?comp ?value } WHERE {
        ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:DataSet .
        ?dataset qb:structure [ qb:component ?spec ] ; ?comp ?value .
        ?obs qb:dataSet ?dataset }""",
    """INSERT { ?obs ?comp ?value } WHERE {
        ?spec qb:componentProperty ?comp ; qb:componentAttachment qb:Slice .
        ?dataset qb:structure [ qb:component ?spec ] ; qb:slice ?slice .
        ?slice ?comp ?value ; qb:observation ?obs }""",
    """INSERT { ?obs ?comp ?value } WHERE {
        ?spec qb:componentProperty ?comp . ?comp a qb:DimensionProperty .
        ?dataset qb:structure [ qb:component ?spec ] ; qb:slice ?slice .
        ?slice ?comp ?value ; qb:observation ?obs }""",
]

# The integrity constraints IC-1 … IC-19 as ASK queries: true means the constraint is broken.
CONSTRAINTS = {
    "IC-1 unique dataset": """ASK {
        { ?obs a qb:Observation . FILTER NOT EXISTS { ?obs qb:dataSet ?d } }
        UNION { ?obs a qb:Observation ; qb:dataSet ?d1, ?d2 . FILTER (?d1 != ?d2) } }""",
    "IC-2 unique DSD": """ASK {
        { ?ds a qb:DataSet . FILTER NOT EXISTS { ?ds qb:structure ?dsd } }
        UNION { ?ds a qb:DataSet ; qb:structure ?dsd1, ?dsd2 . FILTER (?dsd1 != ?dsd2) } }""",
    "IC-3 DSD includes measure": """ASK {
        ?dsd a qb:DataStructureDefinition .
        FILTER NOT EXISTS { ?dsd qb:component [ qb:componentProperty [ a qb:MeasureProperty ] ] } }""",
    "IC-4 dimensions have range": """ASK {
        ?dim a qb:DimensionProperty . FILTER NOT EXISTS { ?dim rdfs:range [] } }""",
    "IC-5 concept dimensions have code lists": """ASK {
        ?dim a qb:DimensionProperty ; rdfs:range skos:Concept . FILTER NOT EXISTS { ?dim qb:codeList [] } }""",
    "IC-6 only attributes may be optional": """ASK {
        ?dsd qb:component ?spec .
        ?spec qb:componentRequired "false"^^xsd:boolean ; qb:componentProperty ?c .
        FILTER NOT EXISTS { ?c a qb:AttributeProperty } }""",
    "IC-7 slice keys must be declared": """ASK {
        ?key a qb:SliceKey . FILTER NOT EXISTS { [ a qb:DataStructureDefinition ] qb:sliceKey ?key } }""",
    "IC-8 slice keys consistent with DSD": """ASK {
        ?key a qb:SliceKey ; qb:componentProperty ?p . ?dsd qb:sliceKey ?key .
        FILTER NOT EXISTS { ?dsd qb:component [ qb:componentProperty ?p ] } }""",
    "IC-9 unique slice structure": """ASK {
        { ?slice a qb:Slice . FILTER NOT EXISTS { ?slice qb:sliceStructure ?key } }
        UNION { ?slice a qb:Slice ; qb:sliceStructure ?k1, ?k2 . FILTER (?k1 != ?k2) } }""",
    "IC-10 slice dimensions complete": """ASK {
        ?slice qb:sliceStructure [ qb:componentProperty ?dim ] . FILTER NOT EXISTS { ?slice ?dim [] } }""",
    "IC-11 all dimensions required": """ASK {
        ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
        ?dim a qb:DimensionProperty . FILTER NOT EXISTS { ?obs ?dim [] } }""",
    "IC-12 no duplicate observations": """ASK {
        FILTER (?allEqual)
        { SELECT (MIN(?equal) AS ?allEqual) WHERE {
            ?obs1 qb:dataSet ?dataset . ?obs2 qb:dataSet ?dataset . FILTER (?obs1 != ?obs2)
            ?dataset qb:structure/qb:component/qb:componentProperty ?dim . ?dim a qb:DimensionProperty .
            ?obs1 ?dim ?v1 . ?obs2 ?dim ?v2 .
            BIND (?v1 = ?v2 AS ?equal)
          } GROUP BY ?obs1 ?obs2 } }""",
    "IC-13 required attributes": """ASK {
        ?obs qb:dataSet/qb:structure/qb:component ?spec .
        ?spec qb:componentRequired "true"^^xsd:boolean ; qb:componentProperty ?attr .
        FILTER NOT EXISTS { ?obs ?attr [] } }""",
    "IC-14 all measures present": """ASK {
        ?obs qb:dataSet/qb:structure ?dsd .
        FILTER NOT EXISTS { ?dsd qb:component/qb:componentProperty qb:measureType }
        ?dsd qb:component/qb:componentProperty ?measure . ?measure a qb:MeasureProperty .
        FILTER NOT EXISTS { ?obs ?measure [] } }""",
    "IC-15 measure dimension consistent": """ASK {
        ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure .
        ?dsd qb:component/qb:componentProperty qb:measureType .
        FILTER NOT EXISTS { ?obs ?measure [] } }""",
    "IC-16 single measure on measure dimension observation": """ASK {
        ?obs qb:dataSet/qb:structure ?dsd ; qb:measureType ?measure ; ?other [] .
        ?dsd qb:component/qb:componentProperty qb:measureType ; qb:component/qb:componentProperty ?other .
        ?other a qb:MeasureProperty .
        FILTER (?other != ?measure) }""",
    "IC-17 all measures present in measures dimension cube": """ASK {
        { SELECT ?numMeasures (COUNT(?obs2) AS ?count) WHERE {
            { SELECT ?dsd (COUNT(?m) AS ?numMeasures) WHERE {
                ?dsd qb:component/qb:componentProperty ?m . ?m a qb:MeasureProperty . } GROUP BY ?dsd }
            ?obs1 qb:dataSet/qb:structure ?dsd ; qb:dataSet ?dataset ; qb:measureType ?m1 .
            ?obs2 qb:dataSet ?dataset ; qb:measureType ?m2 .
            FILTER NOT EXISTS {
                ?dsd qb:component/qb:componentProperty ?dim . FILTER (?dim != qb:measureType)
                ?dim a qb:DimensionProperty .
                ?obs1 ?dim ?v1 . ?obs2 ?dim ?v2 . FILTER (?v1 != ?v2) }
          } GROUP BY ?obs1 ?numMeasures HAVING (COUNT(?obs2) != ?numMeasures) } }""",
    "IC-18 consistent dataset links": """ASK {
        ?dataset qb:slice ?slice . ?slice qb:observation ?obs .
        FILTER NOT EXISTS { ?obs qb:dataSet ?dataset } }""",
    "IC-19 codes from code list (scheme)": """ASK {
        ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
        ?dim a qb:DimensionProperty ; qb:codeList ?list . ?list a skos:ConceptScheme .
        ?obs ?dim ?v .
        FILTER NOT EXISTS { ?v a skos:Concept ; skos:inScheme ?list } }""",
    "IC-19 codes from code list (collection)": """ASK {
        ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
        ?dim a qb:DimensionProperty ; qb:codeList ?list . ?list a skos:Collection .
        ?obs ?dim ?v .
        FILTER NOT EXISTS { ?v a skos:Concept . ?list skos:member+ ?v } }""",
}

# IC-20 and IC-21 are templates over each parent-child property of a hierarchical code list ($p).
HIERARCHICAL = {
    "IC-20 codes from hierarchy": """ASK {
        ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
        ?dim a qb:DimensionProperty ; qb:codeList ?list . ?list a qb:HierarchicalCodeList .
        ?obs ?dim ?v .
        FILTER NOT EXISTS { ?list qb:hierarchyRoot/<$p>* ?v } }""",
    "IC-21 codes from hierarchy (inverse)": """ASK {
        ?obs qb:dataSet/qb:structure/qb:component/qb:componentProperty ?dim .
        ?dim a qb:DimensionProperty ; qb:codeList ?list . ?list a qb:HierarchicalCodeList .
        ?obs ?dim ?v .
        FILTER NOT EXISTS { ?list qb:hierarchyRoot/(^<$p>)* ?v } }""",
}


def normalised(graph):
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    for update in NORMALISE:
        copy.update(PREFIXES + update)
    return copy


def broken_constraints(graph, only=None):
    """The names of the constraints the graph breaks (after normalising it); `only`: check just this one."""
    graph = normalised(graph)
    broken = [name for name, query in CONSTRAINTS.items()
              if only in (None, name) and graph.query(PREFIXES + query).askAnswer]
    parent_child = {p for _, p in graph.subject_objects(QB.parentChildProperty)}
    for name, template in HIERARCHICAL.items():
        for p in parent_child:
            if graph.query(PREFIXES + template.replace("$p", str(p))).askAnswer:
                broken.append(name)
    return broken


def fetch(url):
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.headers, response.read()


SELECTIONS = {
    # several indicators, suppressed cells (Herstappe) and two periods
    "several": "indicators=vp2506_gas_nietres_n,vp2506_elek_nietres_n,v2506_gas_res_n&level=gemeente2024"
               "&areas=73028,44021,11002&periods=2020,2021",
    # statistical sectors: suppressed and no_data side by side
    "sectors": "indicators=vp2506_gas_nietres_n&level=statsec2024&areas=11002P589,11002J85-,11002R482&periods=latest",
    # indicators whose latest periods differ: the cube is filled with no_data where one has no period
    "latest": "indicators=sb_lekp1_vte,v2506_elek_res_n&level=gemeente2024&parent=centrumsteden&areas=44021,11002,12025"
              "&periods=latest",
}


@pytest.fixture(scope="module")
def cubes(server):
    """Per selection: the Turtle graph, the JSON-LD graph and the CSV rows of the same selection."""
    loaded = {}
    for name, query in SELECTIONS.items():
        base = f"{server}/api/v1/data?{query}"
        headers, turtle = fetch(base + "&format=turtle")
        assert headers["Content-Type"].startswith("text/turtle")
        headers, jsonld = fetch(base + "&format=jsonld")
        assert headers["Content-Type"].startswith("application/ld+json")
        _, text = fetch(base + "&format=csv")
        rows = list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))
        loaded[name] = (Graph().parse(data=turtle, format="turtle"), Graph().parse(data=jsonld, format="json-ld"), rows)
    return loaded


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_data_cube_passes_the_integrity_constraints(cubes, name):
    turtle, jsonld, _ = cubes[name]
    assert broken_constraints(turtle) == []
    assert broken_constraints(jsonld) == []
    # Both syntaxes hold the same graph.
    assert isomorphic(turtle, jsonld)


def observations(graph):
    """(indicator code, area code, period) → (value, status code) from a Data Cube graph."""
    query = PREFIXES + """
        PREFIX sb: <%s>
        SELECT ?code ?area ?period ?value ?status WHERE {
            ?obs a qb:Observation ; qb:measureType ?m ; ?m ?value ; sb:gebied ?a ; sb:periode ?p ; sb:status ?s .
            ?m skos:notation ?code . ?a skos:notation ?area . ?p skos:notation ?period . ?s skos:notation ?status }"""
    namespace = next(str(o) for s, o in graph.subject_objects(QB.dimension) if str(o).endswith("#gebied"))
    found = {}
    for code, area, period, value, status in graph.query(query % namespace.removesuffix("gebied")):
        key = (str(code), str(area), str(period))
        assert key not in found, f"two observations for {key}"
        found[key] = (value, str(status))
    return found


@pytest.mark.parametrize("name", list(SELECTIONS))
def test_data_cube_says_what_the_csv_says(cubes, name):
    turtle, _, rows = cubes[name]
    found = observations(turtle)
    for row in rows:
        value, status = found[(row["indicator"], row["area"], row["period"])]
        assert status == row["status"]
        assert value.datatype == XSD.double
        if row["value"]:
            assert math.isclose(float(value), float(row["value"]))
        else:
            # No number leaves the server for a suppressed or missing cell: NaN, with the status saying why.
            assert math.isnan(float(value))


def test_suppressed_and_filled_cells(cubes):
    several = observations(cubes["several"][0])
    assert several[("vp2506_gas_nietres_n", "73028", "2021")][1] == "suppressed"
    assert sum(1 for _, status in several.values() if status == "ok") >= 12
    # Each indicator's latest period differs: every indicator still has every area × period, the gaps as no_data.
    latest = observations(cubes["latest"][0])
    assert len(latest) == 2 * 3 * 2
    assert latest[("sb_lekp1_vte", "44021", "2021")][1] == "no_data"
    assert latest[("v2506_elek_res_n", "44021", "2021")][1] == "ok"


def test_the_constraints_catch_broken_cubes(cubes):
    """Each constraint query finds the fault it is there for: the checks above are not vacuous."""
    graph, _, _ = cubes["latest"]
    observation = next(graph.subjects(RDF.type, QB.Observation))
    measure = graph.value(observation, QB.measureType)
    dimension = next(o for o in graph.objects(None, QB.dimension) if str(o).endswith("#gebied"))
    status = next(o for o in graph.objects(None, QB.attribute) if str(o).endswith("#status"))

    def broken_after(change, constraint):
        copy = Graph()
        for triple in graph:
            copy.add(triple)
        change(copy)
        return broken_constraints(copy, only=constraint) == [constraint]

    assert broken_after(lambda g: g.add((observation, QB.dataSet, URIRef("urn:x:other"))), "IC-1 unique dataset")
    assert broken_after(lambda g: g.remove((dimension, None, SKOS.Concept)), "IC-4 dimensions have range")
    assert broken_after(lambda g: g.remove((observation, status, None)), "IC-13 required attributes")
    assert broken_after(lambda g: g.remove((observation, measure, None)), "IC-15 measure dimension consistent")
    assert broken_after(lambda g: [g.remove((observation, p, o)) for p, o in list(g.predicate_objects(observation))],
                        "IC-17 all measures present in measures dimension cube")

    def duplicate(g):
        twin = URIRef(str(observation) + "-twin")
        for p, o in list(g.predicate_objects(observation)):
            g.add((twin, p, o))
    assert broken_after(duplicate, "IC-12 no duplicate observations")

    def foreign_area(g):
        g.remove((observation, dimension, None))
        g.add((observation, dimension, URIRef("urn:x:area")))
    assert broken_after(foreign_area, "IC-19 codes from code list (scheme)")


def test_data_cube_limits_and_names(server):
    headers, _ = fetch(f"{server}/api/v1/data?{SELECTIONS['latest']}&format=turtle")
    assert "_gemeente-de-13-vlaamse-centrumsteden+" in headers["Content-Disposition"]
    assert "_2021-2024.ttl\"" in headers["Content-Disposition"]
    with pytest.raises(urllib.error.HTTPError) as error:
        fetch(f"{server}/api/v1/data?indicators=v2506_elek_res_n&level=gemeente2024&format=rdfxml")
    assert error.value.code == 400


def test_large_data_cube_streams_whole_when_compressed(server):
    """Every wijk × every period: written in slices; gzipped on the way, the stream still ends properly."""
    request = urllib.request.Request(f"{server}/api/v1/data?indicators=v2506_elek_res_cons&level=ggw72024&format=turtle",
                                     headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.headers["Content-Encoding"] == "gzip"
        body = response.read()
    decompressor = zlib.decompressobj(wbits=31)
    text = decompressor.decompress(body).decode("utf-8")
    assert decompressor.eof
    assert text.count("a qb:Observation") > 5000
    assert text.endswith(" .\n")


def test_xlsx_download_opens_with_numbers_and_notes(server):
    # setup: the 13 centrumsteden, two indicators, the latest period of each
    query = "indicators=vp2506_elek_res_n,vp2506_gas_nietres_n&level=gemeente2024&parent=centrumsteden&periods=latest"
    headers, body = fetch(f"{server}/api/v1/data?{query}&format=xlsx")
    # check: a name that says what it holds, the spreadsheet media type
    assert headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert '_gemeente-de-13-vlaamse-centrumsteden_2021.xlsx"' in headers["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(body))
    assert workbook.sheetnames == ["Cijfers", "Toelichting"]
    data = workbook["Cijfers"]
    assert data.freeze_panes == "A2"
    header = [cell.value for cell in data[1]]
    assert header[:3] == ["gebiedscode", "gebied", "periode"]
    assert header[3].startswith("Consumptie elektriciteit per residentiële klant")
    assert header[4] == "status vp2506_elek_res_n"
    assert data["A1"].font.bold
    _, csv_text = fetch(f"{server}/api/v1/data?{query}&format=csv")
    expected = {(r["indicator"], r["area"], r["period"]): r for r in csv.DictReader(io.StringIO(csv_text.decode("utf-8-sig")))}
    rows = list(data.iter_rows(min_row=2))
    assert len(rows) == 13
    for row in rows:
        area, period = row[0].value, row[2].value
        for column, code in ((3, "vp2506_elek_res_n"), (5, "vp2506_gas_nietres_n")):
            source = expected[(code, area, period)]
            cell, status = row[column], row[column + 1].value
            if source["value"]:
                # A number, not text, with the indicator's decimals in its format.
                assert cell.data_type == "n" and isinstance(cell.value, (int, float))
                assert math.isclose(cell.value, float(source["value"]))
                assert cell.number_format == "#,##0.0"  # both indicators are rounded to 0.1
                assert status is None
            else:
                assert cell.value is None and status == source["status"]
    notes = workbook["Toelichting"]
    described = {row[1]: row for row in notes.iter_rows(min_row=2, values_only=True) if row and row[1]}
    electricity = described["vp2506_elek_res_n"]
    assert electricity[0] == "D" and electricity[2] == "Consumptie elektriciteit per residentiële klant"
    assert electricity[3] == "kwh" and electricity[4]  # unit and source
    assert "10" in electricity[7]  # the privacy threshold in words
    statuses = [row[0] for row in notes.iter_rows(values_only=True) if row and row[0] in ("suppressed", "no_data")]
    assert statuses == ["suppressed", "no_data"]
    # pandas reads the same numbers as numbers.
    frame = pandas.read_excel(io.BytesIO(body), sheet_name="Cijfers", dtype={"gebiedscode": str})
    assert frame.shape == (13, 7)
    assert pandas.api.types.is_numeric_dtype(frame.iloc[:, 3])
    assert frame.loc[frame["gebiedscode"] == "44021"].iloc[0, 3] == float(expected[("vp2506_elek_res_n", "44021", "2021")]["value"])


def test_xlsx_in_english_and_with_suppressed_cells(server):
    query = "indicators=vp2506_gas_nietres_n&level=gemeente2024&areas=73028,44021&periods=2021"
    _, body = fetch(f"{server}/api/v1/data?{query}&format=xlsx&lang=en")
    workbook = openpyxl.load_workbook(io.BytesIO(body))
    assert workbook.sheetnames == ["Data", "Notes"]
    rows = list(workbook["Data"].iter_rows(min_row=2, values_only=True))
    herstappe = next(row for row in rows if row[0] == "73028")
    assert herstappe[3] is None and herstappe[4] == "suppressed"
    assert "1 cell(s) hidden" in next(row[7] for row in workbook["Notes"].iter_rows(min_row=2, values_only=True)
                                      if row[1] == "vp2506_gas_nietres_n")


def test_dcat_catalogue_is_harvestable(server):
    """The catalogue parses in both syntaxes and has DCAT-AP's mandatory properties (catalogue: title, description,
    publisher with a name, datasets; dataset: title, description; distribution: access URL), and the recommended ones
    we can give."""
    _, turtle = fetch(f"{server}/api/v1/catalog")
    headers, jsonld = fetch(f"{server}/api/v1/catalog?format=jsonld")
    assert headers["Content-Type"].startswith("application/ld+json")
    graph = Graph().parse(data=turtle, format="turtle")
    assert isomorphic(graph, Graph().parse(data=jsonld, format="json-ld"))
    catalogs = list(graph.subjects(RDF.type, DCAT.Catalog))
    assert len(catalogs) == 1
    catalog = catalogs[0]
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.publisher):
        assert graph.value(catalog, prop) is not None, prop
    assert graph.value(graph.value(catalog, DCTERMS.publisher), FOAF.name) is not None
    datasets = set(graph.objects(catalog, DCAT.dataset))
    assert datasets == set(graph.subjects(RDF.type, DCAT.Dataset))
    _, listed = fetch(f"{server}/api/v1/indicators")
    visible = {item["code"] for item in json.loads(listed)["items"]}
    assert {str(graph.value(d, DCTERMS.identifier)) for d in datasets} == visible
    for dataset in datasets:
        assert graph.value(dataset, DCTERMS.title) is not None and graph.value(dataset, DCTERMS.description) is not None
        assert URIRef("http://publications.europa.eu/resource/authority/data-theme/REGI") in set(graph.objects(dataset, DCAT.theme))
        assert graph.value(dataset, DCAT.keyword) is not None
    electricity = next(d for d in datasets if str(graph.value(d, DCTERMS.identifier)) == "v2506_elek_res_cons")
    period = graph.value(electricity, DCTERMS.temporal)
    assert (graph.value(period, DCAT.startDate), graph.value(period, DCAT.endDate)) == \
        (Literal("2018", datatype=XSD.gYear), Literal("2021", datatype=XSD.gYear))
    assert graph.value(electricity, DCTERMS.modified).datatype == XSD.dateTime
    distributions = list(graph.objects(electricity, DCAT.distribution))
    formats = {str(graph.value(d, DCTERMS["format"])).rsplit("/", 1)[1] for d in distributions}
    assert formats == {"CSV", "XLSX", "JSON", "RDF_TURTLE"}
    for distribution in distributions:
        url = str(graph.value(distribution, DCAT.accessURL))
        assert url == str(graph.value(distribution, DCAT.downloadURL))
        assert graph.value(distribution, DCAT.mediaType) is not None
        # Every distribution answers, with the media type it announces.
        answer_headers, _ = fetch(url)
        announced = str(graph.value(distribution, DCAT.mediaType)).split("media-types/", 1)[1]
        assert answer_headers["Content-Type"].split(";")[0] == announced
