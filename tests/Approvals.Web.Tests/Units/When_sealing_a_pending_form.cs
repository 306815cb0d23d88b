using System.Security.Claims;
using Approvals.Web.Signing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace Approvals.Web.Tests.Units;

public sealed class When_sealing_a_pending_form
{
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    readonly PendingFormProtector _protector;

    public When_sealing_a_pending_form() => _protector = new PendingFormProtector(new EphemeralDataProtectionProvider(), _clock);

    static readonly PendingForm Form = new("dr-okafor", "/reviews/1/decide", new Dictionary<string, string> { ["decision"] = "approve", ["dose"] = "120" });

    [Fact]
    public void Should_give_the_same_user_back_what_they_typed()
    {
        var read = _protector.Read(_protector.Seal(Form), User("dr-okafor"));

        Assert.NotNull(read);
        Assert.Equal(Form.ReturnPath, read.ReturnPath);
        Assert.Equal(Form.Values, read.Values);
    }

    [Fact]
    public void Should_give_nothing_to_another_user()
    {
        Assert.Null(_protector.Read(_protector.Seal(Form), User("dr-nguyen")));
    }

    [Fact]
    public void Should_give_nothing_once_expired()
    {
        var sealedForm = _protector.Seal(Form);
        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(_protector.Read(sealedForm, User("dr-okafor")));
    }

    [Fact]
    public void Should_give_nothing_for_an_altered_or_missing_form()
    {
        var sealedForm = _protector.Seal(Form);
        var altered = sealedForm[..^4] + (sealedForm[^4] == 'A' ? 'B' : 'A') + sealedForm[^3..];

        Assert.Null(_protector.Read(altered, User("dr-okafor")));
        Assert.Null(_protector.Read("", User("dr-okafor")));
        Assert.Null(_protector.Read(null, User("dr-okafor")));
    }

    static ClaimsPrincipal User(string id) => new(new ClaimsIdentity([new Claim("sub", id)], "test"));
}
