#!/bin/sh
# Starts one Placement Ledger instance in its container.
#
# The master key that wraps every child's key comes from PLACEMENT_LEDGER_PRIVACY_MASTER_KEY, or from the file
# named by PLACEMENT_LEDGER_PRIVACY_MASTER_KEY_FILE (a compose or Kubernetes secret). Without one the application
# would make a key of its own in its data folder, different on each instance and lost with that folder: refuse
# instead. JAVA_OPTS holds the JVM's options (the image sets -XX:MaxRAMPercentage=75); arguments are passed on
# to the application (e.g. --placement-ledger.rebuild=true).
set -eu

if [ -n "${PLACEMENT_LEDGER_PRIVACY_MASTER_KEY_FILE:-}" ]; then
    if [ ! -r "$PLACEMENT_LEDGER_PRIVACY_MASTER_KEY_FILE" ]; then
        echo "entrypoint: cannot read the master key file $PLACEMENT_LEDGER_PRIVACY_MASTER_KEY_FILE" >&2
        exit 64
    fi
    PLACEMENT_LEDGER_PRIVACY_MASTER_KEY=$(cat "$PLACEMENT_LEDGER_PRIVACY_MASTER_KEY_FILE")
    export PLACEMENT_LEDGER_PRIVACY_MASTER_KEY
    unset PLACEMENT_LEDGER_PRIVACY_MASTER_KEY_FILE
fi

if [ -z "${PLACEMENT_LEDGER_PRIVACY_MASTER_KEY:-}" ]; then
    echo "entrypoint: no master key: set PLACEMENT_LEDGER_PRIVACY_MASTER_KEY or PLACEMENT_LEDGER_PRIVACY_MASTER_KEY_FILE" >&2
    echo "entrypoint: (32 bytes in base64, the same for every instance: openssl rand -base64 32)" >&2
    exit 64
fi

# JAVA_OPTS is split into words on purpose.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar /opt/placement-ledger/placement-ledger.jar "$@"
