"""Maps: the us-atlas source, the simplified topology, and the sanctuary map over HTTP from a real server."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

from ice_ledger.errors import SourceFileError
from ice_ledger.sources.geo_us_atlas import read_topology, topology
from ice_ledger.web.maps import GRID, simplify, subset

MAX_PAGE_BYTES = 1_500_000


def _decode(topo: dict, arc: list[list[float]]) -> list[tuple[float, float]]:  # type: ignore[type-arg]
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    x = y = 0.0
    out = []
    for dx, dy in arc:
        x, y = x + dx, y + dy
        out.append((x * sx + tx, y * sy + ty))
    return out


def test_simplified_arcs_stay_within_half_a_grid_step(built_home: Path) -> None:
    raw = topology(built_home / "raw" / "geo_us_atlas")
    simple = simplify(raw)
    assert len(simple["arcs"]) == len(raw["arcs"])
    for i in range(0, len(raw["arcs"]), 97):  # a sample of arcs: ends stay put, every kept point is on the grid
        a, b = _decode(raw, raw["arcs"][i]), _decode(simple, simple["arcs"][i])
        assert len(b) >= 2
        for (x0, y0), (x1, y1) in ((a[0], b[0]), (a[-1], b[-1])):
            assert abs(x0 - x1) <= GRID / 2 + 1e-9 and abs(y0 - y1) <= GRID / 2 + 1e-9


def test_a_subset_keeps_only_the_arcs_its_objects_use(built_home: Path) -> None:
    simple = simplify(topology(built_home / "raw" / "geo_us_atlas"))
    states = subset(simple, ("states",))
    assert set(states["objects"]) == {"states"}
    assert 0 < len(states["arcs"]) < len(simple["arcs"])
    used = json.dumps(states["objects"])
    assert max(abs(int(n)) for n in re.findall(r"-?\d+", used.split('"arcs"', 1)[1][:2000])) < len(simple["arcs"])


def test_a_file_that_is_not_topojson_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "counties-albers-10m.json"
    bad.write_text('{"type": "FeatureCollection", "features": []}')
    with pytest.raises(SourceFileError, match=r"counties-albers-10m\.json: is not a us-atlas TopoJSON"):
        read_topology(bad)
    bad.write_bytes(b'{"type": "Topo')
    with pytest.raises(SourceFileError, match=r"counties-albers-10m\.json: is not valid JSON"):
        read_topology(bad)


def _figure(html: str) -> str:
    m = re.search(r'<figure class="map" id="policy-map"(.*?)</figure>', html, re.S)
    assert m, "no map on the page"
    return m.group(0)


def test_dhs_list_map_shades_its_counties_and_14_states(client: httpx.Client) -> None:
    r = client.get("/sanctuaries", params={"as_of": "2025-06-01"})
    assert r.status_code == 200
    assert len(r.content) < MAX_PAGE_BYTES, f"{len(r.content):,} bytes"
    fig = _figure(r.text)
    counties = int(re.search(r'data-counties="(\d+)"', fig).group(1))  # type: ignore[union-attr]
    states = int(re.search(r'data-states="(\d+)"', fig).group(1))  # type: ignore[union-attr]
    assert counties >= 385 and states == 14
    # the SVG holds one labelled shape per shaded place
    assert fig.count("status: county on the list") >= 385
    assert fig.count("status: state on the list") == 14
    assert "http" not in re.sub(r'xmlns(:xlink)?="[^"]+"', "", fig.split("<figcaption>")[0])  # nothing fetched
    unresolved = re.search(r'<ul id="unresolved">(.*?)</ul>', r.text, re.S)
    assert unresolved and "Athens-Clarke County" in unresolved.group(1)


def test_switching_to_287g_agreements_in_2019(client: httpx.Client) -> None:
    r = client.get("/sanctuaries", params={"as_of": "2019-06-30", "map": "287g"})
    assert r.status_code == 200
    assert "287(g) agreements in force, as of 2019-06-30" in r.text
    fig = _figure(r.text)
    counties = int(re.search(r'data-counties="(\d+)"', fig).group(1))  # type: ignore[union-attr]
    assert counties >= 100
    assert "county on the list" not in fig
    twin = client.get("/api/sanctuaries", params={"as_of": "2019-06-30", "map": "287g"}).json()
    assert twin["map"]["counties_drawn"] == counties and twin["map"]["key"] == "287g"


def test_an_unknown_map_is_refused(client: httpx.Client) -> None:
    assert client.get("/api/sanctuaries", params={"map": "no_such_map"}).status_code == 422
