"""The demo loader: both regions' trees and people, and loading twice changes nothing."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command

from organisation.access import grants_of
from organisation.models import RoleAssignment, Unit, User


@pytest.fixture
def demo(db: None) -> str:
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_both_regions_and_their_trees(demo: str) -> None:
    regions = set(Unit.objects.filter(parent__isnull=True).values_list("name", flat=True))
    assert regions == {"Region Jämtland Härjedalen", "Region Norrbotten"}
    hsn = Unit.objects.get(short_name="HSN")
    divisions = set(hsn.children.values_list("name", flat=True))
    assert divisions == {"Division Medicin", "Division Kirurgi", "Division Nära vård"}
    for area in ("Folktandvård", "Psykiatri", "Akutvård", "Kvinna"):
        assert Unit.objects.get(name=area).path.startswith(hsn.path)
    assert Unit.objects.get(
        name="Regionstyrelsen", case_prefix="RS", path__startswith=f"/{hsn.region_id}/"
    )
    assert Unit.objects.filter(name="Division Länssjukvård 1").count() == 1


def test_login_list_is_printed(demo: str) -> None:
    for username in ("admin.rjh", "karin", "anders", "per", "maria", "lena"):
        assert username in demo
    assert "styr-demo-2026" in demo


def test_loading_twice_adds_nothing(demo: str) -> None:
    counts = (Unit.objects.count(), User.objects.count(), RoleAssignment.objects.count())
    out = StringIO()
    call_command("load_demo", stdout=out, quiet_logins=True)
    assert (Unit.objects.count(), User.objects.count(), RoleAssignment.objects.count()) == counts
    assert "nothing new" in out.getvalue()


def test_demo_people_stay_in_their_region(demo: str) -> None:
    lena = User.objects.get(username="lena")
    karin = User.objects.get(username="karin")
    assert grants_of(lena).roles_at(Unit.objects.get(short_name="HSN")) == frozenset()
    assert (
        grants_of(karin).roles_at(Unit.objects.get(name="Division Länssjukvård 1")) == frozenset()
    )


def test_both_seed_internal_control_plans_are_loaded(demo: str) -> None:
    from internal_control.models import ControlPlan

    plans = {
        (p.unit.name, p.year): p.risks.count() for p in ControlPlan.objects.select_related("unit")
    }
    assert plans == {("Hälso- och sjukvårdsnämnden", 2025): 26, ("Regionstyrelsen", 2022): 32}


def test_a_unit_name_cut_at_a_comma_stops_the_load(db: None) -> None:
    from exchange.demo.organisation import LoadReport, load_organisation

    # YAML reads {name: Hud, infektion och medicin, kind: area} as the name "Hud" and a key
    # "infektion och medicin": the loader refuses the unknown key instead of making "Hud".
    data = yaml.safe_load(
        """
        demo_password: x
        regions:
          - name: Region Test
            units:
              - {name: Hud, infektion och medicin, kind: area}
        """
    )
    with pytest.raises(ValueError, match="infektion och medicin"):
        load_organisation(data, LoadReport())
    assert not Unit.objects.filter(name="Hud").exists()


def test_the_areas_of_each_division_are_named_as_seed_002_lists_them(demo: str) -> None:
    # The meeting calendar of seed 002 lists each division with its areas, one per line.
    seed = (Path(settings.BASE_DIR) / "demo_data" / "seeds" / "002_69cddfe963d13d05.txt").read_text(
        encoding="utf-8"
    )
    hsn = Unit.objects.get(short_name="HSN")
    for division in hsn.children.all():
        listed = re.search(rf"{re.escape(division.name)}\s*\n((?:\s*- .+\n)+)", seed, re.IGNORECASE)
        assert listed is not None, division.name
        areas = [line.strip()[2:].strip() for line in listed.group(1).splitlines()]
        assert set(division.children.values_list("name", flat=True)) == set(areas), division.name
