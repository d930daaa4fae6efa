#!/usr/bin/env bash
# Backs up CosQual: the database (mariadb-dump) and the uploaded files, together in one tar.gz.
#
# Usage: backup.sh [ARCHIVE]      default ARCHIVE: ./cosqual-backup-YYYYMMDD-HHMMSS.tar.gz
#
# Reads the variables the portal reads: COSQUAL_DB_URL, COSQUAL_DB_USER, COSQUAL_DB_PASSWORD,
# COSQUAL_DATA_DIR. The archive holds database.sql, data/ (the files) and backup-info.txt.
# The dump is one consistent snapshot (--single-transaction) and the portal may keep running: the file
# store puts a file in place (data/files/, named by its SHA-256) before its row is committed and never
# deletes one, and the files are archived after the dump, so every row in the dump finds its file.
# Files uploaded while the backup runs may be in it without a row; that is harmless. Uploads still
# being received (data/tmp/) are left out.
set -euo pipefail
umask 077
source "$(dirname "${BASH_SOURCE[0]}")/db-client.sh"

[[ $# -le 1 && ${1:-} != -* ]] || die "usage: backup.sh [ARCHIVE]"
archive=${1:-cosqual-backup-$(date +%Y%m%d-%H%M%S).tar.gz}
[[ -n ${COSQUAL_DATA_DIR:-} ]] || die "COSQUAL_DATA_DIR is not set (the folder of uploaded files)"
[[ -d $COSQUAL_DATA_DIR ]] || die "COSQUAL_DATA_DIR is not a folder: $COSQUAL_DATA_DIR"
require_command mariadb-dump mariadb-client
require_command tar tar

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
write_client_options "$work/client.cnf"

mariadb-dump --defaults-extra-file="$work/client.cnf" \
  --single-transaction --routines --triggers --hex-blob --no-tablespaces \
  --default-character-set=utf8mb4 \
  "$DB_NAME" >"$work/database.sql"

{
  echo "database=$DB_NAME"
  echo "server=$DB_HOST:$DB_PORT"
  echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "dump=$(mariadb-dump --version)"
} >"$work/backup-info.txt"

# Files go in under data/ straight from the data folder, without a copy in between.
tar -czf "$archive.partial" -C "$work" database.sql backup-info.txt \
  -C "$COSQUAL_DATA_DIR" --exclude=./tmp --transform='s,^\.,data,S' .
mv "$archive.partial" "$archive"
echo "Backed up database $DB_NAME and $COSQUAL_DATA_DIR to $archive"
