"""The page's form over a whole risk matrix definition (see presets/README.md): its name,
both scales with each level's label and description, each class's code, response, colour,
whether it requires an action and its score bounds, and for a matrix that names a class
per cell, each cell's class. The form reads and writes the definition that
`internal_control.services.matrices.create_matrix` takes; the service's rules decide."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from internal_control.scoring import by_bounds

AXES = ("probability", "severity")


@dataclass
class FieldGroup:
    legend: str
    fields: list[forms.BoundField]


class MatrixDefinitionForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name of the matrix"), max_length=200)
    description = forms.CharField(
        label=gettext_lazy("Description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("What the matrix is for and how it is used; optional."),
    )
    probability_name = forms.CharField(
        label=gettext_lazy("Name of the probability scale"), max_length=60
    )
    severity_name = forms.CharField(label=gettext_lazy("Name of the severity scale"), max_length=60)

    def __init__(self, spec: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        self.spec = spec
        kwargs.setdefault("initial", _initial(spec))
        super().__init__(*args, **kwargs)
        self._groups: list[tuple[str, list[str]]] = [
            (_("The matrix"), ["name", "description", "probability_name", "severity_name"])
        ]
        scales = (
            spec["probability_name"] or _("Probability"),
            spec["severity_name"] or _("Severity"),
        )
        for axis, scale in zip(AXES, scales, strict=True):
            legend = _("%(scale)s: levels") % {"scale": scale}
            names = []
            for level in spec[axis]:
                value = level["value"]
                self.fields[f"{axis}_{value}_label"] = forms.CharField(
                    label=_("Level %(value)s: label") % {"value": value},
                    max_length=60,
                    required=False,
                    help_text=_("Leave empty to show the value only."),
                )
                self.fields[f"{axis}_{value}_description"] = forms.CharField(
                    label=_("Level %(value)s: description") % {"value": value},
                    max_length=300,
                    required=False,
                )
                names += [f"{axis}_{value}_label", f"{axis}_{value}_description"]
            self._groups.append((legend, names))
        count = len(spec["classes"])
        for number in range(1, count + 1):
            names = [f"class_{number}_{part}" for part in ("code", "response", "colour")]
            self.fields[names[0]] = forms.CharField(label=_("Code"), max_length=10)
            self.fields[names[1]] = forms.CharField(label=_("Prescribed response"), max_length=200)
            self.fields[names[2]] = forms.CharField(
                label=_("Colour"),
                max_length=7,
                widget=forms.TextInput(attrs={"type": "color"}),
                help_text=_("A light colour: the class's code is written on it."),
            )
            self.fields[f"class_{number}_requires_action"] = forms.BooleanField(
                label=_("A risk in this class requires an action"),
                required=False,
            )
            self.fields[f"class_{number}_control_answers"] = forms.BooleanField(
                label=_("A control activity answers it as well as an action"), required=False
            )
            self.fields[f"class_{number}_refuses_unanswered"] = forms.BooleanField(
                label=_("Refuse the assessment until the risk is answered"),
                required=False,
                help_text=_("Otherwise the assessment is saved and the plan warns."),
            )
            names += [
                f"class_{number}_requires_action",
                f"class_{number}_control_answers",
                f"class_{number}_refuses_unanswered",
            ]
            if by_bounds(spec["scoring"]):
                for bound, label in (("min", _("Lowest score")), ("max", _("Highest score"))):
                    self.fields[f"class_{number}_{bound}"] = forms.IntegerField(
                        label=label, min_value=1
                    )
                    names.append(f"class_{number}_{bound}")
            self._groups.append((_class_legend(number, count), names))
        if spec["scoring"] == "table":
            choices = [(str(n), _class_legend(n, count)) for n in range(1, count + 1)]
            names = []
            for p in spec["probability"]:
                for s in spec["severity"]:
                    name = f"cell_{p['value']}_{s['value']}"
                    self.fields[name] = forms.ChoiceField(
                        label=_("%(probability)s %(p)s × %(severity)s %(s)s")
                        % {
                            "probability": spec["probability_name"] or _("Probability"),
                            "p": p["value"],
                            "severity": spec["severity_name"] or _("Severity"),
                            "s": s["value"],
                        },
                        choices=choices,
                    )
                    names.append(name)
            self._groups.append((_("The class of each cell"), names))

    def groups(self) -> list[FieldGroup]:
        """The fields in the page's fieldsets, in order."""
        return [FieldGroup(legend, [self[n] for n in names]) for legend, names in self._groups]

    def definition(self) -> dict[str, Any]:
        """The definition with what the person wrote; call after `is_valid()`."""
        data = self.cleaned_data
        spec = dict(self.spec)
        for key in ("name", "description", "probability_name", "severity_name"):
            spec[key] = data[key].strip()
        for axis in AXES:
            spec[axis] = [
                {
                    "value": level["value"],
                    "label": data[f"{axis}_{level['value']}_label"].strip(),
                    "description": data[f"{axis}_{level['value']}_description"].strip(),
                }
                for level in self.spec[axis]
            ]
        classes = []
        for number in range(1, len(self.spec["classes"]) + 1):
            cls = {
                "code": data[f"class_{number}_code"].strip(),
                "response": data[f"class_{number}_response"].strip(),
                "colour": data[f"class_{number}_colour"].strip().lower(),
                "requires_action": data[f"class_{number}_requires_action"],
                "control_answers": data[f"class_{number}_control_answers"],
                "refuses_unanswered": data[f"class_{number}_refuses_unanswered"],
                "min_score": None,
                "max_score": None,
            }
            if by_bounds(self.spec["scoring"]):
                cls["min_score"] = data[f"class_{number}_min"]
                cls["max_score"] = data[f"class_{number}_max"]
            classes.append(cls)
        spec["classes"] = classes
        spec["cells"] = []
        if self.spec["scoring"] == "table":
            spec["cells"] = [
                {
                    "probability": p["value"],
                    "severity": s["value"],
                    "class": classes[int(data[f"cell_{p['value']}_{s['value']}"]) - 1]["code"],
                }
                for p in self.spec["probability"]
                for s in self.spec["severity"]
            ]
        return spec


