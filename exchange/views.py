"""The import pages: upload a file, choose its columns, see every problem and what a save
makes, and save it all or nothing."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from audit.form_flow import submit
from exchange import background, services
from exchange.forms import SaveForm, UploadForm, chosen_columns, columns_form
from exchange.imports.checking import ImportRefused, missing_columns
from exchange.imports.kinds import ImportKind, Source, all_kinds, kind_by_key, kind_by_slug
from exchange.imports.reading import FileProblem
from exchange.imports.template_file import template_workbook
from exchange.models import StagedFile, StagedStatus
from organisation.models import Unit
from organisation.region_data import region_of

# More problems than this are counted, not listed.
SHOWN_PROBLEMS = 200


def _region(request: HttpRequest) -> Unit:
    region = region_of(request.user)
    if region is None:
        raise Http404
    return region


def _kind(slug: str) -> ImportKind:
    kind = kind_by_slug(slug)
    if kind is None:
        raise Http404
    return kind


@login_required
def start(request: HttpRequest) -> HttpResponse:
    region = _region(request)
    kinds = [k for k in all_kinds() if k.may_import(request.user, region)]
    if not kinds:
        raise PermissionDenied
    return render(request, "exchange/start.html", {"kinds": kinds})


@login_required
def upload(request: HttpRequest, slug: str) -> HttpResponse:
    kind = _kind(slug)
    region = _region(request)
    if not kind.may_import(request.user, region):
        raise PermissionDenied
    targets = kind.targets(request.user, region)
    initial = {"target": request.GET.get("into", "")}
    form = UploadForm(
        request.POST or None, request.FILES or None, kind=kind, targets=targets, initial=initial
    )

    def stage(data: dict[str, Any]) -> StagedFile:
        upload = data["file"]
        target = data.get("target")
        services.check_size(upload.size)
        content = upload.read()
        refusal = kind.refusal(
            kind.begin(request.user, region, target=target),
            Source(upload.name, services.checksum_of(content), 0),
        )
        if refusal:
            raise ValidationError({"file": refusal})
        return services.stage(request.user, region, kind, upload.name, content, target=target)

    done = submit(request, form, stage)
    if done.saved and done.result is not None:
        return redirect("exchange:staged", done.result.pk)
    return render(
        request,
        "exchange/upload.html",
        {
            **_about(kind, None),
            "form": form,
            "earlier": kind.earlier(request.user, region),
            "no_targets": bool(kind.target_label) and not targets,
        },
    )


@login_required
def template(request: HttpRequest, slug: str) -> HttpResponse:
    """An empty workbook with the kind's columns, and a sheet that explains each of them."""
    kind = _kind(slug)
    if not kind.may_import(request.user, _region(request)):
        raise PermissionDenied
    response = HttpResponse(
        template_workbook(kind),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="mall-{kind.slug}.xlsx"'
    return response


def _about(kind: ImportKind, target: int | None) -> dict[str, Any]:
    """What every page of an import shows of its kind: its name, where it belongs."""
    return {"kind": kind, "home": kind.home(target), "menu_section": kind.section}


def _staged(request: HttpRequest, pk: int) -> tuple[StagedFile, ImportKind]:
    staged = StagedFile.objects.filter(pk=pk, uploaded_by_id=request.user.pk).first()
    kind = kind_by_key(staged.kind) if staged else None
    if staged is None or kind is None:
        raise Http404
    return staged, kind


def _page(
    request: HttpRequest, staged: StagedFile, kind: ImportKind, save_form: Any = None
) -> HttpResponse:
    region = staged.region
    context: dict[str, Any] = {
        "staged": staged,
        **_about(kind, staged.target),
        "help_links": kind.help_links(),
    }
    try:
        result = services.check_file(
            request.user,
            region,
            kind,
            staged.file_name,
            bytes(staged.content),
            target=staged.target,
        )
    except FileProblem as problem:
        context["file_problem"] = str(problem)
        return render(request, "exchange/staged.html", context)
    problems = result.checked.problems
    context |= {
        "headers": result.table.headers,
        "header_row": result.table.header_row,
        "kept": result.kept,
        "columns_form": columns_form(kind, result.table.headers, result.columns),
        "chosen_count": sum(1 for index in result.columns.values() if index is not None),
        "field_count": len(kind.fields),
        "missing_columns": bool(missing_columns(kind, result.columns)),
        "problems": [str(p) for p in problems[:SHOWN_PROBLEMS]],
        "problem_count": len(problems),
        "more_problems": max(0, len(problems) - SHOWN_PROBLEMS),
        "row_count": result.checked.row_count,
        "preview": result.preview,
        "can_save": not problems and not result.preview.refusal and bool(result.checked.parsed),
    }
    context["save_form"] = save_form or SaveForm(initial={"state": result.state})
    return render(request, "exchange/staged.html", context)


def _progress(request: HttpRequest, staged: StagedFile, kind: ImportKind) -> HttpResponse:
    """The page of a file a worker saves, or has saved or refused."""
    return render(
        request,
        "exchange/staged_progress.html",
        {"staged": background.follow(staged), **_about(kind, staged.target)},
    )


@login_required
def staged(request: HttpRequest, pk: int) -> HttpResponse:
    staged_file, kind = _staged(request, pk)
    if staged_file.status != StagedStatus.CHECKING:
        return _progress(request, staged_file, kind)
    return _page(request, staged_file, kind)


@login_required
def staged_status(request: HttpRequest, pk: int) -> HttpResponse:
    """What the progress page polls: the save's state, until it is finished."""
    found, kind = _staged(request, pk)
    staged_file = background.follow(found)
    response = render(
        request, "exchange/includes/staged_status.html", {"staged": staged_file, "kind": kind}
    )
    if not staged_file.in_background:
        response.status_code = 286  # htmx's code for "stop polling"
    return response


@login_required
def staged_columns(request: HttpRequest, pk: int) -> HttpResponse:
    staged_file, kind = _staged(request, pk)
    if request.method != "POST":
        return redirect("exchange:staged", pk)
    try:
        table = services.read(kind, bytes(staged_file.content))
    except FileProblem:
        return redirect("exchange:staged", pk)
    form = columns_form(kind, table.headers, {}, request.POST)
    done = submit(
        request,
        form,
        lambda data: services.keep_columns(
            request.user, staged_file.region, kind, table.headers, chosen_columns(kind, data)
        ),
    )
    if done.saved:
        messages.success(request, _("The columns are kept for the next file of this shape."))
    else:
        for error in form.non_field_errors():
            messages.error(request, str(error))
    return redirect("exchange:staged", pk)


@login_required
def staged_save(request: HttpRequest, pk: int) -> HttpResponse:
    staged_file, kind = _staged(request, pk)
    if request.method != "POST" or staged_file.status != StagedStatus.CHECKING:
        return redirect("exchange:staged", pk)
    form = SaveForm(request.POST)

    def save(data: dict[str, Any]) -> Any:
        content = bytes(staged_file.content)
        try:
            table = services.read(kind, content)
        except FileProblem:
            table = None  # the save refuses it, naming why
        if table is not None and background.belongs_in_background(len(table.rows)):
            return background.queue_save(staged_file, data.get("state", ""))
        try:
            return services.import_file(
                request.user,
                staged_file.region,
                kind,
                staged_file.file_name,
                content,
                expected_state=data.get("state", ""),
                table=table,
                target=staged_file.target,
            )
        except ImportRefused as refused:
            if refused.refusal:
                raise ValidationError(refused.refusal) from refused
            raise ValidationError(
                [
                    _("Nothing was saved: the file has %(count)s problems.")
                    % {"count": len(refused.problems)},
                    *(str(p) for p in refused.problems[:SHOWN_PROBLEMS]),
                ]
            ) from refused

    done = submit(request, form, save)
    if done.saved and isinstance(done.result, StagedFile):
        return redirect("exchange:staged", pk)  # saved by a worker: its page follows it
    if done.saved:
        messages.success(request, kind.saved_message(done.result))
        return redirect(kind.saved_address(done.result))
    return _page(request, staged_file, kind, save_form=form)
