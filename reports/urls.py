from django.urls import path

from reports.views import control_plan

app_name = "reports"

urlpatterns = [
    path(
        "internkontrollplan/<int:pk>/excel/",
        control_plan.control_plan_excel,
        name="control_plan_xlsx",
    ),
]
