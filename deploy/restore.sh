#!/usr/bin/env bash
# Restores a backup.sh archive: the database and the uploaded files.
#
# Usage: restore.sh [--force] ARCHIVE [DATABASE]
#
# The server comes from COSQUAL_DB_URL (with COSQUAL_DB_USER, COSQUAL_DB_PASSWORD); DATABASE defaults to
# the database named in COSQUAL_DB_URL and is created when missing (utf8mb4). The files go into
# COSQUAL_DATA_DIR. A database that has tables, or a data folder that is not empty, is refused unless
# --force is given: then the database is dropped and the folder emptied first. Stop the portal first.
set -euo pipefail
umask 077
source "$(dirname "${BASH_SOURCE[0]}")/db-client.sh"

force=false
if [[ ${1:-} == --force ]]; then
  force=true
  shift
fi
[[ $# -ge 1 && $# -le 2 ]] || die "usage: restore.sh [--force] ARCHIVE [DATABASE]"
archive=$1
[[ -f $archive ]] || die "no archive at $archive"
[[ -n ${COSQUAL_DATA_DIR:-} ]] || die "COSQUAL_DATA_DIR is not set (the folder for uploaded files)"
require_command mariadb mariadb-client
require_command tar tar

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
write_client_options "$work/client.cnf"
target=${2:-$DB_NAME}
require_plain_name "$target"
sql() {
  mariadb --defaults-extra-file="$work/client.cnf" --batch --skip-column-names "$@"
}

tar -xzf "$archive" -C "$work"
[[ -f $work/database.sql && -d $work/data ]] || die "$archive is not a backup.sh archive (database.sql and data/ expected)"

tables=$(sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")
mkdir -p "$COSQUAL_DATA_DIR"
files=$(find "$COSQUAL_DATA_DIR" -mindepth 1 -maxdepth 1 | head -n 1)
if [[ $force == false ]]; then
  [[ $tables -eq 0 ]] || die "database $target already has $tables tables (use --force to replace it)"
  [[ -z $files ]] || die "$COSQUAL_DATA_DIR is not empty (use --force to replace its contents)"
else
  sql -e "DROP DATABASE IF EXISTS \`$target\`"
  find "$COSQUAL_DATA_DIR" -mindepth 1 -delete
fi

sql -e "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
sql "$target" <"$work/database.sql"
cp -a "$work/data/." "$COSQUAL_DATA_DIR/"
echo "Restored $archive into database $target and $COSQUAL_DATA_DIR"
