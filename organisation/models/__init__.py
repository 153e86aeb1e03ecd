from organisation.models.api_token import ApiToken
from organisation.models.role import Role, RoleAssignment
from organisation.models.unit import ROOT_KINDS, Unit, UnitKind
from organisation.models.user import User

__all__ = ["ROOT_KINDS", "ApiToken", "Role", "RoleAssignment", "Unit", "UnitKind", "User"]
