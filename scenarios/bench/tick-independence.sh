#!/usr/bin/env bash
# Does the year depend on the time step? Runs scenarios/central-med-2016-schedule.yaml at 5-, 2- and
# 1-minute ticks (children that set only tickMinutes), each pair by `medsim compare` with
# common random numbers (replication i of each at the same seed), and prints a markdown table
# for the README: per metric, the 5-minute mean and the relative difference of the 2- and
# 1-minute runs from it, starred where compare's 95% interval of the paired difference
# excludes zero.
# Usage: scenarios/bench/tick-independence.sh [SEEDS] [DAYS]   (default 5 seeds, the whole year).
#   SEEDS  paired seeds (replications of each compare), 1 to 999
#   DAYS   cut every run to its first DAYS days, 1 to 366
# compare gives no interval below 5 replications: with fewer seeds nothing can be starred.
# The whole year with 5 seeds takes about half a minute on an idle 2-core machine.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
case "${1:-}" in -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;; esac
if [ $# -gt 2 ]; then echo "tick-independence: at most two arguments, SEEDS and DAYS (see --help)" >&2; exit 2; fi
seeds="${1:-5}"
days="${2:-}"
number() { # name value lo hi: a whole number without leading zeros within [lo, hi], or a usage error
  case "$2" in
    ''|*[!0-9]*|0*) echo "tick-independence: $1 must be a whole number from $3 to $4, got '$2' (see --help)" >&2; exit 2 ;;
  esac
  if [ "${#2}" -gt 3 ] || [ "$2" -lt "$3" ] || [ "$2" -gt "$4" ]; then
    echo "tick-independence: $1 must be a whole number from $3 to $4, got '$2' (see --help)" >&2; exit 2
  fi
}
number SEEDS "$seeds" 1 999
[ -z "$days" ] || number DAYS "$days" 1 366
metrics="departed_people rescued_people intercepted_people returned_to_libya landed_people dead_missing capsizes distress_calls sightings rescues boats_destroyed boats_destroyed.sophia escorts_seized case_hours_to_on_scene_median"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
base="$top/scenarios/central-med-2016-schedule.yaml"
daysFlag=()
if [ -n "$days" ]; then daysFlag=(--days "$days"); fi
for m in 2 1; do
  printf 'extends: %s\nname: central-med-2016 at %s-minute ticks\ntickMinutes: %s\n' "$base" "$m" "$m" > "$work/tick-$m.yaml"
  "$top/medsim" compare "$base" "$work/tick-$m.yaml" --replications "$seeds" "${daysFlag[@]}" --out "$work/cmp-$m" -q > "$work/cmp-$m.txt"
done
stars="* where the 95% interval of the paired difference excludes zero."
if [ "$seeds" -lt 5 ]; then
  echo "tick-independence: fewer than 5 seeds: compare gives no intervals, so no difference can be starred" >&2
  stars="no intervals: fewer than 5 seeds (no difference can be starred)."
fi
period="the whole year"
if [ -n "$days" ]; then period="its first $days days"; fi
echo "central-med-2016-schedule.yaml, $period, $seeds paired seeds (base seed 1) at 5-, 2- and 1-minute ticks; $stars"
echo
echo "| metric | 5-min mean | 2-min vs 5-min | 1-min vs 5-min |"
echo "|---|---:|---:|---:|"
awk -F, -v metrics="$metrics" '
  FNR == 1 { file++; next }
  { mean[file, $1] = $3; rel[file, $1] = $8; star[file, $1] = ($9 == "true") ? "*" : "" }
  function pct(f, m) { return (rel[f, m] == "" ? "-" : sprintf("%+.1f%%%s", 100 * rel[f, m], star[f, m])) }
  END {
    n = split(metrics, ms, " ")
    for (i = 1; i <= n; i++) {
      m = ms[i]
      if (!((1, m) in mean)) continue
      printf "| %s | %s | %s | %s |\n", m, sprintf("%.6g", mean[1, m]), pct(1, m), pct(2, m)
    }
  }' "$work/cmp-2/compare.csv" "$work/cmp-1/compare.csv"
