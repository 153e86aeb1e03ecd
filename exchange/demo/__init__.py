"""Loaders of the demo data in demo_data/, one per domain, run in order by `load_demo`."""
