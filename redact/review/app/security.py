"""Only the reviewer gets in (pure ASGI middleware in front of every route):

- the Host header must name the address the server is bound to (no DNS rebinding);
- `GET /?token=T` with the token printed at start sets an HttpOnly, SameSite=Strict session
  cookie and redirects to `/` (the token leaves the address bar); every other request without
  that cookie is refused with 401;
- state-changing requests (anything but GET/HEAD) must carry the `X-Woo-Review: 1` header, which
  a cross-site form or a simple cross-site fetch cannot send, and an Origin, if sent, that is this
  server; browsers' `Sec-Fetch-Site`, if sent, must be same-origin;
- no CORS headers are ever sent (a preflight gets 403); no response is cached by the browser.
"""
from __future__ import annotations

import secrets
from http.cookies import CookieError, SimpleCookie
from urllib.parse import parse_qs

from starlette.responses import JSONResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

COOKIE = "woo_review"
CSRF_HEADER = "x-woo-review"
SAFE = ("GET", "HEAD")
HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"content-security-policy", b"default-src 'self'; img-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                                 b"base-uri 'none'"),
]


def _refuse(why: str, status: int) -> JSONResponse:
    return JSONResponse({"error": why}, status_code=status)


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


class Guard:
    def __init__(self, app: ASGIApp, *, token: str, hosts: set[str], origins: set[str]) -> None:
        """`hosts`: accepted Host headers (host:port, and host alone for port 80); `origins`: this
        server's origins (http://host:port). An empty `hosts` accepts any (only for --host 0.0.0.0,
        which warns)."""
        self.app, self.token, self.hosts, self.origins = app, token, hosts, origins
        self.session = secrets.token_urlsafe(32)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        response = self.check(scope)
        if response is not None:
            await response(scope, receive, self._with_headers(send))
            return
        await self.app(scope, receive, self._with_headers(send))

    def _with_headers(self, send: Send) -> Send:
        async def wrapped(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in HEADERS if h[0] not in names]
            await send(message)
        return wrapped

    def check(self, scope: Scope):
        """None when the request may pass, else the refusal."""
        h = _headers(scope)
        if self.hosts and h.get("host", "").lower() not in self.hosts:
            return _refuse("unknown Host header", 421)
        method = scope["method"]
        if method == "OPTIONS":
            return _refuse("no cross-origin requests", 403)
        if method == "GET" and scope["path"] == "/":
            given = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token")
            if given:
                if not secrets.compare_digest(given[0].encode(), self.token.encode()):
                    return _refuse("wrong token: open the address `redact review` printed", 401)
                r = RedirectResponse("/", status_code=303)
                r.set_cookie(COOKIE, self.session, httponly=True, samesite="strict", path="/")
                return r
        try:
            cookie = SimpleCookie(h.get("cookie", ""))
            have = cookie[COOKIE].value if COOKIE in cookie else ""
        except CookieError:  # a malformed header: no session
            have = ""
        if not secrets.compare_digest(have.encode(), self.session.encode()):
            return _refuse("not signed in: open the address `redact review` printed (with its token)", 401)
        if method not in SAFE:
            origin = h.get("origin")
            if h.get(CSRF_HEADER) != "1":
                return _refuse(f"missing {CSRF_HEADER} header", 403)
            if origin is not None and origin not in self.origins:
                return _refuse("cross-site request refused", 403)
            if h.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
                return _refuse("cross-site request refused", 403)
        return None
