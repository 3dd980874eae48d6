using System.Text;
using CsvHelper;

namespace Glocal.Core.Shared.Tabular;

/// <summary>
/// Reads a CSV of any length row by row in constant memory, for bulk loads that <see cref="TableReader"/>'s
/// whole-file reading cannot hold. The encoding is decided from the first megabyte as <see cref="TableReader.Decode"/>
/// decides it for a whole file (UTF-8, else CP949); a byte further on that does not decode stops the read with
/// <c>unknown_encoding</c>. A cell is at most <see cref="MaxCellLength"/> characters, so an unclosed quote cannot
/// swallow the rest of the file into memory.
/// </summary>
public sealed class StreamingCsvReader : IDisposable
{
    public const int MaxCellLength = 10_000;

    private const int SniffBytes = 1024 * 1024;

    private readonly string fileName;
    private readonly StreamReader reader;
    private readonly CsvParser parser;

    private StreamingCsvReader(string fileName, StreamReader reader, IReadOnlyList<string> columns, CsvParser parser)
    {
        this.fileName = fileName;
        this.reader = reader;
        this.parser = parser;
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; }

    public static async Task<StreamingCsvReader> OpenAsync(Stream content, string fileName, CancellationToken ct)
    {
        var buffered = new BufferedStream(content, 1 << 16);
        var head = new byte[SniffBytes];
        var length = 0;
        int read;
        while (length < head.Length && (read = await buffered.ReadAsync(head.AsMemory(length), ct)) > 0)
        {
            length += read;
        }

        if (length == 0)
        {
            throw TableReader.Rejected(fileName, "empty_file", "The file is empty.");
        }

        if (head is [(byte)'P', (byte)'K', 3, 4, ..])
        {
            throw TableReader.Rejected(fileName, "unsupported_format", "Bulk loads read CSV only; save the sheet as CSV (UTF-8 or CP949).");
        }

        var encoding = EncodingOf(head.AsSpan(0, length), fileName);
        var whole = new ConcatenatedStream(new MemoryStream(head, 0, length), buffered);
        var reader = new StreamReader(whole, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var parser = new CsvParser(reader, TableReader.CsvOptions(MaxCellLength));
        var csv = new StreamingCsvReader(fileName, reader, [], parser);
        var header = await csv.NextCellsAsync() ?? throw TableReader.Rejected(fileName, "no_header", "The first row must name the columns.");
        return new StreamingCsvReader(fileName, reader, header.Select(h => h.TrimStart('\uFEFF')).ToList(), parser);
    }

    /// <summary>The data rows, skipping blank lines; <see cref="TableRow.Number"/> is the line in the file.</summary>
    public async IAsyncEnumerable<TableRow> RowsAsync()
    {
        while (await NextCellsAsync() is { } cells)
        {
            yield return new TableRow(parser.RawRow, cells);
        }
    }

    private async Task<List<string>?> NextCellsAsync()
    {
        try
        {
            while (await parser.ReadAsync())
            {
                var cells = parser.Record!.Select(c => c.Trim()).ToList();
                if (cells.Any(c => c.Length > 0))
                {
                    return cells;
                }
            }

            return null;
        }
        catch (MaxFieldSizeException)
        {
            throw TableReader.Rejected(fileName, "cell_too_long",
                $"A cell near line {parser.RawRow} is longer than {MaxCellLength:N0} characters: check for an unclosed quote (\").");
        }
        catch (DecoderFallbackException)
        {
            throw TableReader.Rejected(fileName, "unknown_encoding", $"Near line {parser.RawRow} the file stops being {reader.CurrentEncoding.WebName} text.");
        }
        catch (CsvHelperException e)
        {
            throw TableReader.Rejected(fileName, "unreadable_csv", $"The CSV could not be read near line {e.Context?.Parser?.RawRow}: check quotes and separators.");
        }
    }

    private static Encoding EncodingOf(ReadOnlySpan<byte> head, string fileName)
    {
        // The sniffed block may end inside a multi-byte character: judge it without its last three bytes.
        var judged = head.Length == SniffBytes ? head[..^3] : head;
        TableReader.Decode(judged, fileName);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            utf8.GetCharCount(judged is [0xEF, 0xBB, 0xBF, ..] ? judged[3..] : judged);
            return utf8;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
    }

    public void Dispose()
    {
        parser.Dispose();
        reader.Dispose();
    }

    /// <summary>The sniffed head followed by the rest of the upload, read once.</summary>
    private sealed class ConcatenatedStream(Stream first, Stream second) : Stream
    {
        private bool firstDone;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!firstDone)
            {
                var n = first.Read(buffer, offset, count);
                if (n > 0)
                {
                    return n;
                }

                firstDone = true;
            }

            return second.Read(buffer, offset, count);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!firstDone)
            {
                var n = await first.ReadAsync(buffer, cancellationToken);
                if (n > 0)
                {
                    return n;
                }

                firstDone = true;
            }

            return await second.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                first.Dispose();
                second.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
