"""The colours of the risk classes of the person's region as a stylesheet: the pages allow
no inline styles (Content-Security-Policy style-src 'self'), so each class's own colour
reaches them as a rule for its class name, `class-colour-<id>`."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from internal_control.access import matrix_policy
from internal_control.colour_contrast import is_colour
from internal_control.models import RiskClass, RiskMatrix


def class_colour_rules(classes: list[tuple[int, str]]) -> str:
    """One rule per class with a valid colour; anything else is left out, never written."""
    return "".join(
        f".class-colour-{pk} {{ background-color: {colour}; }}\n"
        for pk, colour in classes
        if is_colour(colour)
    )


@require_GET
@login_required
def class_colours(request: HttpRequest) -> HttpResponse:
    matrices = matrix_policy.scope(request.user, RiskMatrix.objects.all())
    classes = RiskClass.objects.filter(matrix__in=matrices).order_by("pk")
    response = HttpResponse(
        class_colour_rules(list(classes.values_list("pk", "colour"))), content_type="text/css"
    )
    response["Cache-Control"] = "private, max-age=60"
    return response
