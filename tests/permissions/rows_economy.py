"""Page rows: the budget by unit and cost type, variance and forecasts, the organisation's
cost types and financial-system codes, and the ledger import.

The other region's administrator keeps the lists and codes of their own organisation, so
those pages answer them (and their writes land in their own region); everything of the
first region is 404. Cost types, account ranges and the periodisation are kept by the
organisation's administrators (and region-wide controllers), not a committee's controller.
"""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from economy.models import (
    AccountMapping,
    BudgetAmount,
    BudgetFrame,
    CostCentreMapping,
    CostType,
    Forecast,
    FrameChange,
    LedgerImport,
    PeriodisationProfile,
)
from exchange.models import ColumnMapping, StagedFile
from tests.economy.conftest import LEDGER
from tests.permissions.expect import (
    FORBIDDEN,
    FOUND,
    NOT_ALLOWED,
    NOT_FOUND,
    OK,
    Row,
    Write,
    codes,
    editors,
    in_region,
)
from tests.permissions.world import PermWorld, fresh

EVERYONE = codes(OK)
EDIT, EDIT_SAVED = editors(OK), editors(FOUND)
KEEP, KEEP_SAVED = in_region(FORBIDDEN, admin=OK), in_region(FORBIDDEN, admin=FOUND)
# Kept in one's own organisation: the other region's administrator keeps theirs.
OWN_REGION_KEPT = codes(FORBIDDEN, admin=FOUND, outsider=FOUND, installer=NOT_FOUND)
# The organisation's reference data: read by all in it; the installation's administrator has none.
REGION_DATA = codes(OK, installer=NOT_FOUND)
# Only the person who uploaded a file sees it before it is saved.
UPLOADER = codes(NOT_FOUND, controller=OK)
UPLOADER_SAVED = codes(NOT_FOUND, controller=FOUND)
# A form re-rendered with a refusal (a unit or cost type not the person's) saves nothing.
SAVED_ONLY = frozenset({FOUND})


def _frame(w: PermWorld) -> BudgetFrame:
    return w.economy.world.frame


def _staff_pk(w: PermWorld) -> int:
    return w.economy.staff.pk


def _row_fields(w: PermWorld) -> dict[str, Any]:
    types = w.economy.world.cost_types.values()
    return (
        {f"amount_{c.pk}": "" for c in types}
        | {f"version_{c.pk}": "0" for c in types}
        | {f"amount_{_staff_pk(w)}": "-5"}
    )


def _division_row(w: PermWorld) -> list[Any]:
    cells = BudgetAmount.objects.filter(frame=_frame(w), unit=w.base.division, kind="frame")
    return sorted(cells.values_list("cost_type_id", "amount"))


def _file(w: PermWorld) -> dict[str, Any]:
    content = (LEDGER + "202502;1100;5010;10 000,00;Övertid\n").encode()
    return {"file": SimpleUploadedFile("mars.csv", content, content_type="text/csv")}


def _plan_file(w: PermWorld) -> dict[str, Any]:
    content = "ID;Risk\r\n40;Brist på sjuksköterskor\r\n".encode()
    return {
        "target": str(w.next_plan.pk),
        "file": SimpleUploadedFile("plan.csv", content, content_type="text/csv"),
    }


def _outcome_file(w: PermWorld) -> dict[str, Any]:
    content = "Enhet;Period;Mått;Totalt\r\nHSN;DÅ04 2022;1;72\r\n".encode()
    return {"file": SimpleUploadedFile("utfall.csv", content, content_type="text/csv")}


def _columns(w: PermWorld) -> dict[str, str]:
    # The ledger's headers: Period;Ansvar;Konto;Belopp;Text.
    keys = ("period", "cost_centre", "account", "amount", "text")
    return {f"column_{key}": str(index) for index, key in enumerate(keys)}


