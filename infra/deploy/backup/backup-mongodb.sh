#!/bin/sh
# Backs up Placement Ledger's MongoDB replica set: one gzip archive of every database, taken with --oplog, so that
# restore-mongodb.sh (mongorestore --oplogReplay) gives the data as it stood at one instant, the end of the dump.
#
# Usage:  MONGODB_URI=mongodb://m1:27017,m2:27017,m3:27017/?replicaSet=rs0 backup-mongodb.sh [DIRECTORY]
#
# Writes DIRECTORY/placement-ledger-YYYYMMDDTHHMMSSZ.archive.gz (UTC; the current folder by default) and prints its
# name. Needs mongodump (MongoDB Database Tools, in the mongo image) where the replica set's members' names resolve:
# infra/deploy/README.md shows how to run it with Docker Compose and on Kubernetes.
#
# What it holds: the event store (the record: events, event_counters, snapshots), the relay's tracking token,
# children's wrapped keys, users, read models and the audit (docs/operations.md, "Real servers"). It does not hold
# the master key (PLACEMENT_LEDGER_PRIVACY_MASTER_KEY): keep that apart from these files, as without it no child's
# personal data in them can be read. A child erased after a dump is still readable from that dump with the master
# key until the dump is deleted (docs/security.md): keep dumps no longer than your retention policy allows.
set -eu

uri=${MONGODB_URI:-mongodb://mongo1:27017,mongo2:27017,mongo3:27017/?replicaSet=rs0}
dir=${1:-.}
file="$dir/placement-ledger-$(date -u +%Y%m%dT%H%M%SZ).archive.gz"

# Children's data, sealed or not: readable by the owner only.
umask 077
mkdir -p "$dir"

# Written under another name first, so that a dump cut short never looks like a finished one.
mongodump --uri="$uri" --oplog --gzip --archive="$file.partial"
mv "$file.partial" "$file"
echo "$file"
