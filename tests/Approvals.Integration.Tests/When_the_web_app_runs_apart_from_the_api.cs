using System.Net;
using Approvals.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Approvals.Integration.Tests;

/// <summary>
/// <c>--roles web</c> in a process of its own: it reaches the service only through <c>Web:ApiBaseAddress</c>, keeps no
/// database, and serves no API of its own.
/// </summary>
public sealed class When_the_web_app_runs_apart_from_the_api(ITestOutputHelper output)
{
    [Fact]
    public async Task Should_sign_in_and_read_pages_through_the_api_process_alone()
    {
        await using var deployment = new EmbeddedDeployment { Output = output };
        await deployment.Explain(async () =>
        {
            var api = deployment.Start(new ServerSettings("intake,review,workflow,audit", deployment.DatabaseFile("api")));
            var webDatabase = deployment.DatabaseFile("web");
            var web = deployment.Start(new ServerSettings("web", webDatabase)
            {
                Environment = new Dictionary<string, string> { ["Web__ApiBaseAddress"] = api.BaseAddress.ToString() },
            });
            await api.WaitUntilReady(Deployment.StartTimeout);
            await web.WaitUntilReady(Deployment.StartTimeout);

            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                BaseAddress = web.BaseAddress,
            };
            using (var signedIn = await DemoSignIn.PostAsync(browser, "admin-lee"))
                Assert.True(signedIn.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.OK,
                    $"sign-in answered {(int)signedIn.StatusCode}");

            // The protocols live in the API process's database: the page can only have them through the API.
            using var protocols = await browser.GetAsync("/admin/protocols");
            Assert.Equal(HttpStatusCode.OK, protocols.StatusCode);
            Assert.Contains("baclofen-aud", await protocols.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var apiOnWeb = await deployment.Http.GetAsync(new Uri(web.BaseAddress, "/api/v1/protocols"));
            Assert.Equal(HttpStatusCode.NotFound, apiOnWeb.StatusCode);
            Assert.False(File.Exists(webDatabase), "the web role keeps no database of its own");
        });
    }
}
