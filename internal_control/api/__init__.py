from internal_control.api.endpoints import router

__all__ = ["router"]
