"""The history pages and the auditor's export.

Every object's history page (its changes, assessments, links and reports in order, from the
registry of tracked models in `audit.registry`), the export of a unit's history for a date
range as a spreadsheet, and the same history through the API. Access is the organisation's:
who may read an object may read its history where their role allows it.
"""
