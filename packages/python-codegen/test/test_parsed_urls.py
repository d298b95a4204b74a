"""The per-client table of parsed URLs: one parse per URL text, bounded, shared with derived clients."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from saymon_sdk import BasicAuth, Client, TokenAuth
from saymon_sdk._parsed_urls import SIZE, ParsedUrls


def test_one_parse_per_url_text_as_httpx_parses_it() -> None:
    urls = ParsedUrls()
    text = "http://127.0.0.1:8080/node/api/objects/a%2Fb?fields=name%2Cpath&q=%C3%A9+x"
    first = urls.get(text)
    assert urls.get(text) is first
    assert first == httpx.URL(text) and str(first) == str(httpx.URL(text))
    assert urls.get(text + "&more=1") is not first


def test_a_bad_url_raises_as_httpx_does_and_is_not_kept() -> None:
    urls = ParsedUrls()
    with pytest.raises(httpx.InvalidURL):
        urls.get("http://[::1/node")
    assert not urls._urls


def test_the_table_is_bounded() -> None:
    urls = ParsedUrls()
    kept = [urls.get(f"http://127.0.0.1:1/objects/{i}") for i in range(SIZE)]
    assert urls.get("http://127.0.0.1:1/objects/0") is kept[0]
    urls.get("http://127.0.0.1:1/one-more")  # the table was full: it starts again
    assert urls.get("http://127.0.0.1:1/objects/0") is not kept[0]


def test_calls_send_the_urls_they_name_through_the_table(emulator: Any) -> None:
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as admin:
        me = admin.users.current()
        assert admin.objects.get(id="1", query={"fields": ["name"]}).name
        by_token = admin.with_options(auth=TokenAuth("not-a-token"))
        with pytest.raises(Exception, match="REDACTED"):
            by_token.users.current()  # another query on the same path: its own URL, the token not shown
        again = admin.with_raw_response.users.current()
        assert str(again.http_response.request.url) == f"{emulator.url}/node/api/users/current"
        assert again.parse().id == me.id
