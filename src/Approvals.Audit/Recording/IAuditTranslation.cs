using Approvals.Audit.Chain;

namespace Approvals.Audit.Recording;

/// <summary>How one kind of event reads in the trail.</summary>
public interface IAuditTranslation<in T>
    where T : class
{
    ValueTask<AuditDraft> TranslateAsync(T message, IAuditTrailReader trail, CancellationToken cancellationToken);
}

/// <summary>What a translation may ask of the entries already recorded.</summary>
public interface IAuditTrailReader
{
    /// <summary>The new values of the request's newest timeline entry before <paramref name="version"/>, if recorded.</summary>
    Task<string?> TimelineValuesBeforeAsync(Guid requestId, int version, CancellationToken cancellationToken);
}
