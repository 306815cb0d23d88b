using Approvals.Server.Hosting;

namespace Approvals.Server.Tests.Hosting;

public sealed class When_parsing_server_roles
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("all")]
    [InlineData(" all ")]
    public void Should_host_every_role_by_default_or_for_all(string? value)
    {
        var roles = ServerRoles.Parse(value);

        Assert.Equal(new ServerRoles(Intake: true, Review: true, Workflow: true, Audit: true, Web: true), roles);
        Assert.Equal("intake,review,workflow,audit,web", roles.ToString());
    }

    [Theory]
    [InlineData("intake", true, false, false)]
    [InlineData("review", false, true, false)]
    [InlineData("workflow", false, false, true)]
    [InlineData("intake,review", true, true, false)]
    [InlineData(" review , workflow ", false, true, true)]
    [InlineData("workflow,intake,workflow", true, false, true)]
    public void Should_host_only_the_named_roles(string value, bool intake, bool review, bool workflow)
    {
        Assert.Equal(new ServerRoles(intake, review, workflow), ServerRoles.Parse(value));
    }

    [Theory]
    [InlineData("audit", "audit")]
    [InlineData("workflow,audit", "workflow,audit")]
    public void Should_host_the_audit_role_when_named(string value, string hosted)
    {
        var roles = ServerRoles.Parse(value);

        Assert.True(roles.Audit);
        Assert.True(roles.ServesHttpApi);
        Assert.Equal(hosted, roles.ToString());
    }

    [Theory]
    [InlineData("web", "web")]
    [InlineData("intake,web", "intake,web")]
    public void Should_host_the_web_app_when_named(string value, string hosted)
    {
        var roles = ServerRoles.Parse(value);

        Assert.True(roles.Web);
        Assert.Equal(hosted, roles.ToString());
    }

    [Theory]
    [InlineData("web", false)]
    [InlineData("workflow", false)]
    [InlineData("intake", true)]
    [InlineData("review", true)]
    public void Should_serve_http_only_with_intake_or_review(string value, bool servesHttp)
    {
        Assert.Equal(servesHttp, ServerRoles.Parse(value).ServesHttpApi);
    }

    [Theory]
    [InlineData("billing", "billing")]
    [InlineData("intake,billing", "billing")]
    [InlineData("Intake", "Intake")]
    [InlineData(",", "")]
    public void Should_refuse_an_unknown_role(string value, string named)
    {
        var thrown = Assert.Throws<InvalidOperationException>(() => ServerRoles.Parse(value));

        Assert.Contains($"'{named}'", thrown.Message);
    }
}
