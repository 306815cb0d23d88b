namespace Approvals.Persistence.PostgreSql.Migrations.Audit;

/// <summary>
/// The database's own refusal to change or remove audit entries: a row trigger refuses UPDATE and DELETE and a
/// statement trigger refuses TRUNCATE, so not even a bug in this code or a hand-typed statement can rewrite the trail.
/// Only the table's owner can drop the triggers; the least-privilege role (deploy/postgres/roles.sql) owns nothing.
/// </summary>
public static class AuditTriggers
{
    public static readonly string[] Create =
    [
        """
        CREATE FUNCTION audit.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'Audit entries are append-only: % refused.', TG_OP USING ERRCODE = 'insufficient_privilege';
        END;
        $$;
        """,
        """
        CREATE TRIGGER "AuditEntries_refuse_change" BEFORE UPDATE OR DELETE ON audit."AuditEntries"
            FOR EACH ROW EXECUTE FUNCTION audit.refuse_audit_change();
        """,
        """
        CREATE TRIGGER "AuditEntries_refuse_truncate" BEFORE TRUNCATE ON audit."AuditEntries"
            FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_audit_change();
        """,
    ];

    public static readonly string[] Drop =
    [
        """DROP TRIGGER IF EXISTS "AuditEntries_refuse_truncate" ON audit."AuditEntries";""",
        """DROP TRIGGER IF EXISTS "AuditEntries_refuse_change" ON audit."AuditEntries";""",
        "DROP FUNCTION IF EXISTS audit.refuse_audit_change();",
    ];
}
