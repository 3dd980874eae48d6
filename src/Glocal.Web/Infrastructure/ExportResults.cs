using Glocal.Core.Shared.Tabular;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Glocal.Web.Infrastructure;

/// <summary>The one way lists are downloaded, from the API and from pages: <c>?format=csv|xlsx</c>.</summary>
public static class ExportResults
{
    public static FileContentHttpResult File<T>(IEnumerable<T> rows, string? format, string baseName)
    {
        var file = TabularExport.Write(rows, TabularExport.ParseFormat(format), baseName);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
