using System;
using System.IO;
using System.Text.Json;

// The floor that the command line is measured against: read an NDJSON file in 1 MiB blocks and run System.Text.Json's
// Utf8JsonReader over every token of every line, doing nothing else. Prints the lines and tokens read.
using var file = File.OpenRead(args[0]);
var buffer = new byte[1 << 20];
var filled = 0;
long tokens = 0;
long lines = 0;
while (true)
{
    var read = file.Read(buffer, filled, buffer.Length - filled);
    var end = filled + read;
    var start = 0;
    int newline;
    while ((newline = Array.IndexOf(buffer, (byte)'\n', start, end - start)) >= 0)
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, newline - start));
        while (reader.Read())
        {
            tokens++;
        }

        lines++;
        start = newline + 1;
    }

    Array.Copy(buffer, start, buffer, 0, end - start);
    filled = end - start;
    if (read == 0)
    {
        break;
    }
}

Console.WriteLine($"{lines} lines, {tokens} tokens");
