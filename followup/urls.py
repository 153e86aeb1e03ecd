from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from followup.views import (
    analysis,
    calendar_pattern,
    comparison,
    goal_judgement,
    indicators,
    judgement,
    period_deadline,
    periods,
    scorecard,
    worklist,
)

app_name = "followup"

urlpatterns = [
    path("", worklist.worklist, name="worklist"),
    path("utfall/<id:period_pk>/<id:unit_pk>/", worklist.outcome_grid, name="grid"),
    path("matt/<id:pk>/", indicators.indicator_detail, name="indicator"),
    path("matt/<id:pk>/jamforelse/", comparison.comparison, name="comparison"),
    path("styrkort/", scorecard.scorecard, name="scorecard"),
    path(
        "styrkort/mal/<id:goal_pk>/<id:unit_pk>/<id:period_pk>/bedom/",
        goal_judgement.goal_judgement,
        name="goal_judgement",
    ),
    path(
        "analys/<id:unit_pk>/<id:period_pk>/<str:kind>/<id:pk>/",
        analysis.analysis,
        name="analysis",
    ),
    path("utfall/<id:pk>/bedom/", judgement.judge_outcome, name="judge"),
    path("perioder/", periods.period_list, name="periods"),
    path("perioder/nytt-ar/", periods.period_make_year, name="periods_make"),
    path("perioder/kalender/", calendar_pattern.reporting_year, name="reporting_year"),
    path(
        "perioder/kalender/forval/",
        calendar_pattern.reporting_year_preset,
        name="reporting_year_preset",
    ),
    path(
        "perioder/kalender/<id:pk>/ta-bort/",
        calendar_pattern.reporting_year_remove,
        name="reporting_year_remove",
    ),
    path("perioder/<id:pk>/status/", periods.period_status, name="period_status"),
    path("perioder/<id:pk>/sista-dag/", period_deadline.period_deadline, name="period_deadline"),
]
