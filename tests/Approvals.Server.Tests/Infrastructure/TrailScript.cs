using Approvals.Audit.Chain;
using Approvals.Audit.Recording;
using Approvals.Audit.Recording.Translations;
using Approvals.Contracts;

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// A trail written the way the audit service writes it, from contract events through its translations, without
/// running the workflow: for metrics over chosen dates.
/// </summary>
public sealed class TrailScript
{
    readonly Dictionary<Guid, int> _versions = [];

    public List<AuditDraft> Drafts { get; } = [];

    public async Task<Guid> SubmitAsync(Urgency urgency, DateTimeOffset at)
    {
        var id = Guid.NewGuid();
        await AddAsync(new SubmissionTranslation(), new ApprovalRequested(id, "prescriber-script", "baclofen-aud", 3,
            new PatientDescriptor("PT-000001", 1970, Sex.Female), 60, urgency, "alcohol-dependence", "Script.", [], at, PrescriberName: "Dr Script"));
        await StatusAsync(id, RequestStatus.Submitted, at);
        await StatusAsync(id, RequestStatus.UnderReview, at);
        return id;
    }

    public Task DecideAsync(Guid id, DecisionOutcome outcome, DateTimeOffset at)
    {
        var decision = new DecisionRecord(outcome, outcome == DecisionOutcome.Deny ? null : 40, outcome == DecisionOutcome.Deny ? "OTHER" : null,
            "Scripted.", "reviewer-script", at);
        return StatusAsync(id, outcome == DecisionOutcome.Deny ? RequestStatus.Denied : RequestStatus.Approved, at, decision);
    }

    public Task StatusAsync(Guid id, RequestStatus status, DateTimeOffset at, DecisionRecord? decision = null)
    {
        var version = _versions[id] = _versions.GetValueOrDefault(id) + 1;
        return AddAsync(new TimelineTranslation(), new RequestStatusChanged(id, version, status, at, "script", null, decision, null));
    }

    public Task OverdueAsync(Guid id, DateTimeOffset at) =>
        AddAsync(new OverdueTranslation(), new ReviewOverdue(id, Guid.NewGuid(), at, at));

    async Task AddAsync<T>(IAuditTranslation<T> translation, T message) where T : class =>
        Drafts.Add(await translation.TranslateAsync(message, NoEarlierEntries.Instance, CancellationToken.None) with { MessageId = Guid.NewGuid() });

    sealed class NoEarlierEntries : IAuditTrailReader
    {
        public static readonly NoEarlierEntries Instance = new();

        public Task<string?> TimelineValuesBeforeAsync(Guid requestId, int version, CancellationToken cancellationToken) =>
            Task.FromResult<string?>(null);
    }
}
