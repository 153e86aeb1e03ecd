from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from chapters import views

app_name = "chapters"

urlpatterns = [
    path("<slug:kind>/<id:unit_pk>/<int:owner>/", views.chapter_list, name="list"),
    path("<slug:kind>/<id:unit_pk>/<int:owner>/nytt/", views.chapter_create, name="create"),
    path("<id:pk>/andra/", views.chapter_edit, name="edit"),
    path("<id:pk>/ta-bort/", views.chapter_delete, name="delete"),
    path("<id:pk>/flytta/", views.chapter_move, name="move"),
]
