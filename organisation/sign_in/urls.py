from django.urls import path

from organisation.sign_in import provider_views, views

app_name = "sign_in"

urlpatterns = [
    path("oidc/", provider_views.SignInStart.as_view(), name="start"),
    path("oidc/callback/", provider_views.SignInCallback.as_view(), name="callback"),
    path("ingen-roll/", views.no_role, name="no_role"),
]
