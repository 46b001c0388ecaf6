#!/usr/bin/env bash
# Times full-year headless runs with the CLI's own timing (run.json: wall_seconds, agent_steps_per_second).
# Usage: scenarios/bench/time-runs.sh [REPEATS]   (default 3). Prints one line per run and the medians.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
repeats="${1:-3}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for scenario in scenarios/central-med-2016.yaml scenarios/central-med-2016-schedule.yaml scenarios/bench/central-med-2016-x10.yaml; do
  walls=()
  for i in $(seq 1 "$repeats"); do
    "$top/medsim" run "$top/$scenario" --seed "$i" --out "$out/run" --force -q >/dev/null
    wall=$(sed -n 's/.*"wall_seconds": \([0-9.]*\).*/\1/p' "$out/run/run.json")
    rate=$(sed -n 's/.*"agent_steps_per_second": \([0-9]*\).*/\1/p' "$out/run/run.json")
    boats=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "departed_boats") c = i } NR == 2 { print $c }' "$out/run/summary.csv")
    echo "$scenario seed $i: ${wall} s, ${rate} agent-steps/s, ${boats} boats"
    walls+=("$wall")
  done
  printf '%s\n' "${walls[@]}" | sort -n | awk -v s="$scenario" '{a[NR]=$1} END {print s ": median " a[int((NR+1)/2)] " s over " NR " runs"}'
done
