using Approvals.Domain.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Approvals.Http;

/// <summary>
/// The decider's refusals as RFC 9457 answers, the same in every service: 400 names every invalid field, 403 and 409
/// carry the refusal's stable <c>code</c>, and a 422 also names the field at fault so a form can show it beside it.
/// </summary>
public static class RefusalProblems
{
    public static ProblemHttpResult ToProblem(this Refusal refusal)
    {
        if (refusal.Kind == RefusalKind.Invalid)
        {
            // As Problems.Invalid answers: the fields, no code (the field names are what a client acts on).
            return TypedResults.Problem(new HttpValidationProblemDetails(refusal.Errors?.ToDictionary() ?? new Dictionary<string, string[]>())
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request has invalid fields.",
            });
        }

        var details = refusal.Field is { } field
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [refusal.Detail] })
            : new ProblemDetails();
        (details.Status, details.Title) = refusal.Kind switch
        {
            RefusalKind.Forbidden => (StatusCodes.Status403Forbidden, "Forbidden."),
            RefusalKind.Conflict => (StatusCodes.Status409Conflict, "The request conflicts with the current state."),
            _ => (StatusCodes.Status422UnprocessableEntity, "A rule of the approval is not met."),
        };
        details.Title = refusal.Title ?? details.Title;
        details.Detail = refusal.Detail;
        details.Extensions["code"] = refusal.Code;
        return TypedResults.Problem(details);
    }
}
