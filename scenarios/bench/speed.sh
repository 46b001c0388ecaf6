#!/usr/bin/env bash
# Speed of this checkout against an older commit, measured one after the other in one benchmark run.
#
# Usage: scenarios/bench/speed.sh [--ref REF] [--repeats N] [--sweep-runs N] [--days D]
#   --ref REF        the old code (default: ab7cc4a, main before issue 12's speed work)
#   --repeats N      single runs per scenario and code (default 3; seeds 1..N; medians reported)
#   --sweep-runs N   runs of the warm sweep (default 6; one thread)
#   --days D         cut every run to its first D days (default: the whole year); for a quick check
#
# The old commit is exported with `git archive` into a temporary folder and built there by its
# own launcher (nothing in this clone or its worktrees changes); this checkout is built by ./medsim.
# Then, the two codes alternating measurement by measurement (the same load for both):
#   start-up: `medsim run central-med-2016-schedule.yaml --days 1` (the year on the record's schedule, in both trees), timed from the launcher's start to its
#     exit: the JVM, the scenario, the geography and one day (after a first such run of each
#     code, not timed, which leaves the launcher's class archive and the geography cache made);
#   single run: `medsim run central-med-2016-schedule.yaml`, timed from the launcher's start to its exit
#     (JVM start, scenario, geography and the year: what a user waits for), and run.json's
#     wall_seconds (the CLI's own timing of the run itself);
#   warm sweep: `medsim sweep` of --sweep-runs full-year runs and of one run, both on one thread;
#     a warm run's time is (time of N runs - time of 1 run) / (N - 1), both taken from the
#     sweep's own closing line ("N runs in X s"), so start-up and the first run's JIT drop out
#     (on a loaded machine this difference is noisy: the table also gives X / N);
#   near-linearity: bench/central-med-2016-x10.yaml (ten times the departures) against the 1x
#     year, two ways: warm years inside sweeps (the same N-runs-less-one-run difference, of the
#     ten-times year), which is the model's own growth with the boats; and run.json's
#     wall_seconds of single runs of the same seeds, which also holds the compiler's warm-up
#     (`medsim run` compiles with C1 only, which shortens the plain year more than the
#     ten-times one).
# After timing, seed 1's run CSVs and the two sweeps' runs.csv from the two codes are compared
# byte for byte, and the script says whether they are identical.
# Prints the machine, its load before and after, and the results as a markdown table.
# Needs bc (Debian: apt-get install bc) besides Java, Maven and git.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ref="" repeats=3 sweep_runs=6 days=""
value() { # option value: the value, or a usage error when it is missing
  case "${2:-}" in ''|--*) echo "speed.sh: $1 needs a value (see --help)" >&2; exit 2 ;; esac
}
whole() { # option value: a whole number from 1 to 999, written without leading zeros, or a usage error
  case "$2" in
    ''|*[!0-9]*|0*) echo "speed.sh: $1 must be a whole number from 1 to 999 without leading zeros, got '$2'" >&2; exit 2 ;;
  esac
  if [ "${#2}" -gt 3 ]; then echo "speed.sh: $1 must be at most 999, got $2" >&2; exit 2; fi
}
while [ $# -gt 0 ]; do
  case "$1" in
    --ref) value "$1" "${2:-}"; ref="$2"; shift 2 ;;
    --repeats) value "$1" "${2:-}"; whole "$1" "$2"; repeats="$2"; shift 2 ;;
    --sweep-runs) value "$1" "${2:-}"; whole "$1" "$2"; sweep_runs="$2"; shift 2 ;;
    --days) value "$1" "${2:-}"; whole "$1" "$2"; days="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "speed.sh: unknown argument $1 (see the header of this script)" >&2; exit 2 ;;
  esac
done
for tool in bc git java mvn; do
  command -v "$tool" >/dev/null || { echo "speed.sh: needs $tool on the PATH" >&2; exit 2; }
done
if [ "$sweep_runs" -lt 2 ]; then echo "speed.sh: --sweep-runs must be at least 2" >&2; exit 2; fi
if [ -n "$days" ] && [ "$days" -gt 366 ]; then echo "speed.sh: --days must be at most 366, got $days" >&2; exit 2; fi
[ -n "$ref" ] || ref=ab7cc4a
if ! old_commit="$(git -C "$top" rev-parse --quiet --verify --short "$ref^{commit}")"; then
  echo "speed.sh: --ref $ref is not a commit of this repository" >&2; exit 2
