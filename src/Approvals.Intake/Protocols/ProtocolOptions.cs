namespace Approvals.Intake.Protocols;

/// <summary>Configuration section <c>Protocols</c>.</summary>
public sealed class ProtocolOptions
{
    public const string Section = "Protocols";

    /// <summary>Directory of protocol version documents (*.json); defaults to the server's shipped <c>protocols</c> folder.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "protocols");
}
