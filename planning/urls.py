from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from planning.views import goals, indicators, judgement_rules, plan, year_targets

app_name = "planning"

urlpatterns = [
    path("enhet/<id:unit_pk>/", plan.operational_plan, name="plan"),
    path("bedomning/", judgement_rules.judgement_rules, name="judgement_rules"),
    path("enhet/<id:unit_pk>/<year:year>/anta/", plan.plan_adopt, name="plan_adopt"),
    path("enhet/<id:unit_pk>/nytt-matt/", indicators.indicator_create, name="indicator_create"),
    path("enhet/<id:unit_pk>/nytt-mal/", goals.goal_create, name="goal_create"),
    path("enhet/<id:unit_pk>/nytt-uppdrag/", goals.assignment_create, name="assignment_create"),
    path("matt/<id:pk>/andra/", indicators.indicator_edit, name="indicator_edit"),
    path("matt/<id:pk>/arsmal/", year_targets.year_targets, name="year_targets"),
    path("mal/<id:pk>/andra/", goals.goal_edit, name="goal_edit"),
    path("uppdrag/<id:pk>/andra/", goals.assignment_edit, name="assignment_edit"),
]
