using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Glocal.Core.Audit;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Glocal.Core.Shared.Tabular;
using Glocal.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents.Bulk;

/// <summary>
/// Loads a counselling centre's case history (one consultation per row, as old systems and spreadsheets export
/// it) in one transaction, streaming: rows are read, checked and written in batches, so a million rows take
/// constant memory. Any problem rejects the whole file and rolls everything back, as a crash mid-load does.
/// A row with a name creates a client for that row with its identity data sealed; nothing is matched to
/// existing clients (that needs a person's judgement, not a bulk load).
/// </summary>
public sealed partial class CaseBulkImport(GlocalDbContext db, BulkWriter writer, IPersonalDataCipher cipher, TenantContext tenant, TimeProvider clock)
{
    public const int BatchSize = 5_000;
    public const int MaxReportedIssues = 100;
    public const string AuditEntityType = "CaseBulkImport";

    public async Task<ImportReport> ImportAsync(Stream content, string fileName, CancellationToken ct)
    {
        var municipalityId = tenant.MunicipalityId ?? throw new BusinessRuleException("municipality_required", "A bulk load needs a municipality.");
        using var csv = await StreamingCsvReader.OpenAsync(content, fileName, ct);
        var layout = CaseRowLayout.From(csv.Columns, fileName);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = tenant.UserName ?? "system";
        var issues = new List<ImportIssue>();
        var rows = 0;
        var batch = new Batch();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using var cache = await BulkWriter.LoadCacheAsync(db, ct);
        try
        {
            await foreach (var row in csv.RowsAsync().WithCancellation(ct))
            {
                rows++;
                var parsed = layout.Parse(row, issues);
                if (parsed is null || issues.Count > 0)
                {
                    if (issues.Count >= MaxReportedIssues)
                    {
                        break;
                    }

                    continue;
                }

                batch.Add(ToRecords(parsed, municipalityId, now, actor));
                if (batch.Count >= BatchSize)
                {
                    await batch.FlushAsync(writer, ct);
                }
            }

            if (issues.Count > 0)
            {
                await transaction.RollbackAsync(ct);
                throw new ImportRejectedException(new ImportReport(fileName, rows, 0, 0, 0, issues));
            }

            await batch.FlushAsync(writer, ct);
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAt = now,
                MunicipalityId = municipalityId,
                UserId = tenant.UserId,
                UserName = actor,
                EntityType = AuditEntityType,
                EntityId = Guid.CreateVersion7().ToString(),
                Action = AuditAction.Create,
                ChangedFields = JsonSerializer.Serialize(new { fileName, cases = rows, clients = batch.ClientsWritten }),
            });
            await db.SaveChangesAsync(ct);
            await cache.DisposeAsync();
            await transaction.CommitAsync(ct);
            await PlannerStatistics.RefreshAfterLoadAsync(db, ct);
            return new ImportReport(fileName, rows, rows, 0, 0, []);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new ImportRejectedException(new ImportReport(fileName, rows, 0, 0, 0,
                [new ImportIssue(0, layout.ReferenceColumn, "duplicate_reference", "A reference number in the file is already used (in the file or by a stored case); nothing was stored.")]));
        }
    }

    private (Client? Client, ConsultationCase Case) ToRecords(CaseRow row, int municipalityId, DateTime now, string actor)
    {
        Client? client = null;
        if (row.Name is { } name)
        {
            client = new Client
            {
                Id = Guid.CreateVersion7(),
                MunicipalityId = municipalityId,
                NameSealed = cipher.Encrypt(name),
                NameLookup = cipher.LookupHash(name),
                RegistrationNumberSealed = row.RegistrationNumber is { } number ? cipher.Encrypt(number) : null,
                RegistrationNumberLookup = row.RegistrationNumber is { } lookup ? cipher.LookupHash(lookup) : null,
                Nationality = row.Nationality!,
                StayStatus = row.StayStatus,
                Languages = row.Language,
                CreatedAt = now,
            };
        }

        var @case = new ConsultationCase
        {
            Id = Guid.CreateVersion7(),
            MunicipalityId = municipalityId,
            ReferenceNumber = row.Reference ?? CaseService.NewReference(),
            ClientId = client?.Id,
            Channel = row.Channel,
            Category = row.Category,
            Language = row.Language,
            InterpreterUsed = row.Interpreter,
            Sensitive = row.Sensitive,
            Subject = row.Subject,
            OpenedAt = row.OpenedAt,
        };
        if (row.Status == CaseStatus.Closed)
        {
            @case.MoveTo(CaseStatus.Closed, row.ClosedAt!.Value, actor);
        }
        else if (row.Status != CaseStatus.New)
        {
            @case.MoveTo(row.Status == CaseStatus.Referred ? CaseStatus.InProgress : row.Status, row.OpenedAt, actor);
            if (row.Status == CaseStatus.Referred)
            {
                @case.MarkReferred(row.OpenedAt, actor);
            }
        }

        foreach (var change in @case.StatusChanges)
        {
            change.Id = Guid.CreateVersion7();
        }

        return (client, @case);
    }

    private static bool IsUniqueViolation(DbException e) =>
        e is Npgsql.PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };

    /// <summary>Rows waiting to be written; parents go first so foreign keys hold at every statement.</summary>
    private sealed class Batch
    {
        private readonly List<Client> clients = new(BatchSize);
        private readonly List<ConsultationCase> cases = new(BatchSize);

        public int Count => cases.Count;

        public long ClientsWritten { get; private set; }

        public void Add((Client? Client, ConsultationCase Case) records)
        {
            if (records.Client is not null)
            {
                clients.Add(records.Client);
            }

            cases.Add(records.Case);
        }

        public async Task FlushAsync(BulkWriter writer, CancellationToken ct)
        {
            ClientsWritten += await writer.WriteAsync(clients, ct);
            await writer.WriteAsync(cases, ct);
            await writer.WriteAsync(cases.SelectMany(c => c.StatusChanges), ct);
            clients.Clear();
            cases.Clear();
        }
    }
}

