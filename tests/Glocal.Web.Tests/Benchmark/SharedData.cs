using System.Text;

namespace Glocal.Web.Tests.Benchmark;

/// <summary>The real public-statistics files in ../shared/data/korea_public_stats.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "korea_public_stats");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/data/korea_public_stats above the test binaries; clone the shared data beside the repository.");
    });

    public const string Jeju = "jeju_foreign_residents_by_type_sex_2023-11-01.csv";
    public const string ChungnamNationality = "chungnam_foreign_residents_by_nationality.csv";
    public const string ChungnamTypePartial = "chungnam_foreign_residents_by_type_partial.csv";
    public const string MojNationalityStatus = "moj_stay_foreigners_by_nationality_visa_sex_2024.csv";

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(Folder.Value, file));

    public static string Text(string file) => Encoding.UTF8.GetString(Bytes(file)).TrimStart('\uFEFF');

    /// <summary>The same text as Korean Excel saves it (CP949).</summary>
    public static byte[] Cp949(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949).GetBytes(text);
    }
}
