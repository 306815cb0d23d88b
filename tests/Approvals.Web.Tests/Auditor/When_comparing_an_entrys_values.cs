using System.Text.Json;
using Approvals.Web.Components.Pages.Auditor;

namespace Approvals.Web.Tests.Auditor;

public sealed class When_comparing_an_entrys_values
{
    [Fact]
    public void Should_flatten_nested_members_and_arrays_to_paths()
    {
        var rows = EntryValues.Compare(null, Json("""{"status":"approved","decision":{"dailyDoseMg":90,"reasons":["a","b"]},"waived":true}"""));

        Assert.Equal(["status", "decision.dailyDoseMg", "decision.reasons[0]", "decision.reasons[1]", "waived"], rows.Select(r => r.Path));
        Assert.Equal(["approved", "90", "a", "b", "true"], rows.Select(r => r.New));
        Assert.All(rows, r => Assert.Null(r.Old));
    }

    [Fact]
    public void Should_pair_old_and_new_values_and_mark_what_changed()
    {
        var rows = EntryValues.Compare(Json("""{"status":"submitted","dose":60,"note":"x"}"""), Json("""{"status":"under-review","dose":60}"""));

        Assert.Equal(
            [new("status", "submitted", "under-review"), new("dose", "60", "60"), new EntryValues.Row("note", "x", null)],
            rows);
        Assert.Equal([true, false, true], rows.Select(r => r.Changed));
    }

    [Fact]
    public void Should_keep_nulls_empty_containers_and_a_bare_value()
    {
        Assert.Equal([new EntryValues.Row("reason", null, null), new("tiers", null, "[]"), new("extra", null, "{}")],
            EntryValues.Compare(null, Json("""{"reason":null,"tiers":[],"extra":{}}""")));
        Assert.Equal([new EntryValues.Row("value", null, "7")], EntryValues.Compare(null, Json("7")));
        Assert.Empty(EntryValues.Compare(null, null));
    }

    static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
