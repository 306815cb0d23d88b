using System.Buffers.Text;
using System.Text;
using Approvals.Http;

namespace Approvals.Server.Tests.Fuzz;

/// <summary>Bad and edge values, as text for URLs and headers and as raw JSON for bodies.</summary>
public static class FuzzValues
{
    public static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00", "0001-01-01T00:00", "2026-02-30", "2026-13-01", "-0001-01-01", "10000-01-01", "2026-01-31T25:00:00Z",
    ];

    public static readonly string[] Numbers =
    [
        "0", "-1", "1", "200", "201", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808",
        "79228162514264337593543950336", "1e400", "-1e400", "1.5", "NaN", "Infinity", "0x10", " 1", "1 ", "١",
    ];

    public static readonly string[] Texts =
    [
        "", " ", "\n", "a\nb", "PT-0042\n", "\0", "é", "😀", "%", "../..", "<script>", "' OR 1=1 --", "null", "true", "\u202e",
        new string('a', 5000),
    ];

    public static IEnumerable<string> Cursors()
    {
        var id = Guid.NewGuid();
        yield return "not-a-cursor";
        yield return "%%%";
        yield return new Cursor(-1, id).Encode();
        yield return new Cursor(long.MaxValue, id).Encode();
        yield return new Cursor(long.MinValue, Guid.Empty).Encode();
        yield return new Cursor(0, Guid.Empty).Encode();
        yield return new Cursor(DateTimeOffset.UtcNow.UtcTicks, id).Encode();
        yield return new Cursor(1, Guid.Empty).Encode();
        yield return Base64Url.EncodeToString(Encoding.UTF8.GetBytes("1:2:3"));
        yield return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(new string('9', 400) + ":" + id.ToString("N")));
    }

    /// <summary>Values for a query parameter, by what its name says it holds.</summary>
    public static string[] ForQuery(string name) => name switch
    {
        "from" or "to" => [.. Dates, .. Texts.Take(4)],
        "limit" => [.. Numbers, ""],
        "cursor" => [.. Cursors(), .. Texts.Take(5)],
        _ => [.. Texts, .. Numbers.Take(6), .. Dates.Take(2)],
    };

    public static readonly string[] PathValues =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "-1", "0", "2147483648", "99999999999999999999", "é", "\n", "a b",
        "{id}", new string('f', 300),
    ];

    /// <summary>Raw JSON values that are wrong in type, size or content for nearly any member.</summary>
    public static readonly string[] JsonValues =
    [
        "null", "true", "false", "\"\"", "\" \"", "0", "-1", "-0", "1.5", "1e400", "-1e400", "1e-400", "79228162514264337593543950336",
        "-79228162514264337593543950336", "0.0000000000000000000000000001", "9223372036854775808", "2147483648", "1.7976931348623157e309",
        "[]", "{}", "[null]", "[1,2,3]", "{\"a\":1}", "\"text\"", "\"PT-0042\\n\"", "\"\\u0000\"", "\"\\ud800\"", "\"😀\"",
        "\"0001-01-01\"", "\"9999-12-31\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.9999999+00:00\"", "\"0001-01-01T00:00:00+14:00\"",
        "\"P99999999D\"", "\"PT-1S\"", "\"P0D\"", "\"P10675199D\"", "\"PT9223372036854775807S\"", "\"approve\"", "\"APPROVE\"", "1",
        Nested(64), Nested(2000), "\"" + new string('x', 3000) + "\"",
    ];

    /// <summary>Whole bodies that are not the object the endpoint reads.</summary>
    public static readonly string[] Bodies =
    [
        "", "null", "[]", "{}", "{", "}", "\"text\"", "1e400", "{\"a\":1,}", "{'a':1}", "\uFEFF{}", Nested(10_000),
        string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200),
    ];

    public static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/json; charset=utf-16", "application/x-www-form-urlencoded", "multipart/form-data",
    ];

    public static readonly string[] IdempotencyKeys = ["", " ", new string('k', 129), new string('k', 10_000), "key with spaces", "key;with,punctuation"];

    static string Nested(int depth) => new string('[', depth) + new string(']', depth);
}
