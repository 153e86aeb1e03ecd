from django.contrib.auth import views as auth_views
from django.urls import include, path

from config.api import api
from duties.views.feeds import calendar_feed
from duties.views.home import home
from organisation.sign_in.views import LogInPage, PasswordLogInPage

urlpatterns = [
    path("", home, name="home"),
    path("logga-in/", LogInPage.as_view(), name="login"),
    path("logga-in/losenord/", PasswordLogInPage.as_view(), name="password_login"),
    path("inloggning/", include("organisation.sign_in.urls")),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("organisation/", include("organisation.urls")),
    path("historik/", include("history.urls")),
    path("internkontroll/", include("internal_control.urls")),
    path("uppfoljning/", include("followup.urls")),
    path("verksamhetsplan/", include("planning.urls")),
    path("namnd/", include("committee.urls")),
    path("rapporter/", include("reports.urls")),
    path("ekonomi/", include("economy.urls")),
    path("inlasning/", include("exchange.urls")),
    path("att-gora/", include("duties.urls")),
    path("kapitel/", include("chapters.urls")),
    path("rapportrundor/", include("rounds.urls")),
    path("kalender/<str:secret>.ics", calendar_feed, name="calendar_feed"),
    path("api/", api.urls),
]
