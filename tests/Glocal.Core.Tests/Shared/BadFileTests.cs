using System.IO.Compression;
using System.Text;
using Glocal.Core.Shared.Tabular;

namespace Glocal.Core.Tests.Shared;

/// <summary>Files that are not what they claim: each is refused whole, with a code saying why.</summary>
public class BadFileTests
{
    private static string RejectionCode(byte[] bytes, string name = "file.csv") =>
        Should.Throw<ImportRejectedException>(() => TableReader.Read(new MemoryStream(bytes), name)).Report.Issues.Single().Code;

    [Fact]
    public void Utf16Csv_IsRefusedWithAHint() =>
        RejectionCode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("자치단체,도시\n안산시,안산\n")]).ShouldBe("unsupported_encoding");

    [Fact]
    public void BinaryFile_IsRefused() =>
        RejectionCode([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "photo.csv").ShouldBe("not_a_text_file");

    [Fact]
    public void BytesThatAreNeitherUtf8NorCp949_AreRefused() =>
        RejectionCode([.. "a,b\n"u8.ToArray(), 0xFF, 0xFF, 0xFF, (byte)',', (byte)'x', (byte)'\n']).ShouldBe("unknown_encoding");

    [Fact]
    public void UnclosedQuote_IsRefusedNotSwallowed() =>
        RejectionCode(Encoding.UTF8.GetBytes("도시,체결일\n\"안산,1997-02-27\n연태,2009-07-10\n")).ShouldBe("unreadable_csv");

    [Fact]
    public void XlsxZipBomb_IsRefusedBeforeUnpacking()
    {
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            sheet.Write("<worksheet><sheetData>"u8);
            var padding = new byte[1024 * 1024];
            Array.Fill(padding, (byte)' ');
            for (var megabyte = 0; megabyte < 64; megabyte++)
            {
                sheet.Write(padding);
            }
        }

        bomb.Length.ShouldBeLessThan(1024 * 1024, "the test needs a small file that unpacks large");
        RejectionCode(bomb.ToArray(), "bomb.xlsx").ShouldBe("xlsx_too_large_unpacked");
    }
}
