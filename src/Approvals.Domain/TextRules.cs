namespace Approvals.Domain;

/// <summary>
/// The one rule for free text in request bodies (justifications, reasons, rationales, notes, answers, questions):
/// at most <see cref="MaxLength"/> characters unless a field says less, and, where required, not blank.
/// </summary>
public static class TextRules
{
    public const int MaxLength = 4000;

    /// <summary>Records the field's problem when the text is blank or too long; true when it passes.</summary>
    /// <param name="whenMissing">What a blank field is told: "Required." or why the text is needed.</param>
    public static bool RequiredText(this ValidationErrors errors, string field, string? text, string whenMissing = "Required.",
        int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, whenMissing);
            return false;
        }

        return errors.OptionalText(field, text, maxLength);
    }

    /// <summary>Records the field's problem when the text, if any, is too long; true when it passes.</summary>
    public static bool OptionalText(this ValidationErrors errors, string field, string? text, int maxLength = MaxLength)
    {
        if (text is not { } given || given.Length <= maxLength)
            return true;
        errors.Add(field, $"At most {maxLength} characters.");
        return false;
    }

    /// <summary>True when the text, if any, is within the length every free text is held to.</summary>
    public static bool FitsLength(string? text) => text is null || text.Length <= MaxLength;
}