fi
new_commit="$(git -C "$top" rev-parse --short HEAD)"
[ -z "$(git -C "$top" status --porcelain --untracked-files=no)" ] || new_commit="$new_commit+changes"

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/old"
git -C "$top" archive "$ref" | tar -x -C "$work/old"
# The old tree needs what is timed: the ten-times year and a sweep command (from issue 5).
if [ ! -f "$work/old/scenarios/bench/central-med-2016-x10.yaml" ] || ! grep -rqs 'name = "sweep"' "$work/old/sim-core/src/main/java"; then
  echo "speed.sh: --ref $ref is too old to compare: it needs scenarios/bench/central-med-2016-x10.yaml and the sweep command" >&2; exit 2
fi
days_opt=()
[ -z "$days" ] || days_opt=(--days "$days")

# The 2016 year on the record's schedule in both trees (since issue 13 central-med-2016.yaml
# takes its departures from behaviour, and central-med-2016-schedule.yaml is the year as it was).
year_in() { if [ -f "$1/scenarios/central-med-2016-schedule.yaml" ]; then echo "$1/scenarios/central-med-2016-schedule.yaml"; else echo "$1/scenarios/central-med-2016.yaml"; fi; }
echo "building the old code ($old_commit) and this checkout ($new_commit)..." >&2
"$work/old/medsim" --version >/dev/null
"$top/medsim" --version >/dev/null
# A first run of each, not timed: what a launcher or the code keeps between runs (a class
# archive, the geography on disk) is made once after a build, not by every run.
"$work/old/medsim" run "$(year_in "$work/old")" --days 1 --out "$work/old-first" -q >/dev/null
"$top/medsim" run "$(year_in "$top")" --days 1 --out "$work/new-first" -q >/dev/null

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
json_wall() { sed -n 's/.*"wall_seconds": \([0-9.]*\).*/\1/p' "$1/run.json"; }
sweep_seconds() { sed -n 's/.* runs\{0,1\} in \([0-9.]*\) s.*/\1/p' "$1"; }

# The sweep files: the 2016 year, a fixed parameter, N runs and 1 run.
# The sweep's one parameter is a hair's breadth around the scenario's own plan scale (1 or 10).
write_sweep() { # scenario runs file [plan scale]
  local scale="${4:-1}"
  cat >"$3" <<EOF
# speed.sh: $2 full-year runs of one scenario, seeds from 1.
scenario: $1
seed: 1
replications: $2
design: {type: latin-hypercube, points: 1}
parameters:
  smuggling.planScale: {min: $(printf '%.3f' "$(echo "$scale - 0.001" | bc -l)"), max: $(printf '%.3f' "$(echo "$scale + 0.001" | bc -l)")}
metrics: [dead_missing, arrivals_people.ITA]
EOF
}

# The two codes alternate, measurement by measurement, so that both meet the same load on a
# shared machine.
tree_of() { if [ "$1" = old ]; then echo "$work/old"; else echo "$top"; fi; }
launcher_of() { echo "$(tree_of "$1")/medsim"; }
declare -A s1 w1 w10 su
sb=""
for i in $(seq 1 "$repeats"); do
  for code in old new; do
    tree="$(tree_of $code)"
    t0=$(now)
    "$(launcher_of $code)" run "$(year_in "$tree")" --seed "$i" --days 1 --out "$work/$code-day-$i" --force -q >/dev/null
    t1=$(now)
    su[$code]+="$(echo "$t1 - $t0" | bc -l) "
    echo "$code seed $i: start-up (--days 1 run) $(echo "$t1 - $t0" | bc -l) s" >&2
  done
  for code in old new; do
    tree="$(tree_of $code)"
    t0=$(now)
    "$(launcher_of $code)" run "$(year_in "$tree")" --seed "$i" "${days_opt[@]}" --out "$work/$code-run-$i" --force -q >/dev/null
    t1=$(now)
    s1[$code]+="$(echo "$t1 - $t0" | bc -l) "
    w1[$code]+="$(json_wall "$work/$code-run-$i") "
    echo "$code seed $i: single run $(echo "$t1 - $t0" | bc -l) s (run.json $(json_wall "$work/$code-run-$i") s)" >&2
  done
  for code in old new; do
    tree="$(tree_of $code)"
    "$(launcher_of $code)" run "$tree/scenarios/bench/central-med-2016-x10.yaml" --seed "$i" "${days_opt[@]}" --out "$work/$code-x10-$i" --force -q >/dev/null
    w10[$code]+="$(json_wall "$work/$code-x10-$i") "
    echo "$code seed $i: x10 $(json_wall "$work/$code-x10-$i") s" >&2
  done
  # The set-up's main job, central-med-2016.yaml with departures from behaviour (more boats
  # than the record's schedule): this tree only, when it has that mode.
  if [ -f "$top/scenarios/central-med-2016-schedule.yaml" ]; then
    t0=$(now)
    "$top/medsim" run "$top/scenarios/central-med-2016.yaml" --seed "$i" "${days_opt[@]}" --out "$work/new-behaviour-$i" --force -q >/dev/null
    t1=$(now)
    sb+="$(echo "$t1 - $t0" | bc -l) "
    echo "new seed $i: behaviour-mode year $(echo "$t1 - $t0" | bc -l) s" >&2
  fi
