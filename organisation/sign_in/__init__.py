"""Sign-in: local passwords and single sign-on through the organisation's OpenID Connect provider.

The provider says who a person is; styr decides what they may do. A person is matched by
one configured claim, created on first sign-in only where the organisation allows it, and
given roles from their groups only as the group mapping says (`group_roles`). The rules are
plain functions in `rules`; `people` applies them through the organisation's services.
"""
