using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Glocal.Core.Policies.Reports;

/// <summary>
/// The annual internationalization report of a municipality as an A4 PDF: summary, the inward/outward balance
/// against the band, money by source, pillars, every programme, and the programmes flagged as showcases with
/// their reasons, and the cross-pillar chain (exchange activity → investment lead → MOU → arrival → jobs).
/// Charts are drawn as vectors; text is Korean in an embedded font.
/// </summary>
public static class AnnualReportPdf
{
    private const double Margin = 50;
    private static readonly XColor Inward = XColor.FromArgb(0x1f, 0x5f, 0x99);
    private static readonly XColor Outward = XColor.FromArgb(0xd9, 0x7a, 0x1c);
    private static readonly XColor Ink = XColor.FromArgb(0x22, 0x22, 0x22);
    private static readonly XColor Muted = XColor.FromArgb(0x66, 0x66, 0x66);

    public static string Title(PortfolioOverview p) => $"{p.MunicipalityNameKo} {p.Year}년 국제화 연차보고서";

    public static byte[] Render(PortfolioOverview p, IReadOnlyList<ChainLink> chains, DateTime generatedAtUtc)
    {
        ReportFontResolver.Install();
        var document = new PdfDocument();
        document.Info.Title = Title(p);
        document.Info.Subject = $"Annual internationalization report, {p.MunicipalityNameEn} {p.Year}";
        document.Info.Creator = "Glocal";
        var writer = new Writer(document);

        writer.Text(Title(p), 20, bold: true);
        writer.Text($"{p.MunicipalityNameEn} — annual internationalization report {p.Year} · 작성 {generatedAtUtc:yyyy-MM-dd} (UTC)", 9, color: Muted);
        writer.Gap(10);

        var flagged = p.Programmes.Count(s => s.Flagged);
        writer.Heading("1. 요약");
        writer.Text($"총 예산(계획) {ReportText.Won(p.Execution.PlannedKrw)} · 집행 {ReportText.Won(p.Execution.ExecutedKrw)} · 집행률 {ReportText.Percent(p.Execution.Rate)}", 11);
        writer.Text($"사업 {p.Programmes.Count}개 · 인력 {p.Staff.Inward + p.Staff.Outward:0.0} FTE · 쇼케이스 의심 사업 {flagged}개", 11);
        writer.Gap(6);

        writer.Heading("2. 내향·외향 균형");
        writer.Text($"목표 범위: 내향 비중 {ReportText.Percent(p.Band.InwardShareMin)} ~ {ReportText.Percent(p.Band.InwardShareMax)}", 9, color: Muted);
        writer.BalanceBar("예산", p.Budget, p.Band);
        writer.BalanceBar("인력", p.Staff, p.Band);
        writer.BalanceBar("활동", p.Activity, p.Band);
        writer.Legend([(Inward, "내향 (외국인주민·다문화)"), (Outward, "외향 (국제교류·투자유치)")]);
        writer.Gap(6);

        writer.Heading("3. 재원별 예산 (계획 대비 집행)");
        writer.SourceBars(p.BySource);
        writer.Gap(6);

        writer.Heading("4. 정책 축별");
        writer.Table(
            [("축", 120), ("사업 수", 60), ("예산(계획)", 130), ("집행", 130), ("인력(FTE)", 55)],
            p.ByPillar.Select(s => new[] { ReportText.PillarKo(s.Key), s.Programmes.ToString(CultureInfo.InvariantCulture), ReportText.Won(s.PlannedKrw), ReportText.Won(s.ExecutedKrw), s.Fte.ToString("0.0", CultureInfo.InvariantCulture) }));
        writer.Gap(6);

        writer.Heading("5. 사업 목록");
        writer.Table(
            [("사업", 170), ("방향", 45), ("유형", 45), ("예산(계획)", 105), ("집행", 95), ("점수", 35)],
            p.Programmes.Select(s => new[] { s.Name, ReportText.Ko(s.Orientation), ReportText.Ko(s.Mode), ReportText.Won(s.PlannedKrw), ReportText.Won(s.ExecutedKrw), s.ShowcaseScore.ToString(CultureInfo.InvariantCulture) }));
        writer.Gap(6);

        writer.Heading("6. 쇼케이스 의심 사업과 사유");
        if (flagged == 0)
        {
            writer.Text("해당 사업 없음", 10, color: Muted);
        }

        foreach (var s in p.Programmes.Where(s => s.Flagged))
        {
            writer.Text($"• {s.Name} ({s.ShowcaseScore}점): {string.Join(", ", s.ShowcaseReasons.Select(ReportText.ReasonKo))}", 10);
        }

        writer.Heading($"7. {ReportText.ChainsHeading}");
        writer.Text(ReportText.ChainsNote, 9, color: Muted);
        if (chains.Count == 0)
        {
            writer.Text(ReportText.ChainsEmpty, 10, color: Muted);
        }
        else
        {
            var total = ChainTotals.Of(chains);
            writer.Text(ReportText.ChainsSummary(total), 10);
            writer.Gap(4);
            writer.Table(
                [("교류 활동", 150), ("일자", 60), ("발굴", 40), ("MOU", 40), ("도착", 40), ("도착 금액", 115), ("일자리", 50)],
                [.. chains.Select(c => new[]
                {
                    c.Activity, c.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Leads.ToString(CultureInfo.InvariantCulture),
                    c.Mous.ToString(CultureInfo.InvariantCulture), c.Arrived.ToString(CultureInfo.InvariantCulture), ReportText.Won(c.ArrivedKrw),
                    c.Jobs.ToString("N0", CultureInfo.InvariantCulture),
                }),
                [
                    "합계", "", total.Leads.ToString(CultureInfo.InvariantCulture), total.Mous.ToString(CultureInfo.InvariantCulture),
                    total.Arrived.ToString(CultureInfo.InvariantCulture), ReportText.Won(total.ArrivedKrw), total.Jobs.ToString("N0", CultureInfo.InvariantCulture),
                ]]);
        }

        writer.Finish();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>Lays content top-down, starting a new page when the next item would not fit.</summary>
    private sealed class Writer
    {
        private readonly PdfDocument document;
        private XGraphics graphics = null!;
        private PdfPage page = null!;
        private double y;

        public Writer(PdfDocument document)
        {
            this.document = document;
            NewPage();
        }

        private double Width => page.Width.Point - 2 * Margin;

        private static XFont Font(double size, bool bold = false) =>
            new(ReportFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

        private void NewPage()
        {
            graphics?.Dispose();
            page = document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        private void Need(double height)
        {
            if (y + height > page.Height.Point - Margin)
            {
                NewPage();
            }
        }

        public void Gap(double points) => y += points;

        public void Text(string text, double size, bool bold = false, XColor? color = null)
        {
            var font = Font(size, bold);
            foreach (var line in Wrap(text, font, Width))
            {
                Need(size * 1.5);
                graphics.DrawString(line, font, new XSolidBrush(color ?? Ink), new XRect(Margin, y, Width, size * 1.5), XStringFormats.TopLeft);
                y += size * 1.5;
            }
        }

        public void Heading(string text)
        {
            Need(60);
            Gap(4);
            Text(text, 13, bold: true);
            graphics.DrawLine(new XPen(Muted, 0.5), Margin, y, Margin + Width, y);
            Gap(6);
        }

        public void BalanceBar(string label, BalanceMeasure measure, BalanceBand band)
        {
            Need(26);
            var labelWidth = 50.0;
            var barWidth = Width - labelWidth - 150;
            var x = Margin + labelWidth;
            graphics.DrawString(label, Font(10), new XSolidBrush(Ink), new XRect(Margin, y, labelWidth, 16), XStringFormats.CenterLeft);
            if (measure.InwardShare is { } share)
            {
                graphics.DrawRectangle(new XSolidBrush(Inward), x, y + 2, barWidth * share, 12);
                graphics.DrawRectangle(new XSolidBrush(Outward), x + barWidth * share, y + 2, barWidth * (1 - share), 12);
            }
            else
            {
                graphics.DrawRectangle(new XPen(Muted, 0.5), x, y + 2, barWidth, 12);
            }

            var bandPen = new XPen(Ink, 1) { DashStyle = XDashStyle.Dash };
            graphics.DrawLine(bandPen, x + barWidth * band.InwardShareMin, y, x + barWidth * band.InwardShareMin, y + 16);
            graphics.DrawLine(bandPen, x + barWidth * band.InwardShareMax, y, x + barWidth * band.InwardShareMax, y + 16);
            graphics.DrawString($"내향 {ReportText.Percent(measure.InwardShare)} · {ReportText.Ko(measure.Status)}", Font(9), new XSolidBrush(Ink),
                new XRect(x + barWidth + 8, y, 150, 16), XStringFormats.CenterLeft);
            y += 22;
        }

        public void Legend(IReadOnlyList<(XColor Color, string Label)> items)
        {
            Need(16);
            var x = Margin;
            foreach (var (color, label) in items)
            {
                graphics.DrawRectangle(new XSolidBrush(color), x, y + 3, 10, 10);
                graphics.DrawString(label, Font(9), new XSolidBrush(Ink), new XRect(x + 14, y, 200, 16), XStringFormats.CenterLeft);
                x += 220;
            }

            graphics.DrawString("점선: 목표 범위", Font(9), new XSolidBrush(Muted), new XRect(x, y, 100, 16), XStringFormats.CenterLeft);
            y += 18;
        }

        public void SourceBars(IReadOnlyList<PortfolioSlice> sources)
        {
            var max = Math.Max(1, sources.Max(s => s.PlannedKrw));
            foreach (var s in sources)
            {
                Need(30);
                var x = Margin + 50;
                var barWidth = Width - 50 - 170;
                graphics.DrawString(ReportText.Ko(Enum.Parse<FundingSource>(s.Key)), Font(10), new XSolidBrush(Ink), new XRect(Margin, y, 50, 24), XStringFormats.CenterLeft);
                graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xb8, 0xc7, 0xd9)), x, y + 2, barWidth * s.PlannedKrw / max, 10);
                graphics.DrawRectangle(new XSolidBrush(Inward), x, y + 13, barWidth * s.ExecutedKrw / max, 10);
                graphics.DrawString($"계획 {ReportText.Won(s.PlannedKrw)}", Font(8), new XSolidBrush(Ink), new XRect(x + barWidth + 6, y, 170, 12), XStringFormats.CenterLeft);
                graphics.DrawString($"집행 {ReportText.Won(s.ExecutedKrw)}", Font(8), new XSolidBrush(Ink), new XRect(x + barWidth + 6, y + 12, 170, 12), XStringFormats.CenterLeft);
                y += 28;
            }
        }

        public void Table(IReadOnlyList<(string Header, double Width)> columns, IEnumerable<string[]> rows)
        {
            var font = Font(9);
            void Row(IReadOnlyList<string> cells, bool header)
            {
                Need(16);
                var x = Margin;
                for (var i = 0; i < columns.Count; i++)
                {
                    var text = Fit(cells[i], header ? Font(9, true) : font, columns[i].Width - 4);
                    graphics.DrawString(text, header ? Font(9, true) : font, new XSolidBrush(Ink), new XRect(x, y, columns[i].Width - 4, 14),
                        i == 0 || header ? XStringFormats.CenterLeft : XStringFormats.CenterRight);
                    x += columns[i].Width;
                }

                y += 15;
                graphics.DrawLine(new XPen(XColor.FromArgb(0xdd, 0xdd, 0xdd), 0.5), Margin, y - 1, x, y - 1);
            }

            Row([.. columns.Select(c => c.Header)], header: true);
            foreach (var row in rows)
            {
                Row(row, header: false);
            }
        }

        private string Fit(string text, XFont font, double width)
        {
            if (graphics.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var cut = text;
            while (cut.Length > 1 && graphics.MeasureString(cut + "…", font).Width > width)
            {
                cut = cut[..^1];
            }

            return cut + "…";
        }

        private IEnumerable<string> Wrap(string text, XFont font, double width)
        {
            var line = "";
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0)
            {
                yield return line;
            }
        }

        public void Finish()
        {
            graphics.Dispose();
            var total = document.PageCount;
            for (var i = 0; i < total; i++)
            {
                using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
                g.DrawString($"{i + 1} / {total}", Font(8), new XSolidBrush(Muted),
                    new XRect(0, document.Pages[i].Height.Point - Margin + 10, document.Pages[i].Width.Point, 12), XStringFormats.Center);
            }
        }
    }
}
