"""The OpenSearch sink against a real OpenSearch-API server (osmem-server, in memory, on a free
loopback port), plus its retry logic against a scripted client and the committed template."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys

import pytest
from conftest import ROOT, page_fixtures

import extractor
from extractor.cli import main
from extractor.models import Entities, Person, Record, Source
from extractor.sinks import Query, SinkError, open_index, open_sink
from extractor.sinks.opensearch import OpenSearchSink, index_template, make_client

TEMPLATE_FILE = ROOT / "schemas" / "opensearch-index-template.json"
SEED_TITLE = "Trung tâm Thông tin - Tư liệu"
_names = itertools.count()


def test_committed_template_is_the_one_the_sink_applies():
    assert json.loads(TEMPLATE_FILE.read_text("utf-8")) == index_template(), (
        "regenerate: vnextract export --format opensearch-template "
        "-o schemas/opensearch-index-template.json")


# --- a real server -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def server():
    pytest.importorskip("opensearchpy", reason="opensearch-py not installed (extra 'search')")
    osmem = pytest.importorskip("osmem_server", reason="osmem-server not installed (extra 'dev')")
    try:
        srv = osmem.OsmemServer.start(japanese=False, addr="127.0.0.1:0", startup_timeout=20)
    except (osmem.OsmemError, OSError) as exc:
        pytest.skip(f"the OpenSearch-API test server (osmem-server) cannot start here: {exc}")
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def records() -> list[Record]:
    danang = Record(
        extractor_version="test", id="d" * 32,
        source=Source(format="text", encoding="utf-8", sha256="0" * 64, size=1),
        title="Đà Nẵng đón khách", paragraphs=["Đường về đảo đẹp."],
        published=dt.datetime(2020, 6, 18, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        entities=Entities(people=[Person(name="Đặng Văn Đức")]),
    )
    return [*(extractor.extract(p) for p in page_fixtures()), danang]


@pytest.fixture
def url(server) -> str:
    return f"{server.url}/vnextract-test-{next(_names)}"


@pytest.fixture
def loaded(url, records) -> str:
    with open_sink(url, batch_size=3) as sink:
        sink.add_many(records)
    assert sink.stats == {"indexed": len(records)}
    return url


def _client_index(url: str):
    base, index = url.rsplit("/", 1)
    return make_client(base), index


def _ids(client, index: str, query: dict) -> list[str]:
    found = client.search(index=index, body={"query": query, "size": 50})["hits"]["hits"]
    return [h["_id"] for h in found]


def test_template_is_applied(loaded):
    client, index = _client_index(loaded)
    template = client.indices.get_index_template(name=f"vnextract-{index}")["index_templates"][0]
    assert template["index_template"]["index_patterns"] == [index]
    props = client.indices.get_mapping(index=index)[index]["mappings"]["properties"]
    assert props["title"]["fields"]["folded"]["analyzer"] == "vi_folded"
    assert props["published"]["type"] == "date"
    assert props["tables"]["enabled"] is False
    assert props["authors"]["properties"]["name"]["type"] == "keyword"
    tokens = client.indices.analyze(index=index, body={"analyzer": "vi_folded",
                                                       "text": "Đà Nẵng hội nghị"})["tokens"]
    assert [t["token"] for t in tokens] == ["da", "nang", "hoi", "nghi"]


def test_bulk_load_and_match_phrase_queries(loaded, records):
    client, index = _client_index(loaded)
    seed = next(r for r in records if (r.title or "").startswith(SEED_TITLE))
    assert client.count(index=index)["count"] == len(records)
    assert seed.id in _ids(client, index, {"match_phrase": {"title.folded": "hoi nghi"}})
    assert seed.id in _ids(client, index, {"match_phrase": {"title": "hội nghị"}})
    assert _ids(client, index, {"match_phrase": {"title": "hoi nghi"}}) == []  # accents kept
    assert _ids(client, index, {"match_phrase": {"title.folded": "da nang"}}) == ["d" * 32]
    assert _ids(client, index, {"match_phrase": {"paragraphs.folded": "duong ve dao"}}) == ["d" * 32]
    assert _ids(client, index, {"match_phrase": {
        "entities.people.name.folded": "nguyen thi van nga"}}) == [seed.id]
    assert _ids(client, index, {"term": {"authors.name": "Đào Hữu Hảo"}}) == [seed.id]
    cell = next(r for r in records if r.tables).tables[0].rows[0][0]
    assert _ids(client, index, {"query_string": {"query": f'"{cell}"', "fields": ["tables.*"]}}) == []
    source = client.get(index=index, id=seed.id)["_source"]
    assert Record.model_validate(source) == seed  # _source is the record


def test_rerun_is_idempotent(loaded, records):
    with open_sink(loaded, batch_size=4) as sink:
        sink.add_many(records)
    client, index = _client_index(loaded)
    assert client.count(index=index)["count"] == len(records)
    assert client.get(index=index, id=records[0].id)["_version"] == 2


def test_search_through_the_index_interface(loaded, records):
    seed = next(r for r in records if (r.title or "").startswith(SEED_TITLE))
    index = open_index(loaded)
    hits = index.search(Query("hoi nghi"))
    assert hits[0].id == seed.id and hits[0].match == "folded"
    assert [h.match for h in index.search(Query("hội nghị"))][:1] == ["exact"]
    assert [h.id for h in index.search(Query("", people=("Nguyen Thi Van Nga",)))] == [seed.id]
    assert [h.id for h in index.search(Query("", people=("dang van duc",)))] == ["d" * 32]
    day = dt.date(2020, 6, 18)
    assert {h.id for h in index.search(Query("", since=day, until=day))} == {seed.id, "d" * 32}
    assert [h.id for h in index.search(Query("", since=day + dt.timedelta(days=1),
                                             until=dt.date(2020, 12, 31)))] == []
    snippet_hit = index.search(Query("da nang"))[0]
    assert [snippet_hit.title[a:b] for a, b in snippet_hit.title_highlights] == ["Đà", "Nẵng"]


def test_cli_index_and_search(url, records, tmp_path, capsys):
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text("".join(r.model_dump_json() + "\n" for r in records) + "{bad\n", "utf-8")
    assert main(["index", str(jsonl), "--to", url, "--errors", str(tmp_path / "e.jsonl")]) == 0
    capsys.readouterr()
    assert main(["search", "hoi nghi", "--index", url, "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["title"].startswith(SEED_TITLE)


def test_exported_bulk_file_loads_with_the_committed_template(server, records, tmp_path):
    jsonl, out = tmp_path / "r.jsonl", tmp_path / "bulk.ndjson"
    jsonl.write_text("".join(r.model_dump_json() + "\n" for r in records), "utf-8")
    index = f"vnextract-export-{next(_names)}"
    assert main(["export", str(jsonl), "--format", "opensearch-bulk", "-o", str(out),
                 "--index-name", index]) == 0
    client = make_client(server.url)
    client.indices.put_index_template(name="vnextract", body=json.loads(TEMPLATE_FILE.read_text()))
    response = client.bulk(body=out.read_text("utf-8"), refresh=True)
    assert not response["errors"]
    assert client.count(index=index)["count"] == len(records)
    assert _ids(client, index, {"match_phrase": {"title.folded": "da nang"}}) == ["d" * 32]


# --- batching and retries, against a scripted client ----------------------------------------

class ScriptedClient:
    """Answers bulk requests from a script: an exception to raise, or per-document statuses."""

    def __init__(self, script: list):
        self.script = script
        self.requests: list[list[str]] = []
        self.indices = self

    def bulk(self, body: str) -> dict:
        lines = body.splitlines()
        self.requests.append([json.loads(a)["index"]["_id"] for a in lines[::2]])
        step = self.script.pop(0) if self.script else None
        if isinstance(step, Exception):
            raise step
        statuses = step or [201] * (len(lines) // 2)
        return {"items": [{"index": {"status": s, **({"error": {"type": "x"}} if s >= 300 else {})}}
                          for s in statuses]}

    # index management: nothing to do for a scripted cluster
    def put_index_template(self, **_):
        return {}

    def exists(self, **_):
        return True

    def get_mapping(self, index):
        return {index: {"mappings": {"properties": {"title": {"fields": {"folded": {}}}}}}}

    def refresh(self, **_):
        return {}


def _tiny(i: int) -> Record:
    return Record(extractor_version="t", id=f"{i:032x}", title=f"Tin {i}",
                  source=Source(format="text", encoding="utf-8", sha256="0" * 64, size=1))


def test_batches_are_bounded_and_overload_is_retried_with_backoff():
    errors = pytest.importorskip("opensearchpy.exceptions")
    sleeps: list[float] = []
    client = ScriptedClient([
        errors.TransportError(429, "too_many_requests", {}),
        [201, 429, 503],            # two documents rejected for load: resent alone
        [200, 200],
        [201, 400, 201],            # a mapping error is not retried
        errors.ConnectionError("N/A", "connection refused", None),
    ])
    sink = OpenSearchSink("http://cluster:9200/news", batch_size=3, client=client,
                          sleep=sleeps.append, backoff=1.0)
    sink.add_many(_tiny(i) for i in range(7))
    sink.close()
    assert [len(r) for r in client.requests] == [3, 3, 2, 3, 1, 1]
    assert client.requests[2] == [f"{1:032x}", f"{2:032x}"]
    assert sink.stats["indexed"] == 6 and sink.stats["failed"] == 1
    assert sink.failures[0]["id"] == f"{4:032x}" and sink.failures[0]["status"] == 400
    # Back-off with jitter: step k waits between 2**(k-1)/2 and 2**(k-1) seconds.
    assert len(sleeps) == 3 and 0.5 <= sleeps[0] <= 1 and 1 <= sleeps[1] <= 2 and sleeps[2] <= 1


def test_back_off_grows_and_gives_up_with_a_clear_error():
    errors = pytest.importorskip("opensearchpy.exceptions")
    down = [errors.ConnectionError("N/A", "refused", None)] * 10
    sleeps: list[float] = []
    sink = OpenSearchSink("http://cluster:9200/news", client=ScriptedClient(down), max_retries=4,
                          backoff=1.0, sleep=sleeps.append)
    sink.add(_tiny(1))
    with pytest.raises(SinkError, match="after 5 tries"):
        sink.close()
    assert [2 ** (k - 1) / 2 <= s <= 2 ** (k - 1) for k, s in enumerate(sleeps, 1)] == [True] * 4


def test_byte_bound_splits_batches():
    pytest.importorskip("opensearchpy")
    client = ScriptedClient([])
    sink = OpenSearchSink("http://cluster:9200/news", batch_size=1000, max_bytes=1, client=client)
    sink.add_many(_tiny(i) for i in range(3))
    sink.close()
    assert [len(r) for r in client.requests] == [1, 1, 1]


def test_missing_opensearch_py_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "opensearchpy", None)  # import fails as if not installed
    with pytest.raises(SinkError, match="opensearch-py"):
        open_sink("http://localhost:9200")


def test_bad_index_names_are_refused():
    with pytest.raises(SinkError, match="index name"):
        open_sink("http://localhost:9200/Upper/Case")
