"""Settings of styr. Every value that differs between installations comes from the environment."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.env import (
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_secret,
    env_str,
    local_secret_key,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("STYR_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_secret("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY (or SECRET_KEY_FILE) must be set when DEBUG is off.")
    SECRET_KEY = local_secret_key(VAR_DIR / "secret_key")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "simple_history",
    "ninja",
    "axes",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "audit",
    "organisation",
    "chapters",
    "internal_control",
    "planning",
    "followup",
    "economy",
    "committee",
    "reports",
    "exchange",
    "history",
    "rounds",
    "duties",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
    "config.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "config.menu.menu",
            ],
        },
    },
]
FORM_RENDERER = "config.forms.FormRenderer"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'styr.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while one writer writes; the timeout waits out short locks.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The largest file an import reads, in megabytes (a year's ledger of a region is far less).
IMPORT_MAX_MB = env_int("IMPORT_MAX_MB", 20)
# A file of at least this many rows is saved by a worker, its page showing the progress.
IMPORT_IN_BACKGROUND_ROWS = env_int("IMPORT_IN_BACKGROUND_ROWS", 1000)

# --- Background work on a durable queue (django-tasks; audit/tasks.py) ----------------------
# "database": tasks wait in the database for `manage.py run_worker`, which any server process
# may feed; "immediate": a task runs at once inside the request that asks for it (tests and
# debugging only).
TASKS_BACKEND = env_choice("TASKS_BACKEND", ("database", "immediate"), "database")
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
        }[TASKS_BACKEND],
    }
}
# How many worker processes `manage.py run_worker` starts on this machine.
TASK_WORKERS = env_int("TASK_WORKERS", 2)
# A task still running after this many minutes on a worker of another machine counts as lost
# and is queued again; a lost worker of the same machine is seen at once.
TASK_LOST_AFTER_MINUTES = env_int("TASK_LOST_AFTER_MINUTES", 60)
# Finished tasks and the documents people asked for are kept this many days; files of closed
# periods and adopted plans, which no longer change, this many.
TASKS_KEPT_DAYS = env_int("TASKS_KEPT_DAYS", 1)
DOCUMENT_FILES_KEPT_DAYS = env_int("DOCUMENT_FILES_KEPT_DAYS", 30)
for _name, _value in (
    ("TASK_WORKERS", TASK_WORKERS),
    ("TASK_LOST_AFTER_MINUTES", TASK_LOST_AFTER_MINUTES),
    ("TASKS_KEPT_DAYS", TASKS_KEPT_DAYS),
    ("DOCUMENT_FILES_KEPT_DAYS", DOCUMENT_FILES_KEPT_DAYS),
):
    if _value < 1:
        raise ImproperlyConfigured(f"{_name} must be at least 1, got {_value}")

# --- E-mail: reminders (duties) --------------------------------------------------------------
# The demo prints e-mails to the worker's output; production sends them by SMTP.
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "styr <styr@localhost>")
# The address people reach styr at, for the links in e-mails.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
# When reminders go out in a region that has set no rules of its own.
REMINDER_DAYS_BEFORE = env_int("REMINDER_DAYS_BEFORE", 2)
REMINDER_DAYS_AFTER = env_int("REMINDER_DAYS_AFTER", 1)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on")
if not 0 <= REMINDER_DAYS_BEFORE <= 60 or not 1 <= REMINDER_DAYS_AFTER <= 60:
    raise ImproperlyConfigured(
        "REMINDER_DAYS_BEFORE must be 0-60 and REMINDER_DAYS_AFTER 1-60, got "
        f"{REMINDER_DAYS_BEFORE} and {REMINDER_DAYS_AFTER}"
    )

AUTH_USER_MODEL = "organisation.User"
# Passwords, and sign-in through the organisation's provider when it is on (see below).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "organisation.sign_in.backends.LocalPasswordBackend",
    "organisation.sign_in.backends.ProviderBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Login throttling: after five failures the account and address pair is locked for 15 minutes.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security: cookies and headers. Secure cookies need HTTPS, which every real installation has.
SECURE_COOKIES = env_bool("SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
)

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# --- Single sign-on over OpenID Connect (mozilla-django-oidc; organisation/sign_in/) ---------
# Off by default: then styr signs people in with its own passwords only, as it always has.
OIDC_ENABLED = env_bool("OIDC_ENABLED", False)
# The issuer, whose /.well-known/openid-configuration gives the endpoints; an endpoint set
# here takes the place of the discovered one.
OIDC_ISSUER = env_str("OIDC_ISSUER", "").rstrip("/")
OIDC_OP_AUTHORIZATION_ENDPOINT = env_str("OIDC_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = env_str("OIDC_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = env_str("OIDC_USERINFO_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = env_str("OIDC_JWKS_ENDPOINT", "")
OIDC_RP_CLIENT_ID = env_str("OIDC_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = env_secret("OIDC_CLIENT_SECRET")
OIDC_RP_SCOPES = env_str("OIDC_SCOPES", "openid profile email")
OIDC_RP_SIGN_ALGO = env_choice(
    "OIDC_SIGN_ALGORITHM", ("RS256", "RS384", "RS512", "ES256", "ES384", "ES512"), "RS256"
)
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
OIDC_TIMEOUT = env_int("OIDC_TIMEOUT", 10)
OIDC_AUTHENTICATION_CALLBACK_URL = "sign_in:callback"
# Who a person is: the claim, and the field of styr's people it is compared with.
OIDC_MATCH_CLAIM = env_str("OIDC_MATCH_CLAIM", "preferred_username")
OIDC_MATCH_FIELD = env_choice("OIDC_MATCH_FIELD", ("username", "email"), "username")
# Whether someone the provider knows but styr does not becomes a person of styr, and where.
OIDC_CREATE_PEOPLE = env_bool("OIDC_CREATE_PEOPLE", False)
OIDC_NEW_PERSON_REGION = env_str("OIDC_NEW_PERSON_REGION", "")
# Roles from the provider's groups: a YAML file described in README ("Single sign-on").
OIDC_GROUPS_CLAIM = env_str("OIDC_GROUPS_CLAIM", "groups")
OIDC_GROUP_ROLES_FILE = env_str("OIDC_GROUP_ROLES_FILE", "")
OIDC_PROVIDER_NAME = env_str("OIDC_PROVIDER_NAME", "")
# Local passwords, and the administrators who keep theirs when they are switched off.
LOCAL_PASSWORDS = env_bool("LOCAL_PASSWORDS", True)
LOCAL_PASSWORD_ADMINISTRATORS = env_list("LOCAL_PASSWORD_ADMINISTRATORS", [])

if OIDC_ENABLED:
    if not OIDC_RP_CLIENT_ID or not OIDC_RP_CLIENT_SECRET:
        raise ImproperlyConfigured(
            "OIDC_CLIENT_ID and OIDC_CLIENT_SECRET (or OIDC_CLIENT_SECRET_FILE) must be set "
            "when OIDC_ENABLED is on."
        )
    if not OIDC_ISSUER and not (
        OIDC_OP_AUTHORIZATION_ENDPOINT and OIDC_OP_TOKEN_ENDPOINT and OIDC_OP_JWKS_ENDPOINT
    ):
        raise ImproperlyConfigured(
            "OIDC_ISSUER, or OIDC_AUTHORIZATION_ENDPOINT, OIDC_TOKEN_ENDPOINT and "
            "OIDC_JWKS_ENDPOINT, must be set when OIDC_ENABLED is on."
        )
    if "openid" not in OIDC_RP_SCOPES.split():
        raise ImproperlyConfigured("OIDC_SCOPES must include openid.")
    if not OIDC_MATCH_CLAIM:
        raise ImproperlyConfigured("OIDC_MATCH_CLAIM must name a claim.")
    if OIDC_CREATE_PEOPLE and not OIDC_NEW_PERSON_REGION:
        raise ImproperlyConfigured(
            "OIDC_NEW_PERSON_REGION must name a region when OIDC_CREATE_PEOPLE is on."
        )
if not LOCAL_PASSWORDS and not OIDC_ENABLED:
    raise ImproperlyConfigured("LOCAL_PASSWORDS can be switched off only when OIDC_ENABLED is on.")
