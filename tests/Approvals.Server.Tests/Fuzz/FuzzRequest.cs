using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Approvals.Server.Tests.Fuzz;

/// <summary>One generated call, and what was spoiled in it, to tell from a failure message what to replay.</summary>
public sealed record FuzzRequest(ApiOperation Operation, string Url, string? Body, string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers, IReadOnlyList<string> Mutations)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Operation.Method, Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            if (ContentType is not null)
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        foreach (var (name, value) in Headers)
            message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "no body" : Body.Length > 300 ? Body[..300] + $"… ({Body.Length} chars)" : Body;
        return $"{Operation.Method} {(Url.Length > 300 ? Url[..300] + "…" : Url)} [{string.Join("; ", Mutations)}] {ContentType}: {body}";
    }
}

/// <summary>The ids the fuzzer aims at: a case's request and review, and a protocol with its versions.</summary>
public sealed record FuzzTargets(Guid RequestId, Guid ReviewId, string ProtocolId, int[] ProtocolVersions);

/// <summary>
/// Builds a plausible call for an operation from its OpenAPI description (known ids in the path, a fresh idempotency
/// key, a body generated from the schema or a valid example), then spoils one to three parts of it.
/// </summary>
public sealed class FuzzRequestGenerator(Random random, JsonObject document, IReadOnlyDictionary<string, Func<JsonObject>> examples)
{
    const string Placeholder = "@@fuzz@@";

    T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public FuzzRequest Generate(ApiOperation operation, FuzzTargets targets)
    {
        var path = new Dictionary<string, string>();
        var query = new List<KeyValuePair<string, string>>();
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var parameter in operation.Parameters)
        {
            switch (parameter.In)
            {
                case "path":
                    path[parameter.Name] = PathValue(operation, parameter, targets);
                    break;
                case "header":
                    headers.Add(new(parameter.Name, $"fuzz-{random.NextInt64():x}"));
                    break;
                case "query" when random.Next(2) == 0 && PlausibleQueryValue(parameter.Name) is { } value:
                    query.Add(new(parameter.Name, value));
                    break;
            }
        }

