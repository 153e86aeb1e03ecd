"""Journey 7's ledger upload through the pages: every bad row named, nothing saved until the
file is clean; then summed per unit, cost type and month in the budget's sign, the same file
refused a second time, and a new file replacing the months it contains."""

from __future__ import annotations

from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from economy.models import FinancialOutcome, LedgerImport
from exchange.models import ColumnMapping, StagedFile
from tests.conftest import World
from tests.economy.conftest import LEDGER, EconomyWorld


def _upload(
    client: Client, text: str, name: str = "huvudbok-2025-02.csv", encoding: str = "cp1252"
):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("exchange:upload", args=["huvudbok"]),
        {"file": SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")},
    )


def test_a_clean_file_is_previewed_then_saved_summed_in_the_budgets_sign(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    response = _upload(client, LEDGER)
    staged = StagedFile.objects.get()
    assert response.url == reverse("exchange:staged", args=[staged.pk])
    page = client.get(response.url).content.decode()
    assert (
        "5 rader ger 5 utfall per enhet, kostnadsslag och månad, för januari 2025, februari 2025."
        in page
    )
    assert not FinancialOutcome.objects.exists()
    response = client.post(reverse("exchange:staged_save", args=[staged.pk]))
    assert response.status_code == 302
    ledger = LedgerImport.objects.get()
    assert (ledger.file_name, ledger.row_count, ledger.imported_by) == (
        "huvudbok-2025-02.csv",
        5,
        world.controller,
    )
    amounts = {
        (o.unit.name, o.cost_type.code, o.month): o.amount
        for o in FinancialOutcome.objects.select_related("unit", "cost_type")
    }
    assert amounts == {
        ("Division Medicin", "personalkostnader", 1): Decimal("-1200000.00"),
        ("Akutvård", "personalkostnader", 1): Decimal("-300000.00"),
        ("Division Medicin", "externa-intakter", 1): Decimal("250000.00"),
        ("Division Kirurgi", "lakemedel", 2): Decimal("-80000.50"),
        ("Division Kirurgi", "personalkostnader", 2): Decimal("-900000.00"),
    }
    # Every outcome has its history, made by the person who read the file.
    history = FinancialOutcome.history.all()
    assert history.count() == 5 and {h.history_user for h in history} == {world.controller}


def test_one_bad_cost_centre_is_named_and_nothing_is_saved(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    bad = LEDGER.replace("202502;1200;4510", "202502;4711;4510")
    response = _upload(client, bad)
    page = client.get(response.url).content.decode()
    assert "Rad 6, Ansvar: ”4711” är inte kopplat till någon enhet" in page
    assert "Spara allt" not in page
    staged = StagedFile.objects.get()
    client.post(reverse("exchange:staged_save", args=[staged.pk]))
    assert not FinancialOutcome.objects.exists() and not LedgerImport.objects.exists()


def test_every_bad_field_of_every_row_is_named(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    text = "period;ansvar;konto;belopp\n2025-13;1100;9999;12,345\n202501;;5010;abc\n"
    page = client.get(_upload(client, text).url).content.decode()
    for problem in (
        "Rad 2, Period: ”2025-13” är ingen period (ÅÅÅÅMM, ÅÅÅÅ-MM eller ett datum)",
        "Rad 2, Konto: ”9999” hör inte till något kostnadsslag",
        "Rad 2, Belopp: ”12,345” har fler än två decimaler",
        "Rad 3, Ansvar: saknas",
        "Rad 3, Belopp: ”abc” är inte ett belopp",
    ):
        assert problem in page, problem
    assert "5 problem" in page


def test_the_same_file_twice_is_refused(world: World, economy_world: EconomyWorld, login) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    response = _upload(client, LEDGER)
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.get().pk]))
    ledger = LedgerImport.objects.get()
    response = _upload(client, LEDGER, name="samma-fil-igen.csv")
    assert response.status_code == 200
    when = ledger.created_at.astimezone().date().isoformat()
    assert f"Filen lästes redan in {when} av Karin." in response.content.decode()
    assert StagedFile.objects.count() == 1
    assert LedgerImport.objects.count() == 1


