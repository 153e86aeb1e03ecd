from django.urls import path

from audit.views import export, history

app_name = "audit"

urlpatterns = [
    path("export/", export.history_export, name="export"),
    path("<slug:key>/<int:pk>/", history.object_history, name="object"),
]
