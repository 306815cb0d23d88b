using Approvals.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Approvals.Messaging.Configuration;

public static class ApprovalTermsRegistration
{
    /// <summary>
    /// The approval terms every service reads alike (the workflow runs the clocks, intake and review check requests
    /// against them); inconsistent settings stop the process at start-up with each problem named.
    /// </summary>
    public static IServiceCollection AddApprovalTerms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApprovalTermsRules>()
            .Bind(configuration.GetSection(ApprovalTermsRules.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApprovalTermsRules>, ApprovalTermsValidation>());
        return services;
    }

    sealed class ApprovalTermsValidation : IValidateOptions<ApprovalTermsRules>
    {
        public ValidateOptionsResult Validate(string? name, ApprovalTermsRules options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
