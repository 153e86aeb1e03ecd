from organisation.models.api_token import ApiToken
from organisation.models.role import Role, RoleAssignment
from organisation.models.unit import Unit, UnitKind
from organisation.models.user import User

__all__ = ["ApiToken", "Role", "RoleAssignment", "Unit", "UnitKind", "User"]
