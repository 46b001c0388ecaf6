#!/usr/bin/env bash
# Rewrites the field tables of scenarios/README.md (between "<!-- field-table: ID ... -->" and
# "<!-- field-table end -->") and the registry table of docs/unobserved-parameters.md from
# their declarations: sim-core/src/main/java/medsim/scenario/ScenarioFields.java and
# scenarios/registry/unobserved.yaml. ScenarioFieldsTest and UnobservedParametersTest fail when
# the documents differ from what this script writes.
# Usage: scenarios/field-tables.sh
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"
./medsim --version > /dev/null   # builds the jars if the sources changed
java -cp sim-core/target/medsim.jar medsim.scenario.FieldTables .
