#!/bin/bash
# Written by medsim slurm. Submits the sweep's job arrays (@ARRAYS_NOTE@), then its merge job,
# which starts once every shard has succeeded and is cancelled if one fails. If an sbatch
# fails, the jobs already submitted are cancelled: the sweep is submitted whole or not at all.
# With --wait, waits for the merge job to end, and exits non-zero unless it completed.
set -euo pipefail
wait=
case "${1:-}" in
  --wait) wait=--wait ;;
  "") ;;
  *) echo "usage: bash $0 [--wait]" >&2; exit 2 ;;
esac
logs=@LOGS@
submitted=()
fail() {
  echo "submit.sh: $1" >&2
  if [ ${#submitted[@]} -gt 0 ]; then
    scancel "${submitted[@]}" && echo "submit.sh: cancelled job(s) ${submitted[*]}" >&2
  fi
  exit 1
}
for script in @ARRAYS@; do
  id=$(sbatch --parsable "$script") || fail "sbatch $script failed"
  id=${id%%;*}
  submitted+=("$id")
  echo "submitted array job $id: $(basename "$script" .sbatch)"
done
deps=$(IFS=:; echo "${submitted[*]}")
merge=$(sbatch --parsable --kill-on-invalid-dep=yes --dependency=afterok:"$deps" $wait @MERGE@) || true
merge=${merge%%;*}
[ -n "$merge" ] || fail "sbatch merge.sbatch failed"
echo "submitted merge job $merge"
[ -n "$wait" ] || exit 0
# sbatch --wait returns the job's exit code, which is 0 for a job cancelled before it started:
# ask for the job's state instead (scontrol keeps it for MinJobAge, 300 s by default; sacct
# has it where accounting is on).
state=$(scontrol show job "$merge" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\) Reason=\([^ ]*\).*/\1 \2/p' | head -n 1) || true
[ -n "$state" ] || state=$(sacct -n -X -j "$merge" -o State 2>/dev/null | awk 'NR == 1 {print $1}') || true
case "$state" in
  COMPLETED*) ;;
  *DependencyNeverSatisfied*) echo "submit.sh: merge job $merge was cancelled: a shard failed (see $logs/shard-*.log)" >&2; exit 1 ;;
  "") echo "submit.sh: cannot tell how merge job $merge ended: neither scontrol nor sacct knows it" >&2; exit 1 ;;
  *) echo "submit.sh: merge job $merge ended ${state%% *} (see $logs/merge.log)" >&2; exit 1 ;;
esac
