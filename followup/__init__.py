"""Follow-up: periods, outcomes for women and men, fulfilment, trends and forecasts, and the
analyses written of a unit's perspectives, goals and measures for a period."""
