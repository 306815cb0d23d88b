using System.Globalization;

namespace Approvals.Messaging.CrashGuard;

/// <summary>
/// How often each message was running alone when the process died: one small file per queue and message id (one
/// event reaches several services' queues under one id), written before the run and deleted when the run ends, so a
/// file that survives the run means the process died in it.
/// </summary>
public sealed class StrikeJournal
{
    readonly string _directory;

    public StrikeJournal(string directory)
    {
        _directory = directory;
        System.IO.Directory.CreateDirectory(directory);
    }

    public int Strikes(string queue, Guid messageId) =>
        File.Exists(PathOf(queue, messageId)) &&
        int.TryParse(File.ReadAllText(PathOf(queue, messageId)), CultureInfo.InvariantCulture, out var strikes)
            ? strikes
            : 0;

    /// <summary>Counts the run about to start as a death, on top of <paramref name="strikesSoFar"/>, until <see cref="Forget"/> says it ended.</summary>
    public void Strike(string queue, Guid messageId, int strikesSoFar) =>
        File.WriteAllText(PathOf(queue, messageId), (strikesSoFar + 1).ToString(CultureInfo.InvariantCulture));

    public void Forget(string queue, Guid messageId) => File.Delete(PathOf(queue, messageId));

    string PathOf(string queue, Guid messageId) => Path.Combine(_directory, $"{queue}.{messageId:N}");
}
