"""Uploads: ``files=`` sends a document as multipart (the body's fields beside it); bad files send nothing."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest

from saymon_sdk import AsyncClient, BasicAuth, Client, SaymonValidationError

ADMIN = BasicAuth("admin", "saymon")


def _download(emulator: Any, value: str) -> httpx.Response:
    return httpx.get(f"{emulator.url}{value}", auth=("admin", "saymon"))


def test_a_file_is_uploaded_as_multipart_and_reads_back_byte_for_byte(emulator: Any) -> None:
    data = b"line one\nline two\n\x00\xff"
    with Client(emulator.url, auth=ADMIN) as client:
        target = client.objects.list()[0]
        doc = client.objects.add_document(
            id=target.id, files={"file": ("notes.txt", data, "text/plain")}, body={"name": "Shift notes"}
        )
        assert doc.type_id == 7 and doc.name == "Shift notes"
        assert isinstance(doc.value, str) and doc.value.endswith("/notes.txt")
        read = client.objects.get_document(id=target.id, docId=doc.id)
        assert read.value == doc.value
    downloaded = _download(emulator, doc.value)
    assert downloaded.status_code == 200 and downloaded.content == data
    assert downloaded.headers["content-type"].startswith("text/plain")


def test_an_open_binary_file_uploads_to_a_link_without_a_body(emulator: Any) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    with Client(emulator.url, auth=ADMIN) as client:
        link = client.links.list()[0]
        doc = client.links.add_document(id=link.id, files={"file": ("map.png", io.BytesIO(png))})
    # without a body the document is named after the file
    assert doc.name == "map.png" and doc.type_id == 7
    assert isinstance(doc.value, str) and _download(emulator, doc.value).content == png


async def test_async_upload(emulator: Any) -> None:
    async with AsyncClient(emulator.url, auth=ADMIN) as client:
        target = (await client.objects.list())[0]
        doc = await client.objects.add_document(id=target.id, files={"file": b"raw bytes"})
    assert doc.type_id == 7 and isinstance(doc.value, str)
    assert _download(emulator, doc.value).content == b"raw bytes"


def test_a_web_link_document_still_goes_as_json(emulator: Any) -> None:
    with Client(emulator.url, auth=ADMIN) as client:
        target = client.objects.list()[0]
        raw = client.raw(
            "objects.addDocument", path={"id": target.id}, body={"name": "Runbook", "value": "https://wiki.example"}
        )
        assert raw.http_response.request.headers["content-type"] == "application/json"
        assert raw.parse().id


def _never_sent(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"sent {request.method} {request.url.path}")


@pytest.mark.parametrize(
    ("endpoint_id", "files", "where"),
    [
        ("objects.get", {"file": b"x"}, "files"),  # not an upload endpoint
        ("objects.addDocument", {}, "files"),  # nothing to upload
        ("objects.addDocument", {"file": 42}, "files.file"),
        ("objects.addDocument", {"file": "a path, not a file"}, "files.file"),
        ("objects.addDocument", {"file": ("name.txt",)}, "files.file"),
        ("objects.addDocument", {"file": ("name.txt", b"x", 7)}, "files.file"),
    ],
)
def test_bad_files_are_refused_before_anything_is_sent(endpoint_id: str, files: Any, where: str) -> None:
    transport = httpx.MockTransport(_never_sent)
    with Client("http://saymon.invalid", auth=ADMIN, http_client=httpx.Client(transport=transport)) as client:
        with pytest.raises(SaymonValidationError) as caught:
            client.call(endpoint_id, path={"id": "1"}, files=files)
    assert ".".join(str(p) for p in caught.value.issues[0]["path"]) == where


def test_a_body_field_that_is_no_form_value_is_refused() -> None:
    transport = httpx.MockTransport(_never_sent)
    with Client("http://saymon.invalid", auth=ADMIN, http_client=httpx.Client(transport=transport)) as client:
        with pytest.raises(SaymonValidationError) as caught:
            client.call("objects.addDocument", path={"id": "1"}, body={"name": 5}, files={"file": b"x"})
    assert caught.value.issues[0]["path"] == ["body", "name"]
