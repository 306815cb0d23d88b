namespace Approvals.Domain.Protocols;

/// <summary>
/// A JSON value in the wrong format, carrying what was expected so that the answer to a malformed document can say it.
/// Thrown inside a <see cref="System.Text.Json.JsonException"/>, which the serializer completes with the member's path.
/// </summary>
public sealed class ExpectedFormatException(string expected) : FormatException(expected);
