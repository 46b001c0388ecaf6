#!/usr/bin/env bash
# Integration test: a real single-node SLURM cluster on this machine, configured with
# MaxArraySize=100, runs a tiny 180-run sweep as 150 shards (so two job arrays, read from
# scontrol) plus a dependent merge job, and the merged files must equal those of the same sweep
# run in one process; so must an ABC-SMC calibration run as 3 shards. Then a sweep whose
# shards fail must get its merge job cancelled, and submit.sh --wait must say so and exit
# non-zero. Needs root (installs and starts munge and SLURM).
# Recipe: ../shared/notes/SLURM.md (Debian packages, daemons without systemd).
set -euo pipefail
cd "$(dirname "$0")/.."
top="$PWD"
work="$(mktemp -d)"
sweep="$top/sim-core/src/test/resources/sweeps/tiny-factorial.yaml"
t0=$(date +%s)

apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends munge slurmctld slurmd slurm-client >/dev/null

# munge: key, runtime folders, daemon
[ -s /etc/munge/munge.key ] || mungekey --create --keyfile /etc/munge/munge.key
chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/lib/munge /var/log/munge
chown munge:munge /run/munge /var/lib/munge /var/log/munge && chmod 755 /run/munge
munge_started=
pgrep -x munged >/dev/null || { runuser -u munge -- /usr/sbin/munged; munge_started=1; }
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
  [ -n "$munge_started" ] && kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
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
echo "slurm: installed and started in $(( $(date +%s) - t0 )) s"

# Every task is a JVM of its own, for under a second of work, so JVM start-up is most of the
# cost: C1 alone (with the serial collector) halves it, and the classes the in-process sweep
# loads, archived at its exit (class data sharing), save a further sixth.
opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"

# The same sweep in one process and on the cluster.
MEDSIM_JAVA_OPTS="$opts -XX:ArchiveClassesAtExit=$work/medsim.jsa" "$top/medsim" sweep "$sweep" --out "$work/local" -q >/dev/null
export MEDSIM_JAVA_OPTS="$opts -XX:SharedArchiveFile=$work/medsim.jsa"
start=$(date +%s)
"$top/medsim" slurm "$sweep" --tasks 150 --mem 300M --out "$work/cluster" --submit --wait | tee "$work/slurm.out"
echo "slurm: 150 tasks in two arrays and the merge done in $(( $(date +%s) - start )) s"
grep -qx 'at most 100 tasks per array: MaxArraySize 100 from scontrol show config' "$work/slurm.out" || { echo "slurm: MaxArraySize not read from scontrol"; exit 1; }
[ "$(cd "$work/cluster/slurm" && echo shards-*.sbatch)" = "shards-0-99.sbatch shards-100-149.sbatch" ] \
  || { echo "slurm: expected two arrays, shards 0-99 and 100-149"; ls "$work/cluster/slurm"; exit 1; }
for f in runs.csv points.csv; do
  cmp "$work/local/$f" "$work/cluster/$f" || {
    echo "slurm: $f differs from the in-process sweep"; diff "$work/local/$f" "$work/cluster/$f" | head -n 6
    cat "$work/cluster/slurm/merge.log"; exit 1; }
done
echo "slurm: merged runs.csv and points.csv equal the in-process sweep's"

# An ABC-SMC calibration as one job array of 3 shards, which run at once and wait for each
# other's simulations in their shared folder: its files must equal those of the same
# calibration in one process (the folders at the same depth: calibrated.yaml extends the
# scenario by a relative path).
printf 'method: abc-smc\nparticles: 4\ngenerations: 2\nmaxEvaluations: 40\nreplications: 1\nseed: 5\nparameters:\n  departures.inflowPeoplePerDay: {min: 200, max: 3000}\n' > "$work/abc.yaml"
scenario="$top/sim-core/src/test/resources/scenarios/small-behaviour-inflow-only.yaml"
"$top/medsim" calibrate "$scenario" "$work/abc.yaml" --out "$work/abc-local/calibration" -q >/dev/null
start=$(date +%s)
"$top/medsim" slurm "$scenario" --calibration "$work/abc.yaml" --tasks 3 --mem 500M --out "$work/abc-cluster" --submit --wait > "$work/abc.out"
for f in abc-smc.csv posterior.csv posterior-summary.csv calibrated.yaml fit.csv; do
  cmp "$work/abc-local/calibration/$f" "$work/abc-cluster/calibration/$f" || {
    echo "slurm: the calibration's $f differs from the in-process calibration's"; cat "$work/abc.out" "$work/abc-cluster/slurm/"shard-*.log; exit 1; }
done
echo "slurm: a calibration in 3 shards equals the in-process one ($(( $(date +%s) - start )) s)"

# Shards that fail (their sweep file is gone when they start) get the merge job cancelled, and
# submit.sh --wait (what --submit --wait runs) says so and exits non-zero.
cp "$top/sim-core/src/test/resources/sweeps/small-factorial.yaml" "$work/gone.yaml"
sed -i "s#^scenario: ..#scenario: $top/sim-core/src/test/resources#" "$work/gone.yaml"
"$top/medsim" slurm "$work/gone.yaml" --tasks 2 --mem 300M --out "$work/failing" >/dev/null
rm "$work/gone.yaml"
start=$(date +%s)
if bash "$work/failing/slurm/submit.sh" --wait > "$work/failing.out" 2>&1; then
  echo "slurm: a sweep whose shards failed was reported as a success"; cat "$work/failing.out"; exit 1
fi
grep -q 'was cancelled: a shard failed' "$work/failing.out" || { echo "slurm: unexpected failure"; cat "$work/failing.out"; exit 1; }
[ ! -e "$work/failing/runs.csv" ] || { echo "slurm: the merge ran although its shards failed"; exit 1; }
echo "slurm: failed shards got the merge job cancelled and --wait exit 1 ($(( $(date +%s) - start )) s)"
echo "slurm: whole test $(( $(date +%s) - t0 )) s"
