using System.Text.Encodings.Web;
using System.Text.Json;

namespace BackInStock.Bench.Results;

/// <summary>The recorded numbers, one JSON file per half of the bench, so the page and chart can be rendered again without measuring.</summary>
internal static class ResultsFiles
{
    public const string InProcess = "inprocess.json";
    public const string Http = "http.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(string directory, string name, T results)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name), JsonSerializer.Serialize(results, Json) + "\n");
    }

    /// <summary>Null when that half has not been run (yet): its rows then say so.</summary>
    public static T? Read<T>(string directory, string name)
        where T : class
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) : null;
    }
}
