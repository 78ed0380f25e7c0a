"""The web page: projects and jobs of the caller's workspace, with status, scores and report links.

Server-rendered HTML, no JavaScript. A browser signs in once by pasting its token into
``/ui/login``, which sets an HttpOnly, SameSite=Strict cookie; the API honours that cookie on GET
only. Every value is HTML-escaped: job and project names come from users.
"""

from __future__ import annotations

import html
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from safe_synthesizer.service import jobs
from safe_synthesizer.service.auth import authenticate
from safe_synthesizer.service.db import projects
from safe_synthesizer.service.deps import COOKIE, engine_of, principal

router = APIRouter(include_in_schema=False)
STYLE = """body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}th{background:#f3f3f3}
.completed{color:#17702a}.failed,.interrupted{color:#b00020}.running{color:#0b5cad}.queued,.cancelled{color:#666}"""


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{html.escape(title)}</title>"
                        f"<style>{STYLE}</style></head><body>{body}</body></html>")


def _score(value: Any) -> str:
    return "" if value is None else f"{float(value):.2f}"  # 0.0 is a score, not a missing one


@router.get("/")
def root() -> RedirectResponse:
    return RedirectResponse("/ui", status_code=303)


@router.get("/ui/login")
def login_form(error: str = "") -> HTMLResponse:
    note = f"<p class=failed id=error>{html.escape(error)}</p>" if error else ""
    return _page("Sign in - safe-synthesizer", f"""<h1>safe-synthesizer</h1>{note}
<form method=post action=/ui/login><label>API token <input type=password name=token id=token size=60></label>
<button type=submit id=signin>Sign in</button></form>""")


@router.post("/ui/login")
def login(request: Request, token: str = Form("")) -> RedirectResponse:
    if authenticate(engine_of(request), token.strip()) is None:
        return RedirectResponse("/ui/login?error=unknown+or+revoked+token", status_code=303)
    response = RedirectResponse("/ui", status_code=303)
    response.set_cookie(COOKIE, token.strip(), httponly=True, samesite="strict")
    return response


@router.get("/ui", response_model=None)
def dashboard(request: Request) -> HTMLResponse | RedirectResponse:
    try:
        who = principal(request)
    except HTTPException:
        return RedirectResponse("/ui/login", status_code=303)
    ws = who.workspace
    with engine_of(request).connect() as conn:
        names = list(conn.execute(
            select(projects.c.name).where(projects.c.workspace == ws).order_by(projects.c.name)
        ).scalars())
    found = jobs.list_(engine_of(request), ws, limit=500)
    rows = []
    for job in found:
        s = job.get("summary") or {}
        link = ""
        if job["status"] == "completed" and job.get("run_path"):
            base = f"/v1/workspaces/{ws}/jobs/{job['id']}/results"
            link = f"<a class=report href='{html.escape(base)}/report'>report</a>"
        rows.append(
            f"<tr id='{html.escape(job['id'])}'><td>{html.escape(job['project'])}</td>"
            f"<td>{html.escape(job['name'])}</td>"
            f"<td><code>{html.escape(job['id'])}</code></td><td class='status {html.escape(job['status'])}'>"
            f"{html.escape(job['status'])}</td><td>{job['created_at']}</td>"
            f"<td class=sqs>{_score(s.get('synthetic_data_quality_score'))}</td>"
            f"<td class=dps>{_score(s.get('data_privacy_score'))}</td>"
            f"<td>{_score(job.get('epsilon_spent'))}</td><td>{link}</td></tr>"
        )
    project_items = "".join(
        f"<li>{html.escape(n)} ({sum(j['project'] == n for j in found)} jobs)</li>" for n in names
    ) or "<li>none yet</li>"
    body = (f"<h1>safe-synthesizer: workspace {html.escape(ws)}</h1><p>Signed in as {html.escape(who.actor)}, "
            f"role {html.escape(who.role)}.</p><h2>Projects</h2><ul id=projects>{project_items}</ul>"
            "<h2>Jobs</h2><table id=jobs><tr><th>Project</th><th>Name</th><th>Job</th><th>Status</th>"
            "<th>Created (UTC)</th><th>SQS</th><th>DPS</th><th>Epsilon</th><th>Report</th></tr>"
            f"{''.join(rows)}</table>")
    return _page(f"{ws} - safe-synthesizer", body)
