from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from history.views import export, history

app_name = "history"

urlpatterns = [
    path("export/", export.history_export, name="export"),
    path("<slug:key>/<id:pk>/", history.object_history, name="object"),
]
