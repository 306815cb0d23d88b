namespace Approvals.Workflow.Tests.Harness;

/// <summary>
/// Base for a state-machine spec: xunit builds one instance per test, so <see cref="Given"/> runs against a fresh
/// harness for every <c>Should_…</c> method and the methods only assert.
/// </summary>
public abstract class Scenario : IAsyncLifetime
{
    WorkflowHarness? _workflow;

    protected WorkflowHarness Workflow => _workflow ?? throw new InvalidOperationException("The scenario has not started.");

    /// <summary>The request the scenario is about.</summary>
    protected Guid Id { get; set; }

    protected ApprovalState Saga => Workflow.Instance(Id);

    protected virtual Action<WorkflowOptions>? Options => null;

    protected abstract Task Given();

    public async Task InitializeAsync()
    {
        _workflow = await WorkflowHarness.Start(Options);
        await Given();
    }

    public async Task DisposeAsync()
    {
        if (_workflow is not null)
            await _workflow.DisposeAsync();
    }
}
