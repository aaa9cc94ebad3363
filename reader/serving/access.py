"""Who may reach a served reader: the token, loopback hosts and same-origin websockets.

Plain functions over strings, so every rule is unit-tested without a server. Any
page a user visits can make their browser talk to a port on their own machine, so
even on loopback the websocket (which drives the app) must come from our own page.
"""

from __future__ import annotations

import errno
import hmac
import ipaddress
import socket
from urllib.parse import quote, urlsplit

from reader.errors import ReaderError

MIN_TOKEN_LENGTH = 16
"""Short secrets can be guessed over the network; `secrets.token_urlsafe()` gives 43."""

TOKEN_PARAMETER = "token"
"""The query parameter that carries the secret (`http://host:port/?token=...`)."""

TOKEN_ENV = "READER_SERVE_TOKEN"
"""Where `--token` comes from when not given: a command line is visible to every user."""

TOKEN_COOKIE = "reader_token"
"""Set on the page that came with the token, so its scripts, websocket and downloads
(whose URLs textual-serve builds without the query) carry it too."""

LOOPBACK_NAMES = frozenset({"localhost", "localhost.", "ip6-localhost"})


class ServeError(ReaderError):
    """A serve option that cannot be honoured safely; the message says what to do."""


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an address, IPv6 with or without brackets) is this machine only."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_listen(host: str, port: int, token: str | None) -> None:
    """Refuses to listen beyond loopback without a token, a token too short to hold, and
    a port no one could type into a browser."""
    if not 0 < port < 65536:
        raise ServeError(f"--port {port}: a port is a number from 1 to 65535")
    if token is not None and len(token) < MIN_TOKEN_LENGTH:
        raise ServeError(
            f"--token needs at least {MIN_TOKEN_LENGTH} characters "
            '(python3 -c "import secrets; print(secrets.token_urlsafe())" makes one)'
        )
    if token is None and not is_loopback(host):
        raise ServeError(
            f"listening on {host} needs --token SECRET: textual-serve has no "
            "authentication, and anyone who reaches the port could read and change the store"
        )


def unbindable(host: str, port: int, error: OSError) -> str:
    """Why the server could not listen, as one line that says what to do: the port taken
    (by another `reader serve`, or any program) was a raw "[Errno 98] error while attempting
    to bind on address ('127.0.0.1', 8000): address already in use"."""
    if error.errno == errno.EADDRINUSE:
        return (
            f"port {port} on {host} is taken (another reader serve, or another program): "
            f"choose another with --port, e.g. --port {port + 1 if port < 65535 else 8000}"
        )
    if error.errno == errno.EACCES:
        return f"port {port} needs more rights than this user has: choose one over 1023 with --port"
    if isinstance(error, socket.gaierror):
        return f"{host}: no such host name: choose another with --host"
    if error.errno == errno.EADDRNOTAVAIL:
        return f"{host} is not an address of this machine: choose another with --host"
    return f"cannot listen on {host}:{port}: {error.strerror or error}"


def page_url(host: str, port: int, token: str | None) -> str:
    """The address to open in a browser, with the token when there is one."""
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    query = f"?{TOKEN_PARAMETER}={quote(token, safe='')}" if token else ""
    return f"http://{shown}:{port}/{query}"


def token_matches(given: str | None, token: str) -> bool:
    """Compares in constant time, so the answer's timing does not leak the secret."""
    return given is not None and hmac.compare_digest(given.encode(), token.encode())


def request_host_allowed(host_header: str, token: str | None) -> bool:
    """Without a token only loopback names may be asked for, which defeats DNS rebinding
    (a hostile site whose name resolves to 127.0.0.1); with one, the token decides."""
    if token is not None:
        return True
    return is_loopback(_hostname(host_header))


def same_origin(origin: str | None, host_header: str) -> bool:
    """Whether a websocket's `Origin` names the host the request went to.

    Browsers always send `Origin` on websockets; clients that are not browsers
    (scripts, tests) send none and are judged by the token alone.
    """
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc.lower() == host_header.lower()


def _hostname(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header[1 : host_header.find("]")] if "]" in host_header else host_header
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header
