from django.urls import path

from followup.views import indicators, judgement, periods, scorecard, worklist

app_name = "followup"

urlpatterns = [
    path("", worklist.worklist, name="worklist"),
    path("utfall/<int:period_pk>/<int:unit_pk>/", worklist.outcome_grid, name="grid"),
    path("matt/<int:pk>/", indicators.indicator_detail, name="indicator"),
    path("styrkort/", scorecard.scorecard, name="scorecard"),
    path("utfall/<int:pk>/bedom/", judgement.judge_outcome, name="judge"),
    path("perioder/", periods.period_list, name="periods"),
    path("perioder/nytt-ar/", periods.period_make_year, name="periods_make"),
    path("perioder/<int:pk>/status/", periods.period_status, name="period_status"),
]
