"""Follow-up: periods, outcomes for women and men, fulfilment, trends and forecasts."""
