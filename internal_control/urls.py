from django.urls import path

from internal_control.views import actions, followup, matrices, plans, register, risks

app_name = "internal_control"

urlpatterns = [
    path("", plans.plan_list, name="plans"),
    path("ny/<int:unit_pk>/", plans.plan_create, name="plan_create"),
    path("plan/<int:pk>/", plans.plan_detail, name="plan"),
    path("plan/<int:pk>/kopiera/", plans.plan_copy, name="plan_copy"),
    path("plan/<int:pk>/anta/", plans.plan_adopt, name="plan_adopt"),
    path("plan/<int:pk>/publicera/", plans.plan_publish, name="plan_publish"),
    path("plan/<int:pk>/riskkarta/", register.heat_map, name="heat_map"),
    path("plan/<int:pk>/uppfoljning/", followup.followup_status, name="followup_status"),
    path("plan/<int:pk>/uppfoljning/ny/", plans.followup_create, name="followup_create"),
    path("plan/<int:plan_pk>/ny-risk/", risks.risk_create, name="risk_create"),
    path("plan/<int:plan_pk>/hamta-risk/", risks.risk_take, name="risk_take"),
    path("plan/<int:plan_pk>/ny-atgard/", actions.action_create, name="action_create"),
    path("risker/", register.risk_register, name="register"),
    path("risk/<int:pk>/", risks.risk_detail, name="risk"),
    path("risk/<int:pk>/andra/", risks.risk_edit, name="risk_edit"),
    path("risk/<int:pk>/bedom/", risks.risk_assess, name="risk_assess"),
    path("risk/<int:pk>/kopplingar/", risks.risk_links, name="risk_links"),
    path("atgard/<int:pk>/", actions.action_detail, name="action"),
    path("atgard/<int:pk>/andra/", actions.action_edit, name="action_edit"),
    path("atgard/<int:pk>/rapportera/", actions.action_report, name="action_report"),
    path("kontroll/<int:pk>/rapportera/", followup.control_report, name="control_report"),
    path("mina/", followup.my_list, name="mine"),
    path("matriser/", matrices.matrix_list, name="matrices"),
    path("matris/<int:pk>/", matrices.matrix_detail, name="matrix"),
    path("matris/<int:pk>/ny-utgava/", matrices.matrix_new_edition, name="matrix_new_edition"),
]
