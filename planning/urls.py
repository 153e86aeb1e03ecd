from django.urls import path

from planning.views import plan

app_name = "planning"

urlpatterns = [
    path("enhet/<int:unit_pk>/", plan.operational_plan, name="plan"),
]