done
cut_to_days() { # scenario name: the scenario, or with --days a child of it cut to its first days ($work/name.yaml)
  if [ -z "$days" ]; then echo "$1"; return; fi
  printf 'extends: %s\nperiod: {end: %s}\n' "$1" "$(date -d "2016-01-01 + $((days - 1)) days" +%F)" >"$work/$2.yaml"
  echo "$work/$2.yaml"
}
for code in old new; do
  scenario="$(cut_to_days "$(year_in "$(tree_of $code)")" "$code-days")"
  write_sweep "$scenario" "$sweep_runs" "$work/$code-sweep-n.yaml"
  write_sweep "$scenario" 1 "$work/$code-sweep-1.yaml"
  scenario="$(cut_to_days "$(tree_of $code)/scenarios/bench/central-med-2016-x10.yaml" "$code-x10-days")"
  write_sweep "$scenario" "$sweep_runs" "$work/$code-sweep10-n.yaml" 10
  write_sweep "$scenario" 1 "$work/$code-sweep10-1.yaml" 10
done
for sweep in sweep sweep10; do
  for size in n 1; do
    for code in old new; do
      "$(launcher_of $code)" sweep "$work/$code-$sweep-$size.yaml" --threads 1 --out "$work/$code-$sweep-$size" -q >"$work/$code-$sweep-$size.log"
      echo "$code $sweep: $(tail -1 "$work/$code-$sweep-$size.log")" >&2
    done
  done
done
# A warm year of a sweep (code, sweep): (time of N runs - time of 1 run) / (N - 1).
warm_year() { echo "($(sweep_seconds "$work/$1-$2-n.log") - $(sweep_seconds "$work/$1-$2-1.log")) / ($sweep_runs - 1)" | bc -l; }
declare -A single wall x10 warm warm10 per startup
for code in old new; do
  startup[$code]=$(printf '%s\n' ${su[$code]} | median)
  single[$code]=$(printf '%s\n' ${s1[$code]} | median)
  wall[$code]=$(printf '%s\n' ${w1[$code]} | median)
  x10[$code]=$(printf '%s\n' ${w10[$code]} | median)
  warm[$code]=$(warm_year $code sweep)
  warm10[$code]=$(warm_year $code sweep10)
  per[$code]=$(echo "$(sweep_seconds "$work/$code-sweep-n.log") / $sweep_runs" | bc -l)
done

same=yes
for run in run-1 x10-1; do
  for f in $( (cd "$work/old-$run" && ls -- *.csv; cd "$work/new-$run" && ls -- *.csv) | sort -u); do
    cmp -s "$work/old-$run/$f" "$work/new-$run/$f" || same=no
  done
done
cmp -s "$work/old-sweep-n/runs.csv" "$work/new-sweep-n/runs.csv" || same=no
cmp -s "$work/old-sweep10-n/runs.csv" "$work/new-sweep10-n/runs.csv" || same=no
[ "$same" = yes ] || same="no (as expected when the two commits' models differ; the default old commit's does)"

