"""textual-serve's server with the access rules of `access` on every request.

textual-serve spawns `command` once per websocket (one process per browser tab) and
relays its terminal output. This subclass puts a middleware in front of every route
(the page, its static files, the websocket, downloads), builds the page's URLs from
the request (so they work whatever name the browser used), closes the tabs when it
stops, and prints one line once it listens.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp_jinja2
from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from reader.serving.access import (
    TOKEN_COOKIE,
    TOKEN_PARAMETER,
    ServeError,
    request_host_allowed,
    same_origin,
    token_matches,
    unbindable,
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class GuardedServer(Server):
    """Serves `command` per tab; with a token, refuses (403) every request without it."""

    def __init__(
        self, command: str, *, host: str, port: int, token: str | None, title: str, url: str
    ) -> None:
        super().__init__(command, host=host, port=port, title=title)
        self.token = token
        self.url = url
        self._sockets: set[web.WebSocketResponse] = set()

    def serve(self, debug: bool = False) -> None:
        """Listens until SIGINT or SIGTERM; no access log, whose URLs would show the token."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        for stop in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(stop, self.request_exit)
        try:
            web.run_app(
                self._make_app(),
                host=self.host,
                port=self.port,
                handle_signals=False,
                loop=loop,
                access_log=None,
                print=self._listening,
            )
        except OSError as exc:
            raise ServeError(unbindable(self.host, self.port, exc)) from None

    def _listening(self, _banner: str) -> None:
        self.console.print(f"reader: serving on {self.url}  (ctrl+c stops)", highlight=False)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self._guard)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuses foreign hosts, websockets from other sites and requests without the token."""
        if not request_host_allowed(request.host, self.token):
            raise web.HTTPForbidden(text="reader: unknown host\n")
        if request.path == "/ws" and not same_origin(request.headers.get("Origin"), request.host):
            raise web.HTTPForbidden(text="reader: websocket from another site refused\n")
        given = request.query.get(TOKEN_PARAMETER)
        if self.token is not None and not (
            token_matches(given, self.token)
            or token_matches(request.cookies.get(TOKEN_COOKIE), self.token)
        ):
            raise web.HTTPForbidden(text="reader: this address needs its ?token=\n")
        response = await handler(request)
        if not response.prepared:  # a websocket or a download has sent its headers already
            response.headers["Referrer-Policy"] = "no-referrer"
            # a page `o` opens (a dump's address: anyone's) gets no `window.opener`, with
            # which it could send this tab to a page of its own that looks like reader's
            response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
            if self.token is not None and given is not None:
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="Strict")
        return response

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        """The page, with the websocket and static URLs of the origin the browser used."""
        origin = request.url.origin()
        if _forwarded_https(request):
            origin = origin.with_scheme("https")
        socket = origin.with_scheme("wss" if origin.scheme == "https" else "ws")
        return {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": str(socket.with_path("/ws")),
            "config": {"static": {"url": str(origin.with_path("/static/"))}},
            "application": {"name": self.title},
        }

    async def _process_messages(
        self, websocket: web.WebSocketResponse, app_service: AppService
    ) -> None:
        """Relays a tab's messages, remembering its socket so shutdown can close it."""
        self._sockets.add(websocket)
        try:
            await super()._process_messages(websocket, app_service)
        finally:
            self._sockets.discard(websocket)

    async def on_startup(self, app: web.Application) -> None:
        """Nothing: textual-serve's banner would come before the port is even bound."""

    async def on_shutdown(self, app: web.Application) -> None:
        """Closes every tab's socket, so their processes quit and ctrl+c returns at once
        (aiohttp would otherwise wait for open websockets)."""
        sockets = list(self._sockets)
        await asyncio.gather(*(ws.close(code=WSCloseCode.GOING_AWAY) for ws in sockets))


def _forwarded_https(request: web.Request) -> bool:
    """Whether a TLS proxy in front says the browser came over https (the page must then
    name wss:// and https:// URLs, or the browser blocks them as mixed content).

    Trusting the header decides nothing about access: a lie only breaks the liar's page.
    """
    proto = request.headers.get("X-Forwarded-Proto", "")
    return proto.split(",")[0].strip().lower() == "https"