/// <summary>One row of a case history file, checked.</summary>
public sealed record CaseRow(
    string? Reference, DateTime OpenedAt, CaseChannel Channel, CaseCategory Category, string Language, bool Interpreter,
    CaseStatus Status, DateTime? ClosedAt, bool Sensitive, string? Subject, string? Name, string? Nationality,
    string? RegistrationNumber, string? StayStatus);

/// <summary>
/// Where each field is in a case history file. Headers may be English (<c>opened_on</c>) or Korean (<c>접수일</c>);
/// values may be the API's words (<c>WageArrears</c>, <c>wage-arrears</c>) or the centre's Korean labels (임금체불).
/// </summary>
public sealed partial class CaseRowLayout
{
    private static readonly (string Field, string[] Headers, bool Required)[] Fields =
    [
        ("reference", ["reference", "reference_number", "접수번호"], false),
        ("opened_on", ["opened_on", "opened", "접수일", "상담일"], true),
        ("channel", ["channel", "상담경로", "경로"], true),
        ("category", ["category", "상담분야", "분야"], true),
        ("language", ["language", "상담언어", "언어"], true),
        ("interpreter", ["interpreter", "interpreter_used", "통역"], false),
        ("status", ["status", "상태", "처리상태"], true),
        ("closed_on", ["closed_on", "closed", "종결일"], false),
        ("sensitive", ["sensitive", "민감"], false),
        ("subject", ["subject", "요지", "상담요지"], false),
        ("name", ["name", "성명", "이름"], false),
        ("nationality", ["nationality", "국적"], false),
        ("registration_number", ["registration_number", "외국인등록번호"], false),
        ("stay_status", ["stay_status", "체류자격"], false),
    ];

    private static readonly Dictionary<string, CaseChannel> Channels = Vocabulary<CaseChannel>(
        ("방문", CaseChannel.WalkIn), ("내방", CaseChannel.WalkIn), ("전화", CaseChannel.Phone), ("온라인", CaseChannel.Online),
        ("찾아가는상담", CaseChannel.Outreach), ("현장", CaseChannel.Outreach));

