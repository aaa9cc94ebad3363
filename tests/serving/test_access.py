"""The access rules `reader serve` puts in front of textual-serve, one by one."""

from __future__ import annotations

import pytest

from reader.serving.access import (
    MIN_TOKEN_LENGTH,
    ServeError,
    check_listen,
    is_loopback,
    page_url,
    request_host_allowed,
    same_origin,
    token_matches,
)

TOKEN = "t" * MIN_TOKEN_LENGTH


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST"]
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize(
    "host", ["0.0.0.0", "::", "192.168.1.20", "example.org", "localhost.evil.example", ""]
)
def test_hosts_beyond_loopback(host: str) -> None:
    assert not is_loopback(host)


def test_loopback_needs_no_token() -> None:
    check_listen("127.0.0.1", 8000, None)
    check_listen("localhost", 8000, TOKEN)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "reader.example.org"])
def test_beyond_loopback_a_token_is_required(host: str) -> None:
    with pytest.raises(ServeError, match="needs --token"):
        check_listen(host, 8000, None)
    check_listen(host, 8000, TOKEN)


def test_a_short_token_is_refused_anywhere() -> None:
    with pytest.raises(ServeError, match=f"at least {MIN_TOKEN_LENGTH} characters"):
        check_listen("127.0.0.1", 8000, TOKEN[1:])


@pytest.mark.parametrize("port", [0, -1, 65536, 70000])
def test_a_port_outside_1_to_65535_is_refused(port: int) -> None:
    with pytest.raises(ServeError, match="from 1 to 65535"):
        check_listen("127.0.0.1", port, None)


def test_the_page_address_carries_the_token_quoted() -> None:
    assert page_url("127.0.0.1", 8000, None) == "http://127.0.0.1:8000/"
    assert page_url("::1", 8080, None) == "http://[::1]:8080/"
    assert page_url("0.0.0.0", 80, "a b&c=d/é" + TOKEN) == (
        f"http://0.0.0.0:80/?token=a%20b%26c%3Dd%2F%C3%A9{TOKEN}"
    )


def test_only_the_exact_token_matches() -> None:
    assert token_matches(TOKEN, TOKEN)
    assert not token_matches(None, TOKEN)
    assert not token_matches("", TOKEN)
    assert not token_matches(TOKEN + "x", TOKEN)
    assert not token_matches(TOKEN.upper(), TOKEN)
    assert not token_matches("é" * MIN_TOKEN_LENGTH, TOKEN)


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000", "localhost"])
def test_without_a_token_only_loopback_names_are_served(host: str) -> None:
    assert request_host_allowed(host, None)


@pytest.mark.parametrize(
    "host", ["rebound.evil.example:8000", "192.168.1.20:8000", "[2001:db8::1]:80"]
)
def test_without_a_token_other_names_are_refused_but_a_token_lets_them_in(host: str) -> None:
    assert not request_host_allowed(host, None)
    assert request_host_allowed(host, TOKEN)


def test_a_websocket_from_our_own_page_or_no_browser_is_accepted() -> None:
    assert same_origin("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert same_origin("https://reader.example.org", "reader.example.org")
    assert same_origin(None, "127.0.0.1:8000")


@pytest.mark.parametrize(
    "origin",
    ["http://evil.example", "http://127.0.0.1:8001", "http://localhost:8000", "null", "file://"],
)
def test_a_websocket_from_another_site_is_refused(origin: str) -> None:
    assert not same_origin(origin, "127.0.0.1:8000")
