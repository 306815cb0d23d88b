#!/usr/bin/env bash
# Regenerates deploy/sql/*.sql, the idempotent SQL Server scripts an operator can run instead of migrate-on-start.
# A test compares them with the migrations, so run this after adding a SQL Server migration.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
dotnet tool restore > /dev/null
mkdir -p deploy/sql
for context in Intake Review Workflow Audit; do
    name="$(echo "$context" | tr '[:upper:]' '[:lower:]')"
    dotnet ef migrations script --idempotent --no-color \
        --project src/Approvals.Persistence.SqlServer --startup-project src/Approvals.Persistence.SqlServer \
        --context "${context}DbContext" --output "deploy/sql/$name.sql"
done
