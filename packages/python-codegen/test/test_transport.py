"""TLS with a private CA, an HTTP proxy, NOT_GIVEN against None, unknown fields kept, and ``client.call``."""

from __future__ import annotations

import http.client
import json
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from saymon_sdk import NOT_GIVEN, BasicAuth, Client, SaymonAuthenticationError, SaymonConnectionError, models

ADMIN = BasicAuth("admin", "saymon")


class Relay:
    """A small HTTP relay to the emulator: a forward proxy (absolute URLs) or, wrapped in TLS, an HTTPS front."""

    def __init__(self, target: str, context: ssl.SSLContext | None = None) -> None:
        relay = self
        self.seen: list[str] = []
        upstream = urlsplit(target)

        class Handler(BaseHTTPRequestHandler):
            def relay(self) -> None:
                relay.seen.append(self.path)
                path = urlsplit(self.path)._replace(scheme="", netloc="").geturl() or "/"
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "proxy-connection")}
                connection = http.client.HTTPConnection(upstream.hostname or "", upstream.port, timeout=10)
                connection.request(self.command, path, body=body, headers=headers)
                answer = connection.getresponse()
                data = answer.read()
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                connection.close()

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = relay

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if context is not None:
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.url = f"{'https' if context else 'http'}://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a server certificate for 127.0.0.1/localhost, made with openssl (as the Node tests do)."""

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=directory, check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=saymon-sdk test CA",
        "-keyout", "ca.key", "-out", "ca.pem")  # fmt: skip
    run("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key", "-out", "server.csr")
    (directory / "ext.cnf").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
        "-extfile", "ext.cnf", "-out", "server.pem")  # fmt: skip
    return directory / "ca.pem", directory / "server.pem", directory / "server.key"


@pytest.fixture
def https_front(emulator: Any, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    ca, cert, key = make_certificates(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    front = Relay(emulator.url, context)
    yield front.url, ca
    front.close()


def test_tls_with_a_private_ca(https_front: tuple[str, Path]) -> None:
    url, ca = https_front
    with Client(url, auth=ADMIN, verify=str(ca), max_retries=0) as client:
        assert client.users.current().login == "admin"
    # the system CAs do not know it: a clear connection error, not a silent downgrade
    with Client(url, auth=ADMIN, max_retries=0) as client:
        with pytest.raises(SaymonConnectionError) as caught:
            client.users.current()
    assert "certificate" in str(caught.value).lower()
    with Client(url, auth=ADMIN, verify=False, max_retries=0) as client:
        assert client.users.current().login == "admin"
    env = {"SAYMON_URL": url, "SAYMON_LOGIN": "admin", "SAYMON_PASSWORD": "saymon", "SAYMON_CA_FILE": str(ca)}
    with Client.from_env(env, max_retries=0) as client:
        assert client.users.current().login == "admin"


def test_every_request_goes_through_the_proxy(emulator: Any) -> None:
    proxy = Relay(emulator.url)
    try:
        with Client(emulator.url, auth=ADMIN, proxy=proxy.url, max_retries=0) as client:
            assert client.users.current().login == "admin"
            client.objects.list()
        env = {"SAYMON_URL": emulator.url, "SAYMON_TOKEN": "no-such-token", "SAYMON_PROXY": proxy.url}
        with Client.from_env(env, max_retries=0) as client:
            # the server refuses the token: the call went through the proxy all the same
            with pytest.raises(SaymonAuthenticationError):
                client.users.current()
    finally:
        proxy.close()
    # a forward proxy is sent absolute URLs
    assert [p.split("?")[0] for p in proxy.seen] == [
        f"{emulator.url}/node/api/users/current",
        f"{emulator.url}/node/api/objects",
        f"{emulator.url}/node/api/users/current",
    ]


def recording() -> tuple[httpx.Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/execute"):
            return httpx.Response(200, json="job-1")
        if request.url.path.endswith("/confirm/t"):
            return httpx.Response(200, text="Activation successful.")
        return httpx.Response(200, json={"id": "1", "name": "root", "x_custom": {"kept": True}})

    return httpx.Client(transport=httpx.MockTransport(answer)), sent


def test_not_given_is_left_out_and_none_is_sent_as_null() -> None:
    http, sent = recording()
    with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
        client.operations.execute_for_object(id="1", opId="2")
        client.operations.execute_for_object(id="1", opId="2", body=NOT_GIVEN)
        client.operations.execute_for_object(id="1", opId="2", body={})
        client.users.confirm_registration(id="1", token="t", body={"password": None})
    assert [r.content for r in sent] == [b"", b"", b"{}", b'{"password":null}']
    assert "content-type" not in sent[0].headers and sent[2].headers["content-type"] == "application/json"
    assert not NOT_GIVEN and repr(NOT_GIVEN) == "NOT_GIVEN"


def test_unknown_fields_are_kept_and_call_matches_the_typed_method() -> None:
    http, sent = recording()
    with Client("http://saymon.test", auth=ADMIN, http_client=http, response_validation="off") as client:
        raw = client.call("objects.get", path={"id": "1"})
    assert raw == {"id": "1", "name": "root", "x_custom": {"kept": True}}
    record = models.ObjectSelection.model_validate(raw)
    assert record.model_extra == {"x_custom": {"kept": True}}
    assert json.loads(record.model_dump_json())["x_custom"] == {"kept": True}
    with Client("http://saymon.test", auth=ADMIN, http_client=http) as client:
        typed = client.call("objects.get", path={"id": "1"}, query={"fields": ["name"]})
        assert typed == client.objects.get(id="1", query={"fields": ["name"]})
        assert typed.model_extra == {"x_custom": {"kept": True}}
    assert sent[-1].url.params["fields"] == "name"
