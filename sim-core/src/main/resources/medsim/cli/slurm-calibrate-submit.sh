#!/bin/bash
# Written by medsim slurm --calibration. Submits the calibration's job array, whose tasks (its
# shards) run at once and wait for each other's simulations. Submitting it again resumes the
# calibration from its journals. With --wait, waits for the array to end, and exits non-zero
# if a shard failed (sbatch --wait gives the highest exit code of the array's tasks).
set -euo pipefail
wait=
case "${1:-}" in
  --wait) wait=--wait ;;
  "") ;;
  *) echo "usage: bash $0 [--wait]" >&2; exit 2 ;;
esac
logs=@LOGS@
array=@ARRAY@
if ! id=$(sbatch --parsable $wait "$array"); then
  echo "submit.sh: sbatch $array failed, or with --wait a shard failed (see $logs/shard-*.log)" >&2
  exit 1
fi
echo "submitted array job ${id%%;*}: $(basename "$array" .sbatch)"
