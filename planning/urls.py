from django.urls import path

from planning.views import indicators, plan

app_name = "planning"

urlpatterns = [
    path("enhet/<int:unit_pk>/", plan.operational_plan, name="plan"),
    path("enhet/<int:unit_pk>/nytt-matt/", indicators.indicator_create, name="indicator_create"),
    path("matt/<int:pk>/andra/", indicators.indicator_edit, name="indicator_edit"),
]
