using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Approvals.Server.Tests.Infrastructure.SharedServerTestFramework", "Approvals.Server.Tests")]

namespace Approvals.Server.Tests.Infrastructure;

/// <summary>
/// xunit's own test framework, plus stopping <see cref="SharedApprovalsApi"/>'s server and deleting its database after
/// the assembly's last test and before xunit reports the run finished (and the runner may end the process): xunit 2
/// has no assembly fixtures, and a process-exit handler came too late to delete the file.
/// </summary>
public sealed class SharedServerTestFramework(IMessageSink diagnostics) : XunitTestFramework(diagnostics)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceInformation, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assemblyName, sourceInformation, diagnostics)
    {
        // The base method has this shape too: xunit waits for the "finished" message, not for this method.
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink,
            ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    sealed class Runner(ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics,
        IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        : XunitTestAssemblyRunner(assembly, testCases, diagnostics, executionMessageSink, executionOptions)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            await SharedApprovalsApi.StopAsync();
            await base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