def _class_legend(number: int, count: int) -> str:
    if number == 1:
        return _("Class %(number)s (the lowest)") % {"number": number}
    if number == count:
        return _("Class %(number)s (the highest)") % {"number": number}
    return _("Class %(number)s") % {"number": number}


def _initial(spec: dict[str, Any]) -> dict[str, Any]:
    initial: dict[str, Any] = {
        key: spec.get(key, "")
        for key in ("name", "description", "probability_name", "severity_name")
    }
    for axis in AXES:
        for level in spec[axis]:
            initial[f"{axis}_{level['value']}_label"] = level.get("label") or ""
            initial[f"{axis}_{level['value']}_description"] = level.get("description") or ""
    numbers = {}
    for number, cls in enumerate(spec["classes"], start=1):
        numbers[cls.get("code")] = number
        initial[f"class_{number}_code"] = cls.get("code") or ""
        initial[f"class_{number}_response"] = cls.get("response") or ""
        initial[f"class_{number}_colour"] = cls.get("colour") or "#ffffff"
        initial[f"class_{number}_requires_action"] = bool(cls.get("requires_action"))
        initial[f"class_{number}_control_answers"] = bool(cls.get("control_answers"))
        initial[f"class_{number}_refuses_unanswered"] = bool(cls.get("refuses_unanswered", True))
        initial[f"class_{number}_min"] = cls.get("min_score")
        initial[f"class_{number}_max"] = cls.get("max_score")
    for cell in spec.get("cells") or []:
        if cell["class"] in numbers:
            initial[f"cell_{cell['probability']}_{cell['severity']}"] = str(numbers[cell["class"]])
    if spec["scoring"] == "table" and not spec.get("cells"):
        # A new matrix: each cell starts in the class whose proposed band holds its score.
        for p in spec["probability"]:
            for s in spec["severity"]:
                score = p["value"] * s["value"]
                for number, cls in enumerate(spec["classes"], start=1):
                    if (cls.get("min_score") or 0) <= score <= (cls.get("max_score") or score):
                        initial[f"cell_{p['value']}_{s['value']}"] = str(number)
                        break
    return initial
