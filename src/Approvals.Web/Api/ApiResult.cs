namespace Approvals.Web.Api;

/// <summary>An API answer: the value on success, else the problem the API returned.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}

public static class ApiResult
{
    public static ApiResult<T> Success<T>(T value) => new(value, null);
    public static ApiResult<T> Failure<T>(ApiProblem problem) => new(default, problem);
}
