namespace BackInStock.Bench.Results;

/// <summary>RESULTS.md and the chart from the recorded numbers, with the hand-kept notes (results/notes.md) appended.</summary>
internal static class RenderCommand
{
    public const string Notes = "notes.md";

    public static void Run(string resultsDirectory, string page, string chart)
    {
        var inProcess = ResultsFiles.Read<InProcessResults>(resultsDirectory, ResultsFiles.InProcess);
        var http = ResultsFiles.Read<HttpResults>(resultsDirectory, ResultsFiles.Http);
        var notesPath = Path.Combine(resultsDirectory, Notes);
        var notes = File.Exists(notesPath) ? File.ReadAllText(notesPath) : null;
        var link = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(page))!, Path.GetFullPath(chart)).Replace('\\', '/');
        File.WriteAllText(chart, ResultsChart.Render(inProcess, http));
        File.WriteAllText(page, ResultsPage.Render(inProcess, http, link, notes));
        Console.WriteLine($"rendered {page} and {chart} from {resultsDirectory}");
    }
}
