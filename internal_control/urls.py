from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from internal_control.views import (
    actions,
    class_colours,
    controls,
    followup,
    matrices,
    matrix_create,
    plans,
    register,
    risks,
)

app_name = "internal_control"

urlpatterns = [
    path("", plans.plan_list, name="plans"),
    path("ny/<id:unit_pk>/", plans.plan_create, name="plan_create"),
    path("plan/<id:pk>/", plans.plan_detail, name="plan"),
    path("plan/<id:pk>/kopiera/", plans.plan_copy, name="plan_copy"),
    path("plan/<id:pk>/anta/", plans.plan_adopt, name="plan_adopt"),
    path("plan/<id:pk>/publicera/", plans.plan_publish, name="plan_publish"),
    path("plan/<id:pk>/riskkarta/", register.heat_map, name="heat_map"),
    path("plan/<id:pk>/uppfoljning/", followup.followup_status, name="followup_status"),
    path("plan/<id:pk>/uppfoljning/ny/", plans.followup_create, name="followup_create"),
    path("plan/<id:plan_pk>/ny-risk/", risks.risk_create, name="risk_create"),
    path("plan/<id:plan_pk>/hamta-risk/", risks.risk_take, name="risk_take"),
    path("plan/<id:plan_pk>/ny-atgard/", actions.action_create, name="action_create"),
    path("plan/<id:plan_pk>/nytt-kontrollmoment/", controls.control_create, name="control_create"),
    path("kontrollmoment/<id:pk>/andra/", controls.control_edit, name="control_edit"),
    path("risker/", register.risk_register, name="register"),
    path("risk/<id:pk>/", risks.risk_detail, name="risk"),
    path("risk/<id:pk>/andra/", risks.risk_edit, name="risk_edit"),
    path("risk/<id:pk>/bedom/", risks.risk_assess, name="risk_assess"),
    path("risk/<id:pk>/kopplingar/", risks.risk_links, name="risk_links"),
    path("atgard/<id:pk>/", actions.action_detail, name="action"),
    path("atgard/<id:pk>/andra/", actions.action_edit, name="action_edit"),
    path("atgard/<id:pk>/rapportera/", actions.action_report, name="action_report"),
    path("kontroll/<id:pk>/rapportera/", followup.control_report, name="control_report"),
    path("mina/", followup.my_list, name="mine"),
    path("matriser/", matrices.matrix_list, name="matrices"),
    path("klassfarger.css", class_colours.class_colours, name="class_colours"),
    path("matriser/ny/", matrix_create.matrix_create, name="matrix_create"),
    path("matriser/ny/definiera/", matrix_create.matrix_define, name="matrix_define"),
    path("matris/<id:pk>/", matrices.matrix_detail, name="matrix"),
    path("matris/<id:pk>/ny-utgava/", matrices.matrix_new_edition, name="matrix_new_edition"),
]
