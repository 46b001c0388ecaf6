#!/usr/bin/env bash
# Java flags for `medsim run`, compared: single runs of the 2016 year on the record's schedule
# and of the year with ten times the departures (bench/central-med-2016-x10.yaml), through the
# launcher with each flag set in MEDSIM_JAVA_OPTS (which comes after the launcher's own flags,
# so a set can undo or change them; '' is the launcher as it is), the sets alternating run by
# run so that they meet the same load. Prints, per set, the mean of run.json's wall_seconds over
# the seeds for each year and the ratio of the two, as a markdown table.
#
# Usage: scenarios/bench/jit-flags.sh [--seeds N] FLAGS...
#   --seeds N   seeds 1..N for every set and year (default 4; 1 to 99)
#   FLAGS       one argument per flag set, e.g. '' '-XX:C1MaxInlineSize=70 -XX:C1InlineStackLimit=10'
# It times the years themselves (run.json), not the start-up: time `medsim run ... --days 1`
# for that (scenarios/bench/speed.sh does).
# Each run is a whole year: about 1 s for the plain year and 2.5 s for the ten-times one, so
# two sets at 4 seeds take about half a minute on an idle 2-core machine.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seeds=4
sets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds)
      case "${2:-}" in
        [1-9]|[1-9][0-9]) seeds="$2"; shift 2 ;;
        *) echo "jit-flags.sh: --seeds must be a whole number from 1 to 99, got '${2:-}'" >&2; exit 2 ;;
      esac ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; sets+=("$@"); break ;;
    --*) echo "jit-flags.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) sets+=("$1"); shift ;;
  esac
done
if [ "${#sets[@]}" -lt 1 ]; then echo "jit-flags.sh: give at least one flag set ('' for the launcher as it is; see --help)" >&2; exit 2; fi
for set in "${sets[@]}"; do
  case "$set" in *SharedArchiveFile*|*ArchiveClassesAtExit*|*-Xshare*)
    echo "jit-flags.sh: flag sets may not choose a class-data archive (the launcher's is used for all): $set" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
plain="$top/scenarios/central-med-2016-schedule.yaml"
tenfold="$top/scenarios/bench/central-med-2016-x10.yaml"
wall() { sed -n 's/.*"wall_seconds": \([0-9.]*\).*/\1/p' "$1/run.json"; }
# One untimed run first: it builds the jars and leaves the class archive and the geography cache.
"$top/medsim" run "$plain" --days 1 --out "$work/first" -q >/dev/null
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A sum
for i in $(seq 1 "$seeds"); do
  for year in plain tenfold; do
    scenario="$plain"; [ "$year" = plain ] || scenario="$tenfold"
    for k in "${!sets[@]}"; do
      MEDSIM_JAVA_OPTS="${sets[$k]}" "$top/medsim" run "$scenario" --seed "$i" --out "$work/run" --force -q >/dev/null
      w="$(wall "$work/run")"
      sum[$k,$year]="$(echo "${sum[$k,$year]:-0} + $w" | bc -l)"
      echo "seed $i, $year year, set $((k + 1)) [${sets[$k]}]: $w s" >&2
    done
  done
done
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "Machine: $(nproc) cores ($cpu); load average before/after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)."
commit="$(git -C "$top" rev-parse --short HEAD)"
[ -z "$(git -C "$top" status --porcelain --untracked-files=no)" ] || commit="$commit+changes"
echo "Commit $commit; means of run.json's wall_seconds over seeds 1 to $seeds; sets alternating run by run."
echo
echo "| MEDSIM_JAVA_OPTS | plain year (s) | ten times the departures (s) | ratio |"
echo "|---|---:|---:|---:|"
for k in "${!sets[@]}"; do
  p="$(echo "${sum[$k,plain]} / $seeds" | bc -l)"
  t="$(echo "${sum[$k,tenfold]} / $seeds" | bc -l)"
  label="${sets[$k]}"; [ -n "$label" ] || label="(none)"
  printf '| `%s` | %.3f | %.3f | %.2f |\n' "$label" "$p" "$t" "$(echo "$t / $p" | bc -l)"
done
