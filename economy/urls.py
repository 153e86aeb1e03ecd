from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from economy.views import (
    amounts,
    balance,
    calculations,
    changes,
    cost_types,
    effects,
    frames,
    mappings,
    measures,
    profile,
    programmes,
    variance,
)

app_name = "economy"

urlpatterns = [
    path("", frames.frame_list, name="frames"),
    path("ram/ny/", frames.frame_create, name="frame_create"),
    path("ram/<id:pk>/", frames.budget, name="budget"),
    path("ram/<id:pk>/andra/", frames.frame_edit, name="frame_edit"),
    path("ram/<id:pk>/enhet/<id:unit_pk>/<str:kind>/", amounts.budget_row, name="budget_row"),
    path("ram/<id:pk>/andringar/ny/", changes.change_create, name="change_create"),
    path("andringar/<id:pk>/", changes.change_edit, name="change_edit"),
    path("andringar/<id:pk>/ta-bort/", changes.change_delete, name="change_delete"),
    path("ram/<id:pk>/avvikelse/", variance.variance, name="variance"),
    path(
        "ram/<id:pk>/prognos/<id:unit_pk>/<id:cost_type_pk>/",
        variance.forecast,
        name="forecast",
    ),
    path("kostnadsslag/", cost_types.cost_type_list, name="cost_types"),
    path("kostnadsslag/forval/", cost_types.cost_type_preset, name="cost_type_preset"),
    path("kostnadsslag/<id:pk>/", cost_types.cost_type_edit, name="cost_type_edit"),
    path("kostnadsslag/<id:pk>/ta-bort/", cost_types.cost_type_delete, name="cost_type_delete"),
    path("ansvar/", mappings.cost_centre_list, name="cost_centres"),
    path("ansvar/<id:pk>/", mappings.cost_centre_edit, name="cost_centre_edit"),
    path("ansvar/<id:pk>/ta-bort/", mappings.cost_centre_delete, name="cost_centre_delete"),
    path("konton/", mappings.account_list, name="accounts"),
    path("konton/<id:pk>/", mappings.account_edit, name="account_edit"),
    path("konton/<id:pk>/ta-bort/", mappings.account_delete, name="account_delete"),
    path("periodisering/", profile.profile, name="profile"),
    path("atgarder/", measures.measure_list, name="measures"),
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
