using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using LeadRules.Cli.Input;
using LeadRules.Leads;
using Xunit;

namespace LeadRules.Tests.Cli;

/// <summary><c>score</c> reads NDJSON as bytes, line for line as reading it as UTF-8 text would, whatever each read returns.</summary>
public sealed class NdjsonSourceTests
{
    private const string Lead = "{\"id\":\"a\",\"contactPoints\":[{\"type\":\"referral\",\"at\":\"2026-10-01\"}]}";

    public static TheoryData<string, byte[]> Inputs => new()
    {
        { "line ends", Utf8("{\"id\":\"a\"}\n{\"id\":\"b\"}\r\n{\"id\":\"c\"}\r{\"id\":\"d\"}\r\r\n\n\r{\"id\":\"e\"}") },
        { "CR only", Utf8("{\"id\":\"a\"}\r{\"id\":\"b\"}\r\r{\"id\":\"c\"}\r") },
        { "byte order mark", Bytes(0xEF, 0xBB, 0xBF).Concat(Utf8(Lead + "\n")).ToArray() },
        { "two byte order marks", Bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF).Concat(Utf8(Lead + "\n")).ToArray() },
        { "three byte order marks", Bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF).Concat(Utf8(Lead)).ToArray() },
        { "part of a byte order mark", Bytes(0xEF, 0xBB).Concat(Utf8(Lead)).ToArray() },
        { "byte order mark alone", Bytes(0xEF, 0xBB, 0xBF) },
        { "byte order mark on a later line", Utf8(Lead + "\n\uFEFF" + Lead + "\n\uFEFF\n") },
        { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"id\":\"\u00e9\"}\r\n\uFEFF" + Lead)).ToArray() },
        { "UTF-16 big-endian", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("{\"id\":\"\u00e9\"}\n")).ToArray() },
        { "UTF-32", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes("{\"id\":\"\U0001F600\"}\n")).ToArray() },
        { "invalid UTF-8 mid-chunk", Utf8(Lead + "\n").Concat(Utf8("{\"id\":\"x")).Concat(Bytes(0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80)).Concat(Utf8("y\"}\n" + Lead + "\n")).ToArray() },
        { "cut character at the end", Utf8(Lead + "\n{\"id\":\"x").Concat(Bytes(0xF0, 0x9F, 0x98)).ToArray() },
        { "white space", Utf8(" \t\n\v\f\n\u00a0\u3000\n\u2028\n\u0085\n\u001c\n// only a comment\n") },
        { "a line longer than a read", Utf8("{\"id\":\"long\",\"attributes\":{\"note\":\"" + new string('x', 200_000) + "\"}}\n" + Lead) },
        { "a line of the longest length", Utf8(Padded(Limits.LineLength) + "\n" + Padded(Limits.LineLength + 1) + "\n") },
        { "more bytes than the longest length in fewer characters", Utf8(Padded(Limits.LineLength, '\u00e9') + "\n" + Padded(Limits.LineLength, '\u20ac') + "\n") },
        { "a line over the bytes kept", Utf8(Padded(4 * Limits.LineLength) + "\n" + Lead) },
        { "a long line of invalid UTF-8", Utf8("{\"id\":\"bad\",\"n\":\"").Concat(Enumerable.Repeat((byte)0xFF, Limits.LineLength)).Concat(Utf8("\"}\n" + Lead)).ToArray() },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ReadChunk_AnyInput_SameLinesAsReadingItAsText(string name, byte[] input)
    {
        var expected = LeadJsonReader.ReadLines(new StreamReader(new MemoryStream(input), new UTF8Encoding(false, false))).Select(Describe).ToList();

        Read(new MemoryStream(input)).Should().Equal(expected, name);
        Read(new OneByteStream(input)).Should().Equal(expected, name + ", a byte per read");
    }

    [Fact]
    public void ReadChunk_MoreLinesThanAChunkHolds_ChunksCloseAtTheLineCountAndNumberLinesOn()
    {
        var input = Utf8(string.Concat(Enumerable.Range(1, (2 * LeadSource.ChunkLines) + 1).Select(i => $"{{\"id\":\"L{i}\"}}\n")));
        using var source = new NdjsonSource(new MemoryStream(input));

        var chunks = Chunks(source);

        chunks.Select(c => c.Count).Should().Equal(LeadSource.ChunkLines, LeadSource.ChunkLines, 1);
        chunks[2].Single().Should().Be($"{(2 * LeadSource.ChunkLines) + 1} L{(2 * LeadSource.ChunkLines) + 1} lead");
    }

    [Fact]
    public void ReadChunk_LongLines_ChunkClosesOnceItHoldsChunkBytesAndKeepsAtMostKeptBytesOfALine()
    {
        var line = new string('x', 2 * 1024 * 1024);
        var input = Utf8(string.Concat(Enumerable.Repeat(line + "\n", (LeadSource.ChunkBytes / line.Length) + 1)) + new string('y', 2 * NdjsonChunk.KeptBytes) + "\n");
        using var source = new NdjsonSource(new MemoryStream(input));

        using var first = (NdjsonChunk)source.ReadChunk();
        using var second = (NdjsonChunk)source.ReadChunk();

        first.Count.Should().Be(LeadSource.ChunkBytes / line.Length);
        first.Bytes.Should().Be(LeadSource.ChunkBytes);
        second.Count.Should().Be(2);
        second.Bytes.Should().Be(line.Length + NdjsonChunk.KeptBytes);
        second.Parse(1).Error.Should().Be("the line is longer than the limit of 1,048,576 characters.");
    }

    private static List<string> Read(Stream input)
    {
        using var source = new NdjsonSource(input);
        return Chunks(source).SelectMany(c => c).ToList();
    }

    private static List<List<string>> Chunks(LeadSource source)
    {
        var chunks = new List<List<string>>();
        while (true)
        {
            using var chunk = source.ReadChunk();
            if (chunk.Count == 0)
            {
                return chunks;
            }

            chunks.Add(Enumerable.Range(0, chunk.Count).Select(i => Describe(chunk.Parse(i))).ToList());
        }
    }

    private static string Describe(LeadLine line) =>
        $"{line.LineNumber} {line.Id} {(line.Lead is null ? line.IsBlank ? "blank" : line.Error : "lead")}";

    /// <summary>A lead line of exactly <paramref name="length"/> characters, padded with <paramref name="fill"/>.</summary>
    private static string Padded(int length, char fill = 'x')
    {
        const string Start = "{\"id\":\"p\",\"n\":\"", End = "\"}";
        return Start + new string(fill, length - Start.Length - End.Length) + End;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Bytes(params byte[] bytes) => bytes;

    /// <summary>A stream that gives one byte per read, as a slow pipe may.</summary>
    private sealed class OneByteStream : MemoryStream
    {
        public OneByteStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer.Slice(0, Math.Min(buffer.Length, 1)));
    }
}
