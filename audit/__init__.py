"""Audit: the history of every domain object and the refusal of silent overwrites.

Owns the tracked base model (timestamps, a version number and a history table for
every subclass), the optimistic concurrency check, the registry that tells which
objects have a readable history and who may read it, and the history pages and export;
and the queue of background work every app uses (`audit/tasks.py`, `manage.py run_worker`).
Domain apps import from here; audit imports no domain app.
"""