positive() { [ "$(echo "$1 > 0" | bc -l)" = 1 ]; }
fmt() { # seconds, or n/a for a warm year the load swamped (at or below zero)
  if positive "$1"; then printf '%.2f' "$1"; else echo n/a; fi
}
ratio() { # a / b, or n/a when either is not above zero
  if positive "$1" && positive "$2"; then printf '%.2f' "$(echo "$1 / $2" | bc -l)"; else echo n/a; fi
}
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo
echo "Machine: $(nproc) cores ($cpu), Java $(java -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1); load average before/after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)."
seeds="$repeats seeds (medians)"; [ "$repeats" -gt 1 ] || seeds="1 seed"
cut=""; [ -z "$days" ] || cut="; every run cut to its first $days days, which the rows call a year"
echo "Old: $old_commit; new: $new_commit; $seeds per single run, warm sweep of $sweep_runs runs on one thread$cut."
echo "Outputs of seed 1 (the CSVs of the 2016 and ten-times runs, and the sweeps' runs.csv) byte-identical between the two: $same."
echo
echo "| measure | old | new | old / new |"
echo "|---|---:|---:|---:|"
echo "| start-up: a --days 1 run, launcher to exit (s) | $(fmt "${startup[old]}") | $(fmt "${startup[new]}") | $(ratio "${startup[old]}" "${startup[new]}") |"
echo "| single 2016 run, start-up included (s) | $(fmt "${single[old]}") | $(fmt "${single[new]}") | $(ratio "${single[old]}" "${single[new]}") |"
if [ -n "$sb" ]; then
  echo "| single 2016 run in behaviour mode (the set-up's main job), start-up included (s) | - | $(fmt "$(printf '%s\n' $sb | median)") | |"
fi
echo "| single 2016 run, run.json wall_seconds (s) | $(fmt "${wall[old]}") | $(fmt "${wall[new]}") | $(ratio "${wall[old]}" "${wall[new]}") |"
echo "| year inside a sweep of $sweep_runs, start-up shared (s) | $(fmt "${per[old]}") | $(fmt "${per[new]}") | $(ratio "${per[old]}" "${per[new]}") |"
echo "| warm year inside a sweep, (N runs - 1 run) / (N - 1) (s) | $(fmt "${warm[old]}") | $(fmt "${warm[new]}") | $(ratio "${warm[old]}" "${warm[new]}") |"
echo "| x10 departures, warm year inside a sweep (s) | $(fmt "${warm10[old]}") | $(fmt "${warm10[new]}") | $(ratio "${warm10[old]}" "${warm10[new]}") |"
echo "| x10 / x1, warm years inside sweeps | $(ratio "${warm10[old]}" "${warm[old]}") | $(ratio "${warm10[new]}" "${warm[new]}") | |"
echo "| x10 departures, single run, run.json wall_seconds (s) | $(fmt "${x10[old]}") | $(fmt "${x10[new]}") | $(ratio "${x10[old]}" "${x10[new]}") |"
echo "| x10 / x1, single runs (run.json) | $(ratio "${x10[old]}" "${wall[old]}") | $(ratio "${x10[new]}" "${wall[new]}") | |"
for code in old new; do
  for kind in warm warm10; do
    value="${warm[$code]}"; name="warm year"
    if [ "$kind" = warm10 ]; then value="${warm10[$code]}"; name="warm ten-times year"; fi
    if [ "$(echo "$value <= 0" | bc -l)" = 1 ]; then
      echo
      echo "The $code code's $name came out at or below zero: N runs took no longer than one, so the machine's load swamped the difference; run again with more --sweep-runs on a quieter machine."
    fi
  done
done
# A sweep's closing line gives its time to 0.1 s: a warm row is rough when N runs took less
# than 2 s longer than one (an error of 5% or more).
short=no
for code in old new; do
  for value in "${warm[$code]}" "${warm10[$code]}"; do
    [ "$(echo "$value * ($sweep_runs - 1) < 2" | bc -l)" = 1 ] && short=yes
  done
done
if [ "$short" = yes ]; then
  echo
  echo "A sweep's own time is given to 0.1 s, and here N runs took less than 2 s longer than one: the warm rows and their ratios are rough (more --sweep-runs or whole years make them finer)."
fi
