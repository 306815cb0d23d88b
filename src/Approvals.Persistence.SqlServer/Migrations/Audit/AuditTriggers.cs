namespace Approvals.Persistence.SqlServer.Migrations.Audit;

/// <summary>
/// The database's own refusal of UPDATE and DELETE on the audit trail (INSTEAD OF triggers that throw), so not even a
/// bug in this code or a hand-typed statement can change or remove an entry. CREATE TRIGGER must start its batch, and
/// the idempotent scripts wrap each migration step in IF ... BEGIN ... END, hence EXEC. TRUNCATE and DROP bypass
/// triggers: the service's login needs neither (ALTER on the table is what they require).
/// </summary>
public static class AuditTriggers
{
    public static readonly string[] Create =
    [
        """
        EXEC(N'CREATE TRIGGER [audit].[AuditEntries_refuse_update] ON [audit].[AuditEntries] INSTEAD OF UPDATE AS
        BEGIN
            SET NOCOUNT ON;
            THROW 51000, N''Audit entries are append-only: UPDATE refused.'', 1;
        END');
        """,
        """
        EXEC(N'CREATE TRIGGER [audit].[AuditEntries_refuse_delete] ON [audit].[AuditEntries] INSTEAD OF DELETE AS
        BEGIN
            SET NOCOUNT ON;
            THROW 51000, N''Audit entries are append-only: DELETE refused.'', 1;
        END');
        """,
    ];

    public static readonly string[] Drop =
    [
        "DROP TRIGGER IF EXISTS [audit].[AuditEntries_refuse_update];",
        "DROP TRIGGER IF EXISTS [audit].[AuditEntries_refuse_delete];",
    ];
}
