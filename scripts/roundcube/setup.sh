#!/bin/bash
# Brings up a throwaway Roundcube + Dovecot on 127.0.0.1 so the Roundcube adapter's fixture is captured
# from the real application rather than guessed. Needs Debian's packages:
#   apt-get install -y roundcube roundcube-sqlite3 dovecot-imapd php-cli chromium
# Everything lives under $RC_HOME; nothing listens beyond loopback.
set -euo pipefail
RC_HOME=${RC_HOME:-/tmp/heartline-roundcube}
PORT=${RC_PORT:-8089}
IMAP_PORT=${RC_IMAP_PORT:-143}
MAIL_USER=${RC_USER:-agent}
MAIL_PASS=${RC_PASS:-heartline-demo}
HERE=$(cd "$(dirname "$0")" && pwd)

mkdir -p "$RC_HOME/config" "$RC_HOME/db" "$RC_HOME/logs" "$RC_HOME/temp"
ln -sf /etc/roundcube/defaults.inc.php "$RC_HOME/config/defaults.inc.php"
ln -sf /etc/roundcube/mimetypes.php "$RC_HOME/config/mimetypes.php"
cat > "$RC_HOME/config/config.inc.php" <<PHP
<?php
\$config = [];
\$config['db_dsnw'] = 'sqlite:///$RC_HOME/db/roundcube.db?mode=0646';
\$config['imap_host'] = 'localhost:$IMAP_PORT';
\$config['smtp_host'] = '';
\$config['des_key'] = 'heartline-fixture-only-key';
\$config['product_name'] = 'Roundcube Webmail';
\$config['skin'] = 'elastic';
\$config['plugins'] = [];
\$config['log_dir'] = '$RC_HOME/logs/';
\$config['temp_dir'] = '$RC_HOME/temp/';
\$config['enable_installer'] = false;
\$config['language'] = 'en_US';
\$config['timezone'] = 'UTC';
\$config['prefer_html'] = true;
PHP
if [ ! -s "$RC_HOME/db/roundcube.db" ]; then
  sqlite3 "$RC_HOME/db/roundcube.db" < /usr/share/roundcube/SQL/sqlite.initial.sql
fi
chmod -R a+rwX "$RC_HOME"

# A local mailbox user; dovecot authenticates it through PAM over loopback only.
if ! id "$MAIL_USER" >/dev/null 2>&1; then useradd -m -s /usr/sbin/nologin "$MAIL_USER"; fi
echo "$MAIL_USER:$MAIL_PASS" | chpasswd
install -o "$MAIL_USER" -m 600 "$HERE/seed.mbox" "/var/mail/$MAIL_USER"
rm -rf "/home/$MAIL_USER/mail"
mkdir -p "/home/$MAIL_USER/mail" && chown "$MAIL_USER" "/home/$MAIL_USER/mail"

# Dovecot with its own minimal config (not the system one): loopback only, plaintext allowed
# because nothing leaves the machine.
cat > "$RC_HOME/dovecot.conf" <<CONF
listen = 127.0.0.1
protocols = imap
ssl = no
disable_plaintext_auth = no
mail_location = mbox:~/mail:INBOX=/var/mail/%u
base_dir = $RC_HOME/dovecot-run
state_dir = $RC_HOME/dovecot-state
log_path = $RC_HOME/logs/dovecot.log
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
}
passdb {
  driver = pam
}
userdb {
  driver = passwd
}
CONF
mkdir -p "$RC_HOME/dovecot-state"
if [ -f "$RC_HOME/dovecot-run/master.pid" ] && kill -0 "$(cat "$RC_HOME/dovecot-run/master.pid")" 2>/dev/null; then
  doveadm -c "$RC_HOME/dovecot.conf" reload
else
  dovecot -c "$RC_HOME/dovecot.conf" </dev/null >/dev/null 2>&1
fi

if ! curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  # php itself is the background job (not a subshell around it), so php.pid is the pid stop.sh must end.
  (cd /var/lib/roundcube/public_html || exit 1
    ROUNDCUBE_CONFIG_DIR="$RC_HOME/config" nohup php -S "127.0.0.1:$PORT" >"$RC_HOME/logs/php-server.log" 2>&1 </dev/null &
    echo $! >"$RC_HOME/php.pid")
fi
echo "Roundcube on http://127.0.0.1:$PORT/ (user $MAIL_USER); stop with scripts/roundcube/stop.sh"
