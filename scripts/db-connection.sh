# Shared by backup.sh and restore.sh (sourced, not run): the database connection from the environment.
#   REPLIKA_DB_URL       jdbc:mariadb://host[:port]/database, as the portal's prod profile reads it
#   REPLIKA_DB_HOST, REPLIKA_DB_PORT, REPLIKA_DB_NAME   override the URL's parts (defaults 127.0.0.1, 3306, replika)
#   REPLIKA_DB_USER, REPLIKA_DB_PASSWORD
#   REPLIKA_DB_SSL=off   for a server without TLS (e.g. the embedded demo database); otherwise the client's default
#   MARIADB_BIN          folder of the mariadb and mariadb-dump clients (default: from PATH)
# The password goes to the clients in a private option file, never on the command line.

url_rest=""
if [ -n "${REPLIKA_DB_URL:-}" ]; then
  case "$REPLIKA_DB_URL" in
    jdbc:mariadb://*|jdbc:mysql://*) url_rest="${REPLIKA_DB_URL#jdbc:*://}" ;;
    *) echo "REPLIKA_DB_URL must look like jdbc:mariadb://host:port/database" >&2; exit 2 ;;
  esac
fi
url_hostport="${url_rest%%/*}"
url_db="${url_rest#*/}"
url_db="${url_db%%\?*}"
[ "$url_db" = "$url_rest" ] && url_db=""
url_host="${url_hostport%%:*}"
url_port=""
case "$url_hostport" in *:*) url_port="${url_hostport##*:}" ;; esac

DB_HOST="${REPLIKA_DB_HOST:-${url_host:-127.0.0.1}}"
DB_PORT="${REPLIKA_DB_PORT:-${url_port:-3306}}"
DB_NAME="${REPLIKA_DB_NAME:-${url_db:-replika}}"
DB_USER="${REPLIKA_DB_USER:?REPLIKA_DB_USER is required}"
DB_PASSWORD="${REPLIKA_DB_PASSWORD:-}"

if [ -n "${MARIADB_BIN:-}" ]; then
  MARIADB="$MARIADB_BIN/mariadb"
  MARIADB_DUMP="$MARIADB_BIN/mariadb-dump"
else
  MARIADB="$(command -v mariadb || command -v mysql || true)"
  MARIADB_DUMP="$(command -v mariadb-dump || command -v mysqldump || true)"
fi
[ -x "$MARIADB" ] || { echo "mariadb client not found (install mariadb-client or set MARIADB_BIN)" >&2; exit 2; }
[ -x "$MARIADB_DUMP" ] || { echo "mariadb-dump not found (install mariadb-client or set MARIADB_BIN)" >&2; exit 2; }

OPTION_FILE="$(mktemp)"
chmod 600 "$OPTION_FILE"
trap 'rm -f "$OPTION_FILE"' EXIT
quoted_password="${DB_PASSWORD//\\/\\\\}"
quoted_password="${quoted_password//\"/\\\"}"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' \
  "$DB_HOST" "$DB_PORT" "$DB_USER" "$quoted_password" > "$OPTION_FILE"
if [ "${REPLIKA_DB_SSL:-}" = "off" ]; then
  echo "skip-ssl" >> "$OPTION_FILE"
fi
