"""A server address without a scheme: https, except loopback hosts (the emulator speaks plain HTTP)."""

from __future__ import annotations

import pytest

from saymon_sdk import Client, SaymonValidationError, TokenAuth
from saymon_sdk._config import normalize_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("saymon.example.com", "https://saymon.example.com"),
        ("saymon.example.com:8443/saymon", "https://saymon.example.com:8443/saymon"),
        ("10.0.0.5:8080", "https://10.0.0.5:8080"),
        ("localhost.example.com", "https://localhost.example.com"),
        ("127.0.0.1.example.com", "https://127.0.0.1.example.com"),
        ("[2001:db8::1]:8080", "https://[2001:db8::1]:8080"),
    ],
)
def test_a_bare_host_is_https(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("localhost", "http://localhost"),
        ("localhost:8080", "http://localhost:8080"),
        ("LOCALHOST:8080/node/api", "http://LOCALHOST:8080"),
        ("127.0.0.1", "http://127.0.0.1"),
        ("127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("127.1.2.3:3000", "http://127.1.2.3:3000"),
        ("::1", "http://[::1]"),
        ("[::1]", "http://[::1]"),
        ("[::1]:8080", "http://[::1]:8080"),
    ],
)
def test_a_loopback_host_stays_http(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


def test_a_scheme_given_is_kept() -> None:
    assert normalize_url("http://saymon.example.com") == "http://saymon.example.com"
    assert normalize_url("https://localhost:8443/") == "https://localhost:8443"


def test_the_client_sends_a_token_to_a_bare_host_over_https() -> None:
    client = Client("saymon.example.com", auth=TokenAuth("t0ken"))
    try:
        assert client._config.base_url == "https://saymon.example.com"
    finally:
        client.close()
    with pytest.raises(SaymonValidationError):
        normalize_url("ftp://saymon.example.com")
