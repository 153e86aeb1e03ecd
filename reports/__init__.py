"""Reports: the committee's documents generated from the model (PDF, Word, Excel).
Reads the domain apps; no domain app imports it.
"""
