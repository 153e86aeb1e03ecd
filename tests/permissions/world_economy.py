"""The economy's part of the permission world: seed 002's cost types, a 2025 frame of the
committee with a change, the financial system's codes, a ledger import, and a ledger file
the controller has uploaded and not yet saved."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from economy.models import AccountMapping, CostCentreMapping, CostType, FrameChange, LedgerImport
from economy.services.budget import create_frame_change
from economy.services.ledger import record_ledger
from exchange import services
from exchange.imports.ledger import ledger_kind
from exchange.models import StagedFile
from organisation.access import SYSTEM
from tests.conftest import World
from tests.economy.conftest import LEDGER, EconomyWorld, make_economy_world


@dataclass
class EconomyPerm:
    world: EconomyWorld
    change: FrameChange
    cost_centre: CostCentreMapping  # 1100, the division's
    account: AccountMapping  # 6000-7799
    ledger: LedgerImport
    staged: StagedFile  # uploaded by the controller
    staff: CostType  # personalkostnader
    unused: CostType  # interna kostnader: nothing maps to it

    @property
    def frame_pk(self) -> int:
        return self.world.frame.pk


def build_economy(w: World) -> EconomyPerm:
    economy = make_economy_world(w)
    staff = economy.cost_types["personalkostnader"]
    change = create_frame_change(SYSTEM, economy.frame, reason="SMS-livräddare")
    ledger = record_ledger(
        SYSTEM,
        w.region,
        file_name="januari.csv",
        checksum="1" * 64,
        row_count=1,
        sums={(w.division.pk, staff.pk, 2025, 1): Decimal(-100)},
    )
    staged = services.stage(w.controller, w.region, ledger_kind, "februari.csv", LEDGER.encode())
    return EconomyPerm(
        world=economy,
        change=change,
        cost_centre=CostCentreMapping.objects.get(region=w.region, cost_centre="1100"),
        account=AccountMapping.objects.get(region=w.region, first_account="6000"),
        ledger=ledger,
        staged=staged,
        staff=staff,
        unused=economy.cost_types["interna-kostnader"],
    )
