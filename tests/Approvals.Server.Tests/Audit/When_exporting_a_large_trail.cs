using System.Net;
using Approvals.Audit.Api.Export;
using Approvals.Audit.Persistence;
using Approvals.Http;
using Approvals.Server.Tests.Infrastructure;

namespace Approvals.Server.Tests.Audit;

/// <summary>A large trail leaves as a stream: rows go out while later ones are still being read.</summary>
public sealed class When_exporting_a_large_trail(When_exporting_a_large_trail.LargeTrail trail) : IClassFixture<When_exporting_a_large_trail.LargeTrail>
{
    const int Entries = 20_000;

    public sealed class LargeTrail : ApprovalsApiFactory, IAsyncLifetime
    {
        public Guid RequestId { get; } = Guid.NewGuid();

        public async Task InitializeAsync()
        {
            using var _ = CreateClient(); // starts the server, which migrates the database
            await AuditTrailDatabase.AppendAsync(ConnectionStringOf("audit"), Enumerable.Range(1, Entries).Select(i => TrailDrafts.Sample(RequestId, i)));
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    async Task<(HttpResponseMessage Response, int Lines)> ExportAsync(string format)
    {
        var auditor = await trail.ClientAsync(Users.NewId("auditor"), Roles.Auditor);
        // This request's entries only: the server also records the protocol versions it loads at start-up.
        var response = await auditor.GetAsync($"{AuditApi.Export}?format={format}&requestId={trail.RequestId}", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = 0;
        while (await reader.ReadLineAsync() is not null)
            lines++;
        return (response, lines);
    }

    [Theory]
    [InlineData("csv", Entries + 1)]
    [InlineData("jsonl", Entries)]
    public async Task Should_stream_every_entry(string format, int lines)
    {
        var (response, read) = await ExportAsync(format);
        using var _ = response;

        Assert.Equal(lines, read);
        Assert.Null(response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Should_verify_the_whole_trail()
    {
        using var auditor = await trail.ClientAsync(Users.NewId("auditor"), Roles.Auditor);

        var result = await (await auditor.GetAsync(AuditApi.Verification)).JsonAsync();

        Assert.True(result["valid"]!.GetValue<bool>(), result.ToJsonString());
        // The seeded entries, and the shipped protocol versions recorded at start-up.
        Assert.InRange(result["entries"]!.GetValue<long>(), Entries, Entries + 2);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task Should_write_before_it_has_read_everything(string format)
    {
        var pulled = 0;
        var output = new FirstWriteProbe(() => pulled);

        await ExportFormat.Find(format)!.WriteAsync(Generate(count => pulled = count), output, CancellationToken.None);

        Assert.Equal(Entries, pulled);
        Assert.True(output.Written > Entries * 100, $"Only {output.Written} bytes written.");
        Assert.True(output.PulledAtFirstWrite < Entries / 2, $"First write after {output.PulledAtFirstWrite} of {Entries} entries.");
    }

    static async IAsyncEnumerable<AuditEntry> Generate(Action<int> onPulled)
    {
        var requestId = Guid.NewGuid();
        Approvals.Audit.Chain.ChainHead? head = null;
        for (var i = 1; i <= Entries; i++)
        {
            var entry = Approvals.Audit.Chain.AuditChain.Link(TrailDrafts.Sample(requestId, i), head, DateTimeOffset.UtcNow);
            head = new(entry.Sequence, entry.Hash);
            onPulled(i);
            await Task.Yield();
            yield return entry;
        }
    }

    /// <summary>
    /// A write-only stream, asynchronous like a response body, that remembers how many entries had been produced when
    /// the first bytes reached it.
    /// </summary>
    sealed class FirstWriteProbe(Func<int> pulled) : Stream
    {
        public int? PulledAtFirstWrite { get; private set; }

        public long Written { get; private set; }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            PulledAtFirstWrite ??= pulled();
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Write(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous writes are refused on a response stream.");

        public override void Flush() => throw new InvalidOperationException("Synchronous flushes are refused on a response stream.");

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
