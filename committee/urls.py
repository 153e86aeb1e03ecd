from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from committee.views import (
    calendar,
    followup,
    meetings,
    overview,
    promises,
    recommendations,
    reviews,
)

app_name = "committee"

urlpatterns = [
    path("oversikt/", overview.overview, name="overview"),
    path("kalender/", calendar.calendar_list, name="calendar"),
    path("kalender/<id:unit_pk>/<year:year>/", calendar.body_year, name="body_year"),
    path("kalender/<id:unit_pk>/nytt-sammantrade/", meetings.meeting_create, name="meeting_create"),
    path("sammantrade/<id:pk>/", meetings.meeting_detail, name="meeting"),
    path("sammantrade/<id:pk>/ta-bort/", meetings.meeting_remove, name="meeting_remove"),
    path("sammantrade/<id:pk>/nytt-arende/", meetings.item_create, name="item_create"),
    path("arende/<id:pk>/andra/", meetings.item_edit, name="item_edit"),
    path("arende/<id:pk>/ta-bort/", meetings.item_remove, name="item_remove"),
    path("granskningar/", reviews.review_list, name="reviews"),
    path("granskningar/ny/<id:unit_pk>/", reviews.review_create, name="review_create"),
    path("granskning/<id:pk>/", reviews.review_detail, name="review"),
    path("granskning/<id:pk>/andra/", reviews.review_edit, name="review_edit"),
    path("granskning/<id:pk>/uppfoljning/", followup.review_followup_page, name="review_followup"),
    path(
        "granskning/<id:pk>/ny-rekommendation/",
        recommendations.recommendation_create,
        name="recommendation_create",
    ),
    path(
        "granskning/<id:pk>/ny-undertecknare/",
        reviews.signatory_create,
        name="signatory_create",
    ),
    path("undertecknare/<id:pk>/andra/", reviews.signatory_edit, name="signatory_edit"),
    path("undertecknare/<id:pk>/ta-bort/", reviews.signatory_remove, name="signatory_remove"),
    path(
        "rekommendation/<id:pk>/",
        recommendations.recommendation_detail,
        name="recommendation",
    ),
    path(
        "rekommendation/<id:pk>/andra/",
        recommendations.recommendation_edit,
        name="recommendation_edit",
    ),
    path(
        "rekommendation/<id:pk>/avsluta/",
        recommendations.recommendation_close,
        name="recommendation_close",
    ),
    path(
        "rekommendation/<id:pk>/ny-atgard/",
        promises.promise_create,
        name="promise_create",
    ),
    path("utlovad-atgard/<id:pk>/andra/", promises.promise_edit, name="promise_edit"),
    path("utlovad-atgard/<id:pk>/rapportera/", promises.promise_report, name="promise_report"),
]
