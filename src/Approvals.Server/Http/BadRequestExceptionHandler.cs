using System.Text.Json;
using System.Text.RegularExpressions;
using Approvals.Domain.Protocols;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Approvals.Server.Http;

/// <summary>
/// Turns what the framework refuses while reading a request (malformed JSON, a value of the wrong type, an unknown
/// member, an unparsable query value, a body over the limit) into an RFC 9457 answer that names the field where it can.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    // Singleline and \z: the value echoed in the message is the caller's, and may hold line breaks.
    [GeneratedRegex(@"^Failed to bind parameter ""(?:[^""]* )?(?<name>[A-Za-z0-9_]+)"" from ""(?<value>.*)""\.\z", RegexOptions.Singleline)]
    private static partial Regex ParameterBindingFailure();

    [GeneratedRegex("^The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("^Duplicate property '(?<name>[^']+)'")]
    private static partial Regex DuplicateMember();

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
            return false;

        var details = new ValidationProblemDetails { Status = bad.StatusCode, Title = TitleFor(bad.StatusCode) };
        switch (bad.InnerException)
        {
            case JsonException json:
                Describe(json, details);
                break;
            default:
                details.Detail = bad.Message;
                if (ParameterBindingFailure().Match(bad.Message) is { Success: true } binding)
                    details.Errors[binding.Groups["name"].Value] = [$"'{binding.Groups["value"].Value}' is not a valid value."];
                break;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => "The request could not be read.",
    };

    /// <summary>
    /// The duplicate's name as the API spells it: the path ends with the repeated member as the caller wrote it
    /// (<c>patient.SEX</c>) when the member is a field, or at the object holding it when the object is free-form.
    /// </summary>
    static string DuplicateName(string? path, string member)
    {
        if (path is null)
            return member;
        var lastDot = path.LastIndexOf('.');
        var last = path[(lastDot + 1)..];
        return string.Equals(last, member, StringComparison.OrdinalIgnoreCase) ? path[..(lastDot + 1)] + member : $"{path}.{member}";
    }

    static void Describe(JsonException json, ValidationProblemDetails details)
    {
        var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;
        if (DuplicateMember().Match(json.Message) is { Success: true } duplicate)
        {
            var name = DuplicateName(field, duplicate.Groups["name"].Value);
            details.Detail = $"'{name}' appears more than once; send each member once (names are matched ignoring case).";
            details.Errors[name] = ["Duplicate member."];
        }
        else if (UnknownMember().Match(json.Message) is { Success: true } unknown)
        {
            var name = field is null ? unknown.Groups["name"].Value : field;
            details.Detail = $"'{name}' is not a field of this request.";
            details.Errors[name] = ["Unknown field."];
        }
        else if (json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) && field is not null)
        {
            details.Detail = $"'{field}' has a value of the wrong type, or one that is not among the allowed values.";
            // A value in a known text format (an ISO 8601 duration) says which format it expected.
            details.Errors[field] = [json.InnerException is ExpectedFormatException expected ? expected.Message : "Wrong type or not an allowed value."];
        }
        else
        {
            details.Detail = json.LineNumber is { } line
                ? $"The body is not valid JSON (line {line + 1}, byte {json.BytePositionInLine + 1})."
                : "The body is not valid JSON.";
        }
    }
}
