"""Exchange: imports and exports of plans and data in spreadsheet form, all or nothing.
Reads and writes through the domain apps' services; no domain app imports it.
"""
