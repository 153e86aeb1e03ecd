from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from exchange import views

app_name = "exchange"

urlpatterns = [
    path("", views.start, name="start"),
    path("fil/<id:pk>/", views.staged, name="staged"),
    path("fil/<id:pk>/kolumner/", views.staged_columns, name="staged_columns"),
    path("fil/<id:pk>/spara/", views.staged_save, name="staged_save"),
    path("fil/<id:pk>/status/", views.staged_status, name="staged_status"),
    path("<slug:slug>/", views.upload, name="upload"),
    path("<slug:slug>/mall.xlsx", views.template, name="template"),
]
