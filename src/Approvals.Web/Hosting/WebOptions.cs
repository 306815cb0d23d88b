namespace Approvals.Web.Hosting;

/// <summary>Configuration section <c>Web</c>.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>
    /// The API's base address in a distributed deployment (<c>--roles web</c>). Unset: the web app calls the process it
    /// runs in, over loopback HTTP, so it uses the public API exactly as any other client would.
    /// </summary>
    public Uri? ApiBaseAddress { get; set; }

    /// <summary>
    /// Where the data protection keys (which encrypt the sign-in cookie and pending signing forms) are kept, so a restart
    /// signs nobody out. Relative paths resolve against the content root. Share it between web instances behind one name.
    /// </summary>
    public string DataProtectionKeysDirectory { get; set; } = "keys";
}
