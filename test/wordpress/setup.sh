#!/usr/bin/env bash
# A real WordPress for the plugin's tests, from Debian's packages (wordpress, apache2, libapache2-mod-php,
# php-mysql, mariadb-server, wordpress-theme-twentytwentythree; .ci/run installs them), on loopback only:
# Apache on 127.0.0.1:$PCP_WP_PORT, MariaDB on 127.0.0.1. Makes the site anew each run (the database is
# dropped), installs the plugin from the built zip, and prints the site's users as JSON (install.php).
#
#   bash test/wordpress/setup.sh <plugin zip>        (as root)
#
# Exit 3: the packages are not installed (the test is then skipped outside CI).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."   # the repository, whose node_modules has fflate for the unzip below
zip="${1:?give the plugin zip (dist/pcp-elements-wordpress.zip)}"
port="${PCP_WP_PORT:-8089}"
site="pcptest"

for need in /usr/share/wordpress/wp-settings.php /usr/sbin/apache2 /usr/bin/php /usr/sbin/mariadbd /usr/share/wordpress/wp-content/themes/twentytwentythree; do
  if [ ! -e "$need" ]; then echo "missing $need" >&2; exit 3; fi
done
if [ "$(id -u)" -ne 0 ]; then echo "needs root (services and /etc)" >&2; exit 3; fi

# MariaDB: Debian's configuration binds 127.0.0.1; say so again in case a machine's does not.
printf '[mysqld]\nbind-address = 127.0.0.1\n' > /etc/mysql/mariadb.conf.d/99-pcp-loopback.cnf
if ! mariadb-admin ping >/dev/null 2>&1; then
  service mariadb start >/dev/null
fi
for _ in $(seq 1 30); do mariadb-admin ping >/dev/null 2>&1 && break; sleep 1; done
mariadb -e "DROP DATABASE IF EXISTS pcp_wp; CREATE DATABASE pcp_wp CHARACTER SET utf8mb4;
  CREATE USER IF NOT EXISTS 'pcp_wp'@'localhost' IDENTIFIED BY 'pcp-test-only';
  GRANT ALL ON pcp_wp.* TO 'pcp_wp'@'localhost'; FLUSH PRIVILEGES;"
# WordPress connects as that user: wait until it can (a server just started may still be settling).
for _ in $(seq 1 30); do mariadb -u pcp_wp -ppcp-test-only -e 'SELECT 1' pcp_wp >/dev/null 2>&1 && break; sleep 1; done

cat > "/etc/wordpress/config-$site.php" <<PHP
<?php
define( 'DB_NAME', 'pcp_wp' );
define( 'DB_USER', 'pcp_wp' );
define( 'DB_PASSWORD', 'pcp-test-only' );
define( 'DB_HOST', 'localhost' );
define( 'WP_HOME', 'http://127.0.0.1:$port' );
define( 'WP_SITEURL', 'http://127.0.0.1:$port' );
// Application passwords (the tests post as each user through the REST API) need HTTPS or a local site.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
PHP
chmod 640 "/etc/wordpress/config-$site.php"
chgrp www-data "/etc/wordpress/config-$site.php"

# Apache: this site only, on loopback only (no Listen 80 on every address).
printf "ServerName 127.0.0.1\nListen 127.0.0.1:%s\n" "$port" > /etc/apache2/ports.conf
cat > /etc/apache2/sites-available/pcp-wordpress.conf <<CONF
<VirtualHost 127.0.0.1:$port>
  ServerName 127.0.0.1
  DocumentRoot /usr/share/wordpress
  DirectoryIndex index.php
  SetEnv WORDPRESS_CONFIG $site
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
  ErrorLog /var/log/apache2/pcp-wordpress-error.log
  CustomLog /var/log/apache2/pcp-wordpress-access.log combined
</VirtualHost>
CONF
a2dissite -q 000-default >/dev/null 2>&1 || true
a2ensite -q pcp-wordpress >/dev/null
# Application passwords arrive as HTTP Basic credentials, which mod_php passes to PHP as it is.
if pgrep -x apache2 >/dev/null; then apache2ctl -k graceful; else apache2ctl -k start; fi

# The plugin, from the zip a site administrator would upload.
plugins=/var/lib/wordpress/wp-content/plugins
rm -rf "$plugins/pcp-elements" /var/lib/wordpress/wp-content/uploads/20[0-9][0-9] /var/lib/wordpress/wp-content/mu-plugins  # earlier runs
node -e '
  const { unzipSync } = require("fflate");
  const fs = require("node:fs"), path = require("node:path");
  const [zip, into] = process.argv.slice(1);
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(zip)))) {
    if (name.endsWith("/")) continue;
    const target = path.join(into, name);
    if (!target.startsWith(into + path.sep)) throw new Error("zip entry outside the plugin folder: " + name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }' "$zip" "$plugins"
mkdir -p /var/lib/wordpress/wp-content/uploads
chown -R www-data:www-data /var/lib/wordpress/wp-content/uploads "$plugins/pcp-elements"

WORDPRESS_CONFIG="$site" PCP_WP_PORT="$port" php "$here/install.php"
