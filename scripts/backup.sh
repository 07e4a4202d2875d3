#!/usr/bin/env bash
# Backs up the whole Replika database: one consistent snapshot (a single transaction, so the portal keeps running),
# with routines and triggers, gzip-compressed, named by the UTC time, e.g. replika-20261201-063000Z.sql.gz.
# Connection from the environment (see db-connection.sh); the file goes to REPLIKA_BACKUP_DIR (default ./backups).
# Prints the file's path. Uploaded documents live on disk (replika.documents.dir): back that folder up too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=db-connection.sh
. "$here/db-connection.sh"

dir="${REPLIKA_BACKUP_DIR:-backups}"
mkdir -p "$dir"
file="$dir/$DB_NAME-$(date -u +%Y%m%d-%H%M%SZ).sql.gz"
[ -e "$file" ] && { echo "$file already exists" >&2; exit 1; }
partial="$file.partial"
trap 'rm -f "$OPTION_FILE" "$partial"' EXIT

# no --databases: the dump holds no CREATE DATABASE/USE, so it restores into a database of any name
# DEFINER clauses are dropped: the restoring account owns the triggers and routines, whatever account made them
"$MARIADB_DUMP" --defaults-extra-file="$OPTION_FILE" --single-transaction --routines --triggers --hex-blob \
  --no-tablespaces --skip-lock-tables "$DB_NAME" | sed -E 's/ DEFINER=`[^`]*`(@`[^`]*`)?//g' | gzip -9 > "$partial"
gzip -t "$partial"
mv "$partial" "$file"
echo "$file"
