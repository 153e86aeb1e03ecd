"""Internal control: risk matrices, internal control plans, risks and their assessments,
actions and control activities, and their follow-up twice a year.
"""
