#!/bin/bash
# Stops what setup.sh started (by the pids it recorded), nothing else.
RC_HOME=${RC_HOME:-/tmp/heartline-roundcube}
if [ -f "$RC_HOME/php.pid" ]; then kill "$(cat "$RC_HOME/php.pid")" 2>/dev/null; rm -f "$RC_HOME/php.pid"; fi
if [ -f "$RC_HOME/dovecot-run/master.pid" ]; then kill "$(cat "$RC_HOME/dovecot-run/master.pid")" 2>/dev/null; fi
echo stopped
