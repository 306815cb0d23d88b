using Approvals.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Approvals.Http;

/// <summary>RFC 9457 answers used by every service, so the same failure reads the same everywhere.</summary>
public static class Problems
{
    public static ValidationProblem Invalid(ValidationErrors errors, string? title = null) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: title ?? "The request has invalid fields.");

    public static ProblemHttpResult Unprocessable(ValidationErrors errors, string title) =>
        TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = title,
        });

    /// <summary>422 for a business rule the request breaks, with a stable <c>code</c> a client can act on.</summary>
    public static ProblemHttpResult RuleBroken(string code, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "A rule of the approval is not met.",
            extensions: new Dictionary<string, object?> { ["code"] = code });

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The request conflicts with the current state.");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden.");

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem($"No {what} with that id is visible to you.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
}
