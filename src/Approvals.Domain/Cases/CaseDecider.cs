using System.Text.Json;
using Approvals.Contracts;

namespace Approvals.Domain.Cases;

/// <summary>
/// The case's rules in one place, as two pure functions: <see cref="Decide"/> answers a command, given the state and
/// the time, with the events it causes or a refusal; <see cref="Evolve"/> applies one event to the state. Nothing here
/// reads a clock, a database or a bus: the saga supplies <c>now</c>, the ids and the protocol version, then persists the
/// new state and turns the events into messages and timers. See ADR 0007.
/// </summary>
public static partial class CaseDecider
{
    public const string SystemActor = "system";

    /// <summary>
    /// Commands are judged in arrival order, so of two that race (a decision and a withdrawal, two safety orders) the
    /// one decided first wins and the other meets a state that refuses it.
    /// </summary>
    public static CaseVerdict Decide(CaseState state, CaseCommand command, DateTimeOffset now) => command switch
    {
        SubmitRequest submit => Submit(state, submit),
        // Timers and protocol changes come from the workflow's own rows: before a submission there is nothing to act on.
        FireTimer or LowerProtocolCap when state.Phase == CasePhase.None => CaseVerdict.Unchanged,
        _ when state.Phase == CasePhase.None => Refusal.Conflict(RefusalCodes.NotSubmitted, "No request with this id has been submitted."),
        DecideReview decide => DecideRound(state, decide, now),
        GiveOpinion opinion => Opine(state, opinion),
        ProvideInformation answer => Answer(state, answer),
        Withdraw withdraw => WithdrawRequest(state, withdraw),
        ReportFollowUp followUp => RecordFollowUp(state, followUp, now),
        RequestRenewal renewal => OpenRenewal(state, renewal),
        SafetyOrder order => Order(state, order, now),
        FireTimer timer => Fire(state, timer, now),
        LowerProtocolCap cap => ImposeTaper(state, cap),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Not a case command."),
    };

    /// <summary>The state after a sequence of events, from <paramref name="state"/> (by default, before the submission).</summary>
    public static CaseState Replay(IEnumerable<CaseEvent> events, CaseState? state = null) =>
        events.Aggregate(state ?? CaseState.None, Evolve);

    /// <summary>Only the request's prescriber takes the prescriber's steps, whatever other roles they hold.</summary>
    static Refusal? NotThePrescriber(CaseState state, string actorId) =>
        ReviewGuards.IsSamePerson(state.PrescriberId, actorId)
            ? null
            : Refusal.Forbidden(RefusalCodes.NotThePrescriber, "Only the request's prescriber may take this step; nothing changed.");

    /// <summary>A step the case's state does not allow now: "The request is approved; {rule}."</summary>
    internal static Refusal OutOfOrder(CaseState state, string code, string rule) =>
        Refusal.Conflict(code, $"The request is {Spelled(state.Status)}; {rule}.");

    /// <summary>A free text a step must carry (a reason, an answer), within the length every text has.</summary>
    static ValidationErrors RequiredText(string? text, string field, string what)
    {
        var errors = new ValidationErrors();
        errors.RequiredText(field, text, $"Required: {what}.");
        return errors;
    }

    /// <summary>A status as the API spells it (<c>under-review</c>), for details a person reads.</summary>
    public static string Spelled(RequestStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
