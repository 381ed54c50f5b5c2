"""The review app: HTML pages rendered from the report's templates (one rendering) and the JSON
API under /api/ that the pages' script (static/app.js) and any other client use."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ... import __version__
from ...exceptions import UsageError
from ...report.items import items_of
from ...report.render import environment
from ...rules import Rules
from .pageimg import page_png, page_texts, page_view, page_words, percent_to_points
from .publish import Publisher
from .security import Guard
from .store import Conflict, NotFound, Outside, Store, detail, version_of

HERE = Path(__file__).parent
STATUSES = ("published", "needs_review", "failed")


def _int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UsageError(f"{name} must be a whole number, not {value!r}") from None


def _filtered(docs: list[dict[str, Any]], q) -> list[dict[str, Any]]:
    status, open_only = q.get("status") or "", q.get("open") in ("1", "true", "yes")
    return [d for d in docs if (not status or d["status"] == status) and (not open_only or d["open_suggestions"])]


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise UsageError("the request body must be JSON") from None
    if not isinstance(body, dict):
        raise UsageError("the request body must be a JSON object")
    return body


def make_app(store: Store, rules: Rules, *, token: str, hosts: set[str], origins: set[str]) -> Guard:
    publisher = Publisher(store, rules.dir, rules.label_style)
    env = environment(HERE / "templates")
    grounds = [{"code": k, **v} for k, v in rules.grounds.items()]

    def page(name: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(version=__version__, reviewer=store.reviewer,
                                                          grounds=grounds, **ctx))

    # -- HTML ------------------------------------------------------------------------------------
    async def batch_page(request: Request) -> Response:
        docs = await run_in_threadpool(store.summaries)
        return page("batch.html.j2", docs=_filtered(docs, request.query_params), all_docs=docs,
                    statuses=STATUSES, q=request.query_params)

    async def document_page(request: Request) -> Response:
        key = request.path_params["key"]
        n = _int(request.query_params.get("page", "1"), "page")
        view = request.query_params.get("view", "original")

        def build() -> dict[str, Any]:
            m = store.load(key)
            items = items_of(m)
            ctx: dict[str, Any] = {"m": m, "doc": detail(m), "page_no": n, "view": view, "pv": None,
                                   "page_items": [], "pages_with": sorted({b[0] for it in items
                                                                           for b in it.get("boxes") or []})}
            if (m.get("source") or {}).get("format") == "pdf" and store.original(m):
                ctx["pv"] = page_view(store, m, items, n)
                ctx["page_items"] = [it for it in items if any(b[0] == n for b in it.get("boxes") or [])]
            else:
                ctx["page_items"] = items
            return ctx

        return page("page.html.j2", **await run_in_threadpool(build))

    async def search_page(request: Request) -> Response:
        q = request.query_params.get("q", "")
        hits = await run_in_threadpool(store.search, q, page_texts) if q.strip() else []
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for h in hits:
            by_doc.setdefault(h["file"], []).append(h)
        return page("search.html.j2", q=q, by_doc=by_doc, hits=hits)

    async def publish_page(request: Request) -> Response:
        return page("publish.html.j2", status=publisher.status())

    # -- API -------------------------------------------------------------------------------------
    async def api_documents(request: Request) -> Response:
        return JSONResponse(_filtered(await run_in_threadpool(store.summaries), request.query_params))

    async def api_document(request: Request) -> Response:
        return JSONResponse(detail(await run_in_threadpool(store.load, request.path_params["key"])))

    async def api_entries(request: Request) -> Response:
        m = await run_in_threadpool(store.load, request.query_params.get("file", ""))
        items = items_of(m)
        if "page" in request.query_params:
            n = _int(request.query_params["page"], "page")
            items = [it for it in items if any(b[0] == n for b in it.get("boxes") or [])]
        return JSONResponse({"file": m["file"], "version": version_of(m), "items": items})

    async def api_page(request: Request) -> Response:
        q = request.query_params
        n = _int(q.get("page", "1"), "page")

        def build() -> dict[str, Any]:
            m = store.load(q.get("file", ""))
            v = page_view(store, m, items_of(m), n)
            return {"file": m["file"], "page": n, "pages": (m.get("source") or {}).get("pages"),
                    "width": v.width, "height": v.height, "version": version_of(m),
                    "checked": n in ((m.get("review") or {}).get("checked") or []),
                    "boxes": [{"id": it["id"], "percent": pos} for it, pos in v.boxes],
                    "words": page_words(store, m, n) if q.get("words") in ("1", "true") else None}

        return JSONResponse(await run_in_threadpool(build))

    async def api_page_image(request: Request) -> Response:
        q = request.query_params
        n = _int(q.get("page", "1"), "page")

        def build() -> Path:
            return page_png(store, store.load(q.get("file", "")), n, q.get("view", "original"))

        return FileResponse(await run_in_threadpool(build), media_type="image/png")

    async def api_decisions(request: Request) -> Response:
        b = await _body(request)
        return JSONResponse(await run_in_threadpool(
            lambda: store.decide(str(b.get("file", "")), b.get("version"), str(b.get("id", "")),
                                 str(b.get("decision", "")), ground=str(b.get("ground") or ""),
                                 reason=str(b.get("reason") or ""), scope=str(b.get("scope") or "document"))))

    async def api_areas(request: Request) -> Response:
        b = await _body(request)
        key, n = str(b.get("file", "")), _int(b.get("page"), "page")

        def run() -> dict[str, Any]:
            if "rect_pct" in b:
                pct = [float(v) for v in b["rect_pct"]]
                if len(pct) != 4:
                    raise UsageError("rect_pct is [x0, y0, x1, y1] in percent of the page")
                rect = percent_to_points(store, store.load(key), n, pct)
            else:
                rect = [float(v) for v in b.get("rect") or []]
            return store.add_area(key, b.get("version"), n, rect, str(b.get("ground") or ""),
                                  str(b.get("reason") or ""))

        return JSONResponse(await run_in_threadpool(run))

    async def api_remove_area(request: Request) -> Response:
        b = await _body(request)
        return JSONResponse(await run_in_threadpool(
            lambda: store.remove_area(str(b.get("file", "")), b.get("version"), str(b.get("id", "")))))

    async def api_terms(request: Request) -> Response:
        b = await _body(request)
        return JSONResponse(await run_in_threadpool(
            lambda: store.add_term(str(b.get("file", "")), b.get("version"), str(b.get("text", "")),
                                   str(b.get("ground") or ""), str(b.get("reason") or ""))))

    async def api_checked(request: Request) -> Response:
        b = await _body(request)
        return JSONResponse(await run_in_threadpool(
            lambda: store.check_page(str(b.get("file", "")), b.get("version"), _int(b.get("page"), "page"),
                                     bool(b.get("checked", True)))))

    async def api_search(request: Request) -> Response:
        hits = await run_in_threadpool(store.search, request.query_params.get("q", ""), page_texts)
        return JSONResponse({"q": request.query_params.get("q", ""), "hits": hits})

    async def api_grounds(request: Request) -> Response:
        return JSONResponse(grounds)

    async def api_publish(request: Request) -> Response:
        if request.method == "POST":
            started = await run_in_threadpool(publisher.start)
            return JSONResponse(publisher.status(), status_code=202 if started else 409)
        return JSONResponse(publisher.status())

    def error(status: int):
        async def handler(request: Request, exc: Exception) -> Response:
            return JSONResponse({"error": str(exc)}, status_code=status)
        return handler

    async def http_error(request: Request, exc: HTTPException) -> Response:
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code)

    routes = [
        Route("/", batch_page), Route("/doc/{key:path}", document_page), Route("/search", search_page),
        Route("/publish", publish_page),
        Route("/api/documents", api_documents), Route("/api/documents/{key:path}", api_document),
        Route("/api/entries", api_entries), Route("/api/pages", api_page), Route("/api/pages/image", api_page_image),
        Route("/api/decisions", api_decisions, methods=["POST"]), Route("/api/areas", api_areas, methods=["POST"]),
        Route("/api/areas/remove", api_remove_area, methods=["POST"]),
        Route("/api/terms", api_terms, methods=["POST"]), Route("/api/checked", api_checked, methods=["POST"]),
        Route("/api/search", api_search), Route("/api/grounds", api_grounds),
        Route("/api/publish", api_publish, methods=["GET", "POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    handlers = {Conflict: error(409), NotFound: error(404), Outside: error(403), UsageError: error(400),
                FileNotFoundError: error(409), HTTPException: http_error}
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.state.store, app.state.publisher = store, publisher
    return Guard(app, token=token, hosts=hosts, origins=origins)
