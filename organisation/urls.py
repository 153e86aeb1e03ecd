from django.urls import path

from organisation.views import people, profile, tree, units

app_name = "organisation"

urlpatterns = [
    path("", tree.unit_tree, name="tree"),
    path("enhet/<int:pk>/", units.unit_detail, name="unit"),
    path("enhet/<int:pk>/ny/", units.unit_create, name="unit_create"),
    path("enhet/<int:pk>/andra/", units.unit_edit, name="unit_edit"),
    path("enhet/<int:pk>/flytta/", units.unit_move, name="unit_move"),
    path("enhet/<int:pk>/stang/", units.unit_close, name="unit_close"),
    path("enhet/<int:pk>/ateroppna/", units.unit_reopen, name="unit_reopen"),
    path("personer/", people.people_list, name="people"),
    path("personer/ny/", people.person_create, name="person_create"),
    path("personer/<int:pk>/", people.person_detail, name="person"),
    path("personer/<int:pk>/andra/", people.person_edit, name="person_edit"),
    path("personer/<int:pk>/roller/", people.role_add, name="role_add"),
    path(
        "personer/<int:pk>/roller/<int:assignment_pk>/ta-bort/",
        people.role_remove,
        name="role_remove",
    ),
    path("profil/", profile.profile, name="profile"),
    path("profil/nycklar/<int:pk>/aterkalla/", profile.token_revoke, name="token_revoke"),
]
