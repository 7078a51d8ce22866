namespace LeadRules.Cli.Output;

/// <summary>A write-only stream over another that turns every I/O failure into an <see cref="OutputException"/> naming the output.</summary>
internal sealed class OutputStream : Stream
{
    private readonly Stream _inner;
    private readonly string _destination;

    public OutputStream(Stream inner, string destination)
    {
        _inner = inner;
        _destination = destination;
    }

    /// <summary>The output, for messages: <c>--out 'scores.csv'</c>, <c>standard output</c>.</summary>
    public string Destination => _destination;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            _inner.Write(buffer);
        }
        catch (IOException e) when (e is not OutputException)
        {
            throw new OutputException(_destination, e);
        }
        catch (ArgumentOutOfRangeException e) when (_inner is FileStream)
        {
            throw TooLarge(e);
        }
    }

    public override void Flush() => Guard(_inner.Flush);

    /// <summary>Flushes through to the disk when the inner stream is a file.</summary>
    public void FlushToDisk() => Guard(() => (_inner as FileStream)?.Flush(flushToDisk: true));

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Guard(_inner.Dispose);
        }

        base.Dispose(disposing);
    }

    private void Guard(Action action)
    {
        try
        {
            action();
        }
        catch (IOException e) when (e is not OutputException)
        {
            throw new OutputException(_destination, e);
        }
        catch (ArgumentOutOfRangeException e) when (_inner is FileStream)
        {
            throw TooLarge(e);
        }
    }

    /// <summary>A file that grows past the file system's or the process's file-size limit fails its write with this, not an <see cref="IOException"/>.</summary>
    private OutputException TooLarge(ArgumentOutOfRangeException e) =>
        new(_destination, new IOException("the file grew past the largest size the file system or the process's file-size limit (ulimit -f) allows", e));
}
