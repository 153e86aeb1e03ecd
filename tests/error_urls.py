"""styr's addresses plus views that fail on purpose, for the tests of the error pages."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as styr_urlpatterns


def fails(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a fault in the code")


def refuses(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied


def suspicious(request: HttpRequest) -> HttpResponse:
    raise SuspiciousOperation("a request styr cannot answer")


urlpatterns = [
    *styr_urlpatterns,
    path("prov/fel/", fails),
    path("prov/nekad/", refuses),
    path("prov/misstankt/", suspicious),
]
