using System.ComponentModel.DataAnnotations;

namespace Approvals.Review.Api;

public sealed record SafetyActionInput([property: Required] string? Reason);
