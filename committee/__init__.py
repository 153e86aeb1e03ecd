"""Committee: meeting calendars, agenda items, and audit recommendations with responses."""
