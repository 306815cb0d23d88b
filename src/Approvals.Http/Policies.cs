using Microsoft.AspNetCore.Authorization;

namespace Approvals.Http;

/// <summary>Authorisation by role; ownership is checked by each handler against the record it touches.</summary>
public static class Policies
{
    public const string Submit = nameof(Submit);
    public const string ReadRequests = nameof(ReadRequests);
    public const string ReadReviews = nameof(ReadReviews);
    public const string Decide = nameof(Decide);
    public const string ManageProtocols = nameof(ManageProtocols);
    public const string ReadProtocols = nameof(ReadProtocols);

    public static AuthorizationBuilder AddApprovalsPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(Submit, p => p.RequireRole(Roles.Prescriber))
            .AddPolicy(ReadRequests, p => p.RequireRole(Roles.Prescriber, Roles.Reviewer, Roles.Specialist, Roles.Auditor))
            .AddPolicy(ReadReviews, p => p.RequireRole(Roles.Reviewer, Roles.Specialist))
            .AddPolicy(Decide, p => p.RequireRole(Roles.Reviewer))
            .AddPolicy(ManageProtocols, p => p.RequireRole(Roles.Admin))
            .AddPolicy(ReadProtocols, p => p.RequireRole([.. Roles.All]));
}
