using System.Text.Json.Serialization;

namespace BackInStock.Bench.Results;

/// <summary>What bench/http.sh measured: results/http.json. Lists hold one value per round, in the order run.</summary>
internal sealed record HttpResults(
    DateTimeOffset MeasuredOn,
    int Cores,
    string Wrk,
    IReadOnlyList<HttpScenario> Scenarios,
    StartupTimes Startup,
    DiskRate Disk,
    MemoryUse Memory);

/// <summary>One wrk scenario; <see cref="Id"/> is what the goals refer to (control, get-memory, post-file, ...).</summary>
internal sealed record HttpScenario(string Id, string Label, IReadOnlyList<double> RequestsPerSecond)
{
    [JsonIgnore]
    public double Median => Stats.Median(RequestsPerSecond);
}

/// <summary>Process start to the first 200, in ms, the three kinds started in turn each round.</summary>
internal sealed record StartupTimes(IReadOnlyList<double> Control, IReadOnlyList<double> Memory, IReadOnlyList<double> File);

/// <summary>4 KiB synchronous writes beside the file store's data file, one figure per round.</summary>
internal sealed record DiskRate(string Method, IReadOnlyList<double> WritesPerSecond)
{
    [JsonIgnore]
    public double Median => Stats.Median(WritesPerSecond);
}

/// <summary>Resident memory of fresh gateways a few seconds after start, and of the memory store's under mixed load.</summary>
internal sealed record MemoryUse(double IdleSeconds, double IdleMemoryMb, double IdleFileMb, double LoadSeconds, IReadOnlyList<RssSample> UnderLoad);

/// <summary>Resident memory at a time since the mixed load began.</summary>
internal sealed record RssSample(double Seconds, double Mb);