        var body = operation.Body is null ? null : Example(operation) ?? FromSchema(operation.Body, 0);
        string? rawBody = null;
        string? rawMember = null;
        var contentType = body is null ? null : "application/json";
        var mutations = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(body is null ? 3 : 8))
            {
                case 0 when path.Count > 0:
                    var name = Pick(path.Keys.ToList());
                    path[name] = Pick(FuzzValues.PathValues);
                    mutations.Add($"path {name}");
                    break;
                case 1:
                    var declared = operation.Parameters.Where(p => p.In == "query").Select(p => p.Name).ToList();
                    var queryName = declared.Count > 0 && random.Next(4) > 0 ? Pick(declared) : Pick(new[] { "limit", "cursor", "from", "extra" });
                    query.Add(new(queryName, Pick(FuzzValues.ForQuery(queryName))));
                    mutations.Add($"query {queryName}");
                    break;
                case 2:
                    var headerName = headers.Count > 0 && random.Next(2) == 0 ? headers[0].Key : "Idempotency-Key";
                    headers.RemoveAll(h => h.Key == headerName);
                    headers.Add(new(headerName, Pick(FuzzValues.IdempotencyKeys)));
                    mutations.Add($"header {headerName}");
                    break;
                case 3 or 4 or 5 when body is JsonObject root:
                    var (parent, member) = RandomMember(root);
                    if (parent is null)
                        break;
                    parent[member] = Placeholder;
                    rawMember = Pick(FuzzValues.JsonValues);
                    mutations.Add($"body {member}");
                    break;
                case 6 when body is JsonObject bodyObject:
                    var (owner, key) = RandomMember(bodyObject);
                    if (owner is null)
                        break;
                    switch (random.Next(3))
                    {
                        case 0:
                            owner.Remove(key);
                            mutations.Add($"without {key}");
                            break;
                        case 1:
                            owner["fuzzExtra"] = 1;
                            mutations.Add("extra member");
                            break;
                        default:
                            // The same member again, in another case, after the others.
                            owner[key.Any(char.IsLower) ? key.ToUpperInvariant() : key.ToLowerInvariant()] = owner[key]?.DeepClone();
                            mutations.Add($"duplicate {key}");
                            break;
                    }

                    break;
                case 7:
                    if (random.Next(2) == 0)
                    {
                        rawBody = Pick(FuzzValues.Bodies);
                        mutations.Add("whole body");
                    }
                    else
                    {
                        contentType = random.Next(4) == 0 ? null : Pick(FuzzValues.ContentTypes);
                        mutations.Add("content type");
                    }

                    break;
            }
        }

        var text = rawBody ?? body?.ToJsonString();
        if (rawMember is not null && rawBody is null)
            text = text!.Replace($"\"{Placeholder}\"", rawMember, StringComparison.Ordinal);
        var url = operation.Path;
        foreach (var (name, value) in path)
            url = url.Replace($"{{{name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        if (query.Count > 0)
            url += "?" + string.Join("&", query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        return new FuzzRequest(operation, url, text, text is null ? null : contentType, headers, mutations);
    }

    string PathValue(ApiOperation operation, ApiParameter parameter, FuzzTargets targets)
    {
        if (parameter.Schema["format"]?.GetValue<string>() == "uuid")
            return (operation.Path.Contains("/reviews/", StringComparison.Ordinal) ? targets.ReviewId : targets.RequestId).ToString();
        return Types(parameter.Schema).Contains("integer")
            ? Pick(targets.ProtocolVersions).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : targets.ProtocolId;
    }

    /// <summary>A valid value for the query parameters every list and export shares, so a call gets past them now and then.</summary>
    string? PlausibleQueryValue(string name) => name switch
    {
        "limit" => (1 + random.Next(200)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "format" => Pick(new[] { "csv", "jsonl", "json" }),
        "from" => "2020-01-01",
        "to" => DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    JsonObject? Example(ApiOperation operation) =>
        operation.BodySchemaName is { } name && examples.TryGetValue(name, out var example) ? example() : null;

    /// <summary>A member anywhere in the body (nested objects included), or none when the body has none.</summary>
    (JsonObject? Parent, string Name) RandomMember(JsonObject body)
    {
        var members = new List<(JsonObject, string)>();
        void Collect(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                foreach (var (name, value) in obj)
                {
                    members.Add((obj, name));
                    Collect(value);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var item in array)
                    Collect(item);
            }
        }

        Collect(body);
        return members.Count == 0 ? (null, "") : Pick(members);
    }

    /// <summary>A value that fits the schema's shape, for bodies no example covers.</summary>
    JsonNode? FromSchema(JsonObject schema, int depth)
    {
        schema = ApiOperations.Resolve(document, schema);
        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray alternatives)
        {
            var concrete = alternatives.Select(a => ApiOperations.Resolve(document, a!.AsObject()))
                .FirstOrDefault(a => !Types(a).SequenceEqual(["null"]));
            return concrete is null ? null : FromSchema(concrete, depth);
        }

        if (schema["enum"] is JsonArray values && values.Count > 0)
            return values[random.Next(values.Count)]?.DeepClone();
        var types = Types(schema);
        if (types.Contains("object") || schema["properties"] is not null)
        {
            var result = new JsonObject();
            if (depth < 4)
            {
                foreach (var (name, property) in schema["properties"]?.AsObject() ?? new JsonObject())
                    result[name] = FromSchema(property!.AsObject(), depth + 1);
            }

            return result;
        }

        if (types.Contains("array"))
            return depth < 4 && schema["items"] is JsonObject items ? new JsonArray(FromSchema(items, depth + 1)) : new JsonArray();
        if (types.Contains("integer") || types.Contains("number"))
            return 1 + random.Next(100);
        if (types.Contains("boolean"))
            return true;
        return schema["format"]?.GetValue<string>() switch
        {
            "date-time" => DateTimeOffset.UtcNow.ToString("O"),
            "date" => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "uuid" => Guid.NewGuid().ToString(),
            _ => "fuzz text",
        };
    }

    static List<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };
}
