namespace Approvals.Domain.Tests;

public sealed class TextRulesSpecs
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_required_text_is_told_why_it_is_needed(string? text)
    {
        var errors = new ValidationErrors();

        Assert.False(errors.RequiredText("reason", text, "Required: why the request is withdrawn."));
        Assert.Equal(["Required: why the request is withdrawn."], errors.ToDictionary()["reason"]);
    }

    [Fact]
    public void A_text_of_exactly_the_limit_passes()
    {
        var errors = new ValidationErrors();

        Assert.True(errors.RequiredText("justification", new string('x', TextRules.MaxLength)));
        Assert.True(errors.OptionalText("notes", new string('x', TextRules.MaxLength)));
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void One_character_more_is_refused_with_the_limit()
    {
        var errors = new ValidationErrors();

        Assert.False(errors.RequiredText("justification", new string('x', TextRules.MaxLength + 1)));
        Assert.False(errors.OptionalText("notes", new string('x', TextRules.MaxLength + 1)));
        Assert.Equal([$"At most {TextRules.MaxLength} characters."], errors.ToDictionary()["justification"]);
        Assert.Equal([$"At most {TextRules.MaxLength} characters."], errors.ToDictionary()["notes"]);
    }

    [Fact]
    public void A_field_may_hold_itself_to_less()
    {
        var errors = new ValidationErrors();

        Assert.True(errors.RequiredText("indication", new string('x', 200), maxLength: 200));
        Assert.False(errors.RequiredText("protocolId", new string('x', 65), maxLength: 64));
        Assert.Equal(["At most 64 characters."], errors.ToDictionary()["protocolId"]);
    }

    [Fact]
    public void An_absent_optional_text_passes()
    {
        var errors = new ValidationErrors();

        Assert.True(errors.OptionalText("notes", null));
        Assert.True(TextRules.FitsLength(null));
        Assert.True(errors.IsEmpty);
    }
}
