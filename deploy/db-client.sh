# shellcheck shell=bash
# Shared by backup.sh and restore.sh (sourced, not run): reads the portal's COSQUAL_DB_* variables and
# prepares a client option file, so the password never appears on a command line.

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

require_command() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed (Debian package: $2)"
}

# Sets DB_HOST, DB_PORT and DB_NAME from a JDBC URL such as jdbc:mariadb://db:3306/cosqual?useSsl=false
parse_jdbc_url() {
  local url=$1
  local pattern='^jdbc:(mariadb|mysql)(:[a-z-]+)?://([^/?]+)/([^?;]*)'
  [[ $url =~ $pattern ]] || die "not a jdbc:mariadb://host[:port]/database URL: $url"
  local first_host=${BASH_REMATCH[3]%%,*}
  DB_NAME=${BASH_REMATCH[4]}
  if [[ $first_host =~ ^\[([^]]+)\](:([0-9]+))?$ ]] || [[ $first_host =~ ^([^:]+)(:([0-9]+))?$ ]]; then
    DB_HOST=${BASH_REMATCH[1]}
    DB_PORT=${BASH_REMATCH[3]:-3306}
  else
    die "cannot read host and port from $url"
  fi
  [[ -n $DB_NAME ]] || die "the URL names no database: $url"
}

# Plain names only: they are put into SQL statements and file names.
require_plain_name() {
  [[ $1 =~ ^[A-Za-z0-9_]{1,64}$ ]] || die "not a plain database name (letters, digits, _): $1"
}

# Reads COSQUAL_DB_URL/USER/PASSWORD and writes a [client] option file to $1 (kept private by umask 077).
write_client_options() {
  [[ -n ${COSQUAL_DB_URL:-} ]] || die "COSQUAL_DB_URL is not set (e.g. jdbc:mariadb://127.0.0.1:3306/cosqual)"
  [[ -n ${COSQUAL_DB_USER:-} ]] || die "COSQUAL_DB_USER is not set"
  parse_jdbc_url "$COSQUAL_DB_URL"
  local password=${COSQUAL_DB_PASSWORD:-}
  password=${password//\\/\\\\}
  password=${password//\"/\\\"}
  {
    echo "[client]"
    echo "host=$DB_HOST"
    echo "port=$DB_PORT"
    echo "protocol=tcp"
    echo "user=$COSQUAL_DB_USER"
    [[ -z ${COSQUAL_DB_PASSWORD:-} ]] || echo "password=\"$password\""
    echo "default-character-set=utf8mb4"
  } >"$1"
}
