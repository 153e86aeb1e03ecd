from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…>)
from rounds.views import parts, rounds

app_name = "rounds"

urlpatterns = [
    path("", rounds.round_list, name="list"),
    path("ny/<str:document>/<id:unit_pk>/", rounds.round_start, name="start"),
    path("<id:pk>/", rounds.round_detail, name="detail"),
    path("<id:pk>/godkann/", rounds.round_approve, name="approve"),
    path("<id:pk>/gor-filerna/", rounds.round_send_again, name="send_again"),
    path("<id:pk>/skickad.<str:file_format>", rounds.round_sent_file, name="sent_file"),
    path("<id:pk>/nytt-avsnitt/", parts.section_add, name="section_add"),
    path("del/<id:pk>/", parts.part_detail, name="part"),
    path("del/<id:pk>/klar/", parts.part_ready, name="part_ready"),
    path("del/<id:pk>/inte-klar/", parts.part_undo, name="part_undo"),
    path("del/<id:pk>/skicka-tillbaka/", parts.part_back, name="part_back"),
    path("del/<id:pk>/tilldela/", parts.part_assign, name="part_assign"),
    path("del/<id:pk>/ta-bort/", parts.part_remove, name="part_remove"),
]
