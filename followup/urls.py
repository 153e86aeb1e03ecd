from django.urls import path

from followup.views import indicators, worklist

app_name = "followup"

urlpatterns = [
    path("", worklist.worklist, name="worklist"),
    path("utfall/<int:period_pk>/<int:unit_pk>/", worklist.outcome_grid, name="grid"),
    path("matt/<int:pk>/", indicators.indicator_detail, name="indicator"),
]
