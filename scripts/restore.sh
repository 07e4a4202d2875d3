#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (created if it does not exist). Refuses a database that
# holds any table, view, sequence, routine or trigger: a restore never mixes with or overwrites live data.
# Usage: restore.sh replika-20261201-063000Z.sql.gz   (connection from the environment, see db-connection.sh)
# If it fails half way, drop the database and run it again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -eq 1 ] || { echo "usage: $0 BACKUP.sql.gz" >&2; exit 2; }
backup="$1"
[ -r "$backup" ] || { echo "cannot read $backup" >&2; exit 2; }
# shellcheck source=db-connection.sh
. "$here/db-connection.sh"

gzip -t "$backup" || { echo "$backup is not an intact gzip file" >&2; exit 1; }
case "$DB_NAME" in *[!A-Za-z0-9_]*) echo "database name must be letters, digits and _: $DB_NAME" >&2; exit 2 ;; esac

sql() { "$MARIADB" --defaults-extra-file="$OPTION_FILE" --batch --skip-column-names -e "$1"; }
sql "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
objects=$(sql "SELECT (SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME')
  + (SELECT COUNT(*) FROM information_schema.routines WHERE routine_schema = '$DB_NAME')
  + (SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = '$DB_NAME')")
if [ "$objects" != "0" ]; then
  echo "refusing to restore: database $DB_NAME is not empty ($objects objects)" >&2
  exit 1
fi
gunzip -c "$backup" | "$MARIADB" --defaults-extra-file="$OPTION_FILE" --binary-mode "$DB_NAME"
echo "restored $backup into $DB_NAME"
