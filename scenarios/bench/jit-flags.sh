#!/usr/bin/env bash
# Java flags for `medsim run`, compared: single runs of the 2016 year on the record's schedule
# and of the year with ten times the departures (bench/central-med-2016-x10.yaml), through the
# launcher with each flag set in MEDSIM_JAVA_OPTS (which comes after the launcher's own flags,
# so a set can undo or change them; '' is the launcher as it is), the sets alternating run by
# run so that they meet the same load. Prints, per set, the means over the seeds of the
# start-up (a --days 1 run of the plain year, from the launcher's start to its exit) and of
# run.json's wall_seconds for each year, and the ratio of the two years, as a markdown table.
#
# Usage: scenarios/bench/jit-flags.sh [--seeds N] FLAGS...
#   --seeds N   seeds 1..N for every set and year (default 4; 1 to 99)
#   FLAGS       one argument per flag set, e.g. '' '-XX:C1MaxInlineSize=70 -XX:C1InlineStackLimit=10'
# A start-up takes about 0.5 s, the plain year about 1 s and the ten-times one 2.5 s, so two
# sets at 4 seeds take about 40 s on an idle 2-core machine. Needs bc (Debian: apt-get install bc).
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
now() { date +%s.%N; }
for i in $(seq 1 "$seeds"); do
  for k in "${!sets[@]}"; do
    t0=$(now)
    MEDSIM_JAVA_OPTS="${sets[$k]}" "$top/medsim" run "$plain" --seed "$i" --days 1 --out "$work/day" --force -q >/dev/null
    t1=$(now)
    sum[$k,startup]="$(echo "${sum[$k,startup]:-0} + $t1 - $t0" | bc -l)"
    echo "seed $i, start-up, set $((k + 1)) [${sets[$k]}]: $(echo "$t1 - $t0" | bc -l) s" >&2
  done
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
echo "Commit $commit; means over seeds 1 to $seeds (the start-up from the launcher's start to its exit, the years by run.json's wall_seconds); sets alternating run by run."
echo
echo "| MEDSIM_JAVA_OPTS | start-up, launcher to exit (s) | plain year (s) | ten times the departures (s) | ratio of the years |"
echo "|---|---:|---:|---:|---:|"
for k in "${!sets[@]}"; do
  s="$(echo "${sum[$k,startup]} / $seeds" | bc -l)"
  p="$(echo "${sum[$k,plain]} / $seeds" | bc -l)"
  t="$(echo "${sum[$k,tenfold]} / $seeds" | bc -l)"
  label="${sets[$k]}"; [ -n "$label" ] || label="(none)"
  printf '| `%s` | %.3f | %.3f | %.3f | %.2f |\n' "$label" "$s" "$p" "$t" "$(echo "$t / $p" | bc -l)"
done
