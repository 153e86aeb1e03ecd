from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from economy.views import balance, calculations, effects, measures, programmes

app_name = "economy"

urlpatterns = [
    path("", measures.measure_list, name="measures"),
    path("balans/<id:unit_pk>/", balance.balance, name="balance"),
    path("enhet/<id:unit_pk>/ny-atgard/", measures.measure_create, name="measure_create"),
    path("enhet/<id:unit_pk>/nytt-program/", programmes.programme_create, name="programme_create"),
    path("program/<id:pk>/andra/", programmes.programme_edit, name="programme_edit"),
    path("atgard/<id:pk>/", measures.measure_detail, name="measure"),
    path("atgard/<id:pk>/andra/", measures.measure_edit, name="measure_edit"),
    path("atgard/<id:pk>/kopplingar/", measures.measure_links, name="measure_links"),
    path(
        "atgard/<id:measure_pk>/ny-berakning/",
        calculations.calculation_create,
        name="calculation_create",
    ),
    path("berakning/<id:pk>/andra/", calculations.calculation_edit, name="calculation_edit"),
    path("atgard/<id:measure_pk>/rapportera/", effects.effect_create, name="effect_create"),
    path("effekt/<id:pk>/andra/", effects.effect_edit, name="effect_edit"),
]
