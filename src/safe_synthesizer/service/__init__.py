"""The on-prem job service: ``safe-synthesizer serve`` runs an HTTP API over a job queue.

One concept per module: ``settings`` (what an operator configures), ``db`` (tables and
migrations), ``auth`` (hashed API tokens, roles), ``audit`` (append-only log), ``jobs`` (job
records and their state changes), ``workers`` (the bounded pool of worker processes), ``runner``
(what one worker process does: the SDK, stage by stage),
``api`` and ``results`` (the HTTP routes, with ``schemas`` for their bodies and ``deps`` for who is
calling), ``pages`` (the server-rendered web page) and ``app`` (assembly).
FastAPI, uvicorn and SQLAlchemy come with the ``service`` extra.
"""
