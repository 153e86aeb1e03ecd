from django.urls import path

from planning.views import goals, indicators, plan

app_name = "planning"

urlpatterns = [
    path("enhet/<int:unit_pk>/", plan.operational_plan, name="plan"),
    path("enhet/<int:unit_pk>/<int:year>/anta/", plan.plan_adopt, name="plan_adopt"),
    path("enhet/<int:unit_pk>/nytt-matt/", indicators.indicator_create, name="indicator_create"),
    path("enhet/<int:unit_pk>/nytt-mal/", goals.goal_create, name="goal_create"),
    path("enhet/<int:unit_pk>/nytt-uppdrag/", goals.assignment_create, name="assignment_create"),
    path("matt/<int:pk>/andra/", indicators.indicator_edit, name="indicator_edit"),
    path("mal/<int:pk>/andra/", goals.goal_edit, name="goal_edit"),
    path("uppdrag/<int:pk>/andra/", goals.assignment_edit, name="assignment_edit"),
]