    private static readonly Dictionary<string, CaseCategory> Categories = Vocabulary<CaseCategory>(
        ("임금체불", CaseCategory.WageArrears), ("퇴직금", CaseCategory.Severance), ("산업재해", CaseCategory.IndustrialAccident),
        ("산재", CaseCategory.IndustrialAccident), ("체류", CaseCategory.StayVisa), ("비자", CaseCategory.StayVisa), ("체류/비자", CaseCategory.StayVisa),
        ("법률", CaseCategory.Legal), ("직장갈등", CaseCategory.WorkplaceConflict), ("사업장갈등", CaseCategory.WorkplaceConflict),
        ("의료", CaseCategory.Medical), ("주거", CaseCategory.Housing), ("가정폭력", CaseCategory.FamilyViolence),
        ("교육", CaseCategory.Education), ("생활", CaseCategory.DailyLife), ("일상생활", CaseCategory.DailyLife));

    private static readonly Dictionary<string, CaseStatus> Statuses = Vocabulary<CaseStatus>(
        ("신규", CaseStatus.New), ("접수", CaseStatus.New), ("평가", CaseStatus.Assessment), ("진행", CaseStatus.InProgress),
        ("진행중", CaseStatus.InProgress), ("의뢰", CaseStatus.Referred), ("연계", CaseStatus.Referred), ("종결", CaseStatus.Closed));

    private readonly Dictionary<string, int> positions;

    private CaseRowLayout(Dictionary<string, int> positions) => this.positions = positions;

    public string? ReferenceColumn => positions.ContainsKey("reference") ? "reference" : null;

    public static CaseRowLayout From(IReadOnlyList<string> columns, string fileName)
    {
        var positions = new Dictionary<string, int>();
        var missing = new List<ImportIssue>();
        foreach (var (field, headers, required) in Fields)
        {
            var at = columns.Select((c, i) => (c, i)).Where(x => headers.Contains(x.c.Trim().ToLowerInvariant())).Select(x => x.i).DefaultIfEmpty(-1).First();
            if (at >= 0)
            {
                positions[field] = at;
            }
            else if (required)
            {
                missing.Add(new ImportIssue(1, field, "missing_column", $"The column {field} ({headers[^1]}) is missing."));
            }
        }

        return missing.Count > 0 ? throw new ImportRejectedException(new ImportReport(fileName, 0, 0, 0, 0, missing)) : new CaseRowLayout(positions);
    }

