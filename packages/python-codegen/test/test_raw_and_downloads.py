"""``client.with_raw_response`` (every method, sync and async) and streamed document downloads."""

from __future__ import annotations

import inspect
import os
from typing import Any

import httpx
import pytest

from saymon_sdk import (
    AsyncClient,
    BasicAuth,
    Client,
    SaymonNotFoundError,
    SaymonResponseTooLargeError,
    SaymonValidationError,
)
from saymon_sdk._endpoints import ENDPOINTS

ADMIN = BasicAuth("admin", "saymon")


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def _methods(resource: object) -> set[str]:
    return {
        name
        for name, _ in inspect.getmembers(type(resource), inspect.isfunction)
        if not name.startswith("_")
    }


def test_every_endpoint_has_its_raw_method_with_the_same_arguments() -> None:
    client = Client("http://127.0.0.1:9", auth=ADMIN)
    for endpoint_id in ENDPOINTS:
        group, verb = endpoint_id.split(".")
        plain = getattr(client, _snake(group))
        raw = getattr(client.with_raw_response, _snake(group))
        assert _methods(raw) == _methods(plain), group
        assert (
            inspect.signature(getattr(raw, _snake(verb))).parameters
            == inspect.signature(getattr(plain, _snake(verb))).parameters
        ), endpoint_id
    client.close()


def test_a_raw_answer_has_status_headers_and_the_typed_value(emulator: Any) -> None:
    with Client(emulator.url, auth=ADMIN) as client:
        first = client.objects.list()[0]
        raw = client.with_raw_response.objects.get(id=first.id)
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        parsed = raw.parse()
        assert parsed is raw.parse()  # parsed once
        assert parsed.model_dump() == client.objects.get(id=first.id).model_dump()
        assert raw.content.startswith(b"{")
        selected = client.with_raw_response.objects.get(
            id=first.id, query={"fields": ["name"]}
        ).parse()
        assert selected.name == first.name
        assert client.with_raw_response.objects.list().parse()[0].id == first.id
        assert repr(raw) == "RawResponse(status_code=200)"
        with pytest.raises(SaymonNotFoundError):
            client.with_raw_response.objects.get(id="000000000000000000000000")


async def test_the_async_client_has_raw_answers_too(emulator: Any) -> None:
    async with AsyncClient(emulator.url, auth=ADMIN) as client:
        raw = await client.with_raw_response.users.current()
        assert raw.status_code == 200 and raw.parse().login == "admin"


def _upload(client: Client, data: bytes) -> Any:
    target = client.objects.list()[0]
    return client.objects.add_document(
        id=target.id, files={"file": ("big.bin", data, "application/octet-stream")}
    )


def test_a_document_streams_chunk_by_chunk_without_being_read_whole(
    emulator: Any,
) -> None:
    data = os.urandom(600_000)
    with Client(emulator.url, auth=ADMIN) as client:
        doc = _upload(client, data)
        received = bytearray()
        with client.stream_document(doc) as download:
            assert download.status_code == 200
            assert download.headers["content-length"] == str(len(data))
            chunks = 0
            for chunk in download.iter_bytes():
                received += chunk
                chunks += 1
            with pytest.raises(
                httpx.ResponseNotRead
            ):  # nothing kept in memory by the client
                _ = download.http_response.content
        assert (
            bytes(received) == data and download.bytes_read == len(data) and chunks > 1
        )
        with client.stream_document(
            doc.value
        ) as again:  # the value alone works as well
            assert b"".join(again.iter_bytes()) == data


def test_a_download_keeps_to_max_response_bytes(emulator: Any) -> None:
    with Client(emulator.url, auth=ADMIN) as client:
        doc = _upload(client, b"x" * 10_000)
        with pytest.raises(SaymonResponseTooLargeError) as caught:
            with client.stream_document(doc, options={"max_response_bytes": 1_000}):
                pass
        assert caught.value.limit == 1_000
        with client.stream_document(
            doc, options={"max_response_bytes": None}
        ) as download:
            assert len(b"".join(download.iter_bytes())) == 10_000


@pytest.mark.parametrize(
    "value",
    [
        "https://elsewhere.example/node-resources/docs/uid/x/a.txt",
        "/node/api/objects",
        None,
        "/node-resources/docs/../../etc",
    ],
)
def test_only_saymon_file_paths_are_downloaded_and_nothing_is_sent_otherwise(
    value: str | None,
) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(
        lambda request: sent.append(request) or httpx.Response(200)
    )
    with Client(
        "http://127.0.0.1:9", auth=ADMIN, http_client=httpx.Client(transport=transport)
    ) as client:
        document = type("Doc", (), {"value": value})()
        with pytest.raises(SaymonValidationError, match="node-resources/docs"):
            with client.stream_document(document):
                pass
    assert sent == []


async def test_the_async_client_streams_documents(emulator: Any) -> None:
    data = os.urandom(200_000)
    with Client(emulator.url, auth=ADMIN) as client:
        doc = _upload(client, data)
    async with AsyncClient(emulator.url, auth=ADMIN) as client:
        async with client.stream_document(doc) as download:
            received = b"".join([chunk async for chunk in download.aiter_bytes()])
    assert received == data
