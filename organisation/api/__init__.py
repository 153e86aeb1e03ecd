from organisation.api.people import router as people_router
from organisation.api.roles import router as roles_router
from organisation.api.units import router as units_router

__all__ = ["people_router", "roles_router", "units_router"]