    /// <summary>The checked row, or null with the row's problems added to <paramref name="issues"/>.</summary>
    public CaseRow? Parse(TableRow row, List<ImportIssue> issues)
    {
        var before = issues.Count;
        string? Cell(string field) =>
            positions.TryGetValue(field, out var at) && at < row.Cells.Count && row.Cells[at].Length > 0 ? row.Cells[at] : null;
        void Problem(string field, string code, string message) => issues.Add(new ImportIssue(row.Number, field, code, message));

        var reference = Cell("reference");
        if (reference is { Length: > 20 })
        {
            Problem("reference", "field_too_long", "A reference number has at most 20 characters.");
        }

        var opened = ParseMoment(Cell("opened_on"));
        if (opened is null)
        {
            Problem("opened_on", "invalid_date", "The date opened must be a date such as 2024-03-15 (or 2024-03-15 14:30).");
        }

        var channel = Lookup(Cell("channel"), Channels);
        if (channel is null)
        {
            Problem("channel", "invalid_code", $"The channel must be one of {string.Join(", ", Enum.GetNames<CaseChannel>())} or 방문/전화/온라인/찾아가는상담.");
        }

        var category = Lookup(Cell("category"), Categories);
        if (category is null)
        {
            Problem("category", "invalid_code", $"The category must be one of {string.Join(", ", Enum.GetNames<CaseCategory>())} or its Korean label.");
        }

        var language = Cell("language");
        if (language is null || !LanguageTag().IsMatch(language))
        {
            Problem("language", "invalid_code", "The language must be a BCP 47 tag such as vi, uz or zh-Hans.");
        }

        var status = Lookup(Cell("status"), Statuses);
        if (status is null)
        {
            Problem("status", "invalid_code", $"The status must be one of {string.Join(", ", Enum.GetNames<CaseStatus>())} or 신규/평가/진행/의뢰/종결.");
        }

        var closed = ParseMoment(Cell("closed_on"));
        if (Cell("closed_on") is not null && closed is null)
        {
            Problem("closed_on", "invalid_date", "The date closed must be a date such as 2024-04-02.");
        }
        else if (status == CaseStatus.Closed && closed is null)
        {
            Problem("closed_on", "closed_date_required", "A closed case needs the date it was closed.");
        }
        else if (closed is not null && opened is not null && closed < opened)
        {
            Problem("closed_on", "closed_before_opened", "A case cannot close before it opened.");
        }

        var subject = Cell("subject");
        if (subject is { Length: > 200 })
        {
            Problem("subject", "field_too_long", "The subject has at most 200 characters.");
        }

        var name = Cell("name");
        if (name is { Length: > 100 })
        {
            Problem("name", "field_too_long", "A name has at most 100 characters.");
        }

        var nationality = Cell("nationality")?.ToUpperInvariant();
        if (nationality is not null && !CountryCode().IsMatch(nationality))
        {
            Problem("nationality", "invalid_code", "The nationality must be an ISO 3166 two-letter code such as VN.");
        }
        else if (name is not null && nationality is null)
        {
            Problem("nationality", "nationality_required", "A row with a name needs the person's nationality.");
        }

        var number = Cell("registration_number")?.Replace("-", "", StringComparison.Ordinal);
        if (number is not null && !RegistrationNumber().IsMatch(number))
        {
            Problem("registration_number", "invalid_code", "An alien registration number has 13 digits.");
        }
        else if (number is not null && name is null)
        {
            Problem("name", "name_required", "A row with a registration number needs the person's name.");
        }

        var stay = Cell("stay_status")?.ToUpperInvariant();
        if (stay is not null && !StayStatus().IsMatch(stay))
        {
            Problem("stay_status", "invalid_code", "The stay status must be a 체류자격 code such as E-9 or F-6.");
        }

        var interpreter = Flag(Cell("interpreter"));
        var sensitive = Flag(Cell("sensitive"));
        if (interpreter is null || sensitive is null)
        {
            Problem(interpreter is null ? "interpreter" : "sensitive", "invalid_flag", "Yes/no columns take Y/N, 예/아니오 or true/false.");
        }

        return issues.Count > before ? null : new CaseRow(reference, opened!.Value, channel!.Value, category!.Value, language!, interpreter!.Value,
            status!.Value, closed, sensitive!.Value, subject, name, nationality, number, stay);
    }

    private static DateTime? ParseMoment(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy.MM.dd", "yyyy/MM/dd"];
        return DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local.Year is >= 1990 and <= 2100
            ? DateTime.SpecifyKind(local.AddHours(-KoreaTime.OffsetHours), DateTimeKind.Utc)
            : null;
    }

    private static bool? Flag(string? text) => text?.ToLowerInvariant() switch
    {
        null or "n" or "no" or "false" or "0" or "아니오" or "아니요" or "무" => false,
        "y" or "yes" or "true" or "1" or "예" or "유" => true,
        _ => null,
    };

    private static T? Lookup<T>(string? text, Dictionary<string, T> vocabulary)
        where T : struct, Enum =>
        text is not null && vocabulary.TryGetValue(Normalise(text), out var value) ? value : null;

    private static string Normalise(string text) => text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
        .Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    private static Dictionary<string, T> Vocabulary<T>(params (string Label, T Value)[] korean)
        where T : struct, Enum
    {
        var words = Enum.GetValues<T>().ToDictionary(v => Normalise(v.ToString()), v => v);
        foreach (var (label, value) in korean)
        {
            words[Normalise(label)] = value;
        }

        return words;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[0-9]{13}$")]
    private static partial Regex RegistrationNumber();

    [GeneratedRegex("^[A-H]-[0-9]{1,2}(-[0-9A-Z]{1,2})?$")]
    private static partial Regex StayStatus();
}
