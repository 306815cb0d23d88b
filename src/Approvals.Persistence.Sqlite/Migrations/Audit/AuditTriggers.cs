namespace Approvals.Persistence.Sqlite.Migrations.Audit;

/// <summary>
/// The database's own refusal of UPDATE and DELETE on the audit trail, so not even a bug in this code or a hand-typed
/// statement can change or remove an entry. SQLite drops a table's triggers when a migration rebuilds the table: such
/// a migration must run <see cref="Create"/> again.
/// </summary>
public static class AuditTriggers
{
    public static readonly string[] Create =
    [
        """
        CREATE TRIGGER "AuditEntries_refuse_update" BEFORE UPDATE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'Audit entries are append-only: UPDATE refused.'); END;
        """,
        """
        CREATE TRIGGER "AuditEntries_refuse_delete" BEFORE DELETE ON "AuditEntries"
        BEGIN SELECT RAISE(ABORT, 'Audit entries are append-only: DELETE refused.'); END;
        """,
    ];

    public static readonly string[] Drop =
    [
        """DROP TRIGGER IF EXISTS "AuditEntries_refuse_update";""",
        """DROP TRIGGER IF EXISTS "AuditEntries_refuse_delete";""",
    ];
}
