"""Organisation: the tree of units, the people in it, their roles and who may do what.

Owns units (region, council, board, committee, division, area, ... as one tree), people
(the user model), role assignments on units that apply to everything below, personal API
tokens, `organisation.access`: the one place where permissions are decided, and
`organisation.sign_in`: log-in with passwords and through the organisation's provider.
"""
