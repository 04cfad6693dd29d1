#!/bin/sh
# Restores Placement Ledger's MongoDB replica set from an archive made by backup-mongodb.sh: every collection in the
# archive is dropped and loaded again, and the oplog taken during the dump is replayed, so the data is as it stood
# at the dump's end. Records made after the dump are not in it.
#
# Usage:  MONGODB_URI=mongodb://m1:27017,m2:27017,m3:27017/?replicaSet=rs0 restore-mongodb.sh --yes FILE
#
# Stop every instance of the application first, and keep them stopped until the steps printed at the end are done.
# Needs mongorestore (MongoDB Database Tools, in the mongo image) where the members' names resolve.
set -eu

usage="usage: MONGODB_URI=... $0 --yes placement-ledger-YYYYMMDDTHHMMSSZ.archive.gz"
if [ "$#" -ne 2 ] || [ "$1" != "--yes" ]; then
    echo "$usage" >&2
    echo "(--yes: this drops every collection the archive holds and loads it again; stop every instance first)" >&2
    exit 64
fi
file=$2
if [ ! -r "$file" ]; then
    echo "cannot read $file" >&2
    exit 66
fi
uri=${MONGODB_URI:-mongodb://mongo1:27017,mongo2:27017,mongo3:27017/?replicaSet=rs0}

mongorestore --uri="$uri" --gzip --archive="$file" --oplogReplay --drop

cat <<'STEPS'

MongoDB is restored. Before anyone records again, bring the Kafka log back in line with it.

The Kafka log may now hold events the restored store does not have (recorded after the dump: the figures would
count them, and the reconciliation names such children "ahead"), or lack events the store has. The safe path
(docs/operations.md, "Rebuilding the projections", "Upgrades"):

 1. Keep every instance stopped.
 2. If the old placement-events topic may hold events recorded after the dump, copy it out first: it is then their
    only copy, and nothing in the application writes events from the topic back into the store. Erasures asked for
    after the dump are undone by the restore (the child's key is back) and must be asked for again; the retention
    sweep makes its own again by itself.
 3. Delete the placement-events topic; the application makes it anew, empty and kept for ever, when it starts:
      kafka-topics.sh --bootstrap-server BROKER:9092 --delete --topic placement-events
    The projections' own topics (placement-timelines, the placement-ledger-*-changelog and -repartition topics),
    their offsets and their local state are deleted by the rebuild in step 6.
 4. Start ONE instance, and sign in as an administrator.
 5. POST /api/admin/refill-events: the relay sends every stored event to the new topic, once each (202).
    A 409 means the topic already holds events: the relay had sent those stored after its restored position.
    Nothing is lost then either: the reconciliation (a minute after start, or POST /api/admin/reconciliation) sends
    every child's missing events again from the store, but the figures are incomplete until it has.
    Wait until GET /api/admin/status shows relayLag 0.
 6. POST /api/admin/rebuild: every projection and read model is built again from the refilled log.
    GET /api/admin/rebuild tells how far it has come.
 7. Wait until GET /actuator/health is UP (as an administrator, to see eventFlow and the reconciliation; a
    reconciliation that found a fault before the rebuild holds it DOWN until the next one: POST
    /api/admin/reconciliation runs one at once), then start the other instances.
STEPS
