using Approvals.Http;
using Microsoft.AspNetCore.Authorization;

namespace Approvals.Audit;

/// <summary>The trail, its exports and metrics are for auditors only, and read-only for them too.</summary>
public static class AuditPolicy
{
    public const string Read = "ReadAudit";

    public static AuthorizationBuilder AddAuditPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Read, p => p.RequireRole(Roles.Auditor));
}
