from django.urls import path

from duties.views import feeds, remind, remind_round, settings

app_name = "duties"

urlpatterns = [
    path("paminnelser/", settings.choice, name="choice"),
    path("paminnelser/regler/", settings.rules, name="rules"),
    path("uppfoljning/<id:pk>/paminn/", remind.remind, name="remind"),
    path("rapportrunda/<id:pk>/paminn/", remind_round.remind_round, name="remind_round"),
    path("kalender/", feeds.feeds, name="feeds"),
    path("kalender/<id:pk>/aterkalla/", feeds.feed_revoke, name="feed_revoke"),
]
