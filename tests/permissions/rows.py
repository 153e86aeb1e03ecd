"""Every page row and every API row, in one place for the tests and the coverage check."""

from __future__ import annotations

from tests.permissions import (
    api_rows_committee,
    api_rows_economy,
    api_rows_internal_control,
    api_rows_measures,
    api_rows_organisation,
    api_rows_planning,
    rows_analyses,
    rows_chapters,
    rows_committee,
    rows_duties,
    rows_economy,
    rows_followup,
    rows_internal_control,
    rows_measures,
    rows_organisation,
    rows_reports,
    rows_rounds,
)
from tests.permissions.expect import ApiRow, Row

PAGE_ROWS: list[Row] = [
    *rows_organisation.ROWS,
    *rows_internal_control.ROWS,
    *rows_followup.ROWS,
    *rows_reports.ROWS,
    *rows_committee.ROWS,
    *rows_economy.ROWS,
    *rows_measures.ROWS,
    *rows_duties.ROWS,
    *rows_chapters.ROWS,
    *rows_analyses.ROWS,
    *rows_rounds.ROWS,
]

API_ROWS: list[ApiRow] = [
    *api_rows_organisation.ROWS,
    *api_rows_internal_control.ROWS,
    *api_rows_planning.ROWS,
    *api_rows_committee.ROWS,
    *api_rows_economy.ROWS,
    *api_rows_measures.ROWS,
]
