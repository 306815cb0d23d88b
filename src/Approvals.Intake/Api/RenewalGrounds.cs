using Approvals.Domain;
using Approvals.Domain.Cases;
using Approvals.Domain.Protocols;
using Approvals.Intake.Persistence;
using Approvals.Intake.Protocols;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Intake.Api;

/// <summary>
/// What the decider's renewal rule weighs on intake's side: the request as a case under the terms of the protocol
/// version it was decided under (the configured ones when that version is not stored), and the newest follow-up intake
/// holds. The renewal endpoint judges a request with it and the request view shows the standing, so both agree.
/// </summary>
public sealed record RenewalGrounds(CaseState Case, DateOnly? LatestFollowUpOn, ProtocolVersion? Protocol)
{
    public static async Task<RenewalGrounds> LoadAsync(RequestRecord record, IntakeDbContext db, ProtocolStore protocols,
        ApprovalTermsRules configured, CancellationToken cancellationToken)
    {
        var protocol = (await protocols.FindAsync(record.ProtocolId, record.ProtocolVersion, cancellationToken))?.ToVersion();
        var terms = protocol is null
            ? new CaseTerms(CaseTerms.Default.Clocks, CaseTerms.Default.InformationDeadline, configured)
            : CaseTerms.Of(protocol);
        var latest = await db.FollowUps.Where(f => f.RequestId == record.Id).MaxAsync(f => (DateOnly?)f.Date, cancellationToken);
        return new RenewalGrounds(RequestCase.Of(record, terms), latest, protocol);
    }

    public RenewalStanding StandingAt(DateTimeOffset now) => RenewalStanding.Of(Case, LatestFollowUpOn, now);
}
