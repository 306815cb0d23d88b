using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Approvals.Domain;

namespace Approvals.Intake.Api;

public sealed record ConsumptionInput([property: Required] string? Measure, [property: Required] decimal? Value);

public sealed record AdverseEventInput([property: Required] string? Term, [property: Required] bool? Serious);

/// <summary>
/// Body of <c>POST /api/v1/requests/{id}/follow-ups</c>: the assessment date, the dose taken, consumption as drinks per
/// day or another named measure, adverse events since the last report, and notes.
/// </summary>
public sealed partial record FollowUpInput(
    [property: Required] DateOnly? Date,
    [property: Required] decimal? DailyDoseMg,
    decimal? DrinksPerDay = null,
    ConsumptionInput? Consumption = null,
    IReadOnlyList<AdverseEventInput>? AdverseEvents = null,
    string? Notes = null)
{
    const decimal MaxDrinksPerDay = 200;
    const int MaxAdverseEvents = 50;

    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,63}\z")]
    private static partial Regex MeasurePattern();

    public ValidationErrors Validate(DateOnly submittedOn, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (Date is not { } date)
            errors.Add("date", "Required: the day of the assessment (yyyy-mm-dd).");
        else if (date > today)
            errors.Add("date", "Cannot be in the future.");
        else if (date < submittedOn)
            errors.Add("date", $"Cannot be before the request was submitted ({submittedOn:yyyy-MM-dd}).");

        if (DailyDoseMg is not { } dose)
            errors.Add("dailyDoseMg", "Required: the daily dose the patient takes now (0 if stopped).");
        else if (dose < 0 || dose > SubmitRequest.MaxPlausibleDailyDoseMg)
            errors.Add("dailyDoseMg", $"Between 0 and {SubmitRequest.MaxPlausibleDailyDoseMg} mg/day.");

        if (DrinksPerDay is null && Consumption is null)
            errors.Add("drinksPerDay", "Required: drinksPerDay, or another measure in consumption.");
        if (DrinksPerDay is < 0 or > MaxDrinksPerDay)
            errors.Add("drinksPerDay", $"Between 0 and {MaxDrinksPerDay}.");
        if (Consumption is { } consumption)
        {
            if (consumption.Measure is null || !MeasurePattern().IsMatch(consumption.Measure))
                errors.Add("consumption.measure", "Required: a name in kebab-case, e.g. heavy-drinking-days-per-month.");
            if (consumption.Value is not >= 0)
                errors.Add("consumption.value", "Required: a number of at least 0.");
        }

        if (AdverseEvents is { } events)
        {
            if (events.Count > MaxAdverseEvents)
                errors.Add("adverseEvents", $"At most {MaxAdverseEvents} entries.");
            if (events.Any(e => e is null || string.IsNullOrWhiteSpace(e.Term) || e.Term.Length > 200))
                errors.Add("adverseEvents", "Each entry needs a term of at most 200 characters.");
            if (events.Any(e => e is { Serious: null }))
                errors.Add("adverseEvents", "Each entry says whether the event was serious (true or false).");
        }

        errors.OptionalText("notes", Notes);
        return errors;
    }
}
