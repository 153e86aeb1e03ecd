from django.urls import path

from duties.views import remind, settings

app_name = "duties"

urlpatterns = [
    path("paminnelser/", settings.choice, name="choice"),
    path("paminnelser/regler/", settings.rules, name="rules"),
    path("uppfoljning/<id:pk>/paminn/", remind.remind, name="remind"),
]
