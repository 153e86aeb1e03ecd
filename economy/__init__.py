"""Economy: budget frames, investment plans and action plans for a balanced economy."""
