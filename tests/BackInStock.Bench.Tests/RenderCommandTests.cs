using System.Xml.Linq;
using BackInStock.Bench.Results;

namespace BackInStock.Bench.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bis-render-test-").FullName;

    [Fact]
    public void Rendering_recorded_numbers_writes_the_page_with_every_goal_the_chart_it_links_and_the_notes()
    {
        var results = Path.Combine(_directory, "results");
        ResultsFiles.Write(results, ResultsFiles.InProcess, SampleResults.InProcess());
        ResultsFiles.Write(results, ResultsFiles.Http, SampleResults.Http());
        File.WriteAllText(Path.Combine(results, RenderCommand.Notes), "## Where the remaining time goes\n\n- a note kept by hand\n");
        var page = Path.Combine(_directory, "RESULTS.md");
        var chart = Path.Combine(_directory, "results.svg");

        RenderCommand.Run(results, page, chart);

        var markdown = File.ReadAllText(page);
        markdown.Should().Contain("](results.svg)").And.Contain("- a note kept by hand");
        var goalsTable = markdown.Split("## Issue 16's goals")[1].Split("How each is measured")[0];
        goalsTable.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| measure", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal)).Should().Be(10);
        goalsTable.Should().Contain("| 6.20 | ≤ 1.0 | not met: 520% over; 5.20 s to save |");
        XDocument.Load(chart).Root!.Name.LocalName.Should().Be("svg");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
