from django.urls import path

import audit.url_converters  # noqa: F401 (registers <id:…> and <year:…>)
from reports.views import (
    control_followup,
    control_plan,
    document_job,
    operational_plan,
    review,
    tertial_report,
)

app_name = "reports"

urlpatterns = [
    path("dokument/<uuid:pk>/", document_job.document_job, name="document_job"),
    path(
        "dokument/<uuid:pk>/status/",
        document_job.document_job_status,
        name="document_job_status",
    ),
    path("dokument/<uuid:pk>/fil/", document_job.document_job_file, name="document_job_file"),
    path(
        "internkontrollplan/<id:pk>/excel/",
        control_plan.control_plan_excel,
        name="control_plan_xlsx",
    ),
    path("internkontrollplan/<id:pk>/pdf/", control_plan.control_plan_pdf, name="control_plan_pdf"),
    path(
        "tertialrapport/<id:unit_pk>/<id:period_pk>/pdf/",
        tertial_report.tertial_report_pdf,
        name="tertial_report_pdf",
    ),
    path(
        "verksamhetsplan/<id:unit_pk>/<year:year>/pdf/",
        operational_plan.operational_plan_pdf,
        name="operational_plan_pdf",
    ),
    path(
        "internkontrollplan/<id:pk>/word/",
        control_plan.control_plan_word,
        name="control_plan_docx",
    ),
    path(
        "tertialrapport/<id:unit_pk>/<id:period_pk>/word/",
        tertial_report.tertial_report_word,
        name="tertial_report_docx",
    ),
    path(
        "tertialrapport/<id:unit_pk>/<id:period_pk>/excel/",
        tertial_report.tertial_report_excel,
        name="tertial_report_xlsx",
    ),
    path(
        "verksamhetsplan/<id:unit_pk>/<year:year>/word/",
        operational_plan.operational_plan_word,
        name="operational_plan_docx",
    ),
    path(
        "uppfoljning-internkontroll/<id:pk>/pdf/",
        control_followup.control_followup_pdf,
        name="control_followup_pdf",
    ),
    path(
        "uppfoljning-internkontroll/<id:pk>/word/",
        control_followup.control_followup_word,
        name="control_followup_docx",
    ),
    path("granskning/<id:pk>/svar/pdf/", review.review_answer_pdf, name="review_answer_pdf"),
    path("granskning/<id:pk>/svar/word/", review.review_answer_word, name="review_answer_docx"),
    path(
        "granskning/<id:pk>/uppfoljning/pdf/",
        review.review_followup_pdf,
        name="review_followup_pdf",
    ),
    path(
        "granskning/<id:pk>/uppfoljning/word/",
        review.review_followup_word,
        name="review_followup_docx",
    ),
]
