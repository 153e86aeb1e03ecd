from django.contrib.auth import views as auth_views
from django.urls import include, path

from config.api import api
from organisation.views.tree import home

urlpatterns = [
    path("", home, name="home"),
    path(
        "logga-in/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("organisation/", include("organisation.urls")),
    path("historik/", include("audit.urls")),
    path("internkontroll/", include("internal_control.urls")),
    path("uppfoljning/", include("followup.urls")),
    path("verksamhetsplan/", include("planning.urls")),
    path("ekonomi/", include("economy.urls")),
    path("rapporter/", include("reports.urls")),
    path("api/", api.urls),
]