def test_a_new_file_replaces_the_months_it_contains_for_its_units(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    _upload(client, LEDGER)
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.get().pk]))
    corrected = "Period;Ansvar;Konto;Belopp\n202502;1200;5010;950 000,00\n"
    response = _upload(client, corrected, name="februari-rattad.csv")
    staged = StagedFile.objects.latest("pk")
    page = client.get(response.url).content.decode()
    assert "Utfall som redan lästs in för februari 2025 ersätts för Division Kirurgi." in page
    client.post(reverse("exchange:staged_save", args=[staged.pk]))
    kirurgi = FinancialOutcome.objects.filter(unit=economy_world.kirurgi)
    assert [(o.month, o.cost_type.code, o.amount) for o in kirurgi] == [
        (2, "personalkostnader", Decimal("-950000.00"))
    ]
    # January of Division Medicin, which the new file does not contain, stays.
    assert FinancialOutcome.objects.filter(unit=world.division, month=1).count() == 2
    removed = FinancialOutcome.history.filter(history_type="-")
    assert removed.count() == 2 and {h.history_user for h in removed} == {world.controller}


def test_columns_the_person_chooses_are_kept_for_the_next_file_of_that_shape(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    client = login(world.controller)
    text = "Per;Avd;Kto;SEK\n202501;1100;5010;100\n"
    staged_url = _upload(client, text).url
    page = client.get(staged_url).content.decode()
    assert "Ansvar: välj kolumnen den står i." in page
    staged = StagedFile.objects.get()
    client.post(
        reverse("exchange:staged_columns", args=[staged.pk]),
        {
            "column_period": "0",
            "column_cost_centre": "1",
            "column_account": "2",
            "column_amount": "3",
        },
    )
    assert ColumnMapping.objects.get().columns == {
        "period": "per",
        "cost_centre": "avd",
        "account": "kto",
        "amount": "sek",
    }
    # The next file has the same headers in another order: the kept choice fits it.
    other = "SEK;Kto;Avd;Per\n200;5010;1100;202502\n"
    page = client.get(_upload(client, other, name="b.csv").url).content.decode()
    assert "valts för organisationens tidigare filer med samma rubriker" in page
    client.post(reverse("exchange:staged_save", args=[StagedFile.objects.latest("pk").pk]))
    assert FinancialOutcome.objects.get().amount == Decimal("-200")


def test_a_row_for_a_unit_the_person_does_not_record_for_is_refused(
    world: World, economy_world: EconomyWorld, login
) -> None:  # type: ignore[no-untyped-def]
    from economy.services.mappings import create_cost_centre_mapping
    from organisation.access import SYSTEM

    create_cost_centre_mapping(SYSTEM, world.region, cost_centre="9000", unit=world.board)
    client = login(world.controller)
    page = client.get(_upload(client, "Period;Ansvar;Konto;Belopp\n202501;9000;5010;1\n").url)
    assert "”9000” hör till en enhet där du inte registrerar utfall" in page.content.decode()


def test_a_file_over_the_limit_is_refused_in_swedish(
    world: World, economy_world: EconomyWorld, login, settings
) -> None:  # type: ignore[no-untyped-def]
    settings.IMPORT_MAX_MB = 1
    client = login(world.controller)
    big = LEDGER + ("202501;1100;5010;1,00\n" * 60_000)
    response = _upload(client, big)
    assert response.status_code == 200
    assert "högst 1 MB kan läsas in" in response.content.decode()
    assert not StagedFile.objects.exists()


def test_only_the_person_who_uploaded_sees_the_file(
    world: World, economy_world: EconomyWorld, login, client: Client
) -> None:  # type: ignore[no-untyped-def]
    _upload(login(world.controller), LEDGER)
    staged = StagedFile.objects.get()
    client.force_login(world.admin)
    assert client.get(reverse("exchange:staged", args=[staged.pk])).status_code == 404
    assert client.post(reverse("exchange:staged_save", args=[staged.pk])).status_code == 404