ROWS = [
    Row("economy:frames", lambda w: reverse("economy:frames"), EVERYONE),
    Row(
        "economy:frame_create",
        lambda w: reverse("economy:frame_create"),
        editors(OK, outsider=OK, installer=FORBIDDEN),
        Write(
            lambda w: {
                "unit": w.base.committee.pk,
                "year": 2026,
                "amount_unit": "mkr",
                "total": "-2950",
            },
            editors(
                FOUND, outsider=OK, installer=FORBIDDEN
            ),  # the committee is not among the outsider's units
            lambda w: BudgetFrame.objects.count(),
            accepted=SAVED_ONLY,
        ),
    ),
    Row("economy:budget", lambda w: reverse("economy:budget", args=[_frame(w).pk]), in_region(OK)),
    Row(
        "economy:frame_edit",
        lambda w: reverse("economy:frame_edit", args=[_frame(w).pk]),
        EDIT,
        Write(
            lambda w: {
                "version": fresh(_frame(w)).version,
                "amount_unit": "mkr",
                "total_label": "Total nettobudgetram enligt Regionplan och budget",
                "total_previous_year": "-2975,3",
                "total": "-2898,3",
            },
            EDIT_SAVED,
            lambda w: fresh(_frame(w)).version,
        ),
    ),
    Row(
        "economy:budget_row",
        lambda w: reverse("economy:budget_row", args=[_frame(w).pk, w.base.division.pk, "ram"]),
        EDIT,
        Write(_row_fields, EDIT_SAVED, _division_row),
    ),
    Row(
        "economy:change_create",
        lambda w: reverse("economy:change_create", args=[_frame(w).pk]),
        EDIT,
        Write(
            lambda w: {"reason": "Prostatacancerscreening", "amount": "3,1"},
            EDIT_SAVED,
            lambda w: FrameChange.objects.count(),
        ),
    ),
    Row(
        "economy:change_edit",
        lambda w: reverse("economy:change_edit", args=[w.economy.change.pk]),
        EDIT,
        Write(
            lambda w: {
                "version": fresh(w.economy.change).version,
                "reason": "SMS-livräddare",
                "amount": "-1,5",
            },
            EDIT_SAVED,
            lambda w: fresh(w.economy.change).version,
        ),
    ),
    Row(
        "economy:change_delete",
        lambda w: reverse("economy:change_delete", args=[w.economy.change.pk]),
        EDIT,
        Write(
            lambda w: {},
            EDIT_SAVED,
            lambda w: FrameChange.objects.filter(pk=w.economy.change.pk).exists(),
        ),
    ),
    Row(
        "economy:variance",
        lambda w: reverse("economy:variance", args=[_frame(w).pk]),
        in_region(OK),
    ),
    Row(
        "economy:forecast",
        lambda w: reverse(
            "economy:forecast", args=[_frame(w).pk, w.base.division.pk, _staff_pk(w)]
        ),
        EDIT,
        Write(
            lambda w: {"amount_tkr": "-1200", "comment": "Som januari.", "version": "0"},
            EDIT_SAVED,
            lambda w: Forecast.objects.count(),
        ),
    ),
    Row(
        "economy:cost_types",
        lambda w: reverse("economy:cost_types"),
        REGION_DATA,
        Write(
            lambda w: {"code": "kopt-vard", "name": "Köpt vård", "kind": "cost"},
            OWN_REGION_KEPT,
            lambda w: CostType.objects.count(),
        ),
    ),
    Row(
        "economy:cost_type_preset",
        lambda w: reverse("economy:cost_type_preset"),
        codes(NOT_ALLOWED),
        Write(
            lambda w: {"preset": "rjh"},
            OWN_REGION_KEPT,
            lambda w: CostType.objects.filter(region=w.base.region).count(),
            # The first region has the preset's cost types already: loading it adds none.
            changes=False,
        ),
    ),
    Row(
        "economy:cost_type_edit",
        lambda w: reverse("economy:cost_type_edit", args=[_staff_pk(w)]),
        KEEP,
        Write(
            lambda w: {
                "code": "personalkostnader",
                "name": "Personalkostnader",
                "kind": "cost",
                "order": "30",
                "version": fresh(w.economy.staff).version,
            },
            KEEP_SAVED,
            lambda w: fresh(w.economy.staff).version,
        ),
    ),
    Row(
        "economy:cost_type_delete",
        lambda w: reverse("economy:cost_type_delete", args=[w.economy.unused.pk]),
        KEEP,
        Write(
            lambda w: {},
            KEEP_SAVED,
            lambda w: CostType.objects.filter(pk=w.economy.unused.pk).exists(),
        ),
    ),
    Row(
        "economy:cost_centres",
        lambda w: reverse("economy:cost_centres"),
        REGION_DATA,
        Write(
            lambda w: {"cost_centre": "4711", "unit": w.economy.world.kirurgi.pk},
            # Those who keep no unit are offered none: the form names the refusal.
            editors(FOUND, refused=OK, outsider=OK),
            lambda w: CostCentreMapping.objects.count(),
            accepted=SAVED_ONLY,
        ),
    ),
    Row(
        "economy:cost_centre_edit",
        lambda w: reverse("economy:cost_centre_edit", args=[w.economy.cost_centre.pk]),
        EDIT,
        Write(
            lambda w: {
                "version": fresh(w.economy.cost_centre).version,
                "cost_centre": "1101",
                "unit": w.base.division.pk,
            },
            EDIT_SAVED,
            lambda w: fresh(w.economy.cost_centre).version,
        ),
    ),
    Row(
        "economy:cost_centre_delete",
        lambda w: reverse("economy:cost_centre_delete", args=[w.economy.cost_centre.pk]),
        EDIT,
        Write(
            lambda w: {},
            EDIT_SAVED,
            lambda w: CostCentreMapping.objects.filter(pk=w.economy.cost_centre.pk).exists(),
        ),
    ),
    Row(
        "economy:accounts",
        lambda w: reverse("economy:accounts"),
        REGION_DATA,
        Write(
            lambda w: {"first_account": "8000", "last_account": "8999", "cost_type": _staff_pk(w)},
            # The outsider is offered only their own organisation's cost types.
            codes(FORBIDDEN, admin=FOUND, outsider=OK, installer=NOT_FOUND),
            lambda w: AccountMapping.objects.count(),
            accepted=SAVED_ONLY,
        ),
    ),
    Row(
        "economy:account_edit",
        lambda w: reverse("economy:account_edit", args=[w.economy.account.pk]),
        KEEP,
        Write(
            lambda w: {
                "version": fresh(w.economy.account).version,
                "first_account": "6000",
                "last_account": "7699",
                "cost_type": w.economy.account.cost_type_id,
            },
            KEEP_SAVED,
            lambda w: fresh(w.economy.account).version,
        ),
    ),
    Row(
        "economy:account_delete",
        lambda w: reverse("economy:account_delete", args=[w.economy.account.pk]),
        KEEP,
        Write(
            lambda w: {},
            KEEP_SAVED,
            lambda w: AccountMapping.objects.filter(pk=w.economy.account.pk).exists(),
        ),
    ),
    Row(
        "economy:profile",
        lambda w: reverse("economy:profile"),
        REGION_DATA,
        Write(
            lambda w: {f"weight_{m}": "1" for m in range(1, 13)}
            | {"weight_7": "0,5", "version": "0", "description": "Semester i juli"},
            OWN_REGION_KEPT,
            lambda w: PeriodisationProfile.objects.count(),
        ),
    ),
    Row("exchange:start", lambda w: reverse("exchange:start"), editors(OK, owner=OK, outsider=OK)),
    Row(
        "exchange:upload",
        lambda w: reverse("exchange:upload", args=["huvudbok"]),
        editors(OK, outsider=OK),
        Write(
            _file,
            editors(FOUND, outsider=FOUND),  # the outsider's file is kept for their region
            lambda w: StagedFile.objects.count(),
        ),
    ),
    Row(
        "exchange:template",
        lambda w: reverse("exchange:template", args=["huvudbok"]),
        editors(OK, outsider=OK),
    ),
    # An internal control plan is read into a draft plan the person may change; the other
    # region's administrator has none in this world.
    Row(
        "exchange:upload",
        lambda w: reverse("exchange:upload", args=["internkontrollplan"]),
        editors(OK, outsider=FORBIDDEN),
        Write(
            _plan_file,
            editors(FOUND, outsider=FORBIDDEN),
            lambda w: StagedFile.objects.count(),
        ),
        variant="internal control plan",
    ),
    Row(
        "exchange:template",
        lambda w: reverse("exchange:template", args=["internkontrollplan"]),
        editors(OK, outsider=FORBIDDEN),
        variant="internal control plan",
    ),
    # Outcomes are read by those who report them: controllers, administrators and the
    # owners of measures (each row is then checked as in the grid); the other region's
    # administrator reads into their own region.
    Row(
        "exchange:upload",
        lambda w: reverse("exchange:upload", args=["utfall"]),
        editors(OK, owner=OK, outsider=OK),
        Write(
            _outcome_file,
            editors(FOUND, owner=FOUND, outsider=FOUND),
            lambda w: StagedFile.objects.count(),
        ),
        variant="outcomes",
    ),
    Row(
        "exchange:template",
        lambda w: reverse("exchange:template", args=["utfall"]),
        editors(OK, owner=OK, outsider=OK),
        variant="outcomes",
    ),
    Row(
        "exchange:staged",
        lambda w: reverse("exchange:staged", args=[w.economy.staged.pk]),
        UPLOADER,
    ),
    Row(
        "exchange:staged_status",
        lambda w: reverse("exchange:staged_status", args=[w.economy.staged.pk]),
        codes(NOT_FOUND, controller=286),  # a file no worker saves: nothing to ask again for
    ),
    Row(
        "exchange:staged_columns",
        lambda w: reverse("exchange:staged_columns", args=[w.economy.staged.pk]),
        UPLOADER_SAVED,  # a GET goes back to the file's page
        Write(_columns, UPLOADER_SAVED, lambda w: ColumnMapping.objects.count()),
    ),
    Row(
        "exchange:staged_save",
        lambda w: reverse("exchange:staged_save", args=[w.economy.staged.pk]),
        UPLOADER_SAVED,
        Write(lambda w: {}, UPLOADER_SAVED, lambda w: LedgerImport.objects.count()),
    ),
]
