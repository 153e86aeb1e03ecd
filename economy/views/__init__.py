"""The economy's pages: budget frames by unit and cost type, variance and forecasts, and the
organisation's cost types, mappings and periodisation."""
