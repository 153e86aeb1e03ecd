from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from organisation.views import organisations, people, profile, tree, units

app_name = "organisation"

urlpatterns = [
    path("", tree.unit_tree, name="tree"),
    path("organisationer/", organisations.organisation_list, name="organisations"),
    path("organisationer/ny/", organisations.organisation_create, name="organisation_create"),
    path("enhet/<id:pk>/", units.unit_detail, name="unit"),
    path("enhet/<id:pk>/ny/", units.unit_create, name="unit_create"),
    path("enhet/<id:pk>/andra/", units.unit_edit, name="unit_edit"),
    path("enhet/<id:pk>/flytta/", units.unit_move, name="unit_move"),
    path("enhet/<id:pk>/stang/", units.unit_close, name="unit_close"),
    path("enhet/<id:pk>/ateroppna/", units.unit_reopen, name="unit_reopen"),
    path("personer/", people.people_list, name="people"),
    path("personer/ny/", people.person_create, name="person_create"),
    path("personer/<id:pk>/", people.person_detail, name="person"),
    path("personer/<id:pk>/andra/", people.person_edit, name="person_edit"),
    path("personer/<id:pk>/roller/", people.role_add, name="role_add"),
    path(
        "personer/<id:pk>/roller/<id:assignment_pk>/ta-bort/",
        people.role_remove,
        name="role_remove",
    ),
    path("profil/", profile.profile, name="profile"),
    path("profil/nycklar/<id:pk>/aterkalla/", profile.token_revoke, name="token_revoke"),
]
