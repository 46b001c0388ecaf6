#!/usr/bin/env bash
# Integration test: a real single-node SLURM cluster on this machine runs a small sweep as an
# 8-task job array plus a dependent merge job, and the merged files must equal those of the
# same sweep run in one process. Needs root (installs and starts munge and SLURM).
# Recipe: ../shared/notes/SLURM.md (Debian packages, daemons without systemd).
set -euo pipefail
cd "$(dirname "$0")/.."
top="$PWD"
work="$(mktemp -d)"
sweep="$top/sim-core/src/test/resources/sweeps/small-factorial.yaml"

apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends munge slurmctld slurmd slurm-client >/dev/null

# munge: key, runtime folders, daemon
[ -s /etc/munge/munge.key ] || mungekey --create --keyfile /etc/munge/munge.key
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /run/munge /var/lib/munge /var/log/munge && chmod 755 /run/munge
pgrep -x munged >/dev/null || runuser -u munge -- /usr/sbin/munged
munge -n | unmunge >/dev/null

# slurm.conf for this one node, fresh state
host=$(hostname -s)
getent hosts "$host" >/dev/null || echo "127.0.0.1 $host" >> /etc/hosts
mem=$(( $(free -m | awk '/^Mem:/{print $2}') - 512 ))
rm -rf /var/spool/slurmctld /var/spool/slurmd
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
sed -e "s/@HOST@/$host/g" -e "s/@CPUS@/$(nproc)/" -e "s/@MEM@/$mem/" "$top/.ci/slurm.conf.in" > /etc/slurm/slurm.conf

stop() {
  [ -f /run/slurmd.pid ] && kill "$(cat /run/slurmd.pid)" 2>/dev/null || true
  [ -f /run/slurmctld.pid ] && kill "$(cat /run/slurmctld.pid)" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT
slurmctld
slurmd
for _ in $(seq 1 60); do
  [ "$(sinfo -h -N -o '%T' 2>/dev/null)" = idle ] && break
  sleep 0.5
done
[ "$(sinfo -h -N -o '%T')" = idle ] || { echo "slurm node not idle"; sinfo -N -l; tail -20 /var/log/slurm/*.log; exit 1; }

# The same sweep in one process and on the cluster.
"$top/medsim" sweep "$sweep" --out "$work/local" -q >/dev/null
start=$(date +%s)
"$top/medsim" slurm "$sweep" --tasks 8 --mem 400M --out "$work/cluster" --submit --wait
echo "slurm: 8-task array and merge done in $(( $(date +%s) - start )) s"
for f in runs.csv points.csv; do
  cmp "$work/local/$f" "$work/cluster/$f" || { echo "slurm: $f differs from the in-process sweep"; cat "$work/cluster/slurm/"*.log; exit 1; }
done
echo "slurm: merged runs.csv and points.csv equal the in-process sweep's"
