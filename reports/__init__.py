"""Reports: the committee's documents generated from the model (PDF, Word, Excel), made by
a worker from the queue with their progress shown, and the stored files of those that no
longer change.
Reads the domain apps; no domain app imports it.
"""
