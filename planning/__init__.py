"""Planning: strategies and perspectives, goals, assignments, success factors, indicators
and their targets as rules, cascading down the organisation tree.
"""
