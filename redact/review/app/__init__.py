"""`redact review OUT_DIR`: the reviewer's app in the browser (Starlette + uvicorn, Jinja2
templates shared with report.html, one small hand-written script; no build step, no CDN).

store.py reads and writes the manifests (versions, audit trail), security.py lets only the
reviewer in, routes.py holds the pages and the JSON API, pageimg.py renders page images on
demand, publish.py re-applies the reviewed batch, server.py binds and serves."""
