#!/usr/bin/env bash
# Refresh the Swedish message catalogues: one per app that has a locale/ folder, and
# locale/ at the top for the shared templates and settings.
set -euo pipefail
cd "$(dirname "$0")/.."
ignores=(--ignore=.venv --ignore=tests --ignore=staticfiles --ignore=var)
for app_locale in */locale; do
  app=${app_locale%/locale}
  [ "$app" = "." ] && continue
  ignores+=(--ignore="$app/*")
  (cd "$app" && DEBUG=true ../.venv/bin/django-admin makemessages -l sv --no-obsolete --no-location --ignore=tests --settings=config.settings --pythonpath=.. >/dev/null)
done
DEBUG=true .venv/bin/python manage.py makemessages -l sv --no-obsolete --no-location "${ignores[@]}" >/dev/null
echo "Catalogues refreshed; untranslated messages:"
.venv/bin/python scripts/untranslated.py
